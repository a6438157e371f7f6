//! Package context, natively. A Context is an interface as in Go; the library's one
//! concrete type, `*context.cancelCtx`, implements it with the natives below (the compiler
//! gives it a method table of thunks, see compile's `lib_dynamic_methods`), and its objects
//! are rt/context.rs's. Background and TODO carry no object (handle 0, their kind in the
//! word), so every Background() is the same value, as in Go.
//!
//! The CancelFunc, CancelCauseFunc and AfterFunc's stop are real Go func values: closures
//! over the context (or AfterFunc record) whose function, made by the compiler
//! (`FUNC_VALUES`), calls an internal native. So they can be called, deferred, passed and
//! started with `go`. Deadlines are timers on the runtime's per-P heaps
//! (`Runtime::start_context_timer`), so deterministic runs stay reproducible.
//!
//! Rejected: context written in Go and compiled with the program (the checker has one
//! package; and Done channels, timers and cancellation are runtime objects anyway).

use super::{func, method, type_, var, Call, Fault, Member};
use crate::rt::context::{self as cx, field};
use crate::rt::obj::Obj;
use crate::vm::op::MapKeyKind;
use crate::vm::value::Value;
use std::sync::Arc;

/// The dynamic type of every context the library makes.
pub const CTX_TYPE: &str = "*context.cancelCtx";

/// The dynamic type of context.DeadlineExceeded.
pub const DEADLINE_TYPE: &str = "context.deadlineExceededError";

/// context.DeadlineExceeded: a sentinel (no handle, its text's code in the word) of its
/// own type, so `err == context.DeadlineExceeded` holds for every copy.
fn deadline_exceeded(c: &Call) -> Value {
    Value { t: c.type_id(DEADLINE_TYPE), ..c.sentinel(DEADLINE_EXCEEDED) }
}

/// Codes of context.Canceled and context.DeadlineExceeded among `call::SENTINELS`.
pub(super) const CANCELED: u64 = 3;
const DEADLINE_EXCEEDED: u64 = 4;

/// Func values the library returns: (function name, internal native it calls with the
/// closure's one capture first, parameters, results). The compiler makes each function
/// when a program uses package context.
pub const FUNC_VALUES: &[(&str, &str, u16, u16)] = &[
    ("context.WithCancel.func1", "contextCancel", 0, 0),
    ("context.WithCancelCause.func1", "contextCancelCause", 1, 0),
    ("context.AfterFunc.func1", "contextStop", 0, 1),
];

pub const MEMBERS: &[Member] = &[
    type_(
        "Context",
        "interface{Deadline() (deadline time.Time, ok bool); Done() <-chan struct{}; Err() error; Value(key any) any}",
    ),
    type_("CancelFunc", "func()"),
    type_("CancelCauseFunc", "func(cause error)"),
    type_("cancelCtx", "struct{}"),
    var("Canceled", "error", |c| {
        let v = c.sentinel(CANCELED);
        c.ret(v);
        Ok(())
    }),
    var("DeadlineExceeded", "error", |c| {
        let v = deadline_exceeded(c);
        c.ret(v);
        Ok(())
    }),
    // DeadlineExceeded's type: a net.Error, whose timeouts are temporary. Go's is a struct{};
    // here its word holds the sentinel's code, which a struct could not (a struct value is
    // a handle).
    type_("deadlineExceededError", "int"),
    method("deadlineExceededError", "Error", "func() string", |c| {
        c.ret_str("context deadline exceeded")
    }),
    method("deadlineExceededError", "Temporary", "func() bool", |c| {
        c.ret_bool(true);
        Ok(())
    }),
    method("deadlineExceededError", "Timeout", "func() bool", |c| {
        c.ret_bool(true);
        Ok(())
    }),
    func("AfterFunc", "func(ctx Context, f func()) (stop func() bool)", after_func),
    func("Background", "func() Context", |c| root(c, cx::BACKGROUND)),
    func("Cause", "func(c Context) error", cause),
    func("TODO", "func() Context", |c| root(c, cx::TODO)),
    func("WithCancel", "func(parent Context) (ctx Context, cancel CancelFunc)", |c| {
        with_cancel(c, cx::CANCEL, "context.WithCancel.func1")
    }),
    func("WithCancelCause", "func(parent Context) (ctx Context, cancel CancelCauseFunc)", |c| {
        with_cancel(c, cx::CANCEL, "context.WithCancelCause.func1")
    }),
    func("WithDeadline", "func(parent Context, d time.Time) (Context, CancelFunc)", |c| {
        let d = crate::rt::timefmt::decode(c.int(1));
        with_deadline(c, d, Value::ZERO)
    }),
    func(
        "WithDeadlineCause",
        "func(parent Context, d time.Time, cause error) (Context, CancelFunc)",
        |c| {
            let d = crate::rt::timefmt::decode(c.int(1));
            with_deadline(c, d, c.arg(2))
        },
    ),
    func("WithTimeout", "func(parent Context, timeout time.Duration) (Context, CancelFunc)", |c| {
        let d = super::time::now_ns(c) as i128 + c.int(1) as i128;
        with_deadline(c, d, Value::ZERO)
    }),
    func(
        "WithTimeoutCause",
        "func(parent Context, timeout time.Duration, cause error) (Context, CancelFunc)",
        |c| {
            let d = super::time::now_ns(c) as i128 + c.int(1) as i128;
            with_deadline(c, d, c.arg(2))
        },
    ),
    func("WithValue", "func(parent Context, key, val any) Context", with_value),
    func("WithoutCancel", "func(parent Context) Context", without_cancel),
    method("*cancelCtx", "Deadline", "func() (deadline time.Time, ok bool)", deadline),
    method("*cancelCtx", "Done", "func() <-chan struct{}", done),
    method("*cancelCtx", "Err", "func() error", err),
    method("*cancelCtx", "String", "func() string", string),
    method("*cancelCtx", "Value", "func(key any) any", value),
];

/// The internal natives the func values call (see `FUNC_VALUES`).
pub const INTERNAL_MEMBERS: &[Member] = &[
    func("contextCancel", "func(c any)", |c| {
        let err = c.sentinel(CANCELED);
        let (ctx, g) = (c.arg(0).h, c.g.id);
        c.rt.cancel_context(c.m, g, ctx, err, Value::ZERO);
        Ok(())
    }),
    func("contextCancelCause", "func(c any, cause error)", |c| {
        let err = c.sentinel(CANCELED);
        let (ctx, cause, g) = (c.arg(0).h, c.arg(1), c.g.id);
        c.rt.cancel_context(c.m, g, ctx, err, cause);
        Ok(())
    }),
    func("contextStop", "func(r any) bool", |c| {
        let rec = c.arg(0).h;
        let stopped = match &mut *c.rt.heap.lock(rec) {
            Obj::Struct(f) if !f[cx::AF_STARTED].as_bool() => {
                f[cx::AF_STARTED] = Value::bool(true);
                true
            }
            _ => false,
        };
        c.ret_bool(stopped);
        Ok(())
    }),
];

fn root(c: &mut Call, kind: i64) -> Result<(), Fault> {
    let t = c.type_id(CTX_TYPE);
    c.ret(Value { w: kind as u64, h: 0, t });
    Ok(())
}

/// Checks a parent Context argument: nil panics as in Go; one the program implements is
/// not supported yet (Go would watch its Done channel from a goroutine).
fn parent(c: &Call, i: usize) -> Result<Value, Fault> {
    let p = c.arg(i);
    if p.t == 0 {
        return Err(Fault::Panic("cannot create context from nil parent".into()));
    }
    if p.t != c.type_id(CTX_TYPE) {
        return Err(Fault::Panic(
            "gopark: a Context implemented by the program as a parent is not supported yet".into(),
        ));
    }
    Ok(p)
}

/// A new context object of `kind` under `parent` (a cancelable one gets its Done channel
/// and its lists); returned as an interface value.
fn new_ctx(c: &mut Call, kind: i64, parent: Value) -> Result<Value, Fault> {
    let mut f = vec![Value::ZERO; cx::NFIELDS];
    f[cx::KIND] = Value::int(kind);
    f[cx::PARENT] = parent;
    if cx::is_cancelable(kind) {
        let elem = c.rt.prog.types.iter().position(|t| t.name == "struct {}").unwrap_or(0);
        f[cx::DONE] = c.alloc(Obj::Chan(Box::new(crate::rt::chan::Chan::new(0, elem as u32))))?;
        f[cx::CHILDREN] = c.alloc(Obj::Array(Vec::new()))?;
        f[cx::AFTER] = c.alloc(Obj::Array(Vec::new()))?;
    }
    let mut v = c.alloc(Obj::Struct(f))?;
    v.t = c.type_id(CTX_TYPE);
    Ok(v)
}

/// Go's propagateCancel: registers cancelable `child` with its nearest cancelable ancestor,
/// or cancels it at once if that one is already canceled.
fn propagate(c: &mut Call, child: Value) {
    let heap = &c.rt.heap;
    let a = cx::cancelable_ancestor(heap, field(heap, child.h, cx::PARENT).h);
    if a == 0 {
        return;
    }
    let canceled = {
        let obj = heap.lock(a);
        let Obj::Struct(f) = &*obj else { return };
        if f[cx::ERR].t != 0 {
            Some((f[cx::ERR], f[cx::CAUSE]))
        } else {
            // Under the ancestor's lock: a cancel either sees this child or came first.
            if let Obj::Array(list) = &mut *heap.lock(f[cx::CHILDREN].h) {
                list.push(child);
            }
            None
        }
    };
    if let Some((err, cause)) = canceled {
        let g = c.g.id;
        c.rt.cancel_context(c.m, g, child.h, err, cause);
    }
}

/// The closure named `name` (see `FUNC_VALUES`) over `cap`.
fn func_value(c: &mut Call, name: &str, cap: Value) -> Result<Value, Fault> {
    let Some(f) = c.rt.prog.funcs.iter().position(|f| f.name == name) else {
        return Err(Fault::Panic(format!("gopark: {name} was not compiled (not supported yet)")));
    };
    c.alloc(Obj::Closure { func: f as u32, caps: Arc::from(vec![cap]) })
}

/// os/signal.NotifyContext: no signal ever comes, so a cancelable child of the parent.
pub(super) fn notify_context(c: &mut Call) -> Result<(), Fault> {
    with_cancel(c, cx::CANCEL, "context.WithCancel.func1")
}

fn with_cancel(c: &mut Call, kind: i64, cancel: &str) -> Result<(), Fault> {
    let p = parent(c, 0)?;
    let ctx = new_ctx(c, kind, p)?;
    let f = func_value(c, cancel, Value::handle(ctx.h))?;
    propagate(c, ctx);
    c.ret(ctx);
    c.ret(f);
    Ok(())
}

/// WithDeadline(parent, d), d in Unix nanoseconds: Go's timerCtx. `cause` (nil for none)
/// is what Cause reports once the deadline passes (WithDeadlineCause).
fn with_deadline(c: &mut Call, d: i128, cause: Value) -> Result<(), Fault> {
    let p = parent(c, 0)?;
    if let Some(cur) = deadline_of(c, p.h) {
        if cur < d {
            // The parent's deadline is sooner: a plain cancelable child is enough.
            return with_cancel(c, cx::CANCEL, "context.WithCancel.func1");
        }
    }
    let ctx = new_ctx(c, cx::DEADLINE_KIND, p)?;
    let cancel = func_value(c, "context.WithCancel.func1", Value::handle(ctx.h))?;
    let exceeded = deadline_exceeded(c);
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(ctx.h) {
        f[cx::DEADLINE] = Value::int(crate::rt::timefmt::encode(d).unwrap_or(0));
        f[cx::HAS_DEADLINE] = Value::bool(true);
        f[cx::TIMEOUT_ERR] = exceeded;
        f[cx::TIMEOUT_CAUSE] = cause;
    }
    propagate(c, ctx);
    let left = d - super::time::now_ns(c) as i128;
    if left <= 0 {
        let g = c.g.id;
        c.rt.cancel_context(c.m, g, ctx.h, exceeded, cause);
    } else if cx::field(&c.rt.heap, ctx.h, cx::ERR).t == 0 {
        let when = c.rt.clock.now_ns().saturating_add(left.min(u64::MAX as i128) as u64);
        c.rt.start_context_timer(c.m, c.g.id, ctx.h, when);
    }
    c.ret(ctx);
    c.ret(cancel);
    Ok(())
}

fn with_value(c: &mut Call) -> Result<(), Fault> {
    let p = parent(c, 0)?;
    if c.arg(1).t == 0 {
        return Err(Fault::Panic("nil key".into()));
    }
    let ctx = new_ctx(c, cx::VALUE, p)?;
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(ctx.h) {
        f[cx::KEY] = c.arg(1);
        f[cx::VAL] = c.arg(2);
    }
    c.ret(ctx);
    Ok(())
}

fn without_cancel(c: &mut Call) -> Result<(), Fault> {
    let p = parent(c, 0)?;
    let ctx = new_ctx(c, cx::WITHOUT, p)?;
    c.ret(ctx);
    Ok(())
}

/// AfterFunc(ctx, f): f runs in its own goroutine once ctx is done (at once if it is).
fn after_func(c: &mut Call) -> Result<(), Fault> {
    let ctx = parent(c, 0)?;
    let rec = c.alloc(Obj::Struct(vec![c.arg(1), Value::bool(false)]))?;
    let stop = func_value(c, "context.AfterFunc.func1", rec)?;
    let heap = &c.rt.heap;
    let a = cx::cancelable_ancestor(heap, ctx.h);
    let run_now = a != 0 && {
        let obj = heap.lock(a);
        match &*obj {
            Obj::Struct(f) if f[cx::ERR].t != 0 => true,
            Obj::Struct(f) => {
                if let Obj::Array(list) = &mut *heap.lock(f[cx::AFTER].h) {
                    list.push(rec);
                }
                false
            }
            _ => false,
        }
    };
    if run_now {
        if let Obj::Struct(f) = &mut *heap.lock(rec.h) {
            f[cx::AF_STARTED] = Value::bool(true);
        }
        let g = c.g.id;
        c.rt.start_func(c.m, g, c.arg(1));
    }
    c.ret(stop);
    Ok(())
}

/// The deadline that applies to context `h` (Unix nanoseconds), if any.
fn deadline_of(c: &Call, mut h: u32) -> Option<i128> {
    let heap = &c.rt.heap;
    while h != 0 {
        match cx::kind(heap, h) {
            cx::WITHOUT => return None,
            cx::DEADLINE_KIND => {
                return Some(crate::rt::timefmt::decode(field(heap, h, cx::DEADLINE).as_int()))
            }
            _ => h = field(heap, h, cx::PARENT).h,
        }
    }
    None
}

fn deadline(c: &mut Call) -> Result<(), Fault> {
    match deadline_of(c, c.arg(0).h) {
        Some(d) => {
            c.ret_int(crate::rt::timefmt::encode(d).unwrap_or(0));
            c.ret_bool(true);
        }
        None => {
            c.ret_int(0);
            c.ret_bool(false);
        }
    }
    Ok(())
}

fn done(c: &mut Call) -> Result<(), Fault> {
    let a = cx::cancelable_ancestor(&c.rt.heap, c.arg(0).h);
    c.ret(Value::handle(field(&c.rt.heap, a, cx::DONE).h));
    Ok(())
}

fn err(c: &mut Call) -> Result<(), Fault> {
    let a = cx::cancelable_ancestor(&c.rt.heap, c.arg(0).h);
    c.ret(field(&c.rt.heap, a, cx::ERR));
    Ok(())
}

fn cause(c: &mut Call) -> Result<(), Fault> {
    let ctx = c.arg(0);
    if ctx.t != c.type_id(CTX_TYPE) {
        c.ret(Value::ZERO);
        return Ok(());
    }
    let a = cx::cancelable_ancestor(&c.rt.heap, ctx.h);
    c.ret(field(&c.rt.heap, a, cx::CAUSE));
    Ok(())
}

/// Whether two interface values are equal keys, as Go's == compares them: the same
/// dynamic type and equal values (a string's bytes, a struct's fields: `type key struct{}`
/// is the usual key). The rules of an interface map key (rt::map::key_of); a key whose type
/// cannot be compared is equal only to itself.
fn same_key(c: &Call, a: Value, b: Value) -> bool {
    if a.t != b.t {
        return false;
    }
    let key = |v| crate::rt::map::key_of(&c.rt.heap, &c.rt.prog, v, MapKeyKind::Iface);
    match (key(a), key(b)) {
        (Ok(Some(x)), Ok(Some(y))) => x == y,
        _ => (a.w, a.h) == (b.w, b.h),
    }
}

fn value(c: &mut Call) -> Result<(), Fault> {
    let key = c.arg(1);
    let mut h = c.arg(0).h;
    while h != 0 {
        let heap = &c.rt.heap;
        if cx::kind(heap, h) == cx::VALUE && same_key(c, field(heap, h, cx::KEY), key) {
            let v = field(heap, h, cx::VAL);
            c.ret(v);
            return Ok(());
        }
        h = field(heap, h, cx::PARENT).h;
    }
    c.ret(Value::ZERO);
    Ok(())
}

/// Go's String methods: the chain of constructors, `context.Background.WithCancel`.
fn string(c: &mut Call) -> Result<(), Fault> {
    let s = name(c, c.arg(0));
    c.ret_str(&s)
}

fn name(c: &Call, v: Value) -> String {
    if v.h == 0 {
        return if v.w as i64 == cx::TODO { "context.TODO" } else { "context.Background" }.into();
    }
    let heap = &c.rt.heap;
    let p = name(c, field(heap, v.h, cx::PARENT));
    match cx::kind(heap, v.h) {
        cx::CANCEL => format!("{p}.WithCancel"),
        cx::DEADLINE_KIND => {
            // Go's timerCtx.String: the deadline and the time left until it.
            let d = crate::rt::timefmt::decode(field(heap, v.h, cx::DEADLINE).as_int());
            let left =
                (d - super::time::now_ns(c) as i128).clamp(i64::MIN as i128, i64::MAX as i128);
            let (at, left) = (crate::rt::timefmt::string(d), crate::rt::fmt::duration(left as i64));
            format!("{p}.WithDeadline({at} [{left}])")
        }
        cx::WITHOUT => format!("{p}.WithoutCancel"),
        _ => {
            let key = stringify(c, field(heap, v.h, cx::KEY));
            let val = stringify(c, field(heap, v.h, cx::VAL));
            format!("{p}.WithValue({key}, {val})")
        }
    }
}

/// Go's stringify for WithValue's String: a string as is, nil as <nil>, else the type.
fn stringify(c: &Call, v: Value) -> String {
    if v.t == 0 {
        return "<nil>".into();
    }
    let d = c.rt.prog.types.get(v.t as usize);
    match d {
        // Only the type string itself: Go's type switch has `case string`.
        Some(d) if d.name == "string" => c.rt.heap.str(v).to_string(),
        Some(d) => d.name.clone(),
        None => "?".into(),
    }
}
