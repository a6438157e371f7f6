//! Timers: time.Sleep, time.After and time.Tick.
//!
//! One heap of timers ordered by deadline; `timer_next` mirrors the earliest deadline in an
//! atomic so that the scheduler's hot path can skip the lock when nothing is due.

use super::{MCtx, Runtime};
use crate::rt::g::G;
use crate::rt::obj::Obj;
use crate::sys::{lock, Arc, Ordering};
use crate::trace::WaitReason;
use crate::vm::value::{Handle, Value};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A sleeping goroutine: wake `g` at `when_ns`. `seq` keeps equal deadlines in FIFO order.
pub(super) struct Timer {
    pub(super) when_ns: u64,
    pub(super) seq: u64,
    pub(super) what: TimerAction,
}

/// What a timer does when it fires.
pub(super) enum TimerAction {
    /// time.Sleep: make the goroutine runnable.
    Wake(Arc<G>),
    /// time.After / time.Tick: send the time on a channel without blocking (a tick nobody
    /// has room for is dropped, as Go's tickers do); re-arm every `period_ns` if non-zero.
    Send { ch: Handle, period_ns: u64 },
}
impl PartialEq for Timer {
    fn eq(&self, o: &Self) -> bool {
        (self.when_ns, self.seq) == (o.when_ns, o.seq)
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Timer {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.when_ns, self.seq).cmp(&(o.when_ns, o.seq))
    }
}


impl Runtime {
    /// time.Sleep: park `g` until now + d.
    pub fn sleep(&self, m: &MCtx, g: &Arc<G>, d_ns: u64) {
        let when_ns = self.clock.now_ns().saturating_add(d_ns);
        let mut timers = lock(&self.timers);
        self.push_timer(&mut timers, when_ns, TimerAction::Wake(g.clone()));
        // Still under the timers lock: no M can fire the timer before g is WAITING.
        self.park_current(m, g, WaitReason::Sleep, 0);
    }

    /// Adds a timer to the (locked) heap and keeps `timer_next` current.
    fn push_timer(&self, timers: &mut BinaryHeap<Reverse<Timer>>, when_ns: u64, what: TimerAction) {
        let seq = self.timer_seq.fetch_add(1, Ordering::Relaxed);
        timers.push(Reverse(Timer { when_ns, seq, what }));
        self.timer_next.fetch_min(when_ns, Ordering::Release);
    }

    /// time.After / time.Tick: send on channel `ch` after `d_ns`, then every `period_ns`.
    pub fn start_chan_timer(&self, ch: Handle, d_ns: u64, period_ns: u64) {
        let when_ns = self.clock.now_ns().saturating_add(d_ns);
        self.push_timer(&mut lock(&self.timers), when_ns, TimerAction::Send { ch, period_ns });
    }

    /// Moves due timers' goroutines to the current P.
    pub(super) fn run_timers(&self, m: &mut MCtx) {
        let now = self.clock.now_ns();
        // Every schedule passes here; most find nothing due, so check without the lock.
        if now < self.timer_next.load(Ordering::Acquire) {
            return;
        }
        loop {
            let t = {
                let mut timers = lock(&self.timers);
                let due = match timers.peek() {
                    Some(Reverse(t)) if t.when_ns <= now => timers.pop().map(|Reverse(t)| t),
                    _ => None,
                };
                let next = timers.peek().map_or(u64::MAX, |Reverse(t)| t.when_ns);
                self.timer_next.store(next, Ordering::Release);
                due
            };
            let Some(t) = t else { break };
            match t.what {
                TimerAction::Wake(g) => self.goready(m, g, 0),
                TimerAction::Send { ch, period_ns } => {
                    // The value is the time in nanoseconds since the run started.
                    let woken = match &mut *self.heap.lock(ch) {
                        Obj::Chan(c) => match c.send(Value::int(now as i64)) {
                            crate::rt::chan::SendOutcome::HandedOff(g) => Some(g),
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some(g) = woken {
                        self.goready(m, g, 0);
                    }
                    if period_ns > 0 {
                        // A slow receiver makes a ticker skip ticks rather than burst.
                        let mut next = t.when_ns.saturating_add(period_ns);
                        if next <= now {
                            next = now + period_ns - (now - t.when_ns) % period_ns;
                        }
                        self.push_timer(&mut lock(&self.timers), next, TimerAction::Send { ch, period_ns });
                    }
                }
            }
        }
    }

    pub fn next_timer_ns(&self) -> Option<u64> {
        lock(&self.timers).peek().map(|Reverse(t)| t.when_ns)
    }

}
