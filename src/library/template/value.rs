//! What template execution reads of the program's values, as reflect would: every value is
//! held as an interface value (its dynamic type id in `t`, 0 for Go's invalid
//! reflect.Value), and these helpers read fields, elements and map entries by the type
//! table, turning what they read back into interface values.

use super::super::json_encode::{load, map_pairs, parts, payload};
use super::super::{Call, Fault};
use crate::rt::obj::Obj;
use crate::vm::op::TypeId;
use crate::vm::program::{Program, TypeKind};
use crate::vm::value::Value;

/// The word of a struct value that is addressable (reflect's CanAddr: reached through a
/// pointer, a slice element, or a field of such a struct), whose pointer methods a template
/// may call. A struct value's word is otherwise unused; the mark never leaves the template
/// engine (`plain`).
const ADDR: u64 = 1 << 63;

pub fn addressable(v: Value) -> bool {
    v.w == ADDR
}

fn mark_addr(prog: &Program, v: Value) -> Value {
    match kind(prog, v.t) {
        Some(TypeKind::Struct { .. }) if v.h != 0 => Value { w: ADDR, ..v },
        _ => v,
    }
}

/// `v` without the addressable mark.
pub fn plain(prog: &Program, v: Value) -> Value {
    match kind(prog, v.t) {
        Some(TypeKind::Struct { .. }) if v.w == ADDR => Value { w: 0, ..v },
        _ => v,
    }
}

pub fn kind(prog: &Program, t: TypeId) -> Option<&TypeKind> {
    if t == 0 {
        return None;
    }
    prog.types.get(t as usize).map(|d| &d.kind)
}

pub fn type_name(prog: &Program, t: TypeId) -> String {
    prog.type_name(t).to_string()
}

/// A value `raw` of static type `ty` as an interface value (a slice is boxed; a value of
/// interface type is already one).
pub fn to_iface(c: &mut Call, raw: Value, ty: TypeId) -> Result<Value, Fault> {
    match kind(&c.rt.prog, ty) {
        Some(TypeKind::Interface) => Ok(raw),
        Some(TypeKind::Slice { .. }) => {
            let mut v = c.alloc(Obj::Cell(raw))?;
            v.t = ty;
            Ok(v)
        }
        _ => Ok(Value { t: ty, ..raw }),
    }
}

/// The value an interface value holds, as a parameter of its type takes it.
pub fn to_param(c: &Call, v: Value, param: TypeId) -> Value {
    let v = plain(&c.rt.prog, v);
    match kind(&c.rt.prog, param) {
        Some(TypeKind::Interface) => v,
        _ => payload(c, v),
    }
}

/// Whether a value of type `t` may be nil (canBeNil).
pub fn can_be_nil(prog: &Program, t: TypeId) -> bool {
    matches!(
        kind(prog, t),
        Some(
            TypeKind::Chan { .. }
                | TypeKind::Func
                | TypeKind::Interface
                | TypeKind::Map { .. }
                | TypeKind::Pointer
                | TypeKind::StructPtr { .. }
                | TypeKind::Slice { .. }
        )
    )
}

/// One level of pointer indirection: Some(pointee) for a non-nil pointer, None for a nil
/// one; the value itself when it is not a pointer.
pub fn deref(c: &mut Call, v: Value) -> Result<Option<Value>, Fault> {
    let prog = c.rt.prog.clone();
    match kind(&prog, v.t) {
        Some(TypeKind::StructPtr { .. } | TypeKind::Pointer) if v.h == 0 => Ok(None),
        Some(TypeKind::StructPtr { elem }) => Ok(Some(mark_addr(&prog, Value { t: *elem, ..v }))),
        Some(TypeKind::Pointer) => {
            let pointee = prog.types[v.t as usize].pointee;
            if pointee == 0 {
                return Ok(Some(v));
            }
            let raw = load(c, v);
            to_iface(c, raw, pointee).map(Some)
        }
        _ => Ok(Some(v)),
    }
}

/// reflect's indirect: through pointers until a non-pointer or a nil one (then true).
pub fn indirect(c: &mut Call, mut v: Value) -> Result<(Value, bool), Fault> {
    while matches!(kind(&c.rt.prog, v.t), Some(TypeKind::StructPtr { .. } | TypeKind::Pointer)) {
        match deref(c, v)? {
            None => return Ok((v, true)),
            Some(x) if x.t == v.t => return Ok((x, false)),
            Some(x) => v = x,
        }
    }
    Ok((v, false))
}

/// A struct's field found by name (promoted fields of embedded structs included).
pub struct Field {
    pub raw: Value,
    pub ty: TypeId,
    pub exported: bool,
}

/// Field `name` of the struct value `v` (an interface value of struct type).
pub fn field(c: &Call, v: Value, name: &str) -> Option<Field> {
    let prog = &c.rt.prog;
    let Some(TypeKind::Struct { fields }) = kind(prog, v.t) else { return None };
    let vals = parts(c, v.h);
    if let Some(i) = fields.iter().position(|(n, _)| n == name) {
        let exported = name.starts_with(|ch: char| ch.is_uppercase());
        let raw = vals.get(i).copied()?;
        let raw = match addressable(v) {
            true => Value { t: raw.t, ..mark_addr(prog, Value { t: fields[i].1, ..raw }) },
            false => raw,
        };
        return Some(Field { raw, ty: fields[i].1, exported });
    }
    let meta = &prog.types[v.t as usize].field_meta;
    for (i, (_, ty)) in fields.iter().enumerate() {
        if !meta.get(i).is_some_and(|m| m.embedded) {
            continue;
        }
        let inner = Value { t: *ty, ..vals.get(i).copied()? };
        let inner = match kind(prog, *ty) {
            Some(TypeKind::StructPtr { elem }) if inner.h != 0 => {
                mark_addr(prog, Value { t: *elem, ..inner })
            }
            _ if addressable(v) => mark_addr(prog, inner),
            _ => inner,
        };
        if let Some(f) = field(c, inner, name) {
            return Some(f);
        }
    }
    None
}

/// The elements of an array or slice value with their element type.
pub fn elems(c: &Call, v: Value) -> Option<(Vec<Value>, TypeId)> {
    match kind(&c.rt.prog, v.t)? {
        TypeKind::Slice { elem } => {
            let raw = super::super::call::elems(c.rt, payload(c, v));
            let prog = &c.rt.prog;
            let marked = raw.into_iter().map(|e| {
                let m = mark_addr(prog, Value { t: *elem, ..e });
                Value { t: e.t, ..m }
            });
            Some((marked.collect(), *elem))
        }
        TypeKind::Array { elem, .. } => Some((parts(c, v.h), *elem)),
        _ => None,
    }
}

/// A map's entries in the order text/template ranges over them (fmtsort: keys sorted).
pub fn sorted_pairs(c: &Call, v: Value) -> Option<(Vec<(Value, Value)>, TypeId, TypeId)> {
    let Some(&TypeKind::Map { key, elem }) = kind(&c.rt.prog, v.t) else { return None };
    let mut pairs = map_pairs(c, v);
    let env = c.fmt_env();
    pairs.sort_by(|a, b| crate::rt::fmt::key_order(&env, a.0, b.0, key));
    Some((pairs, key, elem))
}

/// The entry of map `m` whose key equals the interface value `k` (compared as Go's ==
/// compares basic values), as a raw value.
pub fn map_get(c: &Call, m: Value, key_ty: TypeId, k: Value) -> Option<Value> {
    let key_iface = matches!(kind(&c.rt.prog, key_ty), Some(TypeKind::Interface));
    map_pairs(c, m).into_iter().find_map(|(mk, mv)| {
        let mk = if key_iface { mk } else { Value { t: key_ty, ..mk } };
        equal_basic(c, mk, k).then_some(mv)
    })
}

/// Whether two interface values of the same basic kind are equal.
pub fn equal_basic(c: &Call, a: Value, b: Value) -> bool {
    let (a, b) = (plain(&c.rt.prog, a), plain(&c.rt.prog, b));
    if a.t != b.t {
        return false;
    }
    match kind(&c.rt.prog, a.t) {
        Some(TypeKind::String) => c.rt.heap.bytes(a) == c.rt.heap.bytes(b),
        Some(TypeKind::Float64 | TypeKind::Float32) => a.as_float() == b.as_float(),
        _ => a.w == b.w && a.h == b.h,
    }
}

/// The length of a string, slice, array, map or channel; None for other kinds.
pub fn length(c: &Call, v: Value) -> Option<usize> {
    Some(match kind(&c.rt.prog, v.t)? {
        TypeKind::String => c.rt.heap.bytes(v).len(),
        TypeKind::Slice { .. } => payload(c, v).slice_len(),
        TypeKind::Array { len, .. } => *len as usize,
        TypeKind::Map { .. } => match v.h {
            0 => 0,
            h => match &*c.rt.heap.lock(h) {
                Obj::Map(m) => m.len(),
                _ => 0,
            },
        },
        TypeKind::Chan { .. } => match v.h {
            0 => 0,
            h => match &*c.rt.heap.lock(h) {
                Obj::Chan(ch) => ch.buf.len(),
                _ => 0,
            },
        },
        _ => return None,
    })
}

/// Go's truth of a value (template.isTrue): None for values that have none.
pub fn truth(c: &Call, v: Value) -> Option<bool> {
    if v.t == 0 {
        return Some(false);
    }
    if let Some(n) = length(c, v) {
        if !matches!(kind(&c.rt.prog, v.t), Some(TypeKind::Chan { .. })) {
            return Some(n > 0);
        }
    }
    Some(match kind(&c.rt.prog, v.t)? {
        TypeKind::Bool | TypeKind::Int { .. } => v.w != 0,
        TypeKind::Float64 | TypeKind::Float32 => v.as_float() != 0.0,
        TypeKind::Struct { .. } => true,
        TypeKind::Chan { .. } | TypeKind::Func | TypeKind::Pointer | TypeKind::StructPtr { .. } => {
            v.h != 0
        }
        _ => return None,
    })
}

/// The zero value of type `ty` as an interface value (for missingkey=zero and nil).
pub fn zero(c: &mut Call, ty: TypeId) -> Result<Value, Fault> {
    match kind(&c.rt.prog, ty) {
        Some(TypeKind::Struct { .. } | TypeKind::Array { .. }) => Err(Fault::Panic(
            "gopark: a zero struct or array value in a template is not supported yet".into(),
        )),
        _ => to_iface(c, Value::ZERO, ty),
    }
}
