//! Package strconv. Parse errors are Go's *strconv.NumError texts
//! (`strconv.Atoi: parsing "x": invalid syntax`), carried by library error values.

use super::{constant, func, Call, ConstVal, Fault, Member};
use crate::rt::fmt::{float_e, float_g, quote};

pub const MEMBERS: &[Member] = &[
    func("Atoi", "func(s string) (int, error)", atoi),
    func("FormatBool", "func(b bool) string", format_bool),
    func("FormatFloat", "func(f float64, fmt byte, prec, bitSize int) string", format_float),
    func("FormatInt", "func(i int64, base int) string", format_int),
    func("FormatUint", "func(i uint64, base int) string", format_uint),
    func("Itoa", "func(i int) string", itoa),
    func("ParseBool", "func(str string) (bool, error)", parse_bool),
    func("ParseFloat", "func(s string, bitSize int) (float64, error)", parse_float),
    func("ParseInt", "func(s string, base int, bitSize int) (i int64, err error)", parse_int),
    func("ParseUint", "func(s string, base int, bitSize int) (uint64, error)", parse_uint),
    func("Quote", "func(s string) string", quote_),
    func("QuoteRune", "func(r rune) string", quote_rune),
    func("Unquote", "func(s string) (string, error)", unquote),
    constant("IntSize", "untyped int", ConstVal::Int(64)),
];

/// `strconv.FN: parsing "s": why`.
fn num_error(f: &str, s: &str, why: &str) -> Option<String> {
    Some(format!("strconv.{}: parsing {}: {}", f, quote(s), why))
}

/// Go's ParseUint core: digits in `base` (0 = from the prefix, with underscores allowed),
/// at most `bits` bits. Err is "invalid syntax" or "value out of range" (with the max).
pub(super) fn parse_digits(s: &str, base: u32, bits: u32) -> Result<u64, (&'static str, u64)> {
    let max = if bits >= 64 { u64::MAX } else { (1u64 << bits) - 1 };
    let (mut base, mut digits, mut underscores) = (base, s, false);
    if base == 0 {
        base = 10;
        let lower = s.to_ascii_lowercase();
        if lower.starts_with("0x") {
            (base, digits) = (16, &s[2..]);
        } else if lower.starts_with("0b") {
            (base, digits) = (2, &s[2..]);
        } else if lower.starts_with("0o") {
            (base, digits) = (8, &s[2..]);
        } else if s.len() > 1 && s.starts_with('0') {
            (base, digits) = (8, &s[1..]);
        }
        underscores = true;
    }
    if !(2..=36).contains(&base) || digits.is_empty() {
        return Err(("invalid syntax", 0));
    }
    let mut n: u64 = 0;
    let mut overflow = false;
    for ch in digits.chars() {
        if ch == '_' && underscores {
            continue;
        }
        let d = ch.to_digit(base).ok_or(("invalid syntax", 0))? as u64;
        match n.checked_mul(base as u64).and_then(|x| x.checked_add(d)) {
            Some(x) if x <= max => n = x,
            _ => overflow = true,
        }
    }
    if overflow {
        return Err(("value out of range", max));
    }
    Ok(n)
}

/// ParseInt: the signed value, or (why, the value Go returns with the error).
pub(super) fn parse_signed(s: &str, base: u32, bits: u32) -> Result<i64, (&'static str, i64)> {
    let bits = if bits == 0 { 64 } else { bits.min(64) };
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let cutoff = 1u64 << (bits - 1);
    let range_err = |neg: bool| {
        ("value out of range", if neg { -(cutoff as i128) as i64 } else { (cutoff - 1) as i64 })
    };
    match parse_digits(digits, base, 64) {
        Err(("value out of range", _)) => Err(range_err(neg)),
        Err((why, _)) => Err((why, 0)),
        Ok(u) if !neg && u >= cutoff => Err(range_err(false)),
        Ok(u) if neg && u > cutoff => Err(range_err(true)),
        Ok(u) => Ok(if neg { (u as i64).wrapping_neg() } else { u as i64 }),
    }
}

fn atoi(c: &mut Call) -> Result<(), Fault> {
    let s = c.str(0);
    let (v, why) = signed(&s, 10, 0);
    c.ret_int(v);
    c.ret_err(why.and_then(|w| num_error("Atoi", &s, &w)))
}
fn parse_int(c: &mut Call) -> Result<(), Fault> {
    let s = c.str(0);
    let (v, why) = signed(&s, c.int(1), c.int(2));
    c.ret_int(v);
    c.ret_err(why.and_then(|w| num_error("ParseInt", &s, &w)))
}
fn parse_uint(c: &mut Call) -> Result<(), Fault> {
    let s = c.str(0);
    let (v, why) = unsigned(&s, c.int(1), c.int(2));
    c.ret_int(v as i64);
    c.ret_err(why.and_then(|w| num_error("ParseUint", &s, &w)))
}
fn parse_bool(c: &mut Call) -> Result<(), Fault> {
    let s = c.str(0);
    let (v, err) = match &*s {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => (true, None),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => (false, None),
        _ => (false, num_error("ParseBool", &s, "invalid syntax")),
    };
    c.ret_bool(v);
    c.ret_err(err)
}
fn parse_float(c: &mut Call) -> Result<(), Fault> {
    let s = c.str(0);
    let (v, why) = float(&s, c.int(1));
    c.ret_float(v);
    c.ret_err(why.and_then(|w| num_error("ParseFloat", &s, w)))
}

/// ParseInt's value and why it failed (the error's text after "parsing ...: ").
fn signed(s: &str, base: i64, bits: i64) -> (i64, Option<String>) {
    if base != 0 && !(2..=36).contains(&base) {
        return (0, Some(format!("invalid base {base}")));
    }
    if !(0..=64).contains(&bits) {
        return (0, Some(format!("invalid bit size {bits}")));
    }
    match parse_signed(s, base as u32, bits as u32) {
        Ok(v) => (v, None),
        Err((why, v)) => (v, Some(why.to_string())),
    }
}

/// ParseUint's value and why it failed.
fn unsigned(s: &str, base: i64, bits: i64) -> (u64, Option<String>) {
    if base != 0 && !(2..=36).contains(&base) {
        return (0, Some(format!("invalid base {base}")));
    }
    if !(0..=64).contains(&bits) {
        return (0, Some(format!("invalid bit size {bits}")));
    }
    let bits = if bits == 0 { 64 } else { bits };
    match parse_digits(s, base as u32, bits as u32) {
        Ok(v) => (v, None),
        Err((why, v)) => (v, Some(why.to_string())),
    }
}

/// ParseFloat's value and why it failed.
fn float(s: &str, bits: i64) -> (f64, Option<&'static str>) {
    match parse_float_text(s, bits == 32) {
        Ok(f) => (f, None),
        Err(why) => {
            let inf = if s.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY };
            (if why == "invalid syntax" { 0.0 } else { inf }, Some(why))
        }
    }
}

/// The parsers behind the prelude's strconv (lang/prelude/strconv.go), which makes their
/// failures *strconv.NumError values: the value and why it failed ("" if it did not).
pub const INTERNAL_MEMBERS: &[Member] = &[
    func("strconvParseInt", "func(s string, base, bitSize int) (int64, string)", internal_int),
    func("strconvParseUint", "func(s string, base, bitSize int) (uint64, string)", internal_uint),
    func("strconvParseFloat", "func(s string, bitSize int) (float64, string)", internal_float),
    func("strconvQuoteASCII", "func(s string) string", quote_ascii),
    func("strconvIsPrint", "func(r rune) bool", is_print),
    func("strconvUnquote", "func(s string) (string, bool)", internal_unquote),
];

fn internal_unquote(c: &mut Call) -> Result<(), Fault> {
    let b = unquote_bytes(&c.str(0));
    let v = c.new_bytes(b.as_deref().unwrap_or_default())?;
    c.ret(v);
    c.ret_bool(b.is_some());
    Ok(())
}

fn internal_int(c: &mut Call) -> Result<(), Fault> {
    let (v, why) = signed(&c.str(0), c.int(1), c.int(2));
    c.ret_int(v);
    c.ret_str(&why.unwrap_or_default())
}
fn internal_uint(c: &mut Call) -> Result<(), Fault> {
    let (v, why) = unsigned(&c.str(0), c.int(1), c.int(2));
    c.ret_int(v as i64);
    c.ret_str(&why.unwrap_or_default())
}
fn internal_float(c: &mut Call) -> Result<(), Fault> {
    let (v, why) = float(&c.str(0), c.int(1));
    c.ret_float(v);
    c.ret_str(why.unwrap_or_default())
}
fn quote_ascii(c: &mut Call) -> Result<(), Fault> {
    let s = crate::rt::fmt::quote_bytes(&c.bytes(0), true);
    c.ret_str(&s)
}
fn is_print(c: &mut Call) -> Result<(), Fault> {
    let r = u32::try_from(c.int(0)).ok().and_then(char::from_u32);
    c.ret_bool(r.is_some_and(crate::rt::fmt::is_print));
    Ok(())
}

/// ParseFloat's core: the value of `s` (as a float32 held in an f64 when `bits32`), or why
/// not ("invalid syntax", "value out of range").
pub(super) fn parse_float_text(s: &str, bits32: bool) -> Result<f64, &'static str> {
    let text = s.replace('_', "");
    let lower = text.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    // Rust accepts "infinity" and "nan" spelled as Go does; reject forms Go rejects.
    let ok_form = !body.is_empty()
        && (body.chars().all(|ch| ch.is_ascii_digit() || ".e+-".contains(ch))
            || ["inf", "infinity", "nan"].contains(&body));
    // bitSize 32: the nearest float32 (held as the float64 of the same number), decimal
    // text rounded once, as Go's parser does.
    let parsed = match (ok_form, bits32) {
        (false, _) => None,
        (true, false) => lower.parse::<f64>().ok(),
        (true, true) => lower.parse::<f32>().ok().map(f64::from),
    };
    match parsed {
        Some(f) if f.is_infinite() && !body.starts_with("inf") => Err("value out of range"),
        Some(f) => Ok(f),
        None => Err("invalid syntax"),
    }
}
fn format_bool(c: &mut Call) -> Result<(), Fault> {
    let s = if c.bool(0) { "true" } else { "false" };
    c.ret_str(s)
}
/// `n` in `base` (2 to 36, lower-case digits).
pub fn radix(mut n: u64, base: u64) -> String {
    if n == 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while n > 0 {
        out.push(std::char::from_digit((n % base) as u32, base as u32).unwrap_or('?'));
        n /= base;
    }
    out.iter().rev().collect()
}
fn check_base(base: i64) -> Result<u64, Fault> {
    if !(2..=36).contains(&base) {
        return Err(Fault::Panic("strconv: illegal AppendInt/FormatInt base".into()));
    }
    Ok(base as u64)
}
fn format_int(c: &mut Call) -> Result<(), Fault> {
    let (i, base) = (c.int(0), check_base(c.int(1))?);
    let digits = radix(i.unsigned_abs(), base);
    let s = if i < 0 { format!("-{digits}") } else { digits };
    c.ret_str(&s)
}
fn format_uint(c: &mut Call) -> Result<(), Fault> {
    let s = radix(c.arg(0).w, check_base(c.int(1))?);
    c.ret_str(&s)
}
fn itoa(c: &mut Call) -> Result<(), Fault> {
    let s = c.int(0).to_string();
    c.ret_str(&s)
}
fn format_float(c: &mut Call) -> Result<(), Fault> {
    let (mut f, verb, prec) = (c.float(0), c.int(1) as u8 as char, c.int(2));
    let p = usize::try_from(prec).ok();
    // bitSize 32: the shortest forms are those that read back as the same float32.
    let single = c.int(3) == 32;
    if single {
        f = f as f32 as f64;
    }
    let s = if f.is_nan() || f.is_infinite() {
        float_g(f, None)
    } else {
        match (verb, p) {
            ('f', Some(p)) => format!("{:.*}", p, f),
            ('f', None) => crate::rt::fmt::shortest_f(f, single),
            ('e', Some(p)) => float_e(f, p),
            ('e', None) => {
                let s = float_e(f, 16);
                // Shortest: as many digits as the shortest round trip needs.
                let digits = crate::rt::fmt::shortest_e(f, single);
                let n = digits.split('e').next().unwrap_or("").replace(['-', '.'], "").len();
                let _ = s;
                float_e(f, n.saturating_sub(1))
            }
            ('g', None) if single => crate::rt::fmt::float32_g(f, None),
            ('g', p) => float_g(f, p),
            _ => format!("%{verb}"),
        }
    };
    c.ret_str(&s)
}
fn quote_(c: &mut Call) -> Result<(), Fault> {
    let s = crate::rt::fmt::quote_bytes(&c.bytes(0), false);
    c.ret_str(&s)
}
fn quote_rune(c: &mut Call) -> Result<(), Fault> {
    let r = u32::try_from(c.int(0)).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    let q = quote(&r.to_string());
    let inner = &q[1..q.len() - 1];
    let inner = if r == '"' {
        "\""
    } else if r == '\'' {
        "\\'"
    } else {
        inner
    };
    c.ret_str(&format!("'{inner}'"))
}
fn unquote(c: &mut Call) -> Result<(), Fault> {
    match unquote_bytes(&c.str(0)) {
        Some(b) => {
            let v = c.new_bytes(&b)?;
            c.ret(v);
            c.ret_err(None)
        }
        None => {
            c.ret_str("")?;
            c.ret_err(Some("invalid syntax".into()))
        }
    }
}

/// The value of a Go string or character literal, as strconv.Unquote gives it (escapes
/// decoded; `\x` and octal escapes may make bytes that are not UTF-8); None when malformed.
pub(crate) fn unquote_bytes(s: &str) -> Option<Vec<u8>> {
    if let Some(raw) = s.strip_prefix('`') {
        return Some(raw.strip_suffix('`')?.replace('\r', "").into_bytes());
    }
    let q = s.chars().next()?;
    let body = s.strip_prefix(q)?.strip_suffix(q)?;
    let mut out = Vec::new();
    let mut bytes = body.as_bytes();
    while !bytes.is_empty() {
        let (v, rest) = unquote_char(bytes, q)?;
        match v {
            Unq::Char(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            Unq::Byte(b) => out.push(b),
        }
        bytes = rest;
    }
    if q == '\'' && std::str::from_utf8(&out).ok()?.chars().count() != 1 {
        return None;
    }
    Some(out)
}

enum Unq {
    Char(char),
    Byte(u8),
}

/// One (possibly escaped) character of a quoted literal, and the rest.
fn unquote_char(b: &[u8], q: char) -> Option<(Unq, &[u8])> {
    if b[0] != b'\\' {
        let s = std::str::from_utf8(b).ok()?;
        let c = s.chars().next()?;
        if c == q || c == '\n' {
            return None;
        }
        return Some((Unq::Char(c), &b[c.len_utf8()..]));
    }
    let esc = *b.get(1)?;
    let rest = &b[2..];
    let hex = |n: usize, rest: &[u8]| -> Option<u32> {
        let digits = std::str::from_utf8(rest.get(..n)?).ok()?;
        u32::from_str_radix(digits, 16).ok()
    };
    Some(match esc {
        b'a' => (Unq::Char('\x07'), rest),
        b'b' => (Unq::Char('\x08'), rest),
        b'f' => (Unq::Char('\x0c'), rest),
        b'n' => (Unq::Char('\n'), rest),
        b'r' => (Unq::Char('\r'), rest),
        b't' => (Unq::Char('\t'), rest),
        b'v' => (Unq::Char('\x0b'), rest),
        b'\\' => (Unq::Char('\\'), rest),
        b'\'' if q == '\'' => (Unq::Char('\''), rest),
        b'"' if q == '"' => (Unq::Char('"'), rest),
        b'x' => (Unq::Byte(hex(2, rest)? as u8), &rest[2..]),
        b'u' => (Unq::Char(char::from_u32(hex(4, rest)?)?), &rest[4..]),
        b'U' => (Unq::Char(char::from_u32(hex(8, rest)?)?), &rest[8..]),
        b'0'..=b'7' => {
            let digits = std::str::from_utf8(b.get(1..4)?).ok()?;
            let v = u32::from_str_radix(digits, 8).ok().filter(|v| *v <= 255)?;
            (Unq::Byte(v as u8), &b[4..])
        }
        _ => return None,
    })
}
