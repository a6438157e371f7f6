//! Calls, closures and `go` statements.
//!
//! Go-to-Go calls never recurse on the Rust stack: the dispatch loop (`call!` in mod.rs)
//! pushes the caller's `Frame`, makes the callee's register window start at the caller's
//! argument registers (overlapping windows, see vm/op.rs) and carries on in the callee. Deep
//! recursion is bounded by the register-stack limit (`grow`), reported as Go's stack
//! overflow.

use super::alloc::{alloc_value, out_of_memory};
use super::Exit;
use crate::rt::g::{Frame, GState, CAPS_ON_STACK, G};
use crate::rt::obj::Obj;
use crate::sched::{MCtx, Runtime};
use crate::sys::internal_error;
use crate::vm::op::FuncId;
use crate::vm::value::{Handle, Value};
use std::sync::Arc;

/// The function and captured values of the closure `h`.
pub(super) fn closure_parts(rt: &Runtime, h: Handle) -> (FuncId, Arc<[Value]>) {
    match &*rt.heap.lock(h) {
        Obj::Closure { func, caps } => (*func, caps.clone()),
        _ => internal_error("call of a value that is not a closure"),
    }
}

/// A register stack of at least `top` registers holding `regs` (doubling, up to the
/// register-stack limit, past which it is Go's stack overflow). The growth counts against
/// the heap limit (`Runtime::stack_grow`). Takes `regs` as a slice and returns the new stack
/// by value so that the dispatch loop's copy never has its address taken.
#[cold]
#[inline(never)]
pub(super) fn grow(rt: &Runtime, regs: &[Value], top: usize) -> Result<Box<[Value]>, Exit> {
    let limit = rt.cfg.limits.max_stack_regs;
    if top > limit {
        return Err(Exit::Fatal(
            format!(
                "runtime: goroutine stack exceeds {}-byte limit\nfatal error: stack overflow",
                limit * std::mem::size_of::<Value>()
            )
            .into(),
        ));
    }
    let size = top.max(2 * regs.len()).min(limit);
    if !rt.stack_grow(size - regs.len()) {
        return Err(out_of_memory(rt));
    }
    let mut bigger = Vec::with_capacity(size);
    bigger.extend_from_slice(regs);
    bigger.resize(size, Value::ZERO);
    Ok(bigger.into_boxed_slice())
}

/// `Op::MakeClosure`: a closure of `func` over the registers its `captures` list.
pub(super) fn make_closure(
    rt: &Runtime,
    m: &mut MCtx,
    regs: &[Value],
    func: FuncId,
) -> Result<Value, Exit> {
    let spec = &rt.prog.funcs[func as usize].captures;
    if let Some(&v) = rt.static_closures.get(func as usize).filter(|v| v.h != 0) {
        return Ok(v);
    }
    let caps: Arc<[Value]> = spec.iter().map(|&reg| regs[reg as usize]).collect();
    alloc_value(rt, m, Obj::Closure { func, caps })
}

/// `go f(args)` (`func` given) or `go c(args)` for the closure value `closure`, from
/// `caller` = (function, line) of the go statement. Lays out the new goroutine's register
/// stack: a closure's captured values at the bottom (see `CAPS_ON_STACK`), then the
/// function's frame, exactly as large as it needs (calls grow it).
pub(super) fn go(
    rt: &Runtime,
    m: &mut MCtx,
    g: &G,
    caller: (FuncId, u32),
    func: Option<FuncId>,
    closure: Value,
    args: &[Value],
) -> Result<(), Exit> {
    let (func, caps) = match func {
        Some(f) => (f, None),
        None if closure.h == 0 => {
            return Err(Exit::Fatal("fatal error: go of nil func value".into()))
        }
        None => {
            let (f, caps) = closure_parts(rt, closure.h);
            (f, Some(caps).filter(|c| !c.is_empty()))
        }
    };
    let Some(f) = rt.prog.funcs.get(func as usize) else {
        internal_error("go of a function that does not exist")
    };
    let ncaps = caps.as_ref().map_or(0, |c| c.len());
    let size = ncaps + (f.nregs as usize).max(args.len());
    let mut regs = Vec::with_capacity(size);
    regs.extend_from_slice(caps.as_deref().unwrap_or(&[]));
    regs.extend_from_slice(args);
    regs.resize(size, Value::ZERO);
    let closure = if ncaps > 0 { CAPS_ON_STACK } else { 0 };
    let top = Frame { func, pc: 0, base: ncaps as u32, closure };
    rt.newproc(m, g, caller, GState::new(regs.into_boxed_slice(), top))
        .map_err(|e| Exit::Fatal(format!("fatal error: {e}").into()))
}
