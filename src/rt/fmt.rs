//! fmt's formatting (Println, Print, Printf and the Sprint family), the builtins
//! print/println, and how a panic value is printed.
//!
//! Every argument arrives as an interface value: the dynamic type id in `Value::t` selects
//! the `TypeDesc` that says how to print the payload.

use crate::rt::obj::{Heap, Obj};
use crate::rt::rawtext;
use crate::vm::op::{FuncId, Op, TypeId};
use crate::vm::program::Program;
use crate::vm::program::TypeKind;
use crate::vm::value::Value;
use std::fmt::Write;

/// What formatting reads: the heap (strings, slices, maps, structs) and the program's
/// type descriptors.
pub struct Env<'a> {
    pub heap: &'a Heap,
    pub prog: &'a Program,
    /// Where the results of Error and String methods come from (see rt/methods.rs); None
    /// where no Go code can run (panic messages, print): values print as if they had none.
    pub methods: Option<&'a crate::rt::methods::MethodCalls>,
}

/// The text of v's Error or String method when fmt calls it for `verb` (Go's
/// handleMethods: the verbs that print strings, and not %#v).
fn method_text(env: &Env, v: Value, verb: char, sharp: bool) -> Option<String> {
    if !matches!(verb, 'v' | 's' | 'q' | 'x' | 'X') || (verb == 'v' && sharp) || v.t == 0 {
        return None;
    }
    let d = env.prog.types.get(v.t as usize)?;
    let f = d.error_method.or(d.string_method)?;
    let method = if d.error_method.is_some() { "Error" } else { "String" };
    call_text(env, f, v, verb, method)
}

/// The result of fmt's call of method `f` (named `method`) on v; for a method that panicked,
/// Go's catchPanic text, marked so that no verb applies to it.
fn call_text(env: &Env, f: FuncId, v: Value, verb: char, method: &str) -> Option<String> {
    let s = env.methods?.call(f, Value { t: 0, ..v });
    if s == crate::rt::methods::NIL_RECEIVER {
        return Some(format!("{}<nil>", crate::rt::methods::PANICKED));
    }
    match s.strip_prefix(crate::rt::methods::PANICKED) {
        Some(p) => {
            Some(format!("{}%!{verb}(PANIC={method} method: {p})", crate::rt::methods::PANICKED))
        }
        None => Some(s),
    }
}

/// A *big.Int under any verb but %T, %p and %#v: its decimal text from its String method,
/// laid out as big.Int's Format method does (the prelude's Int has no Format).
fn big_int_text(env: &Env, v: Value, verb: char, spec: &Spec) -> Option<String> {
    if matches!(verb, 'T' | 'p') || spec.sharp && verb == 'v' || spec.hidden || v.t == 0 {
        return None;
    }
    let d = env.prog.types.get(v.t as usize)?;
    if d.name != "*big.Int" {
        return None;
    }
    let dec = env.methods?.call(d.string_method?, Value { t: 0, ..v });
    if dec == crate::rt::methods::NIL_RECEIVER {
        return Some("<nil>".into());
    }
    if let Some(p) = panicked_text(&dec) {
        return Some(p.to_string());
    }
    Some(super::fmtbig::format(verb, spec, &dec))
}

/// The text of v's GoString method, which `%#v` prints instead of Go syntax (Go's
/// handleMethods with sharpV: a fmt.GoStringer).
pub(super) fn gostring_text(env: &Env, v: Value) -> Option<String> {
    let f = env.prog.types.get(v.t as usize).filter(|_| v.t != 0)?.gostring_method?;
    call_text(env, f, v, 'v', "GoString")
}

/// What v's Format method prints for `verb` under `spec`, if it has one (Go's
/// handleMethods: a fmt.Formatter comes first, for every verb but %T and %p, which printArg
/// handles before; not through unexported fields). Printed as is: Format pads nothing
/// unless it does so itself.
pub(super) fn format_method_text(env: &Env, v: Value, verb: char, spec: &Spec) -> Option<String> {
    if matches!(verb, 'T' | 'p') || spec.hidden || v.t == 0 {
        return None;
    }
    let f = env.prog.types.get(v.t as usize)?.format_method?;
    Some(env.methods?.format(f, Value { t: 0, ..v }, spec.directive(verb)))
}

/// `method_text`'s result without its mark when it is a panic's text (printed as is).
fn panicked_text(s: &str) -> Option<&str> {
    s.strip_prefix(crate::rt::methods::PANICKED)
}

/// A stable, fake address for reference values (Go prints real ones, e.g. 0xc000012345).
pub(super) fn fake_addr(v: Value) -> String {
    if v.h == 0 {
        return "0x0".into();
    }
    format!("0xc{:09x}", 0x10000 + v.h as u64 * 0x60)
}

fn kind<'a>(env: &Env<'a>, v: Value) -> Option<&'a TypeKind> {
    env.prog.types.get(v.t as usize).map(|d| &d.kind).filter(|_| v.t != 0)
}

fn is_string(env: &Env, v: Value) -> bool {
    matches!(kind(env, v), Some(TypeKind::String))
}

/// Integer payload as Go would see it: truncated and sign- or zero-extended to its size,
/// in decimal (fmt and encoding/json).
pub fn int_text(v: Value, bits: u8, signed: bool) -> String {
    let bits = bits.clamp(8, 64) as u32;
    if signed {
        let shift = 64 - bits;
        (((v.w << shift) as i64) >> shift).to_string()
    } else {
        let mask = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
        (v.w & mask).to_string()
    }
}

/// The bytes of a []byte held by an interface value (which %s, %q and %x print as text).
fn byte_slice(env: &Env, v: Value) -> Option<Vec<u8>> {
    let (s, elem) = unbox_slice(env, v)?;
    if !is_byte(env, elem) {
        return None;
    }
    Some(slice_items_raw(env, s).iter().map(|x| x.w as u8).collect())
}

/// The elements of slice `s`.
fn slice_items_raw(env: &Env, s: Value) -> Vec<Value> {
    if s.h == 0 || s.slice_len() == 0 {
        return Vec::new();
    }
    match &*env.heap.lock(s.h) {
        Obj::Array(a) => a[s.slice_off()..s.slice_off() + s.slice_len()].to_vec(),
        _ => Vec::new(),
    }
}

/// The slice held (boxed) by an interface value of slice type, and its element type.
fn unbox_slice(env: &Env, v: Value) -> Option<(Value, TypeId)> {
    // An array prints as a slice of all its elements.
    if let Some(TypeKind::Array { elem, len }) = kind(env, v) {
        return Some((array_view(v, *len), *elem));
    }
    let Some(TypeKind::Slice { elem }) = kind(env, v) else {
        return None;
    };
    let s = match &*env.heap.lock(v.h) {
        Obj::Cell(s) => *s,
        _ => Value::ZERO,
    };
    Some((s, *elem))
}

/// The elements of a slice as interface values of the element type, so that the caller can
/// format each one like a top-level argument (nested slices are boxed again in place: a
/// temporary `t` on a copy that never reaches the heap, read back by `elem_slice`).
fn slice_items(env: &Env, s: Value, elem: TypeId) -> Vec<Item> {
    let elems: Vec<Value> = if s.h == 0 || s.slice_len() == 0 {
        Vec::new()
    } else {
        match &*env.heap.lock(s.h) {
            Obj::Array(a) => a[s.slice_off()..s.slice_off() + s.slice_len()].to_vec(),
            _ => Vec::new(),
        }
    };
    elems.into_iter().map(|e| nested_item(env, e, elem)).collect()
}

/// A slice element or struct field `v` of static type `ty`, as Go's printValue sees it
/// below the top level: a pointer prints as an address there (only a top-level pointer to a
/// struct prints as `&{...}`), and sync objects print as the structs they are in Go.
fn nested_item(env: &Env, v: Value, ty: TypeId) -> Item {
    nested_item_with(env, v, ty, false, true)
}

/// Whether values of type `ty` have a Format, Error or String method fmt would call.
fn has_text_method(env: &Env, ty: TypeId) -> bool {
    env.prog.types.get(ty as usize).is_some_and(|d| {
        d.format_method.is_some() || d.error_method.is_some() || d.string_method.is_some()
    })
}

/// `nested_item`; with `plus` (%+v), sync objects print their Go field names too; `methods`:
/// their String and Error methods may be called (not below an unexported field).
fn nested_item_with(env: &Env, v: Value, ty: TypeId, plus: bool, methods: bool) -> Item {
    match env.prog.types.get(ty as usize).map(|d| (d.name.as_str(), &d.kind)) {
        // A named array or map type with a method fmt calls prints by it; so does a named
        // slice type (see `slice_method_text`).
        Some((_, TypeKind::Array { .. } | TypeKind::Map { .. }))
            if methods && has_text_method(env, ty) =>
        {
            Item::Value(Value { t: ty, ..v })
        }
        Some((_, TypeKind::Slice { elem })) if methods && has_text_method(env, ty) => {
            Item::Named(v, ty, *elem)
        }
        Some((_, TypeKind::Slice { elem })) => Item::Slice(v, *elem),
        Some((_, TypeKind::Array { elem, len })) => Item::Slice(array_view(v, *len), *elem),
        // A pointer whose type has a String or Error method prints by it (Go's handleMethods
        // at depth > 0), nil included: the method decides, or its nil-receiver panic prints
        // <nil>.
        Some((_, TypeKind::StructPtr { .. } | TypeKind::Pointer))
            if methods
                && (has_text_method(env, ty)
                    || lib_string(env, Value { t: ty, ..v }).is_some()) =>
        {
            Item::Value(Value { t: ty, ..v })
        }
        Some((_, TypeKind::Interface)) if methods && v.t != 0 && has_text_method(env, v.t) => {
            Item::Value(v)
        }
        // Go's printValue below the top level: a nil interface is <nil> under any verb.
        Some((_, TypeKind::Interface)) if v.t == 0 => Item::Text("<nil>".into()),
        // Below the top level a pointer prints as an address, whatever the static type;
        // this also ends the walk of a struct that points to itself through an interface.
        Some((_, TypeKind::Interface))
            if matches!(kind(env, v), Some(TypeKind::StructPtr { .. })) =>
        {
            Item::Text(fake_addr(v))
        }
        Some((_, TypeKind::Interface)) => Item::Value(v),
        Some((_, TypeKind::StructPtr { .. })) if v.h == 0 => Item::Text("<nil>".into()),
        Some((_, TypeKind::StructPtr { .. })) => Item::Text(fake_addr(v)),
        Some((name, _)) if super::fmtsync::is_sync_type(name) => {
            Item::Text(super::fmtsync::sync_text(env, v, name, plus))
        }
        _ => Item::Value(Value { t: ty, ..v }),
    }
}

/// An array value (the handle of its elements) as a slice of all of them.
pub(super) fn array_view(v: Value, len: u64) -> Value {
    match v.h {
        0 => Value::ZERO,
        h => Value::slice(h, 0, len as u32, len as u32),
    }
}

/// One element to print: an interface-shaped value, a raw (unboxed) slice, or text that is
/// already formatted.
enum Item {
    Value(Value),
    Slice(Value, TypeId),
    /// A slice of a named type with a method fmt calls: the slice, its type, its elements'.
    Named(Value, TypeId, TypeId),
    Text(String),
}

/// Prints a struct (`{1 2}`, `{A:1 B:2}` for %+v; %#v is gosyntax.rs) or a pointer to one
/// (`&{1 2}`), applying `verb` to each field as Go's printValue does.
fn write_struct_verb(env: &Env, verb: char, spec: &Spec, v: Value, out: &mut String) {
    let Some(k) = kind(env, v) else { return };
    match k {
        TypeKind::StructPtr { elem } => {
            if v.h == 0 {
                out.push_str("<nil>");
                return;
            }
            out.push('&');
            write_struct_verb(env, verb, spec, Value { t: *elem, ..v }, out);
        }
        TypeKind::Struct { fields } => {
            let vals = match v.h {
                0 => Vec::new(),
                h => match &*env.heap.lock(h) {
                    Obj::Struct(f) => f.clone(),
                    _ => Vec::new(),
                },
            };
            out.push('{');
            for (i, (name, ty)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                if verb == 'v' && spec.plus {
                    out.push_str(name);
                    out.push(':');
                }
                let f = vals.get(i).copied().unwrap_or(Value::ZERO);
                let exported = name.starts_with(|c: char| c.is_uppercase());
                let field_spec = Spec { hidden: spec.hidden || !exported, ..spec.clone() };
                let mut each =
                    |e: Value, o: &mut String| o.push_str(&format_verb(env, verb, &field_spec, e));
                match nested_item_with(env, f, *ty, verb == 'v' && spec.plus, !field_spec.hidden) {
                    Item::Value(e) => each(e, out),
                    it => write_item(env, it, (verb, &field_spec), out, &mut each),
                }
            }
            out.push('}');
        }
        TypeKind::Array { elem, len } => {
            let mut each = |e: Value, o: &mut String| o.push_str(&format_verb(env, verb, spec, e));
            write_slice(env, array_view(v, *len), *elem, (verb, spec), out, &mut each);
        }
        _ => {}
    }
}

/// The verb and directive a slice, map or struct is printed with (`each` applies them to
/// its elements; a named slice's method needs them too).
type How<'a> = (char, &'a Spec);

/// `How` of %v with no flags.
const PLAIN: How = ('v', &Spec::DEFAULT);

/// Writes one element of a slice, map or struct.
fn write_item(
    env: &Env,
    it: Item,
    how: How,
    out: &mut String,
    each: &mut dyn FnMut(Value, &mut String),
) {
    match it {
        Item::Value(v) => each(v, out),
        Item::Named(s, own, el) => match slice_method_text(env, s, own, how.0, how.1) {
            Some(t) => out.push_str(&t),
            None => write_slice(env, s, el, how, out, each),
        },
        Item::Slice(s, el) => write_slice(env, s, el, how, out, each),
        Item::Text(t) => out.push_str(&t),
    }
}

/// What a slice `s` of named type `ty` prints by its Format, Error or String method under
/// `verb`, if fmt calls one there. The method table's entry unboxes the slice an interface
/// holds; below the top level the slice is not boxed (and formatting cannot box it), so
/// the method itself is called, when the entry is just that unboxing call.
fn slice_method_text(env: &Env, s: Value, ty: TypeId, verb: char, spec: &Spec) -> Option<String> {
    let d = env.prog.types.get(ty as usize)?;
    let unboxed = |f: FuncId| match env.prog.funcs.get(f as usize)?.code.as_slice() {
        [Op::LoadBox { dst: 0, b: 0 }, Op::Call { func, base: 0 }, Op::Ret { .. }] => Some(*func),
        _ => None,
    };
    if !matches!(verb, 'T' | 'p') {
        if let Some(f) = d.format_method {
            return Some(env.methods?.format(unboxed(f)?, s, spec.directive(verb)));
        }
    }
    if !matches!(verb, 'v' | 's' | 'q' | 'x' | 'X') || (verb == 'v' && spec.sharp) {
        return None;
    }
    let (f, method) = match (d.error_method, d.string_method) {
        (Some(f), _) => (f, "Error"),
        (None, Some(f)) => (f, "String"),
        _ => return None,
    };
    let text = env.methods?.call(unboxed(f)?, s);
    if text == crate::rt::methods::NIL_RECEIVER {
        return Some("<nil>".into());
    }
    Some(match text.strip_prefix(crate::rt::methods::PANICKED) {
        Some(p) => format!("%!{verb}(PANIC={method} method: {p})"),
        None => pad(crate::rt::methods::string_verb(verb, spec.prec, &text), spec, false),
    })
}

/// Prints `[e1 e2 ...]`, each element by `each` (Go's printValue for slices).
fn write_slice(
    env: &Env,
    s: Value,
    elem: TypeId,
    how: How,
    out: &mut String,
    each: &mut dyn FnMut(Value, &mut String),
) {
    out.push('[');
    for (i, it) in slice_items(env, s, elem).into_iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        write_item(env, it, how, out, each);
    }
    out.push(']');
}

/// A slice under a verb: each element formatted with it, and an element that is itself a
/// []byte formatted as bytes under %s, %q, %x and %X (`%q` of a [][]byte quotes each one as
/// a string, as Go's fmt does).
fn write_slice_verb(env: &Env, verb: char, spec: &Spec, s: Value, elem: TypeId, out: &mut String) {
    out.push('[');
    for (i, it) in slice_items(env, s, elem).into_iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let it = match it {
            Item::Named(inner, own, ie) => match slice_method_text(env, inner, own, verb, spec) {
                Some(t) => Item::Text(t),
                None => Item::Slice(inner, ie),
            },
            it => it,
        };
        match it {
            Item::Value(v) => out.push_str(&format_verb(env, verb, spec, v)),
            Item::Slice(inner, ie) if matches!(verb, 's' | 'q' | 'x' | 'X') && is_byte(env, ie) => {
                let b: Vec<u8> = slice_items_raw(env, inner).iter().map(|x| x.w as u8).collect();
                out.push_str(&pad(bytes_verb(&b, verb, spec), spec, false));
            }
            Item::Slice(inner, ie) | Item::Named(inner, _, ie) => {
                write_slice_verb(env, verb, spec, inner, ie, out)
            }
            Item::Text(t) => out.push_str(&t),
        }
    }
    out.push(']');
}

/// A []byte under %s, %q, %x or %X (Go's fmtBytes): its bytes as fmt's text, quoted, or
/// in hexadecimal; the precision counts runes for %s and %q.
fn bytes_verb(b: &[u8], verb: char, spec: &Spec) -> String {
    match verb {
        's' => rawtext::marked(&truncated(b, spec.prec)).into_owned(),
        'q' if spec.sharp && can_backquote(b) => {
            format!("`{}`", String::from_utf8_lossy(&truncated(b, spec.prec)))
        }
        'q' => quote_bytes(&truncated(b, spec.prec), spec.plus),
        _ => hex_bytes(b, verb, spec),
    }
}

/// The first `prec` runes of `b` (all of it without a precision); a byte that is not UTF-8
/// counts as one.
fn truncated(b: &[u8], prec: Option<usize>) -> std::borrow::Cow<'_, [u8]> {
    match prec {
        Some(p) => {
            let s: String = rawtext::marked(b).chars().take(p).collect();
            std::borrow::Cow::Owned(rawtext::bytes(&s).into_owned())
        }
        None => std::borrow::Cow::Borrowed(b),
    }
}

fn is_byte(env: &Env, ty: TypeId) -> bool {
    matches!(
        env.prog.types.get(ty as usize).map(|d| &d.kind),
        Some(TypeKind::Int { bits: 8, signed: false })
    )
}

/// Orders two map keys of static type `ty` as fmt does (internal/fmtsort): numbers
/// numerically (NaN first), strings by bytes, false before true, references by address,
/// and interface keys by dynamic type, then by value.
pub fn key_order(env: &Env, a: Value, b: Value, ty: TypeId) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match env.prog.types.get(ty as usize).map(|d| &d.kind) {
        Some(TypeKind::Int { signed: false, .. }) => a.w.cmp(&b.w),
        Some(TypeKind::Int { .. } | TypeKind::Bool) => a.as_int().cmp(&b.as_int()),
        Some(TypeKind::Float64 | TypeKind::Float32) => {
            let (x, y) = (a.as_float(), b.as_float());
            match (x.is_nan(), y.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            }
        }
        Some(TypeKind::String) => env.heap.bytes(a).cmp(&env.heap.bytes(b)),
        Some(TypeKind::Interface) => match (a.t, b.t) {
            (0, 0) => Ordering::Equal,
            (0, _) => Ordering::Less,
            (_, 0) => Ordering::Greater,
            (x, y) if x != y => x.cmp(&y),
            (x, _) => key_order(env, a, b, x),
        },
        // Structs and arrays: field by field (element by element).
        Some(TypeKind::Struct { fields }) => {
            let (fa, fb) = (parts(env, a), parts(env, b));
            for (i, (_, t)) in fields.iter().enumerate() {
                let (x, y) = (
                    fa.get(i).copied().unwrap_or_default(),
                    fb.get(i).copied().unwrap_or_default(),
                );
                match key_order(env, x, y, *t) {
                    Ordering::Equal => {}
                    o => return o,
                }
            }
            Ordering::Equal
        }
        Some(TypeKind::Array { elem, .. }) => {
            let (fa, fb) = (parts(env, a), parts(env, b));
            for (x, y) in fa.iter().zip(&fb) {
                match key_order(env, *x, *y, *elem) {
                    Ordering::Equal => {}
                    o => return o,
                }
            }
            Ordering::Equal
        }
        _ => a.h.cmp(&b.h),
    }
}

/// The fields of a struct or elements of an array value (none for a nil handle).
fn parts(env: &Env, v: Value) -> Vec<Value> {
    match v.h {
        0 => Vec::new(),
        h => match &*env.heap.lock(h) {
            Obj::Struct(f) | Obj::Array(f) => f.clone(),
            _ => Vec::new(),
        },
    }
}

/// The pairs of map `m` (keys of type `key`) in the order fmt prints them, copied out so that
/// no lock is held while keys and values are formatted.
pub(super) fn sorted_pairs(env: &Env, m: Value, key: TypeId) -> Vec<(Value, Value)> {
    let mut pairs = match m.h {
        0 => Vec::new(),
        h => match &*env.heap.lock(h) {
            Obj::Map(mp) => mp.pairs(),
            _ => Vec::new(),
        },
    };
    pairs.sort_by(|x, y| key_order(env, x.0, y.0, key));
    pairs
}

/// Prints `map[k1:v1 k2:v2]` with the keys sorted as fmt sorts them, each key and value by
/// `each` (a nil map prints as `map[]`).
fn write_map(
    env: &Env,
    m: Value,
    key: TypeId,
    elem: TypeId,
    how: How,
    out: &mut String,
    each: &mut dyn FnMut(Value, &mut String),
) {
    let pairs = sorted_pairs(env, m, key);
    out.push_str("map[");
    for (i, (k, v)) in pairs.into_iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for (j, (x, ty)) in [(k, key), (v, elem)].into_iter().enumerate() {
            if j == 1 {
                out.push(':');
            }
            write_item(env, nested_item(env, x, ty), how, out, each);
        }
    }
    out.push(']');
}

/// %v of one value.
/// The Error or String method's text of a library value (errors.New's errors, time.Time,
/// time.Month), which fmt uses as Go's fmt calls the method.
/// The texts of the library's sentinel errors (io.EOF, context.Canceled, bufio.ErrTooLong):
/// a sentinel is an `*errors.errorString` value with no handle and its index here in its
/// word, so every use is the same value and `err == io.EOF` holds without a shared object.
pub const SENTINELS: &[&str] = &[
    "",
    "EOF",
    "unexpected EOF",
    "context canceled",
    "context deadline exceeded",
    "bufio.Scanner: token too long",
    "final token",
    "bufio.Scanner: SplitFunc returns negative advance count",
    "bufio.Scanner: SplitFunc returns advance count beyond input",
    "bufio.Scanner: Read returned impossible count",
    "bufio: buffer full",
    "bufio: negative count",
    "bufio: invalid use of UnreadByte",
    "bufio: invalid use of UnreadRune",
    "multiple Read calls return no data or error",
    "short write",
    "flag: help requested",
    // io/fs's errors (17..=23).
    "file does not exist",
    "file already exists",
    "file already closed",
    "invalid argument",
    "permission denied",
    "skip this directory",
    "skip everything and stop the walk",
    "short buffer",
    // The errnos os's errors hold (25, 26): syscall.ENOENT and EEXIST.
    "no such file or directory",
    "file exists",
];

pub fn lib_string(env: &Env, v: Value) -> Option<String> {
    if v.t == 0 {
        return None;
    }
    let name = |i: i64, names: &[&str], ty: &str| match names.get(i as usize) {
        Some(n) if i >= 0 => n.to_string(),
        _ => format!("%!{ty}({i})"),
    };
    Some(match env.prog.type_name(v.t) {
        // A sentinel (io.EOF) has no handle: its word names its text.
        "*errors.errorString" if v.h == 0 => {
            SENTINELS.get(v.w as usize).copied().unwrap_or_default().to_string()
        }
        "*errors.errorString" => env.heap.str(Value::handle(v.h)).to_string(),
        "context.deadlineExceededError" => SENTINELS[4].to_string(),
        // os's errors: {Op, Path, Err}, "op path: err".
        "*fs.PathError" => match &*env.heap.lock(v.h) {
            Obj::Struct(f) if f.len() == 3 => format!(
                "{} {}: {}",
                env.heap.str(f[0]),
                env.heap.str(f[1]),
                lib_string(env, f[2]).unwrap_or_default()
            ),
            _ => String::new(),
        },
        // fmt.Errorf's wrapping error: {msg, wrapped}.
        "*fmt.wrapError" => match &*env.heap.lock(v.h) {
            Obj::Struct(f) => env.heap.str(f.first().copied().unwrap_or_default()).to_string(),
            _ => String::new(),
        },
        // errors.Join's error and fmt.Errorf's with several %w: {msg, errors...}.
        "*errors.joinError" | "*fmt.wrapErrors" => match &*env.heap.lock(v.h) {
            Obj::Struct(f) => env.heap.str(f.first().copied().unwrap_or_default()).to_string(),
            _ => String::new(),
        },
        // regexp.MustCompile's result prints its expression (its String method); fmt
        // prints a nil one as <nil>, as Go's does when String panics on a nil receiver.
        "*regexp.Regexp" if v.h == 0 => "<nil>".to_string(),
        "*regexp.Regexp" => match &*env.heap.lock(v.h) {
            Obj::Struct(f) => env.heap.str(f.first().copied().unwrap_or_default()).to_string(),
            _ => String::new(),
        },
        // Their String methods: the unread bytes ("<nil>" for a nil pointer, as Go's
        // Buffer says and fmt says for the Builder's nil-receiver panic).
        "*bytes.Buffer" | "*strings.Builder" => super::fmtsync::buffer_text(env, v),
        "*url.URL" => super::url::url_string(env.heap, v),
        "*url.Userinfo" => super::url::userinfo_string(env.heap, v),
        "time.Time" => crate::rt::timefmt::time_string(env.heap, v.as_int(), v.h),
        // Its name: struct {name, offset, abbreviation} (library/time.rs).
        "*time.Location" => match &*env.heap.lock(v.h) {
            Obj::Struct(f) => env.heap.str(f.first().copied().unwrap_or_default()).to_string(),
            _ => "UTC".to_string(),
        },
        "time.Duration" => duration(v.as_int()),
        "fs.FileMode" => file_mode(v.w as u32),
        // fs.FormatDirEntry: "d name/" or "- name" ({name, size, mode, mtime}).
        "*os.unixDirent" => match &*env.heap.lock(v.h) {
            Obj::Struct(f) if f.len() == 4 => dir_entry(&env.heap.str(f[0]), f[2].w as u32),
            _ => String::new(),
        },
        "time.Month" => name(v.as_int() - 1, &crate::rt::timefmt::MONTHS, "Month"),
        "time.Weekday" => name(v.as_int(), &crate::rt::timefmt::DAYS, "Weekday"),
        _ => return None,
    })
}

/// fs.FileMode's String: one letter per type bit that is set (from bit 31 down, in the
/// order of Go's "dalTLDpSugct?"), or "-" for a regular file, then the nine rwx bits.
pub fn file_mode(m: u32) -> String {
    const TYPE_LETTERS: &str = "dalTLDpSugct?";
    let mut out: String = TYPE_LETTERS
        .chars()
        .enumerate()
        .filter(|(i, _)| m & (1 << (31 - i)) != 0)
        .map(|(_, c)| c)
        .collect();
    if out.is_empty() {
        out.push('-');
    }
    for (i, c) in "rwxrwxrwx".chars().enumerate() {
        out.push(if m & (1 << (8 - i)) != 0 { c } else { '-' });
    }
    out
}

/// fs.FormatDirEntry of an entry named `name` of mode `mode`: "d name/" or "- name".
pub fn dir_entry(name: &str, mode: u32) -> String {
    let kind = file_mode(mode & !0o777);
    let kind = kind.trim_end_matches('-');
    let kind = if kind.is_empty() { "-" } else { kind };
    let slash = if mode & (1 << 31) != 0 { "/" } else { "" };
    format!("{kind} {name}{slash}")
}

pub fn format_value(env: &Env, v: Value, out: &mut String) {
    if let Some(s) = format_method_text(env, v, 'v', &Spec::default()) {
        out.push_str(&s);
        return;
    }
    if let Some(m) = lib_error_message(env, v) {
        out.push_str(&env.heap.text(m));
        return;
    }
    if let Some(s) = method_text(env, v, 'v', false).or_else(|| lib_string(env, v)) {
        out.push_str(panicked_text(&s).unwrap_or(&s));
        return;
    }
    if let Some(s) = super::fmtsync::top_sync_text(env, v, false) {
        out.push_str(&s);
        return;
    }
    if let Some((s, elem)) = unbox_slice(env, v) {
        write_slice(env, s, elem, PLAIN, out, &mut |e, o| format_value(env, e, o));
        return;
    }
    let Some(k) = kind(env, v) else {
        out.push_str("<nil>");
        return;
    };
    match k {
        TypeKind::Bool => out.push_str(if v.as_bool() { "true" } else { "false" }),
        TypeKind::Int { bits, signed } => {
            if env.prog.type_name(v.t) == "time.Duration" {
                out.push_str(&duration(v.as_int()))
            } else {
                out.push_str(&int_text(v, *bits, *signed))
            }
        }
        TypeKind::Float64 => out.push_str(&float_g(v.as_float(), None)),
        TypeKind::Float32 => out.push_str(&float32_g(v.as_float(), None)),
        TypeKind::Complex { single } => {
            out.push_str(&complex_text(env.heap.complex(v), *single, 'v', &Spec::default()))
        }
        TypeKind::String => out.push_str(&env.heap.text(v)),
        // A nil pointer prints as <nil> (%p prints its address, 0x0).
        TypeKind::Chan { .. } | TypeKind::Func | TypeKind::Pointer if v.h == 0 && v.w == 0 => {
            out.push_str("<nil>")
        }
        TypeKind::Pointer if pointee_text(env, v, out) => {}
        TypeKind::Chan { .. } | TypeKind::Func | TypeKind::Pointer => out.push_str(&fake_addr(v)),
        TypeKind::Interface | TypeKind::Invalid => out.push_str("<nil>"),
        TypeKind::Slice { .. } | TypeKind::Array { .. } => {}
        TypeKind::Map { key, elem } => {
            write_map(env, v, *key, *elem, PLAIN, out, &mut |e, o| format_value(env, e, o))
        }
        TypeKind::Struct { .. } | TypeKind::StructPtr { .. } => {
            write_struct_verb(env, 'v', &Spec::default(), v, out)
        }
    }
}

/// Which of fmt's printing functions (Printf's format is its first argument).
#[derive(Clone, Copy, PartialEq)]
pub enum PrintKind {
    Print,
    Println,
    Printf,
}

/// Go's bytes of fmt.Sprint, Sprintln or Sprintf of `args` (a string's bytes as they are).
pub fn sprint_bytes(env: &Env, kind: PrintKind, args: &[Value]) -> Vec<u8> {
    rawtext::bytes(&sprint_text(env, kind, args)).into_owned()
}

/// fmt.Sprint, Sprintln or Sprintf of `args` as fmt's text (`rawtext`: a string's bytes
/// held as they are), for a library caller that writes it out later (package log).
pub fn sprint_text(env: &Env, kind: PrintKind, args: &[Value]) -> String {
    match kind {
        PrintKind::Print => print_text(env, args),
        PrintKind::Println => println_text(env, args),
        PrintKind::Printf => match args.split_first() {
            Some((f, rest)) => printf_text(env, &env.heap.text(*f), rest),
            None => String::new(),
        },
    }
}

/// fmt.Sprintf as fmt's text (`rawtext`), `format` as `Heap::text` gives it.
pub fn sprintf_text(env: &Env, format: &str, args: &[Value]) -> String {
    printf_text(env, format, args)
}

/// Go's bytes of fmt.Sprintf(format, args...), `format` as `Heap::text` gives it.
pub fn sprintf_bytes(env: &Env, format: &str, args: &[Value]) -> Vec<u8> {
    rawtext::bytes(&printf_text(env, format, args)).into_owned()
}

/// fmt.Sprintln as text (bytes that are not UTF-8 become U+FFFD).
pub fn sprintln(env: &Env, args: &[Value]) -> String {
    rawtext::lossy(println_text(env, args))
}

/// fmt.Sprint as text (bytes that are not UTF-8 become U+FFFD).
pub fn sprint(env: &Env, args: &[Value]) -> String {
    rawtext::lossy(print_text(env, args))
}

/// fmt.Sprintf as text (bytes that are not UTF-8 become U+FFFD).
pub fn sprintf(env: &Env, format: &str, args: &[Value]) -> String {
    rawtext::lossy(printf_text(env, format, args))
}

fn println_text(env: &Env, args: &[Value]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        format_value(env, *a, &mut out);
    }
    out.push('\n');
    out
}

/// Print adds spaces between operands when neither is a string.
fn print_text(env: &Env, args: &[Value]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 && !is_string(env, *a) && !is_string(env, args[i - 1]) {
            out.push(' ');
        }
        format_value(env, *a, &mut out);
    }
    out
}

/// time.Duration.String.
pub fn duration(d: i64) -> String {
    if d == 0 {
        return "0s".into();
    }
    let neg = d < 0;
    let u = d.unsigned_abs();
    let mut s = String::new();
    if u < 1_000_000_000 {
        let (div, unit) = if u < 1_000 {
            (1, "ns")
        } else if u < 1_000_000 {
            (1_000, "µs")
        } else {
            (1_000_000, "ms")
        };
        s.push_str(&frac(u, div));
        s.push_str(unit);
    } else {
        let h = u / 3_600_000_000_000;
        let rem = u % 3_600_000_000_000;
        let mi = rem / 60_000_000_000;
        let sec = rem % 60_000_000_000;
        if h > 0 {
            let _ = write!(s, "{h}h");
        }
        if h > 0 || mi > 0 {
            let _ = write!(s, "{mi}m");
        }
        s.push_str(&frac(sec, 1_000_000_000));
        s.push('s');
    }
    if neg {
        s.insert(0, '-');
    }
    s
}

/// u / div with the fraction's trailing zeros removed ("1.5", "100").
fn frac(u: u64, div: u64) -> String {
    let whole = u / div;
    let f = u % div;
    if f == 0 {
        return whole.to_string();
    }
    let width = (div as f64).log10().round() as usize;
    let digits = format!("{:0width$}", f, width = width);
    format!("{}.{}", whole, digits.trim_end_matches('0'))
}

/// Go's %g / %v for float64: shortest representation; exponent form when the exponent is
/// < -4 or >= the precision (6 for the shortest form, as strconv does).
pub fn float_g(f: f64, prec: Option<usize>) -> String {
    float_g_sized(f, prec, false)
}

/// %g and %v of a float32 (held as the float64 of the same number): the shortest
/// decimal that reads back as the same float32 (`float32(1)/7` prints 0.14285715).
pub fn float32_g(f: f64, prec: Option<usize>) -> String {
    float_g_sized(f, prec, true)
}

fn float_g_sized(f: f64, prec: Option<usize>, single: bool) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let e = match prec {
        Some(p) => format!("{:.*e}", p.max(1) - 1, f),
        None => shortest_e(f, single),
    };
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mant =
        if mant.contains('.') { mant.trim_end_matches('0').trim_end_matches('.') } else { mant };
    // strconv's rule for 'g': the exponent form is used when the exponent is < -4 or >= the
    // precision, and the shortest representation (%v, or %g without a precision) uses 6.
    let ndigits = mant.chars().filter(|c| c.is_ascii_digit()).count() as i32;
    let threshold = match prec {
        None => 6,
        Some(p) if (p as i32) > ndigits && ndigits >= exp + 1 => ndigits,
        Some(p) => p as i32,
    };
    if exp < -4 || exp >= threshold {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{}{:02}", mant, sign, exp.abs())
    } else {
        plain(mant, exp as i64)
    }
}

/// A mantissa "-d.ddd" times 10^exp written without an exponent.
fn plain(mant: &str, exp: i64) -> String {
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let point = exp + 1; // digits before the decimal point
    let body = if point <= 0 {
        format!("0.{}{}", "0".repeat((-point) as usize), digits)
    } else if point as usize >= digits.len() {
        format!("{}{}", digits, "0".repeat(point as usize - digits.len()))
    } else {
        format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
    };
    if neg {
        format!("-{body}")
    } else {
        body
    }
}

/// The shortest decimal that reads back as `f` (as a float32 when `single`), written as
/// Rust's `{:e}` writes it ("-1.5e-7"): Go's shortest form. Where two such decimals are
/// equally close to `f` (948929173500.15625 between ...1562 and ...1563), Go's
/// (Ryu's) picks the even one and Rust's the one above, so that case is redone here.
pub fn shortest_e(f: f64, single: bool) -> String {
    let e = if single { format!("{:e}", f as f32) } else { format!("{:e}", f) };
    if !f.is_finite()
        || !e.split('e').next().is_some_and(|m| m.ends_with(['1', '3', '5', '7', '9']))
    {
        return e;
    }
    even_tie(f, &e, single).unwrap_or(e)
}

/// For a shortest form `e` whose last digit is odd: the form one lower in that digit when
/// `f` is exactly halfway between the two and the lower one reads back as `f` too.
fn even_tie(f: f64, e: &str, single: bool) -> Option<String> {
    let (mant, exp) = e.split_once('e')?;
    let digits = mant.trim_start_matches('-').replace('.', "");
    // One more significant digit, correctly rounded; then the exact expansion (a float64
    // has at most 767 significant digits) must end at it with a 5.
    let longer = format!("{:.*e}", digits.len(), f);
    let exact = format!("{:.*e}", 800, f);
    let (lm, le) = longer.split_once('e')?;
    let (xm, xe) = exact.split_once('e')?;
    if !lm.ends_with('5') || le != exp || le != xe || xm.trim_end_matches('0') != lm {
        return None;
    }
    let lower = &lm[..lm.len() - 1];
    if lower.trim_start_matches('-').replace('.', "") == digits {
        return None; // Rust already rounded down
    }
    let cand = format!("{}e{exp}", lower.trim_end_matches('.'));
    let back =
        if single { cand.parse::<f32>().ok().map(|x| x as f64) } else { cand.parse::<f64>().ok() };
    (back == Some(f)).then_some(cand)
}

/// The shortest decimal that reads back as `f` (see `shortest_e`) without an exponent, as
/// Rust's `{}` writes it: strconv's 'f' with precision -1.
pub fn shortest_f(f: f64, single: bool) -> String {
    if !f.is_finite() || f == 0.0 {
        return if single { format!("{}", f as f32) } else { format!("{f}") };
    }
    let e = shortest_e(f, single);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    plain(mant, exp.parse().unwrap_or(0))
}

/// %e with Go's two-digit exponent.
pub fn float_e(f: f64, prec: usize) -> String {
    let e = format!("{:.*e}", prec, f);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    format!("{}e{}{:02}", mant, if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// strconv.Quote.
pub fn quote(s: &str) -> String {
    quote_bytes(s.as_bytes(), false)
}

/// Go's strconv.Quote (or QuoteToASCII when `ascii`) of a string's bytes: printable runes
/// kept, the usual escapes, `\xNN` for each byte that is not UTF-8, `\u`/`\U` otherwise.
pub fn quote_bytes(b: &[u8], ascii: bool) -> String {
    let mut out = String::with_capacity(b.len() + 2);
    out.push('"');
    for chunk in b.utf8_chunks() {
        for c in chunk.valid().chars() {
            quote_rune_into(&mut out, c, '"', ascii);
        }
        for x in chunk.invalid() {
            let _ = write!(out, "\\x{x:02x}");
        }
    }
    out.push('"');
    out
}

/// Go's strconv.QuoteRune: `'c'` with the same escapes as `quote_bytes`.
pub fn quote_rune(c: char, ascii: bool) -> String {
    let mut out = String::from("'");
    quote_rune_into(&mut out, c, '\'', ascii);
    out.push('\'');
    out
}

fn quote_rune_into(out: &mut String, c: char, quote: char, ascii: bool) {
    match c {
        c if c == quote || c == '\\' => {
            out.push('\\');
            out.push(c)
        }
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        c if (c as u32) < 0x80 || (!ascii && is_print(c)) => out.push(c),
        c if (c as u32) < 0x10000 => {
            let _ = write!(out, "\\u{:04x}", c as u32);
        }
        c => {
            let _ = write!(out, "\\U{:08x}", c as u32);
        }
    }
}

/// Whether Go's unicode.IsPrint holds, closely enough for quoting: not a control, format,
/// private-use or separator character other than the ASCII space.
pub fn is_print(c: char) -> bool {
    let u = c as u32;
    !(c.is_control()
        || matches!(u, 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x2000..=0x200f)
        || matches!(u, 0x2028..=0x202f | 0x205f..=0x206f | 0x3000 | 0xfeff | 0xfff9..=0xfffb)
        || matches!(u, 0xe000..=0xf8ff | 0xf0000..=0xffffd | 0x100000..=0x10fffd | 0xa0)
        || matches!(u, 0x1680 | 0xe0001 | 0xe0020..=0xe007f))
}

/// Go's strconv.CanBackquote.
fn can_backquote(b: &[u8]) -> bool {
    match std::str::from_utf8(b) {
        Ok(s) => !s.chars().any(|c| {
            c == '`' || c == '\u{feff}' || (c != '\t' && ((c as u32) < 0x20 || c as u32 == 0x7f))
        }),
        Err(_) => false,
    }
}

#[derive(Default, Clone)]
pub(super) struct Spec {
    /// Printing what an unexported field holds: Go's fmt cannot call its methods (reflect's
    /// CanInterface is false there, and for everything reached through it).
    pub(super) hidden: bool,
    pub(super) minus: bool,
    pub(super) plus: bool,
    pub(super) zero: bool,
    pub(super) sharp: bool,
    pub(super) space: bool,
    pub(super) width: Option<usize>,
    pub(super) prec: Option<usize>,
}

impl Spec {
    const DEFAULT: Spec = Spec {
        hidden: false,
        minus: false,
        plus: false,
        zero: false,
        sharp: false,
        space: false,
        width: None,
        prec: None,
    };

    /// The directive a Format method's fmt.State reports for this spec and `verb`.
    pub(super) fn directive(&self, verb: char) -> crate::rt::methods::Directive {
        let on = [self.space, self.plus, self.minus, self.sharp, self.zero];
        let flags = on.iter().enumerate().fold(0u8, |b, (i, &f)| b | (f as u8) << i);
        crate::rt::methods::Directive { verb, flags, width: self.width, prec: self.prec }
    }
}

fn pad(s: String, spec: &Spec, numeric: bool) -> String {
    let Some(w) = spec.width else { return s };
    let n = s.chars().count();
    if n >= w {
        return s;
    }
    let fill = w - n;
    if spec.minus {
        format!("{}{}", s, " ".repeat(fill))
    } else if spec.zero {
        // Go pads strings with zeros too; a number's sign goes before them.
        let signed = numeric && s.starts_with(['-', '+', ' ']);
        let (sign, rest) = if signed { s.split_at(1) } else { ("", s.as_str()) };
        format!("{}{}{}", sign, "0".repeat(fill), rest)
    } else {
        format!("{}{}", " ".repeat(fill), s)
    }
}

fn bad_verb(env: &Env, verb: char, spec: &Spec, v: Value) -> String {
    // Go's badVerb prints the value as %v with the directive's flags and `erroring` set: no
    // Format, Error or String method.
    let plain = Env { heap: env.heap, prog: env.prog, methods: None };
    let s = match env.prog.type_name(v.t) {
        "*errors.errorString" if v.t != 0 => format!("&{{{}}}", env.heap.text(v)),
        _ if v.t == 0 => String::new(),
        // `hidden`: not the library's String methods either (time.Duration prints its number).
        _ => format_verb(&plain, 'v', &Spec { plus: false, hidden: true, ..spec.clone() }, v),
    };
    if v.t == 0 {
        return format!("%!{verb}(<nil>)");
    }
    format!("%!{}({}={})", verb, env.prog.type_name(v.t), s)
}

fn format_verb(env: &Env, verb: char, spec: &Spec, v: Value) -> String {
    if verb == BAD_W {
        return bad_verb(env, 'w', spec, v);
    }
    if let Some(s) = format_method_text(env, v, verb, spec) {
        return s;
    }
    if verb == 'v' && spec.sharp {
        if let Some(s) = gostring_text(env, v).filter(|_| !spec.hidden) {
            return pad(panicked_text(&s).map_or(s.clone(), str::to_string), spec, false);
        }
        return pad(super::gosyntax::go_syntax(env, v), spec, false);
    }
    if let Some(s) = big_int_text(env, v, verb, spec) {
        return s;
    }
    if verb == 'v' {
        if let Some(s) = super::fmtsync::top_sync_text(env, v, spec.plus) {
            return pad(s, spec, false);
        }
    }
    if let Some(s) = method_text(env, v, verb, spec.sharp).filter(|_| !spec.hidden) {
        if let Some(p) = panicked_text(&s) {
            return p.to_string();
        }
        return pad(crate::rt::methods::string_verb(verb, spec.prec, &s), spec, false);
    }
    // Through an unexported field the library's methods are not called either.
    if matches!(verb, 'v' | 's' | 'q') && !spec.sharp && !spec.hidden {
        // An error the library made: its message's bytes.
        if let Some(m) = lib_error_message(env, v) {
            let s = match verb {
                'q' => quote_bytes(&env.heap.bytes(m), spec.plus),
                _ => env.heap.text(m).to_string(),
            };
            return pad(s, spec, false);
        }
        if let Some(s) = lib_string(env, v) {
            return pad(if verb == 'q' { quote(&s) } else { s }, spec, false);
        }
    }
    if matches!(verb, 's' | 'q' | 'x' | 'X') {
        if let Some(b) = byte_slice(env, v) {
            return pad(bytes_verb(&b, verb, spec), spec, false);
        }
    }
    if verb != 'T' && verb != 'p' {
        if let Some((s, elem)) = unbox_slice(env, v) {
            // Go applies the verb (and its flags) to each element.
            let mut out = String::new();
            write_slice_verb(env, verb, spec, s, elem, &mut out);
            return out;
        }
        if let Some(TypeKind::Map { key, elem }) = kind(env, v) {
            // As for slices, the verb applies to each key and value.
            let mut out = String::new();
            write_map(env, v, *key, *elem, (verb, spec), &mut out, &mut |e, o| {
                o.push_str(&format_verb(env, verb, spec, e))
            });
            return out;
        }
    }
    if v.h == 0 && matches!(kind(env, v), Some(TypeKind::StructPtr { .. })) {
        if matches!(verb, 'b' | 'o' | 'd' | 'x' | 'X') {
            // A nil pointer is the integer 0 under the integer verbs (Go's fmtPointer).
            return pad("0".into(), spec, true);
        }
    }
    if verb != 'T'
        && verb != 'p'
        && matches!(kind(env, v), Some(TypeKind::Struct { .. } | TypeKind::StructPtr { .. }))
    {
        let mut out = String::new();
        write_struct_verb(env, verb, spec, v, &mut out);
        return out;
    }
    let k = kind(env, v).cloned();
    if let (
        Some(TypeKind::Complex { single }),
        'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E',
    ) = (&k, verb)
    {
        return complex_text(env.heap.complex(v), *single, verb, spec);
    }
    if let (
        Some(TypeKind::Float64 | TypeKind::Float32),
        'v' | 'g' | 'G' | 'e' | 'E' | 'f' | 'F' | 'x' | 'X',
    ) = (&k, verb)
    {
        if let Some(s) = nonfinite_text(v.as_float(), spec) {
            return s;
        }
    }
    if let (Some(TypeKind::String), 'v', Some(p)) = (&k, verb, spec.prec) {
        // %.3v of a string, as %.3s.
        return pad(env.heap.text(v).chars().take(p).collect(), spec, false);
    }
    let body = match (verb, &k) {
        // Go's fmtInteger under %v too (precision, zero padding); %+v's plus is for fields.
        ('v', Some(TypeKind::Int { bits, signed }))
            if spec.hidden || env.prog.type_name(v.t) != "time.Duration" =>
        {
            return radix_text(v, *bits, *signed, 'd', &Spec { plus: false, ..spec.clone() });
        }
        ('v', _) => {
            let mut s = String::new();
            if spec.prec.is_some() && matches!(k, Some(TypeKind::Float64)) {
                // %v of a float is %g, precision included (%6.2v).
                s = float_g(v.as_float(), spec.prec);
            } else if spec.prec.is_some() && matches!(k, Some(TypeKind::Float32)) {
                s = float32_g(v.as_float(), spec.prec);
            } else if let (Some(p), Some(TypeKind::String)) = (spec.prec, &k) {
                // %.Nv of a string is %.Ns: at most N runes.
                s = env.heap.text(v).chars().take(p).collect();
            } else {
                // Through an unexported field Go's fmt calls no method.
                let plain = Env { heap: env.heap, prog: env.prog, methods: None };
                format_value(if spec.hidden { &plain } else { env }, v, &mut s);
            }
            let float = matches!(k, Some(TypeKind::Float64 | TypeKind::Float32));
            let s = if float { float_sign(s, spec, verb) } else { s };
            return pad(s, spec, float || matches!(k, Some(TypeKind::Int { .. })));
        }
        ('T', _) => {
            let s =
                if v.t == 0 { "<nil>".to_string() } else { env.prog.type_name(v.t).to_string() };
            return pad(s, spec, false);
        }
        ('d' | 'b' | 'o' | 'O' | 'x' | 'X', Some(TypeKind::Int { bits, signed })) => {
            return radix_text(v, *bits, *signed, verb, spec);
        }
        ('c', Some(TypeKind::Int { .. })) => {
            char::from_u32(v.as_int() as u32).unwrap_or('\u{FFFD}').to_string()
        }
        ('q', Some(TypeKind::Int { .. })) => {
            let c = u32::try_from(v.as_int()).ok().and_then(char::from_u32);
            quote_rune(c.unwrap_or('\u{FFFD}'), spec.plus)
        }
        ('U', Some(TypeKind::Int { .. })) => {
            let u = format!("U+{:04X}", v.as_int());
            // %#U adds the character when it is printable: U+0041 'A'.
            let u = match u32::try_from(v.as_int()).ok().and_then(char::from_u32) {
                Some(c) if spec.sharp && is_print(c) => format!("{u} '{c}'"),
                _ => u,
            };
            // Go's fmtUnicode pads with spaces, whatever the flags.
            return pad(u, &Spec { zero: false, ..spec.clone() }, false);
        }
        ('f' | 'F', Some(TypeKind::Float64 | TypeKind::Float32)) => {
            format!("{:.*}", spec.prec.unwrap_or(6), v.as_float())
        }
        ('e', Some(TypeKind::Float64 | TypeKind::Float32)) => {
            float_e(v.as_float(), spec.prec.unwrap_or(6))
        }
        ('x' | 'X', Some(TypeKind::Float64 | TypeKind::Float32)) => {
            let s = float_hex(v.as_float(), spec.prec);
            if verb == 'X' {
                s.to_uppercase()
            } else {
                s
            }
        }
        ('b', Some(TypeKind::Float64 | TypeKind::Float32)) => float_b(v.as_float()),
        ('g', Some(TypeKind::Float64)) => float_g(v.as_float(), spec.prec),
        ('g', Some(TypeKind::Float32)) => float32_g(v.as_float(), spec.prec),
        ('E', Some(TypeKind::Float64 | TypeKind::Float32)) => {
            float_e(v.as_float(), spec.prec.unwrap_or(6)).to_uppercase()
        }
        ('G', Some(TypeKind::Float64)) => float_g(v.as_float(), spec.prec).to_uppercase(),
        ('G', Some(TypeKind::Float32)) => float32_g(v.as_float(), spec.prec).to_uppercase(),
        ('s', Some(TypeKind::String)) => {
            let s = env.heap.text(v).to_string();
            match spec.prec {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            }
        }
        ('q', Some(TypeKind::String)) => {
            let raw = env.heap.bytes(v);
            let b = truncated(&raw, spec.prec);
            if spec.sharp && can_backquote(&b) {
                format!("`{}`", String::from_utf8_lossy(&b))
            } else {
                quote_bytes(&b, spec.plus)
            }
        }
        ('x' | 'X', Some(TypeKind::String)) => hex_bytes(&env.heap.bytes(v), verb, spec),
        ('t', Some(TypeKind::Bool)) => (if v.as_bool() { "true" } else { "false" }).to_string(),
        (
            'p',
            Some(TypeKind::Chan { .. } | TypeKind::Func | TypeKind::Pointer | TypeKind::Map { .. }),
        ) => fake_addr(v),
        ('p', Some(TypeKind::StructPtr { .. })) => fake_addr(v),
        (
            'b' | 'o' | 'd' | 'x' | 'X',
            Some(TypeKind::Chan { .. } | TypeKind::Func | TypeKind::Pointer | TypeKind::Map { .. }),
        ) => {
            // Go's fmtPointer: the address as an unsigned integer (0 for nil).
            let addr = u64::from_str_radix(&fake_addr(v)[2..], 16).unwrap_or(0);
            return integer_text(false, addr, verb, spec);
        }
        ('p', Some(TypeKind::Slice { .. })) => {
            fake_addr(unbox_slice(env, v).map(|p| p.0).unwrap_or_default())
        }
        ('s', Some(TypeKind::Int { .. }))
            if !spec.hidden && env.prog.type_name(v.t) == "time.Duration" =>
        {
            duration(v.as_int())
        }
        _ => return bad_verb(env, verb, spec, v),
    };
    let float = matches!(k, Some(TypeKind::Float64 | TypeKind::Float32));
    let body = if float && spec.sharp { float_sharp(body, verb, spec.prec) } else { body };
    let body = if float { float_sign(body, spec, verb) } else { body };
    pad(body, spec, float || matches!(k, Some(TypeKind::Int { .. })))
}

/// A float's text under the # flag (Go's fmtFloat): always a decimal point, and for %g, %G
/// and %x trailing zeros up to the precision's significant digits (6 without one).
fn float_sharp(s: String, verb: char, prec: Option<usize>) -> String {
    if verb == 'b' {
        return s;
    }
    let mut digits: i64 = match verb {
        'g' | 'G' | 'x' => prec.map_or(6, |p| p as i64),
        _ => 0,
    };
    let hex = matches!(verb, 'x' | 'X');
    let tail_at = s.find(|c: char| matches!(c, 'p' | 'P') || (!hex && matches!(c, 'e' | 'E')));
    let (num, tail) = s.split_at(tail_at.unwrap_or(s.len()));
    let mut num = num.to_string();
    let mut nonzero = false;
    // Every character after the sign but the point counts, as in Go (the x of 0x too).
    for c in num.trim_start_matches(['-', '+']).chars().filter(|&c| c != '.') {
        nonzero |= c != '0';
        if nonzero {
            digits -= 1;
        }
    }
    if !num.contains('.') {
        if num.trim_start_matches('-') == "0" {
            digits -= 1;
        }
        num.push('.');
    }
    num.extend(std::iter::repeat('0').take(digits.max(0) as usize));
    num + tail
}

/// A float's text with the sign Go's fmtFloat shows for a number that is not negative: +
/// with the plus flag (not %+v, where plus means field names), a space with the space flag.
fn float_sign(s: String, spec: &Spec, verb: char) -> String {
    if s.starts_with('-') {
        s
    } else if spec.plus && verb != 'v' {
        format!("+{s}")
    } else if spec.space {
        format!(" {s}")
    } else {
        s
    }
}

/// %b of a float, as strconv's 'b' format: the mantissa and binary exponent in decimal,
/// 4503599627370496p-52.
fn float_b(f: f64) -> String {
    let bits = f.to_bits();
    let sign = if bits >> 63 != 0 { "-" } else { "" };
    let (exp, mant) = ((bits >> 52) as i64 & 0x7ff, bits & ((1 << 52) - 1));
    let (mant, exp) = if exp == 0 { (mant, 1 - 1075) } else { (mant | 1 << 52, exp - 1075) };
    format!("{sign}{mant}p{}{}", if exp >= 0 { "+" } else { "-" }, exp.abs())
}

/// %x of a float, as strconv's 'x' format: -0x1.8p+01, the fraction in hexadecimal
/// (shortest without a precision, else rounded to even at `prec` digits), the binary
/// exponent with at least two digits. `f` is finite.
fn float_hex(f: f64, prec: Option<usize>) -> String {
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        let frac = prec.filter(|p| *p > 0).map(|p| format!(".{}", "0".repeat(p)));
        return format!("{sign}0x0{}p+00", frac.unwrap_or_default());
    }
    let bits = f.abs().to_bits();
    let (mut exp, mut mant) = ((bits >> 52) as i64 - 1023, bits & ((1 << 52) - 1));
    if exp == -1023 {
        // Subnormal: normalise so the leading 1 is bit 52.
        exp = -1022;
        while mant & (1 << 52) == 0 {
            mant <<= 1;
            exp -= 1;
        }
        mant &= (1 << 52) - 1;
    }
    let mut mant = mant | 1 << 52;
    if let Some(p) = prec.filter(|p| *p < 13) {
        let shift = 52 - 4 * p as u32;
        let (keep, rest, half) = (mant >> shift, mant & ((1 << shift) - 1), 1u64 << (shift - 1));
        let up = rest > half || rest == half && keep & 1 == 1;
        mant = (keep + up as u64) << shift;
        if mant >> 53 != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let digits = format!("{:013x}", mant & ((1 << 52) - 1));
    let digits = match prec {
        Some(p) if p <= 13 => digits[..p].to_string(),
        Some(p) => format!("{digits}{}", "0".repeat(p - 13)),
        None => digits.trim_end_matches('0').to_string(),
    };
    let dot = if digits.is_empty() { String::new() } else { format!(".{digits}") };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x1{dot}p{esign}{:02}", exp.abs())
}

/// An infinity or NaN under a float verb, as Go's fmtFloat prints it: Inf always signed,
/// NaN signed only when asked (%+v, % v), never padded with zeros. None for a finite `f`.
fn nonfinite_text(f: f64, spec: &Spec) -> Option<String> {
    if f.is_finite() {
        return None;
    }
    let sign = if f.is_nan() {
        if spec.plus {
            "+"
        } else if spec.space {
            " "
        } else {
            ""
        }
    } else if f < 0.0 {
        "-"
    } else if spec.space && !spec.plus {
        " "
    } else {
        "+"
    };
    let body = if f.is_nan() { "NaN" } else { "Inf" };
    Some(pad(format!("{sign}{body}"), &Spec { zero: false, ..spec.clone() }, false))
}

/// A pointer to a slice or map at the top level prints as `&` and what it points to, as
/// Go's printValue does at depth 0 (false: not such a pointer).
fn pointee_text(env: &Env, p: Value, out: &mut String) -> bool {
    let Some(d) = env.prog.types.get(p.t as usize) else { return false };
    let Some(pointee) = env.prog.types.get(d.pointee as usize) else { return false };
    if !matches!(pointee.kind, TypeKind::Slice { .. } | TypeKind::Map { .. }) || d.pointee == 0 {
        return false;
    }
    let v = match &*env.heap.lock(p.h) {
        Obj::Cell(v) => *v,
        Obj::Struct(f) | Obj::Array(f) if p.w > 0 => {
            f.get(p.w as usize - 1).copied().unwrap_or(Value::ZERO)
        }
        _ => return false,
    };
    out.push('&');
    match pointee.kind {
        TypeKind::Slice { elem } => {
            write_slice(env, v, elem, PLAIN, out, &mut |e, o| format_value(env, e, o))
        }
        TypeKind::Map { key, elem } => {
            write_map(env, v, key, elem, PLAIN, out, &mut |e, o| format_value(env, e, o))
        }
        _ => {}
    }
    true
}

/// A complex number under a float verb, as Go's fmtComplex: each part formatted (and
/// padded) as a float, the imaginary part always signed, in parentheses.
fn complex_text((re, im): (f64, f64), single: bool, verb: char, spec: &Spec) -> String {
    let part = |f: f64, spec: &Spec| {
        let verb = if verb == 'v' { 'g' } else { verb };
        let s = match verb {
            'g' | 'G' if single => float32_g(f, spec.prec),
            'g' | 'G' => float_g(f, spec.prec),
            'e' | 'E' => float_e(f, spec.prec.unwrap_or(6)),
            'f' | 'F' => format!("{:.*}", spec.prec.unwrap_or(6), f),
            _ => float_g(f, spec.prec),
        };
        let s = match s.as_str() {
            "inf" => "+Inf".to_string(),
            "-inf" => "-Inf".to_string(),
            "NaN" | "nan" => "NaN".to_string(),
            _ => s,
        };
        let s = if verb.is_ascii_uppercase() {
            s.to_uppercase().replace("INF", "Inf").replace("NAN", "NaN")
        } else {
            s
        };
        let s = if (spec.plus || spec.space) && !s.starts_with(['-', '+']) {
            format!("{}{s}", if spec.plus { '+' } else { ' ' })
        } else {
            s
        };
        pad(s, spec, true)
    };
    // %+v asks for field names, not signs (Go moves the flag to plusV).
    let spec = &Spec { plus: spec.plus && verb != 'v', ..spec.clone() };
    let signed = Spec { plus: true, space: false, ..spec.clone() };
    format!("({}{}i)", part(re, spec), part(im, &signed))
}

/// %b %o %O %x %X of an integer: sign and magnitude, as Go prints them (not two's
/// complement), with # prefixes.
fn radix_text(v: Value, bits: u8, signed: bool, verb: char, spec: &Spec) -> String {
    let text = int_text(v, bits, signed);
    let (neg, mag) = match text.strip_prefix('-') {
        Some(m) => (true, m.parse::<u64>().unwrap_or(0)),
        None => (false, text.parse::<u64>().unwrap_or(0)),
    };
    integer_text(neg, mag, verb, spec)
}

/// Go's fmtInteger: the sign, the 0x/0b/0o prefix, the digits zero-padded to the precision
/// (or with the 0 flag and no precision, to the width less the sign; %#08x puts its 0x
/// before those zeros, outside the width), then spaces to the width. A precision of 0
/// prints no digits for 0.
fn integer_text(neg: bool, mag: u64, verb: char, spec: &Spec) -> String {
    let digits = match verb {
        'b' => format!("{mag:b}"),
        'o' | 'O' => format!("{mag:o}"),
        'x' => format!("{mag:x}"),
        'X' => format!("{mag:X}"),
        _ => mag.to_string(),
    };
    let sign = match () {
        _ if neg => "-",
        _ if spec.plus => "+",
        _ if spec.space => " ",
        _ => "",
    };
    let spaces = Spec { zero: false, ..spec.clone() };
    let prec = match (spec.prec, spec.width) {
        (Some(0), _) if mag == 0 => return pad(String::new(), &spaces, false),
        (Some(p), _) => p,
        (None, Some(w)) if spec.zero && !spec.minus => w.saturating_sub(sign.len()),
        _ => 0,
    };
    let digits = format!("{digits:0>prec$}");
    // %#o (and %#O) add a leading 0 to octal digits that do not already start with one.
    let digits = match verb {
        'o' | 'O' if spec.sharp && !digits.starts_with('0') => format!("0{digits}"),
        _ => digits,
    };
    let prefix = match verb {
        'O' => "0o",
        'b' if spec.sharp => "0b",
        'x' if spec.sharp => "0x",
        'X' if spec.sharp => "0X",
        _ => "",
    };
    pad(format!("{sign}{prefix}{digits}"), &spaces, false)
}

/// %x / %X of a string or byte slice, as Go's fmtSbx: two digits a byte; `% x` puts spaces
/// between, `%#x` a 0x before each (before the whole without the space flag).
fn hex_bytes(b: &[u8], verb: char, spec: &Spec) -> String {
    // The precision counts bytes here (Go's fmtSbx).
    let b = &b[..spec.prec.map_or(b.len(), |p| p.min(b.len()))];
    let prefix = if verb == 'x' { "0x" } else { "0X" };
    let mut out = String::with_capacity(b.len() * 3);
    if spec.sharp && !b.is_empty() {
        out.push_str(prefix);
    }
    for (i, x) in b.iter().enumerate() {
        if spec.space && i > 0 {
            out.push(' ');
            if spec.sharp {
                out.push_str(prefix);
            }
        }
        if verb == 'x' {
            let _ = write!(out, "{x:02x}");
        } else {
            let _ = write!(out, "{x:02X}");
        }
    }
    out
}

/// fmt.Sprintf's text (`rawtext`: a string's bytes that are not UTF-8 held as characters).
fn printf_text(env: &Env, format: &str, args: &[Value]) -> String {
    let f: Vec<char> = format.chars().collect();
    let mut st = Printf { f: &f, i: 0, args, arg: 0, reordered: false, good: true };
    let mut out = String::new();
    while st.i < f.len() {
        let c = f[st.i];
        st.i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = Spec::default();
        while let Some(&c) = f.get(st.i) {
            match c {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                '0' => spec.zero = true,
                '#' => spec.sharp = true,
                ' ' => spec.space = true,
                _ => break,
            }
            st.i += 1;
        }
        st.good = true;
        let mut after_index = st.arg_index();
        if st.peek() == Some('*') {
            st.i += 1;
            match st.int_arg(env) {
                Some(w) => {
                    spec.width = Some(w.unsigned_abs() as usize);
                    spec.minus |= w < 0;
                    spec.zero &= w >= 0;
                }
                None => out.push_str("%!(BADWIDTH)"),
            }
            after_index = false;
        } else {
            spec.width = st.num();
            // "%[3]2d"
            st.good &= !(after_index && spec.width.is_some());
        }
        if st.peek() == Some('.') && st.i + 1 < f.len() {
            st.i += 1;
            st.good &= !after_index; // "%[3].2d"
            after_index = st.arg_index();
            if st.peek() == Some('*') {
                st.i += 1;
                match st.int_arg(env) {
                    Some(p) if p >= 0 => spec.prec = Some(p as usize),
                    _ => out.push_str("%!(BADPREC)"),
                }
                after_index = false;
            } else {
                spec.prec = Some(st.num().unwrap_or(0));
            }
        }
        if !after_index {
            st.arg_index();
        }
        let Some(verb) = st.peek() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        st.i += 1;
        let shown = if verb == BAD_W { 'w' } else { verb };
        match (verb, args.get(st.arg)) {
            ('%', _) => out.push('%'),
            _ if !st.good => {
                let _ = write!(out, "%!{shown}(BADINDEX)");
            }
            (_, None) => {
                let _ = write!(out, "%!{shown}(MISSING)");
            }
            (_, Some(v)) => {
                out.push_str(&format_verb(env, verb, &spec, *v));
                st.arg += 1;
            }
        }
    }
    if !st.reordered && st.arg < args.len() {
        out.push_str("%!(EXTRA ");
        for (i, a) in args[st.arg..].iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if a.t == 0 {
                out.push_str("<nil>");
                continue;
            }
            let mut s = String::new();
            format_value(env, *a, &mut s);
            let _ = write!(out, "{}={}", env.prog.type_name(a.t), s);
        }
        out.push(')');
    }
    out
}

/// Printf's walk of its format (Go's doPrintf): the position in the format, the next
/// argument, whether an explicit index `[n]` was used anywhere (no EXTRA report then) and
/// whether the current verb's indexes are good.
struct Printf<'a> {
    f: &'a [char],
    i: usize,
    args: &'a [Value],
    arg: usize,
    reordered: bool,
    good: bool,
}

impl Printf<'_> {
    fn peek(&self) -> Option<char> {
        self.f.get(self.i).copied()
    }

    /// A decimal number at the position (capped: widths beyond it are not useful).
    fn num(&mut self) -> Option<usize> {
        let mut n: Option<usize> = None;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            if n.is_some_and(|n| n > 1_000_000) {
                // Go's parsenum gives up on a crazy long number: the rest of the format
                // goes with it.
                self.i = self.f.len();
                return None;
            }
            n = Some(n.unwrap_or(0) * 10 + d as usize);
            self.i += 1;
        }
        n
    }

    /// An explicit argument index `[n]` at the position (Go's argNumber): whether one was
    /// found; a bad one makes the verb print %!v(BADINDEX).
    fn arg_index(&mut self) -> bool {
        if self.peek() != Some('[') {
            return false;
        }
        self.reordered = true;
        let Some(close) = self.f[self.i..].iter().position(|&c| c == ']') else {
            self.i += 1;
            self.good = false;
            return false;
        };
        let digits = &self.f[self.i + 1..self.i + close];
        self.i += close + 1;
        let n = (!digits.is_empty() && digits.iter().all(char::is_ascii_digit))
            .then(|| digits.iter().collect::<String>().parse::<usize>().ok())
            .flatten();
        match n {
            Some(n) if n >= 1 && n <= self.args.len() => {
                self.arg = n - 1;
                true
            }
            _ => {
                self.good = false;
                n.is_some()
            }
        }
    }

    /// The next argument as a `*` width or precision (an integer of at most a million).
    fn int_arg(&mut self, env: &Env) -> Option<i64> {
        let v = *self.args.get(self.arg)?;
        self.arg += 1;
        let n = matches!(kind(env, v), Some(TypeKind::Int { .. })).then(|| v.as_int())?;
        (-1_000_000..=1_000_000).contains(&n).then_some(n)
    }
}

/// The runtime's own float format for print/println: +1.500000e+000.
fn print_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    let e = format!("{:.6e}", f);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mant = if mant.starts_with('-') { mant.to_string() } else { format!("+{mant}") };
    format!("{}e{}{:03}", mant, if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// The bytes the builtins print and println write (to standard error, by the caller).
pub fn builtin_print(env: &Env, args: &[Value], newline: bool) -> Vec<u8> {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if newline && i > 0 {
            out.push(' ');
        }
        match kind(env, *a) {
            Some(TypeKind::Float64 | TypeKind::Float32) => out.push_str(&print_float(a.as_float())),
            Some(TypeKind::Complex { .. }) => {
                let (re, im) = env.heap.complex(*a);
                out.push_str(&format!("({}{}i)", print_float(re), print_float(im)));
            }
            Some(TypeKind::Int { bits, signed }) => out.push_str(&int_text(*a, *bits, *signed)),
            Some(
                TypeKind::Chan { .. }
                | TypeKind::Func
                | TypeKind::Pointer
                | TypeKind::Map { .. }
                | TypeKind::StructPtr { .. },
            ) => out.push_str(&fake_addr(*a)),
            Some(TypeKind::Interface) | None => out.push_str("(0x0,0x0)"),
            Some(TypeKind::Slice { .. }) => {
                // The runtime prints a slice as [len/cap]pointer.
                let s = unbox_slice(env, *a).map(|p| p.0).unwrap_or_default();
                let _ = write!(out, "[{}/{}]{}", s.slice_len(), s.slice_cap(), fake_addr(s));
            }
            _ => format_value(env, *a, &mut out),
        }
    }
    if newline {
        out.push('\n');
    }
    rawtext::bytes(&out).into_owned()
}

/// The message string of an error the library made with one (errors.New, fmt.Errorf), whose
/// bytes need not be UTF-8.
pub fn lib_error_message(env: &Env, v: Value) -> Option<Value> {
    match env.prog.type_name(v.t) {
        "*errors.errorString" if v.h != 0 => Some(Value::handle(v.h)),
        "*fmt.wrapError" | "*fmt.wrapErrors" => match &*env.heap.lock(v.h) {
            Obj::Struct(f) => f.first().copied(),
            _ => None,
        },
        _ => None,
    }
}

/// The verb fmt.Errorf puts for a %w whose argument is not an error: printed as Go's
/// `%!w(string=x)` (a private-use character, which no format names after a %).
pub const BAD_W: char = '\u{10FEFF}';

/// How Go prints a panic value after "panic: ".
pub fn panic_value(env: &Env, v: Value) -> String {
    if v.t == 0 {
        return "panic called with nil argument".into();
    }
    if let Some(s) = lib_string(env, v) {
        // printpanicval prints an error's Error() and a Stringer's String().
        return s;
    }
    let name = env.prog.type_name(v.t).to_string();
    let plain = |s: String| -> String {
        // Values of named types print as T(v), as printpanicval does.
        if name.contains('.') && name != "time.Duration" {
            format!("{name}({s})")
        } else {
            s
        }
    };
    match kind(env, v) {
        Some(TypeKind::String) => {
            let s = env.heap.str(v).to_string();
            if name.contains('.') {
                format!("{}({})", name, quote(&s))
            } else {
                s
            }
        }
        Some(TypeKind::Float64 | TypeKind::Float32) => plain(print_float(v.as_float())),
        Some(TypeKind::Int { bits, signed }) => plain(int_text(v, *bits, *signed)),
        Some(TypeKind::Bool) => plain(if v.as_bool() { "true".into() } else { "false".into() }),
        _ => format!("({}) {}", name, fake_addr(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_go() {
        assert_eq!(float_g(2.5, None), "2.5");
        assert_eq!(float_g(100.0, None), "100");
        assert_eq!(float_g(1e21, None), "1e+21");
        assert_eq!(float_g(1e8, None), "1e+08");
        assert_eq!(float_g(123456.0, None), "123456");
        assert_eq!(float_g(1234567.0, None), "1.234567e+06");
        assert_eq!(float_g(0.0001, None), "0.0001");
        assert_eq!(float_g(0.00001, None), "1e-05");
        assert_eq!(float_g(-2.5, None), "-2.5");
        assert_eq!(print_float(1.5), "+1.500000e+000");
        assert_eq!(float_e(1234.5678, 2), "1.23e+03");
    }

    #[test]
    fn durations_print_like_go() {
        assert_eq!(duration(0), "0s");
        assert_eq!(duration(100_000_000), "100ms");
        assert_eq!(duration(1_500), "1.5µs");
        assert_eq!(duration(1_500_000_000), "1.5s");
        assert_eq!(duration(90_000_000_000), "1m30s");
        assert_eq!(duration(7_200_000_000_000), "2h0m0s");
        assert_eq!(duration(-2_000_000), "-2ms");
    }

    #[test]
    fn quote_escapes() {
        assert_eq!(quote("a\"b\n"), "\"a\\\"b\\n\"");
    }
}
