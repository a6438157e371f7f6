//! Package text/template: lex.rs and parse.rs turn a template's text into trees with Go's
//! parse errors; exec.rs walks a tree over the program's values, calling the program's
//! methods and FuncMap functions as Go calls (the execution is a library coroutine, see
//! library/task.rs), with Go's exec errors.
//!
//! A `*Template` is a struct object of plain Go values, so the collector and any M need
//! nothing new: its name, the handle of the set it shares with its associated templates
//! (`common`: the templates by name, the FuncMap's functions, the missingkey option), and
//! the text its tree was parsed from. The tree itself is parsed again from that text when
//! the template runs, through a per-thread cache keyed by the text, as regexp.rs caches
//! compiled expressions.

mod builtins;
mod exec;
mod lex;
mod parse;
mod value;

use super::{func, method, method_go, type_, Call, Fault, Member};
use crate::rt::fmt::quote;
use crate::rt::obj::Obj;
use crate::vm::value::Value;
use parse::Tree;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

pub const MEMBERS: &[Member] = &[
    type_(
        "Template",
        "struct{name string; common *int; text string; parseName string; defined bool; left string; right string; treeLeft string; treeRight string}",
    ),
    type_("FuncMap", "map[string]any"),
    func("New", "func(name string) *Template", |c| {
        let t = new_template(c, c.arg(0), Value::ZERO, None)?;
        c.ret(t);
        Ok(())
    }),
    func("Must", "func(t *Template, err error) *Template", |c| {
        if c.arg(1).t != 0 {
            return Err(Fault::Panic(error_text(c, c.arg(1))));
        }
        c.ret(c.arg(0));
        Ok(())
    }),
    func("HTMLEscapeString", "func(s string) string", |c| {
        let s = exec::html_escape(&c.str(0));
        c.ret_str(&s)
    }),
    func("JSEscapeString", "func(s string) string", |c| {
        let s = exec::js_escape(&c.str(0));
        c.ret_str(&s)
    }),
    method("*Template", "Name", "func() string", |c| {
        let f = fields(c, c.arg(0))?;
        c.ret(f[NAME]);
        Ok(())
    }),
    method("*Template", "New", "func(name string) *Template", |c| {
        let f = fields(c, c.arg(0))?;
        let common = ensure_common(c, c.arg(0))?;
        let t = new_template(c, c.arg(1), common, Some((f[LEFT], f[RIGHT])))?;
        c.ret(t);
        Ok(())
    }),
    method("*Template", "Parse", "func(text string) (*Template, error)", parse_method),
    method("*Template", "Funcs", "func(funcMap FuncMap) *Template", funcs_method),
    method("*Template", "Option", "func(opt ...string) *Template", option_method),
    method("*Template", "Delims", "func(left, right string) *Template", |c| {
        let t = c.arg(0);
        fields(c, t)?;
        ensure_common(c, t)?;
        set_field(c, t, LEFT, c.arg(1));
        set_field(c, t, RIGHT, c.arg(2));
        c.ret(t);
        Ok(())
    }),
    method("*Template", "Lookup", "func(name string) *Template", |c| {
        let name = c.str(1);
        let found = lookup(c, c.arg(0), &name)?;
        c.ret(found.unwrap_or(Value::ZERO));
        Ok(())
    }),
    method("*Template", "Templates", "func() []*Template", |c| {
        let f = fields(c, c.arg(0))?;
        let all: Vec<Value> = read_common(c, f[COMMON]).tmpls.iter().map(|(_, t)| *t).collect();
        let v = if f[COMMON].h == 0 { Value::ZERO } else { c.new_slice(all)? };
        c.ret(v);
        Ok(())
    }),
    method("*Template", "Clone", "func() (*Template, error)", clone_method),
    method("*Template", "DefinedTemplates", "func() string", |c| {
        let s = defined_templates(c, c.arg(0))?;
        c.ret_str(&s)
    }),
    method_go("*Template", "Execute", "func(wr io.Writer, data any) error", |c| {
        exec::execute(c, c.arg(0), c.arg(1), c.arg(2))
    }),
    method_go(
        "*Template",
        "ExecuteTemplate",
        "func(wr io.Writer, name string, data any) error",
        |c| {
            let name = c.str(2);
            match lookup(c, c.arg(0), &name)? {
                Some(t) => exec::execute(c, t, c.arg(1), c.arg(3)),
                None => {
                    let f = fields(c, c.arg(0))?;
                    let own = c.text(f[NAME]);
                    c.ret_err(Some(format!(
                        "template: no template {} associated with template {}",
                        quote(&name),
                        quote(&own)
                    )))
                }
            }
        },
    ),
];

// The fields of a *Template (see the type's declaration above).
const NAME: usize = 0;
const COMMON: usize = 1;
const TEXT: usize = 2;
const PARSE_NAME: usize = 3;
const DEFINED: usize = 4;
const LEFT: usize = 5;
const RIGHT: usize = 6;
const TREE_LEFT: usize = 7;
const TREE_RIGHT: usize = 8;
const NFIELDS: usize = 9;

// The fields of the set a template shares with its associated templates.
const TMPLS: usize = 0;
const FUNCS: usize = 1;
const MISSING: usize = 2;

use super::call::NIL_DEREF;

/// The fields of the struct object `t` (a nil *Template panics as Go's methods do).
fn fields(c: &Call, t: Value) -> Result<Vec<Value>, Fault> {
    if t.h == 0 {
        return Err(Fault::Panic(NIL_DEREF.into()));
    }
    match &*c.rt.heap.lock(t.h) {
        Obj::Struct(f) if f.len() == NFIELDS => Ok(f.clone()),
        _ => Err(Fault::Panic(
            "gopark: a text/template.Template not made by template.New is not supported yet".into(),
        )),
    }
}

fn set_field(c: &Call, obj: Value, i: usize, v: Value) {
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(obj.h) {
        if let Some(slot) = f.get_mut(i) {
            *slot = v;
        }
    }
}

/// A new template named `name` in set `common` (a new set when it is nil).
fn new_template(
    c: &mut Call,
    name: Value,
    common: Value,
    delims: Option<(Value, Value)>,
) -> Result<Value, Fault> {
    let common = match common.h {
        0 => new_common(c)?,
        _ => common,
    };
    let (l, r) = delims.unwrap_or((Value::ZERO, Value::ZERO));
    let mut f = vec![Value::ZERO; NFIELDS];
    f[NAME] = name;
    f[COMMON] = common;
    f[LEFT] = l;
    f[RIGHT] = r;
    c.alloc(Obj::Struct(f))
}

fn new_common(c: &mut Call) -> Result<Value, Fault> {
    let tmpls = c.new_slice(Vec::new())?;
    let funcs = c.new_slice(Vec::new())?;
    c.alloc(Obj::Struct(vec![tmpls, funcs, Value::int(0)]))
}

/// The set of template `t`, made if it has none.
fn ensure_common(c: &mut Call, t: Value) -> Result<Value, Fault> {
    let f = fields(c, t)?;
    if f[COMMON].h != 0 {
        return Ok(f[COMMON]);
    }
    let common = new_common(c)?;
    set_field(c, t, COMMON, common);
    Ok(common)
}

/// A set's contents as Rust values.
#[derive(Clone, Default)]
pub struct Common {
    /// The associated templates, by name (handles of their objects).
    pub tmpls: Vec<(String, Value)>,
    /// The FuncMap's functions (interface values of func types), by name.
    pub funcs: Vec<(String, Value)>,
    /// missingkey: 0 invalid/default, 1 zero, 2 error.
    pub missing: i64,
}

fn read_common(c: &Call, common: Value) -> Common {
    let f = super::json_encode::parts(c, common.h);
    if f.len() < 3 {
        return Common::default();
    }
    let named = |s: Value| -> Vec<(String, Value)> {
        super::call::elems(c.rt, s)
            .chunks(2)
            .map(|p| (c.text(p[0]).to_string(), p.get(1).copied().unwrap_or_default()))
            .collect()
    };
    Common { tmpls: named(f[TMPLS]), funcs: named(f[FUNCS]), missing: f[MISSING].as_int() }
}

/// Stores a list of (name, value) pairs as field `i` of the set.
fn write_named(
    c: &mut Call,
    common: Value,
    i: usize,
    items: &[(String, Value)],
) -> Result<(), Fault> {
    let mut flat = Vec::with_capacity(items.len() * 2);
    for (name, v) in items {
        flat.push(c.new_str(name)?);
        flat.push(*v);
    }
    let s = c.new_slice(flat)?;
    set_field(c, common, i, s);
    Ok(())
}

/// The template called `name` in `t`'s set.
fn lookup(c: &Call, t: Value, name: &str) -> Result<Option<Value>, Fault> {
    let f = fields(c, t)?;
    let common = read_common(c, f[COMMON]);
    Ok(common.tmpls.iter().find(|(n, _)| n == name).map(|(_, v)| *v))
}

fn defined_templates(c: &Call, t: Value) -> Result<String, Fault> {
    let f = fields(c, t)?;
    let mut out = String::new();
    for (name, tv) in read_common(c, f[COMMON]).tmpls {
        if !fields(c, tv)?[DEFINED].as_bool() {
            continue;
        }
        out.push_str(if out.is_empty() { "; defined templates are: " } else { ", " });
        out.push_str(&quote(&name));
    }
    Ok(out)
}

/// The builtin functions' names (funcs.go's builtins).
pub const BUILTINS: &[&str] = &[
    "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf",
    "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne",
];

/// (*Template).Parse: parses with the set's functions, then associates each tree with a
/// template of its name (template.go's AddParseTree and associate).
fn parse_method(c: &mut Call) -> Result<(), Fault> {
    let t = c.arg(0);
    let common_v = ensure_common(c, t)?;
    let f = fields(c, t)?;
    // The source as fmt's text (`rt::rawtext`), so that its bytes reach the output as they are.
    let (name, text) = (c.text(f[NAME]), c.rt.heap.text(c.arg(1)));
    let (l, r) = (c.text(f[LEFT]), c.text(f[RIGHT]));
    let common = read_common(c, common_v);
    let has = |n: &str| BUILTINS.contains(&n) || common.funcs.iter().any(|(f, _)| f == n);
    let trees = match parse::parse(&name, &text, (&l, &r), Some(&has)) {
        Ok(t) => t,
        Err(e) => {
            c.ret(Value::ZERO);
            return c.ret_err(Some(e));
        }
    };
    let mut tmpls = common.tmpls.clone();
    for tree in &trees {
        let nt = if tree.name == *name {
            t
        } else {
            new_template(c, Value::ZERO, common_v, Some((f[LEFT], f[RIGHT])))?
        };
        let old = tmpls.iter().position(|(n, _)| *n == tree.name);
        let keep_old = match old {
            Some(i) => parse::is_empty(&tree.root) && fields(c, tmpls[i].1)?[DEFINED].as_bool(),
            None => false,
        };
        let nt_defined = fields(c, nt)?[DEFINED].as_bool();
        if !keep_old {
            match old {
                Some(i) => tmpls[i].1 = nt,
                None => tmpls.push((tree.name.clone(), nt)),
            }
        }
        if !keep_old || !nt_defined {
            let vals = [
                (NAME, c.new_str(&tree.name)?),
                (TEXT, c.arg(1)),
                (PARSE_NAME, f[NAME]),
                (DEFINED, Value::bool(true)),
                (TREE_LEFT, f[LEFT]),
                (TREE_RIGHT, f[RIGHT]),
            ];
            vals.iter().for_each(|&(i, v)| set_field(c, nt, i, v));
        }
    }
    write_named(c, common_v, TMPLS, &tmpls)?;
    c.ret(t);
    c.ret(Value::ZERO);
    Ok(())
}

/// (*Template).Clone: a copy of the template and of its set (each associated template
/// copied into the new set, the functions and options shared as Go copies its maps).
fn clone_method(c: &mut Call) -> Result<(), Fault> {
    let t = c.arg(0);
    let f = fields(c, t)?;
    let copy_of = |c: &mut Call, src: Value, common: Value| -> Result<Value, Fault> {
        let mut g = fields(c, src)?;
        g[COMMON] = common;
        c.alloc(Obj::Struct(g))
    };
    let nt = copy_of(c, t, Value::ZERO)?;
    if f[COMMON].h == 0 {
        let common = new_common(c)?;
        set_field(c, nt, COMMON, common);
        c.ret(nt);
        return c.ret_err(None);
    }
    let old = read_common(c, f[COMMON]);
    let common = new_common(c)?;
    set_field(c, nt, COMMON, common);
    let own = c.text(f[NAME]).to_string();
    let mut tmpls = Vec::with_capacity(old.tmpls.len());
    for (name, tv) in &old.tmpls {
        let copy = if *name == own { nt } else { copy_of(c, *tv, common)? };
        tmpls.push((name.clone(), copy));
    }
    write_named(c, common, TMPLS, &tmpls)?;
    write_named(c, common, FUNCS, &old.funcs)?;
    set_field(c, common, MISSING, Value::int(old.missing));
    c.ret(nt);
    c.ret_err(None)
}

/// (*Template).Funcs: checks each function as addValueFuncs does (panicking with its
/// messages) and adds it to the set.
fn funcs_method(c: &mut Call) -> Result<(), Fault> {
    let t = c.arg(0);
    let common_v = ensure_common(c, t)?;
    let mut common = read_common(c, common_v);
    let pairs = super::json_encode::map_pairs(c, c.arg(1));
    for (k, v) in pairs {
        let name = c.text(k).to_string();
        if !good_name(&name) {
            return Err(Fault::Panic(format!(
                "function name {} is not a valid identifier",
                quote(&name)
            )));
        }
        exec::check_func(c, &name, v)?;
        match common.funcs.iter().position(|(n, _)| *n == name) {
            Some(i) => common.funcs[i].1 = v,
            None => common.funcs.push((name, v)),
        }
    }
    write_named(c, common_v, FUNCS, &common.funcs)?;
    c.ret(t);
    Ok(())
}

fn good_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .enumerate()
            .all(|(i, r)| r == '_' || (r.is_alphabetic()) || (i > 0 && r.is_numeric()))
}

/// (*Template).Option: only missingkey, as Go has.
fn option_method(c: &mut Call) -> Result<(), Fault> {
    let t = c.arg(0);
    let common_v = ensure_common(c, t)?;
    for opt in c.strings(1) {
        if opt.is_empty() {
            return Err(Fault::Panic("empty option string".into()));
        }
        let v = match opt.split_once('=') {
            Some(("missingkey", "invalid" | "default")) => 0,
            Some(("missingkey", "zero")) => 1,
            Some(("missingkey", "error")) => 2,
            _ => return Err(Fault::Panic(format!("unrecognized option: {opt}"))),
        };
        set_field(c, common_v, MISSING, Value::int(v));
    }
    c.ret(t);
    Ok(())
}

/// The text of an error value (a library error or one of the program's with no Error
/// method to call here).
fn error_text(c: &Call, e: Value) -> String {
    crate::rt::fmt::lib_string(&c.fmt_env(), e)
        .unwrap_or_else(|| crate::rt::fmt::sprint(&c.fmt_env(), &[e]))
}

/// The trees parsed from a template's text, cached per thread by text, name and delimiters.
fn trees(text: &str, parse_name: &str, l: &str, r: &str) -> Result<Arc<Vec<Tree>>, String> {
    thread_local! {
        static CACHE: RefCell<HashMap<String, Arc<Vec<Tree>>>> = RefCell::new(HashMap::new());
    }
    let key = format!("{parse_name}\0{l}\0{r}\0{text}");
    if let Some(t) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(t);
    }
    let t = Arc::new(parse::parse(parse_name, text, (l, r), None)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 256 {
            c.clear();
        }
        c.insert(key, t.clone());
    });
    Ok(t)
}

/// The tree of template object `t`, or None when it has none (never parsed).
pub fn tree_of(c: &Call, t: Value) -> Result<Option<(String, Arc<Vec<Tree>>, usize)>, Fault> {
    let f = fields(c, t)?;
    let name = c.text(f[NAME]).to_string();
    if !f[DEFINED].as_bool() {
        return Ok(None);
    }
    let (text, pname) = (c.rt.heap.text(f[TEXT]), c.text(f[PARSE_NAME]));
    let (l, r) = (c.text(f[TREE_LEFT]), c.text(f[TREE_RIGHT]));
    let all = trees(&text, &pname, &l, &r).map_err(|e| Fault::Panic(format!("gopark: {e}")))?;
    let i = all.iter().position(|tr| tr.name == name);
    Ok(i.map(|i| (name, all, i)))
}
