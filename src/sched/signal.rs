//! Signals from outside the program: Ctrl-C in the CLI, the page's Ctrl-C button.
//!
//! Go delivers a signal to every channel that signal.Notify registered for it, with a send
//! that never blocks (a full channel misses it), from a goroutine of the runtime's own; a
//! program that registered nothing dies of SIGINT (`go run` then prints "signal:
//! interrupt"). While any registration exists, a program whose goroutines all wait is not
//! deadlocked: in Go the signal goroutine sits in a system call, so checkdead never fires
//! and the program waits for the signal (the Go by Example "signals" program prints
//! "awaiting signal" and waits).
//!
//! Here `raise` puts the delivery on P 0's timer heap, due at once (so both the threads
//! and the deterministic scheduler run it as they run any timer, on an M with the world's
//! read lock), then wakes an M. The registered channels are roots of the collector.

use super::timers::TimerAction;
use super::{MCtx, Runtime};
use crate::rt::chan::SendOutcome;
use crate::rt::g::G;
use crate::rt::obj::Obj;
use crate::sys::{lock, Arc, Condvar, Mutex, Ordering};
use crate::trace::Kind;
use crate::vm::value::{Handle, Value};

/// SIGINT, what Ctrl-C sends.
pub const SIGINT: i64 = 2;

/// Where a registration delivers.
#[derive(Clone, Copy, PartialEq)]
pub enum SignalTarget {
    /// signal.Notify's channel; `sig_type` is syscall.Signal's type id, the dynamic type of
    /// the os.Signal values sent.
    Chan { ch: Handle, sig_type: u32 },
    /// signal.NotifyContext's context, canceled with `err` (context.Canceled).
    Context { ctx: Handle, err: Value },
}

/// One signal.Notify or NotifyContext call: `sigs` empty means every signal.
#[derive(Clone)]
pub struct SignalReg {
    pub target: SignalTarget,
    pub sigs: Vec<i64>,
}

impl SignalReg {
    fn wants(&self, sig: i64) -> bool {
        self.sigs.is_empty() || self.sigs.contains(&sig)
    }

    fn root(&self) -> Handle {
        match self.target {
            SignalTarget::Chan { ch, .. } => ch,
            SignalTarget::Context { ctx, .. } => ctx,
        }
    }
}

/// syscall.Signal's String on Linux (and how `go run` names a signal that ended a program).
pub fn signal_name(n: i64) -> String {
    let name = match n {
        1 => "hangup",
        2 => "interrupt",
        3 => "quit",
        9 => "killed",
        10 => "user defined signal 1",
        12 => "user defined signal 2",
        13 => "broken pipe",
        14 => "alarm clock",
        15 => "terminated",
        _ => return format!("signal {n}"),
    };
    name.to_string()
}

/// The run's registrations, and a bell the deterministic scheduler waits on.
#[derive(Default)]
pub struct Signals {
    regs: Mutex<Vec<SignalReg>>,
    /// Set by `raise` (and by the end of the run) for a scheduler asleep in `wait_signal`;
    /// with the host time (ns) at which that scheduler began to wait.
    rung: Mutex<(bool, Option<u64>)>,
    bell: Condvar,
}

impl Runtime {
    /// signal.Notify / NotifyContext. Notify again on the same channel adds to its signals,
    /// as Go's does (so a loop of Notify calls does not grow the list).
    pub fn signal_notify(&self, reg: SignalReg) {
        let mut regs = lock(&self.signals.regs);
        match regs.iter_mut().find(|r| r.target == reg.target) {
            Some(r) if r.sigs.is_empty() || reg.sigs.is_empty() => r.sigs.clear(),
            Some(r) => {
                r.sigs.extend(reg.sigs);
                r.sigs.sort_unstable();
                r.sigs.dedup();
            }
            None => regs.push(reg),
        }
    }

    /// signal.Stop(c) and signal.Reset(): forget registrations (all of them for `None`).
    pub fn signal_stop(&self, ch: Option<Handle>) {
        lock(&self.signals.regs).retain(|r| ch.is_some_and(|c| r.root() != c));
    }

    /// signal.Reset(sigs...) with signals: no registration asks for them any more (one made
    /// for every signal keeps them: it would need an "all but" set).
    pub fn signal_reset(&self, sigs: &[i64]) {
        let mut regs = lock(&self.signals.regs);
        regs.retain_mut(|r| {
            if r.sigs.is_empty() {
                return true;
            }
            r.sigs.retain(|s| !sigs.contains(s));
            !r.sigs.is_empty()
        });
    }

    /// The handles the registrations keep alive.
    pub(super) fn signal_roots(&self, roots: &mut Vec<Handle>) {
        roots.extend(lock(&self.signals.regs).iter().map(SignalReg::root));
    }

    /// Whether a signal could still wake the program: some registration exists (a
    /// NotifyContext whose context is done no longer counts).
    pub fn awaits_signal(&self) -> bool {
        lock(&self.signals.regs).iter().any(|r| match r.target {
            SignalTarget::Chan { .. } => true,
            SignalTarget::Context { ctx, .. } => {
                use crate::rt::context::{field, ERR};
                field(&self.heap, ctx, ERR) == Value::ZERO
            }
        })
    }

    /// Sends signal `sig` to the program from outside (any thread). False when the program
    /// registered nothing for it: then the caller applies Go's default action (`kill`).
    pub fn raise(&self, sig: i64) -> bool {
        if self.is_done() || !lock(&self.signals.regs).iter().any(|r| r.wants(sig)) {
            return false;
        }
        self.push_signal_timer(sig);
        lock(&self.signals.rung).0 = true;
        self.signals.bell.notify_all();
        // An M that wakes runs every P's due timers before it looks for work; with no idle
        // P, the M on P 0 runs them at its next schedule. The deterministic scheduler wakes
        // an M itself when it sees the timer.
        if self.cfg.mode != super::Mode::Deterministic {
            self.wakep();
        }
        true
    }

    /// Go's default action for a signal nobody asked for: the program dies of it, and
    /// `go run` reports how.
    pub fn kill(&self, sig: i64) {
        self.finish(1, Some(format!("signal: {}\n", signal_name(sig))));
    }

    /// The deterministic scheduler found every goroutine waiting and a registration that a
    /// signal could wake: wait up to `max` for one (zero on the browser's host worker, which
    /// must stay free to receive the Ctrl-C message) and return, to be called again. The
    /// virtual clock stands still meanwhile, so the run's time limit counts host time from
    /// the first call of this wait.
    pub fn wait_signal(&self, max: std::time::Duration) {
        let now = super::clock::host_now_ns();
        let mut rung = lock(&self.signals.rung);
        let since = *rung.1.get_or_insert(now);
        if !rung.0 && !max.is_zero() {
            rung = self.signals.bell.wait_timeout(rung, max).unwrap_or_else(|e| e.into_inner()).0;
        }
        if rung.0 {
            *rung = (false, None);
            return;
        }
        let waited = super::clock::host_now_ns().saturating_sub(since);
        if self.deadline_ns != 0 && waited > self.deadline_ns {
            drop(rung);
            self.time_limit_reached();
        }
    }

    /// A due signal timer: deliver `sig` to every registration that wants it. Returns the
    /// goroutines the sends handed a value to (readied by the caller, after the timer
    /// heap's lock is dropped) and the contexts to cancel.
    pub(super) fn deliver_signal(
        &self,
        m: &MCtx,
        sig: i64,
        woken: &mut Vec<Arc<G>>,
        cancels: &mut Vec<(Handle, Value)>,
    ) {
        let regs: Vec<SignalReg> =
            lock(&self.signals.regs).iter().filter(|r| r.wants(sig)).cloned().collect();
        for r in regs {
            match r.target {
                SignalTarget::Chan { ch, sig_type } => {
                    let mut v = Value::int(sig);
                    v.t = sig_type;
                    let to = match &mut *self.heap.lock(ch) {
                        Obj::Chan(c) => match c.send(v) {
                            SendOutcome::HandedOff(g) => {
                                let id = g.id;
                                woken.push(g);
                                id
                            }
                            SendOutcome::Buffered => 0,
                            // Full: the signal is lost for this channel, as in Go.
                            _ => continue,
                        },
                        _ => continue,
                    };
                    self.emit4(m, Kind::ChanSend, 0, ch, to, 0, 0);
                }
                SignalTarget::Context { ctx, err } => cancels.push((ctx, err)),
            }
        }
    }

    fn push_signal_timer(&self, sig: i64) {
        let pt = &self.ps[0].timers;
        let mut heap = lock(&pt.heap);
        let seq = self.timer_seq.fetch_add(1, Ordering::Relaxed);
        let when_ns = self.clock.now_ns();
        heap.push(std::cmp::Reverse(super::timers::Timer {
            when_ns,
            seq,
            what: TimerAction::Signal(sig),
        }));
        pt.next.fetch_min(when_ns, Ordering::Release);
    }

    /// The end of the run wakes a deterministic scheduler asleep in `wait_signal`.
    pub(super) fn ring_signal_bell(&self) {
        lock(&self.signals.rung).0 = true;
        self.signals.bell.notify_all();
    }
}
