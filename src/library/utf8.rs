//! Package unicode/utf8. Each function of a string has its []byte twin over the slice's
//! bytes; bytes that are not UTF-8 decode as (RuneError, 1), one rune each.

use super::{constant, func, Call, ConstVal, Fault, Member};
use crate::rt::obj::decode_rune;

pub const MEMBERS: &[Member] = &[
    func("DecodeLastRune", "func(p []byte) (r rune, size int)", |c| on_slice(c, decode_last)),
    func("DecodeLastRuneInString", "func(s string) (r rune, size int)", |c| {
        on_string(c, decode_last)
    }),
    func("DecodeRune", "func(p []byte) (r rune, size int)", |c| on_slice(c, decode)),
    func("DecodeRuneInString", "func(s string) (r rune, size int)", |c| on_string(c, decode)),
    func("FullRune", "func(p []byte) bool", |c| on_slice(c, |c, s| ret_bool(c, full_rune(s)))),
    func("FullRuneInString", "func(s string) bool", |c| {
        on_string(c, |c, s| ret_bool(c, full_rune(s)))
    }),
    func("RuneCount", "func(p []byte) int", |c| on_slice(c, rune_count)),
    func("RuneCountInString", "func(s string) int", |c| on_string(c, rune_count)),
    func("RuneLen", "func(r rune) int", rune_len),
    func("RuneStart", "func(b byte) bool", |c| {
        let b = c.int(0) as u8 & 0xc0 != 0x80;
        ret_bool(c, b)
    }),
    func("Valid", "func(p []byte) bool", |c| on_slice(c, |c, s| ret_bool(c, valid(s)))),
    func("ValidRune", "func(r rune) bool", valid_rune),
    func("ValidString", "func(s string) bool", |c| on_string(c, |c, s| ret_bool(c, valid(s)))),
    constant("MaxRune", "untyped rune", ConstVal::Int(0x10ffff)),
    constant("RuneError", "untyped rune", ConstVal::Int(0xfffd)),
    constant("RuneSelf", "untyped int", ConstVal::Int(0x80)),
    constant("UTFMax", "untyped int", ConstVal::Int(4)),
];

type OnBytes = fn(&mut Call, &[u8]) -> Result<(), Fault>;

/// `f` over the bytes of the []byte argument 0.
fn on_slice(c: &mut Call, f: OnBytes) -> Result<(), Fault> {
    let s: Vec<u8> = c.elems(0).iter().map(|v| v.w as u8).collect();
    f(c, &s)
}

/// `f` over the bytes of the string argument 0.
fn on_string(c: &mut Call, f: OnBytes) -> Result<(), Fault> {
    let s = c.bytes(0);
    f(c, &s)
}

fn valid(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok()
}

fn ret_bool(c: &mut Call, b: bool) -> Result<(), Fault> {
    c.ret_bool(b);
    Ok(())
}

fn decode(c: &mut Call, s: &[u8]) -> Result<(), Fault> {
    let (r, n) = if s.is_empty() { (0xfffd, 0) } else { decode_rune(s) };
    c.ret_int(r as i64);
    c.ret_int(n as i64);
    Ok(())
}

fn decode_last(c: &mut Call, s: &[u8]) -> Result<(), Fault> {
    let (r, n) = super::gotext::decode_last_rune(s);
    c.ret_int(r as i64);
    c.ret_int(n as i64);
    Ok(())
}

/// Whether `p` begins with a whole rune: true unless it is a valid but unfinished start of
/// one (an invalid encoding is a whole rune, RuneError of width 1).
fn full_rune(p: &[u8]) -> bool {
    let Some(&lead) = p.first() else { return false };
    let (n, second) = match lead {
        0xc2..=0xdf => (2, 0x80..=0xbf),
        0xe0 => (3, 0xa0..=0xbf),
        0xed => (3, 0x80..=0x9f),
        0xe1..=0xef => (3, 0x80..=0xbf),
        0xf0 => (4, 0x90..=0xbf),
        0xf4 => (4, 0x80..=0x8f),
        0xf1..=0xf3 => (4, 0x80..=0xbf),
        _ => return true,
    };
    if p.len() >= n {
        return true;
    }
    let bad_second = p.get(1).is_some_and(|b| !second.contains(b));
    let bad_rest = p.iter().skip(2).any(|b| b & 0xc0 != 0x80);
    bad_second || bad_rest
}

fn rune_count(c: &mut Call, s: &[u8]) -> Result<(), Fault> {
    c.ret_int(super::gotext::rune_count(s) as i64);
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
