//! Package container/heap: Init, Push, Pop, Fix and Remove over a heap.Interface, whose
//! methods are Go calls (a coroutine, see task.rs). The sift-up and sift-down steps are
//! Go's own, so the same program leaves its elements in the same order.

use super::task::{truth, Ctx};
use super::{func_go, type_, Call, Fault, Member};
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    type_(
        "Interface",
        "interface { Len() int; Less(i, j int) bool; Swap(i, j int); Push(x any); Pop() any }",
    ),
    func_go("Fix", "func(h Interface, i int)", fix),
    func_go("Init", "func(h Interface)", init),
    func_go("Pop", "func(h Interface) any", pop),
    func_go("Push", "func(h Interface, x any)", push),
    func_go("Remove", "func(h Interface, i int) any", remove),
];

async fn len(ctx: &Ctx, h: Value) -> i64 {
    ctx.method(h, "Len", &[], 1).await[0].as_int()
}
async fn less(ctx: &Ctx, h: Value, i: i64, j: i64) -> bool {
    truth(&ctx.method(h, "Less", &[Value::int(i), Value::int(j)], 1).await)
}
async fn swap(ctx: &Ctx, h: Value, i: i64, j: i64) {
    ctx.method(h, "Swap", &[Value::int(i), Value::int(j)], 0).await;
}

/// Moves element j up towards the root while it is less than its parent.
async fn up(ctx: &Ctx, h: Value, mut j: i64) {
    loop {
        let i = (j - 1) / 2; // the parent (Go's division truncates: 0 for j = 0)
        if i == j || !less(ctx, h, j, i).await {
            break;
        }
        swap(ctx, h, i, j).await;
        j = i;
    }
}

/// Moves element i0 down while a child is less; whether it moved.
async fn down(ctx: &Ctx, h: Value, i0: i64, n: i64) -> bool {
    let mut i = i0;
    loop {
        let j1 = 2 * i + 1;
        if j1 >= n || j1 < 0 {
            break;
        }
        let mut j = j1;
        let j2 = j1 + 1;
        if j2 < n && less(ctx, h, j2, j1).await {
            j = j2;
        }
        if !less(ctx, h, j, i).await {
            break;
        }
        swap(ctx, h, i, j).await;
        i = j;
    }
    i > i0
}

fn init(c: &mut Call) -> Result<(), Fault> {
    let h = c.arg(0);
    c.task(move |ctx| async move {
        let n = len(&ctx, h).await;
        let mut i = n / 2 - 1;
        while i >= 0 {
            down(&ctx, h, i, n).await;
            i -= 1;
        }
        Ok(vec![])
    });
    Ok(())
}

fn push(c: &mut Call) -> Result<(), Fault> {
    let (h, x) = (c.arg(0), c.arg(1));
    c.task(move |ctx| async move {
        ctx.method(h, "Push", &[x], 0).await;
        let n = len(&ctx, h).await;
        up(&ctx, h, n - 1).await;
        Ok(vec![])
    });
    Ok(())
}

fn pop(c: &mut Call) -> Result<(), Fault> {
    let h = c.arg(0);
    c.task(move |ctx| async move {
        let n = len(&ctx, h).await - 1;
        swap(&ctx, h, 0, n).await;
        down(&ctx, h, 0, n).await;
        Ok(ctx.method(h, "Pop", &[], 1).await)
    });
    Ok(())
}

fn remove(c: &mut Call) -> Result<(), Fault> {
    let (h, i) = (c.arg(0), c.int(1));
    c.task(move |ctx| async move {
        let n = len(&ctx, h).await - 1;
        if n != i {
            swap(&ctx, h, i, n).await;
            if !down(&ctx, h, i, n).await {
                up(&ctx, h, i).await;
            }
        }
        Ok(ctx.method(h, "Pop", &[], 1).await)
    });
    Ok(())
}

fn fix(c: &mut Call) -> Result<(), Fault> {
    let (h, i) = (c.arg(0), c.int(1));
    c.task(move |ctx| async move {
        let n = len(&ctx, h).await;
        if !down(&ctx, h, i, n).await {
            up(&ctx, h, i).await;
        }
        Ok(vec![])
    });
    Ok(())
}
