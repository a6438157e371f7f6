//! Calls, closures and `go` statements.
//!
//! Go-to-Go calls never recurse on the Rust stack: `enter` pushes a `Frame` whose register
//! window starts at the caller's argument registers (overlapping windows, see vm/op.rs) and
//! the dispatch loop carries on in the callee. Deep recursion is bounded by the
//! register-stack limit, reported as Go's stack overflow.

use super::alloc::alloc_value;
use super::Exit;
use crate::rt::g::{Frame, GState, G};
use crate::rt::obj::Obj;
use crate::sched::{MCtx, Runtime};
use crate::sys::internal_error;
use crate::vm::op::FuncId;
use crate::vm::program::Func;
use crate::vm::value::{Handle, Value};
use std::sync::Arc;

/// The function and captured values of the closure `h`.
pub(super) fn closure_parts(rt: &Runtime, h: Handle) -> (FuncId, Arc<[Value]>) {
    match &*rt.heap.lock(h) {
        Obj::Closure { func, caps } => (*func, caps.clone()),
        _ => internal_error("call of a value that is not a closure"),
    }
}

/// Pushes a call frame for `callee` whose register 0 is `st.regs[nb]`.
pub(super) fn enter(
    rt: &Runtime,
    st: &mut GState,
    nb: usize,
    func: FuncId,
    callee: &Func,
    closure: Handle,
    caps: Option<Arc<[Value]>>,
) -> Result<(), Exit> {
    let top = nb + callee.nregs as usize;
    if top > rt.cfg.limits.max_stack_regs {
        return Err(Exit::Fatal(format!(
            "runtime: goroutine stack exceeds {}-byte limit\nfatal error: stack overflow",
            rt.cfg.limits.max_stack_regs * std::mem::size_of::<Value>()
        )));
    }
    if st.regs.len() < top {
        st.regs.resize(top, Value::ZERO);
    }
    // Registers above the parameters start as zero values (and hold no stale references).
    st.regs[nb + callee.nparams as usize..top].fill(Value::ZERO);
    st.frames.push(Frame {
        func,
        pc: 0,
        base: nb as u32,
        closure,
    });
    st.caps.push(caps);
    Ok(())
}

/// `Op::MakeClosure`: a closure of `func` over the registers its `captures` list.
pub(super) fn make_closure(rt: &Runtime, m: &mut MCtx, regs: &[Value], func: FuncId) -> Result<Value, Exit> {
    let spec = &rt.prog.funcs[func as usize].captures;
    let caps: Arc<[Value]> = spec.iter().map(|&reg| regs[reg as usize]).collect();
    alloc_value(rt, m, Obj::Closure { func, caps })
}

/// `go f(args)` (`closure` = 0) or `go c(args)` for the closure value `closure`, from
/// `caller` = (function, line) of the go statement.
pub(super) fn go(
    rt: &Runtime,
    m: &mut MCtx,
    g: &G,
    caller: (FuncId, u32),
    func: Option<FuncId>,
    closure: Value,
    args: &[Value],
) -> Result<(), Exit> {
    let func = match func {
        Some(f) => f,
        None if closure.h == 0 => return Err(Exit::Fatal("panic: go of nil func value".into())),
        None => closure_parts(rt, closure.h).0,
    };
    rt.newproc(m, g, caller, func, closure.h, args)
        .map_err(|e| Exit::Fatal(format!("fatal error: {e}")))
}
