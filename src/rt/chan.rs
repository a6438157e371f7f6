//! Channels, after Go's runtime/chan.go.
//!
//! A channel is a ring buffer of `cap` values plus two wait queues of parked goroutines.
//! Invariants, all under the channel's heap-slot lock, counting only *live* waiters (a
//! waiter left by a select that another channel already completed is stale: it is skipped
//! and dropped by whoever finds it, and its goroutine removes the rest when it resumes):
//! - at least one of `sendq` and `recvq` has no live waiter (except that one select may
//!   wait both to send and to receive on the same channel);
//! - a live waiter in `recvq` implies the buffer is empty;
//! - a live waiter in `sendq` implies the buffer is full (for unbuffered channels, cap = 0);
//! - a closed channel has no live waiter in `sendq` (close wakes every sender to panic).
//!
//! A goroutine blocked in select waits on every case's channel at once; the first operation
//! to claim it (`G::claim_select`, a compare-and-swap) completes the select, as in Go's
//! selectgo.
//!
//! Unbuffered channels hand the value directly from sender to receiver: the waker writes it
//! into the parked goroutine's `param` and makes it runnable; the woken goroutine finishes
//! its receive from there when it next runs.

use crate::rt::g::G;
use crate::vm::op::TypeId;
use crate::vm::value::{Handle, Value};
use std::collections::VecDeque;
use std::sync::Arc;

pub struct Waiter {
    pub g: Arc<G>,
    /// The value a parked sender offers (unused for receivers).
    pub val: Value,
    /// For a goroutine blocked in select: the index of this case.
    pub case: Option<u32>,
}

impl Waiter {
    pub fn plain(g: Arc<G>, val: Value) -> Waiter {
        Waiter { g, val, case: None }
    }
}

/// Pops the first live waiter, dropping stale select waiters on the way. A select waiter
/// becomes ours only if we win its goroutine's claim.
fn pop_live(q: &mut VecDeque<Waiter>) -> Option<Waiter> {
    while let Some(w) = q.pop_front() {
        if w.case.is_none() || w.g.claim_select() {
            return Some(w);
        }
    }
    None
}

/// Whether a queue holds a live waiter, without claiming it.
fn has_live(q: &VecDeque<Waiter>) -> bool {
    q.iter().any(|w| w.case.is_none() || !w.g.select_claimed())
}

pub struct Chan {
    pub cap: usize,
    pub elem: TypeId,
    pub buf: VecDeque<Value>,
    pub closed: bool,
    pub recvq: VecDeque<Waiter>,
    pub sendq: VecDeque<Waiter>,
}

pub enum SendOutcome {
    /// The value went into the buffer.
    Buffered,
    /// A parked receiver took it; ready that goroutine.
    HandedOff(Arc<G>),
    /// No room and nobody waiting: the sender must park (and enqueue itself).
    MustBlock,
    /// panic: send on closed channel.
    Closed,
}

pub enum RecvOutcome {
    /// Got a value (ok=true), and maybe a parked sender to ready.
    Got(Value, Option<Arc<G>>),
    /// The channel is closed and drained: zero value, ok=false.
    Closed,
    MustBlock,
}

impl Chan {
    pub fn new(cap: usize, elem: TypeId) -> Chan {
        Chan {
            cap,
            elem,
            buf: VecDeque::new(),
            closed: false,
            recvq: VecDeque::new(),
            sendq: VecDeque::new(),
        }
    }

    /// Counted at make for the whole capacity, as Go allocates the buffer at make: a huge
    /// buffer is a memory bomb whether or not it is ever filled.
    pub fn size_bytes(&self) -> usize {
        64usize.saturating_add(self.cap.saturating_mul(16))
    }

    pub fn each_ref(&self, f: &mut dyn FnMut(Handle)) {
        for v in self.buf.iter().chain(self.sendq.iter().map(|w| &w.val)) {
            if v.h != 0 {
                f(v.h)
            }
        }
    }

    fn check_invariants(&self) {
        if cfg!(debug_assertions) {
            let (s, r) = (has_live(&self.sendq), has_live(&self.recvq));
            // One select may wait to send and to receive on the same channel, so only plain
            // waiters are held to the one-queue rule.
            let plain = |q: &VecDeque<Waiter>| q.iter().any(|w| w.case.is_none());
            debug_assert!(
                !(plain(&self.sendq) && plain(&self.recvq)),
                "chan: both wait queues hold waiters"
            );
            debug_assert!(!r || self.buf.is_empty(), "chan: receivers wait on a non-empty buffer");
            debug_assert!(!self.closed || !s, "chan: senders wait on a closed channel");
        }
    }

    /// Whether a send could complete now (for select's first pass, which must not claim).
    pub fn can_send(&self) -> bool {
        self.closed || has_live(&self.recvq) || self.buf.len() < self.cap
    }

    /// Whether a receive could complete now.
    pub fn can_recv(&self) -> bool {
        self.closed || has_live(&self.sendq) || !self.buf.is_empty()
    }

    /// Removes every waiter of goroutine `g` (its select finished elsewhere).
    pub fn dequeue_all(&mut self, g: &Arc<G>) {
        self.recvq.retain(|w| !Arc::ptr_eq(&w.g, g));
        self.sendq.retain(|w| !Arc::ptr_eq(&w.g, g));
    }

    pub fn send(&mut self, v: Value) -> SendOutcome {
        self.check_invariants();
        if self.closed {
            return SendOutcome::Closed;
        }
        if let Some(w) = pop_live(&mut self.recvq) {
            w.g.set_param(v, true, w.case);
            return SendOutcome::HandedOff(w.g);
        }
        if self.buf.len() < self.cap {
            self.buf.push_back(v);
            return SendOutcome::Buffered;
        }
        SendOutcome::MustBlock
    }

    pub fn recv(&mut self) -> RecvOutcome {
        self.check_invariants();
        if let Some(w) = pop_live(&mut self.sendq) {
            // A sender waits only when the buffer is full (or there is none): take the head
            // of the buffer and let the sender's value join the tail, keeping FIFO order.
            let v = if self.cap == 0 {
                w.val
            } else {
                let head = self.buf.pop_front().unwrap_or(w.val);
                self.buf.push_back(w.val);
                head
            };
            w.g.set_param(Value::ZERO, true, w.case);
            return RecvOutcome::Got(v, Some(w.g));
        }
        if let Some(v) = self.buf.pop_front() {
            return RecvOutcome::Got(v, None);
        }
        if self.closed {
            return RecvOutcome::Closed;
        }
        RecvOutcome::MustBlock
    }

    /// Closes the channel; returns the goroutines to ready (receivers get the zero value and
    /// ok=false, senders will panic). Err(()) means "close of closed channel".
    pub fn close(&mut self) -> Result<Vec<Arc<G>>, ()> {
        if self.closed {
            return Err(());
        }
        self.closed = true;
        let mut woken = Vec::new();
        while let Some(w) = pop_live(&mut self.recvq) {
            w.g.set_param(Value::ZERO, false, w.case);
            woken.push(w.g);
        }
        while let Some(w) = pop_live(&mut self.sendq) {
            w.g.set_param(Value::ZERO, false, w.case);
            w.g.set_closed();
            woken.push(w.g);
        }
        Ok(woken)
    }
}
