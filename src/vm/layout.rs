//! Go's 64-bit memory layout of the program's types (gc on amd64): sizes, alignments and
//! field offsets. gopark's objects are not laid out this way, but Go programs can see the
//! layout: reflect's Size, Align and StructField.Offset, and the fault address a nil
//! pointer dereference reports (`[signal SIGSEGV ... addr=0x8 ...]`).

use super::op::TypeId;
use super::program::{Program, TypeKind};

/// Nesting deeper than this is laid out as one word (a cycle can only pass through
/// pointers, but a broken table must not recurse forever).
const MAX_DEPTH: usize = 64;

impl Program {
    /// The size and alignment gc gives a value of type `ty` on a 64-bit machine.
    pub fn layout(&self, ty: TypeId) -> (u64, u64) {
        layout(self, ty, 0)
    }

    /// The offsets of a struct type's fields (empty for any other type).
    pub fn field_offsets(&self, ty: TypeId) -> Vec<u64> {
        struct_layout(self, ty, 0).1
    }

    /// The offset of the first word of a value of type `ty` that holds no pointer, where
    /// gc's code storing such a value writes first (a pointer word goes through the write
    /// barrier, after an explicit nil check of the destination); None when every word is a
    /// pointer. A string's or slice's length, an interface's type word, a number itself.
    pub fn first_scalar_word(&self, ty: TypeId) -> Option<u64> {
        first_scalar_word(self, ty, 0)
    }
}

fn layout(prog: &Program, ty: TypeId, depth: usize) -> (u64, u64) {
    let Some(d) = prog.types.get(ty as usize) else { return (0, 1) };
    match &d.kind {
        TypeKind::Bool => (1, 1),
        TypeKind::Int { .. } if d.name == "time.Time" => (24, 8),
        TypeKind::Int { bits, .. } => (*bits as u64 / 8, *bits as u64 / 8),
        TypeKind::Float32 => (4, 4),
        TypeKind::Complex { single: true } => (8, 4),
        TypeKind::Complex { single: false } | TypeKind::String | TypeKind::Interface => (16, 8),
        TypeKind::Slice { .. } => (24, 8),
        TypeKind::Array { elem, len } if depth < MAX_DEPTH => {
            let (size, align) = layout(prog, *elem, depth + 1);
            (size.saturating_mul(*len), align)
        }
        TypeKind::Struct { .. } if depth < MAX_DEPTH => struct_layout(prog, ty, depth).0,
        _ => (8, 8),
    }
}

/// A struct type's (size, alignment) and its fields' offsets.
fn struct_layout(prog: &Program, ty: TypeId, depth: usize) -> ((u64, u64), Vec<u64>) {
    let Some(TypeKind::Struct { fields }) = prog.types.get(ty as usize).map(|d| &d.kind) else {
        return ((0, 1), vec![]);
    };
    let (mut off, mut max_align, mut offsets, mut last_size) = (0u64, 1u64, Vec::new(), 1);
    for (_, fty) in fields {
        let (size, align) = layout(prog, *fty, depth + 1);
        off = off.div_ceil(align.max(1)) * align.max(1);
        offsets.push(off);
        off = off.saturating_add(size);
        max_align = max_align.max(align);
        last_size = size;
    }
    // A final zero-size field gets a byte, so a pointer to it stays inside the struct.
    if last_size == 0 && off > 0 {
        off += 1;
    }
    ((off.div_ceil(max_align) * max_align, max_align), offsets)
}

fn first_scalar_word(prog: &Program, ty: TypeId, depth: usize) -> Option<u64> {
    let d = prog.types.get(ty as usize)?;
    match &d.kind {
        TypeKind::String | TypeKind::Slice { .. } => Some(8),
        TypeKind::Array { elem, len } if *len > 0 && depth < MAX_DEPTH => {
            first_scalar_word(prog, *elem, depth + 1)
        }
        TypeKind::Struct { fields } if depth < MAX_DEPTH => {
            let offsets = struct_layout(prog, ty, depth).1;
            let mut words = fields.iter().zip(offsets);
            words.find_map(|((_, f), off)| Some(off + first_scalar_word(prog, *f, depth + 1)?))
        }
        TypeKind::Array { .. } | TypeKind::Struct { .. } => None,
        TypeKind::Pointer
        | TypeKind::StructPtr { .. }
        | TypeKind::Chan { .. }
        | TypeKind::Func
        | TypeKind::Map { .. }
        | TypeKind::Invalid => None,
        _ => Some(0),
    }
}
