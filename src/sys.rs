//! The one place the runtime takes its locks and atomics from.
//!
//! Every lock, condition variable and atomic that the heap, the runtime objects and the
//! scheduler share comes through here, so that model checkers can replace them: under
//! `--cfg loom` these are loom's types (loom explores every interleaving of a small test),
//! otherwise std's. Code above this module never names `std::sync` for shared state.

#[cfg(not(loom))]
pub use std::sync::{
    atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering},
    Arc, Condvar, Mutex, MutexGuard, RwLock, RwLockReadGuard,
};

#[cfg(loom)]
pub use loom::sync::{
    atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering},
    Arc, Condvar, Mutex, MutexGuard, RwLock, RwLockReadGuard,
};

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
