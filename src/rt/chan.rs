//! Channels, after Go's runtime/chan.go.
//!
//! A channel is a ring buffer of `cap` values plus two wait queues of parked goroutines.
//! Invariants (checked in debug builds), all under the channel's heap-slot lock:
//! - at least one of `sendq` and `recvq` is empty;
//! - `recvq` non-empty implies the buffer is empty;
//! - `sendq` non-empty implies the buffer is full (for unbuffered channels, cap = 0);
//! - a closed channel has an empty `sendq` (close wakes every sender to panic).
//!
//! Unbuffered channels hand the value directly from sender to receiver: the waker writes it
//! into the parked goroutine's `param` and makes it runnable; the woken goroutine finishes
//! its receive from there when it next runs.

use crate::sched::g::G;
use crate::vm::op::TypeId;
use crate::vm::value::{Handle, Value};
use std::collections::VecDeque;
use std::sync::Arc;

pub struct Waiter {
    pub g: Arc<G>,
    /// The value a parked sender offers (unused for receivers).
    pub val: Value,
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

    pub fn size_bytes(&self) -> usize {
        64 + 16 * self.buf.len()
    }

    pub fn each_ref(&self, f: &mut dyn FnMut(Handle)) {
        for v in self.buf.iter().chain(self.sendq.iter().map(|w| &w.val)) {
            if v.h != 0 {
                f(v.h)
            }
        }
    }

    fn check_invariants(&self) {
        debug_assert!(
            self.sendq.is_empty() || self.recvq.is_empty(),
            "chan: both wait queues non-empty"
        );
        debug_assert!(
            self.recvq.is_empty() || self.buf.is_empty(),
            "chan: receivers wait on a non-empty buffer"
        );
        debug_assert!(
            !self.closed || self.sendq.is_empty(),
            "chan: senders wait on a closed channel"
        );
    }

    pub fn send(&mut self, v: Value) -> SendOutcome {
        self.check_invariants();
        if self.closed {
            return SendOutcome::Closed;
        }
        if let Some(w) = self.recvq.pop_front() {
            w.g.set_param(v, true);
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
        if let Some(w) = self.sendq.pop_front() {
            // A sender waits only when the buffer is full (or there is none): take the head
            // of the buffer and let the sender's value join the tail, keeping FIFO order.
            let v = if self.cap == 0 {
                w.val
            } else {
                let head = self.buf.pop_front().unwrap_or(w.val);
                self.buf.push_back(w.val);
                head
            };
            w.g.set_param(Value::ZERO, true);
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
        for w in self.recvq.drain(..) {
            w.g.set_param(Value::ZERO, false);
            woken.push(w.g);
        }
        for w in self.sendq.drain(..) {
            w.g.set_param(Value::ZERO, false);
            w.g.set_closed();
            woken.push(w.g);
        }
        Ok(woken)
    }
}
