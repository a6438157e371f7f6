//! The checker's side of the Go-written library (lang/prelude.rs): the prelude's own file
//! scope, `pkg.Name` resolved to the prelude's `gopark__pkg__Name`, and Go's names for its
//! functions.

use super::*;
use crate::lang::prelude::{go_func_name, is_prelude_package, PRELUDE_IMPORTS};

impl<'a> Checker<'a> {
    /// Makes the prelude's file scope, which imports `PRELUDE_IMPORTS` (used or not: they
    /// are not the program's imports, so never "imported and not used").
    pub(crate) fn declare_prelude_imports(&mut self) {
        if self.file.prelude_line == 0 {
            self.prelude_scope = self.file_scope;
            return;
        }
        self.prelude_scope = self.new_scope(Some(self.pkg_scope), false);
        for (name, path) in PRELUDE_IMPORTS {
            let kind = ObjKind::PkgName(path.to_string());
            let o = self.new_obj(Object::new(name, Pos::NONE, Type::Invalid, kind));
            self.obj_mut(o).used = true;
            self.declare(self.prelude_scope, None, o);
        }
    }

    /// The file scope that a package-level declaration at `pos` is checked in: the
    /// prelude's for its own declarations, the program's for the rest.
    pub(crate) fn file_scope_at(&self, pos: Pos) -> ScopeId {
        if self.file.prelude_line > 0 && pos.line >= self.file.prelude_line {
            self.prelude_scope
        } else {
            self.file_scope
        }
    }

    /// The declaration of a package written in Go that `path.name` stands for:
    /// `tree.New` is `gopark__tree__New`. Only exported names are reachable, as from
    /// another package.
    pub(crate) fn prelude_member(&mut self, path: &str, name: &str) -> Option<ObjId> {
        if self.file.prelude_line == 0 || !is_prelude_package(path) || !is_exported(name) {
            return None;
        }
        let mangled = format!("gopark__{}__{}", libsig::pkg_name(path), name);
        let o = *self.scopes[self.pkg_scope].names.get(&mangled)?;
        self.obj_decl(o);
        Some(o)
    }

    /// The type `e` (`pkg.Name`, `sel` its Name) denotes when pkg (import path `path`) is a
    /// package written in Go; None for other packages.
    pub(crate) fn prelude_type(&mut self, e: &Expr, sel: &ast::Name, path: &str) -> Option<Type> {
        let Some(o) = self.prelude_member(path, &sel.value) else {
            let msg = self.missing_prelude_member(path, &sel.value)?;
            self.error(sel.pos, msg);
            return Some(Type::Invalid);
        };
        self.record_use(sel.id, o);
        if !matches!(self.obj(o).kind, ObjKind::TypeName) {
            let s = crate::lang::ast::expr_string(e);
            self.error(e.start(), format!("{s} is not a type"));
            return Some(Type::Invalid);
        }
        Some(self.obj(o).ty.clone())
    }

    /// Go's message for a name a package written in Go lacks, or does not export, when gopark
    /// has the whole package (x/tour's); None for a standard package it has only part of
    /// (image), whose missing names are gopark's to report.
    pub(crate) fn missing_prelude_member(&self, path: &str, name: &str) -> Option<String> {
        if !is_prelude_package(path) || super::stdlib::STD_PACKAGES.contains(&path) {
            return None;
        }
        Some(format!("undefined: {}.{name}", libsig::pkg_name(path)))
    }

    /// Go's message for the program's `x.sel` naming an unexported field or method of a type
    /// written in Go (`g.err` of an `errgroup.Group`), which another package cannot reach;
    /// None when the program may use it.
    pub(crate) fn unexported_prelude_selector(
        &self,
        x: &Expr,
        t: &Type,
        sel: &ast::Name,
        is_field: bool,
    ) -> Option<String> {
        let in_program = self.file.prelude_line == 0 || sel.pos.line < self.file.prelude_line;
        if is_exported(&sel.value) || !in_program {
            return None;
        }
        let t = match t {
            Type::Pointer(b) => b.as_ref(),
            t => t,
        };
        let Type::Named(n) = t else { return None };
        crate::lang::prelude::split_name(&n.name)?;
        let what = if is_field { "field" } else { "method" };
        let (xs, name) = (crate::lang::ast::expr_string(x), &sel.value);
        Some(format!("{xs}.{name} undefined (cannot refer to unexported {what} {name})"))
    }

    /// Names the prelude packages' functions as Go's tracebacks print them (see
    /// `go_func_name`); called once every body, closures included, is checked.
    pub(crate) fn name_prelude_funcs(&mut self) {
        if self.file.prelude_line == 0 {
            return;
        }
        for f in &mut self.info.funcs {
            if let Some(name) = go_func_name(&f.name) {
                f.name = name;
            }
        }
    }
}

fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}
