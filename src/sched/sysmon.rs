//! sysmon: the monitor that runs beside the Ms without a P (Go's runtime.sysmon).
//!
//! It decides; the Ms act. A G is never stopped from outside: the interpreter runs a
//! goroutine in chunks of `Limits::fuel` instructions, and at every chunk boundary the M asks
//! `slice_must_end`, which reads the flags sysmon sets. sysmon:
//! - asks a G that has run for `FORCE_PREEMPT_NS` (10 ms, Go's forcePreemptNS) to stop
//!   (`P::preempt`, traced as PreemptRequest);
//! - retakes the P of an M blocked in a system call for more than `SYSCALL_RETAKE_NS`
//!   (20 us, as Go's retake) and hands it to another M (`syscall.rs`);
//! - wakes an M when a timer is due and every M is parked (the last M to park normally
//!   sleeps until the next timer; this covers Ms busy in long slices or system calls).
//!
//! Threads mode runs `sysmon_main` on a thread (natively) or a worker (in the browser) of its
//! own; it sleeps until the next slice could reach 10 ms, the next timer or a system call's
//! 20 us, and backs off from 20 us to 10 ms when nothing runs (`sysmon_delay_us`).
//! Deterministic mode calls `sysmon_tick` before every turn, on the virtual clock, so the
//! same decisions happen at the same virtual moments in every replay.

use super::runq::P_SYSCALL;
use super::{MCtx, Mode, Runtime};
use crate::sys::{lock, Ordering};
use crate::trace::Kind;

/// A goroutine that runs this long without blocking is asked to stop (Go: 10 ms).
pub const FORCE_PREEMPT_NS: u64 = 10_000_000;
/// A P whose M has been in a system call this long is handed to another M (Go: 20 us).
pub const SYSCALL_RETAKE_NS: u64 = 20_000;

impl Runtime {
    /// Right after `execute_begin`: whether a G taken from runnext must stop before it runs,
    /// because sysmon asked the slice it inherits to end (Go preempts it at its next function
    /// call). Without this a G that blocks within its first chunk would never see the
    /// request, and goroutines handing the P to each other through runnext would keep it.
    pub fn preempt_on_entry(&self, m: &MCtx) -> bool {
        let Some(p) = m.p.filter(|_| m.inherit_time) else { return false };
        if self.cfg.mode == Mode::Deterministic || cfg!(any(loom, shuttle)) {
            self.check_preempt(p);
        }
        self.ps[p].preempt.swap(false, Ordering::Relaxed)
    }

    /// At a chunk boundary: whether the G running on `m` must stop now (the run ended,
    /// sysmon asked for preemption, or procresize took the P away).
    pub fn slice_must_end(&self, m: &MCtx) -> bool {
        if self.is_done() || self.must_release_p(m) {
            return true;
        }
        let Some(p) = m.p else { return true };
        // Deterministic mode: sysmon_tick runs between turns, and a turn may be a whole
        // slice, so check here too. Under the model checkers sysmon's timed sleep waits for a
        // notification only (see sys.rs), so the running M checks for itself there.
        if self.cfg.mode == Mode::Deterministic || cfg!(any(loom, shuttle)) {
            self.check_preempt(p);
        }
        self.ps[p].preempt.swap(false, Ordering::Relaxed)
    }

    /// One pass of sysmon at the clock's now. Returns true if it did anything.
    pub fn sysmon_tick(&self) -> bool {
        self.clock.tick();
        let mut acted = false;
        for p in 0..self.ps.len() {
            acted |= self.check_preempt(p);
            if self.ps[p].syscall.load(Ordering::Acquire) == P_SYSCALL {
                let since = self.ps[p].since_ns.load(Ordering::Relaxed);
                if self.clock.now_ns().saturating_sub(since) >= SYSCALL_RETAKE_NS {
                    acted |= self.retake(p);
                }
            }
        }
        // A due timer while every M sleeps without a deadline: wake one to run it.
        if let Some(when) = self.next_timer_ns() {
            if when <= self.clock.now_ns() && !lock(&self.idle).ms.is_empty() {
                self.wakep();
            }
        }
        acted
    }

    /// Asks the G on P `p` to stop if it has run for FORCE_PREEMPT_NS (once per slice).
    fn check_preempt(&self, p: usize) -> bool {
        let pp = &self.ps[p];
        if self.p_running_g(p).is_none() || pp.preempt.load(Ordering::Relaxed) {
            return false;
        }
        // As Go's retake: a new schedtick means a new slice began since the last look, which
        // starts its 10 ms from now (so a slice is preempted 10 ms after sysmon first saw
        // it, at most one sysmon period late).
        let now = self.clock.now_ns();
        let tick = pp.schedtick.load(Ordering::Relaxed);
        if pp.seen_tick.swap(tick, Ordering::Relaxed) != tick {
            pp.seen_ns.store(now, Ordering::Relaxed);
            return false;
        }
        if now.saturating_sub(pp.seen_ns.load(Ordering::Relaxed)) < FORCE_PREEMPT_NS {
            return false;
        }
        pp.preempt.store(true, Ordering::Relaxed);
        let g = self.p_running_g(p).unwrap_or(0);
        let m = pp.m.load(Ordering::Relaxed);
        self.emit_raw(self.sysmon_id(), Kind::PreemptRequest, p as u32, g, m, 0);
        true
    }

    /// Deterministic mode: the earliest moment at which sysmon must retake a P from an M in
    /// a system call (preemption is checked by the running M itself, `slice_must_end`).
    pub fn next_retake_ns(&self) -> Option<u64> {
        self.ps
            .iter()
            .filter(|p| p.syscall.load(Ordering::Acquire) == P_SYSCALL)
            .map(|p| p.since_ns.load(Ordering::Relaxed).saturating_add(SYSCALL_RETAKE_NS))
            .min()
    }

    /// Threads mode: the body of sysmon's thread or worker. Returns when the run ends.
    pub fn sysmon_main(&self) {
        let mut idle_us = 20u64;
        while !self.is_done() {
            let acted = self.sysmon_tick();
            self.check_deadline();
            idle_us = if acted { 20 } else { (idle_us * 2).min(10_000) };
            self.sysmon_sleep(self.sysmon_delay_us(idle_us));
        }
    }

    /// How long sysmon sleeps after a tick. An M in a system call: 20 us, as Go, since its P
    /// is retaken after 20 us. Otherwise sysmon sleeps until the next thing it must do: the
    /// earliest slice to reach FORCE_PREEMPT_NS, the next timer, or 1 ms after a preemption
    /// request (to see the slice that follows it begin); with nothing running, the backed-off
    /// idle delay (20 us doubling to 10 ms). Waking every 20 us to 1 ms while Gs ran cost the
    /// browser's sysmon worker a few percent of a core, taken from the Ms on a 2-core machine;
    /// a slice is still preempted within one sysmon look of its 10 ms (Go's is up to 10 ms
    /// late, too).
    fn sysmon_delay_us(&self, idle_us: u64) -> u64 {
        let now = self.clock.now_ns();
        let mut wake_ns = u64::MAX;
        let mut running = false;
        for pp in self.ps.iter() {
            if pp.syscall.load(Ordering::Acquire) == P_SYSCALL {
                return 20;
            }
            if pp.curg.load(Ordering::Relaxed) == 0 {
                continue;
            }
            running = true;
            let at = if pp.preempt.load(Ordering::Relaxed) {
                now + 1_000_000
            } else {
                pp.seen_ns.load(Ordering::Relaxed).saturating_add(FORCE_PREEMPT_NS)
            };
            wake_ns = wake_ns.min(at);
        }
        // A timer already due is either being run or waits for a busy M's slice to end,
        // which the preemption deadlines above already cover.
        if let Some(t) = self.next_timer_ns().filter(|&t| t > now) {
            wake_ns = wake_ns.min(t);
        }
        let idle_cap_us = if running { 10_000 } else { idle_us };
        (wake_ns.saturating_sub(now) / 1000).clamp(20, idle_cap_us)
    }

    /// Sleeps up to `us` microseconds, waking early when the run ends or an M enters a
    /// system call. No lost wake-up: entersyscall marks its P before `wake_sysmon` takes the
    /// note's lock, and this checks the marks under that lock, so either it sees the P in
    /// its call and does not sleep, or it is waiting when the notification comes.
    fn sysmon_sleep(&self, us: u64) {
        let note = &self.sysmon_note;
        let woken = lock(&note.woken);
        let in_call = self.ps.iter().any(|p| p.syscall.load(Ordering::Acquire) == P_SYSCALL);
        if !*woken && !(in_call && us > 20) {
            let _ = note.cv.wait_timeout(woken, std::time::Duration::from_micros(us));
        }
    }

    /// A P just entered a system call: sysmon, perhaps asleep until a preemption deadline
    /// 10 ms away, must look at it within its 20 us.
    pub(super) fn wake_sysmon(&self) {
        if self.cfg.mode == Mode::Threads {
            let _held = lock(&self.sysmon_note.woken);
            self.sysmon_note.cv.notify_one();
        }
    }
}
