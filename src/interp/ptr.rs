//! Pointers: `LoadBox`/`StoreBox` through a box (a variable captured by reference or whose
//! address is taken) or an interior pointer to a struct field or slice element
//! (`Op::FieldAddr`, `Op::ElemAddr`: the object's handle in `h`, index + 1 in `w`).

use super::{Exit, NIL_DEREF};
use crate::rt::obj::Obj;
use crate::sched::Runtime;
use crate::sys::internal_error;
use crate::vm::value::Value;

/// `*p`.
pub(super) fn load(rt: &Runtime, p: Value) -> Result<Value, Exit> {
    if p.h == 0 {
        return Err(Exit::Panic(NIL_DEREF.into()));
    }
    Ok(match &*rt.heap.lock(p.h) {
        Obj::Cell(v) => *v,
        Obj::Struct(f) | Obj::Array(f) if p.w > 0 => {
            f.get(p.w as usize - 1).copied().unwrap_or(Value::ZERO)
        }
        _ => internal_error("LoadBox of a value that is not a box"),
    })
}

/// `*p = v`.
pub(super) fn store(rt: &Runtime, p: Value, v: Value) -> Result<(), Exit> {
    if p.h == 0 {
        return Err(Exit::Panic(NIL_DEREF.into()));
    }
    match &mut *rt.heap.lock(p.h) {
        Obj::Cell(c) => *c = v,
        Obj::Struct(f) | Obj::Array(f) if p.w > 0 => {
            if let Some(slot) = f.get_mut(p.w as usize - 1) {
                *slot = v;
            }
        }
        _ => internal_error("StoreBox to a value that is not a box"),
    }
    Ok(())
}
