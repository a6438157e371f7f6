//! Generics (go/types decl.go's type parameters, instantiate.go, infer.go, unify.go), by
//! instantiation: every distinct list of type arguments of a generic function or type gets
//! its own copy of the declaration (parsed again from the file's tokens with fresh node
//! ids, `parser::reparse`), checked with the type parameters bound to the arguments as
//! type names, and compiled like any other declaration. So the instructions are typed
//! (an `int` instance adds with `AddI`), `%T` prints the concrete types, and the code
//! generator and the runtime know nothing of generics.
//!
//! The generic declaration itself is also checked once, with its type parameters as
//! invalid types: that resolves its names and marks its imports used even if nothing
//! instantiates it, and stays silent about operations on type parameters. What that
//! leaves out (a body that only some type arguments make valid is accepted for those)
//! is reported per instance, at the same positions.
//!
//! Inference follows Go's: type arguments given explicitly, then function argument
//! inference (unification of parameter and argument types, typed arguments first, then
//! untyped constants with their default types), then constraint type inference through
//! core types (`[S ~[]E, E any]`). Constraints are interfaces whose type set may be
//! restricted by a union of terms (`~int | string`) and by `comparable`.

use super::expr::Operand;
use super::{Checker, FuncIdx, Mode, ObjId, ObjKind, Object, ScopeId};
use crate::lang::ast::{expr_string, Decl, Expr, ExprKind, Field, FuncDecl, NodeId, TypeDecl};
use crate::lang::constant::Value;
use crate::lang::token::{Operator, Pos};
use crate::lang::types::{
    comparable, identical, terms_string, BasicKind, InterfaceType, Named, Signature, StructField,
    StructType, Type,
};
use std::cell::RefCell;
use std::rc::Rc;

/// At most this many instances (functions and types) per program: instantiation that
/// never ends (`func F[T any]() { F[*T]() }`) stops here with an error.
const MAX_INSTANCES: usize = 1000;

/// A type parameter of a generic declaration.
pub(crate) struct TParam {
    pub(crate) name: String,
    pub(crate) pos: Pos,
    /// The type standing for the parameter in the generic signature (a named type of no
    /// package, known by its id), which inference unifies with argument types.
    pub(crate) placeholder: Type,
    pub(crate) constraint: Type,
    /// The constraint as written, for messages (`cannot use generic type List[T any]`).
    pub(crate) constraint_src: String,
}

#[derive(Clone, Copy)]
pub(crate) enum GenericDecl<'a> {
    Func(&'a FuncDecl),
    Type(&'a TypeDecl),
}

/// A generic function or type declared in the file.
pub(crate) struct Generic<'a> {
    pub(crate) decl: GenericDecl<'a>,
    pub(crate) tparams: Vec<TParam>,
    /// A function's signature over the placeholders.
    pub(crate) sig: Option<Rc<Signature>>,
    /// A type's method declarations.
    pub(crate) methods: Vec<&'a FuncDecl>,
    /// The instances so far: type arguments and the instance (a function object or a
    /// named type).
    pub(crate) instances: Vec<(Vec<Type>, Type, Option<ObjId>)>,
    /// A type declared in a function: the scope its definition sees (instances are
    /// checked there rather than at package level).
    pub(crate) home: Option<ScopeId>,
}

/// The checker's state while it declares something at package level on behalf of whatever
/// it was checking (see `Checker::enter_package`).
pub(crate) struct Saved {
    scope: ScopeId,
    funcs: Vec<super::FuncCtx>,
    iota: Option<i128>,
    var_deps: Option<Vec<ObjId>>,
}

impl<'a> Checker<'a> {
    /// The type parameters of a function declaration (name, position, node): its own
    /// (`func F[T any]`) and those its receiver names (`func (l *List[T]) Push`).
    pub(crate) fn type_param_names(fd: &FuncDecl) -> Vec<(String, Pos, NodeId)> {
        let mut names: Vec<(String, Pos, NodeId)> = fd
            .tparams
            .iter()
            .filter_map(|f| f.name.as_ref())
            .map(|n| (n.value.clone(), n.pos, n.id))
            .collect();
        if let Some((base, _)) = fd.recv.as_ref().and_then(|r| r.ty.as_ref()).map(recv_base) {
            if let ExprKind::Index { index, .. } = &base.kind {
                for e in index.list() {
                    if let ExprKind::Name(n) = &e.kind {
                        names.push((n.clone(), e.pos, e.id));
                    }
                }
            }
        }
        names
    }

    /// Declares type parameters in the current scope as invalid types, for checking a
    /// generic declaration itself (operations on them are then silent).
    pub(crate) fn declare_type_params(&mut self, names: &[(String, Pos, NodeId)]) {
        for (name, pos, id) in names {
            let t = self.tparam_bindings.get(id).cloned().unwrap_or(Type::Invalid);
            let o = self.new_obj(Object::new(name, *pos, t, ObjKind::TypeName));
            self.obj_mut(o).used = true;
            self.declare(self.scope, Some(*id), o);
        }
    }

    /// Binds the function's own type parameters whose constraints are method sets (no type
    /// terms) to named types of their own, for checking the generic body (see
    /// `tparam_bindings`).
    fn bind_method_set_tparams(&mut self, names: &[(String, Pos, NodeId)], tparams: &[TParam]) {
        // Constraints name the parameters (`[N NodeC[E], E EdgeC[N]]`): there, too, the
        // placeholders become the named types, once all exist.
        let mut bound: Vec<(u32, Type, Rc<Named>, Pos)> = Vec::new();
        for ((name, pos, id), tp) in names.iter().zip(tparams) {
            let Type::Interface(it) = tp.constraint.underlying() else { continue };
            if it.terms.is_some() {
                continue;
            }
            let Type::Named(ph) = &tp.placeholder else { continue };
            let named = self.new_named(None, name, Type::Invalid);
            self.tparam_constraints.insert(named.id, tp.constraint_src.clone());
            self.tparam_bindings.insert(*id, Type::Named(named.clone()));
            bound.push((ph.id, tp.constraint.underlying(), named, *pos));
        }
        let map: Vec<(u32, Type)> =
            bound.iter().map(|(ph, _, n, _)| (*ph, Type::Named(n.clone()))).collect();
        for (_, constraint, named, pos) in bound {
            let u = self.subst(&constraint, &map, pos);
            *named.underlying.borrow_mut() = u;
        }
    }

    /// Declares a type parameter list in the current scope with placeholder types, then
    /// evaluates the constraints (which may name any of the parameters).
    fn type_params(&mut self, fields: &'a [Field]) -> Vec<TParam> {
        let mut list = Vec::new();
        for f in fields {
            let Some(n) = &f.name else { continue };
            let ph = self.new_named(None, &n.value, Type::Invalid);
            self.placeholders.insert(ph.id);
            let t = Type::Named(ph);
            let o = self.new_obj(Object::new(&n.value, n.pos, t.clone(), ObjKind::TypeName));
            self.obj_mut(o).used = true;
            self.declare(self.scope, Some(n.id), o);
            let constraint_src = f.ty.as_ref().map(expr_string).unwrap_or_default();
            list.push(TParam {
                pos: n.pos,
                name: n.value.clone(),
                placeholder: t,
                constraint: Type::Invalid,
                constraint_src,
            });
        }
        // Until its constraint is known, a parameter's underlying type is `any`, so that a
        // constraint naming a later one (`[M ~map[K]V, K comparable, V any]`) is valid.
        for tp in &list {
            if let Type::Named(ph) = &tp.placeholder {
                *ph.underlying.borrow_mut() = Type::empty_interface();
            }
        }
        let with_names = fields.iter().filter(|f| f.name.is_some());
        for (tp, f) in list.iter_mut().zip(with_names) {
            tp.constraint = match &f.ty {
                Some(te) => self.constraint_type(te),
                None => self.any_type(),
            };
            // As in go/types, a type parameter's underlying type is its constraint (so
            // that `map[K]V` in a signature is a valid map type).
            if let Type::Named(ph) = &tp.placeholder {
                *ph.underlying.borrow_mut() = tp.constraint.underlying();
            }
        }
        list
    }

    /// A type parameter's constraint: an interface, a union (`~int | float64`), a single
    /// type (`[T int]`, the interface of that one type) or `comparable`.
    pub(crate) fn constraint_type(&mut self, e: &'a Expr) -> Type {
        match &e.unparen().kind {
            ExprKind::Operation { op: Operator::Or, y: Some(_), .. }
            | ExprKind::Operation { op: Operator::Tilde, y: None, .. } => {
                let terms = self.union_terms(e);
                constraint_iface(Some(terms), false)
            }
            ExprKind::Name(n) if self.lookup(n) == Some(self.comparable_obj) => {
                self.record_use(e.unparen().id, self.comparable_obj);
                constraint_iface(None, true)
            }
            _ => {
                let t = self.constraint_or_type_expr(e);
                match t.underlying() {
                    Type::Interface(_) | Type::Invalid => t,
                    _ => constraint_iface(Some(vec![(false, t)]), false),
                }
            }
        }
    }

    /// The terms of a union (`~int | string | MyFloat`).
    pub(crate) fn union_terms(&mut self, e: &'a Expr) -> Vec<(bool, Type)> {
        match &e.unparen().kind {
            ExprKind::Operation { op: Operator::Or, x, y: Some(y) } => {
                let mut v = self.union_terms(x);
                v.extend(self.union_terms(y));
                v
            }
            ExprKind::Operation { op: Operator::Tilde, x, y: None } => {
                let t = self.type_expr(x);
                if !t.is_valid() {
                    return vec![];
                }
                if !identical(&t, &t.underlying()) {
                    let msg = format!(
                        "invalid use of ~ (underlying type of {} is {})",
                        self.ts(&t),
                        self.ts(&t.underlying())
                    );
                    self.error(e.unparen().start(), msg);
                    return vec![];
                }
                vec![(true, t)]
            }
            _ => {
                let t = self.constraint_or_type_expr(e);
                match t.underlying() {
                    // A constraint in a union (`Ordered | Complex`) adds its own terms.
                    Type::Interface(it) if it.terms.is_some() => {
                        it.terms.as_ref().map(|t| t.to_vec()).unwrap_or_default()
                    }
                    _ if t.is_valid() => vec![(false, t)],
                    _ => vec![],
                }
            }
        }
    }

    /// Whether `t` is, or is built from, a type parameter's placeholder.
    pub(crate) fn has_placeholder(&self, t: &Type) -> bool {
        match t {
            Type::Named(n) => {
                self.placeholders.contains(&n.id)
                    || n.origin
                        .as_ref()
                        .is_some_and(|(_, a)| a.iter().any(|t| self.has_placeholder(t)))
            }
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => {
                self.has_placeholder(e)
            }
            Type::Map(k, v) => self.has_placeholder(k) || self.has_placeholder(v),
            Type::Func(s) => s.params.iter().chain(&s.results).any(|t| self.has_placeholder(t)),
            Type::Struct(st) => st.fields.iter().any(|f| self.has_placeholder(&f.ty)),
            Type::Tuple(l) => l.iter().any(|t| self.has_placeholder(t)),
            Type::Interface(it) => {
                it.all_methods.iter().any(|(_, s)| self.has_placeholder(&Type::Func(s.clone())))
                    || it
                        .terms
                        .as_ref()
                        .is_some_and(|t| t.iter().any(|(_, t)| self.has_placeholder(t)))
            }
            _ => false,
        }
    }

    /// `t` with each placeholder of `map` replaced by its type (instantiating generic
    /// types on the way: `*List[T]` becomes `*List[int]`).
    pub(crate) fn subst(&mut self, t: &Type, map: &[(u32, Type)], at: Pos) -> Type {
        if !self.has_placeholder(t) {
            return t.clone();
        }
        let rc = |t: Type| Rc::new(t);
        match t {
            Type::Named(n) => {
                if let Some((_, r)) = map.iter().find(|(id, _)| *id == n.id) {
                    return r.clone();
                }
                match &n.origin {
                    Some((o, targs)) => {
                        let targs: Vec<Type> =
                            targs.iter().map(|a| self.subst(a, map, at)).collect();
                        self.instantiate_type(*o, targs, at)
                    }
                    None => t.clone(),
                }
            }
            Type::Pointer(e) => Type::Pointer(rc(self.subst(e, map, at))),
            Type::Slice(e) => Type::Slice(rc(self.subst(e, map, at))),
            Type::Array(n, e) => Type::Array(*n, rc(self.subst(e, map, at))),
            Type::Chan(d, e) => Type::Chan(*d, rc(self.subst(e, map, at))),
            Type::Map(k, v) => Type::Map(rc(self.subst(k, map, at)), rc(self.subst(v, map, at))),
            Type::Func(s) => Type::Func(Rc::new(self.subst_sig(s, map, at))),
            Type::Tuple(l) => Type::tuple(l.iter().map(|t| self.subst(t, map, at)).collect()),
            Type::Struct(st) => {
                let fields = st
                    .fields
                    .iter()
                    .map(|f| StructField { ty: self.subst(&f.ty, map, at), ..f.clone() })
                    .collect();
                Type::Struct(Rc::new(StructType { fields }))
            }
            Type::Interface(it) => {
                let methods: Vec<(String, Rc<Signature>)> = it
                    .all_methods
                    .iter()
                    .map(|(n, s)| (n.clone(), Rc::new(self.subst_sig(s, map, at))))
                    .collect();
                let terms = it.terms.as_ref().map(|terms| {
                    terms.iter().map(|(tilde, t)| (*tilde, self.subst(t, map, at))).collect()
                });
                let mut new = InterfaceType::new(methods, vec![]);
                new.terms = terms.map(Rc::new);
                new.comparable = it.comparable;
                Type::Interface(Rc::new(new))
            }
            _ => t.clone(),
        }
    }

    fn subst_sig(&mut self, s: &Signature, map: &[(u32, Type)], at: Pos) -> Signature {
        Signature {
            params: s.params.iter().map(|t| self.subst(t, map, at)).collect(),
            results: s.results.iter().map(|t| self.subst(t, map, at)).collect(),
            ..s.clone()
        }
    }
}

/// A constraint interface with these terms and no methods.
/// Type parameter names as go/types lists them: `T`, `T and U`, `K, V, and E`.
fn tparams_string(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

/// The interface `comparable` is: no methods, the comparable types.
pub(crate) fn comparable_iface() -> Type {
    constraint_iface(None, true)
}

fn constraint_iface(terms: Option<Vec<(bool, Type)>>, comparable: bool) -> Type {
    Type::Interface(Rc::new(InterfaceType {
        terms: terms.map(Rc::new),
        comparable,
        ..Default::default()
    }))
}

/// The receiver's base type expression (`List[T]` of `*List[T]`) and whether it is a
/// pointer receiver.
pub(crate) fn recv_base(te: &Expr) -> (&Expr, bool) {
    let b = te.unparen();
    match &b.kind {
        ExprKind::Operation { op: Operator::Mul, x, y: None } => (x.unparen(), true),
        _ => (b, false),
    }
}

// ---- declarations

impl<'a> Checker<'a> {
    /// `func F[T any](...)`: its type parameters and placeholder signature are recorded for
    /// instantiation; the declaration is checked once with invalid type parameters.
    pub(crate) fn generic_func_decl(&mut self, fd: &'a FuncDecl, f: FuncIdx, o: ObjId) {
        self.open_scope(false);
        let tparams = self.type_params(&fd.tparams);
        let sig = self.func_type(&fd.ty, f);
        self.close_scope();
        self.open_scope(false);
        let names = Self::type_param_names(fd);
        self.bind_method_set_tparams(&names, &tparams);
        self.declare_type_params(&names);
        let template = self.func_type(&fd.ty, f);
        self.close_scope();
        self.info.funcs[f as usize].sig = template;
        self.info.generic_decls.insert(fd.name.id);
        let g = Generic {
            decl: GenericDecl::Func(fd),
            tparams,
            sig: Some(sig),
            methods: vec![],
            instances: vec![],
            home: None,
        };
        self.generics.insert(o, g);
    }

    /// `type List[T any] struct{...}`: recorded for instantiation, with its methods (found
    /// here, so that an instance made before the methods are collected still has them);
    /// the definition is checked once with invalid type parameters.
    /// `local`: declared in a function (no methods; instances see the function's scope).
    pub(crate) fn generic_type_decl(&mut self, td: &'a TypeDecl, o: ObjId, local: bool) {
        let named = self.new_named(Some("main"), &td.name.value, Type::Invalid);
        self.generic_types.insert(named.id);
        self.obj_mut(o).ty = Type::Named(named);
        self.open_scope(false);
        let tparams = self.type_params(&td.tparams);
        self.close_scope();
        let methods = if local { vec![] } else { self.generic_methods_of(&td.name.value) };
        let home = local.then_some(self.scope);
        // Recorded before the definition is checked, which may name the type itself.
        let decl = GenericDecl::Type(td);
        let g = Generic { decl, tparams, sig: None, methods, instances: vec![], home };
        self.generics.insert(o, g);
        self.open_scope(false);
        let names: Vec<(String, Pos, NodeId)> = td
            .tparams
            .iter()
            .filter_map(|f| f.name.as_ref())
            .map(|n| (n.value.clone(), n.pos, n.id))
            .collect();
        self.declare_type_params(&names);
        let _ = self.constraint_or_type_expr(&td.ty);
        self.close_scope();
    }

    /// The method declarations whose receiver is generic type `name` (`func (l *List[T])`).
    fn generic_methods_of(&self, name: &str) -> Vec<&'a FuncDecl> {
        let file = self.file;
        file.decls
            .iter()
            .filter_map(|d| match d {
                Decl::Func(fd) => Some(fd),
                _ => None,
            })
            .filter(|fd| {
                let Some(te) = fd.recv.as_ref().and_then(|r| r.ty.as_ref()) else { return false };
                match &recv_base(te).0.kind {
                    ExprKind::Index { x, .. } => x.is_name() == Some(name),
                    _ => false,
                }
            })
            .collect()
    }

    /// Whether e names a generic type declared in the file.
    pub(crate) fn is_generic_type(&self, e: &Expr) -> bool {
        let Some(n) = e.unparen().is_name() else { return false };
        match self.lookup(n).map(|o| &self.obj(o).ty) {
            Some(Type::Named(t)) => self.generic_types.contains(&t.id),
            _ => false,
        }
    }

    /// A method of a generic type, checked once with the receiver's type parameters as
    /// invalid types (its instances are made with the type's, `instantiate_method`).
    pub(crate) fn generic_method(&mut self, f: FuncIdx, fd: &'a FuncDecl, ptr: bool) {
        self.open_scope(false);
        let names = Self::type_param_names(fd);
        self.declare_type_params(&names);
        let msig = self.func_type(&fd.ty, f);
        self.close_scope();
        let mut full = (*msig).clone();
        full.params.insert(0, Type::Invalid);
        if !full.param_names.is_empty() {
            full.param_names.insert(0, String::new());
        }
        let fi = &mut self.info.funcs[f as usize];
        fi.sig = Rc::new(full);
        fi.name = format!("main.{}{}", if ptr { "(*generic)." } else { "generic." }, fd.name.value);
        self.info.generic_decls.insert(fd.name.id);
        self.pending_bodies.push((fd, f, None));
    }

    /// The generic function or type that `e` (a name, possibly parenthesized) denotes.
    pub(crate) fn generic_obj(&mut self, e: &Expr, func: bool) -> Option<ObjId> {
        let o = match e.unparen().is_name() {
            Some(n) => self.lookup(n)?,
            None => self.prelude_generic(e)?,
        };
        if !matches!(self.obj(o).kind, ObjKind::Func(_) | ObjKind::TypeName) {
            return None;
        }
        self.obj_decl(o);
        let g = self.generics.get(&o)?;
        match g.decl {
            GenericDecl::Func(_) if func => Some(o),
            GenericDecl::Type(_) if !func => Some(o),
            _ => None,
        }
    }

    /// The prelude's generic function that `pkg.name` (a selector on an imported package)
    /// stands for: `slices.Collect` is `gopark__slices__Collect` (see lang/prelude.go).
    pub(crate) fn prelude_func(&mut self, e: &Expr) -> Option<ObjId> {
        let ExprKind::Selector { x, sel } = &e.unparen().kind else { return None };
        if self.file.prelude_line == 0 {
            return None;
        }
        let p = self.lookup(x.is_name()?)?;
        let ObjKind::PkgName(path) = &self.obj(p).kind else { return None };
        // Named by the package's name (math/rand/v2's N is gopark__rand__N).
        let name = format!("gopark__{}__{}", super::libsig::pkg_name(path), sel.value);
        let o = *self.scopes[self.pkg_scope].names.get(&name)?;
        self.obj_decl(o);
        self.generics.get(&o)?;
        self.obj_mut(p).used = true;
        self.record_use(x.id, p);
        Some(o)
    }

    /// The generic declaration of a package written in Go that `pkg.Name` stands for
    /// (`atomic.Pointer` is `gopark__atomic__Pointer`).
    fn prelude_generic(&mut self, e: &Expr) -> Option<ObjId> {
        let ExprKind::Selector { x, sel } = &e.unparen().kind else { return None };
        let p = self.lookup(x.is_name()?)?;
        let ObjKind::PkgName(path) = &self.obj(p).kind else { return None };
        let o = self.prelude_member(&path.clone(), &sel.value)?;
        self.obj_mut(p).used = true;
        self.record_use(x.id, p);
        self.record_use(sel.id, o);
        Some(o)
    }

    /// The prelude's (non-generic) function that `path.name` of a standard package stands
    /// for: `strings.SplitSeq` is `gopark__strings__SplitSeq` (see lang/prelude.go).
    pub(crate) fn prelude_std_func(&mut self, path: &str, name: &str) -> Option<ObjId> {
        if self.file.prelude_line == 0 || crate::lang::prelude::is_prelude_package(path) {
            return None;
        }
        // Named by the path's last element (gopark__filepath__WalkDir).
        let pkg = path.rsplit('/').next().unwrap_or(path);
        let mangled = format!("gopark__{pkg}__{name}");
        let o = *self.scopes[self.pkg_scope].names.get(&mangled)?;
        if !matches!(self.obj(o).kind, ObjKind::Func(_)) {
            return None;
        }
        self.obj_decl(o);
        Some(o)
    }

    /// The prelude's package-level variable that `path.name` stands for:
    /// `runtime.MemProfileRate` is `gopark__runtime__MemProfileRate` (see lang/prelude.go).
    pub(crate) fn prelude_var(&mut self, path: &str, name: &str) -> Option<ObjId> {
        if self.file.prelude_line == 0 {
            return None;
        }
        let o = *self.scopes[self.pkg_scope].names.get(&format!("gopark__{path}__{name}"))?;
        if !matches!(self.obj(o).kind, ObjKind::Var { .. }) {
            return None;
        }
        self.obj_decl(o);
        Some(o)
    }

    /// `List[T any]`, as messages name a generic type.
    pub(crate) fn generic_type_string(&self, o: ObjId) -> String {
        let Some(g) = self.generics.get(&o) else { return self.obj(o).name.clone() };
        let list: Vec<String> =
            g.tparams.iter().map(|t| format!("{} {}", t.name, t.constraint_src)).collect();
        format!("{}[{}]", self.obj(o).name, list.join(", "))
    }
}

// ---- the library's generic types

/// The origins (in place of a generic type's object) of iter.Seq and iter.Seq2, the
/// library's generic types.
const ITER_SEQ: ObjId = ObjId::MAX - 1;
const ITER_SEQ2: ObjId = ObjId::MAX - 2;

impl<'a> Checker<'a> {
    /// `iter.Seq[V]` / `iter.Seq2[K, V]` (`e`, in package `path`): the instance, or None
    /// if `x` names no generic library type.
    pub(crate) fn lib_generic_type(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        index: &'a Expr,
    ) -> Option<Type> {
        let ExprKind::Selector { x: pkg, sel } = &x.unparen().kind else { return None };
        let pkg_name = pkg.is_name()?;
        // The prelude names iter without importing it.
        let in_prelude = self.file.prelude_line > 0 && e.pos.line >= self.file.prelude_line;
        let path = match self.lookup(pkg_name) {
            Some(o) => match self.obj(o).kind.clone() {
                ObjKind::PkgName(path) => {
                    self.obj_mut(o).used = true;
                    self.record_use(pkg.id, o);
                    path
                }
                _ => return None,
            },
            None if in_prelude => pkg_name.to_string(),
            None => return None,
        };
        let origin = match (path.as_str(), sel.value.as_str()) {
            ("iter", "Seq") => ITER_SEQ,
            ("iter", "Seq2") => ITER_SEQ2,
            _ => return None,
        };
        let targs: Vec<Type> = index.list().into_iter().map(|t| self.type_expr(t)).collect();
        let want = if origin == ITER_SEQ { 1 } else { 2 };
        if targs.len() != want {
            let msg = format!(
                "{} type arguments for type {}: have {}, want {want}",
                if targs.len() < want { "not enough" } else { "too many" },
                sel.value,
                targs.len()
            );
            self.error(e.start(), msg);
            return Some(Type::Invalid);
        }
        Some(self.iter_type(origin, targs))
    }

    /// cmp.Ordered: the constraint of the types `<` orders.
    pub(crate) fn cmp_ordered(&mut self) -> Type {
        if let Some(t) = &self.ordered {
            return t.clone();
        }
        use BasicKind::*;
        let kinds = [
            Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32,
            Float64, String,
        ];
        let terms = kinds.iter().map(|k| (true, Type::Basic(*k))).collect();
        let t = Type::Named(self.new_named(
            Some("cmp"),
            "Ordered",
            constraint_iface(Some(terms), false),
        ));
        self.ordered = Some(t.clone());
        t
    }

    /// The instance of iter.Seq or iter.Seq2: `func(yield func(V) bool)` named so.
    fn iter_type(&mut self, origin: ObjId, targs: Vec<Type>) -> Type {
        if targs.iter().any(|t| !t.is_valid()) {
            return Type::Invalid;
        }
        let same = |(o, a, _): &&(ObjId, Vec<Type>, Type)| {
            *o == origin
                && a.len() == targs.len()
                && a.iter().zip(&targs).all(|(x, y)| identical(x, y))
        };
        if let Some((_, _, t)) = self.iter_types.iter().find(same) {
            return t.clone();
        }
        let yield_ =
            Signature { params: targs.clone(), results: vec![Type::bool()], ..Default::default() };
        let u = Type::Func(Rc::new(Signature {
            params: vec![Type::Func(Rc::new(yield_))],
            param_names: vec!["yield".into()],
            ..Default::default()
        }));
        self.next_named += 1;
        let t = Type::Named(Rc::new(Named {
            id: self.next_named,
            pkg: Some("iter".into()),
            name: if origin == ITER_SEQ { "Seq" } else { "Seq2" }.into(),
            underlying: RefCell::new(u),
            methods: RefCell::new(Vec::new()),
            origin: Some((origin, targs.clone())),
        }));
        self.iter_types.push((origin, targs, t.clone()));
        t
    }
}

// ---- instantiation

impl<'a> Checker<'a> {
    /// Switches to the package context to declare something (as `obj_decl` does).
    pub(crate) fn enter_package(&mut self) -> Saved {
        let saved = Saved {
            scope: self.scope,
            funcs: std::mem::take(&mut self.funcs),
            iota: self.iota.take(),
            var_deps: self.var_deps.take(),
        };
        self.scope = self.file_scope;
        saved
    }

    pub(crate) fn leave_package(&mut self, s: Saved) {
        self.scope = s.scope;
        self.funcs = s.funcs;
        self.iota = s.iota;
        self.var_deps = s.var_deps;
    }

    /// A scope (in the file scope of the declaration at `at`: the program's or the
    /// prelude's) where the type parameters are names of the type arguments; it becomes the
    /// current scope.
    fn bind_type_params(&mut self, names: &[String], targs: &[Type], at: Pos) -> ScopeId {
        let s = self.new_scope(Some(self.file_scope_at(at)), false);
        for (name, t) in names.iter().zip(targs) {
            let o = self.new_obj(Object::new(name, Pos::NONE, t.clone(), ObjKind::TypeName));
            self.obj_mut(o).used = true;
            self.declare(s, None, o);
        }
        self.scope = s;
        s
    }

    /// A fresh copy of a generic declaration, added to the file's instances.
    fn reparse(&mut self, tok: u32, func: bool) -> Option<&'a Decl> {
        let file = self.file;
        let (d, next) = crate::lang::parser::reparse(file, tok, func, self.next_node)?;
        self.next_node = next;
        if self.info.types.len() < next as usize + 1 {
            self.info.types.resize(next as usize + 1, None);
        }
        Some(file.instances.push(d))
    }

    /// The instance of generic `o` for `targs` made before, if any.
    fn find_instance(&self, o: ObjId, targs: &[Type]) -> Option<(Type, Option<ObjId>)> {
        let g = self.generics.get(&o)?;
        g.instances
            .iter()
            .find(|(a, _, _)| {
                a.len() == targs.len() && a.iter().zip(targs).all(|(x, y)| identical(x, y))
            })
            .map(|(_, t, f)| (t.clone(), *f))
    }

    /// Counts one more instance; false (with an error at `at`) past the limit, or when a
    /// type argument is nested so deep that only an instantiation cycle explains it
    /// (`F[*T]` inside `F`, `Box[Box[T]]` inside `Box`: each instance makes a bigger one).
    fn count_instance(&mut self, o: ObjId, targs: &[Type], at: Pos) -> bool {
        if let Some(i) = targs.iter().position(|t| type_depth(t, 0) > MAX_TYPE_DEPTH) {
            // gc reports the type parameter, then where it grew.
            let (name, pos) = match self.generics.get(&o).and_then(|g| g.tparams.get(i)) {
                Some(tp) => (tp.name.clone(), tp.pos),
                None => (String::new(), at),
            };
            let msg = format!(
                "instantiation cycle:\n\t{}: {name} instantiated as {}",
                self.fmt_pos(at),
                self.ts(&targs[i])
            );
            self.error(pos, msg);
            return false;
        }
        self.ninstances += 1;
        if self.ninstances == MAX_INSTANCES + 1 {
            let msg = format!(
                "instantiation cycle or too many instances of generic functions and types (gopark stops at {MAX_INSTANCES})"
            );
            self.error(at, msg);
        }
        self.ninstances <= MAX_INSTANCES
    }

    /// The placeholder ids of generic `o`'s type parameters, paired with `targs`.
    fn placeholder_map(&self, o: ObjId, targs: &[Type]) -> Vec<(u32, Type)> {
        let Some(g) = self.generics.get(&o) else { return vec![] };
        g.tparams
            .iter()
            .zip(targs)
            .filter_map(|(tp, t)| match &tp.placeholder {
                Type::Named(n) => Some((n.id, t.clone())),
                _ => None,
            })
            .collect()
    }

    /// Checks that each type argument satisfies its constraint (with the other type
    /// arguments substituted in it), reporting the first that does not at `at`.
    /// Reported at the type argument's position when known (`arg_pos`), else at `at`.
    fn check_constraints(&mut self, o: ObjId, targs: &[Type], at: Pos, arg_pos: &[Pos]) -> bool {
        let map = self.placeholder_map(o, targs);
        let n = self.generics.get(&o).map(|g| g.tparams.len()).unwrap_or(0);
        for (i, t) in targs.iter().enumerate().take(n) {
            let (c, src) = {
                let tp = &self.generics[&o].tparams[i];
                (tp.constraint.clone(), tp.constraint_src.clone())
            };
            let c = self.subst(&c, &map, at);
            if let Err(msg) = self.satisfies(t, &c, &src) {
                let pos = arg_pos.get(i).copied().unwrap_or(at);
                self.error(pos, msg);
                return false;
            }
        }
        true
    }

    /// Whether `t` satisfies constraint `c` (written `src`), or why not in go/types' words.
    pub(crate) fn satisfies(&self, t: &Type, c: &Type, src: &str) -> Result<(), String> {
        let Type::Interface(it) = c.underlying() else { return Ok(()) };
        let ts = self.ts(t);
        let cname = if c.is_named() || src.is_empty() { self.ts(c) } else { src.to_string() };
        if let Some(terms) = &it.terms {
            let ok = terms.iter().any(|(tilde, x)| {
                if *tilde {
                    identical(&t.underlying(), x)
                } else {
                    identical(t, x)
                }
            });
            if !ok {
                if terms.is_empty() {
                    return Err(format!("{ts} does not satisfy {cname} (empty type set)"));
                }
                let list = terms_string(terms);
                return Err(format!("{ts} does not satisfy {cname} ({ts} missing in {list})"));
            }
        }
        if it.comparable && !comparable(t) {
            return Err(format!("{ts} does not satisfy comparable"));
        }
        if let Some(cause) = self.missing_cause(t, &it.all_methods, true, None) {
            return Err(format!("{ts} does not satisfy {cname} {cause}"));
        }
        Ok(())
    }

    /// The instance of generic function `o` for `targs`: a function object whose
    /// declaration is a fresh copy checked with the type arguments. None (after an error,
    /// or silently for invalid arguments) if there is none.
    pub(crate) fn instantiate_func(
        &mut self,
        o: ObjId,
        targs: Vec<Type>,
        at: Pos,
    ) -> Option<ObjId> {
        if targs.iter().any(|t| !t.is_valid() || self.has_placeholder(t)) {
            return None;
        }
        if let Some((_, f)) = self.find_instance(o, &targs) {
            return f;
        }
        if !self.check_constraints(o, &targs, at, &[]) || !self.count_instance(o, &targs, at) {
            return None;
        }
        let g = self.generics.get(&o)?;
        let GenericDecl::Func(fd) = g.decl else { return None };
        let names: Vec<String> = g.tparams.iter().map(|t| t.name.clone()).collect();
        let Some(Decl::Func(nfd)) = self.reparse(fd.tok, true) else { return None };
        let saved = self.enter_package();
        let scope = self.bind_type_params(&names, &targs, fd.name.pos);
        // A prelude function is named as Go names the library's (slices.Collect[...]).
        let name = match fd.name.value.strip_prefix("gopark__").and_then(|n| n.split_once("__")) {
            Some((pkg, f)) => format!("{pkg}.{f}[...]"),
            None => format!("main.{}[...]", fd.name.value),
        };
        let f = self.new_func(name, Rc::new(Signature::default()), None, nfd.pos);
        self.info.func_of.insert(nfd.name.id, f);
        let sig = self.func_type(&nfd.ty, f);
        self.info.funcs[f as usize].sig = sig.clone();
        let kind = ObjKind::Func(f);
        let inst = self.new_obj(Object::new(&fd.name.value, fd.name.pos, Type::Func(sig), kind));
        self.obj_mut(inst).used = true;
        let t = self.obj(inst).ty.clone();
        if let Some(g) = self.generics.get_mut(&o) {
            g.instances.push((targs, t, Some(inst)));
        }
        self.pending_bodies.push((nfd, f, Some(scope)));
        self.leave_package(saved);
        Some(inst)
    }

    /// The instance of generic type `o` for `targs`: a named type `List[int]` whose
    /// underlying type and methods come from fresh copies of the declarations checked with
    /// the type arguments. With placeholders among the arguments (`List[T]` in a generic
    /// signature) the instance only records them, for inference and substitution.
    pub(crate) fn instantiate_type(&mut self, o: ObjId, targs: Vec<Type>, at: Pos) -> Type {
        // Set by instantiate_generic_type for this instance only (not those made on the way).
        let arg_pos = std::mem::take(&mut self.targ_pos);
        if targs.iter().any(|t| !t.is_valid()) {
            return Type::Invalid;
        }
        if o == ITER_SEQ || o == ITER_SEQ2 {
            return self.iter_type(o, targs);
        }
        if let Some((t, _)) = self.find_instance(o, &targs) {
            return t;
        }
        let partial = targs.iter().any(|t| self.has_placeholder(t));
        if !partial
            && (!self.check_constraints(o, &targs, at, &arg_pos)
                || !self.count_instance(o, &targs, at))
        {
            return Type::Invalid;
        }
        let Some(g) = self.generics.get(&o) else { return Type::Invalid };
        let GenericDecl::Type(td) = g.decl else { return Type::Invalid };
        let names: Vec<String> = g.tparams.iter().map(|t| t.name.clone()).collect();
        let methods = g.methods.clone();
        let home = g.home;
        self.next_named += 1;
        let named = Rc::new(Named {
            id: self.next_named,
            pkg: Some("main".into()),
            name: td.name.value.clone(),
            underlying: RefCell::new(Type::Invalid),
            methods: RefCell::new(Vec::new()),
            origin: Some((o, targs.clone())),
        });
        let t = Type::Named(named.clone());
        if let Some(g) = self.generics.get_mut(&o) {
            g.instances.push((targs.clone(), t.clone(), None));
        }
        let Some(Decl::Type(ntd)) = self.reparse(td.tok, false) else { return Type::Invalid };
        let saved = self.enter_package();
        let scope = self.bind_type_params(&names, &targs, td.name.pos);
        if let Some(home) = home {
            self.scopes[scope].parent = Some(home);
        }
        let u = self.type_expr(&ntd.ty).underlying();
        *named.underlying.borrow_mut() = u;
        let mut path = vec![named.clone()];
        if self.value_cycle(&named, &mut path) {
            // `type E[T any] struct{ e E[T] }`: no finite size (and every walk over its
            // fields would loop), as for a non-generic type.
            let msg = format!("invalid recursive type: {} refers to itself", td.name.value);
            self.error(td.name.pos, msg);
            for n in &path {
                *n.underlying.borrow_mut() = Type::Invalid;
            }
        }
        // A partial instance (`Setter[T]` as a constraint) needs its underlying type for
        // inference, but no methods: nothing calls them.
        if !partial {
            for m in methods {
                self.instantiate_method(&named, m, &targs);
            }
        }
        self.leave_package(saved);
        t
    }

    /// Adds to instance `named` its copy of method `fd` of the generic type, checked with
    /// the receiver's type parameter names bound to `targs`.
    fn instantiate_method(&mut self, named: &Rc<Named>, fd: &'a FuncDecl, targs: &[Type]) {
        let Some(Decl::Func(nfd)) = self.reparse(fd.tok, true) else { return };
        let Some(rte) = nfd.recv.as_ref().and_then(|r| r.ty.as_ref()) else { return };
        let (base, ptr) = recv_base(rte);
        let names: Vec<String> = Self::type_param_names(nfd).into_iter().map(|n| n.0).collect();
        if names.len() != targs.len() {
            // Reported with the generic declaration.
            return;
        }
        let scope = self.bind_type_params(&names, targs, nfd.name.pos);
        let f = self.new_func(String::new(), Rc::new(Signature::default()), None, nfd.pos);
        self.info.func_of.insert(nfd.name.id, f);
        let msig = self.func_type(&nfd.ty, f);
        let u = named.underlying.borrow().clone();
        let name = nfd.name.value.clone();
        if name != "_" && !self.add_method(named, &u, base, nfd, &msig, ptr, f) {
            return;
        }
        // Go's tracebacks name methods of generic types so: main.(*List[...]).Push.
        let type_name = format!("{}[...]", named.name);
        self.method_func(f, named, &msig, ptr, &type_name, &name);
        self.pending_bodies.push((nfd, f, Some(scope)));
    }
}

// ---- inference and calls

impl<'a> Checker<'a> {
    /// Binds the placeholders (`tps`) in pattern `p` to the parts of `a` they stand for;
    /// false if the two cannot match. Placeholder-free parts are left to assignability.
    fn unify(&self, p: &Type, a: &Type, tps: &[u32], bound: &mut [Option<Type>]) -> bool {
        if let Type::Named(n) = p {
            if let Some(i) = tps.iter().position(|id| *id == n.id) {
                return match &bound[i] {
                    None => {
                        bound[i] = Some(a.clone());
                        true
                    }
                    Some(b) if identical(b, a) => true,
                    // Inexact unification: a named type and an unnamed one with the same
                    // underlying type match, and the named one is kept.
                    Some(b)
                        if identical(&b.underlying(), &a.underlying())
                            && !(b.is_named() && a.is_named()) =>
                    {
                        if a.is_named() {
                            bound[i] = Some(a.clone());
                        }
                        true
                    }
                    Some(_) => false,
                };
            }
        }
        if !self.has_placeholder(p) {
            return true;
        }
        if let (Type::Named(pn), Type::Named(an)) = (p, a) {
            if let (Some((o1, x)), Some((o2, y))) = (&pn.origin, &an.origin) {
                if o1 == o2 && x.len() == y.len() {
                    return x.iter().zip(y).all(|(x, y)| self.unify(x, y, tps, bound));
                }
            }
        }
        if let Some(ok) = self.unify_interface(p, a, tps, bound) {
            return ok;
        }
        if let (Type::Named(_), Type::Named(_)) = (p, a) {
            return false;
        }
        if p.is_named() {
            // Inexact unification: iter.Seq[T] matches an unnamed func(func(int) bool).
            return !a.is_named() && self.unify(&p.underlying(), a, tps, bound);
        }
        let au = a.underlying();
        match (p, &au) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(x, y, tps, bound)
            }
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.unify(x, y, tps, bound),
            (Type::Chan(_, x), Type::Chan(_, y)) => self.unify(x, y, tps, bound),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(k1, k2, tps, bound) && self.unify(v1, v2, tps, bound)
            }
            (Type::Func(s1), Type::Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1.params.iter().zip(&s2.params).all(|(x, y)| self.unify(x, y, tps, bound))
                    && s1.results.iter().zip(&s2.results).all(|(x, y)| self.unify(x, y, tps, bound))
            }
            (Type::Struct(s1), Type::Struct(s2)) => {
                s1.fields.len() == s2.fields.len()
                    && s1
                        .fields
                        .iter()
                        .zip(&s2.fields)
                        .all(|(x, y)| x.name == y.name && self.unify(&x.ty, &y.ty, tps, bound))
            }
            _ => false,
        }
    }

    /// Interface inference (Go 1.21): an interface type with type parameters unifies with
    /// a type that has each of its methods, or with an interface whose methods it has or
    /// that has its methods, when the corresponding signatures unify. None when `p` is not
    /// an interface.
    fn unify_interface(
        &self,
        p: &Type,
        a: &Type,
        tps: &[u32],
        bound: &mut [Option<Type>],
    ) -> Option<bool> {
        let Type::Interface(pi) = p.underlying() else { return None };
        if pi.terms.is_some() {
            return Some(false);
        }
        let sig_of = |name: &str| -> Option<Rc<crate::lang::types::Signature>> {
            match crate::lang::lookup::lookup_field_or_method(a, false, name, false) {
                crate::lang::lookup::Lookup::Found { obj, .. } => obj.sig().cloned(),
                _ => None,
            }
        };
        if let Type::Interface(ai) = a.underlying() {
            // Every method of the interface with fewer methods must be the other's.
            let (pm, am) = (&pi.all_methods, &ai.all_methods);
            let p_small = pm.len() <= am.len();
            let (small, big) = if p_small { (pm, am) } else { (am, pm) };
            for (name, s) in small {
                let Some((_, b)) = big.iter().find(|(n, _)| n == name) else {
                    return Some(false);
                };
                let (ps, asig) = if p_small { (s, b) } else { (b, s) };
                if !self.unify(&Type::Func(ps.clone()), &Type::Func(asig.clone()), tps, bound) {
                    return Some(false);
                }
            }
            return Some(ai.terms.is_none());
        }
        for (name, ps) in &pi.all_methods {
            let Some(asig) = sig_of(name) else { return Some(false) };
            if !self.unify(&Type::Func(ps.clone()), &Type::Func(asig), tps, bound) {
                return Some(false);
            }
        }
        Some(true)
    }

    /// The type arguments of a call of generic function `o`: `explicit` ones first, the
    /// others inferred from the arguments and the constraints' core types. None after an
    /// error.
    fn infer(
        &mut self,
        o: ObjId,
        explicit: Vec<Type>,
        argv: &[Operand<'a>],
        has_dots: bool,
        fun: &'a Expr,
    ) -> Option<Vec<Type>> {
        let g = self.generics.get(&o)?;
        let sig = g.sig.clone()?;
        let tps: Vec<u32> = g
            .tparams
            .iter()
            .filter_map(|t| match &t.placeholder {
                Type::Named(n) => Some(n.id),
                _ => None,
            })
            .collect();
        let names: Vec<String> = g.tparams.iter().map(|t| t.name.clone()).collect();
        let constraints: Vec<Type> = g.tparams.iter().map(|t| t.constraint.clone()).collect();
        let n = tps.len();
        if explicit.len() > n {
            let msg = format!("got {} type arguments but want {}", explicit.len(), n);
            self.error(surplus_type_arg(fun, n), msg);
            return None;
        }
        if explicit.len() == n {
            // Nothing to infer: the arguments are checked against the instance's parameters.
            return Some(explicit);
        }
        let mut bound: Vec<Option<Type>> = explicit.into_iter().map(Some).collect();
        bound.resize(n, None);
        // The parameter each argument is passed to (a variadic one takes the rest).
        let param_of = |i: usize| -> Option<Type> {
            let last = sig.params.len().checked_sub(1)?;
            if sig.variadic && i >= last {
                let e = sig.params[last].clone();
                return Some(if has_dots { Type::Slice(Rc::new(e)) } else { e });
            }
            sig.params.get(i).cloned()
        };
        for (i, a) in argv.iter().enumerate() {
            let Some(p) = param_of(i) else { break };
            if a.ty.is_untyped() {
                continue;
            }
            if !self.unify(&p, &a.ty, &tps, &mut bound) {
                let map: Vec<(u32, Type)> = tps
                    .iter()
                    .zip(&bound)
                    .filter_map(|(id, b)| b.clone().map(|b| (*id, b)))
                    .collect();
                let want = self.subst(&p, &map, fun.start());
                let what = a.expr.map(expr_string).unwrap_or_default();
                // go/types' infer errorf: which types it could name.
                let tail = if map.is_empty() {
                    format!("{} (cannot infer {})", self.ts(&p), tparams_string(&names))
                } else if !identical(&want, &p) {
                    format!("inferred type {} for {}", self.ts(&want), self.ts(&p))
                } else {
                    self.ts(&p)
                };
                let (f, at) = (expr_string(fun), self.ts(&a.ty));
                self.error(
                    a.pos(),
                    format!("in call to {f}, type {at} of {what} does not match {tail}"),
                );
                return None;
            }
        }
        // Constraint type inference before untyped defaults, as go/types orders them
        // (Scale(Vec{1}, 2) with [S ~[]E]: E is float64 from Vec, not int from 2).
        self.core_type_inference(&tps, &constraints, &mut bound, fun.start());
        // Untyped constants passed to a bare type parameter: the default type of the
        // largest kind among them (Go 1.21).
        for (k, id) in tps.iter().enumerate() {
            if bound[k].is_some() {
                continue;
            }
            let mut best: Option<BasicKind> = None;
            for (i, a) in argv.iter().enumerate() {
                let is_tp = matches!(param_of(i), Some(Type::Named(ref nm)) if nm.id == *id);
                if let (true, Type::Basic(kind)) = (is_tp, &a.ty) {
                    if kind.is_untyped() && *kind != BasicKind::UntypedNil {
                        if let Some(b) = best.filter(|b| !b.is_numeric() || !kind.is_numeric()) {
                            if b != *kind {
                                let msg = format!(
                                    "in call to {}, mismatched types {} and {} (cannot infer {})",
                                    expr_string(fun),
                                    b.name(),
                                    kind.name(),
                                    names[k]
                                );
                                self.error(a.pos(), msg);
                                return None;
                            }
                        }
                        best = Some(match best {
                            Some(b) if untyped_rank(b) >= untyped_rank(*kind) => b,
                            _ => *kind,
                        });
                    }
                }
            }
            if let Some(k2) = best {
                bound[k] = Some(Type::Basic(k2).default_type());
            }
        }
        self.core_type_inference(&tps, &constraints, &mut bound, fun.start());
        if let Some(k) = bound.iter().position(|b| b.is_none()) {
            // gc adds where the type parameter is declared.
            let decl = self.fmt_pos(self.generics[&o].tparams[k].pos);
            let msg =
                format!("in call to {}, cannot infer {} ({decl})", expr_string(fun), names[k]);
            self.error(call_paren(fun), msg);
            return None;
        }
        Some(bound.into_iter().flatten().collect())
    }

    /// Constraint type inference: a type parameter whose constraint has a single term
    /// (its core type, `~[]E`) unifies that term with its argument, or takes it as its
    /// type once the term's own parameters are known.
    fn core_type_inference(
        &mut self,
        tps: &[u32],
        constraints: &[Type],
        bound: &mut [Option<Type>],
        at: Pos,
    ) {
        for _round in 0..=tps.len() {
            let mut changed = false;
            for (i, c) in constraints.iter().enumerate() {
                let Type::Interface(it) = c.underlying() else { continue };
                let Some(terms) = &it.terms else { continue };
                let [(tilde, core)] = terms.as_slice() else { continue };
                let before = bound.iter().filter(|b| b.is_some()).count();
                match bound[i].clone() {
                    Some(b) => {
                        let target = if *tilde { b.underlying() } else { b };
                        let _ = self.unify(core, &target, tps, bound);
                    }
                    None => {
                        let map: Vec<(u32, Type)> = tps
                            .iter()
                            .zip(bound.iter())
                            .filter_map(|(id, b)| b.clone().map(|b| (*id, b)))
                            .collect();
                        let t = self.subst(core, &map, at);
                        if !self.has_placeholder(&t) {
                            bound[i] = Some(t);
                        }
                    }
                }
                changed |= bound.iter().filter(|b| b.is_some()).count() != before;
            }
            if !changed {
                break;
            }
        }
    }

    /// A call of a generic function (`Map(xs, f)`, `Map[int, string](xs, f)`): the type
    /// arguments are inferred, the instance made, and the call checked against its
    /// signature. The callee's name (and an explicit instantiation's index expression)
    /// denote the instance from then on.
    pub(crate) fn generic_call(
        &mut self,
        e: &'a Expr,
        fun: &'a Expr,
        o: ObjId,
        args: &'a [Expr],
        has_dots: bool,
    ) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let (name_e, index) = match &fun.unparen().kind {
            ExprKind::Index { x, index } => (x.unparen(), Some(&**index)),
            _ => (fun.unparen(), None),
        };
        self.record_use(name_e.id, o);
        self.obj_mut(o).used = true;
        let explicit: Vec<Type> = index
            .map(|ix| ix.list().into_iter().map(|t| self.type_expr(t)).collect())
            .unwrap_or_default();
        let argv = self.call_args(args);
        if argv.iter().any(|a| a.is_invalid()) || explicit.iter().any(|t| !t.is_valid()) {
            return inv;
        }
        let Some(targs) = self.infer(o, explicit, &argv, has_dots, fun) else { return inv };
        let Some(inst) = self.instantiate_func(o, targs, call_paren(fun)) else { return inv };
        let sig = self.obj(inst).ty.signature().unwrap_or_default();
        self.use_instance(fun, name_e, inst);
        self.call_with_sig(e, fun, sig, argv, has_dots)
    }

    /// Records that `fun` (a name or an explicit instantiation `F[int]`) denotes instance
    /// `inst`.
    fn use_instance(&mut self, fun: &'a Expr, name_e: &'a Expr, inst: ObjId) {
        let t = self.obj(inst).ty.clone();
        self.record_use(name_e.id, inst);
        self.record(name_e, Mode::Value, &t, None);
        let u = fun.unparen();
        if u.id != name_e.id {
            self.record_use(u.id, inst);
            self.record(u, Mode::Value, &t, None);
        }
        self.record(fun, Mode::Value, &t, None);
        if let Some(deps) = &mut self.var_deps {
            deps.push(inst);
        }
    }

    /// `F[int]` and `List[int]` outside a call: an explicit instantiation (all type
    /// arguments given). None if `x` is not generic.
    pub(crate) fn explicit_instance(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        index: &'a Expr,
    ) -> Option<Operand<'a>> {
        let inv = Operand::invalid(e);
        let func = self.generic_obj(x, true);
        let o = func.or_else(|| self.generic_obj(x, false))?;
        self.record_use(x.unparen().id, o);
        self.obj_mut(o).used = true;
        let targs: Vec<Type> = index.list().into_iter().map(|t| self.type_expr(t)).collect();
        if targs.iter().any(|t| !t.is_valid()) {
            return Some(inv);
        }
        if func.is_none() {
            let t = self.instantiate_generic_type(e, o, targs);
            if !t.is_valid() {
                return Some(inv);
            }
            return Some(Operand {
                mode: Mode::TypeExpr,
                expr: Some(e),
                ty: t,
                val: Value::Unknown,
            });
        }
        let n = self.generics.get(&o).map(|g| g.tparams.len()).unwrap_or(0);
        let name = self.obj(o).name.clone();
        if targs.len() != n {
            let msg = if targs.len() < n {
                format!("cannot use generic function {name} without instantiation")
            } else {
                format!("got {} type arguments but want {n}", targs.len())
            };
            let at = if targs.len() < n { e.start() } else { surplus_type_arg(e, n) };
            self.error(at, msg);
            return Some(inv);
        }
        let inst = self.instantiate_func(o, targs, index.start())?;
        self.use_instance(e, x.unparen(), inst);
        let ty = self.obj(inst).ty.clone();
        Some(Operand { mode: Mode::Value, expr: Some(e), ty, val: Value::Unknown })
    }

    /// `List[int]` as a type: the instance, after checking the number of arguments.
    pub(crate) fn instantiate_generic_type(
        &mut self,
        e: &'a Expr,
        o: ObjId,
        targs: Vec<Type>,
    ) -> Type {
        let n = self.generics.get(&o).map(|g| g.tparams.len()).unwrap_or(0);
        if targs.len() != n {
            let name = self.obj(o).name.clone();
            let msg = format!(
                "{} type arguments for type {}: have {}, want {}",
                if targs.len() < n { "not enough" } else { "too many" },
                name,
                targs.len(),
                n
            );
            self.error(e.start(), msg);
            return Type::Invalid;
        }
        let args = match &e.kind {
            ExprKind::Index { index, .. } => index.list().iter().map(|a| a.start()).collect(),
            _ => Vec::new(),
        };
        self.targ_pos = args;
        self.instantiate_type(o, targs, e.start())
    }
}

/// Type arguments nested deeper than this come from an instantiation cycle.
const MAX_TYPE_DEPTH: usize = 40;

/// How deeply `t` nests types (stopping past the limit).
fn type_depth(t: &Type, d: usize) -> usize {
    if d > MAX_TYPE_DEPTH {
        return d;
    }
    match t {
        Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => {
            type_depth(e, d + 1)
        }
        Type::Map(k, v) => type_depth(k, d + 1).max(type_depth(v, d + 1)),
        Type::Named(n) => match &n.origin {
            Some((_, a)) => a.iter().map(|t| type_depth(t, d + 1)).max().unwrap_or(d),
            None => d,
        },
        Type::Func(s) => {
            s.params.iter().chain(&s.results).map(|t| type_depth(t, d + 1)).max().unwrap_or(d)
        }
        _ => d,
    }
}

/// Where types2 reports too many type arguments: at the first one past the `want`th of
/// `F[A, B, ...]` (the instantiation's start if `e` is not one).
fn surplus_type_arg(e: &Expr, want: usize) -> Pos {
    match &e.unparen().kind {
        ExprKind::Index { index, .. } => {
            index.list().get(want).map(|t| t.start()).unwrap_or(e.start())
        }
        _ => e.start(),
    }
}

/// Where types2 reports a call's instantiation errors: at the `(` after the callee.
fn call_paren(fun: &Expr) -> Pos {
    let mut pos = fun.start();
    pos.col += expr_string(fun).len() as u32;
    pos
}

/// The order of untyped constant kinds (go/types' "larger" kind for defaulting).
fn untyped_rank(k: BasicKind) -> u8 {
    match k {
        BasicKind::UntypedInt => 1,
        BasicKind::UntypedRune => 2,
        BasicKind::UntypedFloat => 3,
        BasicKind::UntypedComplex => 4,
        _ => 0,
    }
}
