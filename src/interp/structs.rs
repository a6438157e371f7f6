//! Structs (an `Obj::Struct` per struct value, owned by the register, field, element or
//! global that holds its handle; see vm/op.rs) and Go's == on values of any comparable type.
//! Arrays are values the same way (an `Obj::Array` of their elements, owned alone), so
//! zeroing, deep copies, copying into place and == serve both: a struct's "fields" are an
//! array's elements, all of one type.

use super::alloc::{alloc, alloc_value};
use super::{Exit, NIL_DEREF};
use crate::rt::obj::Obj;
use crate::sched::{MCtx, Runtime};
use crate::sys::internal_error;
use crate::vm::op::TypeId;
use crate::vm::program::TypeKind;
use crate::vm::value::{Handle, Value};

/// What a struct field of type `ty` needs beyond a plain value: a nested struct (its own
/// object, copied deeply) or a sync object (a handle to a runtime Mutex or WaitGroup).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum FieldKind {
    Plain,
    Struct,
    Mutex,
    WaitGroup,
    /// A library cell (atomic.Int64, strings.Builder): the handle of a cell with the value.
    Cell,
}

pub(super) fn field_kind(rt: &Runtime, ty: TypeId) -> FieldKind {
    match rt.prog.types.get(ty as usize) {
        Some(d) if matches!(d.kind, TypeKind::Struct { .. } | TypeKind::Array { .. }) => {
            FieldKind::Struct
        }
        Some(d) if d.name == "sync.Mutex" => FieldKind::Mutex,
        Some(d) if d.name == "sync.WaitGroup" => FieldKind::WaitGroup,
        Some(d) if crate::library::is_cell_type(&d.name) => FieldKind::Cell,
        _ => FieldKind::Plain,
    }
}

/// The parts of a struct or array type: field `i` has type `ty(i)`.
enum Layout<'a> {
    Fields(&'a [(String, TypeId)]),
    Array(TypeId, usize),
}

impl Layout<'_> {
    fn len(&self) -> usize {
        match self {
            Layout::Fields(f) => f.len(),
            Layout::Array(_, n) => *n,
        }
    }
    fn ty(&self, i: usize) -> TypeId {
        match self {
            Layout::Fields(f) => f[i].1,
            Layout::Array(t, _) => *t,
        }
    }
    /// An array whose elements need no per-element work (no nested value, no sync object).
    fn plain_array(&self, rt: &Runtime) -> bool {
        matches!(self, Layout::Array(t, _) if field_kind(rt, *t) == FieldKind::Plain)
    }
    fn object(&self, parts: Vec<Value>) -> Obj {
        match self {
            Layout::Fields(_) => Obj::Struct(parts),
            Layout::Array(..) => Obj::Array(parts),
        }
    }
}

/// The layout of struct or array type `ty` (no parts for any other type id, which would be
/// our bug; an empty struct keeps that from becoming a crash).
fn layout(rt: &Runtime, ty: TypeId) -> Layout<'_> {
    match rt.prog.types.get(ty as usize).map(|d| &d.kind) {
        Some(TypeKind::Struct { fields }) => Layout::Fields(fields),
        Some(TypeKind::Array { elem, len }) => Layout::Array(*elem, *len as usize),
        _ => Layout::Fields(&[]),
    }
}

/// A copy of a struct's fields or an array's elements (taking its lock once); a nil handle
/// reads as none.
fn fields(rt: &Runtime, h: Handle) -> Vec<Value> {
    if h == 0 {
        return Vec::new();
    }
    match &*rt.heap.lock(h) {
        Obj::Struct(f) | Obj::Array(f) => f.clone(),
        _ => internal_error("field access on a value that is not a struct"),
    }
}

/// Refuses an array too large for the heap limit before its elements exist.
fn check_size(rt: &Runtime, n: usize) -> Result<(), Exit> {
    if n.saturating_mul(16) > rt.cfg.limits.max_heap_bytes {
        return Err(super::alloc::out_of_memory(rt));
    }
    Ok(())
}

/// The zero value of a struct field of type `ty` (see `Op::NewStruct`).
pub(super) fn zero_field(rt: &Runtime, m: &mut MCtx, ty: TypeId) -> Result<Value, Exit> {
    match field_kind(rt, ty) {
        FieldKind::Plain => Ok(Value::ZERO),
        FieldKind::Struct => new_struct(rt, m, ty),
        FieldKind::Mutex => alloc_value(rt, m, Obj::Mutex(Default::default())),
        FieldKind::WaitGroup => alloc_value(rt, m, Obj::WaitGroup(Default::default())),
        FieldKind::Cell => alloc_value(rt, m, Obj::Cell(Value::ZERO)),
    }
}

/// `Op::NewStruct`: a zero struct of type `ty`.
pub(super) fn new_struct(rt: &Runtime, m: &mut MCtx, ty: TypeId) -> Result<Value, Exit> {
    let lay = layout(rt, ty);
    check_size(rt, lay.len())?;
    let fields = if lay.plain_array(rt) {
        vec![Value::ZERO; lay.len()]
    } else {
        let mut fields = Vec::with_capacity(lay.len());
        for i in 0..lay.len() {
            fields.push(zero_field(rt, m, lay.ty(i))?);
        }
        fields
    };
    Ok(Value::handle(alloc(rt, m, lay.object(fields))?))
}

/// A deep copy of struct `src` (see `Op::CopyStruct`). It only allocates, so a `NeedGc`
/// retry of the instruction is safe.
pub(super) fn copy_struct(
    rt: &Runtime,
    m: &mut MCtx,
    src: Value,
    ty: TypeId,
) -> Result<Value, Exit> {
    match field_kind(rt, ty) {
        k @ (FieldKind::Mutex | FieldKind::WaitGroup) => return copy_sync(rt, m, src, k),
        FieldKind::Cell => return copy_cell(rt, m, src),
        _ => {}
    }
    if src.h == 0 {
        return new_struct(rt, m, ty);
    }
    let lay = layout(rt, ty);
    let mut fields = fields(rt, src.h);
    for i in 0..if lay.plain_array(rt) { 0 } else { lay.len() } {
        let t = lay.ty(i);
        let Some(f) = fields.get_mut(i) else { break };
        match field_kind(rt, t) {
            FieldKind::Plain => {}
            FieldKind::Struct => *f = copy_struct(rt, m, *f, t)?,
            k @ (FieldKind::Mutex | FieldKind::WaitGroup) => *f = copy_sync(rt, m, *f, k)?,
            FieldKind::Cell => *f = copy_cell(rt, m, *f)?,
        }
    }
    Ok(Value::handle(alloc(rt, m, lay.object(fields))?))
}

/// A copy of the sync.Mutex or sync.WaitGroup whose object is `src`: a new object in the
/// state the original is in now, as Go copies the state word (a copy of a locked Mutex is
/// locked, a copied WaitGroup keeps its counter: the bugs of copying them by value). The
/// original's waiters stay its own.
fn copy_sync(rt: &Runtime, m: &mut MCtx, src: Value, kind: FieldKind) -> Result<Value, Exit> {
    let obj = match (src.h, kind) {
        (0, FieldKind::Mutex) => Obj::Mutex(Default::default()),
        (0, _) => Obj::WaitGroup(Default::default()),
        (h, _) => match &*rt.heap.lock(h) {
            Obj::Mutex(mx) => {
                Obj::Mutex(crate::rt::sync::Mutex { locked: mx.locked, ..Default::default() })
            }
            Obj::WaitGroup(w) => Obj::WaitGroup(crate::rt::sync::WaitGroup {
                counter: w.counter,
                ..Default::default()
            }),
            _ => internal_error("copy of a sync value that is not a Mutex or WaitGroup"),
        },
    };
    alloc_value(rt, m, obj)
}

/// A copy of the library cell `src` (atomic.Int64, strings.Builder, sync.RWMutex, ...): a
/// new cell whose value is a copy of the original's now (`rt::obj::copy_lib_state`), so
/// the two never share a counter, a buffer or a lock, as Go's value copies do not.
fn copy_cell(rt: &Runtime, m: &mut MCtx, src: Value) -> Result<Value, Exit> {
    let v = cell_copy_value(rt, m, src)?;
    alloc_value(rt, m, Obj::Cell(v))
}

/// The value a copy of cell `src` holds: the original's, with the object it refers to (a
/// Builder's buffer, an RWMutex) copied.
fn cell_copy_value(rt: &Runtime, m: &mut MCtx, src: Value) -> Result<Value, Exit> {
    let v = if src.h == 0 { Value::ZERO } else { super::ptr::load(rt, src)? };
    // An interface (atomic.Value's) is copied as it is.
    if v.h == 0 || v.t != 0 {
        return Ok(v);
    }
    let copy = crate::rt::obj::copy_lib_state(&rt.heap.lock(v.h));
    match copy {
        Some(obj) => alloc_value(rt, m, obj),
        None => Ok(v),
    }
}

/// `*dst = src` for a library cell: dst's cell (which pointers to it keep seeing) takes a
/// copy of src's value.
fn store_cell(rt: &Runtime, m: &mut MCtx, dst: Value, src: Value) -> Result<(), Exit> {
    if dst.h == 0 || src.h == 0 || dst.h == src.h {
        return Ok(());
    }
    let v = cell_copy_value(rt, m, src)?;
    super::ptr::store(rt, dst, v)
}

/// `*dst = src` for a sync.Mutex or WaitGroup: dst's object (which pointers to it keep
/// seeing) takes src's state, as `copy_sync` copies it; dst's own waiters stay.
fn store_sync_into(rt: &Runtime, dst: Value, src: Value) -> Result<(), Exit> {
    if dst.h == 0 || dst.h == src.h {
        return Ok(());
    }
    let (locked, counter) = match src.h {
        0 => (false, 0),
        h => match &*rt.heap.lock(h) {
            Obj::Mutex(mx) => (mx.locked, 0),
            Obj::WaitGroup(w) => (false, w.counter),
            _ => internal_error("store of a sync value that is not a Mutex or WaitGroup"),
        },
    };
    match &mut *rt.heap.lock(dst.h) {
        Obj::Mutex(mx) => mx.locked = locked,
        Obj::WaitGroup(w) => w.counter = counter,
        _ => internal_error("store into a sync value that is not a Mutex or WaitGroup"),
    }
    Ok(())
}

/// `[N]T(s)` (see `Op::SliceToArray`).
pub(super) fn slice_to_array(
    rt: &Runtime,
    m: &mut MCtx,
    s: Value,
    ty: TypeId,
) -> Result<Value, Exit> {
    let n = layout(rt, ty).len();
    if s.slice_len() < n {
        return Err(Exit::Panic(format!(
            "runtime error: cannot convert slice with length {} to array or pointer to array with length {}",
            s.slice_len(),
            n
        ).into()));
    }
    let elems = match s.h {
        0 => Vec::new(),
        h => match &*rt.heap.lock(h) {
            Obj::Array(a) => a[s.slice_off()..s.slice_off() + n].to_vec(),
            _ => internal_error("slice handle does not refer to an array"),
        },
    };
    let tmp = Value::handle(alloc(rt, m, Obj::Array(elems))?);
    // The elements are copied as Go copies them (nested values deeply).
    if layout(rt, ty).plain_array(rt) {
        Ok(tmp)
    } else {
        copy_struct(rt, m, tmp, ty)
    }
}

/// `(*[n]T)(s)` (see `Op::SliceToArrayPtr`).
pub(super) fn slice_to_array_ptr(
    rt: &Runtime,
    m: &mut MCtx,
    s: Value,
    n: usize,
) -> Result<Value, Exit> {
    if s.slice_len() < n {
        return Err(Exit::Panic(format!(
            "runtime error: cannot convert slice with length {} to array or pointer to array with length {}",
            s.slice_len(),
            n
        ).into()));
    }
    if s.h == 0 {
        // A nil slice gives a nil pointer (n is 0 here).
        return Ok(Value::ZERO);
    }
    if n == 0 {
        // No elements to share: any pointer to an empty array is the same.
        return Ok(Value::handle(alloc(rt, m, Obj::Array(Vec::new()))?));
    }
    let whole = match &*rt.heap.lock(s.h) {
        Obj::Array(a) => a.len() == n,
        _ => internal_error("slice handle does not refer to an array"),
    };
    if s.slice_off() != 0 || !whole {
        return Err(Exit::Fatal(format!(
            "gopark: converting a slice to a pointer to an array is not supported yet where the slice does not span its whole backing array (here {} elements from offset {}, for an array of {})",
            s.slice_cap(),
            s.slice_off(),
            n
        ).into()));
    }
    Ok(Value::handle(s.h))
}

/// Copies src's fields into the existing struct object dst, nested structs into dst's
/// nested objects (see `Op::StoreStructInto`). It allocates only a cell's object that dst
/// has not made yet (`store_cell`); a `NeedGc` retry stores the same values again.
pub(super) fn store_struct_into(
    rt: &Runtime,
    m: &mut MCtx,
    dst: Value,
    src: Value,
    ty: TypeId,
) -> Result<(), Exit> {
    if dst.h == 0 {
        return Err(Exit::Panic(NIL_DEREF.into()));
    }
    if dst.h == src.h {
        return Ok(());
    }
    match field_kind(rt, ty) {
        FieldKind::Mutex | FieldKind::WaitGroup => return store_sync_into(rt, dst, src),
        FieldKind::Cell => return store_cell(rt, m, dst, src),
        _ => {}
    }
    let lay = layout(rt, ty);
    let from = fields(rt, src.h);
    if lay.plain_array(rt) {
        if let Obj::Array(a) = &mut *rt.heap.lock(dst.h) {
            let n = a.len().min(from.len());
            a[..n].copy_from_slice(&from[..n]);
        }
        return Ok(());
    }
    let into = fields(rt, dst.h);
    let mut plain = Vec::new();
    for i in 0..lay.len() {
        let t = lay.ty(i);
        let v = from.get(i).copied().unwrap_or(Value::ZERO);
        match field_kind(rt, t) {
            FieldKind::Plain => plain.push((i, v)),
            FieldKind::Struct => {
                store_struct_into(rt, m, into.get(i).copied().unwrap_or(Value::ZERO), v, t)?
            }
            FieldKind::Mutex | FieldKind::WaitGroup => {
                store_sync_into(rt, into.get(i).copied().unwrap_or(Value::ZERO), v)?
            }
            // The field's cell keeps its identity and takes the value (as copy_struct).
            FieldKind::Cell => store_cell(rt, m, into.get(i).copied().unwrap_or(Value::ZERO), v)?,
        }
    }
    if let Obj::Struct(f) | Obj::Array(f) = &mut *rt.heap.lock(dst.h) {
        for (i, v) in plain {
            if let Some(slot) = f.get_mut(i) {
                *slot = v;
            }
        }
    }
    Ok(())
}

/// `obj.f` (field `idx`); a nil obj is Go's nil dereference, faulting at `addr`.
pub(super) fn load_field(rt: &Runtime, obj: Value, idx: u16, addr: u32) -> Result<Value, Exit> {
    if obj.h == 0 {
        return Err(super::nil_deref_at(addr));
    }
    match &*rt.heap.lock(obj.h) {
        Obj::Struct(f) => Ok(f.get(idx as usize).copied().unwrap_or(Value::ZERO)),
        _ => internal_error("field load from a value that is not a struct"),
    }
}

/// `obj.f = v`.
pub(super) fn store_field(
    rt: &Runtime,
    obj: Value,
    idx: u16,
    v: Value,
    addr: u32,
) -> Result<(), Exit> {
    if obj.h == 0 {
        return Err(super::nil_deref_at(addr));
    }
    match &mut *rt.heap.lock(obj.h) {
        Obj::Struct(f) => {
            if let Some(slot) = f.get_mut(idx as usize) {
                *slot = v;
            }
        }
        _ => internal_error("field store to a value that is not a struct"),
    }
    Ok(())
}

/// `&obj.f` for a field that is not a struct: an interior pointer (see ptr.rs).
pub(super) fn field_addr(obj: Value, idx: u16) -> Result<Value, Exit> {
    if obj.h == 0 {
        return Err(Exit::Panic(NIL_DEREF.into()));
    }
    Ok(Value { w: idx as u64 + 1, h: obj.h, t: 0 })
}

/// Go's == on two values of type `ty` (a comparable type): fields and elements in order,
/// so an interface field holding a slice panics as Go's runtime does ("comparing
/// uncomparable type []int") once the fields before it are equal. No shortcut for one
/// object compared with itself: a NaN field makes it unequal, and such a panic still comes.
pub fn values_equal(rt: &Runtime, a: Value, b: Value, ty: TypeId) -> Result<bool, Exit> {
    let all = |pairs: Vec<(Value, Value, TypeId)>| -> Result<bool, Exit> {
        for (x, y, t) in pairs {
            if !values_equal(rt, x, y, t)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(match rt.prog.types.get(ty as usize).map(|d| &d.kind) {
        Some(TypeKind::Float64 | TypeKind::Float32) => a.as_float() == b.as_float(),
        Some(TypeKind::Complex { .. }) => rt.heap.complex(a) == rt.heap.complex(b),
        Some(TypeKind::String) => a.h == b.h || rt.heap.bytes(a) == rt.heap.bytes(b),
        // A time.Time is an Int with its Location's handle (0 for other ints).
        Some(TypeKind::Bool) | Some(TypeKind::Int { .. }) => a.w == b.w && a.h == b.h,
        Some(TypeKind::Struct { fields: types }) => {
            let (fa, fb) = (fields(rt, a.h), fields(rt, b.h));
            let at = |f: &[Value], i: usize| f.get(i).copied().unwrap_or(Value::ZERO);
            all(types.iter().enumerate().map(|(i, (_, t))| (at(&fa, i), at(&fb, i), *t)).collect())?
        }
        Some(TypeKind::Array { elem, .. }) => {
            let (fa, fb) = (fields(rt, a.h), fields(rt, b.h));
            fa.len() == fb.len() && all(fa.iter().zip(&fb).map(|(x, y)| (*x, *y, *elem)).collect())?
        }
        Some(TypeKind::Interface) => super::iface::equal(rt, a, b)?,
        _ => a.h == b.h && a.w == b.w,
    })
}
