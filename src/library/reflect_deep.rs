//! reflect.DeepEqual, as Go's deepValueEqual defines it: arrays, structs and slices element
//! by element (a nil slice is not an empty one), maps key by key, pointers and interfaces
//! by what they hold, funcs equal only when both are nil, floats by == (a NaN is unequal
//! to itself). A pair of pointers, slices, maps or interfaces already being compared is
//! taken as equal, which ends cycles as Go's visited set does.

use super::json_encode::{load, map_pairs, parts, payload};
use super::{func, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::vm::op::TypeId;
use crate::vm::program::TypeKind;
use crate::vm::value::Value;
use std::collections::HashSet;

pub const MEMBERS: &[Member] = &[func("DeepEqual", "func(x, y any) bool", |c| {
    let (x, y) = (c.arg(0), c.arg(1));
    let eq = if x.t == 0 || y.t == 0 || x.t != y.t {
        x.t == y.t
    } else {
        let mut d = Deep { c, seen: HashSet::new(), too_deep: false };
        let eq = d.equal(payload(c, x), payload(c, y), x.t, 0);
        if d.too_deep {
            return Err(Fault::Panic(format!(
                "reflect.DeepEqual of values nested more than {MAX_DEPTH} levels deep is not supported yet"
            )));
        }
        eq
    };
    c.ret_bool(eq);
    Ok(())
})];

/// How deep the walk goes: it recurses on the M's stack, so deeper values (a linked list
/// of more than about a thousand nodes) are refused as not supported.
const MAX_DEPTH: usize = 3000;

struct Deep<'c, 'a> {
    c: &'c Call<'a>,
    /// The (x, y, type) triples being compared, by handle and word.
    seen: HashSet<(u32, u64, u32, u64, TypeId)>,
    too_deep: bool,
}

impl Deep<'_, '_> {
    fn equal(&mut self, x: Value, y: Value, ty: TypeId, depth: usize) -> bool {
        let c = self.c;
        let Some(d) = c.rt.prog.types.get(ty as usize) else { return false };
        if depth > MAX_DEPTH {
            self.too_deep = true;
            return false;
        }
        let hard = matches!(
            d.kind,
            TypeKind::Slice { .. }
                | TypeKind::Map { .. }
                | TypeKind::Pointer
                | TypeKind::StructPtr { .. }
                | TypeKind::Interface
        );
        if hard && x.h != 0 && y.h != 0 && !self.seen.insert((x.h, x.w, y.h, y.w, ty)) {
            return true;
        }
        match &d.kind {
            TypeKind::Float64 | TypeKind::Float32 => x.as_float() == y.as_float(),
            TypeKind::Complex { .. } => c.rt.heap.complex(x) == c.rt.heap.complex(y),
            TypeKind::String => c.rt.heap.bytes(x) == c.rt.heap.bytes(y),
            TypeKind::Func => x.h == 0 && x.w == 0 && y.h == 0 && y.w == 0,
            TypeKind::Struct { fields } => {
                let types: Vec<TypeId> = fields.iter().map(|f| f.1).collect();
                self.all(parts(c, x.h), parts(c, y.h), |_| types.clone(), depth)
            }
            TypeKind::Array { elem, .. } => {
                let elem = *elem;
                self.all(parts(c, x.h), parts(c, y.h), |n| vec![elem; n], depth)
            }
            TypeKind::Slice { elem } => {
                if (x.h == 0) != (y.h == 0) || x.slice_len() != y.slice_len() {
                    return false;
                }
                if x.h == y.h && x.slice_off() == y.slice_off() {
                    return true;
                }
                let elem = *elem;
                self.all(slice_elems(c, x), slice_elems(c, y), |n| vec![elem; n], depth)
            }
            TypeKind::Interface => {
                if x.t == 0 || y.t == 0 || x.t != y.t {
                    return x.t == y.t;
                }
                self.equal(payload(c, x), payload(c, y), x.t, depth + 1)
            }
            TypeKind::StructPtr { elem } => {
                x.h == y.h || (x.h != 0 && y.h != 0 && self.equal(x, y, *elem, depth + 1))
            }
            TypeKind::Pointer if d.pointee != 0 => {
                (x.h == y.h && x.w == y.w)
                    || (x.h != 0
                        && y.h != 0
                        && self.equal(load(c, x), load(c, y), d.pointee, depth + 1))
            }
            TypeKind::Map { key, elem } => self.maps(x, y, *key, *elem, depth),
            // A pointer the library made (an error's): what it points to, word by word.
            TypeKind::Pointer => lib_equal(c, x, y, 2),
            _ => x.w == y.w && x.h == y.h,
        }
    }

    /// Whether `xs` and `ys` are equal part by part, `types(n)` giving the parts' types.
    fn all(
        &mut self,
        xs: Vec<Value>,
        ys: Vec<Value>,
        types: impl Fn(usize) -> Vec<TypeId>,
        depth: usize,
    ) -> bool {
        xs.len() == ys.len()
            && xs
                .iter()
                .zip(&ys)
                .zip(types(xs.len()))
                .all(|((a, b), t)| self.equal(*a, *b, t, depth + 1))
    }

    fn maps(&mut self, x: Value, y: Value, key: TypeId, elem: TypeId, depth: usize) -> bool {
        let c = self.c;
        if (x.h == 0) != (y.h == 0) {
            return false;
        }
        let (xs, ys) = (map_pairs(c, x), map_pairs(c, y));
        if xs.len() != ys.len() {
            return false;
        }
        if x.h == y.h {
            return true;
        }
        for (k, v) in xs {
            let other = super::reflect_value::map_get(c, y, k, key).ok().flatten();
            match other {
                Some(w) if self.equal(v, w, elem, depth + 1) => {}
                _ => return false,
            }
        }
        true
    }
}

/// The elements of slice `s`.
fn slice_elems(c: &Call, s: Value) -> Vec<Value> {
    super::call::elems(c.rt, s)
}

/// Whether the library's values `x` and `y` (its errors: a message, or a struct of
/// messages and errors) hold the same words and the same text.
fn lib_equal(c: &Call, x: Value, y: Value, depth: usize) -> bool {
    if x.w != y.w || x.t != y.t {
        return false;
    }
    if x.h == y.h {
        return true;
    }
    if x.h == 0 || y.h == 0 || depth == 0 {
        return false;
    }
    let (a, b) = (parts(c, x.h), parts(c, y.h));
    if a.is_empty() && b.is_empty() {
        let heap = &c.rt.heap;
        return matches!(&*heap.lock(x.h), Obj::Str(_) | Obj::RawStr(_))
            && heap.bytes(x) == heap.bytes(y);
    }
    a.len() == b.len() && a.iter().zip(&b).all(|(p, q)| lib_equal(c, *p, *q, depth - 1))
}
