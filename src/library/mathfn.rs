//! The float64 functions of package math computed as Go computes them on amd64, so that
//! results agree with Go's to the last bit (Rust's libm is more often correctly rounded,
//! and so differs from Go in the last place: Go's Hypot(3, 2.5) is 3.905124837953328, the
//! true value rounded is ...327). Exp and Log follow Go's amd64 assembly (Exp's fused
//! multiply-adds: the path Go takes on every CPU with FMA); the others follow the Cephes
//! and FreeBSD methods of Go's portable code. The coefficients are the published ones of
//! those methods.

const PI: f64 = std::f64::consts::PI;
/// ln 2 in two parts, the second the rounding error of the first (FreeBSD's).
const LN2HI: f64 = 6.931_471_803_691_238_164_90e-1;
const LN2LO: f64 = 1.908_214_929_270_587_700_02e-10;
/// FreeBSD's polynomial for log(1+f) in s² (Log's and Log1p's).
const L: [f64; 7] = [
    6.666_666_666_666_735_130e-1,
    3.999_999_999_940_941_908e-1,
    2.857_142_874_366_239_149e-1,
    2.222_219_843_214_978_396e-1,
    1.818_357_216_161_805_012e-1,
    1.531_383_769_920_937_332e-1,
    1.479_819_860_511_658_591e-1,
];
/// Go's math.NaN() (and the NaN its functions return): quiet, with the lowest bit set.
pub const NAN: f64 = f64::from_bits(0x7ff8_0000_0000_0001);
const FRAC_PI_2: f64 = std::f64::consts::FRAC_PI_2;
const FRAC_PI_4: f64 = std::f64::consts::FRAC_PI_4;

/// Hypot: max·√(1 + (min/max)²), after the special cases (an infinity wins over NaN).
pub fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    if p.is_infinite() || q.is_infinite() {
        return f64::INFINITY;
    }
    if p.is_nan() || q.is_nan() {
        return NAN;
    }
    let (big, small) = if p < q { (q, p) } else { (p, q) };
    if big == 0.0 {
        return 0.0;
    }
    let r = small / big;
    big * (1.0 + r * r).sqrt()
}

/// Exp: x = k·ln2 + r (k rounded to even, ln2 in two parts), r/16 into a degree-8 Taylor
/// polynomial, squared back up four times, times 2^k.
pub fn exp(x: f64) -> f64 {
    const LOG2E: f64 = std::f64::consts::LOG2_E;
    const LN2U: f64 = 0.693_147_180_559_662_956_511_601_805_686_950_683_593_75;
    const LN2L: f64 = 0.282_352_905_630_315_771_225_884_481_750_134_360_255_254_120_68e-12;
    const OVERFLOW: f64 = 7.097_827_128_933_84e2;
    const TAYLOR: [f64; 7] = [
        2.480_158_730_158_730_158_7e-5,
        1.984_126_984_126_984_127_0e-4,
        1.388_888_888_888_888_888_9e-3,
        8.333_333_333_333_333_333_3e-3,
        4.166_666_666_666_666_666_7e-2,
        1.666_666_666_666_666_666_7e-1,
        0.5,
    ];
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return 0.0;
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // The conversion rounds to nearest even; out of int32's range it gives int32's minimum.
    let t = (x * LOG2E).round_ties_even();
    let k = if t.abs() < 2_147_483_648.0 { t as i32 } else { i32::MIN };
    let kf = k as f64;
    let mut r = (-LN2U).mul_add(kf, x);
    r = (-LN2L).mul_add(kf, r);
    r *= 0.0625;
    let mut p = TAYLOR[0];
    for c in &TAYLOR[1..] {
        p = p.mul_add(r, *c);
    }
    p = p.mul_add(r, 1.0);
    r *= p;
    for _ in 0..3 {
        r *= r + 2.0;
    }
    r = r.mul_add(r + 2.0, 1.0);
    times_pow2(r, k)
}

/// r·2^k as Exp's last step does it: zero below 2^-1074 or so, infinity from 2^1024.
fn times_pow2(r: f64, k: i32) -> f64 {
    let biased = k.saturating_add(0x3ff);
    if biased >= 0x7ff {
        return f64::INFINITY;
    }
    if biased > 0 {
        return r * f64::from_bits((biased as u64) << 52);
    }
    if biased < -52 {
        return 0.0;
    }
    // Two steps: 2^(k+1022), then 2^-1022.
    let first = r * f64::from_bits(((biased + 0x3fe) as u64) << 52);
    first * f64::from_bits(1 << 52)
}

/// Log: x = f1·2^k with f1 in [√2/2, √2), f = f1 - 1, s = f/(2+f), and the FreeBSD
/// polynomial in s². The exponent is read from the bits (a subnormal x is taken as is).
pub fn log(x: f64) -> f64 {
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return NAN;
    }
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    let mut f1 = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3fe0_0000_0000_0000);
    let mut k = (((bits >> 52) & 0x7ff) as i32 - 0x3fe) as f64;
    // Go's assembly compares "not less than" the other way round: √2/2 itself is scaled.
    if f1 <= std::f64::consts::FRAC_1_SQRT_2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (L[0] + s4 * (L[2] + s4 * (L[4] + s4 * L[6])));
    let t2 = s4 * (L[1] + s4 * (L[3] + s4 * L[5]));
    let hfsq = 0.5 * f * f;
    let r = t1 + t2;
    k * LN2HI - ((hfsq - (s * (hfsq + r) + k * LN2LO)) - f)
}

/// Log10 and Log2: Log times the constant, Log2 exact at powers of two.
pub fn log10(x: f64) -> f64 {
    log(x) * std::f64::consts::LOG10_E
}
pub fn log2(x: f64) -> f64 {
    let (frac, e) = frexp(x);
    if frac == 0.5 {
        return (e - 1) as f64;
    }
    log(frac) * std::f64::consts::LOG2_E + e as f64
}

/// Frexp: frac in [½, 1) and exp with f = frac·2^exp (zero, infinities and NaN as they are).
pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let (f, mut e) = normalize(f);
    let bits = f.to_bits();
    e += ((bits >> 52) & 0x7ff) as i64 - 1022;
    (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), e)
}

/// A subnormal scaled up by 2^52 (and the exponent owed), others as they are.
fn normalize(f: f64) -> (f64, i64) {
    if f.abs() < f64::MIN_POSITIVE {
        (f * (1u64 << 52) as f64, -52)
    } else {
        (f, 0)
    }
}

/// Ldexp: frac·2^exp, rounding once if the result is subnormal.
pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || !frac.is_finite() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let bits = frac.to_bits();
    let exp = exp.saturating_add(e).saturating_add(((bits >> 52) & 0x7ff) as i64 - 1023);
    if exp < -1075 {
        return 0f64.copysign(frac);
    }
    if exp > 1023 {
        return f64::INFINITY.copysign(frac);
    }
    let (exp, m) = if exp < -1022 { (exp + 53, 1.0 / (1u64 << 53) as f64) } else { (exp, 1.0) };
    m * f64::from_bits((bits & !(0x7ff << 52)) | (((exp + 1023) as u64) << 52))
}

/// Pow: the special cases of the C standard, then x^yf by Exp(yf·Log x) for the fraction
/// of y (in [-½, ½]) and square-and-multiply on Frexp's parts for its integer part.
pub fn pow(x: f64, y: f64) -> f64 {
    if let Some(special) = pow_special(x, y) {
        return special;
    }
    let (mut yi, mut yf) = (y.abs().trunc(), y.abs().fract());
    if yf != 0.0 && x < 0.0 {
        return NAN;
    }
    if yi >= 9.223_372_036_854_775_808e18 {
        return if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            f64::INFINITY
        };
    }
    let (mut a1, mut ae) = (1.0, 0i64);
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

/// Pow's special cases (zeros, infinities, NaN, y of 0, ±½ and 1, x of 1).
fn pow_special(x: f64, y: f64) -> Option<f64> {
    let odd_int = |v: f64| v.abs() < 9_007_199_254_740_992.0 && v.fract() == 0.0 && v % 2.0 != 0.0;
    Some(if y == 0.0 || x == 1.0 {
        1.0
    } else if y == 1.0 {
        x
    } else if x.is_nan() || y.is_nan() {
        NAN
    } else if x == 0.0 {
        let odd = x.is_sign_negative() && odd_int(y);
        match (y < 0.0, odd) {
            (true, true) => f64::NEG_INFINITY,
            (true, false) => f64::INFINITY,
            (false, true) => x,
            (false, false) => 0.0,
        }
    } else if y.is_infinite() {
        if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            f64::INFINITY
        }
    } else if x.is_infinite() {
        if x < 0.0 {
            return Some(pow(1.0 / x, -y));
        }
        if y < 0.0 {
            0.0
        } else {
            f64::INFINITY
        }
    } else if y == 0.5 {
        x.sqrt()
    } else if y == -0.5 {
        1.0 / x.sqrt()
    } else {
        return None;
    })
}

/// Exp2: 2^x = 2^k·e^(t·ln2) with k the nearest integer and the FreeBSD remez polynomial.
pub fn exp2(x: f64) -> f64 {
    const P: [f64; 5] = [
        1.666_666_666_666_666_574_15e-1,
        -2.777_777_777_701_559_338_42e-3,
        6.613_756_321_437_934_361_17e-5,
        -1.653_390_220_546_525_153_90e-6,
        4.138_136_797_057_238_460_39e-8,
    ];
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == f64::NEG_INFINITY || x < -1.074e3 {
        return 0.0;
    }
    if x > 1.023_999_999_999_999_9e3 {
        return f64::INFINITY;
    }
    let k = if x > 0.0 {
        (x + 0.5) as i64
    } else if x < 0.0 {
        (x - 0.5) as i64
    } else {
        0
    };
    let t = x - k as f64;
    let (hi, lo) = (t * LN2HI, -t * LN2LO);
    let r = hi - lo;
    let tt = r * r;
    let c = r - tt * (P[0] + tt * (P[1] + tt * (P[2] + tt * (P[3] + tt * P[4]))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

/// Tan: the Cephes method (reduce by π/4 as Sin does, then a rational function).
pub fn tan(x: f64) -> f64 {
    const P: [f64; 3] = [
        -1.309_369_391_813_837_776_46e4,
        1.153_516_648_385_874_161_40e6,
        -1.795_652_519_764_848_779_88e7,
    ];
    const Q: [f64; 4] = [
        1.368_129_634_706_929_546_78e4,
        -1.320_892_344_402_109_674_47e6,
        2.500_838_018_233_579_158_39e7,
        -5.386_957_559_294_546_298_81e7,
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return NAN;
    }
    let (j, z) = reduce_pi4(x.abs());
    let zz = z * z;
    let mut t = if zz > 1e-14 {
        let num = zz * (((P[0] * zz) + P[1]) * zz + P[2]);
        let den = (((zz + Q[0]) * zz + Q[1]) * zz + Q[2]) * zz + Q[3];
        z + z * (num / den)
    } else {
        z
    };
    if j & 2 == 2 {
        t = -1.0 / t;
    }
    if x < 0.0 {
        -t
    } else {
        t
    }
}

/// Reduces `a` >= 0 to z in [-π/4, π/4] and j (mod 8), a = j·π/4 + z with j even, as Go's
/// Sin, Cos and Tan do: π/4 in three parts (Cody-Waite) below 2^29, Payne-Hanek above.
pub fn reduce_pi4(a: f64) -> (u64, f64) {
    const PI4: [f64; 3] = [
        7.853_981_256_484_985_351_56e-1,
        3.774_894_707_930_798_176_68e-8,
        2.695_151_429_079_059_526_45e-15,
    ];
    if a >= (1u64 << 29) as f64 {
        return payne_hanek(a);
    }
    let mut j = (a * (4.0 / PI)) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    (j & 7, ((a - y * PI4[0]) - y * PI4[1]) - y * PI4[2])
}

/// 4/π in binary, 1216 bits from its integer part: the table Payne-Hanek multiplies by.
const FOUR_OVER_PI: [u64; 20] = [
    0x0000_0000_0000_0001,
    0x45f3_06dc_9c88_2a53,
    0xf84e_afa3_ea69_bb81,
    0xb6c5_2b32_7887_2083,
    0xfca2_c757_bd77_8ac3,
    0x6e48_dc74_849b_a5c0,
    0x0c92_5dd4_13a3_2439,
    0xfc3b_d639_6253_4e7d,
    0xd104_6bea_5d76_8909,
    0xd338_e04d_68be_fc82,
    0x7323_ac73_06a6_73e9,
    0x3908_bf17_7bf2_5076,
    0x3ff1_2fff_bc0b_301f,
    0xde5e_2316_b414_da3e,
    0xda6c_fd9e_4f96_136e,
    0x9e8c_7ecd_3cbf_d45a,
    0xea4f_758f_d7cb_e2f6,
    0x7a0e_73ef_14a5_25d4,
    0xd7f6_bf62_3f1a_ba10,
    0xac06_608d_f8f6_d757,
];

/// Payne-Hanek reduction of a >= 2^29: the mantissa times the 192 bits of 4/π that matter
/// at its exponent, in integers, gives j and the fraction exactly (Go's trigReduce).
fn payne_hanek(a: f64) -> (u64, f64) {
    let bits = a.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1023 - 52;
    let m = (bits & ((1 << 52) - 1)) | (1 << 52);
    let (digit, shift) = (((exp + 61) / 64) as usize, ((exp + 61) % 64) as u32);
    let word = |i: usize| {
        (FOUR_OVER_PI[i] << shift) | FOUR_OVER_PI[i + 1].checked_shr(64 - shift).unwrap_or(0)
    };
    let (z0, z1, z2) = (word(digit), word(digit + 1), word(digit + 2));
    let z2hi = ((z2 as u128 * m as u128) >> 64) as u64;
    let z1m = z1 as u128 * m as u128;
    let (lo, carry) = (z1m as u64).overflowing_add(z2hi);
    let hi = z0.wrapping_mul(m).wrapping_add((z1m >> 64) as u64).wrapping_add(carry as u64);
    let mut j = hi >> 61;
    // The fraction's bits, normalized into a float64 in [0, 1).
    let hi = (hi << 3) | (lo >> 61);
    let lz = hi.leading_zeros() + 1;
    let mant = (hi.checked_shl(lz).unwrap_or(0) | lo.checked_shr(64 - lz).unwrap_or(0)) >> 12;
    let mut z = f64::from_bits(mant | ((1023 - lz as u64) << 52));
    if j & 1 == 1 {
        j = (j + 1) & 7;
        z -= 1.0;
    }
    (j, z * std::f64::consts::FRAC_PI_4)
}

/// Atan on [0, 0.66]: the Cephes rational function.
fn xatan(x: f64) -> f64 {
    const P: [f64; 5] = [
        -8.750_608_600_031_904_122_785e-1,
        -1.615_753_718_733_365_076_637e1,
        -7.500_855_792_314_704_667_340e1,
        -1.228_866_684_490_136_173_410e2,
        -6.485_021_904_942_025_371_773e1,
    ];
    const Q: [f64; 5] = [
        2.485_846_490_142_306_297_962e1,
        1.650_270_098_316_988_542_046e2,
        4.328_810_604_912_902_668_951e2,
        4.853_903_996_359_136_964_868e2,
        1.945_506_571_482_613_964_425e2,
    ];
    let z = x * x;
    let num = (((P[0] * z + P[1]) * z + P[2]) * z + P[3]) * z + P[4];
    let den = ((((z + Q[0]) * z + Q[1]) * z + Q[2]) * z + Q[3]) * z + Q[4];
    x * (z * num / den) + x
}

/// Atan of x ≥ 0: the range reduced to [0, 0.66] around tan(3π/8) and 1.
fn satan(x: f64) -> f64 {
    // π/2 = FRAC_PI_2 + MOREBITS.
    const MOREBITS: f64 = 6.123_233_995_736_765_886_130e-17;
    const TAN_3PI_8: f64 = 2.414_213_562_373_095_048_80;
    if x <= 0.66 {
        xatan(x)
    } else if x > TAN_3PI_8 {
        FRAC_PI_2 - xatan(1.0 / x) + MOREBITS
    } else {
        FRAC_PI_4 + xatan((x - 1.0) / (x + 1.0)) + 0.5 * MOREBITS
    }
}

pub fn atan(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else if x > 0.0 {
        satan(x)
    } else {
        -satan(-x)
    }
}

/// Asin through Atan of x/√(1-x²) (or its complement near 1).
pub fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let a = x.abs();
    if a > 1.0 {
        return NAN;
    }
    let root = (1.0 - a * a).sqrt();
    let t = if a > 0.7 { FRAC_PI_2 - satan(root / a) } else { satan(a / root) };
    if x < 0.0 {
        -t
    } else {
        t
    }
}

pub fn acos(x: f64) -> f64 {
    FRAC_PI_2 - asin(x)
}

/// Atan2: the special cases of the C standard, then Atan(y/x) moved to x's half-plane.
pub fn atan2(y: f64, x: f64) -> f64 {
    const FRAC_3PI_4: f64 = 3.0 * FRAC_PI_4;
    if y.is_nan() || x.is_nan() {
        return NAN;
    }
    if y == 0.0 {
        return if x >= 0.0 && !x.is_sign_negative() { 0f64.copysign(y) } else { PI.copysign(y) };
    }
    if x == 0.0 {
        return FRAC_PI_2.copysign(y);
    }
    if x.is_infinite() {
        let angle = match (x > 0.0, y.is_infinite()) {
            (true, true) => FRAC_PI_4,
            (true, false) => 0.0,
            (false, true) => FRAC_3PI_4,
            (false, false) => PI,
        };
        return angle.copysign(y);
    }
    if y.is_infinite() {
        return FRAC_PI_2.copysign(y);
    }
    let q = atan(y / x);
    if x < 0.0 {
        if q <= 0.0 {
            q + PI
        } else {
            q - PI
        }
    } else {
        q
    }
}

/// Cbrt: a first guess from the exponent bits, one Newton-like rational step, rounded to
/// 22 bits, and one more step.
pub fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715_094_163;
    const B2: u64 = 696_219_795;
    const C: f64 = 5.428_571_428_571_428_159_06e-1;
    const D: f64 = -7.053_061_224_489_796_110_50e-1;
    const E: f64 = 1.414_285_714_285_714_368_19;
    const F: f64 = 1.607_142_857_142_857_206_30;
    const G: f64 = 3.571_428_571_428_571_507_87e-1;
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let a = x.abs();
    let mut t = f64::from_bits(a.to_bits() / 3 + (B1 << 32));
    if a < f64::MIN_POSITIVE {
        t = (1u64 << 54) as f64 * a;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let mut r = t * t / a;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xf_ffff_fffc << 28)) + (1 << 30));
    s = t * t;
    r = a / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t += t * r;
    if x < 0.0 {
        -t
    } else {
        t
    }
}

/// Sinh: a Cephes rational function below ½, (eˣ - e⁻ˣ)/2 above, eˣ/2 past 21.
pub fn sinh(x: f64) -> f64 {
    const P: [f64; 4] = [
        -0.630_767_364_049_771_699_118_478_725_1e6,
        -0.899_127_202_203_950_935_539_801_351_1e5,
        -0.289_421_135_598_956_380_728_466_036_6e4,
        -0.263_056_321_339_749_706_281_948_9e2,
    ];
    const Q: [f64; 3] = [
        -0.630_767_364_049_771_699_121_207_727_7e6,
        0.152_151_737_879_001_907_069_648_517_6e5,
        -0.173_678_953_558_233_699_533_450_911e3,
    ];
    let a = x.abs();
    let t = if a > 21.0 {
        exp(a) * 0.5
    } else if a > 0.5 {
        let ex = exp(a);
        (ex - 1.0 / ex) * 0.5
    } else {
        let sq = a * a;
        let num = (((P[3] * sq + P[2]) * sq + P[1]) * sq + P[0]) * a;
        num / (((sq + Q[2]) * sq + Q[1]) * sq + Q[0])
    };
    if x < 0.0 {
        -t
    } else {
        t
    }
}

pub fn cosh(x: f64) -> f64 {
    let a = x.abs();
    if a > 21.0 {
        return exp(a) * 0.5;
    }
    let ex = exp(a);
    (ex + 1.0 / ex) * 0.5
}

/// Tanh: ±1 past log(2^127)/2, 1 - 2/(e^2|x| + 1) from 0.625, a Cephes rational function
/// below.
pub fn tanh(x: f64) -> f64 {
    const MAXLOG: f64 = 8.802_969_193_111_305_429_598_8e1;
    const P: [f64; 3] = [
        -9.643_991_794_250_522_386_28e-1,
        -9.928_772_310_019_185_865_64e1,
        -1.614_687_684_417_084_479_52e3,
    ];
    const Q: [f64; 3] = [
        1.128_116_784_916_329_314_02e2,
        2.235_488_390_601_004_485_83e3,
        4.844_063_053_251_254_860_48e3,
    ];
    let z = x.abs();
    if z > 0.5 * MAXLOG {
        return if x < 0.0 { -1.0 } else { 1.0 };
    }
    if z >= 0.625 {
        let s = exp(2.0 * z);
        let t = 1.0 - 2.0 / (s + 1.0);
        return if x < 0.0 { -t } else { t };
    }
    if x == 0.0 {
        return x;
    }
    let s = x * x;
    x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2])
}

/// Pow10: a product of two table entries (10^(32a) · 10^b), each a correctly rounded
/// decimal, as Go's tables are.
pub fn pow10(n: i64) -> f64 {
    let p = |e: i64| format!("1e{e}").parse::<f64>().unwrap_or(0.0);
    if (0..=308).contains(&n) {
        p(n / 32 * 32) * p(n % 32)
    } else if (-323..0).contains(&n) {
        p(n / 32 * 32) / p(-n % 32)
    } else if n > 0 {
        f64::INFINITY
    } else {
        0.0
    }
}

/// Log1p: log(1+x) by the FreeBSD method (1+x = 2^k·(1+f) with a correction term c for
/// the rounding of 1+x, then Log's polynomial in s = f/(2+f)).
pub fn log1p(x: f64) -> f64 {
    const SQRT2M1: f64 = 4.142_135_623_730_950_488_017e-1;
    const SQRT2HALFM1: f64 = -2.928_932_188_134_524_755_992e-1;
    const SMALL: f64 = 1.0 / (1u64 << 29) as f64;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    if x < -1.0 || x.is_nan() {
        return NAN;
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    if x == f64::INFINITY {
        return x;
    }
    let a = x.abs();
    let (mut f, mut iu, mut k, mut c) = (0.0, 0u64, 1i64, 0.0);
    if a < SQRT2M1 {
        if a < SMALL {
            return if a < TINY { x } else { x - x * x * 0.5 };
        }
        if x > SQRT2HALFM1 {
            (k, f, iu) = (0, x, 1);
        }
    }
    if k != 0 {
        let mut u = if a < 9_007_199_254_740_992.0 { 1.0 + x } else { x };
        iu = u.to_bits();
        k = (iu >> 52) as i64 - 1023;
        if a < 9_007_199_254_740_992.0 {
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        }
        iu &= 0x000f_ffff_ffff_ffff;
        if iu < 0x0006_a09e_667f_3bcd {
            u = f64::from_bits(iu | 0x3ff0_0000_0000_0000);
        } else {
            k += 1;
            u = f64::from_bits(iu | 0x3fe0_0000_0000_0000);
            iu = (0x0010_0000_0000_0000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    log1p_tail(f, iu, k as f64, c)
}

/// Log1p's last step: log(1+f) + k·ln2 + c.
fn log1p_tail(f: f64, iu: u64, k: f64, c: f64) -> f64 {
    let hfsq = 0.5 * f * f;
    if iu == 0 {
        if f == 0.0 {
            return if k == 0.0 { 0.0 } else { k * LN2HI + (c + k * LN2LO) };
        }
        let r = hfsq * (1.0 - 0.666_666_666_666_666_66 * f);
        return if k == 0.0 { f - r } else { k * LN2HI - ((r - (k * LN2LO + c)) - f) };
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (L[0] + z * (L[1] + z * (L[2] + z * (L[3] + z * (L[4] + z * (L[5] + z * L[6]))))));
    if k == 0.0 {
        f - (hfsq - s * (hfsq + r))
    } else {
        k * LN2HI - ((hfsq - (s * (hfsq + r) + (k * LN2LO + c))) - f)
    }
}
