//! sync.WaitGroup, sync.Mutex and sync.RWMutex (Once and Cond will follow the same pattern: a
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

/// sync.RWMutex: any number of readers or one writer. As in Go, a waiting writer keeps new
/// readers out (so writers do not starve), and Unlock lets every waiting reader in before
/// the next writer.
///
/// Invariants: `writer` and `readers > 0` never hold together; `rwait` is non-empty only
/// while a writer holds or waits; `wwait` is non-empty only while the lock is held.
#[derive(Default)]
pub struct RWMutex {
    pub readers: u32,
    pub writer: bool,
    pub rwait: std::collections::VecDeque<Arc<G>>,
    pub wwait: std::collections::VecDeque<Arc<G>>,
}

impl RWMutex {
    /// RLock: true when acquired; false means enqueue on `rwait` and park.
    pub fn try_rlock(&mut self) -> bool {
        if self.writer || !self.wwait.is_empty() {
            return false;
        }
        self.readers += 1;
        true
    }
    /// Lock: true when acquired; false means enqueue on `wwait` and park.
    pub fn try_lock(&mut self) -> bool {
        if self.writer || self.readers > 0 {
            return false;
        }
        self.writer = true;
        true
    }
    /// RUnlock: Err(()) without a reader; the writer that now owns the lock, if any.
    pub fn runlock(&mut self) -> Result<Option<Arc<G>>, ()> {
        if self.readers == 0 {
            return Err(());
        }
        self.readers -= 1;
        if self.readers == 0 {
            if let Some(w) = self.wwait.pop_front() {
                self.writer = true;
                return Ok(Some(w));
            }
        }
        Ok(None)
    }
    /// Unlock: Err(()) when not write-locked; the goroutines that now own the lock (every
    /// waiting reader, or else the next writer).
    pub fn unlock(&mut self) -> Result<Vec<Arc<G>>, ()> {
        if !self.writer {
            return Err(());
        }
        self.writer = false;
        if !self.rwait.is_empty() {
            self.readers = self.rwait.len() as u32;
            return Ok(self.rwait.drain(..).collect());
        }
        if let Some(w) = self.wwait.pop_front() {
            self.writer = true;
            return Ok(vec![w]);
        }
        Ok(Vec::new())
    }
}
