//! What Go code calls: channels, sync, time, fmt, runtime.
//!
//! These modules hold the data structures and their invariants. Parking and readying
//! goroutines (gopark / goready) belongs to the scheduler; the functions here report what
//! must happen ("block", "wake this G") and the interpreter carries it out while it still
//! holds the object's lock, which is what makes the hand-off race-free.

pub mod chan;
pub mod fmt;
pub mod map;
pub mod sync;
