//! Blocking system calls: Go's entersyscall, exitsyscall and sysmon's retake/handoffp.
//!
//! This is why Go has more Ms than Ps. An M whose goroutine blocks in the kernel cannot run
//! Go code, but its P (the right to run Go code) should not sit idle: sysmon notices an M
//! that has been in a system call for more than 20 us and hands its P to another M.
//!
//! 1. entersyscall: the G stays on its M (status SYSCALL); the M keeps its P but marks it
//!    `P_SYSCALL`, which lets sysmon take it. The M then blocks (outside the world lock and
//!    the G's state lock, so collections go on meanwhile).
//! 2. retake (sysmon): CAS `P_SYSCALL -> P_RETAKEN`; the P joins the idle list and an M is
//!    woken for it if there is work (handoffp). Traced as Handoff.
//! 3. exitsyscall: CAS `P_SYSCALL -> P_NORMAL` keeps the P (the fast path). If sysmon won the
//!    race, the M takes any idle P; if there is none, the G goes to the global run queue and
//!    the M parks (Go's exitsyscall0 -> stopm). Traced as SyscallExit with got_p.
//!
//! The CAS on the P's `syscall` word decides the one race (the M returning vs. sysmon
//! retaking): exactly one of them wins, so a P is never held by two Ms.

use super::runq::{P_NORMAL, P_RETAKEN, P_SYSCALL};
use super::{MCtx, Runtime};
use crate::rt::g::{G, RUNNABLE, SYSCALL};
use crate::sys::{internal_error, lock, Arc, Ordering};
use crate::trace::{Kind, NONE};

impl Runtime {
    /// entersyscall: `g`, running on `m`, is about to block in a system call.
    pub fn entersyscall(&self, m: &MCtx, g: &G) {
        let Some(p) = m.p else { internal_error("entersyscall without a P") };
        g.status.store(SYSCALL, Ordering::Release);
        let pp = &self.ps[p];
        pp.curg.store(0, Ordering::Relaxed);
        pp.since_ns.store(self.clock.now_ns(), Ordering::Relaxed);
        pp.syscall.store(P_SYSCALL, Ordering::Release);
        self.emit(m, Kind::SyscallEnter, g.id, 0, 0);
        self.wake_sysmon();
    }

    /// exitsyscall: `g`'s system call returned on `m`. Returns the G when it may go on
    /// running on `m` (which then holds a P: its own, or an idle one); otherwise the G is on
    /// the global run queue, `m` has no P and should park.
    pub fn exitsyscall(&self, m: &mut MCtx, g: Arc<G>) -> Option<Arc<G>> {
        let Some(p) = m.p else { internal_error("exitsyscall without a P") };
        let kept = self.ps[p]
            .syscall
            .compare_exchange(P_SYSCALL, P_NORMAL, Ordering::AcqRel, Ordering::Acquire)
            .is_ok();
        if !kept {
            // sysmon handed the P to another M while we were blocked: it is not ours.
            m.p = None;
            if !self.acquire_p(m) {
                self.emit(m, Kind::SyscallExit, g.id, 0, 0);
                g.status.store(RUNNABLE, Ordering::Release);
                self.globrunqput(m.id, NONE, g);
                self.wakep();
                return None;
            }
        }
        self.emit(m, Kind::SyscallExit, g.id, 1, 0);
        Some(g)
    }

    /// retake + handoffp (sysmon): P `p`'s M has been in a system call too long; the P goes
    /// to the idle list and an M is woken for it if there is work. False if the M returned
    /// first.
    pub(super) fn retake(&self, p: usize) -> bool {
        let pp = &self.ps[p];
        if pp
            .syscall
            .compare_exchange(P_SYSCALL, P_RETAKEN, Ordering::AcqRel, Ordering::Acquire)
            .is_err()
        {
            return false;
        }
        let from_m = pp.m.load(Ordering::Relaxed);
        self.emit_raw(self.sysmon_id(), Kind::Handoff, NONE, 0, p as u32, from_m);
        lock(&self.idle).ps.push(p);
        self.wakep();
        true
    }
}
