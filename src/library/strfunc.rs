//! Package strings: the functions that call a Go function for each rune (Map, FieldsFunc,
//! IndexFunc, TrimFunc, ...), as coroutines (task.rs). Each calls f once per rune, in
//! the order Go's own code does, so a function with side effects sees the same calls.

use super::task::{truth, Ctx};
use super::{func_go, Call, Fault, Member};
use crate::vm::value::Value;
use std::sync::Arc;

pub const MEMBERS: &[Member] = &[
    func_go("ContainsFunc", "func(s string, f func(rune) bool) bool", |c| index(c, Find::Contains)),
    func_go("FieldsFunc", "func(s string, f func(rune) bool) []string", fields_func),
    func_go("IndexFunc", "func(s string, f func(rune) bool) int", |c| index(c, Find::First)),
    func_go("LastIndexFunc", "func(s string, f func(rune) bool) int", |c| index(c, Find::Last)),
    func_go("Map", "func(mapping func(rune) rune, s string) string", map),
    func_go("TrimFunc", "func(s string, f func(rune) bool) string", |c| trim(c, true, true)),
    func_go("TrimLeftFunc", "func(s string, f func(rune) bool) string", |c| trim(c, true, false)),
    func_go("TrimRightFunc", "func(s string, f func(rune) bool) string", |c| trim(c, false, true)),
];

/// The runes of `b` with their byte offsets and widths (U+FFFD, 1 for a bad byte).
fn runes(b: &[u8]) -> Vec<(usize, u32, usize)> {
    super::gotext::runes(b).collect()
}

async fn test(ctx: &Ctx, f: Value, r: u32) -> bool {
    truth(&ctx.call(f, &[Value::int(r as i64)], 1).await)
}

#[derive(Clone, Copy, PartialEq)]
enum Find {
    First,
    Last,
    Contains,
}

/// IndexFunc, LastIndexFunc and ContainsFunc.
fn index(c: &mut Call, how: Find) -> Result<(), Fault> {
    let (s, f) = (c.bytes(0), c.arg(1));
    c.task(move |ctx| async move {
        let frame = match how {
            Find::Last => ("strings.lastIndexFunc", true, "strings/strings.go", 891),
            _ => ("strings.indexFunc", true, "strings/strings.go", 877),
        };
        ctx.frames(vec![frame]);
        let rs = runes(&s);
        let mut at = -1i64;
        if how == Find::Last {
            for &(i, r, _) in rs.iter().rev() {
                if test(&ctx, f, r).await {
                    at = i as i64;
                    break;
                }
            }
        } else {
            for &(i, r, _) in &rs {
                if test(&ctx, f, r).await {
                    at = i as i64;
                    break;
                }
            }
        }
        Ok(vec![if how == Find::Contains { Value::bool(at >= 0) } else { Value::int(at) }])
    });
    Ok(())
}

/// TrimLeftFunc, TrimRightFunc and TrimFunc (right after left, as Go's TrimFunc).
fn trim(c: &mut Call, left: bool, right: bool) -> Result<(), Fault> {
    let (s, f) = (c.bytes(0), c.arg(1));
    c.task(move |ctx| async move {
        let rs = runes(&s);
        let (mut lo, mut hi) = (0, rs.len());
        if left {
            ctx.frames(vec![("strings.indexFunc", true, "strings/strings.go", 877)]);
            while lo < hi && test(&ctx, f, rs[lo].1).await {
                lo += 1;
            }
        }
        if right {
            ctx.frames(vec![("strings.lastIndexFunc", true, "strings/strings.go", 891)]);
            while hi > lo && test(&ctx, f, rs[hi - 1].1).await {
                hi -= 1;
            }
        }
        let from = rs.get(lo).map_or(s.len(), |r| r.0);
        let to = if hi == 0 { 0 } else { rs[hi - 1].0 + rs[hi - 1].2 };
        let part: Arc<[u8]> = Arc::from(&s[from..to.max(from)]);
        let v = ctx.native(move |c| Ok(vec![c.new_bytes(&part)?])).await;
        Ok(v)
    });
    Ok(())
}

/// strings.Map: each rune replaced by mapping(r); a negative result drops it.
fn map(c: &mut Call) -> Result<(), Fault> {
    let (f, s) = (c.arg(0), c.bytes(1));
    c.task(move |ctx| async move {
        let mut out: Vec<u8> = Vec::with_capacity(s.len());
        // Go's Map calls mapping in its first loop until a rune changes, then in a second.
        let mut changed = false;
        for (_, r, _) in runes(&s) {
            let line = if changed { 514 } else { 483 };
            ctx.frames(vec![("strings.Map", true, "strings/strings.go", line)]);
            let m = ctx.call(f, &[Value::int(r as i64)], 1).await[0].as_int() as i32;
            changed |= m as i64 != r as i64 || r == 0xfffd;
            if m >= 0 {
                let ch = char::from_u32(m as u32).unwrap_or('\u{fffd}');
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
        }
        let out: Arc<[u8]> = Arc::from(out);
        let v = ctx.native(move |c| Ok(vec![c.new_bytes(&out)?])).await;
        Ok(v)
    });
    Ok(())
}

/// strings.FieldsFunc: the runs of runes for which f is false.
fn fields_func(c: &mut Call) -> Result<(), Fault> {
    let (s, f) = (c.bytes(0), c.arg(1));
    c.task(move |ctx| async move {
        ctx.frames(vec![("strings.FieldsFunc", true, "strings/strings.go", 397)]);
        let mut spans = Vec::new();
        let mut start: Option<usize> = None;
        for (i, r, _) in runes(&s) {
            if test(&ctx, f, r).await {
                if let Some(st) = start.take() {
                    spans.push((st, i));
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(st) = start {
            spans.push((st, s.len()));
        }
        let v = ctx
            .native(move |c| {
                let mut elems = Vec::with_capacity(spans.len());
                for &(a, b) in &spans {
                    elems.push(c.new_bytes(&s[a..b])?);
                }
                Ok(vec![c.new_slice(elems)?])
            })
            .await;
        Ok(v)
    });
    Ok(())
}
