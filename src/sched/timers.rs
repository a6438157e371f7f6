//! Timers: time.Sleep, time.After and time.Tick, on each P's own heap (Go 1.14+).
//!
//! A timer goes on the heap of the P that made it, so making and firing timers takes no
//! global lock and a P's timers travel with its work: an M that steals from a P also runs
//! that P's due timers (Go's stealWork -> checkTimers), and procresize moves the timers of
//! a P that goes away to one that stays. Each P mirrors its earliest deadline in
//! `timer_next`, so the scheduler's hot path checks an atomic instead of taking the lock.
//!
//! Invariants:
//! - A timer is on exactly one P's heap until it fires; a periodic timer is re-armed *in
//!   place* under the same lock hold that fired it, so its channel never leaves a heap
//!   (the collector takes its roots from the heaps; a channel held nowhere else would
//!   otherwise be freed between the pop and the push while another M collects).
//! - A fired timer's channel send happens under the heap's lock (order: P timers, then the
//!   channel's slot); goroutines it wakes are readied after the lock is dropped, because
//!   goready takes run-queue and idle locks, which `park_m` holds while it reads deadlines.
//! - time.Sleep pushes its timer and marks the G WAITING under the same lock, so no M can
//!   fire the timer before the G is WAITING.

use super::{MCtx, Runtime};
use crate::rt::chan::SendOutcome;
use crate::rt::g::G;
use crate::rt::obj::Obj;
use crate::sys::{lock, Arc, AtomicU64, Mutex, Ordering};
use crate::trace::{Kind, WaitReason};
use crate::vm::value::{Handle, Value};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A pending timer: act at `when_ns`. `seq` keeps equal deadlines in FIFO order.
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
    /// context.WithDeadline / WithTimeout: cancel the context (an `Obj::Struct`, see
    /// rt/context.rs) with its DeadlineExceeded error.
    Cancel { ctx: Handle },
    /// time.AfterFunc: start the func value in field 1 of the *time.Timer struct `timer`
    /// in a goroutine of its own.
    Func { timer: Handle },
    /// A signal from outside (signal.rs): deliver it to the registrations that want it.
    Signal(i64),
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

/// One P's timers.
pub(super) struct PTimers {
    pub(super) heap: Mutex<BinaryHeap<Reverse<Timer>>>,
    /// The earliest deadline on `heap` (u64::MAX when empty), written under its lock.
    pub(super) next: AtomicU64,
}

impl Default for PTimers {
    fn default() -> Self {
        PTimers { heap: Mutex::new(BinaryHeap::new()), next: AtomicU64::new(u64::MAX) }
    }
}

impl PTimers {
    fn update_next(&self, heap: &BinaryHeap<Reverse<Timer>>) {
        let next = heap.peek().map_or(u64::MAX, |Reverse(t)| t.when_ns);
        self.next.store(next, Ordering::Release);
    }

    pub(super) fn next_ns(&self) -> u64 {
        self.next.load(Ordering::Acquire)
    }

    /// Every channel a timer will send on (roots for the collector).
    pub(super) fn chans(&self, out: &mut Vec<Handle>) {
        out.extend(lock(&self.heap).iter().filter_map(|Reverse(t)| match t.what {
            TimerAction::Send { ch, .. } => Some(ch),
            TimerAction::Cancel { ctx } => Some(ctx),
            TimerAction::Func { timer } => Some(timer),
            TimerAction::Wake(_) | TimerAction::Signal(_) => None,
        }));
    }

    /// Moves every timer of `self` to `to` (procresize).
    pub(super) fn move_to(&self, to: &PTimers) {
        let moved: Vec<_> = {
            let mut from = lock(&self.heap);
            let v = std::mem::take(&mut *from).into_vec();
            self.update_next(&from);
            v
        };
        if moved.is_empty() {
            return;
        }
        let mut heap = lock(&to.heap);
        heap.extend(moved);
        to.update_next(&heap);
    }
}

impl Runtime {
    /// The P whose heap a new timer goes on: the M's own (an M runs Go code only with a P).
    fn timers_of(&self, m: &MCtx) -> &PTimers {
        &self.ps[m.p.unwrap_or(0)].timers
    }

    /// Arms a timer; `m`, `g` and the line are for the trace (TimerAdd: its id is `seq`).
    fn push_timer(
        &self,
        m: &MCtx,
        g: u32,
        (pt, heap): (&PTimers, &mut BinaryHeap<Reverse<Timer>>),
        when_ns: u64,
        what: TimerAction,
    ) {
        let seq = self.timer_seq.fetch_add(1, Ordering::Relaxed);
        let ch = match what {
            TimerAction::Send { ch, .. } => ch,
            TimerAction::Cancel { ctx } => ctx,
            TimerAction::Func { timer } => timer,
            TimerAction::Wake(_) | TimerAction::Signal(_) => 0,
        };
        let when_us = (when_ns / 1000).min(u32::MAX as u64 - 1) as u32;
        self.emit4(m, Kind::TimerAdd, g, seq as u32, ch, m.line, when_us);
        heap.push(Reverse(Timer { when_ns, seq, what }));
        pt.next.fetch_min(when_ns, Ordering::Release);
    }

    /// time.Sleep: park `g` until now + d.
    pub fn sleep(&self, m: &MCtx, g: &Arc<G>, d_ns: u64) {
        let when_ns = self.clock.now_ns().saturating_add(d_ns);
        let pt = self.timers_of(m);
        let mut heap = lock(&pt.heap);
        self.push_timer(m, g.id, (pt, &mut heap), when_ns, TimerAction::Wake(g.clone()));
        // Still under the heap's lock: no M can fire the timer before g is WAITING.
        self.park_current(m, g, WaitReason::Sleep, 0);
    }

    /// time.After / time.Tick: send on channel `ch` after `d_ns`, then every `period_ns`.
    pub fn start_chan_timer(&self, m: &MCtx, g: u32, ch: Handle, d_ns: u64, period_ns: u64) {
        let when_ns = self.clock.now_ns().saturating_add(d_ns);
        let pt = self.timers_of(m);
        let what = TimerAction::Send { ch, period_ns };
        self.push_timer(m, g, (pt, &mut lock(&pt.heap)), when_ns, what);
    }

    /// Timer.Stop and Reset: removes the timer that sends on `ch` from whichever P's heap
    /// holds it; true if one was pending. A channel has at most one timer (each
    /// NewTimer/NewTicker makes its own channel).
    pub fn stop_chan_timer(&self, ch: Handle) -> bool {
        let mut found = false;
        for p in self.ps.iter() {
            let pt = &p.timers;
            let mut heap = lock(&pt.heap);
            let before = heap.len();
            heap.retain(|Reverse(t)| !matches!(t.what, TimerAction::Send { ch: c, .. } if c == ch));
            if heap.len() != before {
                found = true;
                pt.update_next(&heap);
            }
        }
        found
    }

    /// A deadline's timer: cancel context `ctx` at run time `when_ns`.
    pub fn start_context_timer(&self, m: &MCtx, g: u32, ctx: Handle, when_ns: u64) {
        let pt = self.timers_of(m);
        let what = TimerAction::Cancel { ctx };
        self.push_timer(m, g, (pt, &mut lock(&pt.heap)), when_ns, what);
    }

    /// time.AfterFunc: start the function of *time.Timer `timer` after `d_ns`.
    pub fn start_func_timer(&self, m: &MCtx, g: u32, timer: Handle, d_ns: u64) {
        let when_ns = self.clock.now_ns().saturating_add(d_ns);
        let pt = self.timers_of(m);
        let what = TimerAction::Func { timer };
        self.push_timer(m, g, (pt, &mut lock(&pt.heap)), when_ns, what);
    }

    /// Stop of an AfterFunc timer: true if it had not fired yet.
    pub fn stop_func_timer(&self, timer: Handle) -> bool {
        let mut found = false;
        for p in self.ps.iter() {
            let pt = &p.timers;
            let mut heap = lock(&pt.heap);
            let before = heap.len();
            heap.retain(
                |Reverse(t)| !matches!(t.what, TimerAction::Func { timer: h } if h == timer),
            );
            if heap.len() != before {
                found = true;
                pt.update_next(&heap);
            }
        }
        found
    }

    /// Removes the deadline timer of context `ctx`, if it is still pending (Go's cancel
    /// stops it, so a canceled context does not keep a timer alive).
    pub fn stop_context_timer(&self, ctx: Handle) {
        for p in self.ps.iter() {
            let pt = &p.timers;
            let mut heap = lock(&pt.heap);
            let before = heap.len();
            heap.retain(|Reverse(t)| !matches!(t.what, TimerAction::Cancel { ctx: c } if c == ctx));
            if heap.len() != before {
                pt.update_next(&heap);
            }
        }
    }

    /// Runs the due timers of P `p` (the M's own, or a victim's while stealing); the
    /// goroutines they wake go to the M's P.
    #[inline]
    pub(super) fn run_timers(&self, m: &mut MCtx, p: usize) {
        // Every schedule passes here; most find nothing due, so check without the lock, and
        // without reading the clock when the P has no timer at all (a clock read cost a
        // tenth of an unbuffered ping-pong), and without a call.
        if self.ps[p].timers.next_ns() != u64::MAX {
            self.run_due_timers(m, p);
        }
    }

    #[inline(never)]
    fn run_due_timers(&self, m: &mut MCtx, p: usize) {
        let pt = &self.ps[p].timers;
        let next = pt.next_ns();
        let now = self.clock.now_ns();
        if now < next {
            return;
        }
        // No collection while due timers run: a deadline's context leaves the heap of
        // timers (a root) before it is canceled below, and must not be freed in between.
        // Callers (find_runnable) hold no lock, so this cannot wait on itself.
        let _world = self.world_read();
        let mut woken: Vec<Arc<G>> = Vec::new();
        let mut cancels: Vec<Handle> = Vec::new();
        let mut funcs: Vec<Value> = Vec::new();
        let mut signal_cancels: Vec<(Handle, Value)> = Vec::new();
        {
            let mut heap = lock(&pt.heap);
            while let Some(mut top) = heap.peek_mut() {
                let Reverse(t) = &mut *top;
                if t.when_ns > now {
                    break;
                }
                match t.what {
                    TimerAction::Func { timer } => {
                        self.emit(m, Kind::TimerFire, 0, t.seq as u32, timer);
                        if let Obj::Struct(f) = &*self.heap.lock(timer) {
                            funcs.extend(f.get(1).copied());
                        }
                        std::collections::binary_heap::PeekMut::pop(top);
                    }
                    TimerAction::Cancel { ctx } => {
                        self.emit(m, Kind::TimerFire, 0, t.seq as u32, ctx);
                        cancels.push(ctx);
                        std::collections::binary_heap::PeekMut::pop(top);
                    }
                    TimerAction::Wake(ref g) => {
                        self.emit(m, Kind::TimerFire, g.id, t.seq as u32, 0);
                        woken.push(g.clone());
                        std::collections::binary_heap::PeekMut::pop(top);
                    }
                    TimerAction::Signal(sig) => {
                        self.deliver_signal(m, sig, &mut woken, &mut signal_cancels);
                        std::collections::binary_heap::PeekMut::pop(top);
                    }
                    TimerAction::Send { ch, period_ns } => {
                        self.emit(m, Kind::TimerFire, 0, t.seq as u32, ch);
                        if let Some(g) = self.timer_send(m, ch, now) {
                            woken.push(g);
                        }
                        if period_ns == 0 {
                            std::collections::binary_heap::PeekMut::pop(top);
                        } else {
                            // Re-armed in place (see the invariants). A slow receiver makes a
                            // ticker skip ticks rather than burst.
                            let mut next = t.when_ns.saturating_add(period_ns);
                            if next <= now {
                                next = now + period_ns - (now - t.when_ns) % period_ns;
                            }
                            t.when_ns = next;
                            t.seq = self.timer_seq.fetch_add(1, Ordering::Relaxed);
                            let when_us = (next / 1000).min(u32::MAX as u64 - 1) as u32;
                            self.emit4(m, Kind::TimerAdd, 0, t.seq as u32, ch, 0, when_us);
                        }
                    }
                }
            }
            pt.update_next(&heap);
        }
        for g in woken {
            self.goready(m, g, 0);
        }
        // After the heap's lock is dropped: canceling closes channels and stops timers.
        for f in funcs {
            self.start_func(m, 0, f);
        }
        for ctx in cancels {
            use crate::rt::context::{field, TIMEOUT_CAUSE, TIMEOUT_ERR};
            let (err, cause) =
                (field(&self.heap, ctx, TIMEOUT_ERR), field(&self.heap, ctx, TIMEOUT_CAUSE));
            self.cancel_context(m, 0, ctx, err, cause);
        }
        for (ctx, err) in signal_cancels {
            self.cancel_context(m, 0, ctx, err, Value::ZERO);
        }
    }

    /// A timer's send of the time (ns since the run started) on `ch`: never blocks; returns
    /// the receiver it handed the value to, if one was waiting.
    fn timer_send(&self, m: &MCtx, ch: Handle, now: u64) -> Option<Arc<G>> {
        match &mut *self.heap.lock(ch) {
            // The value is a time.Time (see rt::timefmt::encode).
            Obj::Chan(c) => {
                let text = if self.tracing() { self.intern(&time_text(now)) } else { 0 };
                // time.Now's Time, as Go's timers send: Local, with a monotonic reading.
                let mut v = Value::int(
                    crate::rt::timefmt::encode(self.clock.wall_ns(now) as i128).unwrap_or(0),
                );
                v.h = self.now_loc;
                let (to, out) = match c.send(v) {
                    SendOutcome::HandedOff(g) => (g.id, Some(g)),
                    SendOutcome::Buffered => (0, None),
                    // A tick nobody has room for is dropped.
                    _ => return None,
                };
                self.emit4(m, Kind::ChanSend, 0, ch, to, 0, text);
                out
            }
            _ => None,
        }
    }

    /// Runs the due timers of every P (an M that found no other work, before it steals).
    pub(super) fn run_all_timers(&self, m: &mut MCtx) {
        let now = self.clock.now_ns();
        for p in 0..self.ps.len() {
            if self.ps[p].timers.next_ns() <= now {
                self.run_timers(m, p);
            }
        }
    }

    /// The earliest deadline of any timer, if there is one.
    pub fn next_timer_ns(&self) -> Option<u64> {
        let next = self.ps.iter().map(|p| p.timers.next_ns()).min().unwrap_or(u64::MAX);
        (next != u64::MAX).then_some(next)
    }
}

/// A time value as the channel views show it: the run's clock, in milliseconds.
fn time_text(ns: u64) -> String {
    format!("t={}.{:03}ms", ns / 1_000_000, (ns / 1000) % 1000)
}
