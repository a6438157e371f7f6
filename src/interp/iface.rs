//! Interface values at run time: method lookup for calls through an interface, type
//! assertions and ==.
//!
//! An interface value carries its dynamic type in `Value::t`; the compiler gave every
//! concrete type that is ever converted to an interface a method table
//! (`TypeDesc::methods`, sorted by selector) whose functions take the payload as receiver.
//! So a call is a binary search in a handful of entries, and "does T implement I" is a merge
//! of two sorted lists: Go's itab, computed ahead of time instead of cached on first use.

use super::{Exit, NIL_DEREF};
use crate::sched::Runtime;
use crate::vm::op::{FuncId, TypeId};
use crate::vm::program::{Program, TypeKind};
use crate::vm::value::Value;

/// The function of method `sel` of the interface value `recv`; a nil interface is Go's
/// nil dereference.
#[inline]
pub(super) fn method(prog: &Program, recv: Value, sel: u32) -> Result<FuncId, Exit> {
    match prog.method(recv.t, sel) {
        Some(f) => Ok(f),
        None => Err(no_method(prog, recv, sel)),
    }
}

#[cold]
fn no_method(prog: &Program, recv: Value, sel: u32) -> Exit {
    if recv.t == 0 {
        return Exit::Panic(NIL_DEREF.into());
    }
    let name = prog.selectors.get(sel as usize).map_or("?", |s| s.as_str());
    crate::sys::internal_error(&format!(
        "type {} has no method {name} in its table",
        prog.type_name(recv.t)
    ))
}

/// Whether the interface value `v` passes the assertion `.(ty)`.
pub(super) fn asserts(prog: &Program, v: Value, ty: TypeId) -> bool {
    if v.t == 0 {
        return false;
    }
    match prog.types.get(ty as usize) {
        Some(d) if matches!(d.kind, TypeKind::Interface) => {
            prog.types.get(v.t as usize).is_some_and(|c| c.implements(d))
        }
        _ => v.t == ty,
    }
}

/// The text of Go's *runtime.TypeAssertionError for a failed `v.(ty)` where v's static
/// type is `iface`.
pub(super) fn assertion_error(prog: &Program, v: Value, ty: TypeId, iface: TypeId) -> String {
    let inter = prog.type_name(iface);
    let as_ = prog.type_name(ty);
    if v.t == 0 {
        // Asserting to an interface type, Go's runtime does not know the static type.
        let to_iface =
            prog.types.get(ty as usize).is_some_and(|d| matches!(d.kind, TypeKind::Interface));
        let inter = if to_iface { "interface" } else { inter };
        return format!("interface conversion: {inter} is nil, not {as_}");
    }
    let cs = prog.type_name(v.t);
    let (Some(c), Some(d)) = (prog.types.get(v.t as usize), prog.types.get(ty as usize)) else {
        return format!("interface conversion: {inter} is {cs}, not {as_}");
    };
    if !matches!(d.kind, TypeKind::Interface) {
        // Two types spelled alike are local types of different functions (one package).
        let scopes = if cs == as_ { " (types from different scopes)" } else { "" };
        return format!("interface conversion: {inter} is {cs}, not {as_}{scopes}");
    }
    // The first missing method by name, as the runtime's sorted itab walk finds it.
    let missing = d
        .iface
        .iter()
        .filter(|s| c.method(**s).is_none())
        .filter_map(|s| prog.selectors.get(*s as usize))
        .map(|s| s.split('(').next().unwrap_or(s))
        .min()
        .unwrap_or("?");
    format!("interface conversion: {cs} is not {as_}: missing method {missing}")
}

/// Go's == on two interface values: same dynamic type and equal payloads. A dynamic type
/// that is not comparable (a slice, map or function, or a struct holding one) panics.
pub(super) fn equal(rt: &Runtime, a: Value, b: Value) -> Result<bool, Exit> {
    if a.t != b.t {
        return Ok(false);
    }
    if a.t == 0 {
        return Ok(true);
    }
    if !crate::rt::map::comparable_type(&rt.prog, a.t) {
        return Err(Exit::Panic(
            format!("runtime error: comparing uncomparable type {}", rt.prog.type_name(a.t)).into(),
        ));
    }
    let (x, y) = (Value { t: 0, ..a }, Value { t: 0, ..b });
    super::values_equal(rt, x, y, a.t)
}
