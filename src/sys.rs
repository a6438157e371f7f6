//! The one place the runtime takes its locks, atomics and threads from.
//!
//! Every lock, condition variable and atomic that the heap, the runtime objects and the
//! scheduler share comes through here, so that model checkers can replace them:
//!
//! - by default, std's types;
//! - under `--cfg loom`, loom's (loom explores every interleaving of a small test:
//!   tests/loom_sched.rs models the run queues, the channel hand-off and the M park protocol);
//! - under `--cfg shuttle`, shuttle's (shuttle runs whole programs under a randomized or PCT
//!   scheduler: tests/shuttle_programs.rs).
//!
//! Code above this module never names `std::sync` for shared state.
//!
//! `Arc` is std's under every cfg: it only counts references (nothing of the scheduling
//! protocol rests on its atomics), shuttle itself re-exports std's, and one `Arc<G>` type
//! lets the goroutine handles cross from rt (channels, WaitGroups) to sched unchanged.
//! Neither checker models a timeout: their `Condvar::wait_timeout` waits for a notification,
//! so the model tests avoid the one timed wait (the last idle M sleeping until a timer).

pub use std::sync::Arc;

#[cfg(not(any(loom, shuttle)))]
pub use std::sync::{
    atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering},
    Condvar, Mutex, MutexGuard, RwLock, RwLockReadGuard,
};

#[cfg(loom)]
pub use loom::sync::{
    atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering},
    Condvar, Mutex, MutexGuard, RwLock, RwLockReadGuard,
};

#[cfg(all(shuttle, not(loom)))]
pub use shuttle::sync::{
    atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering},
    Condvar, Mutex, MutexGuard, RwLock, RwLockReadGuard,
};

/// The Ms' threads (threads mode natively): std's, or shuttle's under `--cfg shuttle` so
/// that a whole run is one shuttle test. (Loom has no scoped threads; its tests drive the
/// scheduler's pieces from their own loom threads instead.)
pub mod thread {
    #[cfg(all(shuttle, not(loom)))]
    pub use shuttle::thread::{scope, Scope};
    #[cfg(any(loom, not(shuttle)))]
    pub use std::thread::{scope, Scope};

    /// Lets other threads run (an idle M between spins).
    pub fn yield_now() {
        #[cfg(loom)]
        loom::thread::yield_now();
        #[cfg(all(shuttle, not(loom)))]
        shuttle::thread::yield_now();
        #[cfg(not(any(loom, shuttle)))]
        std::thread::yield_now();
    }

    /// Starts thread `name` in scope `s` (an M).
    pub fn spawn_scoped<'scope, 'env, F>(s: &'scope Scope<'scope, 'env>, name: String, f: F)
    where
        F: FnOnce() + Send + 'scope,
    {
        #[cfg(any(loom, not(shuttle)))]
        std::thread::Builder::new().name(name).spawn_scoped(s, f).expect("spawning an M thread");
        #[cfg(all(shuttle, not(loom)))]
        {
            let _ = name;
            s.spawn(f);
        }
    }
}

/// Locks a mutex, ignoring poisoning: a panic on another M is already fatal for the run
/// and is reported separately; the data stays consistent for the dump.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A broken internal invariant: our bug, never the user's.
#[cold]
pub fn internal_error(what: &str) -> ! {
    panic!("gopark internal error: {what} (this is a bug in gopark, not in your program)")
}
