//! Package errors. An error made here is a `*errors.errorString` (see `call::new_error`);
//! fmt.Errorf's errors that wrap another are `*fmt.wrapError`s and errors.Join's are
//! `*errors.joinError`s, which Is, As and Unwrap follow. Errors of the program's own types are
//! not unwrapped (their Unwrap, Is and As methods are not called yet: a native never calls
//! back into Go code except for fmt's String and Error methods).

use super::fmt::WRAP_ERROR;
use super::{func, Call, Fault, Member};
use crate::rt::fmt as gofmt;
use crate::rt::obj::Obj;
use crate::vm::op::TypeId;
use crate::vm::program::TypeKind;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    func("Is", "func(err, target error) bool", is),
    func("New", "func(text string) error", new),
    func("Unwrap", "func(err error) error", unwrap),
];

fn new(c: &mut Call) -> Result<(), Fault> {
    let msg = c.str(0);
    let e = c.new_error(&msg)?;
    c.ret(e);
    Ok(())
}

/// The error `err` wraps, if it is one of fmt.Errorf's wrapping errors.
fn wrapped(c: &Call, err: Value) -> Option<Value> {
    if err.t == 0 || c.rt.prog.type_name(err.t) != WRAP_ERROR {
        return None;
    }
    match &*c.rt.heap.lock(err.h) {
        Obj::Struct(f) => f.get(1).copied(),
        _ => None,
    }
}

/// errors.Is: whether `target` is `err` or in the tree of errors it wraps. Errors of the
/// program's own types are compared as values and not unwrapped.
fn is(c: &mut Call) -> Result<(), Fault> {
    let (err, target) = (c.arg(0), c.arg(1));
    if err.t == 0 || target.t == 0 {
        c.ret_bool(err == target);
        return Ok(());
    }
    let found = walk(c, err, &mut |_, e| e == target);
    c.ret_bool(found);
    Ok(())
}

fn unwrap(c: &mut Call) -> Result<(), Fault> {
    let inner = wrapped(c, c.arg(0)).unwrap_or(Value::ZERO);
    c.ret(inner);
    Ok(())
}

// ---- errors.As and errors.Join

/// The members added for errors.As and errors.Join (kept apart from the table above).
pub const AS_JOIN_MEMBERS: &[Member] = &[
    // The code generator adds a third argument: the type id of the type target points to
    // (`library::takes_pointee_type`).
    func("As", "func(err error, target any) bool", as_),
    func("Join", "func(errs ...error) error", join),
];

/// The dynamic type of errors.Join's errors: a struct {message, errors...}.
pub const JOIN_ERROR: &str = "*errors.joinError";

/// Calls `f` on `err` and then on every error it wraps, depth first as Go's errors.Is and
/// errors.As walk the tree, until `f` returns true; returns whether it did.
fn walk(c: &Call, err: Value, f: &mut dyn FnMut(&Call, Value) -> bool) -> bool {
    // A tree deeper than this is a cycle, which Go would follow forever.
    fn go(c: &Call, err: Value, f: &mut dyn FnMut(&Call, Value) -> bool, depth: u32) -> bool {
        if err.t == 0 || depth > 10_000 {
            return false;
        }
        if f(c, err) {
            return true;
        }
        if let Some(next) = wrapped(c, err) {
            return go(c, next, f, depth + 1);
        }
        joined(c, err).into_iter().any(|e| go(c, e, f, depth + 1))
    }
    go(c, err, f, 0)
}

/// The errors a `*errors.joinError` holds (none for any other error).
fn joined(c: &Call, err: Value) -> Vec<Value> {
    if err.t == 0 || c.rt.prog.type_name(err.t) != JOIN_ERROR {
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
/// (or implements it, for an interface), stores it in *target and reports whether one was
/// found; Go's panics for a nil or non-pointer target, or one that points to a type that is
/// neither an interface nor an error.
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
    let prog = &c.rt.prog;
    let want = prog.types.get(elem as usize);
    let is_iface = want.is_some_and(|d| matches!(d.kind, TypeKind::Interface));
    let mut found = None;
    walk(c, err, &mut |_, e| {
        let hit = match want {
            Some(d) if is_iface => prog.types.get(e.t as usize).is_some_and(|ed| ed.implements(d)),
            _ => e.t == elem,
        };
        if hit {
            found = Some(e);
        }
        hit
    });
    let Some(e) = found else {
        c.ret_bool(false);
        return Ok(());
    };
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
    c.ret_bool(true);
    Ok(())
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
