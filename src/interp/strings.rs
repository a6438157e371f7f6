//! Strings: immutable `Obj::Str`/`Obj::RawStr` objects (the empty string is handle 0).
//! Go strings are byte sequences: every operation here works on bytes, so bytes that are
//! not UTF-8 survive slicing, concatenation and comparison.

use super::alloc::{new_string_bytes, out_of_memory};
use super::Exit;
use crate::sched::{MCtx, Runtime};
use crate::vm::value::Value;

/// `a + b`.
pub(super) fn concat(rt: &Runtime, m: &mut MCtx, a: Value, b: Value) -> Result<Value, Exit> {
    if a.h == 0 {
        return Ok(b);
    }
    if b.h == 0 {
        return Ok(a);
    }
    let (sa, sb) = (rt.heap.bytes(a), rt.heap.bytes(b));
    if sa.len() + sb.len() > rt.cfg.limits.max_heap_bytes {
        return Err(out_of_memory(rt));
    }
    let mut s = Vec::with_capacity(sa.len() + sb.len());
    s.extend_from_slice(&sa);
    s.extend_from_slice(&sb);
    new_string_bytes(rt, m, &s)
}

/// Compares two strings by their bytes (the same handle is the same string).
pub(super) fn compare(rt: &Runtime, a: Value, b: Value) -> std::cmp::Ordering {
    if a.h == b.h {
        return std::cmp::Ordering::Equal;
    }
    rt.heap.bytes(a).cmp(&rt.heap.bytes(b))
}

/// `len(s)` in bytes.
pub(super) fn len(rt: &Runtime, s: Value) -> i64 {
    if s.h == 0 {
        0
    } else {
        rt.heap.bytes(s).len() as i64
    }
}

/// `s[i]`: a byte, as an int.
pub(super) fn index(rt: &Runtime, s: Value, i: i64) -> Result<Value, Exit> {
    let text = rt.heap.bytes(s);
    if i < 0 || i as usize >= text.len() {
        return Err(super::slices::index_panic(i, text.len()));
    }
    Ok(Value::int(text[i as usize] as i64))
}

/// The rune at byte `i` of `s` and its width (see `Op::DecodeRune`); (U+FFFD, 1) when `i`
/// is out of range, which the compiler's loop never lets happen.
pub(super) fn decode_at(rt: &Runtime, s: Value, i: i64) -> (u32, usize) {
    let text = rt.heap.bytes(s);
    match usize::try_from(i).ok().filter(|&i| i < text.len()) {
        Some(i) => crate::rt::obj::decode_rune(&text[i..]),
        None => (0xfffd, 1),
    }
}
