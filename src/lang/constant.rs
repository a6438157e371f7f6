//! Compile-time constant values, after go/constant.
//!
//! Go's untyped constants have arbitrary precision. We use i128 for integers (ample for
//! anything that must fit an int64 in the end, and for intermediate values such as
//! `1 << 100 >> 98`), exact i128 fractions for float constants while they fit (so that
//! `0.1 + 0.2` is exactly 0.3, as in Go), and f64 beyond that; an integer operation that
//! overflows i128 yields `Unknown`, which the checker reports as "constant overflow".

use super::token::Operator;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Unknown,
    Bool(bool),
    /// A string constant: Go strings are bytes, which need not be UTF-8 ("\xff").
    String(Vec<u8>),
    Int(i128),
    /// An exact fraction num/den (den > 0, lowest terms): a float constant.
    Rat(i128, i128),
    Float(f64),
    /// A complex constant: its real and imaginary parts, each an Int, Rat or Float (exact
    /// while they fit, as real constants are: `uint(math.MaxUint + 0i)` is valid).
    Complex(Box<(Value, Value)>),
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

/// A normalised fraction, or None on overflow / zero denominator.
pub fn rat(num: i128, den: i128) -> Option<Value> {
    if den == 0 {
        return None;
    }
    let g = gcd(num, den).max(1);
    let (mut n, mut d) = (num / g, den / g);
    if d < 0 {
        n = n.checked_neg()?;
        d = d.checked_neg()?;
    }
    Some(Value::Rat(n, d))
}

/// num/den as the nearest f64 (ties to even), as Go rounds an exact constant.
fn rat_to_f64(n: i128, d: i128) -> f64 {
    const EXACT: i128 = 1 << 53;
    if n.abs() <= EXACT && d <= EXACT {
        // Both exact in f64, and IEEE division rounds correctly.
        return n as f64 / d as f64;
    }
    let mag = round_quotient(n.unsigned_abs(), d.unsigned_abs());
    if n < 0 {
        -mag
    } else {
        mag
    }
}

/// a/b (b > 0) correctly rounded: 55 significant bits of the quotient by long division (the
/// remainder stays below b < 2^127, so doubling it never overflows), then rounded to 53
/// with the rest of the remainder as the sticky bit.
fn round_quotient(a: u128, b: u128) -> f64 {
    const TOP: u128 = 1 << 54;
    let (q, mut r) = (a / b, a % b);
    if q == 0 && r == 0 {
        return 0.0;
    }
    let (mut m, mut exp, mut sticky) = (q, 0i32, false);
    let bits = 128 - q.leading_zeros() as i32;
    if bits > 55 {
        let shift = bits - 55;
        sticky = m & ((1u128 << shift) - 1) != 0;
        m >>= shift;
        exp = shift;
    }
    while m < TOP {
        r <<= 1;
        m <<= 1;
        if r >= b {
            r -= b;
            m |= 1;
        }
        exp -= 1;
    }
    sticky |= r != 0;
    let extra = m & 3;
    m >>= 2;
    exp += 2;
    if extra > 2 || (extra == 2 && (sticky || m & 1 == 1)) {
        m += 1;
    }
    // m < 2^54 is exact in f64; 2^exp is a normal power of two (|exp| < 200).
    m as f64 * f64::from_bits(((exp + 1023) as u64) << 52)
}

impl Value {
    /// The complex constant re + im·i.
    pub fn complex(re: Value, im: Value) -> Value {
        if re == Value::Unknown || im == Value::Unknown {
            return Value::Unknown;
        }
        Value::Complex(Box::new((re, im)))
    }

    /// The real and imaginary parts of a numeric constant (a real one has imaginary part 0).
    pub fn complex_parts(&self) -> Option<(Value, Value)> {
        match self {
            Value::Complex(p) => Some((p.0.clone(), p.1.clone())),
            Value::Int(_) | Value::Rat(..) | Value::Float(_) => Some((self.clone(), Value::Int(0))),
            _ => None,
        }
    }

    fn is_zero(&self) -> bool {
        matches!(self, Value::Int(0) | Value::Rat(0, _)) || *self == Value::Float(0.0)
    }

    /// Whether this is a float constant (exact or not).
    pub fn is_float(&self) -> bool {
        matches!(self, Value::Rat(..) | Value::Float(_))
    }

    /// The value as an exact integer, if it is one (floats with no fraction count).
    pub fn to_int(&self) -> Option<i128> {
        match *self {
            Value::Int(i) => Some(i),
            Value::Rat(n, 1) => Some(n),
            Value::Float(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1.7e38 => {
                Some(f as i128)
            }
            Value::Complex(ref p) if p.1.is_zero() => p.0.to_int(),
            _ => None,
        }
    }

    pub fn to_float(&self) -> Option<f64> {
        match *self {
            Value::Int(i) => Some(i as f64),
            Value::Rat(n, d) => Some(rat_to_f64(n, d)),
            Value::Float(f) => Some(f),
            Value::Complex(ref p) if p.1.is_zero() => p.0.to_float(),
            _ => None,
        }
    }

    /// The value as a complex number (real and imaginary parts), if numeric.
    pub fn to_complex(&self) -> Option<(f64, f64)> {
        match self {
            Value::Complex(p) => Some((p.0.to_float()?, p.1.to_float()?)),
            _ => Some((self.to_float()?, 0.0)),
        }
    }

    /// The value as a fraction, if exact.
    fn to_rat(&self) -> Option<(i128, i128)> {
        match *self {
            Value::Int(i) => Some((i, 1)),
            Value::Rat(n, d) => Some((n, d)),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match *self {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value as go/constant prints it in messages.
    pub fn to_string_go(&self) -> String {
        match self {
            Value::Unknown => "unknown".into(),
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Rat(..) | Value::Float(_) => {
                let f = &self.to_float().unwrap_or(0.0);
                let s = fmt_g(*f, 6);
                if f.fract() != 0.0 && !s.contains('.') && !s.contains('e') {
                    format!("{:.6e}", f)
                } else {
                    s
                }
            }
            Value::Complex(p) => {
                // go/constant prints the parts as floats ("(1.84467e+19 + 0i)").
                let part = |v: &Value| match v {
                    Value::Int(i) => Value::Rat(*i, 1).to_string_go(),
                    v => v.to_string_go(),
                };
                format!("({} + {}i)", part(&p.0), part(&p.1))
            }
            Value::String(s) => {
                let q = quote_bytes(s);
                if q.chars().count() > 72 {
                    let cut: String = q.chars().take(69).collect();
                    format!("{}...", cut)
                } else {
                    q
                }
            }
        }
    }
}

/// Quotes a string of bytes as Go's strconv.Quote does: valid UTF-8 as `quote`, each byte
/// of an invalid sequence as `\xNN`.
pub fn quote_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 2);
    out.push('"');
    for chunk in b.utf8_chunks() {
        let q = quote(chunk.valid());
        out.push_str(&q[1..q.len() - 1]);
        for x in chunk.invalid() {
            out.push_str(&format!("\\x{x:02x}"));
        }
    }
    out.push('"');
    out
}

/// Quotes a string as Go's strconv.Quote does (printable Unicode kept, escapes otherwise).
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Formats like Go's `%.{prec}g`.
pub fn fmt_g(x: f64, prec: usize) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    // Round to `prec` significant digits via exponential formatting, then decide.
    let e = format!("{:.*e}", prec.saturating_sub(1), x);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= prec as i32 {
        let mant = trim_zeros(mant);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{}{:02}", mant, sign, exp.abs())
    } else {
        let decimals = (prec as i32 - 1 - exp).max(0) as usize;
        trim_zeros(&format!("{:.*}", decimals, x))
    }
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') {
        let t = s.trim_end_matches('0');
        t.trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// Parses a Go imaginary literal (`5i`, `1.5e3i`, `0x1p-2i`).
pub fn parse_imag(lit: &str) -> Value {
    let body = lit.strip_suffix('i').unwrap_or(lit);
    // A decimal imaginary literal with leading zeros ("0123i") is decimal, not octal.
    let decimal = !body.starts_with("0x")
        && !body.starts_with("0X")
        && !body.starts_with("0b")
        && !body.starts_with("0B")
        && !body.starts_with("0o")
        && !body.starts_with("0O");
    let v = if decimal && body.len() > 1 && body.starts_with('0') && !body.contains(['.', 'e', 'E'])
    {
        parse_number(body.trim_start_matches(['0', '_']).max("0"))
    } else {
        parse_number(body)
    };
    match v.to_float() {
        Some(f) if f.is_finite() => Value::complex(Value::Int(0), v),
        _ => Value::Unknown,
    }
}

/// Parses a Go integer or float literal (with prefixes and '_' separators).
pub fn parse_number(lit: &str) -> Value {
    let s: String = lit.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let is_hex = lower.starts_with("0x");
    let is_float = if is_hex {
        lower.contains('.') || lower.contains('p')
    } else {
        lower.contains('.') || lower.contains('e')
    };
    if !is_float {
        let (digits, radix) = if is_hex {
            (&s[2..], 16)
        } else if lower.starts_with("0b") {
            (&s[2..], 2)
        } else if lower.starts_with("0o") {
            (&s[2..], 8)
        } else if s.len() > 1 && s.starts_with('0') {
            (&s[1..], 8)
        } else {
            (&s[..], 10)
        };
        return match i128::from_str_radix(digits, radix) {
            Ok(v) => Value::Int(v),
            Err(_) => Value::Unknown,
        };
    }
    if is_hex {
        // Hexadecimal floats: mantissa in hex, binary exponent.
        let body = &lower[2..];
        let (mant, exp) = body.split_once('p').unwrap_or((body, "0"));
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let mut v = 0f64;
        for c in ip.chars() {
            v = v * 16.0 + c.to_digit(16).unwrap_or(0) as f64;
        }
        let mut scale = 1.0 / 16.0;
        for c in fp.chars() {
            v += c.to_digit(16).unwrap_or(0) as f64 * scale;
            scale /= 16.0;
        }
        let e: i32 = exp.parse().unwrap_or(0);
        return Value::Float(v * 2f64.powi(e));
    }
    if let Some(v) = parse_decimal_rat(&lower) {
        return v;
    }
    match s.parse::<f64>() {
        Ok(f) => Value::Float(f),
        Err(_) => Value::Unknown,
    }
}

/// A decimal float literal ("1.5e-7") as an exact fraction, if it fits.
fn parse_decimal_rat(s: &str) -> Option<Value> {
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (s, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{}{}", ip, fp);
    let digits = digits.trim_start_matches('0');
    let mut num: i128 = if digits.is_empty() { 0 } else { digits.parse().ok()? };
    let mut den: i128 = 1;
    let scale = exp - fp.len() as i32;
    if scale >= 0 {
        for _ in 0..scale {
            num = num.checked_mul(10)?;
        }
    } else {
        for _ in 0..(-scale) {
            den = den.checked_mul(10)?;
        }
    }
    rat(num, den)
}

/// Decodes the body of a Go string or rune literal (without quotes) into its bytes.
/// Malformed escapes (already reported by the scanner) are skipped.
pub fn unquote_bytes(body: &str) -> Vec<u8> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= b.len() {
            break;
        }
        let c = b[i];
        i += 1;
        let simple = match c {
            b'a' => Some(7),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(10),
            b'r' => Some(13),
            b't' => Some(9),
            b'v' => Some(11),
            b'\\' => Some(b'\\'),
            b'\'' => Some(b'\''),
            b'"' => Some(b'"'),
            _ => None,
        };
        if let Some(v) = simple {
            out.push(v);
            continue;
        }
        let (n, radix, is_byte) = match c {
            b'0'..=b'7' => {
                i -= 1;
                (3, 8, true)
            }
            b'x' => (2, 16, true),
            b'u' => (4, 16, false),
            b'U' => (8, 16, false),
            _ => continue,
        };
        let end = (i + n).min(b.len());
        let digits = std::str::from_utf8(&b[i..end]).unwrap_or("0");
        let v = u32::from_str_radix(digits, radix).unwrap_or(0);
        i = end;
        if is_byte {
            out.push(v as u8);
        } else {
            let ch = char::from_u32(v).unwrap_or('\u{fffd}');
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
    }
    out
}

/// The value of a string literal (interpreted or raw).
pub fn string_lit(lit: &str) -> Vec<u8> {
    if let Some(raw) = lit.strip_prefix('`') {
        let raw = raw.strip_suffix('`').unwrap_or(raw);
        // Carriage returns are discarded from raw strings.
        return raw.replace('\r', "").into_bytes();
    }
    let body = lit.strip_prefix('"').unwrap_or(lit);
    let body = body.strip_suffix('"').unwrap_or(body);
    // Go strings hold arbitrary bytes: \x and octal escapes need not make UTF-8.
    unquote_bytes(body)
}

/// The value of a rune literal.
pub fn rune_lit(lit: &str) -> Value {
    let body = lit.strip_prefix('\'').unwrap_or(lit);
    let body = body.strip_suffix('\'').unwrap_or(body);
    if let Some(rest) = body.strip_prefix('\\') {
        let bytes = unquote_bytes(body);
        // \x and octal escapes denote a byte value; \u, \U and simple escapes a code point.
        if rest.starts_with('x') || rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Value::Int(bytes.first().copied().unwrap_or(0) as i128);
        }
        let s = String::from_utf8_lossy(&bytes).into_owned();
        return Value::Int(s.chars().next().map(|c| c as i128).unwrap_or(0));
    }
    Value::Int(body.chars().next().map(|c| c as i128).unwrap_or(0))
}

/// Compares two constants of the same kind (after matching).
pub fn compare(x: &Value, op: Operator, y: &Value) -> Option<bool> {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (x, y) {
        (Value::Bool(a), Value::Bool(b)) => match op {
            Operator::Eql => return Some(a == b),
            Operator::Neq => return Some(a != b),
            _ => return None,
        },
        (Value::String(a), Value::String(b)) => Some(a.cmp(b)),
        (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
        (Value::Complex(..), _) | (_, Value::Complex(..)) => {
            let ((ar, ai), (br, bi)) = (x.complex_parts()?, y.complex_parts()?);
            let eq = compare(&ar, Operator::Eql, &br)? && compare(&ai, Operator::Eql, &bi)?;
            return match op {
                Operator::Eql => Some(eq),
                Operator::Neq => Some(!eq),
                _ => None,
            };
        }
        _ => match (x.to_rat(), y.to_rat()) {
            (Some((an, ad)), Some((bn, bd)))
                if an.checked_mul(bd).is_some() && bn.checked_mul(ad).is_some() =>
            {
                Some((an * bd).cmp(&(bn * ad)))
            }
            _ => {
                let (a, b) = (x.to_float()?, y.to_float()?);
                a.partial_cmp(&b)
            }
        },
    };
    let o = ord?;
    Some(match op {
        Operator::Eql => o == Ordering::Equal,
        Operator::Neq => o != Ordering::Equal,
        Operator::Lss => o == Ordering::Less,
        Operator::Leq => o != Ordering::Greater,
        Operator::Gtr => o == Ordering::Greater,
        Operator::Geq => o != Ordering::Less,
        _ => return None,
    })
}

/// Applies a binary arithmetic operator. `int_div` selects truncated integer division for
/// `/` (when both operands are integers in the Go type sense).
pub fn binary_op(x: &Value, op: Operator, y: &Value, int_div: bool) -> Value {
    use Operator::*;
    match (x, y) {
        (Value::Bool(a), Value::Bool(b)) => match op {
            AndAnd => Value::Bool(*a && *b),
            OrOr => Value::Bool(*a || *b),
            _ => Value::Unknown,
        },
        (Value::String(a), Value::String(b)) if op == Add => Value::String([&a[..], b].concat()),
        (Value::Int(a), Value::Int(b)) if int_div || op != Div => {
            let (a, b) = (*a, *b);
            let r = match op {
                Add => a.checked_add(b),
                Sub => a.checked_sub(b),
                Mul => a.checked_mul(b),
                Div => a.checked_div(b),
                Rem => a.checked_rem(b),
                And => Some(a & b),
                Or => Some(a | b),
                Xor => Some(a ^ b),
                AndNot => Some(a & !b),
                _ => None,
            };
            r.map(Value::Int).unwrap_or(Value::Unknown)
        }
        (Value::Complex(..), _) | (_, Value::Complex(..)) => complex_op(x, op, y),
        _ => {
            // Exact fractions while they fit.
            if let (Some((an, ad)), Some((bn, bd))) = (x.to_rat(), y.to_rat()) {
                let cross =
                    || Some((an.checked_mul(bd)?, bn.checked_mul(ad)?, ad.checked_mul(bd)?));
                let r = match op {
                    Add => cross().and_then(|(p, q, d)| Some((p.checked_add(q)?, d))),
                    Sub => cross().and_then(|(p, q, d)| Some((p.checked_sub(q)?, d))),
                    Mul => an.checked_mul(bn).zip(ad.checked_mul(bd)),
                    Div if bn != 0 => an.checked_mul(bd).zip(ad.checked_mul(bn)),
                    _ => None,
                };
                if let Some(v) = r.and_then(|(n, d)| rat(n, d)) {
                    return v;
                }
            }
            let (Some(a), Some(b)) = (x.to_float(), y.to_float()) else {
                return Value::Unknown;
            };
            let r = match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                Div => a / b,
                _ => return Value::Unknown,
            };
            if r.is_finite() {
                Value::Float(r)
            } else {
                Value::Unknown
            }
        }
    }
}

/// Complex constant arithmetic on the parts, exact where the real arithmetic is.
fn complex_op(x: &Value, op: Operator, y: &Value) -> Value {
    use Operator::{Add, Div, Mul, Sub};
    let (Some((ar, ai)), Some((br, bi))) = (x.complex_parts(), y.complex_parts()) else {
        return Value::Unknown;
    };
    let f = |a: &Value, op, b: &Value| binary_op(a, op, b, false);
    match op {
        Add | Sub => Value::complex(f(&ar, op, &br), f(&ai, op, &bi)),
        Mul => Value::complex(
            f(&f(&ar, Mul, &br), Sub, &f(&ai, Mul, &bi)),
            f(&f(&ar, Mul, &bi), Add, &f(&ai, Mul, &br)),
        ),
        Div if !(br.is_zero() && bi.is_zero()) => {
            let d = f(&f(&br, Mul, &br), Add, &f(&bi, Mul, &bi));
            let re = f(&f(&ar, Mul, &br), Add, &f(&ai, Mul, &bi));
            let im = f(&f(&ai, Mul, &br), Sub, &f(&ar, Mul, &bi));
            Value::complex(f(&re, Div, &d), f(&im, Div, &d))
        }
        _ => Value::Unknown,
    }
}

pub fn shift(x: &Value, op: Operator, s: u32) -> Value {
    let Some(a) = x.to_int() else {
        return Value::Unknown;
    };
    match op {
        Operator::Shl => {
            if s >= 127 {
                return if a == 0 { Value::Int(0) } else { Value::Unknown };
            }
            let r = a.checked_shl(s).filter(|r| (r >> s) == a);
            r.map(Value::Int).unwrap_or(Value::Unknown)
        }
        _ => Value::Int(if s >= 127 {
            if a < 0 {
                -1
            } else {
                0
            }
        } else {
            a >> s
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_fractions_round_to_nearest() {
        // math.Pi's fraction, alone and over 6 (Go: 0.5235987755982989, one ulp above the
        // f64 π divided by 6).
        let (n, d) = (2646693125139304345, 842468587426513207);
        assert_eq!(rat_to_f64(n, d), std::f64::consts::PI);
        assert_eq!(rat_to_f64(n, 6 * d), 0.523_598_775_598_298_9);
        assert_eq!(rat_to_f64(-n, 6 * d), -0.523_598_775_598_298_9);
        // 2^60+1 over 1 needs the sticky bit to round (it is 2^60 in f64).
        assert_eq!(rat_to_f64((1 << 60) + 1, 1), (1u64 << 60) as f64);
        // A tie, (2^54+2)/2^... : 2^53+1 is exactly halfway and rounds to even.
        assert_eq!(rat_to_f64((1 << 54) + 2, 2), (1u64 << 53) as f64);
        assert_eq!(rat_to_f64((1 << 54) + 6, 2), ((1u64 << 53) + 4) as f64);
        assert_eq!(rat_to_f64(1, 3 << 100), 1.0 / 3.0 / 2f64.powi(100));
        assert_eq!(rat_to_f64(i128::MAX, 1), 2f64.powi(127));
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number("0x1F"), Value::Int(31));
        assert_eq!(parse_number("017"), Value::Int(15));
        assert_eq!(parse_number("1_000"), Value::Int(1000));
        assert_eq!(parse_number("1e9"), Value::Rat(1_000_000_000, 1));
        assert_eq!(parse_number("0.1"), Value::Rat(1, 10));
        assert_eq!(parse_number("0x1p4"), Value::Float(16.0));
        let sum = binary_op(&parse_number("0.1"), Operator::Add, &parse_number("0.2"), false);
        assert_eq!(sum.to_float(), Some(0.3));
    }

    #[test]
    fn literals() {
        assert_eq!(string_lit(r#""a\tb\x41\u00e9""#), "a\tbAé".as_bytes());
        assert_eq!(string_lit("`a\\n`"), b"a\\n");
        assert_eq!(string_lit(r#""\xff\303""#), b"\xff\xc3", "escapes make bytes, not text");
        assert_eq!(rune_lit("'a'"), Value::Int(97));
        assert_eq!(rune_lit(r"'\n'"), Value::Int(10));
        assert_eq!(rune_lit("'é'"), Value::Int(233));
    }

    #[test]
    fn formatting() {
        assert_eq!(fmt_g(1.5, 6), "1.5");
        assert_eq!(fmt_g(1e6, 6), "1e+06");
        assert_eq!(fmt_g(100000.0, 6), "100000");
        assert_eq!(fmt_g(0.0001, 6), "0.0001");
        assert_eq!(fmt_g(1.23456789, 6), "1.23457");
        assert_eq!(Value::String(b"a\"b".to_vec()).to_string_go(), "\"a\\\"b\"");
    }
}
