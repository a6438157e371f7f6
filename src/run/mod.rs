//! The M loop: what an M does from start to exit (Go's mstart -> schedule -> execute ->
//! gogo). It sits above both the scheduler and the interpreter, so neither calls the other
//! back: `schedule` asks `sched` for a runnable G, `execute` hands it to `interp::run` for
//! one time slice, and what the slice ended with (`Exit`) goes back to `sched` (requeue,
//! goexit, crash). Two drivers share this loop:
//!
//! - threads mode: `mstart` is the body of one M, a std thread natively or a Web Worker;
//! - deterministic mode: `Deterministic` lets the Ms take turns on one host thread, in an
//!   order drawn from a seeded generator, with a virtual clock.

mod det;

pub use self::det::Deterministic;
use crate::interp::{self, Exit};
use crate::rt::g::G;
use crate::sched::{MCtx, Runtime};
#[cfg(not(target_arch = "wasm32"))]
use crate::sched::{Config, Mode, Outcome};
use crate::sys::{lock, thread, Arc};
use crate::trace::StopReason;
#[cfg(not(target_arch = "wasm32"))]
use crate::vm::program::Program;

/// find_runnable attempts an idle M makes before it parks (threads mode).
const SPIN_TRIES: u32 = 64;

/// Threads mode: the body of M `id` (a std thread or a Web Worker). Returns when the run
/// ends. An M with no work spins a little (a hand-off usually arrives within microseconds),
/// then gives up its P and parks until `wakep`.
pub fn mstart(rt: &Runtime, id: usize) {
    let mut m = MCtx::new(id, rt.cfg.seed);
    let mut spins = 0;
    while !rt.is_done() {
        rt.check_deadline();
        if m.p.is_none() && !rt.acquire_p(&mut m) {
            rt.park_m(&mut m);
            continue;
        }
        if rt.must_release_p(&m) {
            rt.release_p(&mut m);
            continue;
        }
        if let Some(g) = rt.find_runnable(&mut m, spins == SPIN_TRIES - 1) {
            spins = 0;
            execute(rt, &mut m, g);
            continue;
        }
        spins += 1;
        if spins < SPIN_TRIES {
            std::hint::spin_loop();
            if spins % 8 == 0 {
                thread::yield_now();
            }
            continue;
        }
        spins = 0;
        rt.release_p(&mut m);
        rt.park_m(&mut m);
    }
    rt.release_p(&mut m);
    rt.heap.flush(&mut m.cache);
}

/// execute: runs one time slice of `g` on `m` (which holds a P), with the world lock held
/// shared so that no collection runs meanwhile, then collects if the heap asks for it.
pub(crate) fn execute(rt: &Runtime, m: &mut MCtx, g: Arc<G>) {
    let world = rt.world_read();
    let need_gc = run_slice(rt, m, g);
    drop(world);
    if need_gc {
        rt.collect();
    } else {
        rt.maybe_collect();
    }
}

/// One slice of `g`; returns true when an allocation asked for a collection.
fn run_slice(rt: &Runtime, m: &mut MCtx, g: Arc<G>) -> bool {
    rt.execute_begin(m, &g);
    let mut st = lock(&g.state);
    let fuel = rt.cfg.limits.fuel;
    let mut exit;
    if st.gc_retry {
        // The first instruction runs again after a collection. It runs alone, with
        // `m.gc_retry` set, so that an allocation that still does not fit is reported as out
        // of memory instead of asking for yet another collection (which could go on forever
        // for an instruction that allocates twice).
        st.gc_retry = false;
        m.gc_retry = true;
        exit = interp::run(rt, m, &g, &mut st, 1);
        m.gc_retry = false;
        rt.clock.advance(m.used_fuel as u64);
        if exit == Exit::Preempted {
            exit = interp::run(rt, m, &g, &mut st, fuel - 1);
            rt.clock.advance(m.used_fuel as u64);
        }
    } else {
        exit = interp::run(rt, m, &g, &mut st, fuel);
        rt.clock.advance(m.used_fuel as u64);
    }
    let mut need_gc = false;
    match exit {
        Exit::Preempted | Exit::Yielded => {
            drop(st);
            let reason = if exit == Exit::Yielded {
                StopReason::Yielded
            } else {
                StopReason::Preempted
            };
            rt.gosched(m, g, reason);
        }
        Exit::NeedGc => {
            // The pc is still on the allocating instruction: collect, then run it again.
            st.gc_retry = true;
            drop(st);
            rt.gc_requeue(m, g);
            need_gc = true;
        }
        Exit::Parked => {
            // The G is on a wait queue and may already be running on another M: hands off.
        }
        Exit::Done => {
            drop(st);
            rt.goexit(m, &g);
        }
        Exit::Panic(msg) => rt.crash(&g, &st, &format!("panic: {msg}")),
        Exit::Fatal(msg) => rt.crash(&g, &st, &msg),
    }
    rt.check_deadline();
    need_gc
}

/// The message of a Rust panic caught on an M (always our bug).
#[cfg(not(target_arch = "wasm32"))]
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown panic".into())
}

/// Runs a program to completion on this machine: std threads in threads mode, this thread in
/// deterministic mode. Used by the CLI and the tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn run_native(prog: Arc<Program>, cfg: Config) -> Outcome {
    use std::panic::{catch_unwind, AssertUnwindSafe};
    let mode = cfg.mode;
    let rt = Runtime::new(prog, cfg);
    // A Rust panic on an M is our bug. It must end the run with a message, not leave the
    // other Ms parked forever: catch it and finish the run (which wakes every M).
    let guarded = |f: &mut dyn FnMut()| {
        if let Err(payload) = catch_unwind(AssertUnwindSafe(f)) {
            rt.finish(2, Some(format!("\n{}\n", panic_message(&*payload))));
        }
    };
    match mode {
        Mode::Threads => {
            thread::scope(|s| {
                for i in 0..rt.m_count() {
                    let (rt, guarded) = (&rt, &guarded);
                    thread::spawn_scoped(s, format!("gopark-m{i}"), move || guarded(&mut || mstart(rt, i)));
                }
            });
        }
        Mode::Deterministic => {
            let mut det = Deterministic::new(&rt);
            guarded(&mut || while !det.run(&rt, 10_000) {});
        }
    }
    Outcome {
        stdout: rt.take_stdout(),
        stderr: rt.take_stderr(),
        exit_code: rt.exit_code().unwrap_or(2),
        events: rt.all_events(),
    }
}
