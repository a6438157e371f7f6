//! Package bufio: Scanner, Reader and Writer, natively, following Go's bufio function by
//! function (scan.go, bufio.go) so that a program's own Reader or Writer sees the same
//! Read and Write calls, with the same slice lengths, as under Go.
//!
//! Each type is a struct object whose fields are Go values (the buffer is a real `[]byte`,
//! so a program's Read writes into it and a Scanner's token aliases it, as in Go). Methods
//! that may call the underlying Reader or Writer are library coroutines (task.rs): each
//! step that reads or changes the state is a `Ctx::native` that loads the fields, changes
//! them and stores them back before any Go call, so the object itself is the only state
//! (a collection finds everything through it, and a call that must run again after a
//! collection allocates before it changes anything).
//!
//! Rejected: keeping the buffers on the Rust side (a program's Read must write into a Go
//! slice anyway, and the garbage collector would need to know the Rust side).

mod reader;
pub use reader::scan_buffered;
mod scan;
mod writer;

pub use reader::MEMBERS as READER_MEMBERS;
pub use scan::MEMBERS as SCANNER_MEMBERS;
pub use writer::write_native;
pub use writer::MEMBERS as WRITER_MEMBERS;

use super::{Call, Fault};
use crate::rt::obj::Obj;
use crate::sys::internal_error;
use crate::vm::value::Value;

/// Sentinel codes (rt::fmt::SENTINELS) of bufio's and io's errors.
pub(super) const EOF: u64 = 1;
pub(super) const ERR_TOO_LONG: u64 = 5;
pub(super) const ERR_FINAL_TOKEN: u64 = 6;
pub(super) const ERR_NEGATIVE_ADVANCE: u64 = 7;
pub(super) const ERR_ADVANCE_TOO_FAR: u64 = 8;
pub(super) const ERR_BAD_READ_COUNT: u64 = 9;
pub(super) const ERR_BUFFER_FULL: u64 = 10;
pub(super) const ERR_NEGATIVE_COUNT: u64 = 11;
pub(super) const ERR_INVALID_UNREAD_BYTE: u64 = 12;
pub(super) const ERR_INVALID_UNREAD_RUNE: u64 = 13;
pub(super) const ERR_NO_PROGRESS: u64 = 14;
pub(super) const ERR_SHORT_WRITE: u64 = 15;

/// Go's bound on Read calls that return nothing before a reader gives up.
const MAX_CONSECUTIVE_EMPTY_READS: usize = 100;

pub(super) const NIL_DEREF: &str =
    "runtime error: invalid memory address or nil pointer dereference";

/// Sentinel error `code`. Its type, *errors.errorString, has an id whenever the program can
/// see an error (the compiler registers it for every library call that returns one); a
/// program that never does (a Scan loop that never calls Err) cannot observe the value, so
/// it then carries a type id no value has, which is still "not nil".
pub(super) fn sentinel(c: &Call, code: u64) -> Value {
    let t = c.rt.prog.types.iter().position(|t| t.name == super::call::ERROR_STRING);
    Value { w: code, h: 0, t: t.map_or(u32::MAX, |t| t as u32) }
}

/// Whether `v` is sentinel error `code`.
pub(super) fn is(c: &Call, v: Value, code: u64) -> bool {
    v.h == 0 && v.w == code && v.t == sentinel(c, code).t
}

/// The fields of the struct object `p` points to (a nil pointer panics as Go's would).
pub(super) fn load(c: &Call, p: Value) -> Result<Vec<Value>, Fault> {
    if p.h == 0 {
        return Err(Fault::Panic(NIL_DEREF.into()));
    }
    match &*c.rt.heap.lock(p.h) {
        Obj::Struct(f) => Ok(f.clone()),
        _ => internal_error("a bufio object that is not a struct"),
    }
}

/// Stores the fields back.
pub(super) fn store(c: &Call, p: Value, fields: &[Value]) {
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(p.h) {
        f.copy_from_slice(fields);
    }
}

/// The bytes `s[from..to]` of a []byte slice value.
pub(super) fn slice_bytes(c: &Call, s: Value, from: usize, to: usize) -> Vec<u8> {
    if s.h == 0 || to <= from {
        return Vec::new();
    }
    match &*c.rt.heap.lock(s.h) {
        Obj::Array(a) => {
            let off = s.slice_off();
            a[off + from..off + to].iter().map(|v| v.w as u8).collect()
        }
        _ => internal_error("a []byte whose handle is not an array"),
    }
}

/// The index of the first `b` in `s[from..to]` (relative to `from`), looked for in place.
pub(super) fn index_byte(c: &Call, s: Value, from: usize, to: usize, b: u8) -> Option<usize> {
    if s.h == 0 || to <= from {
        return None;
    }
    match &*c.rt.heap.lock(s.h) {
        Obj::Array(a) => {
            let off = s.slice_off();
            a[off + from..off + to].iter().position(|v| v.w as u8 == b)
        }
        _ => internal_error("a []byte whose handle is not an array"),
    }
}

/// Writes `bytes` into slice `s` from index `at`.
pub(super) fn put_bytes(c: &Call, s: Value, at: usize, bytes: &[u8]) {
    if s.h == 0 || bytes.is_empty() {
        return;
    }
    if let Obj::Array(a) = &mut *c.rt.heap.lock(s.h) {
        let off = s.slice_off() + at;
        for (slot, &b) in a[off..off + bytes.len()].iter_mut().zip(bytes) {
            *slot = Value::int(b as i64);
        }
    }
}

/// `s[from:to]` (to <= cap).
pub(super) fn subslice(s: Value, from: usize, to: usize) -> Value {
    let cap = s.slice_cap();
    Value::slice(s.h, (s.slice_off() + from) as u32, (to - from) as u32, (cap - from) as u32)
}

/// A new []byte of `n` zero bytes.
pub(super) fn new_buf(c: &mut Call, n: usize) -> Result<Value, Fault> {
    // Checked before the elements exist: NewReaderSize(r, 1<<40) is out of memory, as in
    // Go, not an abort of the host.
    super::call::room(c.rt, c.m, n.saturating_mul(16).saturating_add(64))?;
    c.new_slice(vec![Value::int(0); n])
}

/// A new []byte holding `bytes`.
pub(super) fn new_byte_slice(c: &mut Call, bytes: &[u8]) -> Result<Value, Fault> {
    c.new_slice(bytes.iter().map(|&b| Value::int(b as i64)).collect())
}
