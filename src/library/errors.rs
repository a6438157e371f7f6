//! Package errors. An error made here is a `*errors.errorString` (see `call::new_error`);
//! fmt.Errorf's errors that wrap another are `*fmt.wrapError`s and errors.Join's are
//! `*errors.joinError`s, which Is, As and Unwrap follow natively. Errors of the program's
//! own types are followed through their `Unwrap() error` and `Unwrap() []error` methods,
//! and their `Is(error) bool` and `As(any) bool` methods are asked, as Go's errors does:
//! Is, As and Unwrap are library coroutines (library/task.rs) that call those methods.

use super::fmt::WRAP_ERROR;
use super::task::{truth, Ctx};
use super::{func, func_go, Call, Fault, Member};
use crate::rt::fmt as gofmt;
use crate::rt::obj::Obj;
use crate::vm::op::TypeId;
use crate::vm::program::TypeKind;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    func_go("Is", "func(err, target error) bool", is),
    func("New", "func(text string) error", new),
    func_go("Unwrap", "func(err error) error", unwrap),
];

fn new(c: &mut Call) -> Result<(), Fault> {
    let msg = c.str(0);
    let e = c.new_error(&msg)?;
    c.ret(e);
    Ok(())
}

/// The error `err` wraps, if it is one of fmt.Errorf's wrapping errors.
fn wrapped(c: &Call, err: Value) -> Option<Value> {
    // fmt's {msg, wrapped}; os's *fs.PathError {Op, Path, Err}.
    let at = match c.rt.prog.type_name(err.t) {
        _ if err.t == 0 => return None,
        WRAP_ERROR => 1,
        super::file::PATH_ERROR => 2,
        _ => return None,
    };
    match &*c.rt.heap.lock(err.h) {
        Obj::Struct(f) => f.get(at).copied(),
        _ => None,
    }
}

/// errors.Is: whether `target` is `err` or in the tree of errors it wraps: equal to one
/// (when target's type is comparable), or one's `Is` method says so.
fn is(c: &mut Call) -> Result<(), Fault> {
    let (err, target) = (c.arg(0), c.arg(1));
    if err.t == 0 || target.t == 0 {
        c.ret_bool(err == target);
        return Ok(());
    }
    c.task(move |ctx| async move {
        let found = walk(&ctx, err, "errors.Is", |ctx, e| async move {
            if ctx.native(move |c| Ok(vec![Value::bool(equal(c, e, target))])).await[0].as_bool() {
                return true;
            }
            if !has(&ctx, e, IS).await {
                return false;
            }
            ctx.frames(vec![
                ("errors.is", true, "errors/wrap.go", 58),
                ("errors.Is", true, "errors/wrap.go", 50),
            ]);
            truth(&ctx.method(e, "Is", &[target], 1).await)
        })
        .await;
        Ok(vec![Value::bool(found)])
    });
    Ok(())
}

/// errors.Unwrap: what err's `Unwrap() error` method returns (nil without one).
fn unwrap(c: &mut Call) -> Result<(), Fault> {
    let err = c.arg(0);
    if let Some(inner) = wrapped(c, err) {
        c.ret(inner);
        return Ok(());
    }
    if methods(c, err) & UNWRAP_ONE == 0 {
        c.ret(Value::ZERO);
        return Ok(());
    }
    c.task(move |ctx| async move {
        ctx.frames(vec![("errors.Unwrap", true, "errors/wrap.go", 24)]);
        let r = ctx.method(err, "Unwrap", &[], 1).await;
        Ok(vec![r.first().copied().unwrap_or_default()])
    });
    Ok(())
}

// ---- the methods errors calls

/// An error's methods that errors calls, as bits.
const IS: u8 = 1;
const AS: u8 = 2;
const UNWRAP_ONE: u8 = 4;
const UNWRAP_MANY: u8 = 8;

/// Which of Is(error) bool, As(any) bool, Unwrap() error and Unwrap() []error the dynamic
/// type of `err` has (none for the library's own errors, followed natively).
fn methods(c: &Call, err: Value) -> u8 {
    let prog = &c.rt.prog;
    let Some(t) = prog.types.get(err.t as usize).filter(|_| err.t != 0) else { return 0 };
    let mut bits = 0;
    for (sel, _) in &t.methods {
        bits |= match prog.selectors.get(*sel as usize).map(String::as_str) {
            Some("Is(error) bool") => IS,
            Some("As(interface {}) bool" | "As(any) bool") => AS,
            Some("Unwrap() error") => UNWRAP_ONE,
            Some("Unwrap() []error") => UNWRAP_MANY,
            _ => 0,
        };
    }
    bits
}

/// Whether err has the methods of `bit`.
async fn has(ctx: &Ctx, err: Value, bit: u8) -> bool {
    let m = ctx.native(move |c| Ok(vec![Value::int(methods(c, err) as i64)])).await;
    m[0].as_int() as u8 & bit != 0
}

/// Go's `err == target` in errors.Is: only when target's dynamic type is comparable (a
/// different dynamic type is unequal; a NaN never equal).
fn equal(c: &Call, err: Value, target: Value) -> bool {
    use crate::rt::map::key_of;
    use crate::vm::op::MapKeyKind;
    if err.t != target.t {
        return false;
    }
    if super::iofs::errno_is(err, target) {
        return true;
    }
    let key = |v| key_of(&c.rt.heap, &c.rt.prog, v, MapKeyKind::Iface);
    match (key(target), key(err)) {
        (Ok(Some(a)), Ok(Some(b))) => a == b,
        _ => false,
    }
}

/// The errors `err` wraps, in order: the library's natively, the program's through their
/// Unwrap methods (nil ones left out).
async fn children(ctx: &Ctx, err: Value, caller: &'static str) -> Vec<Value> {
    let native = ctx
        .native(move |c| {
            Ok(match wrapped(c, err) {
                Some(inner) => vec![inner],
                None => joined(c, err),
            })
        })
        .await;
    if !native.is_empty() {
        return native.into_iter().filter(|e| e.t != 0).collect();
    }
    let line = if caller == "errors.Is" { 50 } else { 113 };
    let inner = if caller == "errors.Is" { "errors.is" } else { "errors.as" };
    let bits =
        ctx.native(move |c| Ok(vec![Value::int(methods(c, err) as i64)])).await[0].as_int() as u8;
    let list = if bits & UNWRAP_ONE != 0 {
        ctx.frames(vec![
            (inner, true, "errors/wrap.go", line + 13),
            (caller, true, "errors/wrap.go", line),
        ]);
        ctx.method(err, "Unwrap", &[], 1).await
    } else if bits & UNWRAP_MANY != 0 {
        ctx.frames(vec![
            (inner, true, "errors/wrap.go", line + 18),
            (caller, true, "errors/wrap.go", line),
        ]);
        let s = ctx.method(err, "Unwrap", &[], 1).await[0];
        ctx.keep(s);
        ctx.native(move |c| Ok(super::call::elems(c.rt, s))).await
    } else {
        Vec::new()
    };
    let list: Vec<Value> = list.into_iter().filter(|e| e.t != 0).collect();
    for e in &list {
        ctx.keep(*e);
    }
    list
}

/// Visits `err` and then every error it wraps, depth first as Go's errors.Is and errors.As
/// walk the tree, until `visit` returns true; returns whether it did. (A tree of more than
/// a million errors is a cycle, which Go would follow forever.)
async fn walk<F, Fut>(ctx: &Ctx, err: Value, caller: &'static str, mut visit: F) -> bool
where
    F: FnMut(Ctx, Value) -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let mut stack = vec![err];
    let mut seen = 0u32;
    while let Some(e) = stack.pop() {
        seen += 1;
        if seen > 1_000_000 {
            return false;
        }
        if visit(ctx.clone(), e).await {
            return true;
        }
        let mut next = children(ctx, e, caller).await;
        next.reverse();
        stack.extend(next);
    }
    false
}

// ---- errors.As and errors.Join

/// The members added for errors.As and errors.Join (kept apart from the table above).
pub const AS_JOIN_MEMBERS: &[Member] = &[
    // The code generator adds a third argument: the type id of the type target points to
    // (`library::takes_pointee_type`).
    func_go("As", "func(err error, target any) bool", as_),
    func("Join", "func(errs ...error) error", join),
];

/// The dynamic type of errors.Join's errors: a struct {message, errors...}.
pub const JOIN_ERROR: &str = "*errors.joinError";

/// The errors a `*errors.joinError` or `*fmt.wrapErrors` holds (none for any other error).
fn joined(c: &Call, err: Value) -> Vec<Value> {
    let name = c.rt.prog.type_name(err.t);
    if err.t == 0 || (name != JOIN_ERROR && name != super::fmt::WRAP_ERRORS) {
        return Vec::new();
    }
    match &*c.rt.heap.lock(err.h) {
        Obj::Struct(f) => f.iter().skip(1).copied().collect(),
        _ => Vec::new(),
    }
}

/// errors.Join: nil when every argument is nil; otherwise an error whose message is the
/// messages of the non-nil ones on separate lines. The message is made here (calling the
/// program's Error methods through fmt's machinery), since errors do not change.
fn join(c: &mut Call) -> Result<(), Fault> {
    let errs: Vec<Value> = c.elems(0).into_iter().filter(|e| e.t != 0).collect();
    if errs.is_empty() {
        c.ret(Value::ZERO);
        return Ok(());
    }
    let env = c.fmt_env();
    let texts: Vec<String> = errs.iter().map(|e| gofmt::sprint(&env, &[*e])).collect();
    c.methods_done()?;
    let t = c.type_id(JOIN_ERROR);
    let msg = c.new_str(&texts.join("\n"))?;
    let mut fields = vec![msg];
    fields.extend(errs);
    let mut v = c.alloc(Obj::Struct(fields))?;
    v.t = t;
    c.ret(v);
    Ok(())
}

/// errors.As: finds the first error in err's tree whose type is the type target points to
/// (or implements it, for an interface) and stores it in *target, or whose `As` method
/// takes target, and reports whether there was one; Go's panics for a nil or non-pointer
/// target, or one that points to a type that is neither an interface nor an error.
fn as_(c: &mut Call) -> Result<(), Fault> {
    let (err, target, elem) = (c.arg(0), c.arg(1), c.int(2));
    if target.t == 0 {
        return Err(Fault::Panic("errors: target cannot be nil".into()));
    }
    if elem == 0 || (target.h == 0 && target.w == 0) {
        return Err(Fault::Panic("errors: target must be a non-nil pointer".into()));
    }
    if elem < 0 {
        return Err(Fault::Panic("errors: *target must be interface or implement error".into()));
    }
    let elem = elem as TypeId;
    if err.t == 0 {
        c.ret_bool(false);
        return Ok(());
    }
    c.task(move |ctx| async move {
        let found = walk(&ctx, err, "errors.As", |ctx, e| async move {
            let stored =
                ctx.native(move |c| Ok(vec![Value::bool(store_if_fits(c, e, target, elem)?)]));
            if stored.await[0].as_bool() {
                return true;
            }
            if !has(&ctx, e, AS).await {
                return false;
            }
            ctx.frames(vec![
                ("errors.as", true, "errors/wrap.go", 122),
                ("errors.As", true, "errors/wrap.go", 113),
            ]);
            truth(&ctx.method(e, "As", &[target], 1).await)
        })
        .await;
        Ok(vec![Value::bool(found)])
    });
    Ok(())
}

/// Whether type ids `a` and `b` name the same library type (program types are main's).
fn same_library_type(c: &Call, a: TypeId, b: TypeId) -> bool {
    let (na, nb) = (c.rt.prog.type_name(a), c.rt.prog.type_name(b));
    na == nb && !na.trim_start_matches('*').starts_with("main.")
}

/// Stores `e` in *target if its dynamic type is `elem` (the type target points to) or
/// implements it (an interface), as errors.As does; whether it did.
fn store_if_fits(c: &mut Call, e: Value, target: Value, elem: TypeId) -> Result<bool, Fault> {
    let prog = &c.rt.prog;
    let want = prog.types.get(elem as usize);
    let is_iface = want.is_some_and(|d| matches!(d.kind, TypeKind::Interface));
    let hit = match want {
        Some(d) if is_iface => prog.types.get(e.t as usize).is_some_and(|ed| ed.implements(d)),
        // A library type the program names has an id of its own beside the one the library
        // gives its values (`*fs.PathError`): the same name is the same type.
        _ => e.t == elem || same_library_type(c, e.t, elem),
    };
    if !hit {
        return Ok(false);
    }
    if is_iface {
        c.update(target, |_| e)?;
    } else if matches!(
        want.map(|d| &d.kind),
        Some(TypeKind::Struct { .. } | TypeKind::Array { .. })
    ) {
        // A pointer to a struct or array is the object's handle: copy the value into it.
        let parts = copy_parts(c, e.h, elem)?;
        if let Obj::Struct(f) | Obj::Array(f) = &mut *c.rt.heap.lock(target.h) {
            *f = parts;
        }
    } else {
        c.update(target, |_| Value { t: 0, ..e })?;
    }
    Ok(true)
}

/// A deep copy of the fields (or elements) of struct or array object `h` of type `ty`, as
/// Go's assignment copies a value: nested structs and arrays become new objects.
fn copy_parts(c: &mut Call, h: u32, ty: TypeId) -> Result<Vec<Value>, Fault> {
    let mut parts = match &*c.rt.heap.lock(h) {
        Obj::Struct(f) | Obj::Array(f) => f.clone(),
        _ => return Ok(Vec::new()),
    };
    let kinds: Vec<TypeId> = match c.rt.prog.types.get(ty as usize).map(|d| &d.kind) {
        Some(TypeKind::Struct { fields }) => fields.iter().map(|f| f.1).collect(),
        Some(TypeKind::Array { elem, .. }) => vec![*elem; parts.len()],
        _ => Vec::new(),
    };
    for (p, t) in parts.iter_mut().zip(kinds) {
        let aggregate = c.rt.prog.types.get(t as usize).map(|d| &d.kind);
        match aggregate {
            Some(TypeKind::Struct { .. }) if p.h != 0 => {
                let inner = copy_parts(c, p.h, t)?;
                *p = c.alloc(Obj::Struct(inner))?;
            }
            Some(TypeKind::Array { .. }) if p.h != 0 => {
                let inner = copy_parts(c, p.h, t)?;
                *p = c.alloc(Obj::Array(inner))?;
            }
            _ => {}
        }
    }
    Ok(parts)
}
