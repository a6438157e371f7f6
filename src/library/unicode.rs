//! Package unicode: rune classes and case mappings.

use super::strings::{is_space, lower, upper};
use super::{constant, func, Call, ConstVal, Fault, Member};

pub const MEMBERS: &[Member] = &[
    func("IsControl", "func(r rune) bool", is_control),
    func("IsDigit", "func(r rune) bool", is_digit),
    func("IsGraphic", "func(r rune) bool", is_graphic),
    func("IsLetter", "func(r rune) bool", is_letter),
    func("IsLower", "func(r rune) bool", is_lower),
    func("IsNumber", "func(r rune) bool", is_number),
    func("IsPrint", "func(r rune) bool", is_print),
    func("IsPunct", "func(r rune) bool", is_punct),
    func("IsSpace", "func(r rune) bool", is_space_),
    func("IsTitle", "func(r rune) bool", is_upper),
    func("IsUpper", "func(r rune) bool", is_upper),
    func("ToLower", "func(r rune) rune", to_lower),
    func("ToTitle", "func(r rune) rune", to_upper),
    func("ToUpper", "func(r rune) rune", to_upper),
    constant("MaxASCII", "untyped rune", ConstVal::Int(0x7f)),
    constant("MaxLatin1", "untyped rune", ConstVal::Int(0xff)),
    constant("MaxRune", "untyped rune", ConstVal::Int(0x10ffff)),
    constant("ReplacementChar", "untyped rune", ConstVal::Int(0xfffd)),
];

/// The rune argument, or None for a value that is no code point (every class is false).
fn rune(c: &Call) -> Option<char> {
    u32::try_from(c.int(0)).ok().and_then(char::from_u32)
}
fn class(c: &mut Call, f: fn(char) -> bool) -> Result<(), Fault> {
    let b = rune(c).is_some_and(f);
    c.ret_bool(b);
    Ok(())
}
fn is_control(c: &mut Call) -> Result<(), Fault> {
    class(c, char::is_control)
}
fn is_digit(c: &mut Call) -> Result<(), Fault> {
    // Unicode category Nd; Rust's is_numeric also takes Nl and No, so check ASCII first.
    class(c, |r| r.is_ascii_digit() || is_nd(r))
}
/// A rough test for category Nd outside ASCII: the decimal digit blocks are 10 runes long
/// and start at a code point ending in 0 or 6 (enough for the scripts tutorials use).
fn is_nd(r: char) -> bool {
    let u = r as u32;
    (0x660..=0x669).contains(&u)
        || (0x6f0..=0x6f9).contains(&u)
        || (0x966..=0x96f).contains(&u)
        || (0xff10..=0xff19).contains(&u)
}
fn is_graphic(c: &mut Call) -> Result<(), Fault> {
    class(c, |r| !r.is_control() && (r == ' ' || !r.is_whitespace() || r == '\u{3000}'))
}
fn is_letter(c: &mut Call) -> Result<(), Fault> {
    class(c, char::is_alphabetic)
}
fn is_lower(c: &mut Call) -> Result<(), Fault> {
    class(c, char::is_lowercase)
}
fn is_number(c: &mut Call) -> Result<(), Fault> {
    class(c, char::is_numeric)
}
fn is_print(c: &mut Call) -> Result<(), Fault> {
    class(c, |r| r == ' ' || (!r.is_control() && !r.is_whitespace()))
}
fn is_punct(c: &mut Call) -> Result<(), Fault> {
    // Category P: ASCII punctuation other than the symbols (S) $+<=>^`|~.
    class(c, |r| r.is_ascii_punctuation() && !"$+<=>^`|~".contains(r))
}
fn is_space_(c: &mut Call) -> Result<(), Fault> {
    class(c, is_space)
}
fn is_upper(c: &mut Call) -> Result<(), Fault> {
    class(c, char::is_uppercase)
}
fn to_lower(c: &mut Call) -> Result<(), Fault> {
    let r = rune(c).map_or(c.int(0), |r| lower(r) as i64);
    c.ret_int(r);
    Ok(())
}
fn to_upper(c: &mut Call) -> Result<(), Fault> {
    let r = rune(c).map_or(c.int(0), |r| upper(r) as i64);
    c.ret_int(r);
    Ok(())
}
