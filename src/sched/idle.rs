//! Idle Ps and parked Ms (Go's pidle/midle, notes, wakep, stopm).
//!
//! Why no wake-up is lost (every place an M waits, and what ends the wait):
//!
//! - `park_m` (an M with no P and nothing to run): it checks for work and lists itself in
//!   `idle.ms` under one hold of the `idle` lock. A producer makes work visible first
//!   (runqput, a global push, a ready timer) and then calls `wakep`, which takes the same
//!   lock. Either the producer's work was visible at the check (the M returns and looks
//!   again), or `wakep` runs after the M listed itself and pops it. The wake-up itself is a
//!   one-shot flag under the note's lock (`Note::woken`), set before `notify_one`, and the M
//!   tests it under that lock before each wait, so a `wakep` that comes between the listing
//!   and the wait is seen, not slept through. `wakep` only wakes an M when a P is idle: with
//!   none, every P is held by an M that will find the work itself before it parks (it calls
//!   `find_runnable`, and `park_m` re-checks `has_work` with the P it just released).
//! - The last M to park: no running M is left to notice a timer, so it sleeps until the
//!   next timer (or the time limit), or declares the deadlock (`checkdead`) when there is
//!   none. Ms blocked in system calls are not parked, so they keep the run alive. sysmon
//!   also wakes an M for a due timer (a timer that became due while Ms were busy).
//! - Spinning (`run::mstart`): an M without work spins `SPIN_TRIES` rounds of
//!   `find_runnable` before parking: bounded, and it never holds a lock while spinning.
//! - sysmon's sleep (`sysmon_sleep`): a timed wait; `finish` sets its note so it exits at
//!   once when the run ends. Nothing else relies on waking it early.
//! - A Lock that spins (`can_spin`): at most 4 rounds of 30 pause instructions, not holding
//!   the mutex's slot lock, then it queues under that lock and parks (gopark), where Unlock
//!   finds it.
//! - The world lock (`collect`, `procresize`): the writer waits for every M's current chunk
//!   (a chunk is at most `Limits::fuel` instructions, after which the M drops its read
//!   lock), so a stop-the-world waits a bounded time; an M asked to collect while another
//!   collects yields until that collection ends (`gc_running`).
//! - In the browser the Ms and sysmon are Web Workers; these waits are the same Rust code
//!   (std's Condvar becomes `memory.atomic.wait32` on the shared memory). The page's main
//!   thread never waits on a lock: it talks to a host worker by messages.

use super::runq::P_NORMAL;
use super::{MCtx, Mode, Runtime};
use crate::sys::{lock, Condvar, Mutex, Ordering};
use crate::trace::{Kind, NONE, Q_GLOBAL};
use std::time::Duration;

/// Idle Ps and parked Ms, under one lock (Go's sched.lock for pidle/midle).
#[derive(Default)]
pub(super) struct Idle {
    pub(super) ps: Vec<usize>,
    pub(super) ms: Vec<usize>,
}

impl Idle {
    /// Whether an idle P below GOMAXPROCS (`max`) exists: Ps at or above it (after
    /// procresize shrank the count) stay on the list but are never handed out.
    fn usable_p(&self, max: usize) -> bool {
        self.ps.iter().any(|&p| p < max)
    }
}

/// A one-shot wake-up for a parked M (Go's note).
#[derive(Default)]
pub(super) struct Note {
    pub(super) woken: Mutex<bool>,
    pub(super) cv: Condvar,
}

impl Runtime {
    /// Unpark an idle M if a P is idle, so new work gets a thread.
    pub(super) fn wakep(&self) {
        let m = {
            let mut idle = lock(&self.idle);
            if !idle.usable_p(self.gomaxprocs.load(Ordering::Relaxed)) {
                return;
            }
            match idle.ms.pop() {
                Some(m) => {
                    // In the woken M's own buffer (the waker may have no MCtx here), under
                    // the idle lock so that it orders with that M's MPark.
                    self.emit_full(m, Kind::MUnpark, NONE, 0, [m as u32, 0, 0, 0]);
                    m
                }
                None => return,
            }
        };
        let note = &self.notes[m];
        *lock(&note.woken) = true;
        note.cv.notify_one();
    }

    pub fn acquire_p(&self, m: &mut MCtx) -> bool {
        let p = {
            let mut idle = lock(&self.idle);
            let max = self.gomaxprocs.load(Ordering::Relaxed);
            match idle.ps.iter().rposition(|&p| p < max) {
                Some(i) => idle.ps.remove(i),
                None => return false,
            }
        };
        m.p = Some(p);
        let pp = &self.ps[p];
        pp.syscall.store(P_NORMAL, Ordering::Release);
        pp.m.store(m.id as u32, Ordering::Relaxed);
        self.emit(m, Kind::ProcStart, 0, 0, 0);
        true
    }

    pub fn release_p(&self, m: &mut MCtx) {
        if let Some(p) = m.p {
            self.emit(m, Kind::ProcStop, 0, 0, 0);
            m.p = None;
            lock(&self.idle).ps.push(p);
        }
    }

    /// Parks an M with no P, unless work appeared meanwhile. The last M to park sleeps until
    /// the next timer, or declares the deadlock.
    pub fn park_m(&self, m: &mut MCtx) {
        let timeout = {
            let mut idle = lock(&self.idle);
            // Work an M could take needs a P to run it on: without an idle P, return only
            // when the run is over, or this loop would spin on these locks.
            let max = self.gomaxprocs.load(Ordering::Relaxed);
            if self.is_done() || (idle.usable_p(max) && self.has_work()) {
                return;
            }
            idle.ms.push(m.id);
            self.emit(m, Kind::MPark, 0, 0, 0);
            if idle.ms.len() == self.notes.len() {
                // Sleep until the next timer (or the run-time limit, whichever is first).
                let wake = match (self.next_timer_ns(), self.deadline_ns) {
                    (Some(t), 0) => Some(t),
                    (Some(t), d) => Some(t.min(d + 1)),
                    // Not a deadlock while a signal could still come (signal.rs): sleep
                    // until one does (`raise` wakes an M) or the time limit.
                    (None, 0) if self.awaits_signal() => {
                        Some(self.clock.now_ns() + 3_600_000_000_000)
                    }
                    (None, d) if self.awaits_signal() => Some(d + 1),
                    (None, _) => None,
                };
                match wake {
                    Some(when) => Some(when.saturating_sub(self.clock.now_ns())),
                    None => {
                        drop(idle);
                        self.checkdead();
                        return;
                    }
                }
            } else {
                None
            }
        };
        let note = &self.notes[m.id];
        let mut woken = lock(&note.woken);
        match timeout {
            None => {
                while !*woken {
                    woken = note.cv.wait(woken).unwrap_or_else(|e| e.into_inner());
                }
            }
            Some(ns) => {
                if !*woken && ns > 0 {
                    woken = note
                        .cv
                        .wait_timeout(woken, Duration::from_nanos(ns))
                        .unwrap_or_else(|e| e.into_inner())
                        .0;
                }
            }
        }
        *woken = false;
        drop(woken);
        // After a timeout we are still listed as idle: take ourselves off.
        self.unpark_self(m);
    }

    /// M `m` leaves the idle list by itself (a timed park ran out).
    fn unpark_self(&self, m: &MCtx) {
        let mut idle = lock(&self.idle);
        if let Some(i) = idle.ms.iter().position(|&x| x == m.id) {
            idle.ms.remove(i);
            self.emit(m, Kind::MUnpark, 0, m.id as u32, 0);
        }
    }

    /// Work an idle M could take. A P's `runnext` does not count: only a P held by a running
    /// M has one (goready and newproc fill the current M's own P), and that M runs it next.
    fn has_work(&self) -> bool {
        !lock(&self.global).is_empty() || self.ps.iter().any(|p| !lock(&p.q).runq.is_empty())
    }

    /// The Ms parked now (deterministic mode: these take no turns).
    pub fn parked_ms(&self) -> Vec<usize> {
        lock(&self.idle).ms.clone()
    }

    /// Whether an M that wakes now could get a P.
    pub fn idle_p_available(&self) -> bool {
        lock(&self.idle).usable_p(self.gomaxprocs.load(Ordering::Relaxed))
    }

    /// Go's sync_runtime_canSpin: a goroutine in sync.Mutex.Lock may spin (round `iter`)
    /// rather than park while the holder is probably running: only a few rounds, only with
    /// another P busy (so someone may unlock) and nothing waiting in this P's run queue
    /// (spinning would delay it). Never in deterministic mode: one host thread runs every
    /// M, so nothing could change while it spins.
    pub fn can_spin(&self, m: &MCtx, iter: u32) -> bool {
        const ACTIVE_SPIN: u32 = 4;
        if iter >= ACTIVE_SPIN || self.cfg.mode == Mode::Deterministic {
            return false;
        }
        let procs = self.gomaxprocs.load(Ordering::Relaxed);
        let npidle = lock(&self.idle).ps.iter().filter(|&&p| p < procs).count();
        if procs <= npidle + 1 {
            return false;
        }
        m.p.is_some_and(|p| {
            let q = lock(&self.ps[p].q);
            q.runnext.is_none() && q.runq.is_empty()
        })
    }

    /// Deterministic mode: M `mi` found nothing to do and parks.
    pub fn mark_m_parked(&self, mi: usize) {
        let mut idle = lock(&self.idle);
        idle.ms.push(mi);
        self.emit_full(mi, Kind::MPark, NONE, 0, [0; 4]);
    }

    /// Deterministic mode, after time jumped: one parked M (chosen by `pick`) wakes.
    pub fn unpark_nth_m(&self, pick: usize) {
        let mut idle = lock(&self.idle);
        if !idle.ms.is_empty() {
            let i = pick % idle.ms.len();
            let m = idle.ms.remove(i);
            self.emit_full(m, Kind::MUnpark, NONE, 0, [m as u32, 0, 0, 0]);
        }
    }

    /// procresize left `m`'s P above GOMAXPROCS: the M must give it back.
    pub fn must_release_p(&self, m: &MCtx) -> bool {
        m.p.is_some_and(|p| p >= self.gomaxprocs.load(Ordering::Relaxed))
    }

    /// procresize, after runtime.GOMAXPROCS(n) (Go's stopTheWorld + procresize): with the
    /// world stopped (no M is inside a time slice), Ps at or above `n` hand their run queues
    /// to the global queue and their timers to P 0 and go away (their Ms release them at
    /// their next schedule, `must_release_p`); Ps below `n` that were gone come back idle,
    /// and Ms are woken for them if there is work. `n` is clamped to the Ps the run started
    /// with (the page's and the CLI's P setting): that many Ms exist to run them.
    pub fn procresize(&self, m: &MCtx, n: usize) {
        self.stop_the_world(|| self.procresize_stopped(m, n));
    }

    fn procresize_stopped(&self, m: &MCtx, n: usize) {
        let n = n.clamp(1, self.ps.len());
        let old = self.gomaxprocs.swap(n, Ordering::Relaxed);
        self.emit(m, Kind::ProcResize, 0, old as u32, n as u32);
        for p in n..old {
            let (next, runq) = {
                let mut q = lock(&self.ps[p].q);
                for g in q.runnext.iter().chain(q.runq.iter()) {
                    self.emit(m, Kind::RunqPut, g.id, Q_GLOBAL, NONE);
                }
                (q.runnext.take(), std::mem::take(&mut q.runq))
            };
            let mut global = lock(&self.global);
            global.extend(next);
            global.extend(runq);
            drop(global);
            self.ps[p].timers.move_to(&self.ps[0].timers);
        }
        for _ in old..n {
            self.wakep();
        }
    }
}
