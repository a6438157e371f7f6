//! Complex arithmetic that Go's runtime does in code rather than instructions.

/// Go's complex128 division (runtime.complex128div: Smith's algorithm with Go's handling
/// of infinities and NaNs), used by the interpreter and math/cmplx.
pub fn div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let (e, f);
    if m.0.abs() >= m.1.abs() {
        let ratio = m.1 / m.0;
        let denom = m.0 + ratio * m.1;
        e = (n.0 + n.1 * ratio) / denom;
        f = (n.1 - n.0 * ratio) / denom;
    } else {
        let ratio = m.0 / m.1;
        let denom = m.1 + ratio * m.0;
        e = (n.0 * ratio + n.1) / denom;
        f = (n.1 * ratio - n.0) / denom;
    }
    if e.is_nan() && f.is_nan() {
        // Correct final result to infinities and zeros if applicable (C99 G.5.1).
        let (a, b, c, d) = (n.0, n.1, m.0, m.1);
        let inf = |x: f64| x.is_infinite();
        let fin = |x: f64| x.is_finite();
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            return (f64::INFINITY.copysign(c) * a, f64::INFINITY.copysign(c) * b);
        }
        if (inf(a) || inf(b)) && fin(c) && fin(d) {
            let a = (if inf(a) { 1.0 } else { 0.0 } as f64).copysign(a);
            let b = (if inf(b) { 1.0 } else { 0.0 } as f64).copysign(b);
            return (f64::INFINITY * (a * c + b * d), f64::INFINITY * (b * c - a * d));
        }
        if (inf(c) || inf(d)) && fin(a) && fin(b) {
            let c = (if inf(c) { 1.0 } else { 0.0 } as f64).copysign(c);
            let d = (if inf(d) { 1.0 } else { 0.0 } as f64).copysign(d);
            return (0.0 * (a * c + b * d), 0.0 * (b * c - a * d));
        }
    }
    (e, f)
}
