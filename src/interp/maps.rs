//! Maps (rt/map.rs): a map value is the handle of an `Obj::Map`, nil is handle 0. Every
//! access locks the map's slot; a key's comparable form (`MapKey`) is computed before that,
//! since reading a string key locks the string's slot.

use super::alloc::{alloc_value, room};
use super::Exit;
use crate::rt::map::{GoMap, MapKey, ENTRY_BYTES};
use crate::rt::obj::Obj;
use crate::sched::{MCtx, Runtime};
use crate::sys::{internal_error, Ordering};
use crate::vm::op::MapKeyKind;
use crate::vm::program::TypeKind;
use crate::vm::value::Value;

/// The key a map compares for `v`: None for a NaN, which equals nothing. Interface keys
/// whose dynamic type cannot be hashed panic as Go's runtime does.
fn key(rt: &Runtime, v: Value, kk: MapKeyKind) -> Result<Option<MapKey>, Exit> {
    fn float_key(f: f64) -> Option<MapKey> {
        if f.is_nan() {
            None
        } else if f == 0.0 {
            // +0 and -0 are equal, so they are one key.
            Some(MapKey::Word(0))
        } else {
            Some(MapKey::Word(f.to_bits()))
        }
    }
    Ok(match kk {
        MapKeyKind::Agg(ty) => typed_key(rt, v, ty as u32, 0)?,
        MapKeyKind::Word => Some(MapKey::Word(v.w)),
        MapKeyKind::Float => float_key(v.as_float()),
        MapKeyKind::Str => Some(MapKey::Str(rt.heap.bytes(v))),
        MapKeyKind::Ref => Some(MapKey::Word(v.h as u64)),
        MapKeyKind::Iface => {
            if v.t == 0 {
                return Ok(Some(MapKey::Iface(0, Box::new(MapKey::Word(0)))));
            }
            let inner = match rt.prog.types.get(v.t as usize).map(|d| &d.kind) {
                Some(TypeKind::Bool | TypeKind::Int { .. }) => Some(MapKey::Word(v.w)),
                Some(TypeKind::Float64) => float_key(v.as_float()),
                Some(TypeKind::String) => Some(MapKey::Str(rt.heap.bytes(v))),
                Some(TypeKind::Chan { .. } | TypeKind::Pointer | TypeKind::StructPtr { .. }) => {
                    Some(MapKey::Word(v.h as u64))
                }
                Some(TypeKind::Struct { .. } | TypeKind::Array { .. })
                    if super::iface::comparable_type(&rt.prog, v.t) =>
                {
                    typed_key(rt, Value { t: 0, ..v }, v.t, 0)?
                }
                _ => {
                    return Err(Exit::Panic(format!(
                        "runtime error: hash of unhashable type {}",
                        rt.prog.type_name(v.t)
                    )))
                }
            };
            inner.map(|k| MapKey::Iface(v.t, Box::new(k)))
        }
    })
}

/// The key of `v`, a value of static type `ty` (a struct or array's fields in turn, to a
/// bounded depth); None when a float in it is NaN.
fn typed_key(rt: &Runtime, v: Value, ty: u32, depth: u32) -> Result<Option<MapKey>, Exit> {
    let kind = rt.prog.types.get(ty as usize).map(|d| &d.kind);
    let parts: Vec<(Value, u32)> = match kind {
        Some(TypeKind::Struct { fields }) if depth < 64 => {
            let vals = agg_parts(rt, v);
            fields
                .iter()
                .enumerate()
                .map(|(i, f)| (vals.get(i).copied().unwrap_or_default(), f.1))
                .collect()
        }
        Some(TypeKind::Array { elem, .. }) if depth < 64 => {
            agg_parts(rt, v).into_iter().map(|e| (e, *elem)).collect()
        }
        Some(TypeKind::Float64) => return key(rt, v, MapKeyKind::Float),
        Some(TypeKind::String) => return key(rt, v, MapKeyKind::Str),
        Some(TypeKind::Interface) => return key(rt, v, MapKeyKind::Iface),
        Some(TypeKind::Bool | TypeKind::Int { .. }) => return Ok(Some(MapKey::Word(v.w))),
        _ => return Ok(Some(MapKey::Word(v.h as u64))),
    };
    let mut keys = Vec::with_capacity(parts.len());
    for (p, t) in parts {
        match typed_key(rt, p, t, depth + 1)? {
            Some(k) => keys.push(k),
            None => return Ok(None),
        }
    }
    Ok(Some(MapKey::Agg(keys.into())))
}

/// The fields of a struct or the elements of an array (none for a nil handle).
fn agg_parts(rt: &Runtime, v: Value) -> Vec<Value> {
    if v.h == 0 {
        return Vec::new();
    }
    match &*rt.heap.lock(v.h) {
        Obj::Struct(f) | Obj::Array(f) => f.clone(),
        _ => Vec::new(),
    }
}

fn map_of(obj: &mut Obj) -> &mut GoMap {
    match obj {
        Obj::Map(mp) => mp,
        _ => internal_error("map operation on a value that is not a map"),
    }
}

/// `make(map[K]V)`.
pub(super) fn make(rt: &Runtime, m: &mut MCtx) -> Result<Value, Exit> {
    alloc_value(rt, m, Obj::Map(Box::default()))
}

/// `mp[k]`: the value, or None when k is absent or mp is nil.
pub(super) fn index(
    rt: &Runtime,
    mp: Value,
    k: Value,
    kk: MapKeyKind,
) -> Result<Option<Value>, Exit> {
    let key = key(rt, k, kk)?;
    Ok(if mp.h == 0 { None } else { map_of(&mut rt.heap.lock(mp.h)).get(key.as_ref()) })
}

/// `mp[k] = v`. The heap limit is checked before the insert, so a NeedGc retry finds the
/// map unchanged.
pub(super) fn store(
    rt: &Runtime,
    m: &MCtx,
    mp: Value,
    k: Value,
    v: Value,
    kk: MapKeyKind,
) -> Result<(), Exit> {
    let key = key(rt, k, kk)?;
    if mp.h == 0 {
        return Err(Exit::Panic("assignment to entry in nil map".into()));
    }
    let grows = map_of(&mut rt.heap.lock(mp.h)).would_grow(key.as_ref());
    if grows {
        room(rt, m, ENTRY_BYTES)?;
    }
    if map_of(&mut rt.heap.lock(mp.h)).insert(k, key, v) {
        rt.heap.live_bytes.fetch_add(ENTRY_BYTES, Ordering::Relaxed);
    }
    Ok(())
}

/// `delete(mp, k)`.
pub(super) fn delete(rt: &Runtime, mp: Value, k: Value, kk: MapKeyKind) -> Result<(), Exit> {
    let key = key(rt, k, kk)?;
    if mp.h != 0 {
        map_of(&mut rt.heap.lock(mp.h)).remove(key.as_ref());
    }
    Ok(())
}

/// `len(mp)`.
pub(super) fn len(rt: &Runtime, mp: Value) -> i64 {
    if mp.h == 0 {
        0
    } else {
        map_of(&mut rt.heap.lock(mp.h)).len() as i64
    }
}

/// `clear(mp)`.
pub(super) fn clear(rt: &Runtime, mp: Value) {
    if mp.h != 0 {
        map_of(&mut rt.heap.lock(mp.h)).clear();
    }
}

/// `Op::MapIterInit`: a new iterator over mp from a random starting entry (nil for nil).
pub(super) fn iter_init(rt: &Runtime, m: &mut MCtx, mp: Value) -> Result<Value, Exit> {
    if mp.h == 0 {
        return Ok(Value::ZERO);
    }
    let offset = m.rand();
    let it = map_of(&mut rt.heap.lock(mp.h)).iter(mp.h, offset);
    alloc_value(rt, m, Obj::MapIter(Box::new(it)))
}

/// `Op::MapIterNext`: the next entry still in the map, or None.
pub(super) fn iter_next(rt: &Runtime, it: Value) -> Option<(Value, Value)> {
    if it.h == 0 {
        return None;
    }
    loop {
        // The iterator and the map are locked one after the other, never together.
        let (mh, next) = match &mut *rt.heap.lock(it.h) {
            Obj::MapIter(i) => (i.map, i.next_key()),
            _ => internal_error("range over a value that is not a map iterator"),
        };
        let (key, mk, nan_val) = next?;
        let val = match mk {
            Some(mk) => map_of(&mut rt.heap.lock(mh)).get(Some(&mk)),
            None => nan_val,
        };
        if let Some(val) = val {
            return Some((key, val));
        }
    }
}
