//! Package cmp, and the comparison of values by their type that the generic natives
//! (slices, maps) share: a generic native's last argument is the type id of its first
//! parameter's type, from which it learns how its values compare.

use super::{func, Call, Fault, Member};
use crate::vm::program::TypeKind;
use crate::vm::value::Value;
use std::cmp::Ordering;

pub const MEMBERS: &[Member] = &[
    func("Compare", "func[T cmp.Ordered](x, y T) int", compare),
    func("Less", "func[T cmp.Ordered](x, y T) bool", less),
];

/// How values of one type compare.
#[derive(Clone, Copy, PartialEq)]
pub enum How {
    Signed,
    Unsigned,
    Float,
    Str,
    Bool,
    /// Pointers, channels: by identity.
    Handle,
    /// Structs, interfaces, arrays: not supported by the generic natives yet.
    Other,
}

/// How values of type `t` compare.
pub fn how(c: &Call, t: u32) -> How {
    match c.rt.prog.types.get(t as usize).map(|d| &d.kind) {
        Some(TypeKind::Int { signed: true, .. }) => How::Signed,
        Some(TypeKind::Int { signed: false, .. }) => How::Unsigned,
        Some(TypeKind::Float64 | TypeKind::Float32) => How::Float,
        Some(TypeKind::String) => How::Str,
        Some(TypeKind::Bool) => How::Bool,
        Some(TypeKind::Pointer | TypeKind::StructPtr { .. } | TypeKind::Chan { .. }) => How::Handle,
        _ => How::Other,
    }
}

/// The element type of slice type `t` (a generic native's type argument).
pub fn elem_of(c: &Call, t: u32) -> u32 {
    match c.rt.prog.types.get(t as usize).map(|d| &d.kind) {
        Some(TypeKind::Slice { elem }) => *elem,
        _ => 0,
    }
}

/// cmp.Compare's order: NaN before every number, as Go orders floats.
pub fn order(c: &Call, how: How, a: Value, b: Value) -> Ordering {
    match how {
        How::Signed => a.as_int().cmp(&b.as_int()),
        How::Unsigned => a.w.cmp(&b.w),
        How::Float => {
            let (x, y) = (a.as_float(), b.as_float());
            match (x.is_nan(), y.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            }
        }
        How::Str => c.text(a).as_bytes().cmp(c.text(b).as_bytes()),
        How::Bool | How::Handle | How::Other => (a.w, a.h).cmp(&(b.w, b.h)),
    }
}

/// Go's == for comparable values of one type (floats: NaN is unequal to itself).
pub fn equal(c: &Call, how: How, a: Value, b: Value) -> Result<bool, Fault> {
    Ok(match how {
        How::Float => a.as_float() == b.as_float(),
        How::Str => c.text(a) == c.text(b),
        How::Other => {
            return Err(Fault::Panic(
                "gopark: comparing these values in a generic library function is not supported yet"
                    .into(),
            ))
        }
        _ => a.w == b.w && a.h == b.h,
    })
}

/// The type argument of a generic native (its last argument).
pub fn type_arg(c: &Call) -> u32 {
    c.int(c.nargs() - 1) as u32
}

fn compare(c: &mut Call) -> Result<(), Fault> {
    let how = how(c, type_arg(c));
    let o = order(c, how, c.arg(0), c.arg(1));
    c.ret_int(o as i64);
    Ok(())
}
fn less(c: &mut Call) -> Result<(), Fault> {
    let how = how(c, type_arg(c));
    let o = order(c, how, c.arg(0), c.arg(1));
    c.ret_bool(o == Ordering::Less);
    Ok(())
}
