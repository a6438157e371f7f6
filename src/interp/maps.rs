//! Maps (rt/map.rs): a map value is the handle of an `Obj::Map`, nil is handle 0. Every
//! access locks the map's slot; a key's comparable form (`MapKey`) is computed before that,
//! since reading a string key locks the string's slot.

use super::alloc::{alloc_value, room};
use super::Exit;
use crate::rt::map::{key_of, GoMap, MapKey, ENTRY_BYTES};
use crate::rt::obj::Obj;
use crate::sched::{MCtx, Runtime};
use crate::sys::{internal_error, Ordering};
use crate::vm::op::MapKeyKind;
use crate::vm::value::Value;

/// The key a map compares for `v` (rt::map::key_of); an unhashable interface key panics
/// as Go's runtime does.
fn key(rt: &Runtime, v: Value, kk: MapKeyKind) -> Result<Option<MapKey>, Exit> {
    key_of(&rt.heap, &rt.prog, v, kk).map_err(|t| {
        Exit::Panic(
            format!("runtime error: hash of unhashable type {}", rt.prog.type_name(t)).into(),
        )
    })
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
