//! Generic declarations, which gopark does not support yet. They are reported once, where
//! declared; their type parameters are declared with an invalid type, so that bodies and
//! signatures are still checked (names resolved, imports used) without follow-on errors,
//! and uses of the generic function or type elsewhere are silent.

use super::{Checker, ObjKind, Object};
use crate::lang::ast::{Expr, ExprKind, Field, FuncDecl, NodeId};
use crate::lang::token::Pos;
use crate::lang::types::{Signature, Type};
use std::rc::Rc;

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
        if let Some(rte) = fd.recv.as_ref().and_then(|r| r.ty.as_ref()) {
            let mut base = rte.unparen();
            if let ExprKind::Operation { x, y: None, .. } = &base.kind {
                base = x.unparen();
            }
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

    /// Declares type parameters in the current scope, as types that are invalid (their
    /// uses are then silent).
    pub(crate) fn declare_type_params(&mut self, names: &[(String, Pos, NodeId)]) {
        for (name, pos, id) in names {
            let o = self.new_obj(Object::new(name, *pos, Type::Invalid, ObjKind::TypeName));
            self.obj_mut(o).used = true;
            self.declare(self.scope, Some(*id), o);
        }
    }

    /// Marks the packages named in constraints (`cmp.Ordered`) as used.
    pub(crate) fn use_constraints(&mut self, tparams: &'a [Field]) {
        fn walk<'a>(c: &mut Checker<'a>, e: &'a Expr) {
            match &e.kind {
                ExprKind::Operation { x, y, .. } => {
                    walk(c, x);
                    if let Some(y) = y {
                        walk(c, y);
                    }
                }
                ExprKind::Selector { x, .. } => {
                    if let Some(o) = x.is_name().and_then(|n| c.lookup(n)) {
                        if matches!(c.obj(o).kind, ObjKind::PkgName(_)) {
                            c.obj_mut(o).used = true;
                        }
                    }
                }
                _ => {}
            }
        }
        for f in tparams {
            if let Some(t) = &f.ty {
                walk(self, t);
            }
        }
    }

    /// The signature of a generic function, its type parameters in scope (as invalid
    /// types). Reports the declaration as not supported.
    pub(crate) fn generic_func_sig(&mut self, fd: &'a FuncDecl, f: u32) -> Rc<Signature> {
        self.error(fd.name.pos, "generic functions are not supported yet");
        self.use_constraints(&fd.tparams);
        self.open_scope(false);
        let names = Self::type_param_names(fd);
        self.declare_type_params(&names);
        let sig = self.func_type(&fd.ty, f);
        self.close_scope();
        sig
    }
}

impl<'a> Checker<'a> {
    /// `type List[T any] struct{...}`: reported; the type is named (so its uses resolve)
    /// but invalid, and its definition is checked with T as an invalid type.
    pub(crate) fn generic_type_decl(
        &mut self,
        td: &'a crate::lang::ast::TypeDecl,
        o: super::ObjId,
    ) {
        self.error(td.name.pos, "generic types are not supported yet");
        self.use_constraints(&td.tparams);
        let named = self.new_named(Some("main"), &td.name.value, Type::Invalid);
        self.generic_types.insert(named.id);
        self.obj_mut(o).ty = Type::Named(named);
        self.open_scope(false);
        let names: Vec<(String, Pos, NodeId)> = td
            .tparams
            .iter()
            .filter_map(|f| f.name.as_ref())
            .map(|n| (n.value.clone(), n.pos, n.id))
            .collect();
        self.declare_type_params(&names);
        let _ = self.type_expr(&td.ty);
        self.close_scope();
    }

    /// Whether e names a generic type declared in the file.
    pub(crate) fn is_generic_type(&self, e: &Expr) -> bool {
        let Some(n) = e.unparen().is_name() else { return false };
        match self.lookup(n).map(|o| &self.obj(o).ty) {
            Some(Type::Named(t)) => self.generic_types.contains(&t.id),
            _ => false,
        }
    }
}

impl<'a> Checker<'a> {
    /// A method of a generic type (reported with the type): not in any method set, but
    /// its body is checked with the receiver's type parameters as invalid types.
    pub(crate) fn generic_method(&mut self, di: usize, f: u32, fd: &'a FuncDecl, ptr: bool) {
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
        self.pending_bodies.push((di, f));
    }
}
