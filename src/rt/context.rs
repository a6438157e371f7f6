//! The objects behind package context (Go's context.go): a context is an `Obj::Struct`
//! whose fields are listed below, so the collector walks it like any struct, and its Done
//! channel is an ordinary runtime channel (closed on cancel), so `<-ctx.Done()` and select
//! park, wake and show in dumps and the replay exactly as any channel receive does.
//!
//! Go builds a chain of wrappers (cancelCtx, timerCtx, valueCtx, withoutCancelCtx); here
//! every link is the same object with a `KIND`. Invariants, as Go's:
//! - only cancelable links (`CANCEL`, `DEADLINE`, `AFTER`) have a Done channel, an error
//!   and children; the others answer Done/Err through their nearest cancelable ancestor;
//! - a cancelable link is registered in the `CHILDREN` of its nearest cancelable ancestor
//!   (a `WITHOUT` link or the root ends the search), so canceling a parent reaches it;
//! - `ERR` goes from nil to non-nil once, under the object's lock, and the Done channel is
//!   closed right after (by `take_cancel`'s caller), so Err never reports a cancel whose
//!   channel stays open.
//!
//! This module only reads and writes the objects; `sched` closes the channel, readies the
//! goroutines it wakes and starts AfterFunc goroutines.

use crate::rt::obj::Heap;
use crate::rt::obj::Obj;
use crate::vm::value::{Handle, Value};

/// Field indexes of a context object.
pub const KIND: usize = 0;
pub const PARENT: usize = 1;
pub const DONE: usize = 2;
pub const ERR: usize = 3;
pub const CAUSE: usize = 4;
pub const KEY: usize = 5;
pub const VAL: usize = 6;
/// The deadline as an encoded time.Time (rt::timefmt), valid when HAS_DEADLINE.
pub const DEADLINE: usize = 7;
pub const HAS_DEADLINE: usize = 8;
/// An `Obj::Array` of the cancelable children (context values).
pub const CHILDREN: usize = 9;
/// An `Obj::Array` of AfterFunc records (see `AF_*`).
pub const AFTER: usize = 10;
/// The error a deadline's timer cancels with (context.DeadlineExceeded).
pub const TIMEOUT_ERR: usize = 11;
/// What a deadline that passes gives as Cause (WithDeadlineCause's cause; nil: the error).
pub const TIMEOUT_CAUSE: usize = 12;
pub const NFIELDS: usize = 13;

/// Kinds of link (the `KIND` field), named as Go's String methods print them.
pub const BACKGROUND: i64 = 0;
pub const TODO: i64 = 1;
pub const CANCEL: i64 = 2;
pub const DEADLINE_KIND: i64 = 3;
pub const VALUE: i64 = 4;
pub const WITHOUT: i64 = 5;
pub const AFTER_KIND: i64 = 6;

/// An AfterFunc record is an `Obj::Struct` of [f, started]: `started` turns true once, when
/// f is started or stop() wins, whichever comes first.
pub const AF_FUNC: usize = 0;
pub const AF_STARTED: usize = 1;

/// Field `i` of context object `h` (zero for a nil handle).
pub fn field(heap: &Heap, h: Handle, i: usize) -> Value {
    if h == 0 {
        return Value::ZERO;
    }
    match &*heap.lock(h) {
        Obj::Struct(f) => f.get(i).copied().unwrap_or(Value::ZERO),
        _ => Value::ZERO,
    }
}

pub fn kind(heap: &Heap, h: Handle) -> i64 {
    field(heap, h, KIND).as_int()
}

pub fn is_cancelable(k: i64) -> bool {
    matches!(k, CANCEL | DEADLINE_KIND | AFTER_KIND)
}

/// The nearest cancelable link from `h` up (itself included); 0 when a root or a
/// WithoutCancel link comes first.
pub fn cancelable_ancestor(heap: &Heap, mut h: Handle) -> Handle {
    while h != 0 {
        let k = kind(heap, h);
        if is_cancelable(k) {
            return h;
        }
        if k != VALUE {
            return 0;
        }
        h = field(heap, h, PARENT).h;
    }
    0
}

/// What canceling one link hands back to its caller.
#[derive(Default)]
pub struct Canceled {
    /// The Done channel to close.
    pub done: Handle,
    /// The children to cancel with the same error and cause.
    pub children: Vec<Value>,
    /// AfterFunc functions to start, each in its own goroutine.
    pub funcs: Vec<Value>,
}

/// Marks link `h` canceled with `err` and `cause` unless it already is; returns what the
/// caller must do next, or None when it was canceled before.
pub fn take_cancel(heap: &Heap, h: Handle, err: Value, cause: Value) -> Option<Canceled> {
    let (done, children, after) = {
        let mut obj = heap.lock(h);
        let Obj::Struct(f) = &mut *obj else { return None };
        if f.len() < NFIELDS || f[ERR].t != 0 {
            return None;
        }
        f[ERR] = err;
        f[CAUSE] = if cause.t == 0 { err } else { cause };
        (f[DONE].h, std::mem::take(&mut f[CHILDREN]), f[AFTER])
    };
    let children = take_array(heap, children.h);
    let mut funcs = Vec::new();
    for rec in array(heap, after.h) {
        if let Obj::Struct(f) = &mut *heap.lock(rec.h) {
            if !f[AF_STARTED].as_bool() {
                f[AF_STARTED] = Value::bool(true);
                funcs.push(f[AF_FUNC]);
            }
        }
    }
    Some(Canceled { done, children, funcs })
}

/// The elements of array object `h` (empty for 0).
pub fn array(heap: &Heap, h: Handle) -> Vec<Value> {
    if h == 0 {
        return Vec::new();
    }
    match &*heap.lock(h) {
        Obj::Array(a) => a.clone(),
        _ => Vec::new(),
    }
}

fn take_array(heap: &Heap, h: Handle) -> Vec<Value> {
    if h == 0 {
        return Vec::new();
    }
    match &mut *heap.lock(h) {
        Obj::Array(a) => std::mem::take(a),
        _ => Vec::new(),
    }
}

/// Removes `child` from the children of `parent` (Go's removeChild: a canceled child no
/// longer needs its parent to reach it, and the parent no longer keeps it alive).
pub fn remove_child(heap: &Heap, parent: Handle, child: Handle) {
    let arr = field(heap, parent, CHILDREN).h;
    if arr == 0 {
        return;
    }
    if let Obj::Array(a) = &mut *heap.lock(arr) {
        a.retain(|v| v.h != child);
    }
}
