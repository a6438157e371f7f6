//! fmt's `%#v`: a value as Go syntax (`main.T{A:1, S:[]int{2}}`), Go's printValue with
//! `sharpV` set. It walks the value by its *static* type, which decides what Go prints below
//! the top level: a nil interface field is `error(nil)`, a pointer field `(*main.T)(nil)`,
//! a nested slice `[]int{1}`, unsigned integers in hex. Error and String methods are not
//! called (Go calls only Format and GoString, below the top level too, except through
//! unexported fields).

use super::fmt::{
    array_view, fake_addr, float32_g, float_g, int_text, quote_bytes, sorted_pairs, Env,
};
use crate::rt::obj::Obj;
use crate::vm::op::TypeId;
use crate::vm::program::TypeKind;
use crate::vm::value::Value;

/// `%#v` of one argument (an interface value: `t` is its dynamic type, a slice is boxed).
pub fn go_syntax(env: &Env, v: Value) -> String {
    let mut out = String::new();
    match v.t {
        0 => out.push_str("<nil>"),
        t => write(env, t, unbox(env, v), (0, false), &mut out),
    }
    out
}

/// The value as a variable of its dynamic type holds it: an interface boxes a slice.
fn unbox(env: &Env, v: Value) -> Value {
    match env.prog.types.get(v.t as usize).map(|d| &d.kind) {
        Some(TypeKind::Slice { .. }) if v.h != 0 => match &*env.heap.lock(v.h) {
            Obj::Cell(s) => *s,
            _ => Value::ZERO,
        },
        _ => v,
    }
}

/// The elements of a struct or array object, or of a slice's window of its array.
fn elements(env: &Env, v: Value, slice: bool) -> Vec<Value> {
    if v.h == 0 {
        return Vec::new();
    }
    match &*env.heap.lock(v.h) {
        Obj::Array(a) if slice => a
            .get(v.slice_off()..v.slice_off() + v.slice_len())
            .map(<[Value]>::to_vec)
            .unwrap_or_default(),
        Obj::Struct(f) | Obj::Array(f) => f.clone(),
        _ => Vec::new(),
    }
}

/// `v` tagged with its type, for fmt's own formatting of it.
fn v_typed(v: Value, ty: TypeId) -> Value {
    Value { t: ty, ..v }
}

/// Writes `v`, held in a variable of type `ty`, at nesting `depth` (0: the argument itself);
/// `hidden`: reached through an unexported field, where Go's reflection may not call methods.
fn write(env: &Env, ty: TypeId, v: Value, (depth, hidden): (usize, bool), out: &mut String) {
    let Some(d) = env.prog.types.get(ty as usize) else { return };
    let name = d.name.as_str();
    // A nested value whose type has a GoString method prints by it (the argument itself was
    // handled by format_verb).
    if depth > 0 && !hidden && d.format_method.is_some() {
        // Go's handleMethods with sharpV set (the directive's width is not passed down).
        let spec = super::fmt::Spec { sharp: true, ..Default::default() };
        if let Some(s) = super::fmt::format_method_text(env, Value { t: ty, ..v }, 'v', &spec) {
            out.push_str(&s);
            return;
        }
    }
    if depth > 0 && !hidden && d.gostring_method.is_some() {
        if let Some(s) = super::fmt::gostring_text(env, Value { t: ty, ..v }) {
            out.push_str(s.strip_prefix(crate::rt::methods::PANICKED).unwrap_or(&s));
            return;
        }
    }
    if let Some(s) = library_value(env, name, v, depth) {
        out.push_str(&s);
        return;
    }
    match &d.kind {
        TypeKind::Invalid => out.push_str("<nil>"),
        TypeKind::Bool => out.push_str(if v.as_bool() { "true" } else { "false" }),
        TypeKind::Int { bits, signed: true } => out.push_str(&int_text(v, *bits, true)),
        TypeKind::Int { bits, signed: false } => {
            let n: u64 = int_text(v, *bits, false).parse().unwrap_or(0);
            out.push_str(&format!("{n:#x}"));
        }
        TypeKind::Float64 => out.push_str(&float_g(v.as_float(), None)),
        TypeKind::Float32 => out.push_str(&float32_g(v.as_float(), None)),
        TypeKind::Complex { .. } => super::fmt::format_value(env, v_typed(v, ty), out),
        TypeKind::String => out.push_str(&quote_bytes(&env.heap.bytes(v), false)),
        TypeKind::Chan { .. } | TypeKind::Func | TypeKind::Pointer => pointer(name, v, out),
        TypeKind::StructPtr { .. } if depth > 0 || v.h == 0 => pointer(name, v, out),
        TypeKind::StructPtr { elem } => {
            out.push('&');
            write(env, *elem, v, (depth + 1, hidden), out);
        }
        TypeKind::Interface if v.t == 0 => {
            out.push_str(name);
            out.push_str("(nil)");
        }
        TypeKind::Interface => write(env, v.t, unbox(env, v), (depth + 1, hidden), out),
        TypeKind::Slice { .. } if v.h == 0 => {
            out.push_str(slice_name(name, depth));
            out.push_str("(nil)");
        }
        TypeKind::Slice { elem } => {
            out.push_str(slice_name(name, depth));
            list(env, *elem, &elements(env, v, true), (depth, hidden), out);
        }
        TypeKind::Array { elem, len } => {
            out.push_str(name);
            list(env, *elem, &elements(env, array_view(v, *len), true), (depth, hidden), out);
        }
        TypeKind::Map { key, elem } => map(env, name, (*key, *elem), v, (depth, hidden), out),
        TypeKind::Struct { fields } => {
            out.push_str(name);
            out.push('{');
            let vals = elements(env, v, false);
            for (i, (field, fty)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(field);
                out.push(':');
                let unexported = !field.starts_with(|c: char| c.is_uppercase());
                let at = (depth + 1, hidden || unexported);
                write(env, *fty, vals.get(i).copied().unwrap_or_default(), at, out);
            }
            out.push('}');
        }
    }
}

/// Go names the argument's own []byte `[]byte` (printArg's case) and a nested one by its
/// reflect type, `[]uint8`.
fn slice_name(name: &str, depth: usize) -> &str {
    if depth == 0 && name == "[]uint8" {
        "[]byte"
    } else {
        name
    }
}

/// `(*main.T)(nil)`, `(chan int)(0xc000012345)`: Go's fmtPointer under %#v.
fn pointer(name: &str, v: Value, out: &mut String) {
    let nil = v.h == 0 && v.w == 0;
    out.push_str(&format!("({name})({})", if nil { "nil".to_string() } else { fake_addr(v) }));
}

/// `{e1, e2}`: the elements of a slice or array.
fn list(
    env: &Env,
    elem: TypeId,
    items: &[Value],
    (depth, hidden): (usize, bool),
    out: &mut String,
) {
    out.push('{');
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(env, elem, *e, (depth + 1, hidden), out);
    }
    out.push('}');
}

/// `map[string]int{"a":1, "b":2}` with fmt's key order; a nil map is `map[string]int(nil)`.
fn map(
    env: &Env,
    name: &str,
    (key, elem): (TypeId, TypeId),
    m: Value,
    (depth, hidden): (usize, bool),
    out: &mut String,
) {
    out.push_str(name);
    if m.h == 0 {
        out.push_str("(nil)");
        return;
    }
    out.push('{');
    for (i, (k, v)) in sorted_pairs(env, m, key).into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(env, key, k, (depth + 1, hidden), out);
        out.push(':');
        write(env, elem, v, (depth + 1, hidden), out);
    }
    out.push('}');
}

/// The library's types whose Go fields gopark does not hold as Go has them: the fields
/// Go 1.23 declares, with their values.
fn library_value(env: &Env, name: &str, v: Value, depth: usize) -> Option<String> {
    Some(match name {
        "sync.Mutex" => {
            let state = match v.h {
                0 => 0,
                h => match &*env.heap.lock(h) {
                    Obj::Mutex(mx) => mx.state(),
                    _ => 0,
                },
            };
            format!("sync.Mutex{{state:{state}, sema:0x0}}")
        }
        "sync.WaitGroup" => {
            let n = match v.h {
                0 => 0,
                h => match &*env.heap.lock(h) {
                    Obj::WaitGroup(w) => (w.counter as u64) << 32 | w.waiters.len() as u64,
                    _ => 0,
                },
            };
            format!(
                "sync.WaitGroup{{noCopy:sync.noCopy{{}}, state:atomic.Uint64{{_:atomic.noCopy{{}}, \
                 _:atomic.align64{{}}, v:{n:#x}}}, sema:0x0}}"
            )
        }
        "*errors.errorString" if depth == 0 && (v.h != 0 || v.w != 0) => {
            let text = super::fmt::lib_string(env, v).unwrap_or_default();
            format!("&errors.errorString{{s:{}}}", quote_bytes(text.as_bytes(), false))
        }
        _ => return None,
    })
}
