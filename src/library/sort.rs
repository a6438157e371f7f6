//! Package sort: the functions on slices of basic types. sort.Slice and sort.Sort call back
//! into Go code, which a native cannot do; they are not here yet.

use super::{func, Call, Fault, Member};
use crate::vm::value::Value;
use std::cmp::Ordering;

pub const MEMBERS: &[Member] = &[
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
