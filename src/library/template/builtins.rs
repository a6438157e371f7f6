//! text/template's builtin functions (funcs.go): and, or, not, len, index, slice, print,
//! printf, println, the comparisons, html, js, urlquery and call, with Go's errors.

use super::exec::{with, Exec, GoFn, Print, Res};
use super::parse::Arg;
use super::value::{self as val, kind};
use crate::library::{Call, Fault};
use crate::vm::op::TypeId;
use crate::vm::program::{Program, TypeKind};
use crate::vm::value::Value;

/// Funcs' check of a FuncMap value (addValueFuncs and goodFunc), as Go's panics.
pub fn check_func(c: &Call, name: &str, f: Value) -> Result<(), Fault> {
    if !matches!(kind(&c.rt.prog, f.t), Some(TypeKind::Func)) {
        return Err(Fault::Panic(format!("value for {name} not a function")));
    }
    let Some(sig) = c.rt.prog.func_sigs.get(&f.t) else { return Ok(()) };
    match bad_results(&c.rt.prog, name, &sig.results) {
        Some(msg) => Err(Fault::Panic(msg)),
        None => Ok(()),
    }
}

/// goodFunc's complaint about a function's results, if any: one result, or two with an
/// error second.
pub(super) fn bad_results(prog: &Program, name: &str, results: &[TypeId]) -> Option<String> {
    let error = prog.types.iter().position(|t| t.name == "error").unwrap_or(0) as TypeId;
    match results {
        [_] => None,
        [_, e] if *e == error && error != 0 => None,
        [_, e] => Some(format!(
            "invalid function signature for {name}: second return value should be error; is {}",
            prog.type_name(*e)
        )),
        r => Some(format!("function {name} has {} return values; should be 1 or 2", r.len())),
    }
}

/// evalCall's complaint about the number of arguments (`n_in`, of which `given` written
/// in the template) for `np` parameters, if any.
pub(super) fn bad_arg_count(
    name: &str,
    np: usize,
    variadic: bool,
    n_in: usize,
    given: usize,
) -> Option<String> {
    if variadic && n_in < np - 1 {
        return Some(format!(
            "wrong number of args for {name}: want at least {} got {given}",
            np - 1
        ));
    }
    if !variadic && n_in != np {
        return Some(format!("wrong number of args for {name}: want {np} got {n_in}"));
    }
    None
}

/// HTMLEscapeString.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\0' => out.push('\u{FFFD}'),
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// JSEscapeString.
pub fn js_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '<' => out.push_str("\\u003C"),
            '>' => out.push_str("\\u003E"),
            '&' => out.push_str("\\u0026"),
            '=' => out.push_str("\\u003D"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u00{:02X}", c as u32)),
            c if (c as u32) < 0x80 || !c.is_control() => out.push(c),
            c => out.push_str(&format!("\\u{:04X}", c as u32)),
        }
    }
    out
}

/// The kinds of values the comparisons compare (funcs.go's basicKind).
#[derive(PartialEq, Clone, Copy)]
enum Basic {
    Bool,
    Int,
    Uint,
    Float,
    String,
}

fn basic(prog: &Program, v: Value) -> Option<Basic> {
    Some(match kind(prog, v.t)? {
        TypeKind::Bool => Basic::Bool,
        TypeKind::Int { signed: true, .. } => Basic::Int,
        TypeKind::Int { .. } => Basic::Uint,
        TypeKind::Float64 | TypeKind::Float32 => Basic::Float,
        TypeKind::String => Basic::String,
        _ => return None,
    })
}

const BAD_TYPE: &str = "invalid type for comparison";
const INCOMPATIBLE: &str = "incompatible types for comparison";

/// The order of two basic values of kinds `k1` and `k2` (None: equal kinds that are not
/// ordered, Err: not comparable).
fn compare(
    c: &Call,
    a: Value,
    k1: Basic,
    b: Value,
    k2: Basic,
) -> Result<std::cmp::Ordering, String> {
    use std::cmp::Ordering;
    let (ai, bi) = (a.w as i64, b.w as i64);
    Ok(match (k1, k2) {
        (Basic::Int, Basic::Uint) if ai < 0 => Ordering::Less,
        (Basic::Int, Basic::Uint) => (ai as u64).cmp(&b.w),
        (Basic::Uint, Basic::Int) if bi < 0 => Ordering::Greater,
        (Basic::Uint, Basic::Int) => a.w.cmp(&(bi as u64)),
        _ if k1 != k2 => return Err(INCOMPATIBLE.into()),
        (Basic::Int, _) => ai.cmp(&bi),
        (Basic::Uint, _) => a.w.cmp(&b.w),
        (Basic::Float, _) => a.as_float().partial_cmp(&b.as_float()).unwrap_or(Ordering::Equal),
        (Basic::String, _) => c.rt.heap.bytes(a).cmp(&c.rt.heap.bytes(b)),
        (Basic::Bool, _) => (a.w != 0).cmp(&(b.w != 0)),
    })
}

fn is_nil(prog: &Program, v: Value) -> bool {
    v.t == 0 || (val::can_be_nil(prog, v.t) && v.h == 0)
}

/// eq: whether `a` equals any of `rest`.
fn eq(c: &Call, a: Value, rest: &[Value]) -> Result<bool, String> {
    let prog = &c.rt.prog;
    let a = val::plain(prog, a);
    if rest.is_empty() {
        return Err("missing argument for comparison".into());
    }
    let k1 = basic(prog, a);
    for &b in rest {
        let b = val::plain(prog, b);
        let k2 = basic(prog, b);
        let truth = match (k1, k2) {
            (Some(Basic::Float), Some(Basic::Float)) => a.as_float() == b.as_float(),
            (Some(x), Some(y)) => compare(c, a, x, b, y)? == std::cmp::Ordering::Equal,
            (None, None) if is_nil(prog, a) || is_nil(prog, b) => {
                is_nil(prog, a) == is_nil(prog, b)
            }
            (None, None) if a.t != b.t => {
                return Err(format!(
                    "non-comparable types {}, {}",
                    prog.type_name(a.t),
                    prog.type_name(b.t)
                ))
            }
            (None, None) => a.w == b.w && a.h == b.h,
            _ if a.t != 0 && b.t != 0 => return Err(INCOMPATIBLE.into()),
            _ => false,
        };
        if truth {
            return Ok(true);
        }
    }
    Ok(false)
}

/// lt: whether a < b.
fn lt(c: &Call, a: Value, b: Value) -> Result<bool, String> {
    let prog = &c.rt.prog;
    let k1 = basic(prog, a).ok_or(BAD_TYPE)?;
    let k2 = basic(prog, b).ok_or(BAD_TYPE)?;
    if k1 == k2 && k1 == Basic::Bool {
        return Err(BAD_TYPE.into());
    }
    if k1 == Basic::Float && k2 == Basic::Float {
        return Ok(a.as_float() < b.as_float());
    }
    Ok(compare(c, a, k1, b, k2)? == std::cmp::Ordering::Less)
}

/// A comparison builtin's result.
fn comparison(c: &Call, name: &str, args: &[Value]) -> Result<bool, String> {
    let (a, b) = (args[0], args.get(1).copied().unwrap_or_default());
    match name {
        "eq" => eq(c, a, &args[1..]),
        "ne" => eq(c, a, &[b]).map(|x| !x),
        "lt" => lt(c, a, b),
        "le" => Ok(lt(c, a, b)? || eq(c, a, &[b])?),
        "gt" => Ok(!(lt(c, a, b)? || eq(c, a, &[b])?)),
        _ => lt(c, a, b).map(|x| !x),
    }
}

/// An index into something of length `len` (indexArg).
fn index_arg(prog: &Program, i: Value, len: usize) -> Result<usize, String> {
    let x = match kind(prog, i.t) {
        Some(TypeKind::Int { signed: true, .. }) => i.w as i64,
        Some(TypeKind::Int { .. }) => i.w as i64,
        None => return Err("cannot index slice/array with nil".into()),
        Some(_) => {
            return Err(format!("cannot index slice/array with type {}", prog.type_name(i.t)))
        }
    };
    if x < 0 || x as u64 > len as u64 {
        return Err(format!("index out of range: {x}"));
    }
    Ok(x as usize)
}

/// index: item[i][j]...
fn index(
    c: &mut Call,
    byte: TypeId,
    mut item: Value,
    idx: &[Value],
) -> Result<Result<Value, String>, Fault> {
    if item.t == 0 {
        return Ok(Err("index of untyped nil".into()));
    }
    let prog = c.rt.prog.clone();
    for &i in idx {
        let (it, nil) = val::indirect(c, item)?;
        if nil {
            return Ok(Err("index of nil pointer".into()));
        }
        item = match kind(&prog, it.t) {
            Some(TypeKind::String) => {
                let b = c.rt.heap.bytes(it);
                let x = match index_arg(&prog, i, b.len()) {
                    Ok(x) if x == b.len() => {
                        return Ok(Err("reflect: string index out of range".into()))
                    }
                    Ok(x) => x,
                    Err(e) => return Ok(Err(e)),
                };
                Value { t: byte, ..Value::int(b[x] as i64) }
            }
            Some(TypeKind::Slice { .. } | TypeKind::Array { .. }) => {
                let (elems, et) = val::elems(c, it).unwrap_or_default();
                let what = if matches!(kind(&prog, it.t), Some(TypeKind::Slice { .. })) {
                    "slice"
                } else {
                    "array"
                };
                let x = match index_arg(&prog, i, elems.len()) {
                    Ok(x) if x == elems.len() => {
                        return Ok(Err(format!("reflect: {what} index out of range")))
                    }
                    Ok(x) => x,
                    Err(e) => return Ok(Err(e)),
                };
                val::to_iface(c, elems[x], et)?
            }
            Some(&TypeKind::Map { key, elem }) => {
                let assignable =
                    i.t == key || matches!(kind(&prog, key), Some(TypeKind::Interface));
                if !assignable {
                    let msg = match i.t {
                        0 => format!("value is nil; should be of type {}", prog.type_name(key)),
                        _ => format!(
                            "value has type {}; should be {}",
                            prog.type_name(i.t),
                            prog.type_name(key)
                        ),
                    };
                    return Ok(Err(msg));
                }
                match val::map_get(c, it, key, i) {
                    Some(raw) => val::to_iface(c, raw, elem)?,
                    None => val::zero(c, elem)?,
                }
            }
            _ => return Ok(Err(format!("can't index item of type {}", prog.type_name(it.t)))),
        };
    }
    Ok(Ok(item))
}

/// slice: item[i:j] of a string or slice.
fn slice(c: &mut Call, item: Value, idx: &[Value]) -> Result<Result<Value, String>, Fault> {
    let prog = c.rt.prog.clone();
    if item.t == 0 {
        return Ok(Err("slice of untyped nil".into()));
    }
    if idx.len() > 2 {
        return Ok(Err(format!(
            "gopark: slice with {} indexes in a template is not supported yet",
            idx.len()
        )));
    }
    let (len, cap) = match kind(&prog, item.t) {
        Some(TypeKind::String) => (c.rt.heap.bytes(item).len(), c.rt.heap.bytes(item).len()),
        Some(TypeKind::Slice { .. }) => {
            let s = super::super::json_encode::payload(c, item);
            (s.slice_len(), s.slice_cap())
        }
        _ => return Ok(Err(format!("can't slice item of type {}", prog.type_name(item.t)))),
    };
    let mut bounds = [0, len];
    for (k, &i) in idx.iter().enumerate() {
        match index_arg(&prog, i, cap) {
            Ok(x) => bounds[k] = x,
            Err(e) => return Ok(Err(e)),
        }
    }
    let [lo, hi] = bounds;
    if lo > hi {
        return Ok(Err(format!("invalid slice index: {lo} > {hi}")));
    }
    if let Some(TypeKind::String) = kind(&prog, item.t) {
        let b = c.rt.heap.bytes(item)[lo..hi].to_vec();
        let mut v = c.new_bytes(&b)?;
        v.t = item.t;
        return Ok(Ok(v));
    }
    let s = super::super::json_encode::payload(c, item);
    let sub = Value::slice(
        s.h,
        (s.slice_off() + lo) as u32,
        (hi - lo) as u32,
        (s.slice_cap() - lo) as u32,
    );
    Ok(Ok(val::to_iface(c, sub, item.t)?))
}

/// The (number of parameters, variadic) of each builtin.
fn signature(name: &str) -> (usize, bool) {
    match name {
        "and" | "or" | "call" | "index" | "slice" | "eq" | "printf" => (2, true),
        "html" | "js" | "urlquery" | "print" | "println" => (1, true),
        "len" | "not" => (1, false),
        _ => (2, false),
    }
}

impl Exec {
    /// Calls builtin `name` (evalCall for the builtins).
    pub(super) async fn eval_builtin(
        &mut self,
        dot: Value,
        name: &str,
        node_at: Option<(usize, String)>,
        args: Option<&[Arg]>,
        fin: Option<Value>,
    ) -> Res<Value> {
        let args = args.map_or(&[][..], |a| &a[1..]);
        let n_in = args.len() + fin.is_some() as usize;
        let (np, variadic) = signature(name);
        if let Some(msg) = bad_arg_count(name, np, variadic, n_in, args.len()) {
            return self.errorf(msg);
        }
        if name == "and" || name == "or" {
            let mut v = Value::ZERO;
            for a in args {
                v = self.eval_arg(dot, None, a).await?;
                let t = with(&self.ctx, move |c| Ok(val::truth(c, v).unwrap_or(false))).await;
                if t == (name == "or") {
                    return Ok(v);
                }
            }
            return Ok(fin.unwrap_or(v));
        }
        let string = Some(self.ids.string);
        let mut argv = Vec::with_capacity(n_in);
        for (i, a) in args.iter().enumerate() {
            let ty = if name == "printf" && i == 0 { string } else { None };
            argv.push(self.eval_arg(dot, ty, a).await?);
        }
        if let Some(f) = fin {
            let ty = if name == "printf" && argv.is_empty() { string } else { None };
            argv.push(self.validate_type(f, ty).await?);
        }
        let r = self.builtin(name, args, argv).await?;
        match r {
            Ok(v) => Ok(v),
            Err(msg) => {
                self.at = node_at;
                self.errorf(format!("error calling {name}: {msg}"))
            }
        }
    }

    /// A builtin's result, or the error it returns.
    async fn builtin(
        &mut self,
        name: &str,
        args: &[Arg],
        argv: Vec<Value>,
    ) -> Res<Result<Value, String>> {
        let ids = self.ids;
        let b = |v: Result<bool, String>| v.map(|x| Value { t: ids.bool, ..Value::bool(x) });
        Ok(match name {
            "not" => {
                let v = argv[0];
                b(Ok(!with(&self.ctx, move |c| Ok(val::truth(c, v).unwrap_or(false))).await))
            }
            "len" => {
                let v = argv[0];
                with(&self.ctx, move |c| {
                    let (x, nil) = val::indirect(c, v)?;
                    Ok(match val::length(c, x) {
                        _ if nil => Err("len of nil pointer".to_string()),
                        Some(n) => Ok(Value { t: ids.int, ..Value::int(n as i64) }),
                        None => Err(format!("len of type {}", c.rt.prog.type_name(x.t))),
                    })
                })
                .await
            }
            "index" | "slice" => {
                let slicing = name == "slice";
                let r = with(&self.ctx, move |c| {
                    if slicing {
                        slice(c, argv[0], &argv[1..])
                    } else {
                        index(c, ids.byte, argv[0], &argv[1..])
                    }
                })
                .await;
                if let Ok(v) = &r {
                    if v.h != 0 {
                        self.ctx.keep(*v);
                    }
                }
                r
            }
            "print" | "println" | "printf" => {
                let how = match name {
                    "print" => Print::Print,
                    "println" => Print::Println,
                    _ => {
                        let f = argv[0];
                        let f = with(&self.ctx, move |c| Ok(c.rt.heap.text(f).to_string())).await;
                        Print::Printf(f)
                    }
                };
                let rest = if name == "printf" { argv[1..].to_vec() } else { argv };
                let s = self.sprint(how, rest).await?;
                Ok(self.string(s).await)
            }
            "html" | "js" | "urlquery" => {
                let s = self.eval_args_text(argv).await?;
                let s = match name {
                    "html" => html_escape(&s),
                    "js" => js_escape(&s),
                    _ => {
                        let b = crate::rt::rawtext::bytes(&s);
                        crate::rt::url::escape(&b, crate::rt::url::Mode::QueryComponent)
                    }
                };
                Ok(self.string(s).await)
            }
            "call" => return self.call_builtin(args, argv).await,
            _ => {
                let n = name.to_string();
                b(with(&self.ctx, move |c| Ok(comparison(c, &n, &argv))).await)
            }
        })
    }
}

impl Exec {
    /// The text html, js and urlquery escape (evalArgs): a lone string as it is, else
    /// fmt.Sprint of the arguments.
    async fn eval_args_text(&mut self, argv: Vec<Value>) -> Res<String> {
        let string = self.ids.string;
        if let [v] = argv[..] {
            if v.t == string {
                return Ok(with(&self.ctx, move |c| Ok(c.rt.heap.text(v).to_string())).await);
            }
        }
        self.sprint(Print::Print, argv).await
    }

    /// call: the first argument is a func value, called with the rest (funcs.go's call).
    async fn call_builtin(&mut self, args: &[Arg], argv: Vec<Value>) -> Res<Result<Value, String>> {
        let f = argv[0];
        let name = args.first().map(|a| a.to_string()).unwrap_or_default();
        if f.t == 0 {
            return Ok(Err("call of nil".into()));
        }
        if !matches!(self.kind(f.t), Some(TypeKind::Func)) {
            return Ok(Err(format!("non-function {name} of type {}", self.type_name(f.t))));
        }
        let sig = self.prog.func_sigs.get(&f.t).cloned().unwrap_or_default();
        if let Some(msg) = bad_results(&self.prog, &name, &sig.results) {
            return Ok(Err(msg));
        }
        let (np, rest) = (sig.params.len(), &argv[1..]);
        if sig.variadic && rest.len() < np - 1 {
            return Ok(Err(format!(
                "wrong number of args for {name}: got {} want at least {}",
                rest.len(),
                np - 1
            )));
        }
        if !sig.variadic && rest.len() != np {
            return Ok(Err(format!(
                "wrong number of args for {name}: got {} want {np}",
                rest.len()
            )));
        }
        for (i, a) in rest.iter().enumerate() {
            let want = if !sig.variadic || i < np - 1 { sig.params[i] } else { sig.params[np - 1] };
            let fits = a.t == want
                || matches!(self.kind(want), Some(TypeKind::Interface))
                || (a.t == 0 && val::can_be_nil(&self.prog, want));
            if !fits {
                let got = if a.t == 0 { "nil".to_string() } else { self.type_name(a.t) };
                return Ok(Err(format!(
                    "arg {i}: value has type {got}; should be {}",
                    self.type_name(want)
                )));
            }
        }
        let params = self.pack(&sig, rest.to_vec()).await;
        let r = self.call_go(GoFn::Closure(Value { t: 0, ..f }), params, sig.results.len()).await?;
        if let (Some(e), 2) = (r.get(1), sig.results.len()) {
            if e.t != 0 {
                let text = self.sprint(Print::Print, vec![*e]).await?;
                return Ok(Err(text));
            }
        }
        let (raw, ty) = (r.first().copied().unwrap_or_default(), sig.results[0]);
        Ok(Ok(self.make(move |c| val::to_iface(c, raw, ty)).await))
    }
}
