//! Library code written in Rust that needs Go code run: fmt calling Error and String
//! methods (see rt/methods.rs for the protocol). The instruction returns
//! `Exit::CallGo`; the dispatch loop calls the method as an ordinary Go call whose return
//! address is the instruction, which then runs again with the result.

use super::Exit;
use crate::rt::fmt::Env;
use crate::rt::g::{FmtCall, GState};
use crate::rt::methods::MethodCalls;
use crate::sched::Runtime;
use crate::vm::op::Reg;
use crate::vm::value::Value;

/// Where an instruction that may call Go code is: the goroutine's state, the number of
/// frames below the running one, and the register its arguments start at.
pub(super) struct Callback<'a> {
    pub st: &'a mut GState,
    pub depth: u32,
    pub base: Reg,
}

/// Formats with `f` (a fmt function over the `nargs` arguments at the start of `regs`,
/// the instruction's window from `cb.base`), calling the Error and String methods it asks
/// for. The register after the arguments (which the compiler reserves) carries a method's
/// receiver in and its result out.
pub(super) fn format(
    rt: &Runtime,
    cb: Callback,
    regs: &mut [Value],
    nargs: usize,
    f: impl Fn(&Env, &[Value]) -> String,
) -> Result<String, Exit> {
    let callers = cb.st.callers.get_or_insert_with(Default::default);
    // A method this instruction called has returned: its entry is the innermost, made at
    // this depth, and the result is in the register after the arguments.
    let mut results = match callers.fmt.last() {
        Some(c) if c.depth == cb.depth => {
            let mut r = callers.fmt.pop().map(|c| c.results).unwrap_or_default();
            r.push(rt.heap.str(regs[nargs]).to_string());
            r
        }
        _ => Vec::new(),
    };
    let calls = MethodCalls::new(std::mem::take(&mut results));
    let env = Env { heap: &rt.heap, prog: &rt.prog, methods: Some(&calls) };
    let text = f(&env, &regs[..nargs]);
    let Some((func, recv)) = calls.wanted() else {
        return Ok(text);
    };
    let Some(slot) = regs.get_mut(nargs) else {
        crate::sys::internal_error("no register after a fmt call's arguments")
    };
    *slot = recv;
    callers.fmt.push(FmtCall { depth: cb.depth, results: calls.results });
    Err(Exit::CallGo { func, at: cb.base + nargs as Reg })
}
