//! Package slices: the generic functions that need no callback into Go code, on slices of
//! basic types (see `cmp` for how a generic native learns its element type).

use super::cmp::{elem_of, equal, how, order, type_arg, How};
use super::{func, Call, Fault, Member};
use std::cmp::Ordering;

pub const MEMBERS: &[Member] = &[
    func("BinarySearch", "func[E cmp.Ordered](x []E, target E) (int, bool)", binary_search),
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
