//! Canceling a context (Go's cancelCtx.cancel): called by a CancelFunc (the library) and by
//! a deadline's timer (timers.rs). The objects and their invariants are rt/context.rs; this
//! is the part that wakes goroutines: it closes each canceled link's Done channel (readying
//! its receivers, traced as any close), stops a deadline's timer, starts AfterFunc functions
//! in goroutines of their own, and goes down the tree of children.

use super::{MCtx, Runtime};
use crate::rt::context as cx;
use crate::rt::g::{Frame, GState, CAPS_ON_STACK};
use crate::rt::obj::Obj;
use crate::trace::Kind;
use crate::vm::value::{Handle, Value};

impl Runtime {
    /// Cancels context `h` and its descendants with `err` (and `cause`, nil for err);
    /// `waker` is the goroutine that canceled (0 for a timer).
    pub fn cancel_context(&self, m: &mut MCtx, waker: u32, h: Handle, err: Value, cause: Value) {
        let mut todo = vec![h];
        let mut first = true;
        while let Some(c) = todo.pop() {
            let Some(done) = cx::take_cancel(&self.heap, c, err, cause) else { continue };
            if first {
                // Only the link canceled directly leaves its parent; its descendants go
                // with it.
                let parent =
                    cx::cancelable_ancestor(&self.heap, cx::field(&self.heap, c, cx::PARENT).h);
                cx::remove_child(&self.heap, parent, c);
                first = false;
            }
            if cx::kind(&self.heap, c) == cx::DEADLINE_KIND {
                self.stop_context_timer(c);
            }
            self.close_done(m, waker, done.done);
            for f in done.funcs {
                self.start_func(m, waker, f);
            }
            todo.extend(done.children.iter().map(|v| v.h));
        }
    }

    /// Closes a Done channel (never closed before: `take_cancel` lets one caller through).
    fn close_done(&self, m: &mut MCtx, waker: u32, ch: Handle) {
        if ch == 0 {
            return;
        }
        let woken = match &mut *self.heap.lock(ch) {
            Obj::Chan(c) => {
                let woken = c.close().unwrap_or_default();
                self.emit4(m, Kind::ChanClose, waker, ch, 0, m.line, 0);
                woken
            }
            _ => Vec::new(),
        };
        for g in woken {
            self.goready(m, g, waker);
        }
    }

    /// Starts the func value `f` (no arguments) in a new goroutine created by `parent`, as
    /// `go f()` would (AfterFunc's functions; Go starts them the same way).
    pub fn start_func(&self, m: &mut MCtx, parent: u32, f: Value) {
        let (func, caps) = match &*self.heap.lock(f.h) {
            Obj::Closure { func, caps } => (*func, caps.clone()),
            _ => return,
        };
        let nregs = self.prog.funcs.get(func as usize).map_or(1, |d| d.nregs as usize);
        let mut regs = caps.to_vec();
        let base = regs.len();
        regs.resize(base + nregs.max(1), Value::ZERO);
        let closure = if base > 0 { CAPS_ON_STACK } else { 0 };
        let top = Frame { func, pc: 0, base: base as u32, closure };
        // Past the goroutine limit the function is not started; the limit's own message
        // ends the run at the next go statement, as it is not an error in Go's words.
        let _ = self.newproc_from(m, parent, (func, 0), GState::new(regs.into_boxed_slice(), top));
    }
}
