//! defer, panic and recover, after Go's runtime/panic.go.
//!
//! Deferred calls live on a stack per goroutine (`Callers::defers`): `Op::Defer` pushes the
//! function, its closure and the arguments evaluated at the defer statement, tagged with the
//! depth of the frame that deferred it. A function with defer statements runs
//! `RunDefers` + `CallIface { sel: PENDING_CALL }` before each return: RunDefers takes the
//! frame's latest deferred call and the pending call makes it, as an ordinary Go call whose
//! return address is RunDefers, until none of the frame's is left.
//!
//! A panic (`Op::Panic`, or a runtime error: any `Exit::Panic` the dispatch loop ends a
//! slice with) does not unwind anything at first. `run` (mod.rs) records it
//! (`Callers::panics`) and pushes a frame of the program's panic function (Go's gopanic,
//! which tracebacks print as `panic(...)`) on top of the panicking frame. Its RunDefers
//! takes the latest deferred call of any frame, so the deferred calls run on top of the
//! panicking stack, as in Go, and recover can tell that it is called by one of them: its
//! frame is right above the panic frame. When a recovered call returns to the panic frame,
//! RunDefers ends the slice with `Exit::Recovered` and `run` cuts the stack back to the frame
//! that deferred it, which resumes at its landing pad (`Func::recover_pc`: its remaining
//! deferred calls, then a return of its named results). When no deferred call is left, the
//! panic frame calls the Error or String methods of the panic values (the fatal message
//! prints them, as Go's printpanics does) and ends the run with the chain of panics.

use super::{Exit, NIL_DEREF};
use crate::rt::fmt::panic_value;
use crate::rt::g::{DeferRec, Frame, GState, PanicRec, CAPS_ON_STACK};
use crate::rt::obj::Obj;
use crate::sched::{MCtx, Runtime};
use crate::vm::op::FuncId;
use crate::vm::value::Value;

/// What Go's nil dereference panics with, without the signal line a fatal one adds.
const NIL_DEREF_ERROR: &str = "runtime error: invalid memory address or nil pointer dereference";

/// A runtime error's message split into its text and the fault address of its signal line
/// ("[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x0]"), if it has one.
fn split_signal(msg: &str) -> (&str, Option<u32>) {
    let Some((text, line)) = msg.split_once("\n[signal ") else { return (msg, None) };
    let hex = line.split_once("addr=0x").map_or("", |(_, h)| h);
    let hex = hex.split(|c: char| !c.is_ascii_hexdigit()).next().unwrap_or("");
    (text.trim_end(), Some(u32::from_str_radix(hex, 16).unwrap_or(0)))
}

/// `Op::Defer`: the call of closure value `f` with `args`, deferred by the frame with
/// `depth` callers.
pub(super) fn defer(rt: &Runtime, st: &mut GState, depth: u32, f: Value, args: &[Value]) {
    let func = match f.h {
        0 => FuncId::MAX,
        h => super::calls::closure_parts(rt, h).0,
    };
    let c = st.callers.get_or_insert_with(Default::default);
    c.defers.push(DeferRec { depth, func, closure: f.h, args: args.into() });
}

/// `Op::RunDefers` in the frame with `depth` callers running `func`; `regs` is its window
/// from the instruction's base register.
pub(super) fn run_defers(
    rt: &Runtime,
    st: &mut GState,
    func: FuncId,
    depth: u32,
    regs: &mut [Value],
) -> Result<(), Exit> {
    let prog = &rt.prog;
    if prog.panic_func == Some(func) {
        return panicking(rt, st, regs);
    }
    let next = st.callers.as_mut().and_then(|c| match c.defers.last() {
        Some(d) if d.depth == depth => c.defers.pop(),
        _ => None,
    });
    match next {
        Some(d) => want_call(regs, d),
        None => {
            regs[0] = Value::ZERO;
            Ok(())
        }
    }
}

/// Leaves deferred call `d` for the pending call after RunDefers.
fn want_call(regs: &mut [Value], d: DeferRec) -> Result<(), Exit> {
    if d.func == FuncId::MAX {
        // defer of a nil func value: Go panics when the call is made.
        return Err(Exit::Panic(NIL_DEREF.into()));
    }
    let Some(window) = regs.get_mut(..1 + d.args.len()) else {
        crate::sys::internal_error("no room for a deferred call's arguments")
    };
    window[0] = Value { w: d.func as u64, h: d.closure, t: 1 };
    window[1..].copy_from_slice(&d.args);
    Ok(())
}

/// RunDefers in the panic frame: the next deferred call, or the recovery, or the end.
fn panicking(rt: &Runtime, st: &mut GState, regs: &mut [Value]) -> Result<(), Exit> {
    let Some(c) = st.callers.as_mut() else {
        crate::sys::internal_error("a panic frame without callers")
    };
    let Some(p) = c.panics.last_mut() else {
        crate::sys::internal_error("a panic frame without a panic")
    };
    if p.recovered {
        return Err(Exit::Recovered);
    }
    // A method called for the message has returned (the high half of `w` holds the index
    // of its panic + 1): its result is in the call's register 0.
    if regs[0].t != 0 && regs[0].w >> 32 != 0 {
        let i = (regs[0].w >> 32) as usize - 1;
        let text = rt.heap.str(regs[1]).to_string();
        if let Some(q) = c.panics.get_mut(i) {
            q.text = Some(text);
        }
        regs[0] = Value::ZERO;
    }
    if let Some(v) = fmt_method_done(c) {
        // Raised again with no deferred call of the method's frames left: fmt_catch takes it.
        return Err(Exit::GoPanic(Box::new(v)));
    }
    if let Some(d) = c.defers.pop() {
        if let Some(p) = c.panics.last_mut() {
            p.defer_depth = d.depth;
        }
        return want_call(regs, d);
    }
    // Goexit with no deferred call left ends the goroutine (a panic raised by a deferred
    // call during Goexit is on top of it and is fatal as usual).
    if c.panics.last().is_some_and(|p| p.goexit) {
        return Err(Exit::Done);
    }
    // No deferred call left: the panic is fatal. Get the texts of Error and String methods.
    for (i, q) in c.panics.iter().enumerate() {
        if q.text.is_some() || rt.prog.is_runtime_error(q.value.t) {
            continue;
        }
        let Some(d) = rt.prog.types.get(q.value.t as usize) else { continue };
        if let Some(f) = d.error_method.or(d.string_method) {
            // The pending call takes the low half of `w` as the function.
            regs[0] = Value { w: f as u64 | (i as u64 + 1) << 32, h: 0, t: 1 };
            regs[1] = Value { t: 0, ..q.value };
            return Ok(());
        }
    }
    Err(Exit::Fatal(chain(rt, &c.panics).into()))
}

/// A panic in a method fmt called (Format, String, Error) whose own deferred calls have all
/// run without recovering it: Go's catchPanic, deferred by fmt below the method, recovers it
/// next. Drops the panics raised above the fmt call and returns the latest one's value.
fn fmt_method_done(c: &mut crate::rt::g::Callers) -> Option<Value> {
    let d = c.fmt.last()?.depth;
    let p = c.panics.last()?;
    if p.goexit || p.frame_depth <= d || c.defers.last().is_some_and(|x| x.depth > d) {
        return None;
    }
    let v = p.value;
    c.panics.retain(|q| q.frame_depth <= d);
    Some(v)
}

/// The fatal message: every panic, the oldest first, as Go's printpanics writes them.
fn chain(rt: &Runtime, panics: &[PanicRec]) -> String {
    let env = rt.fmt_env();
    let mut s = String::new();
    for (i, p) in panics.iter().filter(|p| !p.goexit).enumerate() {
        if i > 0 {
            s.push_str("\n\t");
        }
        s.push_str("panic: ");
        match &p.text {
            Some(t) => s.push_str(t),
            None if rt.prog.is_runtime_error(p.value.t) => s.push_str(&rt.heap.str(p.value)),
            None => s.push_str(&panic_value(&env, p.value)),
        }
        if p.recovered {
            s.push_str(" [recovered]");
        }
    }
    // Go prints the signal line when the goroutine's signal is still set: any panic of the
    // chain was a nil dereference (a recovery that completes clears it, and takes that
    // panic out of the chain), even one recovered by a deferred call that panicked again.
    // The address is the latest fault's, as Go keeps the goroutine's last signal.
    let signal = |p: &&PanicRec| {
        !p.goexit && p.value.t == rt.prog.runtime_error && &*rt.heap.str(p.value) == NIL_DEREF_ERROR
    };
    if let Some(p) = panics.iter().rev().find(signal) {
        let addr = p.fault_addr;
        s.push_str(&format!(
            "\n[signal SIGSEGV: segmentation violation code=0x1 addr={addr:#x} pc=0x0]"
        ));
    }
    s
}

/// `Op::Recover` in the frame with `depth` callers.
pub(super) fn recover(st: &mut GState, depth: u32) -> Value {
    let Some(p) = st.callers.as_mut().and_then(|c| c.panics.last_mut()) else {
        return Value::ZERO;
    };
    // Only a deferred call the panic frame made itself recovers: its frame is right above.
    // Goexit is no panic: recover returns nil and the goroutine still ends.
    if p.recovered || p.goexit || depth != p.frame_depth + 1 {
        return Value::ZERO;
    }
    p.recovered = true;
    p.value
}

/// A slice ended with a panic (`exit`, an `Exit::Panic` or `Exit::GoPanic`): records it and
/// pushes the panic frame, so that the next slice runs the deferred calls. Returns the exit
/// for the scheduler when that cannot be done (the program has no panic frame, the heap or
/// stack is full): the panic is then fatal at once, as before any deferred call ran.
pub(super) fn start(rt: &Runtime, m: &mut MCtx, st: &mut GState, exit: Exit) -> Option<Exit> {
    if exit == Exit::Goexit {
        st.goexited = true;
    }
    if fmt_catch(rt, st, &exit) {
        return None;
    }
    let Some(pf) = rt.prog.panic_func else { return Some(fallback(rt, exit)) };
    let mut fault_addr = 0;
    let value = match &exit {
        Exit::GoPanic(v) => **v,
        Exit::Goexit => Value::ZERO,
        Exit::Panic(msg) => {
            let (text, addr) = split_signal(msg);
            fault_addr = addr.unwrap_or(0);
            match super::alloc::alloc_value(rt, m, Obj::Str(text.into())) {
                Ok(v) => Value { t: rt.prog.runtime_error_type(text), ..v },
                Err(_) => return Some(fallback(rt, exit)),
            }
        }
        _ => return Some(exit),
    };
    let top = st.top;
    let base =
        top.base as usize + rt.prog.funcs.get(top.func as usize).map_or(0, |f| f.nregs as usize);
    let need = base + rt.prog.funcs.get(pf as usize).map_or(1, |f| f.nregs as usize);
    if need > st.regs.len() {
        match super::calls::grow(rt, &st.regs, need) {
            Ok(r) => st.regs = r,
            Err(x) => return Some(x),
        }
    }
    st.regs[base..need].fill(Value::ZERO);
    st.push_frame(Frame { func: pf, pc: 0, base: base as u32, closure: 0 });
    let Some(c) = st.callers.as_mut() else { return Some(fallback(rt, exit)) };
    let frame_depth = c.frames.len() as u32;
    let goexit = exit == Exit::Goexit;
    c.panics.push(PanicRec { value, frame_depth, goexit, fault_addr, ..Default::default() });
    None
}

/// A panic in an Error or String method that fmt called, with no deferred call of the
/// method's frames to run first: fmt catches it (Go's catchPanic), so the stack is cut back
/// to the fmt instruction, which runs again with the panic's text as the method's result
/// ("<nil>" when the receiver is a nil pointer, as Go prints it). Returns whether it did.
fn fmt_catch(rt: &Runtime, st: &mut GState, exit: &Exit) -> bool {
    let Some(c) = st.callers.as_mut() else { return false };
    let Some(fc) = c.fmt.last() else { return false };
    let d = fc.depth as usize;
    // The method's frames are those above the fmt frame; a panic or deferred call of theirs
    // comes first (left to the general path: rare enough).
    if d >= c.frames.len()
        || c.defers.iter().any(|r| r.depth as usize > d)
        || c.panics.iter().any(|p| p.frame_depth as usize >= d)
    {
        return false;
    }
    // A nil pointer receiver (Go prints <nil> whatever the method panicked with). The
    // receiver's type word is cleared for the call, so a zero handle and word stand for it
    // when the method is declared on a pointer (the frame above fmt's) or dereferenced it.
    let method = c.frames.get(d + 1).unwrap_or(&st.top).func;
    let ptr_method = rt.prog.funcs.get(method as usize).is_some_and(|f| f.name.contains(".(*"));
    // A runtime error raised again after the method's deferred calls: its message.
    let runtime_msg = match exit {
        Exit::GoPanic(v) if rt.prog.is_runtime_error(v.t) => Some(rt.heap.str(**v).to_string()),
        Exit::Panic(msg) => Some(msg.to_string()),
        _ => None,
    };
    let nil_deref = runtime_msg.as_ref().is_some_and(|m| m.starts_with(NIL_DEREF_ERROR));
    let nil_recv = fc.recv.h == 0 && fc.recv.w == 0 && (ptr_method || nil_deref);
    let text = match exit {
        _ if nil_recv => crate::rt::methods::NIL_RECEIVER.to_string(),
        Exit::GoPanic(_) if runtime_msg.is_some() => {
            format!("{}{}", crate::rt::methods::PANICKED, runtime_msg.unwrap_or_default())
        }
        Exit::Panic(msg) => {
            let msg = split_signal(msg).0;
            format!("{}{msg}", crate::rt::methods::PANICKED)
        }
        Exit::GoPanic(v) => {
            format!("{}{}", crate::rt::methods::PANICKED, panic_value(&rt.fmt_env(), **v))
        }
        _ => return false,
    };
    let heap = |f: &Frame| f.closure != 0 && f.closure != CAPS_ON_STACK;
    let gone = c.frames[d..].iter().filter(|f| heap(f)).count();
    let keep = c.caps.len().saturating_sub(gone);
    c.caps.truncate(keep);
    let resume = c.frames[d];
    c.frames.truncate(d);
    c.tasks.retain(|t| (t.depth as usize) < d);
    st.top = resume;
    if let Some(fc) = c.fmt.last_mut() {
        fc.panicked = Some(text);
    }
    true
}

/// The message of a panic that cannot run deferred calls.
fn fallback(rt: &Runtime, exit: Exit) -> Exit {
    match exit {
        Exit::GoPanic(v) => Exit::Panic(panic_value(&rt.fmt_env(), *v).into()),
        // Goexit with no deferred call that can run: the goroutine just ends.
        Exit::Goexit => Exit::Done,
        x => x,
    }
}

/// `Exit::Recovered`: the recovered panic's deferred call has returned to the panic frame.
/// Cuts the stack back to the frame that deferred the call, which resumes at its landing pad;
/// panics whose frames go with it are over (Go's recovery, which also drops the panics the
/// recovered one aborted).
pub(super) fn recovered(rt: &Runtime, st: &mut GState) {
    let Some(c) = st.callers.as_mut() else { return };
    let Some(p) = c.panics.pop() else { return };
    let d = p.defer_depth as usize;
    if d >= c.frames.len() {
        crate::sys::internal_error("a recovered panic's deferring frame is not on the stack");
    }
    // The captured values of closure frames from d up are dropped with them: the running
    // frame's are fetched anew when the next slice starts.
    let heap = |f: &Frame| f.closure != 0 && f.closure != CAPS_ON_STACK;
    let gone = c.frames[d..].iter().filter(|f| heap(f)).count();
    let keep = c.caps.len().saturating_sub(gone);
    c.caps.truncate(keep);
    let mut resume = c.frames[d];
    c.frames.truncate(d);
    resume.pc = rt.prog.funcs.get(resume.func as usize).map_or(0, |f| f.recover_pc);
    st.top = resume;
    c.panics.retain(|q| (q.frame_depth as usize) < d);
    c.fmt.retain(|f| (f.depth as usize) < d);
    // Library calls suspended in those frames (or in the one that resumes) are abandoned.
    c.tasks.retain(|t| (t.depth as usize) < d);
}
