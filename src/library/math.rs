//! Package math: float64 functions and the limits of the numeric types.

use super::{constant, func, Call, ConstVal, Fault, Member};
use super::{mathfn, mathspecial};

// The irrational constants are the best fractions with terms below 2^62 (continued-fraction
// convergents of the values to 100 digits): within 1e-36 of the true value, where Go keeps
// them to 63 digits, and small enough that a product or quotient of two stays exact.
use ConstVal::{Float as F, Int as I, Rat as R};

pub const MEMBERS: &[Member] = &[
    func("Abs", "func(x float64) float64", |c| f1(c, f64::abs)),
    func("Acos", "func(x float64) float64", |c| f1(c, mathfn::acos)),
    func("Acosh", "func(x float64) float64", |c| f1(c, mathspecial::acosh)),
    func("Asinh", "func(x float64) float64", |c| f1(c, mathspecial::asinh)),
    func("Atanh", "func(x float64) float64", |c| f1(c, mathspecial::atanh)),
    func("Erf", "func(x float64) float64", |c| f1(c, mathspecial::erf)),
    func("Erfc", "func(x float64) float64", |c| f1(c, mathspecial::erfc)),
    func("Erfinv", "func(x float64) float64", |c| f1(c, mathspecial::erfinv)),
    func("Erfcinv", "func(x float64) float64", |c| f1(c, |x| mathspecial::erfinv(1.0 - x))),
    func("Expm1", "func(x float64) float64", |c| f1(c, mathspecial::expm1)),
    func("Gamma", "func(x float64) float64", |c| f1(c, mathspecial::gamma)),
    func("J0", "func(x float64) float64", |c| f1(c, mathspecial::j0)),
    func("Y0", "func(x float64) float64", |c| f1(c, mathspecial::y0)),
    func("J1", "func(x float64) float64", |c| f1(c, super::mathbessel::j1)),
    func("Y1", "func(x float64) float64", |c| f1(c, super::mathbessel::y1)),
    func("Jn", "func(n int, x float64) float64", |c| {
        let r = super::mathbessel::jn(c.int(0), c.float(1));
        c.ret_float(r);
        Ok(())
    }),
    func("Yn", "func(n int, x float64) float64", |c| {
        let r = super::mathbessel::yn(c.int(0), c.float(1));
        c.ret_float(r);
        Ok(())
    }),
    func("Lgamma", "func(x float64) (lgamma float64, sign int)", |c| {
        let (l, sign) = mathspecial::lgamma(c.float(0));
        c.ret_float(l);
        c.ret_int(sign);
        Ok(())
    }),
    func("Asin", "func(x float64) float64", |c| f1(c, mathfn::asin)),
    func("Atan", "func(x float64) float64", |c| f1(c, mathfn::atan)),
    func("Atan2", "func(y, x float64) float64", |c| f2(c, mathfn::atan2)),
    func("Cbrt", "func(x float64) float64", |c| f1(c, mathfn::cbrt)),
    func("Ceil", "func(x float64) float64", |c| f1(c, f64::ceil)),
    func("Copysign", "func(f, sign float64) float64", |c| f2(c, f64::copysign)),
    func("Cosh", "func(x float64) float64", |c| f1(c, mathfn::cosh)),
    func("Cos", "func(x float64) float64", |c| f1(c, |x| sin_cos(x).1)),
    func("Dim", "func(x, y float64) float64", |c| f2(c, |x, y| if x > y { x - y } else { 0.0 })),
    func("Exp", "func(x float64) float64", |c| f1(c, mathfn::exp)),
    func("Exp2", "func(x float64) float64", |c| f1(c, mathfn::exp2)),
    func("Float32bits", "func(f float32) uint32", float32bits),
    func("Float32frombits", "func(b uint32) float32", float32frombits),
    func("Float64bits", "func(f float64) uint64", float64bits),
    func("Float64frombits", "func(b uint64) float64", float64frombits),
    func("Floor", "func(x float64) float64", |c| f1(c, f64::floor)),
    func("Frexp", "func(f float64) (frac float64, exp int)", frexp),
    func("Hypot", "func(p, q float64) float64", |c| f2(c, mathfn::hypot)),
    func("Inf", "func(sign int) float64", inf),
    func("IsInf", "func(f float64, sign int) bool", is_inf),
    func("IsNaN", "func(f float64) bool", is_nan),
    func("Ldexp", "func(frac float64, exp int) float64", |c| {
        let (frac, exp) = (c.float(0), c.int(1));
        c.ret_float(mathfn::ldexp(frac, exp));
        Ok(())
    }),
    func("Log", "func(x float64) float64", |c| f1(c, mathfn::log)),
    func("Log10", "func(x float64) float64", |c| f1(c, mathfn::log10)),
    func("Log1p", "func(x float64) float64", |c| f1(c, mathfn::log1p)),
    func("Log2", "func(x float64) float64", |c| f1(c, mathfn::log2)),
    func("Max", "func(x, y float64) float64", |c| f2(c, max)),
    func("Min", "func(x, y float64) float64", |c| f2(c, min)),
    func("Mod", "func(x, y float64) float64", |c| f2(c, |x, y| x % y)),
    func("Remainder", "func(x, y float64) float64", |c| f2(c, remainder)),
    func("Modf", "func(f float64) (int float64, frac float64)", modf),
    func("NaN", "func() float64", |c| {
        c.ret_float(mathfn::NAN);
        Ok(())
    }),
    func("FMA", "func(x, y, z float64) float64", |c| {
        let (x, y, z) = (c.float(0), c.float(1), c.float(2));
        c.ret_float(x.mul_add(y, z));
        Ok(())
    }),
    func("Pow10", "func(n int) float64", |c| {
        let n = c.int(0);
        c.ret_float(mathfn::pow10(n));
        Ok(())
    }),
    func("Pow", "func(x, y float64) float64", |c| f2(c, mathfn::pow)),
    func("Round", "func(x float64) float64", |c| f1(c, f64::round)),
    func("RoundToEven", "func(x float64) float64", |c| f1(c, f64::round_ties_even)),
    func("Signbit", "func(x float64) bool", signbit),
    func("Sincos", "func(x float64) (sin, cos float64)", |c| {
        let (s, co) = sin_cos(c.float(0));
        c.ret_float(s);
        c.ret_float(co);
        Ok(())
    }),
    func("Sinh", "func(x float64) float64", |c| f1(c, mathfn::sinh)),
    // Go's Sin returns a NaN argument itself (Cos makes a new NaN).
    func("Sin", "func(x float64) float64", |c| {
        f1(c, |x| if x.is_nan() { x } else { sin_cos(x).0 })
    }),
    func("Sqrt", "func(x float64) float64", |c| f1(c, f64::sqrt)),
    func("Tan", "func(x float64) float64", |c| f1(c, mathfn::tan)),
    func("Tanh", "func(x float64) float64", |c| f1(c, mathfn::tanh)),
    func("Trunc", "func(x float64) float64", |c| f1(c, f64::trunc)),
    constant("E", "untyped float", R(2816596318483412024, 1036167879649219395)),
    constant("Ln2", "untyped float", R(3052446177238342414, 4403748962482230453)),
    constant("Ln10", "untyped float", R(2935757981954998685, 1274983491766482282)),
    constant("Log10E", "untyped float", R(1274983491766482282, 2935757981954998685)),
    constant("Log2E", "untyped float", R(4403748962482230453, 3052446177238342414)),
    constant("MaxFloat32", "untyped float", F(f32::MAX as f64)),
    constant("MaxFloat64", "untyped float", F(f64::MAX)),
    constant("MaxInt", "untyped int", I(i64::MAX as i128)),
    constant("MaxInt8", "untyped int", I(i8::MAX as i128)),
    constant("MaxInt16", "untyped int", I(i16::MAX as i128)),
    constant("MaxInt32", "untyped int", I(i32::MAX as i128)),
    constant("MaxInt64", "untyped int", I(i64::MAX as i128)),
    constant("MaxUint", "untyped int", I(u64::MAX as i128)),
    constant("MaxUint8", "untyped int", I(u8::MAX as i128)),
    constant("MaxUint16", "untyped int", I(u16::MAX as i128)),
    constant("MaxUint32", "untyped int", I(u32::MAX as i128)),
    constant("MaxUint64", "untyped int", I(u64::MAX as i128)),
    constant("MinInt", "untyped int", I(i64::MIN as i128)),
    constant("MinInt8", "untyped int", I(i8::MIN as i128)),
    constant("MinInt16", "untyped int", I(i16::MIN as i128)),
    constant("MinInt32", "untyped int", I(i32::MIN as i128)),
    constant("MinInt64", "untyped int", I(i64::MIN as i128)),
    constant("Phi", "untyped float", R(1779979416004714189, 1100087778366101931)),
    constant("Pi", "untyped float", R(2646693125139304345, 842468587426513207)),
    constant("SmallestNonzeroFloat32", "untyped float", F(1.401_298_464_324_817e-45)),
    constant("SmallestNonzeroFloat64", "untyped float", F(4.940_656_458_412_465_4e-324)),
    constant("Sqrt2", "untyped float", R(2850877693509864481, 2015874949414289041)),
    constant("SqrtE", "untyped float", R(3364623123919344168, 2040747083035181377)),
    constant("SqrtPhi", "untyped float", R(3703115699542744780, 2911209509190673141)),
    constant("SqrtPi", "untyped float", R(1569439135198870091, 885461212091401292)),
];

fn f1(c: &mut Call, f: fn(f64) -> f64) -> Result<(), Fault> {
    let r = f(c.float(0));
    c.ret_float(r);
    Ok(())
}
fn f2(c: &mut Call, f: fn(f64, f64) -> f64) -> Result<(), Fault> {
    let r = f(c.float(0), c.float(1));
    c.ret_float(r);
    Ok(())
}
/// Go's Max: NaN wins over everything but +Inf, and +0 is larger than -0.
fn max(x: f64, y: f64) -> f64 {
    if x.is_infinite() && x > 0.0 || y.is_infinite() && y > 0.0 {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return mathfn::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y {
        x
    } else {
        y
    }
}
fn min(x: f64, y: f64) -> f64 {
    if x.is_infinite() && x < 0.0 || y.is_infinite() && y < 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return mathfn::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y {
        x
    } else {
        y
    }
}
/// A float32 is held as the float64 of the same number (see `TypeKind::Float32`).
fn float32bits(c: &mut Call) -> Result<(), Fault> {
    let bits = (c.float(0) as f32).to_bits();
    c.ret(crate::vm::value::Value { w: bits as u64, h: 0, t: 0 });
    Ok(())
}
fn float32frombits(c: &mut Call) -> Result<(), Fault> {
    c.ret_float(f32::from_bits(c.arg(0).w as u32) as f64);
    Ok(())
}
fn float64bits(c: &mut Call) -> Result<(), Fault> {
    c.ret(crate::vm::value::Value { w: c.arg(0).w, h: 0, t: 0 });
    Ok(())
}
fn float64frombits(c: &mut Call) -> Result<(), Fault> {
    c.ret(crate::vm::value::Value { w: c.arg(0).w, h: 0, t: 0 });
    Ok(())
}
fn inf(c: &mut Call) -> Result<(), Fault> {
    c.ret_float(if c.int(0) >= 0 { f64::INFINITY } else { f64::NEG_INFINITY });
    Ok(())
}
fn is_inf(c: &mut Call) -> Result<(), Fault> {
    let (f, sign) = (c.float(0), c.int(1));
    c.ret_bool(f.is_infinite() && (sign == 0 || (sign > 0) == (f > 0.0)));
    Ok(())
}
fn is_nan(c: &mut Call) -> Result<(), Fault> {
    let b = c.float(0).is_nan();
    c.ret_bool(b);
    Ok(())
}
fn frexp(c: &mut Call) -> Result<(), Fault> {
    let (frac, exp) = mathfn::frexp(c.float(0));
    c.ret_float(frac);
    c.ret_int(exp);
    Ok(())
}
fn modf(c: &mut Call) -> Result<(), Fault> {
    let f = c.float(0);
    let i = f.trunc();
    c.ret_float(i);
    c.ret_float(if f.is_infinite() { f64::NAN } else { f - i });
    Ok(())
}
fn signbit(c: &mut Call) -> Result<(), Fault> {
    let b = c.float(0).is_sign_negative();
    c.ret_bool(b);
    Ok(())
}

/// sin(x) and cos(x) as Go's math package computes them (the Cephes method: reduce by
/// multiples of π/4 in three parts, then a degree-6 polynomial), so that results agree
/// with Go to the last bit; Rust's libm differs in the last place (sin(π) = 1.22...532e-16
/// against Go's 1.22...515e-16); from 2^29 up with Payne-Hanek's reduction, as Go's.
pub fn sin_cos(x: f64) -> (f64, f64) {
    const SIN: [f64; 6] = [
        1.589_623_015_765_465_680_60e-10,
        -2.505_074_776_285_780_728_66e-8,
        2.755_731_362_138_572_452_13e-6,
        -1.984_126_982_958_953_859_96e-4,
        8.333_333_333_322_118_588_78e-3,
        -1.666_666_666_666_663_072_95e-1,
    ];
    const COS: [f64; 6] = [
        -1.135_853_652_138_768_173_00e-11,
        2.087_570_084_197_473_167_78e-9,
        -2.755_731_417_929_673_881_12e-7,
        2.480_158_728_885_170_453_48e-5,
        -1.388_888_888_887_305_641_16e-3,
        4.166_666_666_666_659_292_18e-2,
    ];
    if x == 0.0 {
        return (x, 1.0);
    }
    if !x.is_finite() {
        return (mathfn::NAN, mathfn::NAN);
    }
    let (mut j, z) = mathfn::reduce_pi4(x.abs());
    let (mut sin_neg, mut cos_neg) = (x < 0.0, false);
    if j > 3 {
        j -= 4;
        sin_neg = !sin_neg;
        cos_neg = !cos_neg;
    }
    if j > 1 {
        cos_neg = !cos_neg;
    }
    let zz = z * z;
    let poly = |c: &[f64; 6]| c.iter().fold(0.0, |acc, k| acc * zz + k);
    let near_cos = 1.0 - 0.5 * zz + zz * zz * poly(&COS);
    let near_sin = z + z * zz * poly(&SIN);
    let (s, c) = if j == 1 || j == 2 { (near_cos, near_sin) } else { (near_sin, near_cos) };
    (if sin_neg { -s } else { s }, if cos_neg { -c } else { c })
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even), exact. On
/// magnitudes: x mod 2y (exact), then y taken away once or twice while x is past y/2.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return mathfn::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let (neg, mut a, b) = (x.is_sign_negative(), x.abs(), y.abs());
    if a == b {
        return 0.0f64.copysign(x);
    }
    if b <= f64::MAX / 2.0 {
        a %= b + b;
    }
    if b < 2.0 * f64::MIN_POSITIVE {
        // y/2 would lose a bit: compare 2x with y instead.
        if a + a > b {
            a -= b;
            if a + a >= b {
                a -= b;
            }
        }
    } else {
        let half = 0.5 * b;
        if a > half {
            a -= b;
            if a >= half {
                a -= b;
            }
        }
    }
    if neg {
        -a
    } else {
        a
    }
}
