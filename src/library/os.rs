//! Package os: the parts a program in a page can use.

use super::{func, Call, Fault, Member};

pub const MEMBERS: &[Member] = &[func("Getpid", "func() int", getpid)];

/// A fixed, plausible process id: a page has no process.
fn getpid(c: &mut Call) -> Result<(), Fault> {
    c.ret_int(1);
    Ok(())
}
