//! sync.WaitGroup (Mutex, RWMutex, Once, Cond follow the same pattern: a counter or state
//! plus a queue of parked goroutines, all under the object's heap-slot lock).

use crate::sched::g::G;
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
