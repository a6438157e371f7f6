//! Packages math/rand and math/rand/v2. The top-level functions draw from the M's
//! generator, which the run's seed fixes, so a deterministic run is reproducible. A seeded
//! `rand.New(rand.NewPCG(a, b))` gives exactly Go's sequence (PCG-DXSM, as math/rand/v2
//! defines it); math/rand's NewSource gives a reproducible sequence, but not Go's.

use super::{func, method, type_, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::sys::internal_error;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    func("Float64", "func() float64", float64),
    func("Int", "func() int", int),
    func("Int31n", "func(n int32) int32", |c| int_n(c, "Int31n")),
    func("Int63", "func() int64", int),
    func("Int63n", "func(n int64) int64", |c| int_n(c, "Int63n")),
    func("Intn", "func(n int) int", |c| int_n(c, "Intn")),
    func("New", "func(src Source) *Rand", new),
    func("NewSource", "func(seed int64) Source", new_source),
    func("Perm", "func(n int) []int", perm),
    func("Seed", "func(seed int64)", |_| Ok(())),
    type_("Rand", "struct{src Source}"),
    type_("Source", "interface{Int63() int64; Seed(seed int64)}"),
    type_("rngSource", "struct{hi uint64; lo uint64}"),
    method("*Rand", "Float64", "func() float64", float64),
    method("*Rand", "Int", "func() int", int),
    method("*Rand", "Intn", "func(n int) int", |c| int_n(c, "Intn")),
    method("*Rand", "Perm", "func(n int) []int", perm),
    method("*rngSource", "Int63", "func() int64", int),
    method("*rngSource", "Seed", "func(seed int64)", |_| Ok(())),
];

pub const MEMBERS_V2: &[Member] = &[
    func("Float64", "func() float64", float64),
    func("Int", "func() int", int),
    func("Int64", "func() int64", int),
    func("IntN", "func(n int) int", |c| int_n(c, "IntN")),
    func("Int64N", "func(n int64) int64", |c| int_n(c, "Int64N")),
    func("New", "func(src Source) *Rand", new),
    func("NewPCG", "func(seed1, seed2 uint64) *PCG", new_pcg),
    func("Perm", "func(n int) []int", perm),
    func("Uint64", "func() uint64", uint64),
    type_("PCG", "struct{hi uint64; lo uint64}"),
    type_("Rand", "struct{src Source}"),
    type_("Source", "interface{Uint64() uint64}"),
    method("*PCG", "Uint64", "func() uint64", uint64),
    method("*Rand", "Float64", "func() float64", float64),
    method("*Rand", "Int", "func() int", int),
    method("*Rand", "IntN", "func(n int) int", |c| int_n(c, "IntN")),
    method("*Rand", "Perm", "func(n int) []int", perm),
    method("*Rand", "Uint64", "func() uint64", uint64),
];

/// Where a call draws from: the receiver's PCG state (a method of *Rand or *PCG) or the
/// M's generator (a top-level function).
fn source(c: &Call) -> Option<Value> {
    if !c.method {
        return None;
    }
    let recv = c.arg(0);
    if recv.h == 0 {
        return Some(recv);
    }
    // A *Rand has one field, the Source interface value (a *PCG's handle); a *PCG has two.
    match &*c.rt.heap.lock(recv.h) {
        Obj::Struct(f) if f.len() == 1 => Some(f[0]),
        Obj::Struct(_) => Some(recv),
        _ => internal_error("a random source that is not a struct"),
    }
}

/// One step of PCG-DXSM on the 128-bit state (hi, lo), as math/rand/v2's PCG.
fn pcg_next(hi: u64, lo: u64) -> (u64, u64, u64) {
    const MUL: u128 = (2549297995355413924u128 << 64) | 4865540595714422341;
    const INC: u128 = (6364136223846793005u128 << 64) | 1442695040888963407;
    let state = (((hi as u128) << 64) | lo as u128).wrapping_mul(MUL).wrapping_add(INC);
    let (hi, lo) = ((state >> 64) as u64, state as u64);
    let mut x = hi;
    x ^= x >> 32;
    x = x.wrapping_mul(0xda942042e4dd58b5);
    x ^= x >> 48;
    x = x.wrapping_mul(lo | 1);
    (hi, lo, x)
}

/// The next 64 random bits for this call.
fn next(c: &mut Call) -> Result<u64, Fault> {
    let Some(src) = source(c) else {
        return Ok(c.m.rand());
    };
    if src.h == 0 {
        return Err(Fault::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        ));
    }
    match &mut *c.rt.heap.lock(src.h) {
        Obj::Struct(f) if f.len() == 2 => {
            let (hi, lo, x) = pcg_next(f[0].w, f[1].w);
            f[0] = Value::int(hi as i64);
            f[1] = Value::int(lo as i64);
            Ok(x)
        }
        _ => internal_error("a random source that is not a PCG state"),
    }
}

/// A uniform value in [0, n), by Lemire's method as math/rand/v2's uint64n.
fn below(c: &mut Call, n: u64) -> Result<u64, Fault> {
    if n & (n - 1) == 0 {
        return Ok(next(c)? & (n - 1));
    }
    let mut m = next(c)? as u128 * n as u128;
    if (m as u64) < n {
        let thresh = n.wrapping_neg() % n;
        while (m as u64) < thresh {
            m = next(c)? as u128 * n as u128;
        }
    }
    Ok((m >> 64) as u64)
}

fn int_n(c: &mut Call, name: &str) -> Result<(), Fault> {
    let n = c.int(c.nargs() - 1);
    if n <= 0 {
        return Err(Fault::Panic(format!("invalid argument to {name}")));
    }
    let v = below(c, n as u64)?;
    c.ret_int(v as i64);
    Ok(())
}
fn int(c: &mut Call) -> Result<(), Fault> {
    let v = next(c)? << 1 >> 1;
    c.ret_int(v as i64);
    Ok(())
}
fn uint64(c: &mut Call) -> Result<(), Fault> {
    let v = next(c)?;
    c.ret_int(v as i64);
    Ok(())
}
fn float64(c: &mut Call) -> Result<(), Fault> {
    let v = next(c)? << 11 >> 11;
    c.ret_float(v as f64 / (1u64 << 53) as f64);
    Ok(())
}
/// Perm as math/rand/v2 does it: the identity, then swaps with an earlier element.
fn perm(c: &mut Call) -> Result<(), Fault> {
    let n = c.int(c.nargs() - 1);
    if n < 0 {
        return Err(Fault::Panic("invalid argument to Perm".into()));
    }
    super::call::room(c.rt, c.m, (n as usize).saturating_mul(16))?;
    let mut p: Vec<Value> = (0..n).map(Value::int).collect();
    for i in (1..p.len()).rev() {
        let j = below(c, i as u64 + 1)? as usize;
        p.swap(i, j);
    }
    let v = c.new_slice(p)?;
    c.ret(v);
    Ok(())
}
fn new_pcg(c: &mut Call) -> Result<(), Fault> {
    let (a, b) = (c.arg(0), c.arg(1));
    let v = c.alloc(Obj::Struct(vec![Value::int(a.w as i64), Value::int(b.w as i64)]))?;
    c.ret(v);
    Ok(())
}
fn new_source(c: &mut Call) -> Result<(), Fault> {
    let seed = c.int(0) as u64;
    let t = c.type_id("*rand.rngSource");
    let mut v = c.alloc(Obj::Struct(vec![Value::int(seed as i64), Value::int(0x5851_f42d)]))?;
    v.t = t;
    c.ret(v);
    Ok(())
}
/// rand.New(src): a *Rand whose field holds the source (an interface value).
fn new(c: &mut Call) -> Result<(), Fault> {
    let src = c.arg(0);
    let v = c.alloc(Obj::Struct(vec![src]))?;
    c.ret(v);
    Ok(())
}
