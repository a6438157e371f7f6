//! sync.WaitGroup and sync.Mutex (RWMutex, Once, Cond will follow the same pattern: a
//! counter or state plus a queue of parked goroutines, all under the object's heap-slot lock).

use crate::rt::g::G;
use std::sync::Arc;

#[derive(Default)]
pub struct WaitGroup {
    pub counter: i64,
    pub waiters: Vec<Arc<G>>,
}

impl WaitGroup {
    /// wg.Add(delta). Err(()) means "sync: negative WaitGroup counter". On reaching zero,
    /// returns the waiters to ready.
    pub fn add(&mut self, delta: i64) -> Result<Vec<Arc<G>>, ()> {
        self.counter += delta;
        if self.counter < 0 {
            return Err(());
        }
        if self.counter == 0 {
            return Ok(std::mem::take(&mut self.waiters));
        }
        Ok(Vec::new())
    }
}

/// sync.Mutex. Unlock hands the lock straight to the longest waiter (Go's starvation-mode
/// hand-off): simple, fair, and what a learner expects to see in the views.
///
/// Invariant: `waiters` is non-empty only while `locked`.
#[derive(Default)]
pub struct Mutex {
    pub locked: bool,
    pub waiters: std::collections::VecDeque<Arc<G>>,
}

impl Mutex {
    /// Lock: true when acquired; false means the caller must enqueue itself and park.
    pub fn try_lock(&mut self) -> bool {
        if self.locked {
            return false;
        }
        self.locked = true;
        true
    }

    /// Unlock: Err(()) for "sync: unlock of unlocked mutex"; otherwise the goroutine that now
    /// owns the mutex and must be readied, if any.
    pub fn unlock(&mut self) -> Result<Option<Arc<G>>, ()> {
        if !self.locked {
            return Err(());
        }
        match self.waiters.pop_front() {
            Some(g) => Ok(Some(g)), // stays locked: ownership passes to g
            None => {
                self.locked = false;
                Ok(None)
            }
        }
    }
}
