//! Package unicode/utf8.

use super::{constant, func, Call, ConstVal, Fault, Member};

pub const MEMBERS: &[Member] = &[
    func("DecodeLastRuneInString", "func(s string) (r rune, size int)", decode_last),
    func("DecodeRuneInString", "func(s string) (r rune, size int)", decode),
    func("RuneCount", "func(p []byte) int", rune_count),
    func("RuneCountInString", "func(s string) int", rune_count_in_string),
    func("RuneLen", "func(r rune) int", rune_len),
    func("ValidRune", "func(r rune) bool", valid_rune),
    func("ValidString", "func(s string) bool", valid_string),
    constant("MaxRune", "untyped rune", ConstVal::Int(0x10ffff)),
    constant("RuneError", "untyped rune", ConstVal::Int(0xfffd)),
    constant("RuneSelf", "untyped int", ConstVal::Int(0x80)),
    constant("UTFMax", "untyped int", ConstVal::Int(4)),
];

fn decode(c: &mut Call) -> Result<(), Fault> {
    let s = c.str(0);
    let (r, n) = s.chars().next().map_or((0xfffd, 0), |r| (r as i64, r.len_utf8()));
    c.ret_int(r);
    c.ret_int(n as i64);
    Ok(())
}
fn decode_last(c: &mut Call) -> Result<(), Fault> {
    let s = c.str(0);
    let (r, n) = s.chars().next_back().map_or((0xfffd, 0), |r| (r as i64, r.len_utf8()));
    c.ret_int(r);
    c.ret_int(n as i64);
    Ok(())
}
fn rune_count(c: &mut Call) -> Result<(), Fault> {
    let bytes: Vec<u8> = c.elems(0).iter().map(|v| v.w as u8).collect();
    // Each invalid byte counts as one rune (U+FFFD), as Go counts.
    let n = String::from_utf8_lossy(&bytes).chars().count();
    c.ret_int(n as i64);
    Ok(())
}
fn rune_count_in_string(c: &mut Call) -> Result<(), Fault> {
    let n = c.str(0).chars().count();
    c.ret_int(n as i64);
    Ok(())
}
fn rune_len(c: &mut Call) -> Result<(), Fault> {
    let n =
        u32::try_from(c.int(0)).ok().and_then(char::from_u32).map_or(-1, |r| r.len_utf8() as i64);
    c.ret_int(n);
    Ok(())
}
fn valid_rune(c: &mut Call) -> Result<(), Fault> {
    let b = u32::try_from(c.int(0)).ok().and_then(char::from_u32).is_some();
    c.ret_bool(b);
    Ok(())
}
fn valid_string(c: &mut Call) -> Result<(), Fault> {
    // Strings hold UTF-8 text until they become byte sequences: always valid today.
    let _ = c.str(0);
    c.ret_bool(true);
    Ok(())
}
