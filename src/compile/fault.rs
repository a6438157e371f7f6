//! The fault address of a nil pointer dereference, as gc's code on amd64 would report it in
//! `[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=...]`: gc lets the memory
//! access itself fault, so the address is the offset of the word accessed first from the
//! nil pointer (`p.Left` of `struct{ Val int; Left, Right *Node }` faults at 0x8). Offsets
//! of 4096 or more get an explicit nil check first (address 0), and so does a store of a
//! pointer (the write barrier), while a store of a string or slice writes its length first.

use super::expr::array_len;
use super::Gen;
use crate::lang::ast::{Expr, ExprKind};
use crate::lang::check::Selection;
use crate::lang::types::Type;
use crate::vm::op::{Op, Reg};

/// gc's minimum legal pointer: a smaller offset from nil is sure to fault.
const MIN_LEGAL_POINTER: u64 = 4096;

/// A chain of field selections `x.a.b.c` as one path from its root `x`.
pub(crate) struct FieldChain<'e> {
    pub root: &'e Expr,
    pub path: Vec<u16>,
    /// For each step of `path`, the fault address when the object it loads from is nil.
    pub addrs: Vec<u32>,
    /// The address a load of the last field alone faults at (`p.n += 1` loads before it
    /// stores).
    pub last_load: u32,
}

impl Gen<'_> {
    /// The field selections of `e` and of the selector expressions it is made of (so
    /// `p.inner.x` faults at the sum of both offsets, as the one load gc makes does), or
    /// None when `e` is not a field selection. `tail` is the offset of the word accessed
    /// first inside the last field (None: gc checks the pointer explicitly first).
    pub(crate) fn field_chain<'e>(
        &mut self,
        e: &'e Expr,
        tail: Option<u64>,
    ) -> Option<FieldChain<'e>> {
        let (root, path) = self.chain_path(e)?;
        let (addrs, last_load) = self.fault_addrs(&self.ty(root), &path, tail);
        Some(FieldChain { root, path, addrs, last_load })
    }

    /// Loads the fields of `chain` but the last `keep` from its root's value `obj`, the
    /// last into `dst` if given. Returns the register holding the last object loaded.
    pub(crate) fn load_chain(
        &mut self,
        mut obj: Reg,
        chain: &FieldChain,
        keep: usize,
        dst: Option<Reg>,
    ) -> Reg {
        let n = chain.path.len().saturating_sub(keep);
        for (k, (&idx, &addr)) in chain.path[..n].iter().zip(&chain.addrs).enumerate() {
            let to = match dst {
                Some(d) if k + 1 == n => d,
                _ => self.alloc(),
            };
            self.emit(Op::LoadField { dst: to, obj, idx, addr });
            obj = to;
        }
        obj
    }

    /// The value of `e`, through field_chain when it is a field selection (`tail` as
    /// there), else as `expr` gives it.
    pub(crate) fn field_value(&mut self, e: &Expr, tail: Option<u64>) -> Reg {
        let Some(chain) = self.field_chain(e, tail) else { return self.expr(e) };
        let obj = self.expr(chain.root);
        self.set_line(e.pos);
        self.load_chain(obj, &chain, 0, None)
    }

    /// The fault address of each step of an embedded-field `path` from a value of type
    /// `xt` (a method's receiver reached through embedded fields).
    pub(crate) fn path_fault_addrs(&mut self, xt: &Type, path: &[u16]) -> Vec<u32> {
        self.fault_addrs(xt, path, Some(0)).0
    }

    /// Where a store of a value of type `t` writes first: its first word holding no pointer
    /// (None when every word is one: the write barrier's nil check comes first).
    pub(crate) fn store_word(&mut self, t: &Type) -> Option<u64> {
        let id = self.type_id(t);
        self.prog.first_scalar_word(id)
    }

    /// The `tail` (see field_chain) of `x[index]` for an array or pointer to array `x`:
    /// the element's offset for a constant index, an explicit check (None) otherwise.
    pub(crate) fn index_tail(&mut self, x: &Expr, index: &Expr, store: bool) -> Option<u64> {
        let i = u64::try_from(self.const_val(index)?.to_int()?).ok()?;
        let elem = match self.ty(x).underlying() {
            Type::Array(_, e) => (*e).clone(),
            Type::Pointer(p) => match p.underlying() {
                Type::Array(_, e) => (*e).clone(),
                _ => return None,
            },
            _ => return None,
        };
        let word = if store { self.store_word(&elem)? } else { 0 };
        let id = self.type_id(&elem);
        Some(i.checked_mul(self.prog.layout(id).0)?.saturating_add(word))
    }

    /// `x` of `x[index]` for an array or pointer to array `x` as a slice of its elements
    /// (any other `x` as slice_view makes it), faulting where gc's code would when the
    /// array is reached through a nil pointer: at the element of a constant index.
    pub(crate) fn indexed_view(&mut self, x: &Expr, index: &Expr, store: bool) -> Reg {
        let Some(n) = array_len(&self.ty(x)) else { return self.slice_view(x) };
        let is_ptr = matches!(self.ty(x).underlying(), Type::Pointer(_));
        let tail = self.index_tail(x, index, store);
        let a = self.field_value(x, if is_ptr { Some(0) } else { tail });
        let addr = fault_addr(tail);
        if is_ptr && addr != 0 {
            self.set_line(x.start());
            self.emit(Op::NilCheck { p: a, addr });
        }
        let dst = self.alloc();
        self.set_line(x.start());
        self.emit(Op::ArraySlice { dst, a, n: n.min(u32::MAX as u64) as u32 });
        dst
    }

    fn chain_path<'e>(&self, e: &'e Expr) -> Option<(&'e Expr, Vec<u16>)> {
        let e = e.unparen();
        let Some(Selection::Field { path }) = self.info.selections.get(&e.id) else { return None };
        let ExprKind::Selector { x, .. } = &e.kind else { return None };
        match self.chain_path(x) {
            Some((root, mut inner)) => {
                inner.extend_from_slice(path);
                Some((root, inner))
            }
            None => Some((x, path.clone())),
        }
    }

    /// The fault address of each step of field `path` from a value of type `xt` (a struct
    /// or a pointer to one): the offset, from the object that step loads from, of the word
    /// gc's code accesses first (through struct-valued fields up to the next pointer, or to
    /// the last field, `tail` into it). Also the address of a load of the last field alone.
    fn fault_addrs(&mut self, xt: &Type, path: &[u16], tail: Option<u64>) -> (Vec<u32>, u32) {
        // Each step's field offset, and whether the step ends a run of loads from one
        // pointer (its field is not a struct value).
        let mut steps: Vec<(u64, bool)> = Vec::with_capacity(path.len());
        let mut cur = xt.clone();
        for &idx in path {
            let Some((st_ty, st)) = self.struct_of(&cur) else { break };
            let Some(f) = st.fields.get(idx as usize) else { break };
            let id = self.type_id(&st_ty);
            let off = self.prog.field_offsets(id).get(idx as usize).copied().unwrap_or(0);
            steps.push((off, !matches!(f.ty.underlying(), Type::Struct(_))));
            cur = f.ty.clone();
        }
        // Backwards: a step's run goes on through the next step while its field is a
        // struct value; a run reaching the last field ends at `tail` inside it.
        let mut addrs = vec![0u32; path.len()];
        let (mut run, mut reaches_last) = (0u64, true);
        for (k, &(off, ends)) in steps.iter().enumerate().rev() {
            if ends && k + 1 < steps.len() {
                (run, reaches_last) = (0, false);
            }
            run = run.saturating_add(off);
            let word = if reaches_last { tail } else { Some(0) };
            addrs[k] = fault_addr(word.map(|w| run.saturating_add(w)));
        }
        let last_load = fault_addr(steps.last().map(|s| s.0));
        (addrs, last_load)
    }
}

/// The address reported for an access at offset `off` from nil (None: an explicit check).
fn fault_addr(off: Option<u64>) -> u32 {
    match off {
        Some(off) if off < MIN_LEGAL_POINTER => off as u32,
        _ => 0,
    }
}
