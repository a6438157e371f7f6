//! Package errors. An error made here is a `*errors.errorString` (see `call::new_error`);
//! fmt.Errorf's errors that wrap another are `*fmt.wrapError`s, which Is and Unwrap follow.

use super::fmt::WRAP_ERROR;
use super::{func, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    func("Is", "func(err, target error) bool", is),
    func("New", "func(text string) error", new),
    func("Unwrap", "func(err error) error", unwrap),
];

fn new(c: &mut Call) -> Result<(), Fault> {
    let msg = c.str(0);
    let e = c.new_error(&msg)?;
    c.ret(e);
    Ok(())
}

/// The error `err` wraps, if it is one of fmt.Errorf's wrapping errors.
fn wrapped(c: &Call, err: Value) -> Option<Value> {
    if err.t == 0 || c.rt.prog.type_name(err.t) != WRAP_ERROR {
        return None;
    }
    match &*c.rt.heap.lock(err.h) {
        Obj::Struct(f) => f.get(1).copied(),
        _ => None,
    }
}

/// errors.Is: whether `target` is `err` or in the chain of errors it wraps. Errors of the
/// program's own types are compared as values and not unwrapped (their Is and Unwrap
/// methods are not called yet).
fn is(c: &mut Call) -> Result<(), Fault> {
    let (mut err, target) = (c.arg(0), c.arg(1));
    let mut found = err == target;
    // A chain longer than this is a cycle, which Go would follow forever.
    for _ in 0..10_000 {
        if found {
            break;
        }
        let Some(next) = wrapped(c, err) else { break };
        err = next;
        found = err == target;
    }
    c.ret_bool(found);
    Ok(())
}

fn unwrap(c: &mut Call) -> Result<(), Fault> {
    let inner = wrapped(c, c.arg(0)).unwrap_or(Value::ZERO);
    c.ret(inner);
    Ok(())
}
