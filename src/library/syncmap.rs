//! sync.Map and sync.Pool.
//!
//! A Map variable is a library cell holding the handle of an ordinary map object
//! (`rt::map::GoMap`, made at first use) whose keys and values are interface values; every
//! method runs under that object's lock, so each is atomic as Go's are. A Pool is a struct
//! holding its New function and the handle of an array used as a stack of the values Put
//! into it.

use super::{method, method_go, type_, Call, Fault, Member};
use crate::rt::map::{key_of, GoMap, MapKey};
use crate::rt::obj::Obj;
use crate::sys::internal_error;
use crate::vm::op::MapKeyKind;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    type_("Map", "cell"),
    method("*Map", "Clear", "func()", clear),
    method("*Map", "CompareAndDelete", "func(key, old any) (deleted bool)", compare_and_delete),
    method("*Map", "CompareAndSwap", "func(key, old, new any) (swapped bool)", compare_and_swap),
    method("*Map", "Delete", "func(key any)", delete),
    method("*Map", "Load", "func(key any) (value any, ok bool)", load),
    method("*Map", "LoadAndDelete", "func(key any) (value any, loaded bool)", load_and_delete),
    method("*Map", "LoadOrStore", "func(key, value any) (actual any, loaded bool)", load_or_store),
    method_go("*Map", "Range", "func(f func(key, value any) bool)", range_),
    method("*Map", "Store", "func(key, value any)", store),
    method("*Map", "Swap", "func(key, value any) (previous any, loaded bool)", swap),
    // items holds the handle of the stack of Put values (made at first Put), as Cond's
    // notify field holds its list's.
    type_("Pool", "struct{New func() any; items int}"),
    method_go("*Pool", "Get", "func() any", pool_get),
    method("*Pool", "Put", "func(x any)", pool_put),
];

/// The handle of the object in the cell of argument 0, made by `make` at first use.
fn object(c: &mut Call, make: fn() -> Obj) -> Result<Value, Fault> {
    let cell = c.arg(0);
    let cur = c.update(cell, |v| v)?;
    if cur.h != 0 {
        return Ok(cur);
    }
    let fresh = c.alloc(make())?;
    // Another goroutine may have installed one meanwhile: keep the first.
    let before = c.update(cell, |v| if v.h == 0 { fresh } else { v })?;
    Ok(if before.h == 0 { fresh } else { before })
}

/// Runs `f` on the Map's entries under its lock.
fn with_map<T>(c: &mut Call, f: impl FnOnce(&mut GoMap) -> T) -> Result<T, Fault> {
    let h = object(c, || Obj::Map(Box::default()))?;
    let mut obj = c.rt.heap.lock(h.h);
    match &mut *obj {
        Obj::Map(m) => Ok(f(m)),
        _ => internal_error("sync.Map whose cell does not hold a map"),
    }
}

/// The key of interface value `v` as Go's map of `any` hashes it (`rt::map::key_of`, the
/// map instructions' rules): None for a NaN (never found); an unhashable dynamic type panics.
fn iface_key(c: &Call, v: Value) -> Result<Option<MapKey>, Fault> {
    key_of(&c.rt.heap, &c.rt.prog, v, MapKeyKind::Iface).map_err(|t| {
        Fault::Panic(format!("runtime error: hash of unhashable type {}", c.rt.prog.type_name(t)))
    })
}

/// Go's == on two interface values of comparable dynamic types (a CompareAndSwap whose old
/// value is not comparable panics, as Go's does).
fn iface_equal(c: &Call, a: Value, b: Value) -> Result<bool, Fault> {
    if a.t != b.t {
        return Ok(false);
    }
    let ka = iface_key(c, a).map_err(|_| uncomparable(c, a))?;
    let kb = iface_key(c, b).map_err(|_| uncomparable(c, b))?;
    Ok(ka.is_some() && ka == kb)
}

fn uncomparable(c: &Call, v: Value) -> Fault {
    Fault::Panic(format!("runtime error: comparing uncomparable type {}", c.rt.prog.type_name(v.t)))
}

/// Counts `bytes` more against the heap limit when an object grew in place (the next
/// collection recounts them exactly), as the interpreter does for a map's new entry.
fn grew(c: &Call, added: bool, bytes: usize) {
    if added {
        c.rt.heap.live_bytes.fetch_add(bytes, crate::sys::Ordering::Relaxed);
    }
}

/// The key of argument `i`, with room on the heap for a new entry checked first.
fn key_arg(c: &mut Call, i: usize) -> Result<Option<MapKey>, Fault> {
    let k = iface_key(c, c.arg(i))?;
    super::call::room(c.rt, c.m, crate::rt::map::ENTRY_BYTES)?;
    Ok(k)
}

fn load(c: &mut Call) -> Result<(), Fault> {
    let k = key_arg(c, 1)?;
    let v = with_map(c, |m| m.get(k.as_ref()))?;
    c.ret(v.unwrap_or_default());
    c.ret_bool(v.is_some());
    Ok(())
}
fn store(c: &mut Call) -> Result<(), Fault> {
    let (key, val) = (c.arg(1), c.arg(2));
    let k = key_arg(c, 1)?;
    let added = with_map(c, |m| m.insert(key, k, val))?;
    grew(c, added, crate::rt::map::ENTRY_BYTES);
    Ok(())
}
fn load_or_store(c: &mut Call) -> Result<(), Fault> {
    let (key, val) = (c.arg(1), c.arg(2));
    let k = key_arg(c, 1)?;
    let old = with_map(c, |m| match m.get(k.as_ref()) {
        Some(v) => Some(v),
        None => {
            m.insert(key, k, val);
            None
        }
    })?;
    grew(c, old.is_none(), crate::rt::map::ENTRY_BYTES);
    c.ret(old.unwrap_or(val));
    c.ret_bool(old.is_some());
    Ok(())
}
fn load_and_delete(c: &mut Call) -> Result<(), Fault> {
    let k = key_arg(c, 1)?;
    let old = with_map(c, |m| {
        let v = m.get(k.as_ref());
        m.remove(k.as_ref());
        v
    })?;
    c.ret(old.unwrap_or_default());
    c.ret_bool(old.is_some());
    Ok(())
}
fn delete(c: &mut Call) -> Result<(), Fault> {
    let k = key_arg(c, 1)?;
    with_map(c, |m| m.remove(k.as_ref()))?;
    Ok(())
}
fn swap(c: &mut Call) -> Result<(), Fault> {
    let (key, val) = (c.arg(1), c.arg(2));
    let k = key_arg(c, 1)?;
    let old = with_map(c, |m| {
        let v = m.get(k.as_ref());
        m.insert(key, k, val);
        v
    })?;
    grew(c, old.is_none(), crate::rt::map::ENTRY_BYTES);
    c.ret(old.unwrap_or_default());
    c.ret_bool(old.is_some());
    Ok(())
}
fn clear(c: &mut Call) -> Result<(), Fault> {
    with_map(c, |m| m.clear())
}
/// CompareAndSwap: the comparison and the store under one lock. The current value is read
/// first to compare it outside the map's lock (comparing may read other objects); the swap
/// then happens only if the entry still holds that same value.
fn compare_and_swap(c: &mut Call) -> Result<(), Fault> {
    let (key, old, new) = (c.arg(1), c.arg(2), c.arg(3));
    let k = key_arg(c, 1)?;
    let cur = with_map(c, |m| m.get(k.as_ref()))?;
    let Some(cur) = cur else {
        c.ret_bool(false);
        return Ok(());
    };
    if !iface_equal(c, cur, old)? {
        c.ret_bool(false);
        return Ok(());
    }
    let swapped = with_map(c, |m| {
        let still = m.get(k.as_ref()) == Some(cur);
        if still {
            m.insert(key, k, new);
        }
        still
    })?;
    c.ret_bool(swapped);
    Ok(())
}
fn compare_and_delete(c: &mut Call) -> Result<(), Fault> {
    let old = c.arg(2);
    let k = key_arg(c, 1)?;
    let cur = with_map(c, |m| m.get(k.as_ref()))?;
    let Some(cur) = cur else {
        c.ret_bool(false);
        return Ok(());
    };
    if !iface_equal(c, cur, old)? {
        c.ret_bool(false);
        return Ok(());
    }
    let deleted = with_map(c, |m| m.get(k.as_ref()) == Some(cur) && m.remove(k.as_ref()))?;
    c.ret_bool(deleted);
    Ok(())
}

/// Pool.Get: the value Put last, or nil when the pool is empty (a Pool with a New function
/// is lib-cb's addition; without it Go returns nil too).
/// Map.Range: f for each entry until it returns false. The entries are taken when Range
/// starts, from a random one on as a map's range does (Go's Range "does not necessarily
/// correspond to any consistent snapshot"); each is read again when f's turn comes, so an
/// entry deleted meanwhile is skipped and a new value is the one passed.
fn range_(c: &mut Call) -> Result<(), Fault> {
    let f = c.arg(1);
    let mut pairs = with_map(c, |m| m.pairs())?;
    if !pairs.is_empty() {
        let start = (c.m.rand() % pairs.len() as u64) as usize;
        pairs.rotate_left(start);
    }
    let cell = c.arg(0);
    c.task(move |ctx| async move {
        ctx.frames(vec![("sync.(*Map).Range", true, "sync/map.go", 476)]);
        for &(k, v) in &pairs {
            ctx.keep(k);
            ctx.keep(v);
        }
        for (k, _) in pairs {
            let now = ctx.native(move |c| Ok(current(c, cell, k)?.into_iter().collect())).await;
            let Some(&v) = now.first() else {
                continue;
            };
            if !super::task::truth(&ctx.call(f, &[k, v], 1).await) {
                break;
            }
        }
        Ok(vec![])
    });
    Ok(())
}

/// The value of key `k` in the Map in `cell` now, if it still has one.
fn current(c: &mut Call, cell: Value, k: Value) -> Result<Option<Value>, Fault> {
    let h = c.update(cell, |v| v)?;
    let mk = iface_key(c, k)?;
    if mk.is_none() {
        return Ok(None);
    }
    Ok(match &*c.rt.heap.lock(h.h) {
        Obj::Map(m) => m.get(mk.as_ref()),
        _ => None,
    })
}

/// The handle of the stack of the *Pool in argument 0 (its `items` field), made at first use.
fn pool_items(c: &mut Call) -> Result<Value, Fault> {
    let field = Value { w: 2, ..Value::handle(c.arg(0).h) };
    let cur = c.update(field, |v| v)?;
    if cur.h != 0 {
        return Ok(cur);
    }
    let fresh = c.alloc(Obj::Array(Vec::new()))?;
    let before = c.update(field, |v| if v.h == 0 { fresh } else { v })?;
    Ok(if before.h == 0 { fresh } else { before })
}

/// Pool.Get: the last value Put, else what New returns (a Go call), else nil.
fn pool_get(c: &mut Call) -> Result<(), Fault> {
    let h = pool_items(c)?;
    let v = match &mut *c.rt.heap.lock(h.h) {
        Obj::Array(a) => a.pop(),
        _ => internal_error("sync.Pool whose items are not an array"),
    };
    if let Some(v) = v {
        c.ret(v);
        return Ok(());
    }
    let new = c.update(Value { w: 1, ..Value::handle(c.arg(0).h) }, |v| v)?;
    if new.h == 0 {
        c.ret(Value::default());
        return Ok(());
    }
    c.task(move |ctx| async move {
        ctx.frames(vec![("sync.(*Pool).Get", true, "sync/pool.go", 154)]);
        let r = ctx.call(new, &[], 1).await;
        Ok(vec![r.first().copied().unwrap_or_default()])
    });
    Ok(())
}
/// Pool.Put: nil is dropped, as Go's Put does.
fn pool_put(c: &mut Call) -> Result<(), Fault> {
    let x = c.arg(1);
    if x.t == 0 {
        return Ok(());
    }
    super::call::room(c.rt, c.m, 16)?;
    let h = pool_items(c)?;
    if let Obj::Array(a) = &mut *c.rt.heap.lock(h.h) {
        a.push(x);
    }
    grew(c, true, 16);
    Ok(())
}
