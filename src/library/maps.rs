//! Package maps: Equal (the functions returning iterators need range-over-func).

use super::cmp::{equal, how, type_arg};
use super::{func, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::vm::program::TypeKind;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] =
    &[func("Equal", "func[K comparable, V comparable](m1, m2 map[K]V) bool", equal_)];

/// maps.Equal: same keys, and equal values under each.
fn equal_(c: &mut Call) -> Result<(), Fault> {
    let (key, elem) = match c.rt.prog.types.get(type_arg(c) as usize).map(|d| &d.kind) {
        Some(TypeKind::Map { key, elem }) => (*key, *elem),
        _ => (0, 0),
    };
    let (kh, h) = (how(c, key), how(c, elem));
    let (a, b) = (entries(c, 0), entries(c, 1));
    let mut same = a.len() == b.len();
    for (k, v) in &a {
        if !same {
            break;
        }
        let mut found = None;
        for (k2, v2) in &b {
            if equal(c, kh, *k, *k2)? {
                found = Some(*v2);
                break;
            }
        }
        same = match found {
            Some(v2) => equal(c, h, *v, v2)?,
            None => false,
        };
    }
    c.ret_bool(same);
    Ok(())
}

/// The (key, value) pairs of map argument `i`.
fn entries(c: &Call, i: usize) -> Vec<(Value, Value)> {
    let m = c.arg(i);
    if m.h == 0 {
        return Vec::new();
    }
    match &*c.rt.heap.lock(m.h) {
        Obj::Map(map) => map.pairs(),
        _ => Vec::new(),
    }
}
