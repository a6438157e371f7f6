//! Method expressions Go compiles to wrapper functions: `I.M` of an interface type (the
//! receiver is the interface value, the call dispatches dynamically), `(*T).M` of a value
//! method (the wrapper dereferences) and `T.M` / `(*T).M` of a method promoted through
//! embedded fields (the wrapper walks them). Parameter 0 of the wrapper is the receiver,
//! the others are the method's; it adjusts the receiver as a call `x.M(...)` would and
//! calls the method with the same arguments.

use super::Gen;
use crate::lang::ast::{Expr, ExprKind};
use crate::lang::check::Selection;
use crate::lang::types::Type;
use crate::vm::op::{FuncId, Op};

impl<'a> Gen<'a> {
    /// Whether selector `e` is a method expression.
    pub(crate) fn is_method_expr(&self, e: &Expr) -> bool {
        matches!(
            self.info.selections.get(&e.unparen().id),
            Some(
                Selection::MethodExpr { .. }
                    | Selection::MethodExprWrapper { .. }
                    | Selection::BuiltinMethodExpr { .. }
            )
        )
    }

    /// The function of method expression `e`, whose parameter 0 is the receiver: the
    /// method's own, a wrapper, or a library method's function. None if `e` is not one.
    pub(crate) fn method_expr_func(&mut self, e: &Expr) -> Option<FuncId> {
        match self.info.selections.get(&e.unparen().id) {
            Some(Selection::MethodExpr { func }) => Some(Self::func_id(*func)),
            Some(Selection::MethodExprWrapper { .. }) => self.method_expr_wrapper(e),
            Some(Selection::BuiltinMethodExpr { .. }) => self.lib_method_expr_func(e),
            _ => None,
        }
    }

    /// The wrapper function of method expression `e`, if it needs one (made once per
    /// receiver type and method).
    fn method_expr_wrapper(&mut self, e: &Expr) -> Option<FuncId> {
        let Some(Selection::MethodExprWrapper { path, method }) =
            self.info.selections.get(&e.unparen().id).cloned()
        else {
            return None;
        };
        let target = method.map(|(func, ptr_recv)| (Self::func_id(func), ptr_recv));
        self.build_method_expr_wrapper(e, &path, target)
    }

    /// The wrapper of method expression `e`: it adjusts its parameter 0 along `path` for
    /// `target` (a function and whether its receiver is a pointer) and calls it, or calls
    /// the interface method by dynamic dispatch when there is no target.
    pub(crate) fn build_method_expr_wrapper(
        &mut self,
        e: &Expr,
        path: &[u16],
        target: Option<(FuncId, bool)>,
    ) -> Option<FuncId> {
        let e = e.unparen();
        let ExprKind::Selector { sel, .. } = &e.kind else {
            return None;
        };
        let full = self.ty(e).signature().unwrap_or_default();
        let recv_ty = full.params.first().cloned().unwrap_or(Type::Invalid);
        let key = format!("methodexpr/{}/{}", self.type_id(&recv_ty), sel.value);
        if let Some(&f) = self.thunks.get(&key) {
            return Some(f);
        }
        // Go's name for the wrapper: main.(*T).M, main.I.M.
        let recv = crate::lang::types::runtime_type_string(&recv_ty);
        let name = match recv.strip_prefix('*').and_then(|r| r.split_once('.')) {
            Some((pkg, t)) => format!("{pkg}.(*{t}).{}", sel.value),
            None => format!("{recv}.{}", sel.value),
        };
        let np = full.params.len() as u16;
        let nres = full.results.len() as u16;
        let id = self.prog.funcs.len() as FuncId;
        self.prog.funcs.push(crate::vm::program::Func::default());
        let line = self.fs.last().map(|f| f.line).unwrap_or(0);
        self.fs.push(super::func::Fb::new(id, u32::MAX, full.clone(), line));
        self.alloc_n(np.max(nres).max(1));
        {
            let f = self.f();
            f.locals_top = f.top;
        }
        // The call's window: the adjusted receiver, then the arguments as they came.
        let base = self.alloc_n(np.max(nres).max(1));
        let call = match target {
            Some((func, ptr_recv)) => {
                if path.is_empty() && !ptr_recv {
                    self.panic_if_nil_recv(&recv_ty, &sel.value);
                }
                self.method_recv_walk(0, recv_ty, path, ptr_recv, e.pos, base);
                Op::Call { func, base }
            }
            None => {
                let mut h = 0;
                self.set_line(e.pos);
                for &idx in path {
                    let to = self.alloc();
                    self.emit(Op::LoadField { dst: to, obj: h, idx, addr: 0 });
                    h = to;
                }
                self.mov(base, h);
                let mut msig = (*full).clone();
                msig.params.remove(0);
                if !msig.param_names.is_empty() {
                    msig.param_names.remove(0);
                }
                Op::CallIface { sel: self.selector(&sel.value, &msig), base }
            }
        };
        for i in 1..np {
            self.mov(base + i, i);
        }
        self.set_line(e.pos);
        self.emit(call);
        self.reserve_to(base, np.max(nres));
        self.emit(Op::Ret { src: base, n: nres });
        let fb =
            self.fs.pop().unwrap_or_else(|| super::expr::internal_error("no function being built"));
        let mut func = self.finish_func(fb, name, np, nres, vec![], line);
        // Hidden in tracebacks, as Go hides its autogenerated wrappers.
        func.wrapper = true;
        self.prog.funcs[id as usize] = func;
        self.thunks.insert(key, id);
        Some(id)
    }

    /// (*T).M of a value method with a nil pointer in register 0: Go's wrapper panics with
    /// runtime.panicwrap's text ("value method main.T.M called using nil *T pointer").
    fn panic_if_nil_recv(&mut self, recv_ty: &Type, method: &str) {
        let Type::Pointer(base) = recv_ty else { return };
        let t = crate::lang::types::runtime_type_string(base);
        let (pkg, name) = t.split_once('.').unwrap_or(("main", &t));
        let msg = format!("value method {pkg}.{name}.{method} called using nil *{name} pointer");
        let (nil, c) = (self.alloc(), self.alloc());
        self.emit(Op::LoadNil { dst: nil });
        self.emit(Op::EqRef { dst: c, a: 0, b: nil });
        let ok = self.new_label();
        self.jmp_if_not(c, ok);
        let k = self.string_const(msg.as_bytes());
        self.emit(Op::LoadStr { dst: c, k });
        let ty = self.type_id(&Type::string());
        self.emit(Op::MakeIface { dst: c, src: c, ty });
        self.emit(Op::Panic { v: c });
        self.bind(ok);
    }
}
