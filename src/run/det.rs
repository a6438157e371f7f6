//! Deterministic mode: the Ms take turns on one host thread, each on its own virtual clock.
//!
//! Every M has a virtual time that advances by one nanosecond per instruction its
//! goroutines execute. The next turn goes to the M furthest behind (ties broken by the
//! seeded generator), and a turn is one scheduling step or one chunk of a time slice
//! (`Limits::fuel` instructions). So Ps run side by side in virtual time: a CPU-bound
//! program on 2 Ps takes half the virtual time it takes on 1, and the timeline shows both
//! busy at once, as threads mode does; and the same seed gives the same turns, hence
//! byte-identical output and trace.
//!
//! Causality: an M woken by another (wakep, a hand-off) starts WAKE_NS (5 us) after the
//! waker's time, as a thread woken by the OS does, never before; a G taken from another P may start up to one chunk (20 us of virtual time)
//! before the moment it became runnable, because the M that readied it can be at most one
//! turn ahead of the M furthest behind.
//!
//! When every M is parked, every goroutine is blocked: time jumps to the next timer (as the
//! Go playground's faked time does), or, with none, checkdead reports the deadlock. An M in
//! a system call sleeps on virtual time: its clock is set to the call's end, so it takes its
//! next turn (exitsyscall) once every other M has caught up; sysmon retakes its P 20 us
//! after the call began, at that virtual moment.

use super::{begin, step, After, Step, Syscall};
use crate::rt::g::G;
use crate::sched::{splitmix, MCtx, Runtime};
use crate::sys::Arc;

/// How long a parked M takes to start after another M wakes it (virtual ns): a futex wake
/// on Linux takes some microseconds before the thread runs.
const WAKE_NS: u64 = 5_000;

/// How long one `run` call waits for a signal when nothing else can happen: natively a
/// short sleep (the CLI's loop calls again), never on the browser's host worker.
const SIGNAL_WAIT: std::time::Duration =
    std::time::Duration::from_millis(if cfg!(target_arch = "wasm32") { 0 } else { 50 });

/// One M of the turn-taker.
struct DetM {
    m: MCtx,
    /// This M's virtual time (ns).
    now: u64,
    /// The G whose slice is in progress on this M (it keeps running across turns).
    curg: Option<Arc<G>>,
    /// The G blocked in a system call on this M; the call ends at `now`.
    syscall: Option<Arc<G>>,
}

pub struct Deterministic {
    ms: Vec<DetM>,
    rng: u64,
}

impl Deterministic {
    pub fn new(rt: &Runtime) -> Deterministic {
        // As in Go, one M starts the program and the others are started by wakep when there is
        // work for them (so they begin WAKE_NS after it, not at time zero beside M0).
        for mi in 1..rt.m_count() {
            rt.mark_m_parked(mi);
        }
        Deterministic {
            ms: (0..rt.m_count())
                .map(|i| DetM { m: MCtx::new(i, rt.cfg.seed), now: 0, curg: None, syscall: None })
                .collect(),
            rng: splitmix(rt.cfg.seed),
        }
    }

    /// Runs up to `max_turns` turns. Returns true once the run has ended.
    pub fn run(&mut self, rt: &Runtime, max_turns: usize) -> bool {
        for _ in 0..max_turns {
            if rt.is_done() {
                break;
            }
            // The time limit holds even when no goroutine runs: timers alone (a ticker nobody
            // stopped, main waiting forever) move virtual time without a chunk, whose end is
            // where the limit is checked otherwise.
            rt.check_deadline();
            if rt.is_done() {
                break;
            }
            let parked = rt.parked_ms();
            let next = self.furthest_behind(&parked);
            let earliest = next.map(|mi| self.ms[mi].now);
            // sysmon's next retake, or the next timer while some M is parked, may come
            // before the next turn: they happen first, at their own virtual moment.
            if let Some(t) = rt.next_retake_ns().filter(|&t| earliest.is_none_or(|e| t <= e)) {
                rt.clock.set(t);
                rt.sysmon_tick();
                self.catch_up_woken(rt, &parked, t);
                continue;
            }
            // Only when an idle P exists: a woken M without a P would park again at once,
            // and the turn-taker would wake it forever (the M holding the P runs its timers).
            let can_wake = !parked.is_empty() && rt.idle_p_available();
            if let Some(t) =
                rt.next_timer_ns().filter(|&t| can_wake && earliest.is_none_or(|e| t < e))
            {
                // Every goroutine that could run is behind a timer: one parked M wakes at it.
                rt.clock.set(t);
                self.rng = splitmix(self.rng);
                rt.unpark_nth_m(self.rng as usize);
                self.catch_up_woken(rt, &parked, t);
                continue;
            }
            let Some(mi) = next else {
                if rt.awaits_signal() {
                    // Only a signal from outside can wake the program (sched/signal.rs):
                    // give the driver back its thread (the browser's host worker receives
                    // the Ctrl-C message between steps).
                    rt.wait_signal(SIGNAL_WAIT);
                    return rt.is_done();
                }
                rt.checkdead();
                continue;
            };
            rt.clock.set(self.ms[mi].now);
            self.turn(rt, mi);
            if self.ms[mi].syscall.is_none() {
                self.ms[mi].now = self.ms[mi].now.max(rt.clock.now_ns());
            }
            // An M woken by this turn (wakep, a hand-off) starts WAKE_NS later: the OS's
            // wake-up latency, which is why in Go the G put in runnext runs before a spinning
            // M steals the G queued behind it.
            let now = rt.clock.now_ns();
            self.catch_up_woken(rt, &parked, now.saturating_add(WAKE_NS));
        }
        if rt.is_done() {
            for dm in self.ms.iter_mut() {
                rt.release_p(&mut dm.m);
                rt.heap.flush(&mut dm.m.cache);
            }
        }
        rt.is_done()
    }

    /// The active M with the smallest virtual time; ties broken by the seed.
    fn furthest_behind(&mut self, parked: &[usize]) -> Option<usize> {
        let active = (0..self.ms.len()).filter(|i| !parked.contains(i));
        let min = active.clone().map(|i| self.ms[i].now).min()?;
        let tied: Vec<usize> = active.filter(|&i| self.ms[i].now == min).collect();
        if tied.len() == 1 {
            return Some(tied[0]);
        }
        self.rng = splitmix(self.rng);
        Some(tied[(self.rng % tied.len() as u64) as usize])
    }

    /// Ms that were parked and are not any more were woken at `now`: they start there.
    fn catch_up_woken(&mut self, rt: &Runtime, parked_before: &[usize], now: u64) {
        let parked = rt.parked_ms();
        for &mi in parked_before {
            if !parked.contains(&mi) {
                self.ms[mi].now = self.ms[mi].now.max(now);
            }
        }
    }

    /// One turn of M `mi`: the end of its system call, one chunk of its G, or one
    /// scheduling step (find a G and run its first chunk, or park).
    fn turn(&mut self, rt: &Runtime, mi: usize) {
        let dm = &mut self.ms[mi];
        if let Some(g) = dm.syscall.take() {
            match rt.exitsyscall(&mut dm.m, g) {
                Some(g) => {
                    rt.execute_begin(&dm.m, &g);
                    dm.curg = Some(g);
                }
                None => rt.mark_m_parked(mi),
            }
            return;
        }
        if dm.curg.is_none() {
            if dm.m.p.is_none() && !rt.acquire_p(&mut dm.m) {
                rt.mark_m_parked(mi);
                return;
            }
            if rt.must_release_p(&dm.m) {
                rt.release_p(&mut dm.m);
                return;
            }
            match rt.find_runnable(&mut dm.m, true) {
                Some(g) => dm.curg = begin(rt, &dm.m, g),
                None => {
                    rt.release_p(&mut dm.m);
                    rt.mark_m_parked(mi);
                    return;
                }
            }
        }
        let Some(g) = dm.curg.clone() else { return };
        // A turn never keeps the world held (the temporary `None` is dropped with this
        // statement): the next turn may be another M's collection.
        let stepped = step(rt, &mut dm.m, &g, &mut None);
        match stepped {
            Step::Continue => {}
            Step::Over(after) => {
                dm.curg = None;
                After::run(after, rt, &mut dm.m);
            }
            Step::Syscall(call) => {
                // Reading stdin is deterministic given the input: it happens now, taking no
                // virtual time.
                let ns = match call {
                    Syscall::Sleep(ns) => ns,
                    Syscall::ReadStdin => {
                        rt.fill_stdin();
                        0
                    }
                };
                dm.curg = None;
                rt.entersyscall(&dm.m, &g);
                dm.syscall = Some(g);
                dm.now = rt.clock.now_ns().saturating_add(ns);
            }
        }
    }
}
