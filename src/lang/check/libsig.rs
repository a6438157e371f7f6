//! The checker's view of the library table (`crate::library`): package members become
//! objects, and their Go declarations, written as Go type syntax in the table
//! (`func(s, sep string) []string`), become types. The table is ours, so a declaration that
//! does not parse is our bug, reported as an internal error by the test that parses them all.

use super::{Checker, LibFunc, ObjId, ObjKind, Object};
use crate::lang::ast::{Expr, ExprKind};
use crate::lang::constant::Value;
use crate::lang::types::{
    BasicKind, BuiltinMethod, InterfaceType, Method, Signature, StructField, StructType, Type,
};
use crate::library::{self, ConstVal, Kind};
use std::rc::Rc;

/// The name a package's types print with: the last element of its path, skipping a major
/// version ("math/rand/v2" -> "rand").
pub(crate) fn pkg_name(path: &str) -> &str {
    let mut parts = path.rsplit('/');
    let last = parts.next().unwrap_or(path);
    let is_version =
        last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit());
    if is_version {
        parts.next().unwrap_or(last)
    } else {
        last
    }
}

/// Tokens of a declaration: identifiers (with dots), `...`, `<-` and single characters.
fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() || c == '_' {
            let j = s[i..].find(|ch: char| !(ch.is_alphanumeric() || ch == '_' || ch == '.'));
            let end = j.map_or(s.len(), |j| i + j);
            out.push(s[i..end].to_string());
            i = end;
        } else if s[i..].starts_with("...") {
            out.push("...".into());
            i += 3;
        } else if s[i..].starts_with("<-") {
            out.push("<-".into());
            i += 2;
        } else {
            out.push(c.to_string());
            i += 1;
        }
    }
    out
}

/// A parser of one declaration, resolving names in package `path`.
struct SigParser<'c, 'a> {
    ck: &'c mut Checker<'a>,
    path: &'static str,
    toks: Vec<String>,
    pos: usize,
    /// Type parameters of a generic function's declaration, with their constraints.
    tparams: Vec<(&'static str, String)>,
}

/// A type parameter of a library declaration stands as `Type::Opaque(name)` in its
/// template signature until a call instantiates it.
fn tparam_name(n: &str) -> Option<&'static str> {
    ["E", "K", "T", "V"].into_iter().find(|&x| x == n)
}

impl SigParser<'_, '_> {
    fn peek(&self) -> &str {
        self.toks.get(self.pos).map_or("", |s| s.as_str())
    }
    fn next(&mut self) -> String {
        let t = self.peek().to_string();
        self.pos += 1;
        t
    }
    fn expect(&mut self, t: &str) {
        let got = self.next();
        if got != t {
            internal_error(&format!(
                "library declaration in {}: expected {t}, found {got:?}",
                self.path
            ));
        }
    }

    fn type_(&mut self) -> Type {
        match self.next().as_str() {
            "*" => Type::Pointer(Rc::new(self.type_())),
            "[" => {
                // [N]T (sha256.Sum256's [32]byte) or []T.
                if let Ok(n) = self.peek().parse::<u64>() {
                    self.next();
                    self.expect("]");
                    return Type::Array(n, Rc::new(self.type_()));
                }
                self.expect("]");
                Type::Slice(Rc::new(self.type_()))
            }
            "map" => {
                self.expect("[");
                let k = self.type_();
                self.expect("]");
                Type::Map(Rc::new(k), Rc::new(self.type_()))
            }
            "chan" if self.peek() == "<-" => {
                self.next();
                Type::Chan(crate::lang::ast::ChanDir::Send, Rc::new(self.type_()))
            }
            "chan" => Type::Chan(crate::lang::ast::ChanDir::Both, Rc::new(self.type_())),
            "<-" => {
                self.expect("chan");
                Type::Chan(crate::lang::ast::ChanDir::Recv, Rc::new(self.type_()))
            }
            "func" => {
                if self.peek() == "[" {
                    self.type_params();
                }
                Type::Func(Rc::new(self.signature()))
            }
            "struct" => self.struct_(),
            "interface" => self.interface(),
            name => match self.tparams.iter().find(|(n, _)| *n == name) {
                Some((n, _)) => Type::Opaque(n),
                None => self.ck.lib_type_named(self.path, name),
            },
        }
    }

    /// `[E cmp.Ordered, K comparable]` after `func`.
    fn type_params(&mut self) {
        self.expect("[");
        while self.peek() != "]" && !self.peek().is_empty() {
            let name = self.next();
            let Some(n) = tparam_name(&name) else {
                internal_error(&format!("library type parameter {name} is not E, K, T or V"));
            };
            let constraint = self.next();
            self.tparams.push((n, constraint));
            if self.peek() == "," {
                self.next();
            }
        }
        self.expect("]");
    }

    /// `(params) results` after `func`.
    fn signature(&mut self) -> Signature {
        let (params, param_names, variadic) = self.params();
        let (results, result_names) = match self.peek() {
            "(" => {
                let (r, n, _) = self.params();
                (r, n)
            }
            "" | ")" | ";" | "}" | "," | "]" => (vec![], vec![]),
            _ => (vec![self.type_()], vec![]),
        };
        Signature { params, results, variadic, param_names, result_names }
    }

    /// A parenthesized list, named (`a, b string, n int`) or not (`int, error`).
    fn params(&mut self) -> (Vec<Type>, Vec<String>, bool) {
        self.expect("(");
        // Each entry: an optional name and an optional type (Go's rule: all named or none).
        let mut items: Vec<(Option<String>, Option<Type>)> = Vec::new();
        let mut variadic = false;
        while self.peek() != ")" && !self.peek().is_empty() {
            let simple = self.peek().chars().all(|c| c.is_alphanumeric() || c == '_');
            let follows = self.toks.get(self.pos + 1).map_or("", |s| s.as_str());
            if simple && !matches!(follows, "," | ")" | "") {
                let name = self.next();
                if self.peek() == "..." {
                    self.next();
                    variadic = true;
                }
                items.push((Some(name), Some(self.type_())));
            } else if simple {
                items.push((Some(self.next()), None));
            } else {
                if self.peek() == "..." {
                    self.next();
                    variadic = true;
                }
                items.push((None, Some(self.type_())));
            }
            if self.peek() == "," {
                self.next();
            }
        }
        self.expect(")");
        let named = items.iter().any(|(n, t)| n.is_some() && t.is_some());
        let (mut types, mut names) = (Vec::new(), Vec::new());
        if named {
            let mut pending: Vec<String> = Vec::new();
            for (n, t) in items {
                pending.push(n.unwrap_or_default());
                if let Some(t) = t {
                    for n in pending.drain(..) {
                        names.push(n);
                        types.push(t.clone());
                    }
                }
            }
        } else {
            for (n, t) in items {
                let t = t.unwrap_or_else(|| {
                    let n = n.unwrap_or_default();
                    // A type parameter (`func(E, T) int` in a generic declaration).
                    match self.tparams.iter().find(|(p, _)| *p == n) {
                        Some((p, _)) => Type::Opaque(p),
                        None => self.ck.lib_type_named(self.path, &n),
                    }
                });
                types.push(t);
            }
        }
        (types, names, variadic)
    }

    fn struct_(&mut self) -> Type {
        self.expect("{");
        let mut fields = Vec::new();
        while self.peek() != "}" && !self.peek().is_empty() {
            let name = self.next();
            let ty = self.type_();
            fields.push(StructField { name, ty, embedded: false, tag: String::new() });
            if self.peek() == ";" {
                self.next();
            }
        }
        self.expect("}");
        Type::Struct(Rc::new(StructType { fields }))
    }

    fn interface(&mut self) -> Type {
        self.expect("{");
        let mut methods = Vec::new();
        while self.peek() != "}" && !self.peek().is_empty() {
            let name = self.next();
            methods.push((name, Rc::new(self.signature())));
            if self.peek() == ";" {
                self.next();
            }
        }
        self.expect("}");
        Type::Interface(Rc::new(InterfaceType::new(methods, vec![])))
    }
}

impl Checker<'_> {
    /// The type a name in a declaration of package `path` denotes: a predeclared type, a
    /// type of that package, or a qualified library type (`time.Duration`).
    pub(crate) fn lib_type_named(&mut self, path: &'static str, name: &str) -> Type {
        use BasicKind::*;
        let basic = match name {
            "bool" => Some(Bool),
            "int" => Some(Int),
            "int8" => Some(Int8),
            "int16" => Some(Int16),
            "int32" => Some(Int32),
            "int64" => Some(Int64),
            "uint" => Some(Uint),
            "uint8" => Some(Uint8),
            "uint16" => Some(Uint16),
            "uint32" => Some(Uint32),
            "uint64" => Some(Uint64),
            "uintptr" => Some(Uintptr),
            "float32" => Some(Float32),
            "float64" => Some(Float64),
            "complex128" => Some(Complex128),
            "string" => Some(String),
            "byte" => Some(Byte),
            "rune" => Some(Rune),
            "untyped int" | "untyped" => Some(UntypedInt),
            _ => None,
        };
        if let Some(k) = basic {
            return Type::Basic(k);
        }
        match name {
            "error" => return self.error_type.clone(),
            "any" => return self.any_type(),
            _ => {}
        }
        let (p, n) = match name.rsplit_once('.') {
            Some((p, n)) => (
                library::PACKAGES.iter().find(|x| pkg_name(x.path) == p).map_or(path, |x| x.path),
                n,
            ),
            None => (path, name),
        };
        self.lib_type(p, n).unwrap_or_else(|| {
            internal_error(&format!("library declaration names unknown type {name}"))
        })
    }

    /// Library type `path.name`: one of the universe's (time.Duration, sync.Mutex) or one
    /// declared in the table, made on first use with its methods.
    pub(crate) fn lib_type(&mut self, path: &'static str, name: &str) -> Option<Type> {
        let key = format!("{path}.{name}");
        if let Some(t) = self.lib_types.get(&key) {
            return Some(t.clone());
        }
        let (m, _) = library::member(path, name)?;
        let Kind::Type(underlying) = m.kind else { return None };
        if let Some(target) = underlying.strip_prefix("= ") {
            // An alias (os.FileMode = fs.FileMode): the same type, printed by its own name.
            let t = self.lib_type_named(path, target);
            self.lib_types.insert(key, t.clone());
            return Some(t);
        }
        let named = self.new_named(Some(pkg_name(path)), name, Type::Invalid);
        let t = Type::Named(named.clone());
        // Entered before its underlying type and methods, which may name it.
        self.lib_types.insert(key, t.clone());
        let u = if underlying == "cell" {
            Type::Opaque(crate::lang::types::CELL)
        } else {
            self.parse_lib_type(path, underlying)
        };
        *named.underlying.borrow_mut() = u;
        self.attach_lib_methods(path, &t);
        Some(t)
    }

    /// Adds the table's methods of named type `t` (of package `path`) to its method set.
    pub(crate) fn attach_lib_methods(&mut self, path: &'static str, t: &Type) {
        let Type::Named(named) = t else { return };
        for (m, id) in library::methods(path, &named.name) {
            let Kind::Method(recv, sig, _) = m.kind else { continue };
            let sig = self.parse_lib_sig(path, sig);
            named.methods.borrow_mut().push(Method {
                name: m.name.to_string(),
                sig: Rc::new(sig),
                ptr_recv: recv.starts_with('*'),
                builtin: Some(BuiltinMethod::Lib(id)),
            });
        }
    }

    /// Library type `path.name` named in a program (`strings.Builder`), if the table has it.
    pub(crate) fn lib_type_of(&mut self, path: &str, name: &str) -> Option<Type> {
        let pkg = library::PACKAGES.iter().find(|p| p.path == path)?.path;
        self.lib_type(pkg, name)
    }

    pub(crate) fn parse_lib_type(&mut self, path: &'static str, src: &str) -> Type {
        let mut p = SigParser { ck: self, path, toks: tokens(src), pos: 0, tparams: vec![] };
        p.type_()
    }

    /// Whether `x` names a generic function of the library table (`slices.Sort`).
    pub(crate) fn is_generic_lib_func(&self, x: &Expr) -> bool {
        let ExprKind::Selector { sel, .. } = &x.unparen().kind else { return false };
        match self.info.uses.get(&sel.id).map(|&o| &self.obj(o).kind) {
            Some(ObjKind::LibFunc(LibFunc::Lib(id))) => library::is_generic(*id),
            _ => false,
        }
    }

    /// A call of a generic library function (`slices.Sort(xs)`): its signature with the
    /// type parameters inferred from the arguments, recorded as the callee's type. None
    /// when `fun` is no generic library function; Err after reporting an error.
    pub(crate) fn lib_instance(
        &mut self,
        fun: &Expr,
        argv: &[super::expr::Operand],
    ) -> Option<Result<Rc<Signature>, ()>> {
        let ExprKind::Selector { sel, .. } = &fun.unparen().kind else { return None };
        let o = *self.info.uses.get(&sel.id)?;
        let ObjKind::LibFunc(LibFunc::Lib(id)) = self.obj(o).kind else { return None };
        let n = library::natives().get(id as usize)?;
        let Kind::Func(src, _) = n.member.kind else { return None };
        if !src.starts_with("func[") {
            return None;
        }
        let mut p =
            SigParser { ck: self, path: n.path, toks: tokens(src), pos: 0, tparams: vec![] };
        let Type::Func(template) = p.type_() else { return None };
        let tparams = p.tparams;
        let mut bound: Vec<(&'static str, Type)> = Vec::new();
        for (pt, a) in template.params.iter().zip(argv) {
            unify(pt, &a.ty, &mut bound);
        }
        let name = format!("{}.{}", pkg_name(n.path), n.member.name);
        for (tp, constraint) in &tparams {
            let Some((_, t)) = bound.iter().find(|(b, _)| b == tp) else {
                self.error(fun.start(), format!("in call to {name}, cannot infer {tp}"));
                return Some(Err(()));
            };
            // An invalid type is a type parameter while the generic body is checked once
            // (or an error already reported): each instance is checked with its own types.
            let ok = matches!(t, Type::Invalid)
                || match constraint.as_str() {
                    "cmp.Ordered" => t.is_ordered(),
                    "comparable" => crate::lang::types::comparable(t),
                    _ => true,
                };
            if !ok {
                let ts = self.ts(t);
                // A type parameter (bound to a named type of its own in its generic body)
                // has no type missing from the list: types2 names the constraint only.
                let tparam =
                    matches!(t, Type::Named(n) if self.tparam_constraints.contains_key(&n.id));
                let msg = if constraint == "cmp.Ordered" && !tparam {
                    format!("{ts} does not satisfy cmp.Ordered ({ts} missing in {ORDERED})")
                } else {
                    format!("{ts} does not satisfy {constraint}")
                };
                // types2 reports it at the call's '(', right after the function's name.
                let mut pos = fun.start();
                pos.col += crate::lang::ast::expr_string(fun).len() as u32;
                self.error(pos, msg);
                return Some(Err(()));
            }
        }
        let subst = |t: &Type| substitute(t, &bound);
        let sig = Rc::new(Signature {
            params: template.params.iter().map(subst).collect(),
            results: template.results.iter().map(subst).collect(),
            ..(*template).clone()
        });
        self.record(fun, super::Mode::Value, &Type::Func(sig.clone()), None);
        Some(Ok(sig))
    }

    fn parse_lib_sig(&mut self, path: &'static str, src: &str) -> Signature {
        match self.parse_lib_type(path, src) {
            Type::Func(s) => (*s).clone(),
            _ => internal_error(&format!("library declaration {src:?} is not a func")),
        }
    }

    /// The object for member `path.name` of the library table, if it has one.
    pub(crate) fn lib_member(&mut self, path: &str, name: &str) -> Option<ObjId> {
        let (m, id) = library::member(path, name)?;
        let pkg = library::PACKAGES.iter().find(|p| p.path == path)?.path;
        let (ty, kind) = match m.kind {
            Kind::Func(sig, _) => {
                let sig = self.parse_lib_sig(pkg, sig);
                (Type::Func(Rc::new(sig)), ObjKind::LibFunc(LibFunc::Lib(id?)))
            }
            Kind::Const(ty, v) => {
                let ty = match ty {
                    "untyped float" => Type::Basic(BasicKind::UntypedFloat),
                    "untyped string" => Type::Basic(BasicKind::UntypedString),
                    "untyped rune" => Type::Basic(BasicKind::UntypedRune),
                    _ => self.lib_type_named(pkg, ty),
                };
                let v = match v {
                    ConstVal::Int(i) => Value::Int(i),
                    ConstVal::Float(f) => Value::Float(f),
                    ConstVal::Rat(n, d) => {
                        crate::lang::constant::rat(n, d).unwrap_or(Value::Unknown)
                    }
                    ConstVal::Str(s) => Value::String(s.as_bytes().to_vec()),
                };
                (ty, ObjKind::Const(v))
            }
            Kind::Type(_) => (self.lib_type(pkg, name)?, ObjKind::TypeName),
            Kind::Var(ty, _) => {
                (self.parse_lib_type(pkg, ty), ObjKind::LibFunc(LibFunc::LibVar(id?)))
            }
            Kind::Method(..) => return None,
        };
        Some(self.new_obj(Object::new_pub(name, ty, kind)))
    }
}

#[cfg(test)]
mod tests {
    /// Every declaration in the table parses and names only known types.
    #[test]
    fn every_library_declaration_parses() {
        let src = "package main\nfunc main() {}\n";
        let mut errs = crate::lang::ErrorList::default();
        let file = crate::lang::parser::parse(src, &mut errs).unwrap();
        let mut ck = super::Checker::new("prog.go", &file, errs);
        for p in crate::library::PACKAGES {
            for m in p.members {
                if !matches!(m.kind, crate::library::Kind::Method(..)) {
                    assert!(ck.lib_member(p.path, m.name).is_some(), "{}.{}", p.path, m.name);
                }
            }
        }
    }
}

/// A broken invariant of gopark itself (the layer below has `sys::internal_error`, which
/// this layer does not use).
fn internal_error(what: &str) -> ! {
    panic!("gopark internal error: {what} (this is a bug in gopark, not in your program)")
}

/// cmp.Ordered's type set, as go/types lists it.
const ORDERED: &str = "~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | \
~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string";

/// Binds the type parameters in `pattern` to the parts of `arg` they stand for.
fn unify(pattern: &Type, arg: &Type, bound: &mut Vec<(&'static str, Type)>) {
    match (pattern, arg.underlying()) {
        (Type::Opaque(n), _) if tparam_name(n).is_some() => {
            if !bound.iter().any(|(b, _)| b == n) {
                let t = if arg.is_untyped() { arg.default_type() } else { arg.clone() };
                bound.push((n, t));
            }
        }
        (Type::Slice(p), Type::Slice(a)) => unify(p, &a, bound),
        (Type::Map(pk, pv), Type::Map(ak, av)) => {
            unify(pk, &ak, bound);
            unify(pv, &av, bound);
        }
        // A type built from a type parameter while the generic body is checked once: its
        // parameters stay invalid too (each instance is checked with its own types).
        (Type::Slice(p), Type::Invalid) => unify(p, arg, bound),
        (Type::Map(pk, pv), Type::Invalid) => {
            unify(pk, arg, bound);
            unify(pv, arg, bound);
        }
        _ => {}
    }
}

/// `t` with its type parameters replaced by their bindings.
fn substitute(t: &Type, bound: &[(&'static str, Type)]) -> Type {
    match t {
        Type::Opaque(n) => match bound.iter().find(|(b, _)| b == n) {
            Some((_, t)) => t.clone(),
            None => t.clone(),
        },
        Type::Slice(e) => Type::Slice(Rc::new(substitute(e, bound))),
        Type::Map(k, v) => Type::Map(Rc::new(substitute(k, bound)), Rc::new(substitute(v, bound))),
        // A callback's signature (slices.SortFunc's cmp func(a, b E) int).
        Type::Func(sig) => Type::Func(Rc::new(Signature {
            params: sig.params.iter().map(|p| substitute(p, bound)).collect(),
            results: sig.results.iter().map(|r| substitute(r, bound)).collect(),
            ..(**sig).clone()
        })),
        _ => t.clone(),
    }
}
