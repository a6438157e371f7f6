//! Slices and their conversions to and from strings (layout in vm/value.rs: backing array
//! handle in `h`, offset and length in `w`, capacity in `t`). Element access locks the
//! backing array's slot.

use super::alloc::{new_array, new_string, new_string_bytes, out_of_memory};
use super::structs::{field_kind, new_struct, zero_field, FieldKind};
use super::Exit;
use crate::rt::obj::Obj;
use crate::rt::sizeclass::grown_cap;
use crate::sched::{MCtx, Runtime};
use crate::sys::internal_error;
use crate::vm::op::{ElemSize, TypeId, SLICE_ARRAY, SLICE_HI, SLICE_LO, SLICE_MAX};
use crate::vm::op::{SLICE_HI_U, SLICE_LO_U, SLICE_MAX_U};
use crate::vm::value::Value;

/// `Op::CheckIndexU`: an index of type uint, uint64 or uintptr of 2^63 or more (which the
/// index instruction after it would take for a negative int) is out of range, and Go
/// prints it as the unsigned number it is.
pub(super) fn check_index_u(rt: &Runtime, s: Value, i: i64, string: bool) -> Result<(), Exit> {
    if i >= 0 {
        return Ok(());
    }
    let len = if string { rt.heap.bytes(s).len() } else { s.slice_len() };
    Err(Exit::Panic(
        format!("runtime error: index out of range [{}] with length {len}", i as u64).into(),
    ))
}

/// Go's text for an index out of range (negative indexes have no length part).
pub(super) fn index_panic(i: i64, len: usize) -> Exit {
    if i < 0 {
        Exit::Panic(format!("runtime error: index out of range [{i}]").into())
    } else {
        Exit::Panic(format!("runtime error: index out of range [{i}] with length {len}").into())
    }
}

/// The index of element `i` of `s` in its backing array, or Go's index panic.
fn elem_index(s: Value, i: i64) -> Result<usize, Exit> {
    if i < 0 || i as usize >= s.slice_len() {
        return Err(index_panic(i, s.slice_len()));
    }
    Ok(s.slice_off() + i as usize)
}

/// Copies out the elements of a slice (taking its array's lock once).
pub(super) fn elems(rt: &Runtime, s: Value) -> Vec<Value> {
    if s.h == 0 || s.slice_len() == 0 {
        return Vec::new();
    }
    match &*rt.heap.lock(s.h) {
        Obj::Array(a) => a[s.slice_off()..s.slice_off() + s.slice_len()].to_vec(),
        _ => internal_error("slice handle does not refer to an array"),
    }
}

/// `Op::MakeSlice`: make([]elem, n, c) with Go's checks and panics.
pub(super) fn make(
    rt: &Runtime,
    m: &mut MCtx,
    n: i64,
    c: i64,
    elem: TypeId,
) -> Result<Value, Exit> {
    // Go's limit is the address space (maxAlloc, 2^48 bytes on 64-bit systems).
    if !(0..=(1i64 << 44)).contains(&n) {
        return Err(Exit::Panic("runtime error: makeslice: len out of range".into()));
    }
    if c < n || c > (1i64 << 44) {
        return Err(Exit::Panic("runtime error: makeslice: cap out of range".into()));
    }
    // Our slices hold 32-bit lengths; anything longer cannot fit any heap limit.
    if c > u32::MAX as i64 {
        return Err(out_of_memory(rt));
    }
    let sv = new_array(rt, m, &[], n as usize, c as usize)?;
    // Struct elements (and sync.Mutex, WaitGroup and library cell elements, handles of
    // runtime objects) are objects of their own: every one in the capacity starts as a zero
    // one (allocated before the array is visible, so a NeedGc retry just makes the array
    // again).
    if field_kind(rt, elem) != FieldKind::Plain {
        let mut zs = Vec::with_capacity(c as usize);
        for _ in 0..c {
            zs.push(zero_field(rt, m, elem)?);
        }
        if let Obj::Array(a) = &mut *rt.heap.lock(sv.h) {
            a[..zs.len()].copy_from_slice(&zs);
        }
    }
    Ok(sv)
}

/// `clear(s)` of a slice (see `Op::ClearSlice`).
pub(super) fn clear(rt: &Runtime, m: &mut MCtx, s: Value, elem: TypeId) -> Result<(), Exit> {
    if s.h == 0 || s.slice_len() == 0 {
        return Ok(());
    }
    let range = s.slice_off()..s.slice_off() + s.slice_len();
    if field_kind(rt, elem) == FieldKind::Struct {
        // Each element object is zeroed in place: a fresh zero copied into it.
        for e in elems(rt, s) {
            let z = new_struct(rt, m, elem)?;
            super::structs::store_struct_into(rt, m, e, z, elem)?;
        }
        return Ok(());
    }
    // A sync object or cell element becomes a fresh zero one (made before the lock).
    let mut zs = Vec::new();
    if field_kind(rt, elem) != FieldKind::Plain {
        for _ in range.clone() {
            zs.push(zero_field(rt, m, elem)?);
        }
    }
    if let Obj::Array(a) = &mut *rt.heap.lock(s.h) {
        match zs.is_empty() {
            true => a[range].fill(Value::ZERO),
            false => a[range].copy_from_slice(&zs),
        }
    }
    Ok(())
}

/// `s[i]`.
pub(super) fn index(rt: &Runtime, s: Value, i: i64) -> Result<Value, Exit> {
    let at = elem_index(s, i)?;
    match &*rt.heap.lock(s.h) {
        Obj::Array(a) => Ok(a[at]),
        _ => internal_error("index of a slice whose handle is not an array"),
    }
}

/// `s[i] = v`.
pub(super) fn store(rt: &Runtime, s: Value, i: i64, v: Value) -> Result<(), Exit> {
    let at = elem_index(s, i)?;
    match &mut *rt.heap.lock(s.h) {
        Obj::Array(a) => a[at] = v,
        _ => internal_error("store to a slice whose handle is not an array"),
    }
    Ok(())
}

/// `&s[i]`: an interior pointer (see ptr.rs).
pub(super) fn elem_addr(s: Value, i: i64) -> Result<Value, Exit> {
    let at = elem_index(s, i)?;
    Ok(Value { w: at as u64 + 1, h: s.h, t: 0 })
}

/// append: writes `extra` after s's elements in place when the capacity allows, else into a
/// new array. Allocates before it changes anything, so a `NeedGc` retry is safe.
/// `extra` must already be values of its own (copies, for struct and array elements).
pub(super) fn append(
    rt: &Runtime,
    m: &mut MCtx,
    s: Value,
    extra: &[Value],
    elem: TypeId,
    esize: ElemSize,
) -> Result<Value, Exit> {
    let (len, cap) = (s.slice_len(), s.slice_cap());
    let n = extra.len();
    if n == 0 {
        return Ok(s);
    }
    let newlen = len + n;
    if newlen <= cap {
        let off = s.slice_off();
        return if elem == 0 {
            match &mut *rt.heap.lock(s.h) {
                Obj::Array(a) => a[off + len..off + newlen].copy_from_slice(extra),
                _ => internal_error("append to a slice whose handle is not an array"),
            }
            Ok(Value::slice(s.h, off as u32, newlen as u32, cap as u32))
        } else {
            let to = Value::slice(s.h, (off + len) as u32, n as u32, (cap - len) as u32);
            store_values(rt, m, to, extra, elem)?;
            Ok(Value::slice(s.h, off as u32, newlen as u32, cap as u32))
        };
    }
    let newcap = grown_cap(cap, newlen, esize);
    // The new array owns its elements: the old ones are copied, not shared with s.
    let mut init = copy_values(rt, m, elems(rt, s), elem)?;
    init.extend_from_slice(extra);
    new_array(rt, m, &init, newlen, newcap)
}

/// Deep copies of struct or array values of type `elem` (the values themselves when elem
/// is 0). Only allocates, so a `NeedGc` retry is safe.
pub(super) fn copy_values(
    rt: &Runtime,
    m: &mut MCtx,
    vals: Vec<Value>,
    elem: TypeId,
) -> Result<Vec<Value>, Exit> {
    if elem == 0 {
        return Ok(vals);
    }
    vals.into_iter().map(|v| super::structs::copy_struct(rt, m, v, elem)).collect()
}

/// Stores `vals` (values of their own) into the first elements of slice `to`: struct and
/// array values into the objects already there, so pointers to them see the new value as
/// in Go; a slot with no object takes the value.
fn store_values(
    rt: &Runtime,
    m: &mut MCtx,
    to: Value,
    vals: &[Value],
    elem: TypeId,
) -> Result<(), Exit> {
    let slots = elems(rt, to);
    for (i, (&slot, &v)) in slots.iter().zip(vals).enumerate() {
        if slot.h != 0 {
            super::structs::store_struct_into(rt, m, slot, v, elem)?;
        } else if let Obj::Array(a) = &mut *rt.heap.lock(to.h) {
            a[to.slice_off() + i] = v;
        }
    }
    Ok(())
}

/// Checks slice bounds in Go's order (max, then hi, then lo) with Go's panic texts.
/// `limit` is the capacity (slices) or the length (strings); `what` names it.
pub(super) fn bounds(
    lo: i128,
    hi: i128,
    max: Option<i128>,
    limit: usize,
    what: &str,
    has_hi: bool,
) -> Result<(), Exit> {
    let lim = limit as i128;
    let fail = |s: String| {
        Err(Exit::Panic(format!("runtime error: slice bounds out of range {s}").into()))
    };
    if let Some(mx) = max {
        if mx < 0 {
            return fail(format!("[::{mx}]"));
        }
        if mx > lim {
            return fail(format!("[::{mx}] with {what} {limit}"));
        }
        if hi < 0 {
            return fail(format!("[:{hi}:]"));
        }
        if hi > mx {
            return fail(format!("[:{hi}:{mx}]"));
        }
        if lo < 0 {
            return fail(format!("[{lo}::]"));
        }
        if lo > hi {
            return fail(format!("[{lo}:{hi}:]"));
        }
        return Ok(());
    }
    if has_hi {
        if hi < 0 {
            return fail(format!("[:{hi}]"));
        }
        if hi > lim {
            return fail(format!("[:{hi}] with {what} {limit}"));
        }
    }
    if lo < 0 {
        return fail(format!("[{lo}:]"));
    }
    if lo > hi {
        return fail(format!("[{lo}:{hi}]"));
    }
    Ok(())
}

/// The bounds of `Op::SliceExpr` / `Op::SliceStr` as written: lo, hi and max when present.
#[derive(Clone, Copy)]
pub(super) struct Bounds {
    pub lo: i64,
    pub hi: i64,
    pub max: i64,
    pub flags: u8,
}

impl Bounds {
    /// Bound `v` as written, whose bit in `flags` is `has`; as its unsigned value when the
    /// flag `unsigned` says its type is (a uint of 2^63 or more is not negative).
    fn get(self, v: i64, has: u8, unsigned: u8) -> Option<i128> {
        let wide = if self.flags & unsigned != 0 { v as u64 as i128 } else { v as i128 };
        (self.flags & has != 0).then_some(wide)
    }
    /// lo and hi, the absent ones 0 and `len`.
    fn lo_hi(self, len: usize) -> (i128, i128) {
        let lo = self.get(self.lo, SLICE_LO, SLICE_LO_U).unwrap_or(0);
        (lo, self.get(self.hi, SLICE_HI, SLICE_HI_U).unwrap_or(len as i128))
    }
}

/// `s[lo:hi:max]` of a slice.
pub(super) fn slice(s: Value, b: Bounds) -> Result<Value, Exit> {
    let (l, h) = b.lo_hi(s.slice_len());
    let mx = b.get(b.max, SLICE_MAX, SLICE_MAX_U);
    let what = if b.flags & SLICE_ARRAY != 0 { "length" } else { "capacity" };
    bounds(l, h, mx, s.slice_cap(), what, b.flags & SLICE_HI != 0)?;
    // In range: every bound fits the slice's 32-bit capacity.
    let (l, h) = (l as i64, h as i64);
    let c = mx.map_or(s.slice_cap() as i64, |m| m as i64);
    Ok(if s.h == 0 {
        Value::ZERO
    } else {
        Value::slice(s.h, (s.slice_off() as i64 + l) as u32, (h - l) as u32, (c - l) as u32)
    })
}

/// `s[lo:hi]` of a string: a new string.
pub(super) fn slice_str(rt: &Runtime, m: &mut MCtx, s: Value, b: Bounds) -> Result<Value, Exit> {
    let text = rt.heap.bytes(s);
    let (l, h) = b.lo_hi(text.len());
    bounds(l, h, None, text.len(), "length", b.flags & SLICE_HI != 0)?;
    // Go's strings are bytes: a cut inside a UTF-8 sequence keeps the bytes.
    new_string_bytes(rt, m, &text[l as usize..h as usize])
}

/// The rune a code point stands for in `string(r)` and `string(runes)`: U+FFFD for
/// surrogates and values outside Unicode.
pub(super) fn rune_char(r: i64) -> char {
    u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}')
}

/// `copy(to, from)`: the number of elements copied.
pub(super) fn copy(
    rt: &Runtime,
    m: &mut MCtx,
    to: Value,
    from: Value,
    elem: TypeId,
) -> Result<i64, Exit> {
    let n = to.slice_len().min(from.slice_len());
    if n > 0 && elem != 0 {
        // Copies of the sources first, so an overlapping copy reads the old values.
        let mut src = elems(rt, from);
        src.truncate(n);
        let src = copy_values(rt, m, src, elem)?;
        store_values(rt, m, to, &src, elem)?;
    } else if n > 0 {
        let src = elems(rt, from);
        match &mut *rt.heap.lock(to.h) {
            Obj::Array(a) => a[to.slice_off()..to.slice_off() + n].copy_from_slice(&src[..n]),
            _ => internal_error("copy to a slice whose handle is not an array"),
        }
    }
    Ok(n as i64)
}

/// `[]byte(s)`, or `[]rune(s)` when `runes`.
pub(super) fn from_str(rt: &Runtime, m: &mut MCtx, s: Value, runes: bool) -> Result<Value, Exit> {
    let text = rt.heap.bytes(s);
    let elems: Vec<Value> = if runes {
        let mut out = Vec::with_capacity(text.len());
        let mut i = 0;
        while i < text.len() {
            let (r, n) = crate::rt::obj::decode_rune(&text[i..]);
            out.push(Value::int(r as i64));
            i += n;
        }
        out
    } else {
        text.iter().map(|&b| Value::int(b as i64)).collect()
    };
    new_array(rt, m, &elems, elems.len(), elems.len())
}

/// `string(b)` of a []byte, or of a []rune when `runes`.
pub(super) fn to_str(rt: &Runtime, m: &mut MCtx, s: Value, runes: bool) -> Result<Value, Exit> {
    let elems = elems(rt, s);
    if runes {
        let text: String = elems.iter().map(|v| rune_char(v.as_int())).collect();
        new_string(rt, m, &text)
    } else {
        let bytes: Vec<u8> = elems.iter().map(|v| v.w as u8).collect();
        new_string_bytes(rt, m, &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(r: Result<(), Exit>) -> String {
        match r {
            Err(Exit::Panic(m)) => m.into_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn slice_bounds_use_gos_words() {
        let p = "runtime error: slice bounds out of range ";
        assert_eq!(
            msg(bounds(0, 5, None, 3, "capacity", true)),
            format!("{p}[:5] with capacity 3")
        );
        assert_eq!(msg(bounds(0, 5, None, 3, "length", true)), format!("{p}[:5] with length 3"));
        assert_eq!(msg(bounds(2, 1, None, 3, "capacity", true)), format!("{p}[2:1]"));
        assert_eq!(msg(bounds(5, 3, None, 3, "capacity", false)), format!("{p}[5:3]"));
        assert_eq!(msg(bounds(-1, 2, None, 3, "capacity", true)), format!("{p}[-1:]"));
        assert_eq!(msg(bounds(0, -1, None, 3, "capacity", true)), format!("{p}[:-1]"));
        assert_eq!(
            msg(bounds(0, 1, Some(4), 3, "capacity", true)),
            format!("{p}[::4] with capacity 3")
        );
        assert_eq!(msg(bounds(0, 3, Some(2), 3, "capacity", true)), format!("{p}[:3:2]"));
        assert_eq!(msg(bounds(2, 1, Some(2), 3, "capacity", true)), format!("{p}[2:1:]"));
        assert!(bounds(1, 3, Some(3), 3, "capacity", true).is_ok());
        assert!(bounds(3, 3, None, 3, "capacity", false).is_ok());
    }

    #[test]
    fn index_panics_use_gos_words() {
        let m = |e: Exit| match e {
            Exit::Panic(m) => m.into_string(),
            other => format!("{other:?}"),
        };
        assert_eq!(m(index_panic(5, 3)), "runtime error: index out of range [5] with length 3");
        assert_eq!(m(index_panic(-1, 3)), "runtime error: index out of range [-1]");
    }

    #[test]
    fn slice_values_pack_offset_length_and_capacity() {
        let s = Value::slice(7, 2, 3, 10);
        assert_eq!((s.h, s.slice_off(), s.slice_len(), s.slice_cap()), (7, 2, 3, 10));
        assert_eq!(Value::ZERO.slice_len(), 0, "a nil slice is empty");
    }
}

#[cfg(test)]
mod grow_tests {
    use super::*;
    use crate::vm::op::ELEM_POINTERS;

    #[test]
    fn capacities_as_go_grows_them() {
        let int = 8;
        // The Tour's append: 0 -> 1 -> 2 -> 5 elements of int.
        assert_eq!(grown_cap(0, 1, int), 1);
        assert_eq!(grown_cap(1, 2, int), 2);
        assert_eq!(grown_cap(2, 5, int), 6);
        // Appending one int at a time from empty: 1 2 4 8 16 32 64 128 256 512 848.
        let mut caps = vec![];
        let mut cap = 0;
        for len in 1..=600 {
            if len > cap {
                cap = grown_cap(cap, len, int);
                caps.push(cap);
            }
        }
        assert_eq!(caps, [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848]);
        // Bytes round up to 8; strings (16 bytes with pointers) past 512 bytes carry the
        // allocator's 8-byte header: 64 strings (1024 bytes) take the 1152 class, 71 fit.
        assert_eq!(grown_cap(0, 1, 1), 8);
        assert_eq!(grown_cap(0, 3, 16 | ELEM_POINTERS), 3);
        assert_eq!(grown_cap(32, 33, 16 | ELEM_POINTERS), 71);
        assert_eq!(grown_cap(0, 5, 0), 5);
    }
}
