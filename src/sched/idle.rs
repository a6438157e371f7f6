//! Idle Ps and parked Ms (Go's pidle/midle, notes, wakep, stopm).

use super::runq::P_NORMAL;
use super::{MCtx, Runtime};
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
        let _world = self.world.write().unwrap_or_else(|e| e.into_inner());
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
