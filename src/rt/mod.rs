//! The runtime's objects: what Go code operates on, and the goroutine itself.
//!
//! - `obj`: the heap objects (strings, closures, arrays, structs, maps, channels, sync).
//! - `g`: the goroutine and its status protocol (RUNNABLE/RUNNING/WAITING/DEAD ownership).
//! - `chan`, `map`, `sync`: the data structures and their invariants.
//! - `fmt`: Go's formatting of values; `gosyntax`: its %#v; `fmtbig`: the verbs of a *big.Int;
//!   `rawtext`: how fmt's text holds a string's bytes that are not UTF-8.
//! - `timefmt`: calendar arithmetic and Go's time layouts (time.Time.Format, fmt).
//! - `url`: net/url's escaping and the String of a *url.URL (fmt prints it).
//!
//! Parking and readying goroutines (gopark / goready) belongs to the scheduler; the functions
//! here report what must happen ("block", "wake this G") and the interpreter carries it out
//! while it still holds the object's lock, which is what makes the hand-off race-free.

pub mod chan;
pub mod complex;
pub mod context;
pub mod fmt;
mod fmtbig;
mod fmtsync;
pub mod g;
pub mod gosyntax;
pub mod map;
pub mod methods;
pub mod obj;
pub mod rawtext;
pub mod sizeclass;
pub mod sync;
pub mod timefmt;
pub mod url;
