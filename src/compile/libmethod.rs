//! Methods of library types used as function values: method values (`done := wg.Done`,
//! `w := sb.WriteString`) and method expressions (`(*sync.WaitGroup).Done`).
//!
//! A library method has no function of its own: a call compiles to an instruction
//! (WaitGroup, Mutex), an inline sequence (Once.Do, Cond.Wait) or a native call. Used as a
//! value, the method becomes a synthesized function whose parameter 0 is the receiver and
//! whose body is that same call; a method value is then a closure over the receiver
//! (evaluated at the selector, as Go does) that calls it, like Go's `-fm` wrappers.

use super::Gen;
use crate::lang::ast::{Expr, ExprKind};
use crate::lang::check::Selection;
use crate::lang::types::{BuiltinMethod, Signature, Type};
use crate::vm::op::{FuncId, Native, Op, Reg};
use std::rc::Rc;

impl<'a> Gen<'a> {
    /// `x.M` for a method M of a library type, into dst: a closure over x's value (or the
    /// embedded value the method belongs to) that calls the method's function.
    pub(crate) fn lib_method_value_to(&mut self, e: &Expr, dst: Reg) {
        let Some(Selection::BuiltinMethod { method, .. }) =
            self.info.selections.get(&e.id).cloned()
        else {
            return;
        };
        let ExprKind::Selector { x, sel } = &e.unparen().kind else {
            return;
        };
        let recv_ty = self.ty(x);
        let sig = self.ty(e).signature().unwrap_or_default();
        // A fresh register: x's own may change before the value is called.
        let recv = self.builtin_recv(e, true);
        let func = self.lib_method_func(method, &recv_ty, &sel.value, &sig);
        let np = sig.params.len() as u16;
        let nres = sig.results.len() as u16;
        let code = Self::bound_call_code(np, nres, Op::Call { func, base: np });
        let name = format!("{}-fm", self.prog.funcs[func as usize].name);
        let line = self.f().line;
        let f = self.push_wrapper(name, np, nres, code, vec![recv], line);
        self.emit(Op::MakeClosure { dst, func: f });
    }

    /// The function of method expression `e` (`(*sync.WaitGroup).Done`), whose type has
    /// the receiver as parameter 0.
    pub(crate) fn lib_method_expr_func(&mut self, e: &Expr) -> Option<FuncId> {
        let Some(Selection::BuiltinMethodExpr { method, deref }) =
            self.info.selections.get(&e.unparen().id).cloned()
        else {
            return None;
        };
        let ExprKind::Selector { sel, .. } = &e.unparen().kind else {
            return None;
        };
        let full = self.ty(e).signature().unwrap_or_default();
        let recv_ty = full.params.first().cloned().unwrap_or(Type::Invalid);
        let mut sig = (*full).clone();
        if !sig.params.is_empty() {
            sig.params.remove(0);
        }
        if !sig.param_names.is_empty() {
            sig.param_names.remove(0);
        }
        if deref {
            // (*time.Duration).String: a wrapper loads the value and calls T.M's function.
            let Type::Pointer(base) = &recv_ty else { return None };
            let f = self.lib_method_func(method, base, &sel.value, &sig);
            return self.build_method_expr_wrapper(e, &[], Some((f, false)));
        }
        Some(self.lib_method_func(method, &recv_ty, &sel.value, &sig))
    }

    /// The function behind method `name` (`m`) of library type `recv_ty` with signature
    /// `sig` (without the receiver): parameter 0 is the receiver's handle or value, the
    /// others are the method's; the body is what a call `x.name(...)` compiles to. One per
    /// receiver type and method.
    fn lib_method_func(
        &mut self,
        m: BuiltinMethod,
        recv_ty: &Type,
        name: &str,
        sig: &Signature,
    ) -> FuncId {
        let recv = crate::lang::types::runtime_type_string(recv_ty);
        // Go's name for the method's function: sync.(*WaitGroup).Done.
        let go_name = match recv.strip_prefix('*').and_then(|r| r.split_once('.')) {
            Some((pkg, t)) => format!("{pkg}.(*{t}).{name}"),
            None => format!("{recv}.{name}"),
        };
        let key = format!("libmethod/{go_name}");
        if let Some(&f) = self.thunks.get(&key) {
            return f;
        }
        let np = 1 + sig.params.len() as u16;
        let nres = sig.results.len() as u16;
        let id = self.prog.funcs.len() as FuncId;
        self.prog.funcs.push(crate::vm::program::Func::default());
        let line = self.fs.last().map(|f| f.line).unwrap_or(0);
        self.fs.push(super::func::Fb::new(id, u32::MAX, Rc::new(sig.clone()), line));
        self.alloc_n(np.max(nres));
        {
            let f = self.f();
            f.locals_top = f.top;
        }
        self.lib_method_body(m, np, nres, sig);
        self.emit(Op::Ret { src: 0, n: nres });
        let fb =
            self.fs.pop().unwrap_or_else(|| super::expr::internal_error("no function being built"));
        let func = self.finish_func(fb, go_name, np, nres, vec![], line);
        self.prog.funcs[id as usize] = func;
        self.thunks.insert(key, id);
        id
    }

    /// The body of a library method's function: the receiver in register 0, its `np - 1`
    /// parameters after it; the results are left from register 0.
    fn lib_method_body(&mut self, m: BuiltinMethod, np: u16, nres: u16, sig: &Signature) {
        let pos = crate::lang::token::Pos::new(self.f().line, 1);
        match m {
            BuiltinMethod::WgAdd => {
                self.emit(Op::WgAdd { wg: 0, n: 1 });
            }
            BuiltinMethod::WgDone => {
                self.emit(Op::WgDone { wg: 0 });
            }
            BuiltinMethod::WgWait => {
                self.emit(Op::WgWait { wg: 0 });
            }
            BuiltinMethod::WgGo => self.wg_go(0, 1),
            BuiltinMethod::MutexLock => self.mutex_lock(0),
            BuiltinMethod::MutexUnlock => self.mutex_unlock(0),
            BuiltinMethod::Lib(id) if crate::library::name(id) == "sync.*Once.Do" => {
                self.once_do_regs(0, 1, pos)
            }
            BuiltinMethod::Lib(id) if crate::library::name(id) == "sync.*Cond.Wait" => {
                self.cond_wait_regs(0, pos)
            }
            BuiltinMethod::Lib(id) => {
                self.emit_native(Native::Lib(id), 0, np, nres);
                self.lib_result_types(sig);
                self.reserve_to(0, nres.max(np));
            }
        }
    }
}
