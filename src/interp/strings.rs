//! Strings: immutable `Obj::Str` objects (the empty string is handle 0), compared by text.

use super::alloc::{new_string, out_of_memory};
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
    let (sa, sb) = (rt.heap.str(a), rt.heap.str(b));
    if sa.len() + sb.len() > rt.cfg.limits.max_heap_bytes {
        return Err(out_of_memory(rt));
    }
    let s = format!("{}{}", sa, sb);
    new_string(rt, m, &s)
}

/// Compares two strings by their bytes (the same handle is the same string).
pub(super) fn compare(rt: &Runtime, a: Value, b: Value) -> std::cmp::Ordering {
    if a.h == b.h {
        return std::cmp::Ordering::Equal;
    }
    rt.heap.str(a).as_bytes().cmp(rt.heap.str(b).as_bytes())
}

/// `len(s)` in bytes.
pub(super) fn len(rt: &Runtime, s: Value) -> i64 {
    if s.h == 0 {
        0
    } else {
        rt.heap.str(s).len() as i64
    }
}

/// `s[i]`: a byte, as an int.
pub(super) fn index(rt: &Runtime, s: Value, i: i64) -> Result<Value, Exit> {
    let text = rt.heap.str(s);
    if i < 0 || i as usize >= text.len() {
        return Err(Exit::Panic(format!(
            "runtime error: index out of range [{}] with length {}",
            i,
            text.len()
        )));
    }
    Ok(Value::int(text.as_bytes()[i as usize] as i64))
}
