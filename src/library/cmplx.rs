//! Package math/cmplx: the common complex functions, with Go's special cases (infinities
//! and NaNs) and its scaled square root, so that results print as Go's do.

use super::mathfn::{self, hypot};
use super::{func, Call, Fault, Member};

type C = (f64, f64);

pub const MEMBERS: &[Member] = &[
    func("Abs", "func(x complex128) float64", |c| to_float(c, |z| hypot(z.0, z.1))),
    func("Conj", "func(x complex128) complex128", |c| unary(c, |z| (z.0, -z.1))),
    func("Cos", "func(x complex128) complex128", |c| unary(c, cos)),
    func("Cosh", "func(x complex128) complex128", |c| unary(c, |z| cos((-z.1, z.0)))),
    func("Exp", "func(x complex128) complex128", |c| unary(c, exp)),
    func("Inf", "func() complex128", |c| c.ret_complex((f64::INFINITY, f64::INFINITY))),
    func("IsInf", "func(x complex128) bool", |c| {
        let z = c.complex(0);
        c.ret_bool(z.0.is_infinite() || z.1.is_infinite());
        Ok(())
    }),
    func("IsNaN", "func(x complex128) bool", |c| {
        c.ret_bool(is_nan(c.complex(0)));
        Ok(())
    }),
    func("Log", "func(x complex128) complex128", |c| unary(c, log)),
    func("Log10", "func(x complex128) complex128", |c| {
        unary(c, |z| {
            let l = log(z);
            (std::f64::consts::LOG10_E * l.0, std::f64::consts::LOG10_E * l.1)
        })
    }),
    func("NaN", "func() complex128", |c| c.ret_complex((f64::NAN, f64::NAN))),
    func("Phase", "func(x complex128) float64", |c| to_float(c, phase)),
    func("Polar", "func(x complex128) (r, θ float64)", |c| {
        let z = c.complex(0);
        c.ret_float(hypot(z.0, z.1));
        c.ret_float(phase(z));
        Ok(())
    }),
    func("Pow", "func(x, y complex128) complex128", |c| {
        let (x, y) = (c.complex(0), c.complex(1));
        c.ret_complex(pow(x, y))
    }),
    func("Rect", "func(r, θ float64) complex128", |c| {
        let (r, t) = (c.float(0), c.float(1));
        c.ret_complex((r * super::math::sin_cos(t).1, r * super::math::sin_cos(t).0))
    }),
    func("Sin", "func(x complex128) complex128", |c| unary(c, sin)),
    func("Sinh", "func(x complex128) complex128", |c| {
        // sinh(z) = -i sin(iz)
        unary(c, |z| {
            let s = sin((-z.1, z.0));
            (s.1, -s.0)
        })
    }),
    func("Sqrt", "func(x complex128) complex128", |c| unary(c, sqrt)),
    func("Tan", "func(x complex128) complex128", |c| {
        unary(c, |z| crate::rt::complex::div(sin(z), cos(z)))
    }),
];

fn unary(c: &mut Call, f: impl Fn(C) -> C) -> Result<(), Fault> {
    let r = f(c.complex(0));
    c.ret_complex(r)
}

fn to_float(c: &mut Call, f: fn(C) -> f64) -> Result<(), Fault> {
    let r = f(c.complex(0));
    c.ret_float(r);
    Ok(())
}

/// Go's IsNaN: an infinite part wins over a NaN one.
fn is_nan(z: C) -> bool {
    if z.0.is_infinite() || z.1.is_infinite() {
        return false;
    }
    z.0.is_nan() || z.1.is_nan()
}

fn phase(z: C) -> f64 {
    mathfn::atan2(z.1, z.0)
}

/// The principal square root, computed on operands scaled away from overflow and
/// underflow (by 1/4, or by 2^54 for small ones), as Go's Sqrt does.
fn sqrt(z: C) -> C {
    let (re, im) = z;
    if im == 0.0 {
        return if re == 0.0 {
            (0.0, im)
        } else if re < 0.0 {
            (0.0, (-re).sqrt().copysign(im))
        } else {
            (re.sqrt(), im)
        };
    }
    if im.is_infinite() {
        return (f64::INFINITY, im);
    }
    if re == 0.0 {
        let r = (0.5 * im.abs()).sqrt();
        return if im < 0.0 { (r, -r) } else { (r, r) };
    }
    let (a, b, scale) = if re.abs() > 4.0 || im.abs() > 4.0 {
        (re * 0.25, im * 0.25, 2.0)
    } else {
        const UP: f64 = 18014398509481984.0; // 2^54
        (re * UP, im * UP, 1.0 / 134217728.0) // 2^-27
    };
    let h = hypot(a, b);
    let (t, r) = if a > 0.0 {
        let t = (0.5 * h + 0.5 * a).sqrt();
        (t * scale, scale * ((0.5 * b) / t).abs())
    } else {
        let r = (0.5 * h - 0.5 * a).sqrt();
        (scale * ((0.5 * b) / r).abs(), r * scale)
    };
    if b < 0.0 {
        (t, -r)
    } else {
        (t, r)
    }
}

fn exp(z: C) -> C {
    let (re, im) = z;
    if re.is_infinite() && (im.is_nan() || im.is_infinite()) {
        return if re > 0.0 { (re, f64::NAN) } else { (0.0, 0.0_f64.copysign(im)) };
    }
    if re.is_nan() && im == 0.0 {
        return (f64::NAN, im);
    }
    let r = mathfn::exp(re);
    let (s, c) = super::math::sin_cos(im);
    (r * c, r * s)
}

fn log(z: C) -> C {
    (mathfn::log(hypot(z.0, z.1)), phase(z))
}

fn sin(z: C) -> C {
    let (s, c) = super::math::sin_cos(z.0);
    (s * z.1.cosh(), c * z.1.sinh())
}

fn cos(z: C) -> C {
    let (s, c) = super::math::sin_cos(z.0);
    (c * z.1.cosh(), -s * z.1.sinh())
}

/// x**y, with Go's cases for a zero base.
fn pow(x: C, y: C) -> C {
    if x == (0.0, 0.0) {
        if is_nan(y) {
            return (f64::NAN, f64::NAN);
        }
        return match y.0 {
            r if r == 0.0 => (1.0, 0.0),
            r if r < 0.0 && y.1 == 0.0 => (f64::INFINITY, 0.0),
            r if r < 0.0 => (f64::INFINITY, f64::INFINITY),
            _ => (0.0, 0.0),
        };
    }
    let modulus = hypot(x.0, x.1);
    if modulus == 0.0 {
        return (0.0, 0.0);
    }
    let mut r = mathfn::pow(modulus, y.0);
    let arg = phase(x);
    let mut theta = y.0 * arg;
    if y.1 != 0.0 {
        r *= mathfn::exp(-y.1 * arg);
        theta += y.1 * mathfn::log(modulus);
    }
    let (s, c) = super::math::sin_cos(theta);
    (r * c, r * s)
}
