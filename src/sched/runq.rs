//! Run queues: each P's `runnext` and local `runq`, the global queue, and work stealing
//! (Go's runqput, runqget, globrunqget, runqsteal, findRunnable).

use super::timers::PTimers;
use super::{MCtx, Runtime, GLOBAL_CHECK_TICKS, RUNQ_CAP};
use crate::rt::g::G;
use crate::sys::{lock, Arc, AtomicBool, AtomicU32, AtomicU64, Mutex};
use crate::trace::{Kind, NONE, Q_GLOBAL, Q_RUNNEXT, Q_RUNQ};
use std::collections::VecDeque;

/// A P's queues. `runnext` holds the G that runs next (a just-woken receiver, a new G).
#[derive(Default)]
pub(super) struct LocalQ {
    pub(super) runnext: Option<Arc<G>>,
    pub(super) runq: VecDeque<Arc<G>>,
}

pub(super) struct P {
    pub(super) q: Mutex<LocalQ>,
    pub(super) timers: PTimers,
    /// When its M entered a system call (clock ns; sysmon's 20 us rule).
    pub(super) since_ns: AtomicU64,
    /// Slices started on this P (Go's schedtick). sysmon compares it with what it saw last
    /// (`seen_tick`, at `seen_ns`): a tick unchanged for 10 ms is a G running that long.
    pub(super) schedtick: AtomicU32,
    pub(super) seen_tick: AtomicU32,
    pub(super) seen_ns: AtomicU64,
    /// sysmon asks the G running here to stop at its next chunk boundary (Go's preempt flag).
    pub(super) preempt: AtomicBool,
    /// `P_SYSCALL` while its M is blocked in a system call and sysmon may retake it;
    /// `P_RETAKEN` once sysmon did. Otherwise `P_NORMAL` (idle or running: the idle list says).
    pub(super) syscall: AtomicU32,
    /// The M that holds it (for the trace of a hand-off).
    pub(super) m: AtomicU32,
    /// The G running on it now (0: none), for sysmon.
    pub(super) curg: AtomicU32,
}

pub(super) const P_NORMAL: u32 = 0;
pub(super) const P_SYSCALL: u32 = 1;
pub(super) const P_RETAKEN: u32 = 2;

impl P {
    pub(super) fn new() -> P {
        P {
            q: Mutex::new(LocalQ::default()),
            timers: PTimers::default(),
            since_ns: AtomicU64::new(0),
            schedtick: AtomicU32::new(0),
            seen_tick: AtomicU32::new(0),
            seen_ns: AtomicU64::new(0),
            preempt: AtomicBool::new(false),
            syscall: AtomicU32::new(P_NORMAL),
            m: AtomicU32::new(0),
            curg: AtomicU32::new(0),
        }
    }
}

impl Runtime {
    /// runqput: `g` goes to the M's P's runnext (`next`; the G there moves to the runq tail)
    /// or the runq tail; to the global queue when the M has no P or the runq is full. Every
    /// move is traced under the queue's lock (see `trace`).
    pub(super) fn runqput(&self, m: &MCtx, g: Arc<G>, next: bool) {
        let Some(p) = m.p else {
            self.globrunqput(m.id, NONE, g);
            return;
        };
        let pp = p as u32;
        let mut q = lock(&self.ps[p].q);
        let g = if next {
            self.emit(m, Kind::RunqPut, g.id, Q_RUNNEXT, pp);
            match q.runnext.replace(g) {
                Some(old) => old,
                None => return,
            }
        } else {
            g
        };
        if q.runq.len() < RUNQ_CAP {
            self.emit(m, Kind::RunqPut, g.id, Q_RUNQ, pp);
            q.runq.push_back(g);
        } else {
            // Full: move half of the local queue and g to the global queue (runqputslow).
            // Traced as one move under the local lock; no two queue locks are ever held at
            // once (so no order between them is needed). Meanwhile the Gs are on no queue,
            // where no other M can reach them.
            let mut half: Vec<_> = q.runq.drain(..RUNQ_CAP / 2).collect();
            half.push(g);
            for g in &half {
                self.emit(m, Kind::RunqPut, g.id, Q_GLOBAL, NONE);
            }
            drop(q);
            lock(&self.global).extend(half);
        }
    }

    /// Puts `g` on the global queue's tail; `m` is the M (its trace buffer), `p` its P.
    pub(super) fn globrunqput(&self, m: usize, p: u32, g: Arc<G>) {
        let mut global = lock(&self.global);
        self.emit_full(m, Kind::RunqPut, p, g.id, [Q_GLOBAL, NONE, 0, 0]);
        global.push_back(g);
    }

    /// Takes the global queue's head to run on `m`'s P.
    fn globrunqget_one(&self, m: &MCtx) -> Option<Arc<G>> {
        let mut global = lock(&self.global);
        let g = global.pop_front()?;
        self.emit(m, Kind::RunqGet, g.id, Q_GLOBAL, NONE);
        Some(g)
    }

    /// `steal_runnext`: whether stealing may take another P's `runnext`. A spinning M leaves
    /// it alone until its last try before parking, as Go's findRunnable does: the G there was
    /// just readied by the goroutine running on that P, which usually blocks a moment later
    /// and runs it on the same thread; stealing it would bounce every hand-off between
    /// threads (an unbuffered ping-pong ran 5x slower with 2 Ps than with 1).
    pub fn find_runnable(&self, m: &mut MCtx, steal_runnext: bool) -> Option<Arc<G>> {
        let p = m.p?;
        m.schedtick = m.schedtick.wrapping_add(1);
        m.inherit_time = false;
        if m.schedtick % GLOBAL_CHECK_TICKS == 0 {
            if let Some(g) = self.globrunqget_one(m) {
                return Some(g);
            }
        }
        self.run_timers(m, p);
        if let Some((g, inherit)) = self.runqget(m, p) {
            m.inherit_time = inherit;
            return Some(g);
        }
        if let Some(g) = self.globrunqget(m, p) {
            return Some(g);
        }
        // Due timers of other Ps (whose Ms may be running long slices or parked): what they
        // wake comes to this P.
        self.run_all_timers(m);
        if let Some((g, inherit)) = self.runqget(m, p) {
            m.inherit_time = inherit;
            return Some(g);
        }
        self.steal(m, steal_runnext)
    }

    /// runqget: runnext first, then the head of the local queue. Says whether the G came
    /// from runnext (it inherits the running slice).
    fn runqget(&self, m: &MCtx, p: usize) -> Option<(Arc<G>, bool)> {
        let mut q = lock(&self.ps[p].q);
        let (g, from) = match q.runnext.take() {
            Some(g) => (g, Q_RUNNEXT),
            None => (q.runq.pop_front()?, Q_RUNQ),
        };
        self.emit(m, Kind::RunqGet, g.id, from, p as u32);
        Some((g, from == Q_RUNNEXT))
    }

    /// Takes a batch from the global queue: one to run, the rest onto P's runq.
    fn globrunqget(&self, m: &MCtx, p: usize) -> Option<Arc<G>> {
        let mut global = lock(&self.global);
        let first = global.pop_front()?;
        self.emit(m, Kind::RunqGet, first.id, Q_GLOBAL, NONE);
        let n = (global.len() / self.ps.len()).min(RUNQ_CAP / 2);
        if n > 0 {
            // Traced as one move under the global lock (see runqput).
            let batch: Vec<_> = global.drain(..n).collect();
            for g in &batch {
                self.emit(m, Kind::RunqPut, g.id, Q_RUNQ, p as u32);
            }
            drop(global);
            lock(&self.ps[p].q).runq.extend(batch);
        }
        Some(first)
    }

    /// Steals half of another P's run queue (or its runnext), visiting Ps in random order.
    fn steal(&self, m: &mut MCtx, steal_runnext: bool) -> Option<Arc<G>> {
        let me = m.p?;
        let n = self.ps.len();
        if n < 2 {
            return None;
        }
        let start = (m.rand() % n as u64) as usize;
        for i in 0..n {
            let victim = (start + i) % n;
            if victim == me {
                continue;
            }
            let mut vq = lock(&self.ps[victim].q);
            let take = vq.runq.len() - vq.runq.len() / 2;
            let mut stolen: VecDeque<Arc<G>> = if take > 0 {
                vq.runq.drain(..take).collect()
            } else if let Some(g) = vq.runnext.take_if(|_| steal_runnext) {
                VecDeque::from([g])
            } else {
                continue;
            };
            // Traced as one move under the victim's lock (see runqput).
            for (i, s) in stolen.iter().enumerate() {
                self.emit(m, Kind::Steal, s.id, victim as u32, (i > 0) as u32);
            }
            drop(vq);
            let g = stolen.pop_front();
            if !stolen.is_empty() {
                lock(&self.ps[me].q).runq.extend(stolen);
            }
            return g;
        }
        None
    }
}
