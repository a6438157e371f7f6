//! The M loop: what an M does from start to exit (Go's mstart -> schedule -> execute ->
//! gogo). It sits above both the scheduler and the interpreter, so neither calls the other
//! back: `schedule` asks `sched` for a runnable G, `execute` hands it to `interp::run` one
//! chunk of instructions at a time, and what a chunk ended with (`Exit`) goes back to
//! `sched` (requeue, park, goexit, crash, system call). Two drivers share `step`:
//!
//! - threads mode: `mstart` is the body of one M, a std thread natively or a Web Worker;
//!   `sysmon_main` (in sched) runs beside them on a thread or worker of its own;
//! - deterministic mode: `Deterministic` lets the Ms take turns on one host thread, each M
//!   on its own virtual clock (run/det.rs).
//!
//! A time slice is a run of chunks (`Limits::fuel` instructions each). Between chunks the M
//! lets go of the world lock if another M waits to stop the world (a collection or
//! procresize, which then runs there; `step`) and asks `slice_must_end`: a G keeps its M
//! until it blocks, ends, or sysmon asks it to stop after 10 ms, as in Go.

mod det;

pub use self::det::Deterministic;
use crate::interp::{self, Exit};
use crate::rt::g::G;
use crate::sched::{Config, Mode, Outcome};
use crate::sched::{MCtx, Runtime};
use crate::sys::{lock, thread, Arc, RwLockReadGuard};
use crate::trace::StopReason;
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
        if spins == 1 {
            rt.emit(&m, crate::trace::Kind::MSpin, 0, 0, 0);
        }
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

/// execute's start: `g` runs on `m` now, unless it inherits a slice that sysmon asked to
/// end (`preempt_on_entry`): then it goes to the global queue at once and this returns None.
fn begin(rt: &Runtime, m: &MCtx, g: Arc<G>) -> Option<Arc<G>> {
    rt.execute_begin(m, &g);
    if rt.preempt_on_entry(m) {
        rt.slice_end(m);
        rt.gosched(m, g, StopReason::Preempted);
        return None;
    }
    Some(g)
}

/// execute (threads mode): runs `g` on `m` (which holds a P) until its slice is over. A
/// system call blocks this thread; the G goes on afterwards if the M gets a P back.
fn execute(rt: &Runtime, m: &mut MCtx, g: Arc<G>) {
    if rt.must_release_p(m) {
        // procresize took this M's P away between find_runnable and now.
        rt.gosched(m, g, StopReason::Yielded);
        return;
    }
    let Some(mut g) = begin(rt, m, g) else { return };
    // The shared hold on the world, kept from chunk to chunk while no one waits to stop it.
    let mut world = None;
    loop {
        match step(rt, m, &g, &mut world) {
            Step::Continue => {}
            Step::Over(after) => {
                m.release_g(g);
                return after.run(rt, m);
            }
            Step::Syscall(call) => {
                rt.entersyscall(m, &g);
                block_in_syscall(rt, call);
                match rt.exitsyscall(m, g) {
                    Some(back) => {
                        g = back;
                        rt.execute_begin(m, &g);
                    }
                    None => return, // queued globally; this M has no P and parks
                }
            }
        }
    }
}

/// The M blocks in the kernel (sleeps, or reads standard input), holding no lock.
fn block_in_syscall(rt: &Runtime, call: Syscall) {
    match call {
        Syscall::Sleep(0) => {}
        Syscall::Sleep(ns) => std::thread::sleep(std::time::Duration::from_nanos(ns)),
        Syscall::ReadStdin => rt.fill_stdin(),
    }
}

/// The blocking system calls a goroutine makes.
#[derive(Clone, Copy)]
enum Syscall {
    /// syscall.Nanosleep for this many nanoseconds.
    Sleep(u64),
    /// A read of the process's standard input (sched/stdin.rs).
    ReadStdin,
}

/// How one chunk of a G left things.
enum Step {
    /// The slice goes on: run another chunk.
    Continue,
    /// The slice is over; the M does `After` outside the world lock.
    Over(After),
    /// The G entered a blocking system call.
    Syscall(Syscall),
}

/// What the M must do once a slice is over and the world lock is released.
enum After {
    Nothing,
    /// An allocation asked for a collection: collect, then queue `g` to run the
    /// instruction again (not before: another M could take it and retry too early).
    Collect(Arc<G>),
    /// runtime.GOMAXPROCS(n) was called by this G: resize, then let it go on.
    Procresize(usize, Arc<G>),
}

impl After {
    fn run(self, rt: &Runtime, m: &mut MCtx) {
        match self {
            After::Nothing => rt.maybe_collect(),
            After::Collect(g) => {
                rt.collect();
                rt.gc_requeue(m, g);
            }
            After::Procresize(n, g) => {
                rt.procresize(m, n);
                rt.runqput_after_resize(m, g);
            }
        }
    }
}

/// Runs one chunk of `g` with the world lock held shared (no collection or procresize runs
/// meanwhile) and acts on how it ended. `held` is the hold of the slice's previous chunk, if
/// it kept one; after a chunk that lets the slice go on, the hold is kept in `held` unless
/// another M waits to stop the world or a collection is due (then it is released and the
/// next chunk waits for the world to start again).
fn step<'a>(
    rt: &'a Runtime,
    m: &mut MCtx,
    g: &Arc<G>,
    held: &mut Option<RwLockReadGuard<'a, ()>>,
) -> Step {
    let world = held.take().unwrap_or_else(|| rt.world_read());
    // The G's state is locked for the chunk only: a collection (maybe_collect below)
    // locks every G's state to find its roots.
    let step = {
        let mut st = lock(&g.state);
        let exit = run_chunk(rt, m, g, &mut st);
        match exit {
            Exit::Preempted if !rt.slice_must_end(m) => Step::Continue,
            Exit::Preempted => {
                drop(st);
                rt.slice_end(m);
                rt.gosched(m, g.clone(), StopReason::Preempted);
                Step::Over(After::Nothing)
            }
            Exit::Yielded if m.want_procs.is_some() => {
                drop(st);
                let n = m.want_procs.take().unwrap_or(1);
                rt.slice_end(m);
                rt.stop_running(m, g, StopReason::Yielded);
                Step::Over(After::Procresize(n, g.clone()))
            }
            Exit::Yielded => {
                drop(st);
                rt.slice_end(m);
                rt.gosched(m, g.clone(), StopReason::Yielded);
                Step::Over(After::Nothing)
            }
            Exit::NeedGc => {
                // The pc is still on the allocating instruction: collect, then run it again.
                st.gc_retry = true;
                drop(st);
                rt.slice_end(m);
                Step::Over(After::Collect(g.clone()))
            }
            Exit::Syscall(ns) => Step::Syscall(Syscall::Sleep(ns)),
            Exit::ReadStdin => Step::Syscall(Syscall::ReadStdin),
            Exit::Parked => {
                // The G is on a wait queue and may already be running on another M: hands off.
                rt.slice_end(m);
                Step::Over(After::Nothing)
            }
            Exit::Done => {
                rt.slice_end(m);
                rt.goexit(m, g, &st);
                Step::Over(After::Nothing)
            }
            Exit::Panic(msg) => {
                rt.crash(g, &st, &format!("panic: {msg}"));
                Step::Over(After::Nothing)
            }
            Exit::GoPanic(_) | Exit::Recovered | Exit::Goexit => {
                crate::sys::internal_error("a panic left the interpreter unhandled")
            }
            Exit::Fatal(msg) => {
                rt.crash(g, &st, &msg);
                Step::Over(After::Nothing)
            }
        }
    };
    let go_on = matches!(step, Step::Continue);
    if go_on && rt.may_keep_world() {
        *held = Some(world);
    } else {
        drop(world);
    }
    rt.check_deadline();
    if go_on && held.is_none() {
        rt.maybe_collect();
    }
    step
}

/// One call of the interpreter, advancing the (virtual) clock by the instructions run.
fn run_chunk(rt: &Runtime, m: &mut MCtx, g: &Arc<G>, st: &mut crate::rt::g::GState) -> Exit {
    let fuel = rt.cfg.limits.fuel;
    if st.gc_retry {
        // The instruction that asked for a collection runs again, alone, with `m.gc_retry`
        // set, so that an allocation that still does not fit is reported as out of memory
        // instead of asking for yet another collection (which could go on forever for an
        // instruction that allocates twice).
        st.gc_retry = false;
        m.gc_retry = true;
        let exit = interp::run(rt, m, g, st, 1);
        m.gc_retry = false;
        rt.clock.advance(m.used_fuel as u64 + std::mem::take(&mut m.extra_ns));
        if exit != Exit::Preempted {
            return exit;
        }
    }
    let exit = interp::run(rt, m, g, st, fuel);
    rt.clock.advance(m.used_fuel as u64 + std::mem::take(&mut m.extra_ns) + SWITCH_NS);
    exit
}

/// Virtual nanoseconds charged for each chunk besides its instructions: the cost of the
/// switch into and out of the goroutine (Go's is 100-200 ns). Without it a goroutine that
/// yields every few instructions (a `runtime.Gosched` or ping-pong loop) advanced virtual
/// time by a few ns per switch while the host spent about a microsecond, so a time limit of
/// 20 ms took 5.6 s of host time.
const SWITCH_NS: u64 = 200;

/// The message of a Rust panic caught on an M (always our bug).
#[cfg(not(target_arch = "wasm32"))]
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown panic".into())
}

/// Runs a program to completion on this machine: std threads (one per M, and one for
/// sysmon) in threads mode, this thread in deterministic mode. Used by the CLI and tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn run_native(prog: Arc<Program>, cfg: Config) -> Outcome {
    run_native_with(prog, cfg, &mut |_| {})
}

/// `run_native`, handing the new runtime to `started` first (the CLI's Ctrl-C handler and
/// tests raise signals through it).
#[cfg(not(target_arch = "wasm32"))]
pub fn run_native_with(
    prog: Arc<Program>,
    cfg: Config,
    started: &mut dyn FnMut(&Arc<Runtime>),
) -> Outcome {
    use std::panic::{catch_unwind, AssertUnwindSafe};
    let mode = cfg.mode;
    let rt = Runtime::new(prog, cfg);
    started(&rt);
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
                for i in 0..=rt.m_count() {
                    let (rt, guarded) = (&rt, &guarded);
                    let sysmon = i == rt.m_count();
                    let name = if sysmon { "gopark-sysmon".into() } else { format!("gopark-m{i}") };
                    thread::spawn_scoped(s, name, move || {
                        guarded(&mut || if sysmon { rt.sysmon_main() } else { mstart(rt, i) })
                    });
                }
            });
        }
        Mode::Deterministic => {
            let mut det = Deterministic::new(&rt);
            guarded(&mut || while !det.run(&rt, 10_000) {});
        }
    }
    outcome(&rt)
}

/// Runs a program to completion in deterministic mode on this thread. Every target has it:
/// the exercise checks run programs this way in the browser's host worker too.
pub fn run_deterministic(prog: Arc<Program>, mut cfg: Config) -> Outcome {
    cfg.mode = Mode::Deterministic;
    let rt = Runtime::new(prog, cfg);
    let mut det = Deterministic::new(&rt);
    while !det.run(&rt, 10_000) {}
    outcome(&rt)
}

/// What a finished run leaves.
fn outcome(rt: &Runtime) -> Outcome {
    let (end_ns, goroutines_left) = rt.end_state();
    Outcome {
        stdout: rt.take_stdout(),
        stderr: rt.take_stderr(),
        exit_code: rt.exit_code().unwrap_or(2),
        events: rt.all_events(),
        strings: rt.all_strings(),
        truncated: rt.trace_truncated(),
        end_ns,
        goroutines_left,
        goroutines_started: rt.goroutines_started(),
    }
}
