//! Allocation under the heap limit, and the objects every other concern builds on: strings,
//! boxes, backing arrays, interface values.
//!
//! Every allocation goes through `room`: over the limit, the first attempt returns
//! `Exit::NeedGc` (the instruction runs again after a collection), and a second attempt
//! right after that collection (`MCtx::gc_retry`) is out of memory. So an instruction that
//! allocates must not change anything visible before its last allocation succeeds.

use super::Exit;
use crate::heap::Object;
use crate::rt::obj::Obj;
use crate::sched::{MCtx, Runtime};
use crate::sys::Ordering;
use crate::vm::op::TypeId;
use crate::vm::program::TypeKind;
use crate::vm::value::{Handle, Value};
use std::sync::Arc;

/// Go's words on the first line; the next says which of gopark's limits it was.
pub(super) fn out_of_memory(rt: &Runtime) -> Exit {
    Exit::Fatal(rt.out_of_memory_message().into())
}

/// Checks that an object of `size` bytes fits under the heap limit: over it, the first
/// attempt asks for a collection (`NeedGc`); if the heap is still over when the instruction
/// runs again right after that collection (`m.gc_retry`), or the last collection left the
/// heap nearly full (`heap_exhausted`), the program is out of memory.
/// Separate from `alloc` so that a large array is checked before its elements are built.
pub(super) fn room(rt: &Runtime, m: &MCtx, size: usize) -> Result<(), Exit> {
    if rt.heap_in_use().saturating_add(size) > rt.cfg.limits.max_heap_bytes {
        if size > rt.cfg.limits.max_heap_bytes
            || m.gc_retry
            || rt.heap_exhausted.load(Ordering::Relaxed)
        {
            return Err(out_of_memory(rt));
        }
        return Err(Exit::NeedGc);
    }
    Ok(())
}

/// Allocates, enforcing the heap limit (see `room`).
pub(super) fn alloc(rt: &Runtime, m: &mut MCtx, obj: Obj) -> Result<Handle, Exit> {
    room(rt, m, obj.size())?;
    rt.heap.alloc(&mut m.cache, obj).map_err(|_| {
        Exit::Fatal("fatal error: runtime: out of memory\ngopark: heap handles exhausted".into())
    })
}

/// A reference to a new object: `Value::handle` of `alloc`.
pub(super) fn alloc_value(rt: &Runtime, m: &mut MCtx, obj: Obj) -> Result<Value, Exit> {
    alloc(rt, m, obj).map(Value::handle)
}

pub(super) fn new_string(rt: &Runtime, m: &mut MCtx, s: &str) -> Result<Value, Exit> {
    if s.is_empty() {
        return Ok(Value::ZERO);
    }
    alloc_value(rt, m, Obj::Str(Arc::from(s)))
}

/// A new string of any bytes (not necessarily UTF-8).
pub(super) fn new_string_bytes(rt: &Runtime, m: &mut MCtx, b: &[u8]) -> Result<Value, Exit> {
    if b.is_empty() {
        return Ok(Value::ZERO);
    }
    alloc_value(rt, m, crate::rt::obj::str_obj(b))
}

/// Allocates a backing array of `cap` elements whose first elements are `init` (the rest
/// zero) and returns a slice of its first `len` elements. The size is checked against the
/// heap limit before the elements exist, so a huge make() is an out-of-memory error.
pub(super) fn new_array(
    rt: &Runtime,
    m: &mut MCtx,
    init: &[Value],
    len: usize,
    cap: usize,
) -> Result<Value, Exit> {
    let size = cap.saturating_mul(16).saturating_add(64);
    if cap > u32::MAX as usize {
        return Err(out_of_memory(rt));
    }
    room(rt, m, size)?;
    let mut elems = Vec::with_capacity(cap);
    elems.extend_from_slice(init);
    elems.resize(cap, Value::ZERO);
    let h = alloc(rt, m, Obj::Array(elems))?;
    Ok(Value::slice(h, 0, len as u32, cap as u32))
}

/// `Op::MakeIface`: the payload of `v` with dynamic type `ty`. A slice uses `t` for its
/// capacity, so it goes into the interface boxed.
pub(super) fn make_iface(
    rt: &Runtime,
    m: &mut MCtx,
    mut v: Value,
    ty: TypeId,
) -> Result<Value, Exit> {
    if let Some(TypeKind::Slice { .. }) = rt.prog.types.get(ty as usize).map(|d| &d.kind) {
        v = alloc_value(rt, m, Obj::Cell(v))?;
    }
    v.t = ty;
    Ok(v)
}
