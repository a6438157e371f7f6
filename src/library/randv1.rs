//! Package math/rand. A seeded source (`rand.NewSource(seed)`, or the top-level functions
//! after `rand.Seed(seed)`) is Go's rngSource (`rngsource.rs`) and every method derives its
//! value from it as Go 1.23's does, so seeded programs print Go's numbers. Unseeded, the
//! top-level functions draw from the M's generator, which the run's seed fixes, so a
//! deterministic run is reproducible (Go seeds them at random).
//!
//! A `*rngSource` is a struct object of 609 words: the tap and feed indices, then the 607
//! words of state, so a draw takes one lock. A `*Rand` is `{src, s64, readVal, readPos}` as Go's (s64 is src); the
//! top-level functions' Rand is kept in `Runtime::lib_globals` once Seed or Read needs one.

use super::rand::{exponential, normal, perm_len, shuffle_args, Draw};
use super::rngsource::{self, LEN};
use super::{func, func_go, method, method_go, type_, Call, Fault, Member};
use crate::library::call::NIL_DEREF;
use crate::rt::obj::Obj;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    func("ExpFloat64", "func() float64", |c| ret_f(c, |g| exponential(g))),
    func("Float32", "func() float32", |c| ret_f(c, |g| g.float32())),
    func("Float64", "func() float64", |c| ret_f(c, |g| g.float64())),
    func("Int", "func() int", |c| ret_i(c, |g| g.int63())),
    func("Int31", "func() int32", |c| ret_i(c, |g| g.int31())),
    func("Int31n", "func(n int32) int32", |c| ret_i(c, |g| g.int31n_checked(g.n))),
    func("Int63", "func() int64", |c| ret_i(c, |g| g.int63())),
    func("Int63n", "func(n int64) int64", |c| ret_i(c, |g| g.int63n_checked(g.n))),
    func("Intn", "func(n int) int", |c| ret_i(c, |g| g.intn(g.n))),
    func("New", "func(src Source) *Rand", new),
    func("NewSource", "func(seed int64) Source", new_source),
    func("NormFloat64", "func() float64", |c| ret_f(c, |g| normal(g))),
    func("Perm", "func(n int) []int", perm),
    func("Read", "func(p []byte) (n int, err error)", read),
    func("Seed", "func(seed int64)", seed),
    func_go("Shuffle", "func(n int, swap func(i, j int))", shuffle),
    func("Uint32", "func() uint32", |c| ret_i(c, |g| g.uint32())),
    func("Uint64", "func() uint64", |c| ret_i(c, |g| g.uint64())),
    type_("Rand", "struct{src Source; s64 Source64; readVal int64; readPos int8}"),
    type_("Source", "interface{Int63() int64; Seed(seed int64)}"),
    type_("Source64", "interface{Int63() int64; Seed(seed int64); Uint64() uint64}"),
    type_("rngSource", "struct{tap int; feed int; vec [607]int64}"),
    method("*Rand", "ExpFloat64", "func() float64", |c| ret_f(c, |g| exponential(g))),
    method("*Rand", "Float32", "func() float32", |c| ret_f(c, |g| g.float32())),
    method("*Rand", "Float64", "func() float64", |c| ret_f(c, |g| g.float64())),
    method("*Rand", "Int", "func() int", |c| ret_i(c, |g| g.int63())),
    method("*Rand", "Int31", "func() int32", |c| ret_i(c, |g| g.int31())),
    method("*Rand", "Int31n", "func(n int32) int32", |c| ret_i(c, |g| g.int31n_checked(g.n))),
    method("*Rand", "Int63", "func() int64", |c| ret_i(c, |g| g.int63())),
    method("*Rand", "Int63n", "func(n int64) int64", |c| ret_i(c, |g| g.int63n_checked(g.n))),
    method("*Rand", "Intn", "func(n int) int", |c| ret_i(c, |g| g.intn(g.n))),
    method("*Rand", "NormFloat64", "func() float64", |c| ret_f(c, |g| normal(g))),
    method("*Rand", "Perm", "func(n int) []int", perm),
    method("*Rand", "Read", "func(p []byte) (n int, err error)", read),
    method("*Rand", "Seed", "func(seed int64)", seed),
    method_go("*Rand", "Shuffle", "func(n int, swap func(i, j int))", shuffle),
    method("*Rand", "Uint32", "func() uint32", |c| ret_i(c, |g| g.uint32())),
    method("*Rand", "Uint64", "func() uint64", |c| ret_i(c, |g| g.uint64())),
    method("*rngSource", "Int63", "func() int64", |c| ret_i(c, |g| g.int63())),
    method("*rngSource", "Seed", "func(seed int64)", seed),
    method("*rngSource", "Uint64", "func() uint64", |c| ret_i(c, |g| g.uint64())),
];

/// The dynamic type of NewSource's Source.
const RNG_SOURCE: &str = "*rand.rngSource";
/// The `lib_globals` key of the top-level functions' *Rand.
const GLOBAL: &str = "math/rand.globalRand";

/// Where a draw comes from: the M's generator (the unseeded top-level functions) or an
/// rngSource object.
#[derive(Clone, Copy)]
enum Src {
    Runtime,
    Rng(u32),
}

/// The source of this call, and the *Rand it belongs to, if any (a *Rand method's
/// receiver, or the top-level functions' Rand once made).
fn source(c: &Call) -> Result<(Src, Option<Value>), Fault> {
    source_of(c, c.method.then(|| c.arg(0)))
}

/// The source of receiver `recv` (a *Rand or *rngSource), or of the top-level functions.
fn source_of(c: &Call, recv: Option<Value>) -> Result<(Src, Option<Value>), Fault> {
    let top = recv.is_none();
    let Some(recv) = recv.or_else(|| c.global(GLOBAL)) else {
        return Ok((Src::Runtime, None));
    };
    if recv.h == 0 {
        return Err(Fault::Panic(NIL_DEREF.into()));
    }
    let src = match &*c.rt.heap.lock(recv.h) {
        // A *rngSource (its own method) has 2 + 607 fields.
        Obj::Struct(f) if f.len() > 4 => return Ok((Src::Rng(recv.h), None)),
        Obj::Struct(f) => f[0],
        _ => crate::sys::internal_error("a *rand.Rand that is not a struct"),
    };
    Ok(match src {
        // The top-level functions' Rand before Seed: the runtime's source, as in Go.
        Value { h: 0, t: 0, .. } if top => (Src::Runtime, Some(recv)),
        Value { h: 0, .. } => return Err(Fault::Panic(NIL_DEREF.into())),
        v => (Src::Rng(v.h), Some(recv)),
    })
}

/// A generator for one call: math/rand's Rand methods over its source.
struct Gen<'a, 'b> {
    c: &'a mut Call<'b>,
    src: Src,
    /// The call's last integer argument (n of Intn and the like).
    n: i64,
}

impl<'a, 'b> Gen<'a, 'b> {
    fn new(c: &'a mut Call<'b>) -> Result<Self, Fault> {
        let (src, _) = source(c)?;
        let n = if c.nargs() > usize::from(c.method) { c.int(c.nargs() - 1) } else { 0 };
        Ok(Gen { c, src, n })
    }

    /// Source64's Uint64: 64 random bits.
    fn uint64(&mut self) -> Result<i64, Fault> {
        Ok(match self.src {
            Src::Runtime => self.c.m.rand(),
            Src::Rng(h) => match &mut *self.c.rt.heap.lock(h) {
                Obj::Struct(f) if f.len() == 2 + LEN => step(f),
                _ => crate::sys::internal_error("a *rand.rngSource that is not its state"),
            },
        } as i64)
    }
    fn int63(&mut self) -> Result<i64, Fault> {
        Ok(self.uint64()? & i64::MAX)
    }
    fn uint32(&mut self) -> Result<i64, Fault> {
        Ok(self.int63()? >> 31)
    }
    fn int31(&mut self) -> Result<i64, Fault> {
        Ok(self.int63()? >> 32)
    }

    /// Int63n for n > 0: a mask for a power of two, else rejection of the top values.
    fn int63n(&mut self, n: i64) -> Result<i64, Fault> {
        if n & (n - 1) == 0 {
            return Ok(self.int63()? & (n - 1));
        }
        let max = i64::MAX - ((1u64 << 63) % n as u64) as i64;
        let mut v = self.int63()?;
        while v > max {
            v = self.int63()?;
        }
        Ok(v % n)
    }
    /// Int31n for 0 < n < 2^31, the same way over Int31.
    fn int31n(&mut self, n: i64) -> Result<i64, Fault> {
        if n & (n - 1) == 0 {
            return Ok(self.int31()? & (n - 1));
        }
        let max = i32::MAX as i64 - ((1u64 << 31) % n as u64) as i64;
        let mut v = self.int31()?;
        while v > max {
            v = self.int31()?;
        }
        Ok(v % n)
    }
    fn int63n_checked(&mut self, n: i64) -> Result<i64, Fault> {
        positive(n, "Int63n")?;
        self.int63n(n)
    }
    fn int31n_checked(&mut self, n: i64) -> Result<i64, Fault> {
        positive(n, "Int31n")?;
        self.int31n(n)
    }
    fn intn(&mut self, n: i64) -> Result<i64, Fault> {
        positive(n, "Intn")?;
        if n <= i32::MAX as i64 {
            self.int31n(n)
        } else {
            self.int63n(n)
        }
    }
    /// Shuffle's faster bounded draw (Lemire's multiply and reject) over Uint32.
    fn int31n_lemire(&mut self, n: i64) -> Result<i64, Fault> {
        let n = n as u64;
        let mut prod = self.uint32()? as u64 * n;
        if (prod as u32 as u64) < n {
            let thresh = (n as u32).wrapping_neg() % n as u32;
            while (prod as u32) < thresh {
                prod = self.uint32()? as u64 * n;
            }
        }
        Ok((prod >> 32) as i64)
    }

    /// Int63 / 2^63, drawn again in the rare case it rounds to 1.
    fn float64(&mut self) -> Result<f64, Fault> {
        loop {
            let f = self.int63()? as f64 / (1u64 << 63) as f64;
            if f != 1.0 {
                return Ok(f);
            }
        }
    }
    /// Float64 rounded to float32, drawn again if that rounds to 1.
    fn float32(&mut self) -> Result<f64, Fault> {
        loop {
            let f = self.float64()? as f32;
            if f != 1.0 {
                return Ok(f as f64);
            }
        }
    }
}

/// math/rand's ziggurat draws: one Uint32 gives both x and its layer (its low bits).
impl Draw for Gen<'_, '_> {
    fn layer_bits(&mut self) -> Result<(u32, u32), Fault> {
        let j = self.uint32()? as u32;
        Ok((j, j))
    }
    fn unit(&mut self) -> Result<f64, Fault> {
        self.float64()
    }
}

fn positive(n: i64, name: &str) -> Result<(), Fault> {
    if n <= 0 {
        return Err(Fault::Panic(format!("invalid argument to {name}")));
    }
    Ok(())
}

/// One step of an rngSource's fields (tap, feed, then the words).
fn step(f: &mut [Value]) -> u64 {
    let (tap, feed) = (f[0].w as usize, f[1].w as usize);
    let tap = if tap == 0 { LEN - 1 } else { tap - 1 };
    let feed = if feed == 0 { LEN - 1 } else { feed - 1 };
    let x = f[2 + feed].w.wrapping_add(f[2 + tap].w);
    f[2 + feed] = Value::int(x as i64);
    f[0] = Value::int(tap as i64);
    f[1] = Value::int(feed as i64);
    x
}

/// The fields of an rngSource seeded with `seed`.
fn seeded_fields(seed: i64) -> Vec<Value> {
    let mut f = Vec::with_capacity(2 + LEN);
    f.push(Value::int(0));
    f.push(Value::int(rngsource::FEED as i64));
    f.extend(rngsource::seeded(seed).iter().map(|&w| Value::int(w as i64)));
    f
}

fn ret_i(c: &mut Call, f: impl FnOnce(&mut Gen) -> Result<i64, Fault>) -> Result<(), Fault> {
    let v = f(&mut Gen::new(c)?)?;
    c.ret_int(v);
    Ok(())
}
fn ret_f(c: &mut Call, f: impl FnOnce(&mut Gen) -> Result<f64, Fault>) -> Result<(), Fault> {
    let v = f(&mut Gen::new(c)?)?;
    c.ret_float(v);
    Ok(())
}

/// The type id of `*rand.rngSource`, registered with the calls that return a Source.
fn rng_type(c: &Call) -> Option<u32> {
    c.rt.prog.types.iter().position(|t| t.name == RNG_SOURCE).map(|i| i as u32)
}

fn new_source(c: &mut Call) -> Result<(), Fault> {
    let mut v = c.alloc(Obj::Struct(seeded_fields(c.int(0))))?;
    v.t = c.type_id(RNG_SOURCE);
    c.ret(v);
    Ok(())
}

/// rand.New(src): a *Rand over src, which must be NewSource's (or nil, which panics at the
/// first draw as in Go).
fn new(c: &mut Call) -> Result<(), Fault> {
    let src = c.arg(0);
    if src.t != 0 && rng_type(c) != Some(src.t) {
        return Err(Fault::Panic(
            "gopark: rand.New with a Source of the program's own is not supported yet".into(),
        ));
    }
    let v = c.alloc(Obj::Struct(vec![src, src, Value::int(0), Value::int(0)]))?;
    c.ret(v);
    Ok(())
}

/// Seed: rand.Seed (the top-level functions follow the seed from now on), (*Rand).Seed and
/// (*rngSource).Seed; a Rand's Read starts afresh.
fn seed(c: &mut Call) -> Result<(), Fault> {
    let seed = c.int(c.nargs() - 1);
    let (src, rand) = source(c)?;
    let Src::Rng(h) = src else {
        // The top-level functions' first seed: a Rand over a new source.
        // The program never sees this source, and its type is registered only if the
        // program calls NewSource.
        let mut s = c.alloc(Obj::Struct(seeded_fields(seed)))?;
        s.t = rng_type(c).unwrap_or(0);
        let r = c.alloc(Obj::Struct(vec![s, s, Value::int(0), Value::int(0)]))?;
        c.set_global(GLOBAL, r);
        return Ok(());
    };
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(h) {
        *f = seeded_fields(seed);
    }
    if let Some(r) = rand {
        if let Obj::Struct(f) = &mut *c.rt.heap.lock(r.h) {
            f[3] = Value::int(0);
        }
    }
    Ok(())
}

/// Read: len(p) bytes, seven from each Int63 (low byte first); the Rand keeps the rest of
/// the last one for its next Read.
fn read(c: &mut Call) -> Result<(), Fault> {
    let p = c.arg(c.nargs() - 1);
    let rand = match source(c)? {
        (_, Some(r)) => r,
        // The top-level functions' first Read: their Rand, over the runtime's source.
        (_, None) => {
            let r =
                c.alloc(Obj::Struct(vec![Value::ZERO, Value::ZERO, Value::int(0), Value::int(0)]))?;
            c.set_global(GLOBAL, r);
            r
        }
    };
    let (mut val, mut pos) = match &*c.rt.heap.lock(rand.h) {
        Obj::Struct(f) => (f[2].w as i64, f[3].w as i64),
        _ => crate::sys::internal_error("a *rand.Rand that is not a struct"),
    };
    let mut bytes = Vec::with_capacity(p.slice_len());
    let mut g = Gen::new(c)?;
    for _ in 0..p.slice_len() {
        if pos == 0 {
            val = g.int63()?;
            pos = 7;
        }
        bytes.push(Value::int(val as u8 as i64));
        val >>= 8;
        pos -= 1;
    }
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(rand.h) {
        f[2] = Value::int(val);
        f[3] = Value::int(pos);
    }
    c.set_elems(c.nargs() - 1, &bytes);
    c.ret_int(bytes.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}

/// Perm: m[i] takes i, swapped with a place drawn from [0, i].
fn perm(c: &mut Call) -> Result<(), Fault> {
    let n = perm_len(c, "runtime error: makeslice: len out of range")?;
    let mut m = vec![Value::int(0); n as usize];
    let mut g = Gen::new(c)?;
    for i in 0..n {
        let j = g.intn(i + 1)? as usize;
        m[i as usize] = m[j];
        m[j] = Value::int(i);
    }
    let v = c.new_slice(m)?;
    c.ret(v);
    Ok(())
}

/// Shuffle: from the end, swap(i, j) with j drawn from [0, i] just before the call, so a
/// swap function drawing from the same source sees Go's numbers.
fn shuffle(c: &mut Call) -> Result<(), Fault> {
    let (n, swap) = shuffle_args(c)?;
    // Draw through the same receiver (or the top-level Rand) at each step.
    let recv = c.method.then(|| c.arg(0));
    let mut frames = vec![("math/rand.(*Rand).Shuffle", true, "math/rand/rand.go", 265)];
    if recv.is_none() {
        frames.push(("math/rand.Shuffle", true, "math/rand/rand.go", 470));
    }
    c.task(move |ctx| async move {
        ctx.frames(frames);
        for i in (1..n).rev() {
            let j = ctx.native(move |c| draw_below(c, recv, i + 1)).await;
            ctx.call(swap, &[Value::int(i), j[0]], 0).await;
        }
        Ok(vec![])
    });
    Ok(())
}

/// Shuffle's draw of a place in [0, n): Int63n past 31 bits, Lemire's method below.
fn draw_below(c: &mut Call, recv: Option<Value>, n: i64) -> Result<Vec<Value>, Fault> {
    let (src, _) = source_of(c, recv)?;
    let mut g = Gen { c, src, n };
    let j = if n > i32::MAX as i64 { g.int63n(n)? } else { g.int31n_lemire(n)? };
    Ok(vec![Value::int(j)])
}
