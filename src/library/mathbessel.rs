//! math.J1, Y1, Jn and Yn by FreeBSD msun's e_j1.c and e_jn.c, the methods Go's portable
//! code uses, with their published coefficients, evaluated in the same order so that
//! results agree with Go's to the bit (J0 and Y0 are in mathspecial.rs). Below 2, J1 and
//! Y1 are rational fits; above, the asymptotic form with the phase x − 3π/4 taken from
//! sin and cos of x (cos 2x against cancellation). Jn recurs forward from J0 and J1 where
//! n <= x, else backward from a continued fraction's ratio, scaled by J0; Yn recurs forward.

use super::math::sin_cos;
use super::mathfn::{log, NAN};
use super::mathspecial::{asymptotic, interval, j0, poly, ratio, y0, y_special, INV_SQRT_PI};
use std::f64::consts::FRAC_2_PI;

/// (J1, Y1) for x >= 2.
fn j1_y1_large(x: f64) -> (f64, f64) {
    asymptotic(x, true, pone, qone)
}

pub fn j1(x: f64) -> f64 {
    const TWO_M27: f64 = 1.0 / (1u64 << 27) as f64;
    const R: [f64; 4] = [
        -6.250_000_000_000_000_000_00e-2,
        1.407_056_669_551_897_060_48e-3,
        -1.599_556_310_840_355_975_20e-5,
        4.967_279_996_095_844_484_12e-8,
    ];
    const S: [f64; 5] = [
        1.915_375_995_383_634_608_05e-2,
        1.859_467_855_886_309_155_60e-4,
        1.177_184_640_426_236_832_63e-6,
        5.046_362_570_762_170_427_15e-9,
        1.235_422_744_261_379_139_08e-11,
    ];
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() || x == 0.0 {
        return 0.0;
    }
    let a = x.abs();
    if a < TWO_M27 {
        // Go returns here before applying the sign: J1(−x) of a tiny x is +x/2 there.
        return 0.5 * a;
    }
    let z = if a >= 2.0 {
        j1_y1_large(a).0
    } else {
        let z = a * a;
        let r = z * poly(z, &R) * a;
        let s = 1.0 + z * poly(z, &S);
        0.5 * a + r / s
    };
    if x < 0.0 {
        -z
    } else {
        z
    }
}

pub fn y1(x: f64) -> f64 {
    const TWO_M54: f64 = 1.0 / (1u64 << 54) as f64;
    const U: [f64; 5] = [
        -1.960_570_906_462_389_406_68e-1,
        5.044_387_166_398_112_826_16e-2,
        -1.912_568_958_757_635_472_98e-3,
        2.352_526_005_616_104_959_28e-5,
        -9.190_991_580_398_788_745_04e-8,
    ];
    const V: [f64; 5] = [
        1.991_673_182_366_499_039_73e-2,
        2.025_525_810_251_351_714_96e-4,
        1.356_088_010_975_162_294_04e-6,
        6.227_414_523_646_215_012_95e-9,
        1.665_592_462_079_920_791_14e-11,
    ];
    if let Some(y) = y_special(x) {
        return y;
    }
    if x >= 2.0 {
        return j1_y1_large(x).1;
    }
    if x <= TWO_M54 {
        return -FRAC_2_PI / x;
    }
    let z = x * x;
    let u = poly(z, &U);
    let v = 1.0 + z * poly(z, &V);
    x * (u / v) + FRAC_2_PI * (j1(x) * log(x) - 1.0 / x)
}

/// sin or cos of x − (2n+1)π/4 times √2, for x past 2^302, from s = sin x and c = cos x:
/// Jn's (`first`) or Yn's, by n mod 4.
fn huge_phase(n: i64, x: f64, first: bool) -> f64 {
    let (s, c) = sin_cos(x);
    let t = match (n & 3, first) {
        (0, true) => c + s,
        (1, true) => -c + s,
        (2, true) => -c - s,
        (_, true) => c - s,
        (0, false) => s - c,
        (1, false) => -s - c,
        (2, false) => -s + c,
        (_, false) => s + c,
    };
    INV_SQRT_PI * t / x.sqrt()
}

const TWO302: f64 = f64::from_bits((1023 + 302) << 52);

pub fn jn(n: i64, x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return 0.0;
    }
    if n == 0 {
        return j0(x);
    }
    if x == 0.0 {
        return 0.0;
    }
    // J(−n, x) = J(n, −x); an odd order is odd in x.
    let (n, x) = if n < 0 { (n.wrapping_neg(), -x) } else { (n, x) };
    if n == 1 {
        return j1(x);
    }
    let b = if n as f64 <= x.abs() { jn_forward(n, x.abs()) } else { jn_backward(n, x.abs()) };
    if x < 0.0 && n & 1 == 1 {
        -b
    } else {
        b
    }
}

/// J(n, x) for n <= x: J(i+1) = 2i/x·J(i) − J(i−1) from J0 and J1 is stable there.
fn jn_forward(n: i64, x: f64) -> f64 {
    if x >= TWO302 {
        return huge_phase(n, x, true);
    }
    let (mut a, mut b) = (j0(x), j1(x));
    for i in 1..n {
        (a, b) = (b, b * ((i + i) as f64 / x) - a);
    }
    b
}

/// J(n, x) for n > x: the first Taylor term for tiny x; else J(n)/J(n−1) by the continued
/// fraction (as many terms as make its denominator pass 1e9), recurred down to J(0) from a
/// supposed J(n) and scaled by the true J0.
fn jn_backward(n: i64, x: f64) -> f64 {
    const TWO_M29: f64 = 1.0 / (1u64 << 29) as f64;
    if x < TWO_M29 {
        if n > 33 {
            return 0.0;
        }
        let half = x * 0.5;
        let (mut fact, mut b) = (1.0, half);
        for i in 2..=n {
            fact *= i as f64;
            b *= half;
        }
        return b / fact;
    }
    let w = (n + n) as f64 / x;
    let h = 2.0 / x;
    let (mut q0, mut z) = (w, w + h);
    let mut q1 = w * z - 1.0;
    let mut k = 1;
    while q1 < 1e9 {
        k += 1;
        z += h;
        (q0, q1) = (q1, z * q1 - q0);
    }
    let mut t = 0.0;
    let mut i = 2 * (n + k);
    while i >= n + n {
        t = 1.0 / (i as f64 / x - t);
        i -= 2;
    }
    let (mut a, mut b) = (t, 1.0);
    // Past log(MaxFloat64) the recurrence may overflow: b is rescaled as it grows.
    let nf = n as f64;
    let may_overflow = nf * log((2.0 / x * nf).abs()) >= 7.097_827_128_933_839_730_96e2;
    for i in (1..n).rev() {
        let di = (i + i) as f64;
        (a, b) = (b, b * di / x - a);
        if may_overflow && b > 1e100 {
            a /= b;
            t /= b;
            b = 1.0;
        }
    }
    t * j0(x) / b
}

pub fn yn(n: i64, x: f64) -> f64 {
    if x < 0.0 || x.is_nan() {
        return NAN;
    }
    if x == f64::INFINITY {
        return 0.0;
    }
    if n == 0 {
        return y0(x);
    }
    if x == 0.0 {
        return if n < 0 && n & 1 == 1 { f64::INFINITY } else { f64::NEG_INFINITY };
    }
    // Y(−n, x) = (−1)^n Y(n, x).
    let negate = n < 0 && n & 1 == 1;
    let n = n.wrapping_abs();
    let b = if n == 1 {
        y1(x)
    } else if x >= TWO302 {
        huge_phase(n, x, false)
    } else {
        let (mut a, mut b) = (y0(x), y1(x));
        let mut i = 1;
        while i < n && b != f64::NEG_INFINITY {
            (a, b) = (b, ((i + i) as f64 / x) * b - a);
            i += 1;
        }
        b
    };
    if negate {
        -b
    } else {
        b
    }
}

/// P1 of the asymptotic form: 1 + R/S in 1/x², by interval of x >= 2.
fn pone(x: f64) -> f64 {
    let (p, q) = &P1[interval(x)];
    1.0 + ratio(1.0 / (x * x), p, q)
}

/// Q1 of the asymptotic form: (3/8 + R/S)/x.
fn qone(x: f64) -> f64 {
    let (p, q) = &Q1[interval(x)];
    (0.375 + ratio(1.0 / (x * x), p, q)) / x
}

/// The rational fits P1 and Q1 of the asymptotic form, by interval of x >= 2 (msun's
/// published coefficients).
const P1: [([f64; 6], [f64; 5]); 4] = [
    (
        [
            0.0,
            1.17187499999988647970e-01,
            1.32394806593073575129e+01,
            4.12051854307378562225e+02,
            3.87474538913960532227e+03,
            7.91447954031891731574e+03,
        ],
        [
            1.14207370375678408436e+02,
            3.65093083420853463394e+03,
            3.69562060269033463555e+04,
            9.76027935934950801311e+04,
            3.08042720627888811578e+04,
        ],
    ),
    (
        [
            1.31990519556243522749e-11,
            1.17187493190614097638e-01,
            6.80275127868432871736e+00,
            1.08308182990189109773e+02,
            5.17636139533199752805e+02,
            5.28715201363337541807e+02,
        ],
        [
            5.92805987221131331921e+01,
            9.91401418733614377743e+02,
            5.35326695291487976647e+03,
            7.84469031749551231769e+03,
            1.50404688810361062679e+03,
        ],
    ),
    (
        [
            3.02503916137373618024e-09,
            1.17186865567253592491e-01,
            3.93297750033315640650e+00,
            3.51194035591636932736e+01,
            9.10550110750781271918e+01,
            4.85590685197364919645e+01,
        ],
        [
            3.47913095001251519989e+01,
            3.36762458747825746741e+02,
            1.04687139975775130551e+03,
            8.90811346398256432622e+02,
            1.03787932439639277504e+02,
        ],
    ),
    (
        [
            1.07710830106873743082e-07,
            1.17176219462683348094e-01,
            2.36851496667608785174e+00,
            1.22426109148261232917e+01,
            1.76939711271687727390e+01,
            5.07352312588818499250e+00,
        ],
        [
            2.14364859363821409488e+01,
            1.25290227168402751090e+02,
            2.32276469057162813669e+02,
            1.17679373287147100768e+02,
            8.36463893371618283368e+00,
        ],
    ),
];
const Q1: [([f64; 6], [f64; 6]); 4] = [
    (
        [
            0.0,
            -1.02539062499992714161e-01,
            -1.62717534544589987888e+01,
            -7.59601722513950107896e+02,
            -1.18498066702429587167e+04,
            -4.84385124285750353010e+04,
        ],
        [
            1.61395369700722909556e+02,
            7.82538599923348465381e+03,
            1.33875336287249578163e+05,
            7.19657723683240939863e+05,
            6.66601232617776375264e+05,
            -2.94490264303834643215e+05,
        ],
    ),
    (
        [
            -2.08979931141764104297e-11,
            -1.02539050241375426231e-01,
            -8.05644828123936029840e+00,
            -1.83669607474888380239e+02,
            -1.37319376065508163265e+03,
            -2.61244440453215656817e+03,
        ],
        [
            8.12765501384335777857e+01,
            1.99179873460485964642e+03,
            1.74684851924908907677e+04,
            4.98514270910352279316e+04,
            2.79480751638918118260e+04,
            -4.71918354795128470869e+03,
        ],
    ),
    (
        [
            -5.07831226461766561369e-09,
            -1.02537829820837089745e-01,
            -4.61011581139473403113e+00,
            -5.78472216562783643212e+01,
            -2.28244540737631695038e+02,
            -2.19210128478909325622e+02,
        ],
        [
            4.76651550323729509273e+01,
            6.73865112676699709482e+02,
            3.38015286679526343505e+03,
            5.54772909720722782367e+03,
            1.90311919338810798763e+03,
            -1.35201191444307340817e+02,
        ],
    ),
    (
        [
            -1.78381727510958865572e-07,
            -1.02517042607985553460e-01,
            -2.75220568278187460720e+00,
            -1.96636162643703720221e+01,
            -4.23253133372830490089e+01,
            -2.13719211703704061733e+01,
        ],
        [
            2.95333629060523854548e+01,
            2.52981549982190529136e+02,
            7.57502834868645436472e+02,
            7.39393205320467245656e+02,
            1.55949003336666123687e+02,
            -4.95949898822628210127e+00,
        ],
    ),
];
