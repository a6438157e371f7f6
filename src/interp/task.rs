//! The driver of library calls that call Go code (`library::task`, whose module comment
//! holds the protocol). A call's coroutine is kept in `GState`'s callers
//! (`rt::g::TaskRec`, keyed by the frame depth of the instruction) while the Go function it
//! asked for runs as an ordinary call; the instruction then runs again and this driver
//! resumes it.

use super::callback::Callback;
use super::natives::{fault_exit, stop_if_done};
use super::{calls, Exit, NIL_DEREF};
use crate::library::task::{Request, Task};
use crate::library::{self, Call, Fault, GO_CALL_REGS};
use crate::rt::g::{TaskRec, G};
use crate::sched::{MCtx, Runtime};
use crate::sys::{internal_error, lock};
use crate::vm::op::FuncId;
use crate::vm::value::Value;
use std::sync::Arc;
use std::task::Poll;

/// Runs (or resumes) library native `id`, whose arguments are the `nargs` registers at the
/// start of `regs`; the pending call's function goes to `regs[cb.pending]`.
pub(super) fn run(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    id: u16,
    regs: &mut [Value],
    nargs: usize,
    mut cb: Callback,
) -> Result<(), Exit> {
    let p = cb.pending;
    let resumed =
        cb.st.callers.as_ref().and_then(|c| c.tasks.last()).is_some_and(|t| t.depth == cb.depth);
    if !resumed {
        let Some(task) = start(rt, m, g, id, regs, nargs, &mut cb)? else { return Ok(()) };
        cb.st.callers.get_or_insert_with(Default::default).tasks.push(TaskRec {
            depth: cb.depth,
            awaiting: false,
            frames: Vec::new(),
            roots: Vec::new(),
            state: Box::new(task),
        });
    }
    let callers = cb.st.callers.get_or_insert_with(Default::default);
    let Some(rec) = callers.tasks.last_mut() else { internal_error("library task vanished") };
    let Some(task) = rec.state.downcast_mut::<Task>() else {
        internal_error("a library task of another kind")
    };
    if std::mem::take(&mut rec.awaiting) {
        // Back from the Go call: its results are where its frame's register 0 was.
        let mut io = lock(&task.io);
        let n = io.reply.len();
        let got = regs.get(p + 1..p + 1 + n).unwrap_or_default().to_vec();
        io.reply = got;
    }
    let step = drive(rt, m, g, task, regs, nargs, p);
    match step {
        Step::Call(want, args) => {
            let mut io = lock(&task.io);
            rec.frames = io.frames.clone();
            rec.roots.truncate(io.synced);
            let from = rec.roots.len();
            rec.roots.extend_from_slice(&io.roots[from..]);
            io.synced = io.roots.len();
            drop(io);
            rec.awaiting = true;
            regs[p] = want;
            regs[p + 1..p + 1 + args.len()].copy_from_slice(&args);
            Ok(())
        }
        Step::Again => Err(Exit::NeedGc),
        Step::Done(res) => {
            callers.tasks.pop();
            regs[p] = Value::ZERO;
            let results = res.map_err(fault_exit)?;
            finish(rt, regs, p, &results)
        }
    }
}

/// Runs native `id`'s implementation: the coroutine it started, or None when it finished
/// (its results written) or asked for a String or Error method first.
fn start(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    id: u16,
    regs: &mut [Value],
    nargs: usize,
    cb: &mut Callback,
) -> Result<Option<Task>, Exit> {
    let Some(native) = library::natives().get(id as usize) else {
        internal_error("call of an unknown library native");
    };
    // A formatting native (fmt.Fprintf to a Writer of the program's own) first has the
    // String and Error methods it needs called, through the same pending-call registers.
    let Some(ran) = super::natives::run_imp(rt, m, g, native, regs, nargs, cb) else {
        return Ok(None); // the pending call runs the method, then this call again
    };
    ran.res.map_err(fault_exit)?;
    match ran.started {
        Some(task) => Ok(Some(task)),
        None => finish(rt, regs, cb.pending, &ran.results).map(|()| None),
    }
}

/// How a run of the coroutine ended.
enum Step {
    /// It asks for a Go call: the pending call's function value and its arguments.
    Call(Value, Vec<Value>),
    /// Its native step needs a collection first: the instruction runs again after it.
    Again,
    /// It finished (or failed).
    Done(Result<Vec<Value>, Fault>),
}

/// Runs the coroutine until it asks for a Go call or ends, serving its native requests.
fn drive(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    task: &mut Task,
    regs: &[Value],
    nargs: usize,
    p: usize,
) -> Step {
    loop {
        let req = lock(&task.io).req.take();
        match req {
            None => match task.poll() {
                Poll::Ready(r) => return Step::Done(r),
                Poll::Pending if lock(&task.io).req.is_none() => {
                    internal_error("a library task waits for nothing")
                }
                Poll::Pending => {}
            },
            Some(Request::Native(mut f)) => {
                let mut call = Call::new(rt, m, g, &regs[..nargs]);
                match f(&mut call) {
                    Ok(v) => lock(&task.io).reply = v,
                    Err(Fault::NeedGc) => {
                        lock(&task.io).req = Some(Request::Native(f));
                        return Step::Again;
                    }
                    Err(e) => return Step::Done(Err(e)),
                }
            }
            Some(Request::Call { f, args, nres }) => {
                if f.h == 0 {
                    return Step::Done(Err(Fault::Panic(NIL_DEREF.into())));
                }
                let (func, _) = calls::closure_parts(rt, f.h);
                return go_call(task, func, f.h, args, nres, regs.len(), p);
            }
            Some(Request::Func { func, args, nres }) => {
                if rt.prog.funcs.get(func as usize).is_none() {
                    internal_error("a library task calls an unknown function");
                }
                return go_call(task, func, 0, args, nres, regs.len(), p);
            }
            Some(Request::Method { recv, name, args, nres }) => {
                let Some(func) = method_by_name(rt, recv, name) else {
                    return Step::Done(Err(Fault::Panic(NIL_DEREF.into())));
                };
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(Value { t: 0, ..recv });
                all.extend(args);
                return go_call(task, func, 0, all, nres, regs.len(), p);
            }
        }
    }
}

/// The step that calls `func` (closure `closure`, or 0) with `args`; the reply will hold
/// its `nres` results.
fn go_call(
    task: &mut Task,
    func: FuncId,
    closure: u32,
    args: Vec<Value>,
    nres: usize,
    nregs: usize,
    p: usize,
) -> Step {
    if args.len().max(nres) + 1 > GO_CALL_REGS as usize || p + 1 + args.len() > nregs {
        internal_error("a library task's Go call does not fit its registers");
    }
    lock(&task.io).reply = vec![Value::ZERO; nres];
    Step::Call(Value { w: func as u64, h: closure, t: 1 }, args)
}

/// The function of method `name` of the interface value `recv` (None for a nil interface).
fn method_by_name(rt: &Runtime, recv: Value, name: &str) -> Option<FuncId> {
    if recv.t == 0 {
        return None;
    }
    let prog = &rt.prog;
    let t = prog.types.get(recv.t as usize)?;
    let found = t.methods.iter().find(|(sel, _)| {
        prog.selectors
            .get(*sel as usize)
            .is_some_and(|s| s.strip_prefix(name).is_some_and(|r| r.starts_with('(')))
    });
    match found {
        Some((_, f)) => Some(*f),
        None => internal_error(&format!("type {} has no method {name}", t.name)),
    }
}

/// Writes a finished call's results over its arguments and clears the pending call.
fn finish(rt: &Runtime, regs: &mut [Value], p: usize, results: &[Value]) -> Result<(), Exit> {
    regs[p] = Value::ZERO;
    regs[..results.len()].copy_from_slice(results);
    stop_if_done(rt)
}
