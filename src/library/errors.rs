//! Package errors. An error made here is a `*errors.errorString` (see `call::new_error`).

use super::{func, Call, Fault, Member};

pub const MEMBERS: &[Member] =
    &[func("Is", "func(err, target error) bool", is), func("New", "func(text string) error", new)];

fn new(c: &mut Call) -> Result<(), Fault> {
    let msg = c.str(0);
    let e = c.new_error(&msg)?;
    c.ret(e);
    Ok(())
}

/// errors.Is for errors without Unwrap methods: the chain is the error itself.
fn is(c: &mut Call) -> Result<(), Fault> {
    let (err, target) = (c.arg(0), c.arg(1));
    c.ret_bool(err == target);
    Ok(())
}
