//! Library code written in Rust that needs Go code run: fmt calling Format, Error and
//! String methods (see rt/methods.rs for the protocol). The instruction leaves the method
//! and its arguments in the registers after its own (in that order), and the `CallIface { sel:
//! PENDING_CALL }` the compiler put after it calls the method as an ordinary Go call whose
//! return address is the instruction, which then runs again with the result. (The
//! instruction cannot make the call itself: only the dispatch loop pushes frames, and a
//! second place there that does would cost the loop registers.)

use super::Exit;
use crate::rt::fmt::Env;
use crate::rt::g::{FmtCall, GState};
use crate::rt::methods::{self, MethodCalls};
use crate::rt::obj::Obj;
use crate::sched::{MCtx, Runtime};
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
    /// The running frame (its pc past the calling instruction), for runtime.Stack.
    pub top: crate::rt::g::Frame,
}

/// Formats with `f` (a fmt function over the `nargs` arguments at the start of `regs`,
/// the instruction's window from its base register), calling the methods it asks for. The
/// register after the arguments (which the compiler reserves, with the three after it)
/// holds the method to call; the next ones carry its arguments in (the receiver, and for a
/// Format method its fmt.State and verb) and its result out.
pub(super) fn format(
    rt: &Runtime,
    m: &mut MCtx,
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
    let done =
        finish(rt, m, cb.st, cb.depth, regs, nargs, calls).map_err(|e| Exit::Fatal(e.into()))?;
    Ok(done.then_some(text))
}

/// Starts a formatting instruction's run: the results of the methods it has had called so
/// far. A method this instruction called has returned when the innermost entry was made at
/// this depth; its result is in the register after the arguments (for a Format method, in
/// the fmt.State it wrote to).
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
            if c.state.h != 0 {
                r.push(format_result(rt, c.state, c.panicked.as_deref()));
                return MethodCalls::new(r);
            }
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

/// What a Format method printed: the bytes it wrote to fmt.State `state` (as fmt's text),
/// followed by Go's text for its panic if it panicked.
fn format_result(rt: &Runtime, state: Value, panicked: Option<&str>) -> String {
    let fields = match &*rt.heap.lock(state.h) {
        Obj::Struct(f) => f.clone(),
        _ => crate::sys::internal_error("a fmt.State that is not a struct"),
    };
    let buf = fields.get(methods::STATE_BUF).copied().unwrap_or_default();
    let written = rt.heap.text(buf).to_string();
    match panicked {
        Some(p) => methods::format_panicked(&written, methods::state_directive(&fields).verb, p),
        None => written,
    }
}

/// Ends a formatting instruction's run: true when it is complete; false when it asked for a
/// method, which the registers after the arguments now name for the pending call.
pub(super) fn finish(
    rt: &Runtime,
    m: &mut MCtx,
    st: &mut GState,
    depth: u32,
    regs: &mut [Value],
    nargs: usize,
    calls: MethodCalls,
) -> Result<bool, String> {
    let Some(want) = calls.wanted() else {
        regs[nargs] = Value::ZERO;
        return Ok(true);
    };
    let Some([func, recv, state, verb]) = regs.get_mut(nargs..nargs + 4) else {
        crate::sys::internal_error("no registers after a fmt call's arguments")
    };
    *recv = want.recv;
    *func = Value { w: want.func as u64, h: 0, t: 1 };
    let mut made = Value::ZERO;
    if let Some(d) = want.format {
        // Not checked against the heap limit: the results gathered so far are in `calls`
        // only, so this step cannot stop for a collection and run again.
        let h = rt.heap.alloc(&mut m.cache, methods::state_obj(&d));
        let h = h.map_err(|_| "fatal error: runtime: out of memory".to_string())?;
        let t = rt.prog.types.iter().position(|t| t.name == methods::STATE_TYPE);
        let Some(t) = t else { crate::sys::internal_error("fmt.State's type was not registered") };
        made = Value { w: 0, h, t: t as u32 };
        *state = made;
        *verb = Value::int(d.verb as i64);
    }
    let callers = st.callers.get_or_insert_with(Default::default);
    let (results, recv) = (calls.results, want.recv);
    callers.fmt.push(FmtCall { depth, results, recv, state: made, panicked: None });
    Ok(false)
}
