//! Package bytes: the functions that mirror package strings (ToUpper, Split, TrimSpace, ...).
//!
//! Each runs the strings function of the same meaning on its []byte arguments turned into
//! strings, and turns the string results back into []byte (or [][]byte), so the two
//! packages share one implementation of every rule (Go's bytes and strings agree on them,
//! rune by rune). Equal and Compare are here too; Buffer is in bytes.rs.

use super::crypto::{byte_arg, new_byte_slice};
use super::{func, Call, Fault, Imp, Kind, Member};
use crate::vm::value::Value;

/// How one argument or result converts: a []byte is a string on the strings side, a
/// [][]byte a []string; anything else passes as it is. Nil is a []byte result that is nil
/// when empty (Trim, TrimLeft and TrimSpace "historically" return nil for that); Unfound
/// one that is nil when the next result (Cut's found) is false.
#[derive(Clone, Copy, PartialEq)]
enum Conv {
    Same,
    Bytes,
    List,
    Nil,
    Unfound,
}
use Conv::*;

/// (bytes' name and signature, the strings function it runs, argument and result kinds)
type Spec = (&'static str, &'static str, &'static str, &'static [Conv], &'static [Conv]);

macro_rules! via_strings {
    ($( ($name:literal, $sig:literal, $strings:literal, [$($a:expr),*], [$($r:expr),*]) ),* $(,)?) => {
        pub const MEMBERS: &[Member] = &[
            $( func($name, $sig, |c| run(c, &($name, $sig, $strings, &[$($a),*], &[$($r),*]))), )*
            func("Equal", "func(a, b []byte) bool", |c| {
                let eq = byte_arg(c, 0) == byte_arg(c, 1);
                c.ret_bool(eq);
                Ok(())
            }),
            func("Repeat", "func(b []byte, count int) []byte", |c| {
                let out = super::strings::repeated(c, "bytes", &byte_arg(c, 0), c.int(1))?;
                let v = new_byte_slice(c, &out)?;
                c.ret(v);
                Ok(())
            }),
            // A copy, nil for nil.
            func("Clone", "func(b []byte) []byte", |c| {
                let v = if c.arg(0).h == 0 { Value::ZERO } else { new_byte_slice(c, &byte_arg(c, 0))? };
                c.ret(v);
                Ok(())
            }),
            // The runes of s, each bad byte U+FFFD.
            func("Runes", "func(s []byte) []rune", |c| {
                let b = byte_arg(c, 0);
                let runes = super::gotext::runes(&b).map(|(_, r, _)| Value::int(r as i64)).collect();
                let v = c.new_slice(runes)?;
                c.ret(v);
                Ok(())
            }),
            func("Compare", "func(a, b []byte) int", |c| {
                let ord = byte_arg(c, 0).cmp(&byte_arg(c, 1));
                c.ret_int(ord as i64);
                Ok(())
            }),
        ];
    };
}

via_strings![
    (
        "Cut",
        "func(s, sep []byte) (before, after []byte, found bool)",
        "Cut",
        [Bytes, Bytes],
        [Bytes, Unfound, Same]
    ),
    (
        "CutPrefix",
        "func(s, prefix []byte) (after []byte, found bool)",
        "CutPrefix",
        [Bytes, Bytes],
        [Bytes, Same]
    ),
    (
        "CutSuffix",
        "func(s, suffix []byte) (before []byte, found bool)",
        "CutSuffix",
        [Bytes, Bytes],
        [Bytes, Same]
    ),
    ("Contains", "func(b, subslice []byte) bool", "Contains", [Bytes, Bytes], [Same]),
    ("ContainsAny", "func(b []byte, chars string) bool", "ContainsAny", [Bytes, Same], [Same]),
    ("ContainsRune", "func(b []byte, r rune) bool", "ContainsRune", [Bytes, Same], [Same]),
    ("Count", "func(s, sep []byte) int", "Count", [Bytes, Bytes], [Same]),
    ("EqualFold", "func(s, t []byte) bool", "EqualFold", [Bytes, Bytes], [Same]),
    ("Fields", "func(s []byte) [][]byte", "Fields", [Bytes], [List]),
    ("HasPrefix", "func(s, prefix []byte) bool", "HasPrefix", [Bytes, Bytes], [Same]),
    ("HasSuffix", "func(s, suffix []byte) bool", "HasSuffix", [Bytes, Bytes], [Same]),
    ("Index", "func(s, sep []byte) int", "Index", [Bytes, Bytes], [Same]),
    ("IndexAny", "func(s []byte, chars string) int", "IndexAny", [Bytes, Same], [Same]),
    ("IndexByte", "func(b []byte, c byte) int", "IndexByte", [Bytes, Same], [Same]),
    ("IndexRune", "func(s []byte, r rune) int", "IndexRune", [Bytes, Same], [Same]),
    ("Join", "func(s [][]byte, sep []byte) []byte", "Join", [List, Bytes], [Bytes]),
    ("LastIndex", "func(s, sep []byte) int", "LastIndex", [Bytes, Bytes], [Same]),
    ("LastIndexAny", "func(s []byte, chars string) int", "LastIndexAny", [Bytes, Same], [Same]),
    ("LastIndexByte", "func(s []byte, c byte) int", "LastIndexByte", [Bytes, Same], [Same]),
    (
        "Replace",
        "func(s, old, new []byte, n int) []byte",
        "Replace",
        [Bytes, Bytes, Bytes, Same],
        [Bytes]
    ),
    ("ReplaceAll", "func(s, old, new []byte) []byte", "ReplaceAll", [Bytes, Bytes, Bytes], [Bytes]),
    ("Split", "func(s, sep []byte) [][]byte", "Split", [Bytes, Bytes], [List]),
    ("SplitAfter", "func(s, sep []byte) [][]byte", "SplitAfter", [Bytes, Bytes], [List]),
    (
        "SplitAfterN",
        "func(s, sep []byte, n int) [][]byte",
        "SplitAfterN",
        [Bytes, Bytes, Same],
        [List]
    ),
    ("SplitN", "func(s, sep []byte, n int) [][]byte", "SplitN", [Bytes, Bytes, Same], [List]),
    ("Title", "func(s []byte) []byte", "Title", [Bytes], [Bytes]),
    ("ToLower", "func(s []byte) []byte", "ToLower", [Bytes], [Bytes]),
    ("ToTitle", "func(s []byte) []byte", "ToTitle", [Bytes], [Bytes]),
    ("ToUpper", "func(s []byte) []byte", "ToUpper", [Bytes], [Bytes]),
    ("Trim", "func(s []byte, cutset string) []byte", "Trim", [Bytes, Same], [Nil]),
    ("TrimLeft", "func(s []byte, cutset string) []byte", "TrimLeft", [Bytes, Same], [Nil]),
    ("TrimPrefix", "func(s, prefix []byte) []byte", "TrimPrefix", [Bytes, Bytes], [Bytes]),
    ("TrimRight", "func(s []byte, cutset string) []byte", "TrimRight", [Bytes, Same], [Bytes]),
    ("TrimSpace", "func(s []byte) []byte", "TrimSpace", [Bytes], [Nil]),
    ("ToValidUTF8", "func(s, replacement []byte) []byte", "ToValidUTF8", [Bytes, Bytes], [Bytes]),
    ("TrimSuffix", "func(s, suffix []byte) []byte", "TrimSuffix", [Bytes, Bytes], [Bytes]),
];

/// The implementation of strings.`name`.
fn strings_imp(name: &str) -> Imp {
    let found = super::strings::MEMBERS.iter().find_map(|m| match m.kind {
        Kind::Func(_, imp) if m.name == name => Some(imp),
        _ => None,
    });
    found.unwrap_or_else(|| crate::sys::internal_error(&format!("bytes: no strings.{name}")))
}

fn run(c: &mut Call, spec: &Spec) -> Result<(), Fault> {
    let (_, _, strings_name, args, results) = *spec;
    let mut sargs = Vec::with_capacity(args.len());
    for (i, conv) in args.iter().enumerate() {
        sargs.push(match conv {
            Same => c.arg(i),
            Bytes => c.new_bytes(&byte_arg(c, i))?,
            Nil | Unfound => crate::sys::internal_error("bytes: a nil-when rule on an argument"),
            List => {
                let parts: Vec<Vec<u8>> = c
                    .elems(i)
                    .into_iter()
                    .map(|s| super::call::elems(c.rt, s))
                    .map(|e| e.iter().map(|v| v.w as u8).collect())
                    .collect();
                let mut strs = Vec::with_capacity(parts.len());
                for p in &parts {
                    strs.push(c.new_bytes(p)?);
                }
                c.new_slice(strs)?
            }
        });
    }
    let outs: Vec<Value> = {
        let mut inner = Call::new(c.rt, &mut *c.m, c.g, &sargs);
        strings_imp(strings_name)(&mut inner)?;
        inner.results().to_vec()
    };
    for (k, (&v, conv)) in outs.iter().zip(results.iter()).enumerate() {
        let r = match conv {
            Same => v,
            Nil if c.rt.heap.bytes(v).is_empty() => Value::ZERO,
            Unfound if outs.get(k + 1).is_some_and(|found| found.w == 0) => Value::ZERO,
            Bytes | Nil | Unfound => {
                let b = c.rt.heap.bytes(v).to_vec();
                new_byte_slice(c, &b)?
            }
            List if v.h == 0 => Value::ZERO,
            List => {
                let strs = super::call::elems(c.rt, v);
                let mut out = Vec::with_capacity(strs.len());
                for s in strs {
                    let b = c.rt.heap.bytes(s).to_vec();
                    out.push(new_byte_slice(c, &b)?);
                }
                c.new_slice(out)?
            }
        };
        c.ret(r);
    }
    Ok(())
}
