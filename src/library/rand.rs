//! Package math/rand/v2 (math/rand is `randv1.rs`). The top-level functions draw from the
//! M's generator, which the run's seed fixes, so a deterministic run is reproducible. A seeded
//! `rand.New(rand.NewPCG(a, b))` or `rand.NewChaCha8(seed)` gives exactly Go's sequence
//! (PCG-DXSM as math/rand/v2 defines it; ChaCha8Rand as C2SP specifies it, `chacha8.rs`),
//! through every method (NormFloat64 and ExpFloat64 by the ziggurat, with the tables
//! computed from Marsaglia and Tsang's constants, shared with math/rand).

use super::mathfn::{exp, log};
use super::{func, func_go, method, method_go, type_, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::sys::internal_error;
use crate::vm::value::Value;

pub const MEMBERS_V2: &[Member] = &[
    func("ExpFloat64", "func() float64", exp_float64),
    func("Float32", "func() float32", float32),
    func("Float64", "func() float64", float64),
    func("Int", "func() int", int),
    func("Int32", "func() int32", |c| bits(c, 33)),
    func("Int32N", "func(n int32) int32", |c| int_n(c, "Int32N")),
    func("Int64", "func() int64", int),
    func("Int64N", "func(n int64) int64", |c| int_n(c, "Int64N")),
    func("IntN", "func(n int) int", |c| int_n(c, "IntN")),
    func("New", "func(src Source) *Rand", new),
    func("NewChaCha8", "func(seed [32]byte) *ChaCha8", new_chacha8),
    func("NewPCG", "func(seed1, seed2 uint64) *PCG", new_pcg),
    func("NormFloat64", "func() float64", norm_float64),
    func("Perm", "func(n int) []int", perm),
    func_go("Shuffle", "func(n int, swap func(i, j int))", shuffle),
    func("Uint", "func() uint", uint64),
    func("Uint32", "func() uint32", |c| bits(c, 32)),
    func("Uint32N", "func(n uint32) uint32", |c| uint_n(c, "Uint32N")),
    func("Uint64", "func() uint64", uint64),
    func("Uint64N", "func(n uint64) uint64", |c| uint_n(c, "Uint64N")),
    func("UintN", "func(n uint) uint", |c| uint_n(c, "UintN")),
    // The next iteration's key, this one's 992 bytes of output, and how many uint64s of it
    // were taken.
    type_("ChaCha8", "struct{key string; buf string; i int}"),
    method("*ChaCha8", "Uint64", "func() uint64", uint64),
    type_("PCG", "struct{hi uint64; lo uint64}"),
    type_("Rand", "struct{src Source}"),
    type_("Source", "interface{Uint64() uint64}"),
    method("*PCG", "Seed", "func(seed1, seed2 uint64)", pcg_seed),
    method("*PCG", "Uint64", "func() uint64", uint64),
    method("*Rand", "ExpFloat64", "func() float64", exp_float64),
    method("*Rand", "Float32", "func() float32", float32),
    method("*Rand", "Float64", "func() float64", float64),
    method("*Rand", "Int", "func() int", int),
    method("*Rand", "Int32", "func() int32", |c| bits(c, 33)),
    method("*Rand", "Int32N", "func(n int32) int32", |c| int_n(c, "Int32N")),
    method("*Rand", "Int64", "func() int64", int),
    method("*Rand", "Int64N", "func(n int64) int64", |c| int_n(c, "Int64N")),
    method("*Rand", "IntN", "func(n int) int", |c| int_n(c, "IntN")),
    method("*Rand", "NormFloat64", "func() float64", norm_float64),
    method("*Rand", "Perm", "func(n int) []int", perm),
    method_go("*Rand", "Shuffle", "func(n int, swap func(i, j int))", shuffle),
    method("*Rand", "Uint", "func() uint", uint64),
    method("*Rand", "Uint32", "func() uint32", |c| bits(c, 32)),
    method("*Rand", "Uint32N", "func(n uint32) uint32", |c| uint_n(c, "Uint32N")),
    method("*Rand", "Uint64", "func() uint64", uint64),
    method("*Rand", "Uint64N", "func(n uint64) uint64", |c| uint_n(c, "Uint64N")),
    method("*Rand", "UintN", "func(n uint) uint", |c| uint_n(c, "UintN")),
];

/// Helpers of the Go-written part of math/rand/v2 (lang/prelude/randv2.go).
pub const INTERNAL_MEMBERS: &[Member] =
    &[func("randUint64N", "func(n uint64) uint64", |c| uint_n(c, "N"))];

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
    next_of(c, source(c))
}

/// The next value of source `src` (None: the M's generator).
fn next_of(c: &mut Call, src: Option<Value>) -> Result<u64, Fault> {
    let Some(src) = src else {
        return Ok(c.m.rand());
    };
    if src.h == 0 {
        return Err(Fault::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        ));
    }
    if matches!(&*c.rt.heap.lock(src.h), Obj::Struct(f) if f.len() == 3) {
        return chacha8_next(c, src);
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
    below_of(c, source(c), n)
}

/// `below` drawing from source `src` (see `next_of`).
fn below_of(c: &mut Call, src: Option<Value>, n: u64) -> Result<u64, Fault> {
    if n & (n - 1) == 0 {
        return Ok(next_of(c, src)? & (n - 1));
    }
    let mut m = next_of(c, src)? as u128 * n as u128;
    if (m as u64) < n {
        let thresh = n.wrapping_neg() % n;
        while (m as u64) < thresh {
            m = next_of(c, src)? as u128 * n as u128;
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
/// n of type uint*: zero is the invalid argument.
fn uint_n(c: &mut Call, name: &str) -> Result<(), Fault> {
    let n = c.int(c.nargs() - 1) as u64;
    if n == 0 {
        return Err(Fault::Panic(format!("invalid argument to {name}")));
    }
    let v = below(c, n)?;
    c.ret_int(v as i64);
    Ok(())
}
/// The top `64 - shift` bits of the next value (Uint32: 32, Int32 and Int31: 33).
fn bits(c: &mut Call, shift: u32) -> Result<(), Fault> {
    let v = next(c)? >> shift;
    c.ret_int(v as i64);
    Ok(())
}
fn float32(c: &mut Call) -> Result<(), Fault> {
    let v = ((next(c)? >> 32) as u32) << 8 >> 8;
    c.ret_float((v as f32 / (1u32 << 24) as f32) as f64);
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
/// Shuffle as math/rand/v2 does it: from the end, swap(i, j) with j drawn from [0, i] just
/// before that swap, so a swap function that draws from the same generator changes the
/// indices that follow, as in Go.
fn shuffle(c: &mut Call) -> Result<(), Fault> {
    let (n, swap) = shuffle_args(c)?;
    let src = source(c);
    c.task(move |ctx| async move {
        ctx.frames(vec![("math/rand/v2.(*Rand).Shuffle", true, "math/rand/v2/rand.go", 246)]);
        for i in (1..n).rev() {
            let j =
                ctx.native(move |c| Ok(vec![Value::int(below_of(c, src, i as u64 + 1)? as i64)]));
            let j = j.await[0];
            ctx.call(swap, &[Value::int(i), j], 0).await;
        }
        Ok(vec![])
    });
    Ok(())
}
/// Shuffle's n and swap function; a negative n panics.
pub(super) fn shuffle_args(c: &Call) -> Result<(i64, Value), Fault> {
    let n = c.int(c.nargs() - 2);
    if n < 0 {
        return Err(Fault::Panic("invalid argument to Shuffle".into()));
    }
    Ok((n, c.arg(c.nargs() - 1)))
}

/// Perm's n, with room made for its result; a negative n panics with `negative`.
pub(super) fn perm_len(c: &mut Call, negative: &str) -> Result<i64, Fault> {
    let n = c.int(c.nargs() - 1);
    if n < 0 {
        return Err(Fault::Panic(negative.into()));
    }
    super::call::room(c.rt, c.m, (n as usize).saturating_mul(16))?;
    Ok(n)
}

/// Perm as math/rand/v2 does it: the identity, then swaps with an earlier element.
fn perm(c: &mut Call) -> Result<(), Fault> {
    let n = perm_len(c, "invalid argument to Perm")?;
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
/// NewChaCha8(seed): the first iteration over the seed.
fn new_chacha8(c: &mut Call) -> Result<(), Fault> {
    let seed: Vec<u8> = match &*c.rt.heap.lock(c.arg(0).h) {
        Obj::Array(a) => a.iter().map(|v| v.w as u8).collect(),
        _ => internal_error("a [32]byte that is not an array"),
    };
    let mut key = [0u8; 32];
    key.copy_from_slice(&seed[..32]);
    let (key, buf) = chacha8_iteration(c, &key)?;
    let v = c.alloc(Obj::Struct(vec![key, buf, Value::int(0)]))?;
    c.ret(v);
    Ok(())
}

/// One ChaCha8Rand iteration over `key`: (next key, output) as strings.
fn chacha8_iteration(c: &mut Call, key: &[u8; 32]) -> Result<(Value, Value), Fault> {
    let out = super::chacha8::iteration(key);
    let (buf, next) = out.split_at(992);
    Ok((c.new_bytes(next)?, c.new_bytes(buf)?))
}

/// The next uint64 of a ChaCha8 state; past its output, the next iteration first.
fn chacha8_next(c: &mut Call, src: Value) -> Result<u64, Fault> {
    let (mut key, mut buf, mut i) = match &*c.rt.heap.lock(src.h) {
        Obj::Struct(f) => (f[0], f[1], f[2].w as usize),
        _ => internal_error("a ChaCha8 that is not a struct"),
    };
    if i >= 992 / 8 {
        let mut k = [0u8; 32];
        k.copy_from_slice(&c.rt.heap.bytes(key)[..32]);
        (key, buf) = chacha8_iteration(c, &k)?;
        i = 0;
    }
    let b = c.rt.heap.bytes(buf);
    let x = u64::from_le_bytes(b[i * 8..i * 8 + 8].try_into().unwrap_or_default());
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(src.h) {
        f[0] = key;
        f[1] = buf;
        f[2] = Value::int(i as i64 + 1);
    }
    Ok(x)
}

/// (*PCG).Seed: the state becomes (seed1, seed2), as NewPCG makes it.
fn pcg_seed(c: &mut Call) -> Result<(), Fault> {
    let (p, a, b) = (c.arg(0), c.arg(1), c.arg(2));
    if p.h == 0 {
        return Err(Fault::Panic(crate::library::call::NIL_DEREF.into()));
    }
    match &mut *c.rt.heap.lock(p.h) {
        Obj::Struct(f) if f.len() == 2 => {
            f[0] = Value::int(a.w as i64);
            f[1] = Value::int(b.w as i64);
        }
        _ => internal_error("a *PCG that is not a PCG state"),
    }
    Ok(())
}
/// rand.New(src): a *Rand whose field holds the source (an interface value): a *PCG, a
/// *ChaCha8 or nil (which panics at the first draw, as in Go).
fn new(c: &mut Call) -> Result<(), Fault> {
    let src = c.arg(0);
    let name = c.rt.prog.types.get(src.t as usize).map(|t| t.name.as_str());
    if src.t != 0 && !matches!(name, Some("*rand.PCG" | "*rand.ChaCha8")) {
        return Err(Fault::Panic(
            "gopark: rand.New with a Source of the program's own is not supported yet".into(),
        ));
    }
    let v = c.alloc(Obj::Struct(vec![src]))?;
    c.ret(v);
    Ok(())
}

/// The ziggurat tables of Marsaglia and Tsang ("The Ziggurat Method for Generating Random
/// Variables", 2000), computed from the paper's constants once: for the normal
/// distribution 128 layers, k as u32 thresholds and w, f as float32 (as math/rand keeps
/// them); for the exponential 256 layers. Computed with Go's Exp and Log (`mathfn`), so the
/// tables are the same on every target; they equal Go's literal tables bit for bit (checked
/// once against Go 1.23's normal.go and exp.go, and by the goldens' draws).
struct Ziggurat {
    k: Vec<u32>,
    w: Vec<f32>,
    f: Vec<f32>,
}

/// The normal tables' tail start.
const RN: f64 = 3.442619855899;
/// The exponential tables' tail start.
const RE: f64 = 7.69711747013104972;

fn ziggurat(
    n: usize,
    r: f64,
    v: f64,
    scale: f64,
    density: fn(f64) -> f64,
    inv: fn(f64, f64) -> f64,
) -> Ziggurat {
    let (mut k, mut w, mut f) = (vec![0u32; n], vec![0f32; n], vec![0f32; n]);
    let q = v / density(r);
    k[0] = (r / q * scale) as u32;
    w[0] = (q / scale) as f32;
    w[n - 1] = (r / scale) as f32;
    f[0] = 1.0;
    f[n - 1] = density(r) as f32;
    let (mut x, mut prev) = (r, r);
    for i in (1..n - 1).rev() {
        x = inv(v / x + density(x), x);
        k[i + 1] = (x / prev * scale) as u32;
        prev = x;
        f[i] = density(x) as f32;
        w[i] = (x / scale) as f32;
    }
    Ziggurat { k, w, f }
}

fn normal_tables() -> &'static Ziggurat {
    static T: std::sync::OnceLock<Ziggurat> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let density = |x: f64| exp(-0.5 * x * x);
        let inv = |y: f64, _| (-2.0 * log(y)).sqrt();
        ziggurat(128, RN, 9.91256303526217e-3, 2147483648.0, density, inv)
    })
}

fn exp_tables() -> &'static Ziggurat {
    static T: std::sync::OnceLock<Ziggurat> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let density = |x: f64| exp(-x);
        let inv = |y: f64, _| -log(y);
        ziggurat(256, RE, 3.949659822581572e-3, 4294967296.0, density, inv)
    })
}

/// What the ziggurat draws from: 32 bits giving x and the bits choosing its layer (v2 takes
/// them from one 64-bit draw, math/rand both from one Uint32), and a uniform float64.
pub(super) trait Draw {
    fn layer_bits(&mut self) -> Result<(u32, u32), Fault>;
    fn unit(&mut self) -> Result<f64, Fault>;
}

/// math/rand/v2's draws: the low 32 bits of a draw for x, bits 32.. for the layer.
struct V2<'a, 'b>(&'a mut Call<'b>);

impl Draw for V2<'_, '_> {
    fn layer_bits(&mut self) -> Result<(u32, u32), Fault> {
        let u = next(self.0)?;
        Ok((u as u32, (u >> 32) as u32))
    }
    fn unit(&mut self) -> Result<f64, Fault> {
        Ok((next(self.0)? << 11 >> 11) as f64 / (1u64 << 53) as f64)
    }
}

/// NormFloat64 by the ziggurat: a signed x in a layer (7 bits), accepted at once inside it,
/// else from the tail or by the density at x.
pub(super) fn normal(d: &mut impl Draw) -> Result<f64, Fault> {
    let t = normal_tables();
    loop {
        let (j, i) = d.layer_bits()?;
        let (j, i) = (j as i32, (i & 0x7f) as usize);
        let x = j as f64 * t.w[i] as f64;
        if j.unsigned_abs() < t.k[i] {
            return Ok(x);
        }
        if i == 0 {
            let x = loop {
                let x = -log(d.unit()?) * (1.0 / RN);
                let y = -log(d.unit()?);
                if y + y >= x * x {
                    break x;
                }
            };
            return Ok(if j > 0 { RN + x } else { -RN - x });
        }
        if t.f[i] + d.unit()? as f32 * (t.f[i - 1] - t.f[i]) < exp(-0.5 * x * x) as f32 {
            return Ok(x);
        }
    }
}

/// ExpFloat64 by the ziggurat: x in a layer (8 bits).
pub(super) fn exponential(d: &mut impl Draw) -> Result<f64, Fault> {
    let t = exp_tables();
    loop {
        let (j, i) = d.layer_bits()?;
        let i = (i & 0xff) as usize;
        let x = j as f64 * t.w[i] as f64;
        if j < t.k[i] {
            return Ok(x);
        }
        if i == 0 {
            return Ok(RE - log(d.unit()?));
        }
        if t.f[i] + d.unit()? as f32 * (t.f[i - 1] - t.f[i]) < exp(-x) as f32 {
            return Ok(x);
        }
    }
}

fn norm_float64(c: &mut Call) -> Result<(), Fault> {
    let x = normal(&mut V2(c))?;
    c.ret_float(x);
    Ok(())
}

fn exp_float64(c: &mut Call) -> Result<(), Fault> {
    let x = exponential(&mut V2(c))?;
    c.ret_float(x);
    Ok(())
}
