//! The natives behind `Op::CallNative`: the library table's (`crate::library`, called
//! through `library_call`) and the older ones with their own `Native` variants (the print
//! builtins, runtime.Gosched/GOMAXPROCS/NumGoroutine/NumCPU, time.Sleep/After/Tick,
//! os.Exit, syscall.Nanosleep).

use super::alloc::new_string_bytes;
use super::callback::{self, Callback};
use super::{Exit, NIL_DEREF};
use crate::library;
use crate::rt::fmt as gofmt;
use crate::rt::g::G;
use crate::rt::obj::Obj;
use crate::sched::{MCtx, Runtime};
use crate::sys::internal_error;
use crate::sys::Ordering;
use crate::vm::op::Native;
use crate::vm::value::Value;
use std::sync::Arc;

/// Calls `native` with the `nargs` arguments at the start of `regs` (the caller's window
/// from the call's base register); results are written from `regs[0]` on.
pub(super) fn call(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    native: Native,
    regs: &mut [Value],
    nargs: usize,
    cb: Callback,
) -> Result<(), Exit> {
    if let Native::Lib(id) = native {
        return library_call(rt, m, g, id, regs, nargs, cb);
    }
    let args = &regs[..nargs];
    match native {
        Native::FmtPrintln | Native::FmtPrint | Native::FmtPrintf => {
            let Some(text) =
                callback::format(rt, m, cb, regs, nargs, |env, args| format(native, env, args))?
            else {
                return Ok(());
            };
            rt.write(m, g.id, 1, &text);
            // (n int, err error): n is the byte count; err stays nil.
            regs[0] = Value::int(text.len() as i64);
            regs[1] = Value::ZERO;
            stop_if_done(rt)
        }
        Native::FmtSprintf | Native::FmtSprint | Native::FmtSprintln => {
            let Some(text) =
                callback::format(rt, m, cb, regs, nargs, |env, args| format(native, env, args))?
            else {
                return Ok(());
            };
            regs[0] = new_string_bytes(rt, m, &text)?;
            Ok(())
        }
        Native::BuiltinPrintln | Native::BuiltinPrint => {
            let text = gofmt::builtin_print(&rt.fmt_env(), args, native == Native::BuiltinPrintln);
            rt.write(m, g.id, 2, &text);
            stop_if_done(rt)
        }
        Native::RuntimeGOMAXPROCS => {
            let n = if nargs > 0 { args[0].as_int() } else { 0 };
            let prev = rt.gomaxprocs.load(Ordering::Relaxed);
            regs[0] = Value::int(prev as i64);
            if n > 0 && n as usize != prev {
                // Changing the P count stops the world, which cannot happen inside a slice:
                // the M does it once this slice is over.
                m.want_procs = Some(n as usize);
                return Err(Exit::Yielded);
            }
            Ok(())
        }
        Native::RuntimeNumGoroutine => {
            regs[0] = Value::int(rt.goroutine_count() as i64);
            Ok(())
        }
        Native::RuntimeNumCPU => {
            regs[0] = Value::int(rt.nprocs() as i64);
            Ok(())
        }
        Native::RuntimeGosched => Err(Exit::Yielded),
        Native::RuntimeGoexit => Err(Exit::Goexit),
        Native::TimeAfterChan | Native::TimeTickChan => {
            let (ch, d) = (args[0], args[1].as_int());
            if native == Native::TimeTickChan && d <= 0 {
                regs[0] = Value::ZERO;
            } else {
                let period = if native == Native::TimeTickChan { d as u64 } else { 0 };
                rt.start_chan_timer(m, g.id, ch.h, d.max(0) as u64, period);
            }
            Ok(())
        }
        Native::OsExit => {
            rt.finish(args[0].as_int() as i32, None);
            Err(Exit::Yielded)
        }
        Native::SyscallNanosleep => {
            // *Timespec: a struct object {Sec, Nsec}; nil is Go's EFAULT, which we treat as
            // a nil dereference.
            let ts = args[0];
            if ts.h == 0 {
                return Err(Exit::Panic(NIL_DEREF.into()));
            }
            let ns = match &*rt.heap.lock(ts.h) {
                Obj::Struct(f) if f.len() == 2 => {
                    f[0].as_int().saturating_mul(1_000_000_000).saturating_add(f[1].as_int())
                }
                _ => internal_error("Nanosleep of a value that is not a Timespec"),
            };
            regs[0] = Value::ZERO; // a nil error
            Err(Exit::Syscall(ns.max(0) as u64))
        }
        Native::Lib(_) => unreachable!("handled above"),
        Native::TimeSleep => {
            let d = args[0].as_int();
            if d > 0 {
                rt.sleep(m, g, d as u64);
                return Err(Exit::Parked);
            }
            Ok(())
        }
    }
}

/// Calls native `id` of the library table; its results replace the arguments in `regs`.
fn library_call(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    id: u16,
    regs: &mut [Value],
    nargs: usize,
    cb: Callback,
) -> Result<(), Exit> {
    let Some(native) = library::natives().get(id as usize) else {
        internal_error(&format!("call of unknown library native {id}"));
    };
    if native.member.calls_go {
        return super::task::run(rt, m, g, id, regs, nargs, cb);
    }
    let mut cb = cb;
    cb.pending = nargs;
    let Some(ran) = run_imp(rt, m, g, native, regs, nargs, &mut cb) else {
        return Ok(()); // the pending call runs the method, then this call again
    };
    match ran.res {
        Ok(()) => {
            regs[..ran.results.len()].copy_from_slice(&ran.results);
            stop_if_done(rt)
        }
        Err(f) => Err(fault_exit(f)),
    }
}

/// What a native's implementation did: its outcome, its results and the coroutine it
/// started (library/task.rs), if any.
pub(super) struct Ran {
    pub res: Result<(), library::Fault>,
    pub results: Vec<Value>,
    pub started: Option<library::task::Task>,
}

/// Runs `native`'s implementation over the `nargs` arguments at the start of `regs`. A
/// formatting native (fmt's Print and Fprint families) may first need String and Error
/// methods called (callback.rs): None when it asked for one, which the registers from
/// `cb.pending` (the function, then the receiver and result) now name.
pub(super) fn run_imp(
    rt: &Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    native: &library::Native,
    regs: &mut [Value],
    nargs: usize,
    cb: &mut Callback,
) -> Option<Ran> {
    let p = cb.pending;
    let calls = native.formats.then(|| callback::begin(rt, cb.st, cb.depth, regs, p));
    let mut call = library::Call::new(rt, m, g, &regs[..nargs]);
    call.method = matches!(native.member.kind, library::Kind::Method(..));
    call.methods = calls.as_ref();
    call.callers = cb.callers;
    call.running = Some((&*cb.st, cb.top));
    let res = (native.imp)(&mut call);
    let started = call.started.take();
    let results = call.results().to_vec();
    drop(call);
    if let Some(calls) = calls {
        match callback::finish(rt, m, cb.st, cb.depth, regs, p, calls) {
            Ok(true) => {}
            Ok(false) => return None,
            Err(e) => return Some(Ran { res: Err(library::Fault::Fatal(e)), results, started }),
        }
    }
    Some(Ran { res, results, started })
}

/// The interpreter's exit for a native's fault.
pub(super) fn fault_exit(f: library::Fault) -> Exit {
    match f {
        library::Fault::Panic(s) => Exit::Panic(s.into()),
        library::Fault::Fatal(s) => Exit::Fatal(s.into()),
        library::Fault::NeedGc => Exit::NeedGc,
        library::Fault::Parked => Exit::Parked,
        library::Fault::Yielded => Exit::Yielded,
        library::Fault::ReadStdin => Exit::ReadStdin,
        library::Fault::CallGo => internal_error("a library call asked for a method call"),
    }
}

/// The bytes of a fmt Print/Sprint function.
fn format(native: Native, env: &gofmt::Env, args: &[Value]) -> Vec<u8> {
    let kind = match native {
        Native::FmtPrintln | Native::FmtSprintln => gofmt::PrintKind::Println,
        Native::FmtPrint | Native::FmtSprint => gofmt::PrintKind::Print,
        _ => gofmt::PrintKind::Printf,
    };
    gofmt::sprint_bytes(env, kind, args)
}

/// After output: once the program has ended (the output limit, another goroutine's
/// os.Exit), this goroutine stops at once.
pub(super) fn stop_if_done(rt: &Runtime) -> Result<(), Exit> {
    if rt.is_done() {
        Err(Exit::Yielded)
    } else {
        Ok(())
    }
}
