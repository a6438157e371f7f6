//! Package sync/atomic. Each operation is one update of the variable's slot under its
//! object's lock (`Call::update`), so it is indivisible with respect to every other access
//! to that variable. The typed atomics (atomic.Int64, ...) are library cells: the variable
//! holds the handle of a cell with the value.

use super::{func, method, type_, Call, Fault, Member};
use crate::vm::value::Value;

/// The width of an atomic operation's values.
#[derive(Clone, Copy)]
enum W {
    I32,
    I64,
    U32,
    U64,
    Bool,
}

/// `x` as a value of width `w` holds it (sign- or zero-extended, as the VM keeps them).
fn norm(w: W, x: u64) -> Value {
    Value::int(match w {
        W::I32 => x as i32 as i64,
        W::U32 => x as u32 as i64,
        W::I64 | W::U64 => x as i64,
        W::Bool => (x != 0) as i64,
    })
}

/// Add: `*p += delta`, returns the new value.
fn add(c: &mut Call, w: W) -> Result<(), Fault> {
    let d = c.arg(1).w;
    let old = c.update(c.arg(0), |v| norm(w, v.w.wrapping_add(d)))?;
    c.ret(norm(w, old.w.wrapping_add(d)));
    Ok(())
}
fn load(c: &mut Call, w: W) -> Result<(), Fault> {
    let v = c.update(c.arg(0), |v| v)?;
    c.ret(norm(w, v.w));
    Ok(())
}
fn store(c: &mut Call, w: W) -> Result<(), Fault> {
    let new = norm(w, c.arg(1).w);
    c.update(c.arg(0), |_| new)?;
    Ok(())
}
fn swap(c: &mut Call, w: W) -> Result<(), Fault> {
    let new = norm(w, c.arg(1).w);
    let old = c.update(c.arg(0), |_| new)?;
    c.ret(norm(w, old.w));
    Ok(())
}
fn cas(c: &mut Call, w: W) -> Result<(), Fault> {
    let (want, new) = (norm(w, c.arg(1).w), norm(w, c.arg(2).w));
    let old = c.update(c.arg(0), |v| if norm(w, v.w) == want { new } else { v })?;
    c.ret_bool(norm(w, old.w) == want);
    Ok(())
}

/// And and Or (Go 1.23): `*p &= mask` or `*p |= mask`, returns the old value.
fn bits(c: &mut Call, w: W, or: bool) -> Result<(), Fault> {
    let m = c.arg(1).w;
    let old = c.update(c.arg(0), |v| norm(w, if or { v.w | m } else { v.w & m }))?;
    c.ret(norm(w, old.w));
    Ok(())
}

macro_rules! typed {
    ($t:literal, $v:literal, $w:expr) => {
        [
            type_($t, "cell"),
            method(concat!("*", $t), "Add", concat!("func(delta ", $v, ") (new ", $v, ")"), |c| {
                add(c, $w)
            }),
            method(
                concat!("*", $t),
                "CompareAndSwap",
                concat!("func(old, new ", $v, ") (swapped bool)"),
                |c| cas(c, $w),
            ),
            method(concat!("*", $t), "Load", concat!("func() ", $v), |c| load(c, $w)),
            method(concat!("*", $t), "Store", concat!("func(val ", $v, ")"), |c| store(c, $w)),
            method(concat!("*", $t), "Swap", concat!("func(new ", $v, ") (old ", $v, ")"), |c| {
                swap(c, $w)
            }),
            method(concat!("*", $t), "And", concat!("func(mask ", $v, ") (old ", $v, ")"), |c| {
                bits(c, $w, false)
            }),
            method(concat!("*", $t), "Or", concat!("func(mask ", $v, ") (old ", $v, ")"), |c| {
                bits(c, $w, true)
            }),
        ]
    };
}

const INT32: [Member; 8] = typed!("Int32", "int32", W::I32);
const INT64: [Member; 8] = typed!("Int64", "int64", W::I64);
const UINT32: [Member; 8] = typed!("Uint32", "uint32", W::U32);
const UINT64: [Member; 8] = typed!("Uint64", "uint64", W::U64);

pub const MEMBERS: &[Member] = &[
    func("AddInt32", "func(addr *int32, delta int32) (new int32)", |c| add(c, W::I32)),
    func("AddInt64", "func(addr *int64, delta int64) (new int64)", |c| add(c, W::I64)),
    func("AddUint32", "func(addr *uint32, delta uint32) (new uint32)", |c| add(c, W::U32)),
    func("AddUint64", "func(addr *uint64, delta uint64) (new uint64)", |c| add(c, W::U64)),
    func("AndInt32", "func(addr *int32, mask int32) (old int32)", |c| bits(c, W::I32, false)),
    func("AndInt64", "func(addr *int64, mask int64) (old int64)", |c| bits(c, W::I64, false)),
    func("AndUint32", "func(addr *uint32, mask uint32) (old uint32)", |c| bits(c, W::U32, false)),
    func("AndUint64", "func(addr *uint64, mask uint64) (old uint64)", |c| bits(c, W::U64, false)),
    func("OrInt32", "func(addr *int32, mask int32) (old int32)", |c| bits(c, W::I32, true)),
    func("OrInt64", "func(addr *int64, mask int64) (old int64)", |c| bits(c, W::I64, true)),
    func("OrUint32", "func(addr *uint32, mask uint32) (old uint32)", |c| bits(c, W::U32, true)),
    func("OrUint64", "func(addr *uint64, mask uint64) (old uint64)", |c| bits(c, W::U64, true)),
    func("CompareAndSwapInt32", "func(addr *int32, old, new int32) (swapped bool)", |c| {
        cas(c, W::I32)
    }),
    func("CompareAndSwapInt64", "func(addr *int64, old, new int64) (swapped bool)", |c| {
        cas(c, W::I64)
    }),
    func("CompareAndSwapUint32", "func(addr *uint32, old, new uint32) (swapped bool)", |c| {
        cas(c, W::U32)
    }),
    func("CompareAndSwapUint64", "func(addr *uint64, old, new uint64) (swapped bool)", |c| {
        cas(c, W::U64)
    }),
    func("LoadInt32", "func(addr *int32) (val int32)", |c| load(c, W::I32)),
    func("LoadInt64", "func(addr *int64) (val int64)", |c| load(c, W::I64)),
    func("LoadUint32", "func(addr *uint32) (val uint32)", |c| load(c, W::U32)),
    func("LoadUint64", "func(addr *uint64) (val uint64)", |c| load(c, W::U64)),
    func("StoreInt32", "func(addr *int32, val int32)", |c| store(c, W::I32)),
    func("StoreInt64", "func(addr *int64, val int64)", |c| store(c, W::I64)),
    func("StoreUint32", "func(addr *uint32, val uint32)", |c| store(c, W::U32)),
    func("StoreUint64", "func(addr *uint64, val uint64)", |c| store(c, W::U64)),
    func("SwapInt32", "func(addr *int32, new int32) (old int32)", |c| swap(c, W::I32)),
    func("SwapInt64", "func(addr *int64, new int64) (old int64)", |c| swap(c, W::I64)),
    func("SwapUint32", "func(addr *uint32, new uint32) (old uint32)", |c| swap(c, W::U32)),
    func("SwapUint64", "func(addr *uint64, new uint64) (old uint64)", |c| swap(c, W::U64)),
    INT32[0],
    INT32[1],
    INT32[2],
    INT32[3],
    INT32[4],
    INT32[5],
    INT32[6],
    INT32[7],
    INT64[0],
    INT64[1],
    INT64[2],
    INT64[3],
    INT64[4],
    INT64[5],
    INT64[6],
    INT64[7],
    UINT32[0],
    UINT32[1],
    UINT32[2],
    UINT32[3],
    UINT32[4],
    UINT32[5],
    UINT32[6],
    UINT32[7],
    UINT64[0],
    UINT64[1],
    UINT64[2],
    UINT64[3],
    UINT64[4],
    UINT64[5],
    UINT64[6],
    UINT64[7],
    type_("Bool", "cell"),
    method("*Bool", "CompareAndSwap", "func(old, new bool) (swapped bool)", |c| cas(c, W::Bool)),
    method("*Bool", "Load", "func() bool", |c| load(c, W::Bool)),
    method("*Bool", "Store", "func(val bool)", |c| store(c, W::Bool)),
    method("*Bool", "Swap", "func(new bool) (old bool)", |c| swap(c, W::Bool)),
    // atomic.Value: a cell holding an interface value (nil until the first Store).
    type_("Value", "cell"),
    method("*Value", "CompareAndSwap", "func(old, new any) (swapped bool)", value_cas),
    method("*Value", "Load", "func() (val any)", |c| {
        let v = c.update(c.arg(0), |v| v)?;
        c.ret(v);
        Ok(())
    }),
    method("*Value", "Store", "func(val any)", |c| {
        value_store(c, "store")?;
        Ok(())
    }),
    method("*Value", "Swap", "func(new any) (old any)", |c| {
        let old = value_store(c, "swap")?;
        c.ret(old);
        Ok(())
    }),
];

/// Value.Store and Swap: `new` (argument 1) must be non-nil and of the type of the values
/// stored before. The old value.
fn value_store(c: &mut Call, op: &str) -> Result<Value, Fault> {
    let new = c.arg(1);
    if new.t == 0 {
        return Err(Fault::Panic(format!("sync/atomic: {op} of nil value into Value")));
    }
    let old = c.update(c.arg(0), |v| if v.t == 0 || v.t == new.t { new } else { v })?;
    if old.t != 0 && old.t != new.t {
        return Err(Fault::Panic(format!(
            "sync/atomic: {op} of inconsistently typed value into Value"
        )));
    }
    Ok(old)
}

/// Value.CompareAndSwap, with Go's panics; equality as == of the dynamic type.
fn value_cas(c: &mut Call) -> Result<(), Fault> {
    let (old, new) = (c.arg(1), c.arg(2));
    if new.t == 0 {
        return Err(Fault::Panic("sync/atomic: compare and swap of nil value into Value".into()));
    }
    if old.t != 0 && old.t != new.t {
        return Err(Fault::Panic(
            "sync/atomic: compare and swap of inconsistently typed values".into(),
        ));
    }
    let cur = c.update(c.arg(0), |v| v)?;
    if cur.t == 0 {
        if old.t != 0 {
            c.ret_bool(false);
            return Ok(());
        }
    } else if cur.t != new.t {
        return Err(Fault::Panic(
            "sync/atomic: compare and swap of inconsistently typed value into Value".into(),
        ));
    } else if old.t == 0 || !scalar_equal(c, cur, old)? {
        c.ret_bool(false);
        return Ok(());
    }
    // Swapped only if no other Store came between: compare what is there once more under
    // the slot's lock.
    let seen = c.update(c.arg(0), |v| if v == cur { new } else { v })?;
    c.ret_bool(seen == cur);
    Ok(())
}

/// `a == b` for two interface values of one dynamic type, for the types whose == needs no
/// walk (numbers, strings, booleans, pointers, channels).
fn scalar_equal(c: &Call, a: Value, b: Value) -> Result<bool, Fault> {
    use crate::vm::program::TypeKind as K;
    Ok(match c.rt.prog.types.get(a.t as usize).map(|d| &d.kind) {
        Some(K::String) => c.text(a) == c.text(b),
        Some(K::Float64 | K::Float32) => a.as_float() == b.as_float(),
        Some(K::Int { .. } | K::Bool | K::Chan { .. } | K::Pointer | K::StructPtr { .. }) => {
            a.w == b.w && a.h == b.h
        }
        _ => {
            return Err(Fault::Panic(
                "gopark: atomic.Value.CompareAndSwap of this type is not supported yet".into(),
            ))
        }
    })
}
