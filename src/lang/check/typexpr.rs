//! Type expressions (go/types typexpr.go): `int`, `chan<- T`, `func(int) string`,
//! `*sync.WaitGroup`, `interface{}`.

use super::Mode;
use super::{Checker, ObjKind};
use crate::lang::ast::{Expr, ExprKind, FuncType};
use crate::lang::token::Pos;
use crate::lang::types::{type_string, InterfaceType, Signature, StructField, StructType, Type};
use std::rc::Rc;

impl<'a> Checker<'a> {
    /// Evaluates `e` as a type, reporting an error (and returning Invalid) if it is not one.
    pub(crate) fn type_expr(&mut self, e: &'a Expr) -> Type {
        let allow_constraint = std::mem::take(&mut self.allow_constraint);
        let mut t = self.type_expr_inner(e);
        if !allow_constraint && e.unparen().is_name().is_some() {
            if let Some(why) = constraint_only(&t) {
                let msg =
                    format!("cannot use type {} outside a type constraint: {why}", self.ts(&t));
                self.error(e.start(), msg);
                t = Type::Invalid;
            }
        }
        self.record(e, super::Mode::TypeExpr, &t, None);
        t
    }

    /// `e` as a type where a constraint interface may stand (a constraint, an embedded
    /// element of an interface, a type declaration's type).
    pub(crate) fn constraint_or_type_expr(&mut self, e: &'a Expr) -> Type {
        self.allow_constraint = true;
        self.type_expr(e)
    }

    fn type_expr_inner(&mut self, e: &'a Expr) -> Type {
        match &e.kind {
            ExprKind::Bad => Type::Invalid,
            ExprKind::Name(name) => {
                if name == "_" {
                    self.error(e.pos, "cannot use _ as value or type");
                    return Type::Invalid;
                }
                let Some(o) = self.lookup(name) else {
                    self.undefined(e.pos, name);
                    return Type::Invalid;
                };
                if o == self.comparable_obj {
                    self.error(e.pos, "cannot use type comparable outside a type constraint: interface is (or embeds) comparable");
                    return Type::Invalid;
                }
                self.record_use(e.id, o);
                self.obj_decl(o);
                let obj = self.obj(o).clone();
                match obj.kind {
                    ObjKind::TypeName if self.generics.contains_key(&o) => {
                        let g = self.generic_type_string(o);
                        self.error(
                            e.pos,
                            format!("cannot use generic type {g} without instantiation"),
                        );
                        Type::Invalid
                    }
                    ObjKind::TypeName => obj.ty,
                    ObjKind::PkgName(_) => {
                        self.obj_mut(o).used = true;
                        self.error(e.pos, format!("use of package {} without selector", name));
                        Type::Invalid
                    }
                    _ => {
                        let x = self.expr_operand_for_message(e);
                        self.error(e.pos, format!("{} is not a type", x));
                        Type::Invalid
                    }
                }
            }
            ExprKind::Selector { x, sel } => {
                if let ExprKind::Name(pkg) = &x.kind {
                    if let Some(o) = self.lookup(pkg) {
                        if let ObjKind::PkgName(path) = self.obj(o).kind.clone() {
                            self.obj_mut(o).used = true;
                            self.record_use(x.id, o);
                            if let Some(t) = self.prelude_type(e, sel, &path) {
                                return t;
                            }
                            return match (path.as_str(), sel.value.as_str()) {
                                ("sync", "WaitGroup") => self.wait_group.clone(),
                                ("sync", "Mutex") => self.mutex.clone(),
                                ("time", "Duration") => self.duration.clone(),
                                ("time", "Time") => self.time_time.clone(),
                                ("syscall", "Timespec") => self.syscall_timespec.clone(),
                                ("cmp", "Ordered") => self.cmp_ordered(),
                                _ if self.lib_type_of(&path, &sel.value).is_some() => {
                                    self.lib_type_of(&path, &sel.value).unwrap_or(Type::Invalid)
                                }
                                _ => {
                                    // types2 reports a missing member at its name.
                                    if let Some(msg) = self.unsupported_member(&path, &sel.value) {
                                        self.error(sel.pos, msg);
                                    }
                                    Type::Invalid
                                }
                            };
                        }
                    }
                }
                let s = crate::lang::ast::expr_string(e);
                self.error(e.start(), format!("{} is not a type", s));
                Type::Invalid
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Operation { op: crate::lang::token::Operator::Mul, x, y: None } => {
                let t = self.type_expr(x);
                if !t.is_valid() {
                    return Type::Invalid;
                }
                Type::Pointer(Rc::new(t))
            }
            ExprKind::ChanType { dir, elem } => {
                let t = self.type_expr(elem);
                if !t.is_valid() {
                    return Type::Invalid;
                }
                Type::Chan(*dir, Rc::new(t))
            }
            ExprKind::FuncType(ft) => Type::Func(self.func_type(ft, u32::MAX)),
            ExprKind::InterfaceType { methods } => self.interface_type(methods),
            ExprKind::ArrayType { len, elem } => {
                let n = match len {
                    Some(l) => self.array_length(l),
                    None => {
                        // [...]T outside a composite literal (which handles it itself).
                        let _ = self.type_expr(elem);
                        let msg = "invalid use of [...] array (outside a composite literal)";
                        self.error(e.start(), msg);
                        return Type::Invalid;
                    }
                };
                let t = self.type_expr(elem);
                match n {
                    Some(n) if t.is_valid() => Type::Array(n, Rc::new(t)),
                    _ => Type::Invalid,
                }
            }
            ExprKind::SliceType { elem } => {
                let t = self.type_expr(elem);
                if !t.is_valid() {
                    return Type::Invalid;
                }
                Type::Slice(Rc::new(t))
            }
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                // The value may be the type being declared (`type M map[string]M`),
                // whose underlying type is not set yet.
                if !k.underlying().is_valid() || !v.is_valid() {
                    return Type::Invalid;
                }
                if !crate::lang::types::comparable(&k) {
                    let s = self.ts(&k);
                    // gc puts this error on a function type's parameter list.
                    let at = match &key.kind {
                        ExprKind::FuncType(ft) => ft.pos,
                        _ => key.start(),
                    };
                    self.error(at, format!("invalid map key type {}", s));
                    return Type::Invalid;
                }
                if !map_key_supported(&k) {
                    self.error(key.start(), "map key type not supported yet");
                    return Type::Invalid;
                }
                Type::Map(Rc::new(k), Rc::new(v))
            }
            ExprKind::StructType { fields, tags } => self.struct_type(fields, tags),
            ExprKind::DotsType { .. } => {
                self.error(e.pos, "invalid use of ...");
                Type::Invalid
            }
            ExprKind::Index { x, index } => {
                if let Some(o) = self.generic_obj(x, false) {
                    self.record_use(x.unparen().id, o);
                    let targs: Vec<Type> =
                        index.list().into_iter().map(|t| self.type_expr(t)).collect();
                    return self.instantiate_generic_type(e, o, targs);
                }
                if let Some(t) = self.lib_generic_type(e, x, index) {
                    return t;
                }
                // An unsupported generic library type is reported as such.
                let base = self.type_expr(x);
                if !base.is_valid() {
                    return Type::Invalid;
                }
                self.unsupported(e, "generic types")
            }
            _ => {
                let s = crate::lang::ast::expr_string(e);
                self.error(e.start(), format!("{} is not a type", s));
                Type::Invalid
            }
        }
    }

    /// `struct{ a, b int; T }`: fields in order; a repeated name is go/types' "redeclared".
    fn struct_type(&mut self, fields: &'a [crate::lang::ast::Field], tags: &[String]) -> Type {
        let mut list: Vec<StructField> = Vec::new();
        let mut seen: std::collections::HashMap<String, crate::lang::token::Pos> =
            Default::default();
        for (i, f) in fields.iter().enumerate() {
            let Some(te) = &f.ty else { continue };
            let ty = self.type_expr(te);
            let tag = tags.get(i).map_or(Vec::new(), |t| crate::lang::constant::string_lit(t));
            let tag = String::from_utf8_lossy(&tag).into_owned();
            let (name, pos, embedded) = match &f.name {
                Some(n) => (n.value.clone(), n.pos, false),
                None => {
                    // An embedded field is named after its type (T, *T, pkg.T).
                    let mut b = te.unparen();
                    if let ExprKind::Operation { x, y: None, .. } = &b.kind {
                        b = x.unparen();
                    }
                    // A generic instance (A[T]) is named after the generic type.
                    if let ExprKind::Index { x, .. } = &b.kind {
                        b = x.unparen();
                    }
                    let (n, pos) = match &b.kind {
                        ExprKind::Selector { sel, .. } => (sel.value.clone(), sel.pos),
                        // A prelude package's type (gopark__scanner__Position) embeds
                        // under its Go name (Position).
                        ExprKind::Name(n) => match crate::lang::prelude::split_name(n) {
                            Some((_, go)) => (go.to_string(), b.pos),
                            None => (n.clone(), b.pos),
                        },
                        _ => ("?".into(), te.start()),
                    };
                    // Whether T is a valid embedded type needs T complete: checked at the end.
                    self.delayed_embeds.push((ty.clone(), te.start()));
                    (n, pos, true)
                }
            };
            if name != "_" {
                if let Some(prev) = seen.get(&name) {
                    let msg = format!(
                        "{} redeclared\n\t{}: other declaration of {}",
                        name,
                        self.fmt_pos(*prev),
                        name
                    );
                    self.error(pos, msg);
                    continue;
                }
                seen.insert(name.clone(), pos);
            }
            list.push(StructField { name, ty, embedded, tag });
        }
        Type::Struct(Rc::new(StructType { fields: list }))
    }

    /// Whether an interface element is a union, a ~T term or comparable.
    fn is_constraint_elem(&self, e: &Expr) -> bool {
        match &e.unparen().kind {
            ExprKind::Operation { .. } => true,
            ExprKind::Name(n) => self.lookup(n) == Some(self.comparable_obj),
            _ => false,
        }
    }

    /// Reports embedded fields of types Go does not allow to embed (types2 structType's
    /// delayed check): T or *T where T is a pointer, or a pointer to an interface.
    pub(crate) fn check_embedded_types(&mut self) {
        for (t, pos) in std::mem::take(&mut self.delayed_embeds) {
            let (base, is_ptr) = match &t {
                Type::Pointer(b) => ((**b).clone(), true),
                t => (t.clone(), false),
            };
            let msg = match base.underlying() {
                Type::Pointer(_) => "embedded field type cannot be a pointer",
                Type::Basic(crate::lang::types::BasicKind::UnsafePointer) => {
                    "embedded field type cannot be unsafe.Pointer"
                }
                Type::Interface(_) if is_ptr => {
                    "embedded field type cannot be a pointer to an interface"
                }
                _ => continue,
            };
            self.error(pos, msg);
        }
    }

    /// `interface{ M(); E }`: explicit methods and embedded interfaces (go/types
    /// interfaceType and computeInterfaceTypeSet, which reports duplicate methods).
    fn interface_type(&mut self, elems: &'a [crate::lang::ast::Field]) -> Type {
        let mut methods = Vec::new();
        let mut embeddeds = Vec::new();
        // Every method of the type set with where it was declared or embedded.
        let mut seen: Vec<(String, Rc<Signature>, Pos)> = Vec::new();
        let mut embedded_at: Vec<(Type, Pos)> = Vec::new();
        for m in elems {
            match (&m.name, &m.ty) {
                (Some(n), Some(Expr { kind: ExprKind::FuncType(ft), .. })) => {
                    let sig = self.func_type(ft, u32::MAX);
                    if n.value == "_" {
                        self.error(n.pos, "methods must have a unique non-blank name");
                        continue;
                    }
                    if let Some((_, _, prev)) = seen.iter().find(|(name, _, _)| *name == n.value) {
                        let msg = format!(
                            "duplicate method {}\n\t{}: other declaration of method {}",
                            n.value,
                            self.fmt_pos(*prev),
                            n.value
                        );
                        self.error(n.pos, msg);
                        continue;
                    }
                    seen.push((n.value.clone(), sig.clone(), n.pos));
                    methods.push((n.value.clone(), sig));
                }
                (None, Some(te)) if self.is_constraint_elem(te) => {
                    // ~T, A | B and comparable make a constraint, not a type: an
                    // embedded interface restricting the type set.
                    let c = self.constraint_type(te);
                    if c.is_valid() {
                        embedded_at.push((c, te.start()));
                    }
                }
                (None, Some(te)) => {
                    let t = self.constraint_or_type_expr(te);
                    match t.underlying() {
                        Type::Interface(_) => embedded_at.push((t, te.start())),
                        // An interface still being declared (a cycle, which type_decl
                        // reports) or one with errors: kept, but it adds no methods.
                        Type::Invalid if t.is_named() => embeddeds.push(t),
                        Type::Invalid => {}
                        // interface{ int }: the type set of one type.
                        _ => {
                            let c = self.constraint_type(te);
                            embedded_at.push((c, te.start()));
                        }
                    }
                }
                _ => {}
            }
        }
        // Embedded methods after the explicit ones, as go/types adds them; the same method
        // reached twice with identical signatures is fine.
        for (t, pos) in embedded_at {
            let Type::Interface(it) = t.underlying() else { continue };
            for (name, sig) in &it.all_methods {
                match seen.iter().find(|(n, _, _)| n == name) {
                    Some((_, other, prev)) => {
                        if !crate::lang::types::identical_sig(other, sig) {
                            let msg = format!(
                                "duplicate method {}\n\t{}: other declaration of method {}",
                                name,
                                self.fmt_pos(*prev),
                                name
                            );
                            self.error(pos, msg);
                        }
                    }
                    None => seen.push((name.clone(), sig.clone(), pos)),
                }
            }
            embeddeds.push(t);
        }
        Type::Interface(Rc::new(InterfaceType::new(methods, embeddeds)))
    }

    /// The length of an array type: a constant representable as a non-negative int
    /// (go/types arrayLength), with gc's messages otherwise.
    pub(crate) fn array_length(&mut self, l: &'a Expr) -> Option<u64> {
        // A name that is not a constant may be a type parameter missing its constraint.
        if let ExprKind::Name(n) = &l.kind {
            match self.lookup(n).map(|o| matches!(self.obj(o).kind, ObjKind::Const(_))) {
                None => {
                    let msg = format!("undefined array length {} or missing type constraint", n);
                    self.error(l.start(), msg);
                    return None;
                }
                Some(false) => {
                    self.error(l.start(), format!("invalid array length {}", n));
                    return None;
                }
                Some(true) => {}
            }
        }
        let x = self.expr(l);
        if x.is_invalid() {
            return None;
        }
        if x.mode != Mode::Constant {
            let s = self.operand_string(&x);
            self.error(l.start(), format!("array length {} must be constant", s));
            return None;
        }
        if x.ty.is_untyped() || x.ty.is_integer() {
            if let Some(n) = x.val.to_int().filter(|n| (0..=i64::MAX as i128).contains(n)) {
                if x.ty.is_untyped() {
                    let mut x = x.clone();
                    self.convert_untyped(&mut x, &Type::int());
                }
                return Some(n as u64);
            }
        }
        let s = self.operand_string(&x);
        let msg = if x.ty.is_integer() {
            format!("invalid array length {}", s)
        } else {
            format!("array length {} must be integer", s)
        };
        self.error(l.start(), msg);
        None
    }

    pub(crate) fn unsupported(&mut self, e: &Expr, what: &str) -> Type {
        self.error(e.start(), format!("{} are not supported yet", what));
        Type::Invalid
    }

    /// Evaluates a function type. Parameter objects are created by `func_body`.
    pub(crate) fn func_type(&mut self, ft: &'a FuncType, _f: u32) -> Rc<Signature> {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, p) in ft.params.iter().enumerate() {
            let Some(te) = &p.ty else {
                params.push(Type::Invalid);
                continue;
            };
            if let ExprKind::DotsType { elem } = &te.kind {
                if i + 1 != ft.params.len() {
                    self.error(te.pos, "can only use ... with final parameter in list");
                    params.push(Type::Invalid);
                } else {
                    // As for the library's variadic functions, the signature records the
                    // element type; the parameter variable itself is a slice (func_body).
                    params.push(self.type_expr(elem));
                    variadic = true;
                }
                continue;
            }
            params.push(self.type_expr(te));
        }
        let mut results = Vec::new();
        for r in &ft.results {
            let Some(te) = &r.ty else {
                results.push(Type::Invalid);
                continue;
            };
            if let ExprKind::DotsType { .. } = te.kind {
                self.error(te.pos, "can only use ... with final parameter in list");
                results.push(Type::Invalid);
                continue;
            }
            results.push(self.type_expr(te));
        }
        let name_of = |f: &crate::lang::ast::Field| {
            f.name.as_ref().map(|n| n.value.clone()).unwrap_or_default()
        };
        let param_names: Vec<String> = ft.params.iter().map(name_of).collect();
        let result_names: Vec<String> = ft.results.iter().map(name_of).collect();
        let param_names =
            if param_names.iter().all(|n| n.is_empty()) { vec![] } else { param_names };
        let result_names =
            if result_names.iter().all(|n| n.is_empty()) { vec![] } else { result_names };
        Rc::new(Signature { params, results, variadic, param_names, result_names })
    }

    /// Renders an operand for messages such as "x (variable of type int) is not a type".
    pub(crate) fn expr_operand_for_message(&mut self, e: &'a Expr) -> String {
        let x = self.raw_operand(e);
        self.operand_string(&x)
    }

    pub(crate) fn ts(&self, t: &Type) -> String {
        type_string(t)
    }
}

/// Whether the runtime can hash keys of type `t` (see rt/map.rs): basic types, channels,
/// pointers and interfaces. Comparable composite keys (structs, arrays) are not yet.
pub(crate) fn map_key_supported(t: &Type) -> bool {
    if t.is_time() {
        return true;
    }
    match t.underlying() {
        Type::Basic(k) => k.is_numeric() || k.is_string() || k.is_boolean(),
        Type::Chan(..) | Type::Pointer(_) | Type::Interface(_) => true,
        Type::Struct(st) => st.fields.iter().all(|f| map_key_supported(&f.ty)),
        Type::Array(_, e) => map_key_supported(&e),
        _ => false,
    }
}

/// Why a type may be used only as a constraint (go/types' MisplacedConstraintIface), if so.
fn constraint_only(t: &Type) -> Option<&'static str> {
    // A type parameter (a named type of no package) has its constraint as underlying type.
    if matches!(t, Type::Named(n) if n.pkg.is_none()) {
        return None;
    }
    let Type::Interface(it) = t.underlying() else { return None };
    // Terms make the comparable flag part of the type set (go/types keeps only them).
    if it.terms.is_some() {
        Some("interface contains type constraints")
    } else if it.comparable {
        Some("interface is (or embeds) comparable")
    } else {
        None
    }
}
