//! Package slices: the generic functions that need no callback into Go code, on slices of
//! basic types (see `cmp` for how a generic native learns its element type).

use super::cmp::{elem_of, equal, how, order, type_arg, How};
use super::sorting::{elem, with_sorter, Data};
use super::task::truth;
use super::{func, func_go, Call, Fault, Member};
use crate::vm::value::Value;
use std::cmp::Ordering;

pub const MEMBERS: &[Member] = &[
    func("BinarySearch", "func[E cmp.Ordered](x []E, target E) (int, bool)", binary_search),
    func_go(
        "BinarySearchFunc",
        "func[E any, T any](x []E, target T, cmp func(E, T) int) (int, bool)",
        binary_search_func,
    ),
    func_go("CompactFunc", "func[E any](s []E, eq func(E, E) bool) []E", compact_func),
    func_go("ContainsFunc", "func[E any](s []E, f func(E) bool) bool", |c| index_func(c, true)),
    func_go("DeleteFunc", "func[E any](s []E, del func(E) bool) []E", delete_func),
    func_go("EqualFunc", "func[E any, T any](s1 []E, s2 []T, eq func(E, T) bool) bool", equal_func),
    func_go("IndexFunc", "func[E any](s []E, f func(E) bool) int", |c| index_func(c, false)),
    func_go("IsSortedFunc", "func[E any](x []E, cmp func(a, b E) int) bool", is_sorted_func),
    func_go("MaxFunc", "func[E any](x []E, cmp func(a, b E) int) E", |c| extreme_func(c, true)),
    func_go("MinFunc", "func[E any](x []E, cmp func(a, b E) int) E", |c| extreme_func(c, false)),
    func_go("SortFunc", "func[E any](x []E, cmp func(a, b E) int)", |c| sort_func(c, false)),
    func_go("SortStableFunc", "func[E any](x []E, cmp func(a, b E) int)", |c| sort_func(c, true)),
    func("Contains", "func[E comparable](s []E, v E) bool", contains),
    func("Equal", "func[E comparable](s1, s2 []E) bool", equal_),
    func("Index", "func[E comparable](s []E, v E) int", index),
    func("IsSorted", "func[E cmp.Ordered](x []E) bool", is_sorted),
    func("Max", "func[E cmp.Ordered](x []E) E", |c| extreme(c, "Max", Ordering::Greater)),
    func("Min", "func[E cmp.Ordered](x []E) E", |c| extreme(c, "Min", Ordering::Less)),
    func("Reverse", "func[E any](s []E)", reverse),
    func("Sort", "func[E cmp.Ordered](x []E)", sort),
];

/// How the elements of the slice in argument 0 compare.
fn elems_how(c: &Call) -> How {
    how(c, elem_of(c, type_arg(c)))
}

fn sort(c: &mut Call) -> Result<(), Fault> {
    let h = elems_how(c);
    let mut v = c.elems(0);
    v.sort_by(|a, b| order(c, h, *a, *b));
    c.set_elems(0, &v);
    Ok(())
}
fn is_sorted(c: &mut Call) -> Result<(), Fault> {
    let h = elems_how(c);
    let v = c.elems(0);
    let b = v.windows(2).all(|w| order(c, h, w[0], w[1]) != Ordering::Greater);
    c.ret_bool(b);
    Ok(())
}
fn index_of(c: &Call) -> Result<i64, Fault> {
    let h = elems_how(c);
    for (i, x) in c.elems(0).into_iter().enumerate() {
        if equal(c, h, x, c.arg(1))? {
            return Ok(i as i64);
        }
    }
    Ok(-1)
}
fn index(c: &mut Call) -> Result<(), Fault> {
    let i = index_of(c)?;
    c.ret_int(i);
    Ok(())
}
fn contains(c: &mut Call) -> Result<(), Fault> {
    let i = index_of(c)?;
    c.ret_bool(i >= 0);
    Ok(())
}
fn equal_(c: &mut Call) -> Result<(), Fault> {
    let h = elems_how(c);
    let (a, b) = (c.elems(0), c.elems(1));
    let mut same = a.len() == b.len();
    for (x, y) in a.iter().zip(&b) {
        if !same {
            break;
        }
        same = equal(c, h, *x, *y)?;
    }
    c.ret_bool(same);
    Ok(())
}
/// Max and Min: the first extreme element; a NaN wins, as Go's do.
fn extreme(c: &mut Call, name: &str, want: Ordering) -> Result<(), Fault> {
    let h = elems_how(c);
    let v = c.elems(0);
    let Some(mut best) = v.first().copied() else {
        return Err(Fault::Panic(format!("slices.{name}: empty list")));
    };
    for x in &v[1..] {
        if h == How::Float && best.as_float().is_nan() {
            break;
        }
        if (h == How::Float && x.as_float().is_nan()) || order(c, h, *x, best) == want {
            best = *x;
        }
    }
    c.ret(best);
    Ok(())
}
fn reverse(c: &mut Call) -> Result<(), Fault> {
    let mut v = c.elems(0);
    v.reverse();
    c.set_elems(0, &v);
    Ok(())
}
fn binary_search(c: &mut Call) -> Result<(), Fault> {
    let h = elems_how(c);
    let v = c.elems(0);
    let i = v.partition_point(|x| order(c, h, *x, c.arg(1)) == Ordering::Less);
    let found = i < v.len() && order(c, h, v[i], c.arg(1)) == Ordering::Equal;
    c.ret_int(i as i64);
    c.ret_bool(found);
    Ok(())
}

// ---- the functions that call Go code (coroutines, see task.rs)

/// slices.SortFunc and SortStableFunc: Go's pdqsort and stable sort (sorting.rs).
fn sort_func(c: &mut Call, stable: bool) -> Result<(), Fault> {
    let (x, cmp) = (c.arg(0), c.arg(1));
    let n = x.slice_len();
    let outer = if stable {
        ("slices.SortStableFunc[...]", true, "slices/sort.go", 38)
    } else {
        ("slices.SortFunc[...]", true, "slices/sort.go", 32)
    };
    c.task(move |ctx| with_sorter(ctx, Data::Cmp { x, cmp }, outer, n, stable));
    Ok(())
}

/// IndexFunc (the first i with f(s[i])) and ContainsFunc (whether there is one).
fn index_func(c: &mut Call, contains: bool) -> Result<(), Fault> {
    let (s, f) = (c.elems(0), c.arg(1));
    c.task(move |ctx| async move {
        let frame = if contains {
            vec![
                ("slices.IndexFunc[...]", true, "slices/slices.go", 109),
                ("slices.ContainsFunc[...]", true, "slices/slices.go", 124),
            ]
        } else {
            vec![("slices.IndexFunc[...]", true, "slices/slices.go", 109)]
        };
        ctx.frames(frame);
        let mut at = -1;
        for (i, v) in s.iter().enumerate() {
            if truth(&ctx.call(f, &[*v], 1).await) {
                at = i as i64;
                break;
            }
        }
        Ok(vec![if contains { Value::bool(at >= 0) } else { Value::int(at) }])
    });
    Ok(())
}

/// Whether a cleared element may be the zero Value: not for structs and arrays, whose
/// values are handles of objects they own (clearing those is left out).
fn clearable(c: &Call) -> bool {
    elems_how(c) != How::Other
}

/// s[:n], with the elements from n to len(s) cleared (Go's clear(s[n:])).
fn shrink(c: &mut Call, s: Value, n: usize, clear: bool) -> Value {
    if clear {
        let len = s.slice_len();
        let mut v = super::call::elems(c.rt, s);
        for x in v.iter_mut().skip(n) {
            *x = Value::ZERO;
        }
        if let crate::rt::obj::Obj::Array(a) = &mut *c.rt.heap.lock(s.h) {
            let off = s.slice_off();
            a[off..off + len].copy_from_slice(&v);
        }
    }
    Value::slice(s.h, s.slice_off() as u32, n as u32, s.t)
}

/// slices.DeleteFunc: removes the elements for which del is true, in place.
fn delete_func(c: &mut Call) -> Result<(), Fault> {
    let (s, del) = (c.arg(0), c.arg(1));
    let v = c.elems(0);
    let clear = clearable(c);
    c.task(move |ctx| async move {
        ctx.frames(vec![("slices.DeleteFunc[...]", true, "slices/slices.go", 243)]);
        let mut kept = Vec::with_capacity(v.len());
        for x in &v {
            if !truth(&ctx.call(del, &[*x], 1).await) {
                kept.push(*x);
            }
        }
        let r = ctx
            .native(move |c| {
                let n = kept.len();
                if let crate::rt::obj::Obj::Array(a) = &mut *c.rt.heap.lock(s.h) {
                    let off = s.slice_off();
                    a[off..off + n].copy_from_slice(&kept);
                }
                Ok(vec![shrink(c, s, n, clear)])
            })
            .await;
        Ok(r)
    });
    Ok(())
}

/// slices.CompactFunc: replaces runs of elements eq to the one before by their first.
fn compact_func(c: &mut Call) -> Result<(), Fault> {
    let (s, eq) = (c.arg(0), c.arg(1));
    let v = c.elems(0);
    let clear = clearable(c);
    c.task(move |ctx| async move {
        if v.len() < 2 {
            return Ok(vec![s]);
        }
        // Go compares each element with the one before it in the original order.
        let mut kept = vec![v[0]];
        for k in 1..v.len() {
            let line = 387;
            ctx.frames(vec![("slices.CompactFunc[...]", true, "slices/slices.go", line)]);
            if !truth(&ctx.call(eq, &[v[k], v[k - 1]], 1).await) {
                kept.push(v[k]);
            }
        }
        if kept.len() == v.len() {
            return Ok(vec![s]);
        }
        let r = ctx
            .native(move |c| {
                let n = kept.len();
                if let crate::rt::obj::Obj::Array(a) = &mut *c.rt.heap.lock(s.h) {
                    let off = s.slice_off();
                    a[off..off + n].copy_from_slice(&kept);
                }
                Ok(vec![shrink(c, s, n, clear)])
            })
            .await;
        Ok(r)
    });
    Ok(())
}

/// slices.EqualFunc.
fn equal_func(c: &mut Call) -> Result<(), Fault> {
    let (a, b, eq) = (c.elems(0), c.elems(1), c.arg(2));
    c.task(move |ctx| async move {
        if a.len() != b.len() {
            return Ok(vec![Value::bool(false)]);
        }
        ctx.frames(vec![("slices.EqualFunc[...]", true, "slices/slices.go", 43)]);
        for (x, y) in a.iter().zip(&b) {
            if !truth(&ctx.call(eq, &[*x, *y], 1).await) {
                return Ok(vec![Value::bool(false)]);
            }
        }
        Ok(vec![Value::bool(true)])
    });
    Ok(())
}

/// slices.MinFunc and MaxFunc: the first least (greatest) element by cmp.
fn extreme_func(c: &mut Call, max: bool) -> Result<(), Fault> {
    let (v, cmp) = (c.elems(0), c.arg(1));
    let name = if max { "slices.MaxFunc" } else { "slices.MinFunc" };
    if v.is_empty() {
        return Err(Fault::Panic(format!("{name}: empty list")));
    }
    c.task(move |ctx| async move {
        let (frame, line) =
            if max { ("slices.MaxFunc[...]", 115) } else { ("slices.MinFunc[...]", 85) };
        ctx.frames(vec![(frame, true, "slices/sort.go", line)]);
        let mut m = v[0];
        for x in &v[1..] {
            let r = ctx.call(cmp, &[*x, m], 1).await[0].as_int();
            if (max && r > 0) || (!max && r < 0) {
                m = *x;
            }
        }
        Ok(vec![m])
    });
    Ok(())
}

/// slices.IsSortedFunc.
fn is_sorted_func(c: &mut Call) -> Result<(), Fault> {
    let (v, cmp) = (c.elems(0), c.arg(1));
    c.task(move |ctx| async move {
        ctx.frames(vec![("slices.IsSortedFunc[...]", true, "slices/sort.go", 54)]);
        let mut i = v.len();
        while i > 1 {
            i -= 1;
            if ctx.call(cmp, &[v[i], v[i - 1]], 1).await[0].as_int() < 0 {
                return Ok(vec![Value::bool(false)]);
            }
        }
        Ok(vec![Value::bool(true)])
    });
    Ok(())
}

/// slices.BinarySearchFunc.
fn binary_search_func(c: &mut Call) -> Result<(), Fault> {
    let (x, target, cmp) = (c.arg(0), c.arg(1), c.arg(2));
    let n = x.slice_len();
    c.task(move |ctx| async move {
        ctx.frames(vec![("slices.BinarySearchFunc[...]", true, "slices/sort.go", 160)]);
        let (mut i, mut j) = (0, n);
        while i < j {
            let h = (i + j) / 2;
            let e = ctx.native(move |c| Ok(vec![elem(c.rt, x, h)])).await;
            if ctx.call(cmp, &[e[0], target], 1).await[0].as_int() < 0 {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut found = false;
        if i < n {
            ctx.frames(vec![("slices.BinarySearchFunc[...]", true, "slices/sort.go", 167)]);
            let e = ctx.native(move |c| Ok(vec![elem(c.rt, x, i)])).await;
            found = ctx.call(cmp, &[e[0], target], 1).await[0].as_int() == 0;
        }
        Ok(vec![Value::int(i as i64), Value::bool(found)])
    });
    Ok(())
}
