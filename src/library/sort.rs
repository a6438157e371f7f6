//! Package sort: the functions on slices of basic types, and those that call Go code
//! (sort.Slice's less, sort.Interface's methods, Search's f) as coroutines (task.rs) over
//! Go's own algorithms (sorting.rs).

use super::sorting::{with_sorter, Data};
use super::task::truth;
use super::{func, func_go, type_, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::vm::value::Value;
use std::cmp::Ordering;

pub const MEMBERS: &[Member] = &[
    type_("Interface", "interface { Len() int; Less(i, j int) bool; Swap(i, j int) }"),
    func_go("Find", "func(n int, cmp func(int) int) (i int, found bool)", find),
    func_go("IsSorted", "func(data Interface) bool", is_sorted_iface),
    func_go("Search", "func(n int, f func(int) bool) int", search),
    func_go("Slice", "func(x any, less func(i, j int) bool)", |c| slice(c, false)),
    func_go("SliceIsSorted", "func(x any, less func(i, j int) bool) bool", slice_is_sorted),
    func_go("SliceStable", "func(x any, less func(i, j int) bool)", |c| slice(c, true)),
    func_go("Sort", "func(data Interface)", |c| sort_iface(c, false)),
    func_go("Stable", "func(data Interface)", |c| sort_iface(c, true)),
    func("Float64s", "func(x []float64)", float64s),
    func("Float64sAreSorted", "func(x []float64) bool", float64s_are_sorted),
    func("Ints", "func(x []int)", ints),
    func("IntsAreSorted", "func(x []int) bool", ints_are_sorted),
    func("SearchInts", "func(a []int, x int) int", search_ints),
    func("SearchStrings", "func(a []string, x string) int", search_strings),
    func("Strings", "func(x []string)", strings),
    func("StringsAreSorted", "func(x []string) bool", strings_are_sorted),
];

fn by_int(a: &Value, b: &Value) -> Ordering {
    a.as_int().cmp(&b.as_int())
}
/// Go's float order for sorting: NaNs first, then by value.
fn by_float(a: &Value, b: &Value) -> Ordering {
    let (x, y) = (a.as_float(), b.as_float());
    match (x.is_nan(), y.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
    }
}

fn sort_by(c: &mut Call, cmp: impl Fn(&Value, &Value) -> Ordering) -> Result<(), Fault> {
    let mut v = c.elems(0);
    v.sort_by(cmp);
    c.set_elems(0, &v);
    Ok(())
}
fn ints(c: &mut Call) -> Result<(), Fault> {
    sort_by(c, by_int)
}
fn float64s(c: &mut Call) -> Result<(), Fault> {
    sort_by(c, by_float)
}
fn strings(c: &mut Call) -> Result<(), Fault> {
    let rt = c.rt;
    sort_by(c, |a, b| rt.heap.str(*a).as_bytes().cmp(rt.heap.str(*b).as_bytes()))
}
fn is_sorted(c: &mut Call, cmp: impl Fn(&Value, &Value) -> Ordering) -> Result<(), Fault> {
    let v = c.elems(0);
    let b = v.windows(2).all(|w| cmp(&w[0], &w[1]) != Ordering::Greater);
    c.ret_bool(b);
    Ok(())
}
fn ints_are_sorted(c: &mut Call) -> Result<(), Fault> {
    is_sorted(c, by_int)
}
fn float64s_are_sorted(c: &mut Call) -> Result<(), Fault> {
    is_sorted(c, by_float)
}
fn strings_are_sorted(c: &mut Call) -> Result<(), Fault> {
    let rt = c.rt;
    is_sorted(c, |a, b| rt.heap.str(*a).as_bytes().cmp(rt.heap.str(*b).as_bytes()))
}
fn search_ints(c: &mut Call) -> Result<(), Fault> {
    let x = c.int(1);
    let i = c.elems(0).partition_point(|v| v.as_int() < x);
    c.ret_int(i as i64);
    Ok(())
}
fn search_strings(c: &mut Call) -> Result<(), Fault> {
    let x = c.str(1);
    let i = c.elems(0).partition_point(|v| c.text(*v).as_bytes() < x.as_bytes());
    c.ret_int(i as i64);
    Ok(())
}

/// The slice in interface argument `i` (sort.Slice's x), as reflect.Swapper finds it.
fn slice_arg(c: &Call, i: usize) -> Result<crate::vm::value::Value, Fault> {
    let x = c.arg(i);
    let is_slice = matches!(
        c.rt.prog.types.get(x.t as usize).map(|d| &d.kind),
        Some(crate::vm::program::TypeKind::Slice { .. })
    );
    if !is_slice {
        let what = if x.t == 0 { "zero".to_string() } else { c.rt.prog.type_name(x.t).to_string() };
        return Err(Fault::Panic(format!("reflect: call of Swapper on {what} Value")));
    }
    match &*c.rt.heap.lock(x.h) {
        Obj::Cell(v) => Ok(*v),
        _ => Ok(crate::vm::value::Value::ZERO),
    }
}

/// sort.Slice and sort.SliceStable.
fn slice(c: &mut Call, stable: bool) -> Result<(), Fault> {
    let x = slice_arg(c, 0)?;
    let less = c.arg(1);
    let n = x.slice_len();
    let outer = if stable {
        ("sort.SliceStable", true, "sort/slice.go", 44)
    } else {
        ("sort.Slice", true, "sort/slice.go", 29)
    };
    c.task(move |ctx| with_sorter(ctx, Data::Slice { x, less }, outer, n, stable));
    Ok(())
}

/// sort.Sort and sort.Stable over a sort.Interface.
fn sort_iface(c: &mut Call, stable: bool) -> Result<(), Fault> {
    let data = c.arg(0);
    c.task(move |ctx| async move {
        let (outer, len_line) = if stable {
            (("sort.Stable", true, "sort/sort.go", 229), 229)
        } else {
            (("sort.Sort", true, "sort/sort.go", 51), 46)
        };
        ctx.frames(vec![(outer.0, true, outer.2, len_line)]);
        let n = ctx.method(data, "Len", &[], 1).await[0].as_int().max(0) as usize;
        if n <= 1 && !stable {
            return Ok(vec![]);
        }
        with_sorter(ctx, Data::Iface(data), outer, n, stable).await
    });
    Ok(())
}

/// sort.IsSorted.
fn is_sorted_iface(c: &mut Call) -> Result<(), Fault> {
    let data = c.arg(0);
    c.task(move |ctx| async move {
        ctx.frames(vec![("sort.IsSorted", true, "sort/sort.go", 107)]);
        let n = ctx.method(data, "Len", &[], 1).await[0].as_int();
        ctx.frames(vec![("sort.IsSorted", true, "sort/sort.go", 109)]);
        let mut i = n - 1;
        while i > 0 {
            let args = [Value::int(i), Value::int(i - 1)];
            if truth(&ctx.method(data, "Less", &args, 1).await) {
                return Ok(vec![Value::bool(false)]);
            }
            i -= 1;
        }
        Ok(vec![Value::bool(true)])
    });
    Ok(())
}

/// sort.SliceIsSorted.
fn slice_is_sorted(c: &mut Call) -> Result<(), Fault> {
    let n = slice_arg(c, 0)?.slice_len() as i64;
    let less = c.arg(1);
    c.task(move |ctx| async move {
        ctx.frames(vec![("sort.SliceIsSorted", true, "sort/slice.go", 56)]);
        let mut i = n - 1;
        while i > 0 {
            if truth(&ctx.call(less, &[Value::int(i), Value::int(i - 1)], 1).await) {
                return Ok(vec![Value::bool(false)]);
            }
            i -= 1;
        }
        Ok(vec![Value::bool(true)])
    });
    Ok(())
}

/// sort.Search: the smallest i in [0, n) with f(i) true (n if none).
fn search(c: &mut Call) -> Result<(), Fault> {
    let (n, f) = (c.int(0), c.arg(1));
    c.task(move |ctx| async move {
        ctx.frames(vec![("sort.Search", true, "sort/search.go", 65)]);
        let (mut i, mut j) = (0i64, n);
        while i < j {
            let h = ((i as u64 + j as u64) >> 1) as i64;
            if !truth(&ctx.call(f, &[Value::int(h)], 1).await) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        Ok(vec![Value::int(i)])
    });
    Ok(())
}

/// sort.Find: the smallest i in [0, n) with cmp(i) <= 0, and whether cmp(i) == 0.
fn find(c: &mut Call) -> Result<(), Fault> {
    let (n, f) = (c.int(0), c.arg(1));
    c.task(move |ctx| async move {
        ctx.frames(vec![("sort.Find", true, "sort/search.go", 106)]);
        let (mut i, mut j) = (0i64, n);
        while i < j {
            let h = ((i as u64 + j as u64) >> 1) as i64;
            if ctx.call(f, &[Value::int(h)], 1).await[0].as_int() > 0 {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut found = false;
        if i < n {
            ctx.frames(vec![("sort.Find", true, "sort/search.go", 114)]);
            found = ctx.call(f, &[Value::int(i)], 1).await[0].as_int() == 0;
        }
        Ok(vec![Value::int(i), Value::bool(found)])
    });
    Ok(())
}
