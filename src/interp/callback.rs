//! Library code written in Rust that needs Go code run: fmt calling Error and String
//! methods (see rt/methods.rs for the protocol). The instruction leaves the method and its
//! receiver in the two registers after its arguments (in that order), and the `CallIface { sel:
//! PENDING_CALL }` the compiler put after it calls the method as an ordinary Go call whose
//! return address is the instruction, which then runs again with the result. (The
//! instruction cannot make the call itself: only the dispatch loop pushes frames, and a
//! second place there that does would cost the loop registers.)

use super::Exit;
use crate::rt::fmt::Env;
use crate::rt::g::{FmtCall, GState};
use crate::rt::methods::MethodCalls;
use crate::sched::Runtime;
use crate::vm::value::Value;

/// Where an instruction that may call Go code is: the goroutine's state and the number of
/// frames below the running one.
pub(super) struct Callback<'a> {
    pub st: &'a mut GState,
    pub depth: u32,
    /// The register (from the instruction's base) of the pending call's function.
    pub pending: usize,
    /// The frames below the running one, innermost last (runtime.Caller reads them).
    pub callers: &'a [crate::rt::g::Frame],
}

/// Formats with `f` (a fmt function over the `nargs` arguments at the start of `regs`,
/// the instruction's window from its base register), calling the Error and String methods it asks
/// for. The register after the arguments (which the compiler reserves, with the one after
/// it) holds the method to call; the next one carries its receiver in and its result out.
pub(super) fn format(
    rt: &Runtime,
    cb: Callback,
    regs: &mut [Value],
    nargs: usize,
    f: impl Fn(&Env, &[Value]) -> Vec<u8>,
) -> Result<Option<Vec<u8>>, Exit> {
    let calls = begin(rt, &mut *cb.st, cb.depth, regs, nargs);
    let env = Env { heap: &rt.heap, prog: &rt.prog, methods: Some(&calls) };
    let text = f(&env, &regs[..nargs]);
    // None: a method is to be called first (the text is made when the instruction runs
    // again).
    Ok(finish(cb.st, cb.depth, regs, nargs, calls).then_some(text))
}

/// Starts a formatting instruction's run: the results of the methods it has had called so
/// far. A method this instruction called has returned when the innermost entry was made at
/// this depth; its result is in the register after the arguments.
pub(super) fn begin(
    rt: &Runtime,
    st: &mut GState,
    depth: u32,
    regs: &[Value],
    nargs: usize,
) -> MethodCalls {
    let callers = st.callers.get_or_insert_with(Default::default);
    let results = match callers.fmt.last() {
        Some(c) if c.depth == depth => {
            let c = callers.fmt.pop().unwrap_or_default();
            let mut r = c.results;
            match c.panicked {
                // The method panicked (panics::fmt_catch): its text stands for the result.
                Some(text) => r.push(text),
                // As fmt's text (`rt::rawtext`): the method's bytes reach the output.
                None => r.push(rt.heap.text(regs[nargs + 1]).to_string()),
            }
            r
        }
        _ => Vec::new(),
    };
    MethodCalls::new(results)
}

/// Ends a formatting instruction's run: true when it is complete; false when it asked for a
/// method, which the registers after the arguments now name for the pending call.
pub(super) fn finish(
    st: &mut GState,
    depth: u32,
    regs: &mut [Value],
    nargs: usize,
    calls: MethodCalls,
) -> bool {
    let Some([want, slot]) = regs.get_mut(nargs..nargs + 2) else {
        crate::sys::internal_error("no registers after a fmt call's arguments")
    };
    let Some((func, recv)) = calls.wanted() else {
        *want = Value::ZERO;
        return true;
    };
    *slot = recv;
    *want = Value { w: func as u64, h: 0, t: 1 };
    let callers = st.callers.get_or_insert_with(Default::default);
    callers.fmt.push(FmtCall { depth, results: calls.results, recv, panicked: None });
    false
}
