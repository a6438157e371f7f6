//! fmt's verbs for math/big's *Int, whose Format method (a fmt.Formatter) the prelude's
//! Go-written Int does not have: the native asks its String method for the decimal digits
//! and lays them out as big.Int.Format does ([pad][sign][prefix][zeros][digits][pad]).

/// The text of `verb` applied to a *big.Int whose String method gave `dec` ("<nil>" for a
/// nil pointer, else an optionally negative decimal number).
pub(super) fn format(verb: char, f: &super::fmt::Spec, dec: &str) -> String {
    if dec == "<nil>" {
        return dec.to_string();
    }
    let (base, prefix) = match verb {
        'b' => (2, if f.sharp { "0b" } else { "" }),
        'o' => (8, if f.sharp { "0" } else { "" }),
        'O' => (8, "0o"),
        'd' | 's' | 'v' => (10, ""),
        'x' => (16, if f.sharp { "0x" } else { "" }),
        'X' => (16, if f.sharp { "0X" } else { "" }),
        _ => return format!("%!{verb}(big.Int={dec})"),
    };
    let (neg, mag) = match dec.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, dec),
    };
    let mut digits = to_base(mag, base);
    if verb == 'X' {
        digits.make_ascii_uppercase();
    }
    let sign = match () {
        _ if neg => "-",
        _ if f.plus => "+",
        _ if f.space => " ",
        _ => "",
    };
    let mut zeros = 0;
    if let Some(p) = f.prec {
        if digits.len() < p {
            zeros = p - digits.len();
        } else if p == 0 && digits == "0" {
            return String::new();
        }
    }
    let (mut left, mut right) = (0, 0);
    let len = sign.len() + prefix.len() + zeros + digits.len();
    if let Some(w) = f.width.filter(|w| *w > len) {
        match () {
            _ if f.minus => right = w - len,
            _ if f.zero && f.prec.is_none() => zeros = w - len,
            _ => left = w - len,
        }
    }
    format!("{}{sign}{prefix}{}{digits}{}", " ".repeat(left), "0".repeat(zeros), " ".repeat(right))
}

/// Decimal digits `dec` written in `base` (lower case).
fn to_base(dec: &str, base: u32) -> String {
    if base == 10 {
        return dec.to_string();
    }
    // The magnitude as 32-bit words, least significant first.
    let mut words: Vec<u32> = Vec::new();
    for d in dec.bytes().map(|b| (b - b'0') as u64) {
        let mut carry = d;
        for w in words.iter_mut() {
            let v = *w as u64 * 10 + carry;
            *w = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            words.push(carry as u32);
        }
    }
    let mut out = Vec::new();
    while words.iter().any(|w| *w != 0) {
        let mut rem = 0u64;
        for w in words.iter_mut().rev() {
            let v = rem << 32 | *w as u64;
            *w = (v / base as u64) as u32;
            rem = v % base as u64;
        }
        out.push(b"0123456789abcdef"[rem as usize]);
    }
    if out.is_empty() {
        out.push(b'0');
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn bases() {
        assert_eq!(super::to_base("255", 16), "ff");
        assert_eq!(super::to_base("0", 2), "0");
        assert_eq!(super::to_base("18446744073709551616", 16), "10000000000000000");
    }
}
