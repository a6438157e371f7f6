//! Packages container/list and container/ring, written as Go's (container/list/list.go,
//! container/ring/ring.go) over struct objects: a *list.Element, *list.List or *ring.Ring
//! is the handle of its struct, and the natives follow and rewrite its pointer fields. A
//! List's root is a struct field of the List, so `&l.root` is that field's object: the
//! sentinel element, made with the List (also as a zero value, initialised at first use).
//! Ring.Do, which calls back into Go code, is not here.

use super::{func, method, method_go, type_, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::vm::value::Value;

pub const LIST_MEMBERS: &[Member] = &[
    type_("Element", "struct{next *Element; prev *Element; list *List; Value any}"),
    method("*Element", "Next", "func() *Element", |c| elem_step(c, NEXT)),
    method("*Element", "Prev", "func() *Element", |c| elem_step(c, PREV)),
    type_("List", "struct{root Element; len int}"),
    func("New", "func() *List", new_list),
    method("*List", "Back", "func() *Element", |c| end(c, PREV)),
    method("*List", "Front", "func() *Element", |c| end(c, NEXT)),
    method("*List", "Init", "func() *List", |c| {
        init(c, c.arg(0).h);
        c.ret(c.arg(0));
        Ok(())
    }),
    method("*List", "InsertAfter", "func(v any, mark *Element) *Element", |c| insert_at(c, false)),
    method("*List", "InsertBefore", "func(v any, mark *Element) *Element", |c| insert_at(c, true)),
    method("*List", "Len", "func() int", |c| {
        let n = get(c, c.arg(0).h, LEN).w as i64;
        c.ret_int(n);
        Ok(())
    }),
    method("*List", "MoveAfter", "func(e, mark *Element)", |c| move_to_mark(c, false)),
    method("*List", "MoveBefore", "func(e, mark *Element)", |c| move_to_mark(c, true)),
    method("*List", "MoveToBack", "func(e *Element)", |c| move_to_end(c, false)),
    method("*List", "MoveToFront", "func(e *Element)", |c| move_to_end(c, true)),
    method("*List", "PushBack", "func(v any) *Element", |c| push(c, false)),
    method("*List", "PushBackList", "func(other *List)", |c| push_list(c, false)),
    method("*List", "PushFront", "func(v any) *Element", |c| push(c, true)),
    method("*List", "PushFrontList", "func(other *List)", |c| push_list(c, true)),
    method("*List", "Remove", "func(e *Element) any", remove_elem),
];

// Field indexes: Element {next, prev, list, Value}, List {root, len}, Ring {next, prev, Value}.
const NEXT: usize = 0;
const PREV: usize = 1;
const LIST: usize = 2;
const VALUE: usize = 3;
const ROOT: usize = 0;
const LEN: usize = 1;

use super::call::NIL_DEREF;

fn get(c: &Call, h: u32, i: usize) -> Value {
    if h == 0 {
        return Value::ZERO;
    }
    match &*c.rt.heap.lock(h) {
        Obj::Struct(f) => f.get(i).copied().unwrap_or_default(),
        _ => Value::ZERO,
    }
}
fn set(c: &Call, h: u32, i: usize, v: Value) {
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(h) {
        if let Some(s) = f.get_mut(i) {
            *s = v;
        }
    }
}
fn ptr(h: u32) -> Value {
    Value::handle(h)
}
fn nil_check(h: u32) -> Result<(), Fault> {
    if h == 0 {
        return Err(Fault::Panic(NIL_DEREF.into()));
    }
    Ok(())
}

/// The sentinel element of list `l`, linked to itself the first time (Go's lazyInit).
fn root(c: &Call, l: u32) -> Result<u32, Fault> {
    nil_check(l)?;
    let r = get(c, l, ROOT).h;
    if get(c, r, NEXT).h == 0 {
        init(c, l);
    }
    Ok(r)
}
fn init(c: &Call, l: u32) {
    let r = get(c, l, ROOT).h;
    set(c, r, NEXT, ptr(r));
    set(c, r, PREV, ptr(r));
    set(c, l, LEN, Value::int(0));
}

fn new_list(c: &mut Call) -> Result<(), Fault> {
    let r = c.alloc(Obj::Struct(vec![Value::ZERO; 4]))?;
    let l = c.alloc(Obj::Struct(vec![r, Value::int(0)]))?;
    init(c, l.h);
    c.ret(l);
    Ok(())
}

/// e.Next() / e.Prev(): nil at either end or for an element of no list.
fn elem_step(c: &mut Call, dir: usize) -> Result<(), Fault> {
    let e = c.arg(0).h;
    nil_check(e)?;
    let p = get(c, e, dir).h;
    let l = get(c, e, LIST).h;
    let out = if l != 0 && p != get(c, l, ROOT).h { p } else { 0 };
    c.ret(ptr(out));
    Ok(())
}

/// l.Front() / l.Back().
fn end(c: &mut Call, dir: usize) -> Result<(), Fault> {
    let l = c.arg(0).h;
    nil_check(l)?;
    let out = if get(c, l, LEN).w == 0 { 0 } else { get(c, get(c, l, ROOT).h, dir).h };
    c.ret(ptr(out));
    Ok(())
}

/// Links element `e` after `at` in list `l` (Go's insert).
fn link_after(c: &Call, l: u32, e: u32, at: u32) {
    let next = get(c, at, NEXT).h;
    set(c, e, PREV, ptr(at));
    set(c, e, NEXT, ptr(next));
    set(c, at, NEXT, ptr(e));
    set(c, next, PREV, ptr(e));
    set(c, e, LIST, ptr(l));
    let n = get(c, l, LEN).w;
    set(c, l, LEN, Value::int(n as i64 + 1));
}
fn unlink(c: &Call, l: u32, e: u32) {
    let (prev, next) = (get(c, e, PREV).h, get(c, e, NEXT).h);
    set(c, prev, NEXT, ptr(next));
    set(c, next, PREV, ptr(prev));
    set(c, e, NEXT, Value::ZERO);
    set(c, e, PREV, Value::ZERO);
    set(c, e, LIST, Value::ZERO);
    let n = get(c, l, LEN).w;
    set(c, l, LEN, Value::int(n as i64 - 1));
}
/// Moves `e` to after `at` (both in the list already).
fn move_after(c: &Call, e: u32, at: u32) {
    if e == at {
        return;
    }
    let (prev, next) = (get(c, e, PREV).h, get(c, e, NEXT).h);
    set(c, prev, NEXT, ptr(next));
    set(c, next, PREV, ptr(prev));
    let after = get(c, at, NEXT).h;
    set(c, e, PREV, ptr(at));
    set(c, e, NEXT, ptr(after));
    set(c, at, NEXT, ptr(e));
    set(c, after, PREV, ptr(e));
}

/// A new element holding `v`, linked after `at`.
fn insert_value(c: &mut Call, l: u32, v: Value, at: u32) -> Result<Value, Fault> {
    let e = c.alloc(Obj::Struct(vec![Value::ZERO, Value::ZERO, Value::ZERO, v]))?;
    link_after(c, l, e.h, at);
    Ok(e)
}

fn push(c: &mut Call, front: bool) -> Result<(), Fault> {
    let l = c.arg(0).h;
    let r = root(c, l)?;
    let at = if front { r } else { get(c, r, PREV).h };
    let e = insert_value(c, l, c.arg(1), at)?;
    c.ret(e);
    Ok(())
}

/// InsertBefore / InsertAfter: nil when mark is not an element of l.
fn insert_at(c: &mut Call, before: bool) -> Result<(), Fault> {
    let (l, v, mark) = (c.arg(0).h, c.arg(1), c.arg(2).h);
    nil_check(mark)?;
    if get(c, mark, LIST).h != l {
        c.ret(Value::ZERO);
        return Ok(());
    }
    let at = if before { get(c, mark, PREV).h } else { mark };
    let e = insert_value(c, l, v, at)?;
    c.ret(e);
    Ok(())
}

fn remove_elem(c: &mut Call) -> Result<(), Fault> {
    let (l, e) = (c.arg(0).h, c.arg(1).h);
    nil_check(e)?;
    if get(c, e, LIST).h == l {
        unlink(c, l, e);
    }
    c.ret(get(c, e, VALUE));
    Ok(())
}

fn move_to_end(c: &mut Call, front: bool) -> Result<(), Fault> {
    let (l, e) = (c.arg(0).h, c.arg(1).h);
    nil_check(e)?;
    if get(c, e, LIST).h != l || l == 0 {
        return Ok(());
    }
    let r = get(c, l, ROOT).h;
    let first_or_last = get(c, r, if front { NEXT } else { PREV }).h;
    if first_or_last == e {
        return Ok(());
    }
    move_after(c, e, if front { r } else { first_or_last });
    Ok(())
}

fn move_to_mark(c: &mut Call, before: bool) -> Result<(), Fault> {
    let (l, e, mark) = (c.arg(0).h, c.arg(1).h, c.arg(2).h);
    nil_check(e)?;
    nil_check(mark)?;
    if e == mark || get(c, e, LIST).h != l || get(c, mark, LIST).h != l {
        return Ok(());
    }
    move_after(c, e, if before { get(c, mark, PREV).h } else { mark });
    Ok(())
}

/// PushBackList / PushFrontList: copies of other's values (other may be l itself).
fn push_list(c: &mut Call, front: bool) -> Result<(), Fault> {
    let (l, other) = (c.arg(0).h, c.arg(1).h);
    let r = root(c, l)?;
    let o = root(c, other)?;
    let mut values = Vec::new();
    let mut e = get(c, o, NEXT).h;
    while e != o && e != 0 {
        values.push(get(c, e, VALUE));
        e = get(c, e, NEXT).h;
    }
    super::call::room(c.rt, c.m, values.len() * (64 + 64))?;
    if front {
        for v in values.into_iter().rev() {
            insert_value(c, l, v, r)?;
        }
    } else {
        for v in values {
            let last = get(c, r, PREV).h;
            insert_value(c, l, v, last)?;
        }
    }
    Ok(())
}

// ---- container/ring

pub const RING_MEMBERS: &[Member] = &[
    type_("Ring", "struct{next *Ring; prev *Ring; Value any}"),
    func("New", "func(n int) *Ring", new_ring),
    method("*Ring", "Len", "func() int", ring_len),
    method("*Ring", "Link", "func(s *Ring) *Ring", ring_link),
    method("*Ring", "Move", "func(n int) *Ring", ring_move),
    method("*Ring", "Next", "func() *Ring", |c| ring_step(c, NEXT)),
    method("*Ring", "Prev", "func() *Ring", |c| ring_step(c, PREV)),
    method("*Ring", "Unlink", "func(n int) *Ring", ring_unlink),
    method_go("*Ring", "Do", "func(f func(any))", ring_do),
];

/// A Ring's Value field (after next and prev).
const RING_VALUE: usize = 2;

/// r.Do(f): f of each element's Value, forwards from r (nothing for a nil ring).
fn ring_do(c: &mut Call) -> Result<(), Fault> {
    let (r, f) = (c.arg(0).h, c.arg(1));
    if r == 0 {
        return Ok(());
    }
    ring_init(c, r);
    c.task(move |ctx| async move {
        let mut p = r;
        let mark = ctx.mark();
        loop {
            let here = ctx.native(move |c| Ok(vec![get(c, p, RING_VALUE), get(c, p, NEXT)])).await;
            // The next element stays alive even if f unlinks it from the ring.
            ctx.release(mark);
            ctx.keep(here[1]);
            ctx.frames(vec![("container/ring.(*Ring).Do", true, "container/ring/ring.go", 134)]);
            ctx.call(f, &[here[0]], 0).await;
            p = here[1].h;
            if p == r || p == 0 {
                break;
            }
        }
        Ok(Vec::new())
    });
    Ok(())
}

/// A zero Ring is a ring of one element: linked to itself at first use (Go's init).
fn ring_init(c: &Call, r: u32) -> u32 {
    if get(c, r, NEXT).h == 0 {
        set(c, r, NEXT, ptr(r));
        set(c, r, PREV, ptr(r));
    }
    r
}

fn new_ring(c: &mut Call) -> Result<(), Fault> {
    let n = c.int(0);
    if n <= 0 {
        c.ret(Value::ZERO);
        return Ok(());
    }
    super::call::room(c.rt, c.m, (n as usize).saturating_mul(64 + 48))?;
    let first = c.alloc(Obj::Struct(vec![Value::ZERO; 3]))?.h;
    let mut p = first;
    for _ in 1..n {
        let q = c.alloc(Obj::Struct(vec![Value::ZERO, ptr(p), Value::ZERO]))?.h;
        set(c, p, NEXT, ptr(q));
        p = q;
    }
    set(c, p, NEXT, ptr(first));
    set(c, first, PREV, ptr(p));
    c.ret(ptr(first));
    Ok(())
}

fn ring_step(c: &mut Call, dir: usize) -> Result<(), Fault> {
    let r = c.arg(0).h;
    nil_check(r)?;
    ring_init(c, r);
    let out = get(c, r, dir);
    c.ret(out);
    Ok(())
}

/// r.Move(n): n elements forward (n > 0) or backward, modulo the length.
fn ring_move(c: &mut Call) -> Result<(), Fault> {
    let (mut r, n) = (c.arg(0).h, c.int(1));
    nil_check(r)?;
    ring_init(c, r);
    let dir = if n < 0 { PREV } else { NEXT };
    for _ in 0..n.unsigned_abs() {
        r = get(c, r, dir).h;
    }
    c.ret(ptr(r));
    Ok(())
}

fn ring_len(c: &mut Call) -> Result<(), Fault> {
    let r = c.arg(0).h;
    let mut n = 0;
    if r != 0 {
        ring_init(c, r);
        n = 1;
        let mut p = get(c, r, NEXT).h;
        while p != r && p != 0 {
            n += 1;
            p = get(c, p, NEXT).h;
        }
    }
    c.ret_int(n);
    Ok(())
}

/// r.Link(s), as Go's: connects r with s so that r.Next() becomes s, and returns r's
/// original Next.
fn ring_link(c: &mut Call) -> Result<(), Fault> {
    let (r, s) = (c.arg(0).h, c.arg(1).h);
    nil_check(r)?;
    let n = get(c, ring_init(c, r), NEXT).h;
    if s != 0 {
        ring_init(c, s);
        let p = get(c, s, PREV).h;
        set(c, r, NEXT, ptr(s));
        set(c, s, PREV, ptr(r));
        set(c, n, PREV, ptr(p));
        set(c, p, NEXT, ptr(n));
    }
    c.ret(ptr(n));
    Ok(())
}

/// r.Unlink(n): removes n % r.Len() elements after r; returns them as a ring.
fn ring_unlink(c: &mut Call) -> Result<(), Fault> {
    let (r, n) = (c.arg(0).h, c.int(1));
    if n <= 0 {
        c.ret(Value::ZERO);
        return Ok(());
    }
    nil_check(r)?;
    ring_init(c, r);
    // r.Link(r.Move(n + 1))
    let mut s = r;
    for _ in 0..n + 1 {
        s = get(c, s, NEXT).h;
    }
    let next = get(c, r, NEXT).h;
    let p = get(c, s, PREV).h;
    set(c, r, NEXT, ptr(s));
    set(c, s, PREV, ptr(r));
    set(c, next, PREV, ptr(p));
    set(c, p, NEXT, ptr(next));
    c.ret(ptr(next));
    Ok(())
}
