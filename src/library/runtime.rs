//! Package runtime: the members without scheduler instructions of their own (Gosched,
//! GOMAXPROCS, NumGoroutine and NumCPU are compiled specially).

use super::{func, Call, Fault, Member};

pub const MEMBERS: &[Member] =
    &[func("GC", "func()", gc), func("KeepAlive", "func(x any)", |_| Ok(()))];

/// runtime.GC: Go blocks until a collection has run. Here the collector runs at the next
/// time-slice boundary by its own pacing; giving up the processor lets that happen sooner.
fn gc(_: &mut Call) -> Result<(), Fault> {
    Err(Fault::Yielded)
}
