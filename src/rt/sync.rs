//! sync.WaitGroup, sync.Mutex and sync.RWMutex: a counter or state plus a queue of parked
//! goroutines, all under the object's heap-slot lock.

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

/// A waiter that waited this long switches the mutex to starvation mode (Go: 1 ms).
pub const STARVATION_THRESHOLD_NS: u64 = 1_000_000;

/// A goroutine queued on a Mutex and when it first started waiting (clock ns).
pub struct MutexWaiter {
    pub g: Arc<G>,
    pub since_ns: u64,
}

/// What `Mutex::lock` decided.
#[derive(Debug, PartialEq)]
pub enum LockResult {
    Acquired,
    /// Queue and park (the waiter was queued at the back, or at the front if it had
    /// waited before).
    Park,
}

/// sync.Mutex with Go's two modes (sync/mutex.go).
///
/// Normal mode: Unlock releases the mutex and wakes the first waiter, which must then compete
/// with goroutines arriving right now (they are running, so they usually win: throughput).
/// A woken waiter that loses goes back to the front of the queue; once some waiter has waited
/// over `STARVATION_THRESHOLD_NS`, the mutex switches to starvation mode.
///
/// Starvation mode: Unlock hands the mutex straight to the first waiter; arriving goroutines
/// queue at the back without trying. The waiter that receives it switches back to normal mode
/// if it is the last one or waited less than the threshold.
///
/// All of it runs under the heap slot's lock (the `Obj::Mutex` it lives in), so `locked`,
/// `starving`, `woken` and the queue change together. Invariant: `woken_since` is Some
/// exactly while a woken waiter is on its way (Go's mutexWoken), so Unlock wakes no second
/// one meanwhile.
#[derive(Default)]
pub struct Mutex {
    pub locked: bool,
    pub starving: bool,
    /// When the woken waiter first started waiting (it keeps its place in line by time).
    pub woken_since: Option<u64>,
    pub waiters: std::collections::VecDeque<MutexWaiter>,
}

/// What Unlock hands on: a waiter to ready, and whether it now owns the mutex.
pub struct Wake {
    pub g: Arc<G>,
    pub owns: bool,
}

impl Mutex {
    /// Lock by `g` at `now`. `waited_since` is Some for a woken waiter retrying (normal
    /// mode): it takes the mutex if it is free, else goes back to the front of the queue.
    pub fn lock(&mut self, g: &Arc<G>, now: u64, waited_since: Option<u64>) -> LockResult {
        if waited_since.is_some() {
            self.woken_since = None;
        }
        if !self.locked && !self.starving {
            self.locked = true;
            return LockResult::Acquired;
        }
        let w = MutexWaiter { g: g.clone(), since_ns: waited_since.unwrap_or(now) };
        match waited_since {
            Some(since) => {
                if now.saturating_sub(since) > STARVATION_THRESHOLD_NS {
                    self.starving = true;
                }
                self.waiters.push_front(w);
            }
            None => self.waiters.push_back(w),
        }
        LockResult::Park
    }

    /// Go's `Mutex.state` word (mutexLocked 1, mutexWoken 2, mutexStarving 4, waiters << 3),
    /// which fmt prints for a sync.Mutex value.
    pub fn state(&self) -> i32 {
        let flags = self.locked as i32 | (self.woken_since.is_some() as i32) << 1;
        flags | (self.starving as i32) << 2 | (self.waiters.len() as i32) << 3
    }

    /// TryLock: takes the mutex only if it is free and no waiter is owed it (Go's TryLock
    /// fails in starvation mode too).
    pub fn try_lock(&mut self) -> bool {
        if !self.free() {
            return false;
        }
        self.locked = true;
        true
    }

    /// The mutex is free for a goroutine that is running now and would not queue (a
    /// spinning Lock checks this between spins).
    pub fn free(&self) -> bool {
        !self.locked && !self.starving
    }

    /// Unlock at `now`: Err(()) for "sync: unlock of unlocked mutex"; otherwise the waiter
    /// to ready, if any.
    pub fn unlock(&mut self, now: u64) -> Result<Option<Wake>, ()> {
        if !self.locked {
            return Err(());
        }
        if self.starving {
            // Hand-off: the mutex stays locked; ownership passes to the first waiter.
            let Some(w) = self.waiters.pop_front() else {
                self.starving = false;
                self.locked = false;
                return Ok(None);
            };
            if self.waiters.is_empty() || now.saturating_sub(w.since_ns) < STARVATION_THRESHOLD_NS {
                self.starving = false;
            }
            return Ok(Some(Wake { g: w.g, owns: true }));
        }
        self.locked = false;
        if self.woken_since.is_some() {
            return Ok(None); // a woken waiter is already on its way
        }
        Ok(self.waiters.pop_front().map(|w| {
            self.woken_since = Some(w.since_ns);
            Wake { g: w.g, owns: false }
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rt::g::GState;

    fn g(id: u32) -> Arc<G> {
        Arc::new(G::new(id, 1, None, GState::default()))
    }

    #[test]
    fn normal_mode_lets_a_running_goroutine_barge_in() {
        let (a, b) = (g(1), g(2));
        let mut mu = Mutex::default();
        assert_eq!(mu.lock(&a, 0, None), LockResult::Acquired);
        assert_eq!(mu.lock(&b, 0, None), LockResult::Park);
        let w = mu.unlock(10).unwrap().unwrap();
        assert!(!w.owns && w.g.id == 2, "normal mode wakes b without handing it the mutex");
        assert_eq!(mu.lock(&a, 20, None), LockResult::Acquired, "a barges in");
        assert_eq!(mu.lock(&b, 30, mu.woken_since), LockResult::Park, "b lost and requeues");
        assert_eq!(mu.waiters.front().map(|w| w.g.id), Some(2), "at the front");
        assert!(!mu.starving, "b waited 30 ns");
    }

    #[test]
    fn a_waiter_starved_over_1ms_gets_the_mutex_handed_over() {
        let (a, b, c) = (g(1), g(2), g(3));
        let mut mu = Mutex::default();
        mu.lock(&a, 0, None);
        mu.lock(&b, 0, None);
        let since = mu.unlock(10).unwrap().map(|_| mu.woken_since.unwrap());
        mu.lock(&a, 20, None);
        mu.lock(&b, 2_000_000, since);
        assert!(mu.starving, "b waited 2 ms");
        assert_eq!(mu.lock(&c, 2_000_001, None), LockResult::Park, "no barging when starving");
        let w = mu.unlock(2_000_002).unwrap().unwrap();
        assert!(w.owns && w.g.id == 2, "handed to b");
        assert!(mu.locked && mu.starving, "b waited over 1 ms and c still waits");
        let w = mu.unlock(2_000_003).unwrap().unwrap();
        assert!(w.owns && w.g.id == 3);
        assert!(!mu.starving, "c was the last waiter: back to normal");
        assert_eq!(mu.unlock(2_000_004).unwrap().map(|w| w.g.id), None);
        assert!(!mu.locked);
        assert!(mu.unlock(0).is_err(), "unlock of unlocked mutex");
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

/// sync.Cond's list of waiters, as Go's notifyList (runtime/sema.go): Wait takes a ticket
/// before it unlocks the Cond's Locker (`add`), then parks unless that ticket was notified
/// meanwhile (`wait`); Signal notifies the oldest ticket not yet notified, Broadcast all.
/// A Signal that comes between a waiter's `add` and its `wait` is not lost.
///
/// Invariants: `notify <= wait` (wrapping); every ticket in `waiters` is >= `notify`.
#[derive(Default)]
pub struct NotifyList {
    /// The next ticket to hand out.
    pub wait: u32,
    /// The next ticket to notify.
    pub notify: u32,
    /// Parked waiters and their tickets, in ticket order.
    pub waiters: std::collections::VecDeque<(u32, Arc<G>)>,
}

impl NotifyList {
    pub fn add(&mut self) -> u32 {
        let t = self.wait;
        self.wait = self.wait.wrapping_add(1);
        t
    }
    /// Whether ticket `t` was notified already (then Wait does not park).
    pub fn notified(&self, t: u32) -> bool {
        (t.wrapping_sub(self.notify) as i32) < 0
    }
    /// Signal: the waiter to ready, if the oldest unnotified ticket's holder has parked.
    pub fn notify_one(&mut self) -> Option<Arc<G>> {
        if self.wait == self.notify {
            return None;
        }
        let t = self.notify;
        self.notify = self.notify.wrapping_add(1);
        let i = self.waiters.iter().position(|(w, _)| *w == t)?;
        self.waiters.remove(i).map(|(_, g)| g)
    }
    /// Broadcast: every parked waiter.
    pub fn notify_all(&mut self) -> Vec<Arc<G>> {
        self.notify = self.wait;
        self.waiters.drain(..).map(|(_, g)| g).collect()
    }
}
