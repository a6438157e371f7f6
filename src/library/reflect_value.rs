//! reflect.Value: `struct{typ, val, ptr, flag}` holding a type id, the value as a variable
//! of that type holds it (a slice unboxed, an interface with its dynamic type), and for an
//! addressable value the pointer to where it lives (a box, an interior pointer, or the
//! handle of a struct or array), through which it is read and set, so a change made by a
//! setter is seen by the variable and by the Value alike. The walk over values by their
//! type descriptors is encoding/json's (`json_encode::parts`, `load`, `payload`).

use super::json_decode::zero;
use super::json_encode::{load, map_pairs, parts, payload};
use super::reflect::{self as r, elem_type, exported, field_path, kind_name, kind_of};
use super::{func, method, type_, Call, Fault, Member};
use crate::rt::map::MapKey;
use crate::rt::obj::Obj;
use crate::vm::op::{MapKeyKind, TypeId};
use crate::vm::program::TypeKind;
use crate::vm::value::Value;

/// The value is addressable (`ptr` says where it lives).
const ADDR: u64 = 1;
/// The value was reached through an unexported field: it may be read, not set or taken
/// out with Interface.
const RO: u64 = 2;

/// A reflect.Value's parts.
#[derive(Clone, Copy, Default)]
pub struct V {
    pub typ: TypeId,
    val: Value,
    ptr: Value,
    flag: u64,
}

pub const MEMBERS: &[Member] = &[
    type_("Value", "struct{typ int; val int; ptr int; flag int}"),
    func("ValueOf", "func(i any) Value", |c| {
        let v = value_of(c, c.arg(0));
        ret_value(c, v)
    }),
    func("Zero", "func(typ Type) Value", |c| {
        let t = type_arg(c, "Zero")?;
        let val = zero(c, t)?;
        ret_value(c, V { typ: t, val, ..V::default() })
    }),
    func("New", "func(typ Type) Value", new),
    func("Indirect", "func(v Value) Value", |c| {
        let v = get(c, 0);
        let v = if r::kind_of(&c.rt.prog, v.typ) == r::K_PTR { elem(c, v)? } else { v };
        ret_value(c, v)
    }),
    method("Value", "IsValid", "func() bool", |c| {
        c.ret_bool(get(c, 0).typ != 0);
        Ok(())
    }),
    method("Value", "Kind", "func() Kind", |c| {
        let k = kind(c, get(c, 0));
        c.ret_int(k as i64);
        Ok(())
    }),
    method("Value", "Type", "func() Type", |c| {
        let v = valid(c, "Type")?;
        r::ret_type(c, v.typ)
    }),
    method("Value", "Int", "func() int64", |c| {
        let v = want(c, "Int", &[2, 3, 4, 5, 6])?;
        let x = v.get(c).as_int();
        c.ret_int(x);
        Ok(())
    }),
    method("Value", "Uint", "func() uint64", |c| {
        let v = want(c, "Uint", &[7, 8, 9, 10, 11, 12])?;
        let x = v.get(c).w;
        c.ret_int(x as i64);
        Ok(())
    }),
    method("Value", "Float", "func() float64", |c| {
        let v = want(c, "Float", &[13, 14])?;
        let x = v.get(c).as_float();
        c.ret_float(x);
        Ok(())
    }),
    method("Value", "Bool", "func() bool", |c| {
        let v = want(c, "Bool", &[1])?;
        let x = v.get(c).as_bool();
        c.ret_bool(x);
        Ok(())
    }),
    method("Value", "String", "func() string", |c| {
        let v = get(c, 0);
        match kind(c, v) {
            r::K_STRING => {
                let s = v.get(c);
                c.ret(s);
                Ok(())
            }
            0 => c.ret_str("<invalid Value>"),
            _ => {
                let text = format!("<{} Value>", c.rt.prog.type_name(v.typ));
                c.ret_str(&text)
            }
        }
    }),
    method("Value", "Len", "func() int", |c| {
        let v = want(c, "Len", &[r::K_ARRAY, r::K_CHAN, r::K_MAP, r::K_SLICE, r::K_STRING])?;
        let n = len(c, v);
        c.ret_int(n as i64);
        Ok(())
    }),
    method("Value", "Cap", "func() int", |c| {
        let v = want(c, "Cap", &[r::K_ARRAY, r::K_CHAN, r::K_SLICE])?;
        let n = match kind(c, v) {
            r::K_SLICE => v.get(c).slice_cap(),
            r::K_ARRAY => len(c, v),
            _ => match &*c.rt.heap.lock(v.get(c).h) {
                Obj::Chan(ch) => ch.cap,
                _ => 0,
            },
        };
        c.ret_int(n as i64);
        Ok(())
    }),
    method("Value", "Index", "func(i int) Value", index),
    method("Value", "NumField", "func() int", |c| {
        let v = want(c, "NumField", &[r::K_STRUCT])?;
        let n = match &c.rt.prog.types[v.typ as usize].kind {
            TypeKind::Struct { fields } => fields.len(),
            _ => 0,
        };
        c.ret_int(n as i64);
        Ok(())
    }),
    method("Value", "Field", "func(i int) Value", |c| {
        let v = want(c, "Field", &[r::K_STRUCT])?;
        let f = field(c, v, c.int(1))?;
        ret_value(c, f)
    }),
    method("Value", "FieldByName", "func(name string) Value", |c| {
        let mut v = want(c, "FieldByName", &[r::K_STRUCT])?;
        let path = field_path(&c.rt.prog, v.typ, &c.str(1)).unwrap_or_default();
        for (n, &i) in path.iter().enumerate() {
            if n > 0 && kind(c, v) == r::K_PTR {
                v = elem(c, v)?;
            }
            v = field(c, v, i as i64)?;
        }
        if path.is_empty() {
            v = V::default();
        }
        ret_value(c, v)
    }),
    method("Value", "Elem", "func() Value", |c| {
        let v = want(c, "Elem", &[r::K_INTERFACE, r::K_PTR])?;
        let e = elem(c, v)?;
        ret_value(c, e)
    }),
    method("Value", "Interface", "func() any", |c| {
        let v = valid(c, "Interface")?;
        if v.flag & RO != 0 {
            return Err(Fault::Panic(
                "reflect.Value.Interface: cannot return value obtained from unexported field or method"
                    .into(),
            ));
        }
        let i = to_iface(c, v.get(c), v.typ)?;
        c.ret(i);
        Ok(())
    }),
    method("Value", "IsNil", "func() bool", |c| {
        let v = want(
            c,
            "IsNil",
            &[r::K_CHAN, r::K_FUNC, r::K_INTERFACE, r::K_MAP, r::K_PTR, r::K_SLICE],
        )?;
        let x = v.get(c);
        let nil = if kind(c, v) == r::K_INTERFACE { x.t == 0 } else { x.h == 0 && x.w == 0 };
        c.ret_bool(nil);
        Ok(())
    }),
    method("Value", "IsZero", "func() bool", |c| {
        let v = valid(c, "IsZero")?;
        let z = is_zero(c, v.get(c), v.typ, 0);
        c.ret_bool(z);
        Ok(())
    }),
    method("Value", "NumMethod", "func() int", |c| {
        let v = valid(c, "NumMethod")?;
        let n = r::method_names(&c.rt.prog, v.typ).len();
        c.ret_int(n as i64);
        Ok(())
    }),
    method("Value", "CanAddr", "func() bool", |c| {
        c.ret_bool(get(c, 0).flag & ADDR != 0);
        Ok(())
    }),
    method("Value", "CanSet", "func() bool", |c| {
        c.ret_bool(get(c, 0).flag & (ADDR | RO) == ADDR);
        Ok(())
    }),
    method("Value", "CanInterface", "func() bool", |c| {
        let v = valid(c, "CanInterface")?;
        c.ret_bool(v.flag & RO == 0);
        Ok(())
    }),
    method("Value", "CanInt", "func() bool", |c| can(c, &[2, 3, 4, 5, 6])),
    method("Value", "CanUint", "func() bool", |c| can(c, &[7, 8, 9, 10, 11, 12])),
    method("Value", "CanFloat", "func() bool", |c| can(c, &[13, 14])),
    method("Value", "MapKeys", "func() []Value", map_keys),
    method("Value", "SetMapIndex", "func(key, elem Value)", set_map_index),
    func("MakeMap", "func(typ Type) Value", |c| {
        let t = type_arg(c, "MakeMap")?;
        if kind_of(&c.rt.prog, t) != r::K_MAP {
            return Err(Fault::Panic("reflect.MakeMapWithSize of non-map type".into()));
        }
        let m = c.alloc(Obj::Map(Box::default()))?;
        ret_value(c, V { typ: t, val: m, ..V::default() })
    }),
    func("MakeSlice", "func(typ Type, len, cap int) Value", make_slice),
    method("Value", "Addr", "func() Value", |c| {
        let v = valid(c, "Addr")?;
        if v.flag & ADDR == 0 {
            return Err(Fault::Panic("reflect.Value.Addr of unaddressable value".into()));
        }
        let pt = pointer_type(c, v.typ)?;
        ret_value(c, V { typ: pt, val: v.ptr, ptr: Value::ZERO, flag: v.flag & RO })
    }),
    method("Value", "Bytes", "func() []byte", |c| {
        let v = want(c, "Bytes", &[r::K_SLICE])?;
        let d = &c.rt.prog.types[v.typ as usize];
        if elem_type(d).map(|e| kind_of(&c.rt.prog, e)) != Some(8) {
            return Err(Fault::Panic("reflect.Value.Bytes of non-byte slice".into()));
        }
        let b = v.get(c);
        c.ret(b);
        Ok(())
    }),
    method("Value", "MapRange", "func() *MapIter", map_range),
    type_("MapIter", "struct{keys []int; vals []int; i int; key int; elem int}"),
    method("*MapIter", "Next", "func() bool", |c| {
        let it = parts(c, c.arg(0).h);
        let n = it.first().map_or(0, |k| k.slice_len()) as i64;
        let i = it.get(2).map_or(0, |i| i.as_int());
        if i > n {
            return Err(Fault::Panic("reflect: MapIter.Next called on exhausted iterator".into()));
        }
        c.update(Value { w: 3, t: 0, ..c.arg(0) }, |_| Value::int(i + 1))?;
        c.ret_bool(i < n);
        Ok(())
    }),
    method("*MapIter", "Key", "func() Value", |c| iter_at(c, 0, "Key")),
    method("*MapIter", "Value", "func() Value", |c| iter_at(c, 1, "Value")),
    method("Value", "MapIndex", "func(key Value) Value", map_index),
    method("Value", "SetInt", "func(x int64)", |c| {
        let v = settable(c, "SetInt", &[2, 3, 4, 5, 6])?;
        let bits = int_bits(c, v.typ);
        let x = (c.int(1) << (64 - bits)) >> (64 - bits);
        v.store(c, Value::int(x))
    }),
    method("Value", "SetUint", "func(x uint64)", |c| {
        let v = settable(c, "SetUint", &[7, 8, 9, 10, 11, 12])?;
        let bits = int_bits(c, v.typ);
        let x = ((c.int(1) as u64) << (64 - bits)) >> (64 - bits);
        v.store(c, Value::int(x as i64))
    }),
    method("Value", "SetFloat", "func(x float64)", |c| {
        let v = settable(c, "SetFloat", &[13, 14])?;
        let f = c.float(1);
        let f = if kind(c, v) == r::K_FLOAT32 { f as f32 as f64 } else { f };
        v.store(c, Value::float(f))
    }),
    method("Value", "SetBool", "func(x bool)", |c| {
        let v = settable(c, "SetBool", &[1])?;
        v.store(c, Value::bool(c.bool(1)))
    }),
    method("Value", "SetString", "func(x string)", |c| {
        let v = settable(c, "SetString", &[r::K_STRING])?;
        v.store(c, c.arg(1))
    }),
    method("Value", "Set", "func(x Value)", set),
];

/// The parts of reflect.Value argument `i`.
pub fn get(c: &Call, i: usize) -> V {
    parts_of(c, c.arg(i))
}

fn parts_of(c: &Call, v: Value) -> V {
    let p = parts(c, v.h);
    let at = |i: usize| p.get(i).copied().unwrap_or_default();
    V { typ: at(0).w as TypeId, val: at(1), ptr: at(2), flag: at(3).w }
}

/// A new reflect.Value object of parts `v`.
fn new_value(c: &mut Call, v: V) -> Result<Value, Fault> {
    let fields = vec![Value::int(v.typ as i64), v.val, v.ptr, Value::int(v.flag as i64)];
    c.alloc(Obj::Struct(fields))
}

fn ret_value(c: &mut Call, v: V) -> Result<(), Fault> {
    let x = new_value(c, v)?;
    c.ret(x);
    Ok(())
}

/// The Value of interface value `i`: its dynamic type and payload, not addressable.
fn value_of(c: &Call, i: Value) -> V {
    V { typ: i.t, val: payload(c, i), ..V::default() }
}

impl V {
    /// The value held now: read through the pointer when addressable.
    pub fn get(&self, c: &Call) -> Value {
        if self.flag & ADDR == 0 {
            return self.val;
        }
        match c.rt.prog.types.get(self.typ as usize).map(|d| &d.kind) {
            Some(TypeKind::Struct { .. } | TypeKind::Array { .. }) => Value::handle(self.ptr.h),
            _ => load(c, self.ptr),
        }
    }

    /// Stores `x` (a value of this Value's type) where the value lives.
    fn store(&self, c: &mut Call, x: Value) -> Result<(), Fault> {
        match c.rt.prog.types.get(self.typ as usize).map(|d| d.kind.clone()) {
            Some(TypeKind::Struct { .. } | TypeKind::Array { .. }) => {
                let h = deep_copy(c, x, self.typ)?.h;
                let copy = parts(c, h);
                if let Obj::Struct(f) | Obj::Array(f) = &mut *c.rt.heap.lock(self.ptr.h) {
                    *f = copy;
                }
            }
            _ => {
                c.update(self.ptr, |_| x)?;
            }
        }
        Ok(())
    }
}

fn kind(c: &Call, v: V) -> u64 {
    kind_of(&c.rt.prog, v.typ)
}

/// The receiver, which must be a valid Value (Go's panic for the zero Value).
fn valid(c: &Call, what: &str) -> Result<V, Fault> {
    let v = get(c, 0);
    if v.typ == 0 {
        return Err(Fault::Panic(format!("reflect: call of reflect.Value.{what} on zero Value")));
    }
    Ok(v)
}

/// The receiver, which must be of one of `kinds` (Go's ValueError otherwise).
fn want(c: &Call, what: &str, kinds: &[u64]) -> Result<V, Fault> {
    let v = valid(c, what)?;
    let k = kind(c, v);
    if !kinds.contains(&k) {
        return Err(Fault::Panic(format!(
            "reflect: call of reflect.Value.{what} on {} Value",
            kind_name(k)
        )));
    }
    Ok(v)
}

/// The receiver of setter `what`: settable and of one of `kinds`.
fn settable(c: &Call, what: &str, kinds: &[u64]) -> Result<V, Fault> {
    let v = valid(c, what)?;
    if v.flag & RO != 0 {
        return Err(Fault::Panic(format!(
            "reflect: reflect.Value.{what} using value obtained using unexported field"
        )));
    }
    if v.flag & ADDR == 0 {
        return Err(Fault::Panic(format!(
            "reflect: reflect.Value.{what} using unaddressable value"
        )));
    }
    want(c, what, kinds)
}

fn int_bits(c: &Call, t: TypeId) -> u32 {
    match c.rt.prog.types[t as usize].kind {
        TypeKind::Int { bits, .. } => bits as u32,
        _ => 64,
    }
}

/// The type a reflect.Type argument 0 describes (Go's panic for nil).
fn type_arg(c: &Call, what: &str) -> Result<TypeId, Fault> {
    r::type_arg(c, 0)?.ok_or_else(|| Fault::Panic(format!("reflect: {what}(nil)")))
}

/// reflect.New: a pointer to a new zero value, when the program has the pointer type.
fn new(c: &mut Call) -> Result<(), Fault> {
    let t = type_arg(c, "New")?;
    let pt = pointer_type(c, t)?;
    let z = zero(c, t)?;
    let p = match c.rt.prog.types[t as usize].kind {
        TypeKind::Struct { .. } | TypeKind::Array { .. } => z,
        _ => c.alloc(Obj::Cell(z))?,
    };
    ret_value(c, V { typ: pt, val: p, ..V::default() })
}

/// The length of a string, slice, array, map or channel Value.
fn len(c: &Call, v: V) -> usize {
    let x = v.get(c);
    match &c.rt.prog.types[v.typ as usize].kind {
        TypeKind::Slice { .. } => x.slice_len(),
        TypeKind::Array { len, .. } => *len as usize,
        TypeKind::String => c.rt.heap.bytes(x).len(),
        _ if x.h == 0 => 0,
        _ => match &*c.rt.heap.lock(x.h) {
            Obj::Map(m) => m.len(),
            Obj::Chan(ch) => ch.buf.len(),
            _ => 0,
        },
    }
}

/// Value.Index: an element of a slice (addressable), an array (addressable when the array
/// is) or a string (a byte).
fn index(c: &mut Call) -> Result<(), Fault> {
    let v = want(c, "Index", &[r::K_ARRAY, r::K_SLICE, r::K_STRING])?;
    let i = c.int(1);
    let n = len(c, v);
    let what = match kind(c, v) {
        r::K_SLICE => "slice",
        r::K_ARRAY => "array",
        _ => "string",
    };
    if i < 0 || i as usize >= n {
        return Err(Fault::Panic(format!("reflect: {what} index out of range")));
    }
    let x = v.get(c);
    let i = i as usize;
    let d = &c.rt.prog.types[v.typ as usize];
    let out = match d.kind {
        TypeKind::String => {
            let b = c.rt.heap.bytes(x)[i];
            let Some(t) = r::find_type(&c.rt.prog, "uint8") else {
                return Err(Fault::Panic("reflect: Index of a string is not supported yet".into()));
            };
            V { typ: t, val: Value::int(b as i64), ..V::default() }
        }
        TypeKind::Slice { elem } => {
            let at = x.slice_off() + i;
            element(c, elem, Value { w: at as u64 + 1, h: x.h, t: 0 }, ADDR | (v.flag & RO))
        }
        TypeKind::Array { elem, .. } => {
            let p = Value { w: i as u64 + 1, h: x.h, t: 0 };
            element(c, elem, p, v.flag)
        }
        _ => V::default(),
    };
    ret_value(c, out)
}

/// The Value of slot `p` (an interior pointer) of type `ty`, addressable when `flag` says.
fn element(c: &Call, ty: TypeId, p: Value, flag: u64) -> V {
    let val = load(c, p);
    let ptr = match c.rt.prog.types[ty as usize].kind {
        TypeKind::Struct { .. } | TypeKind::Array { .. } => val,
        _ => p,
    };
    let ptr = if flag & ADDR != 0 { ptr } else { Value::ZERO };
    V { typ: ty, val, ptr, flag }
}

/// Field `i` of struct Value `v`.
fn field(c: &Call, v: V, i: i64) -> Result<V, Fault> {
    let TypeKind::Struct { fields } = &c.rt.prog.types[v.typ as usize].kind else {
        return Ok(V::default());
    };
    let Some((name, fty)) = usize::try_from(i).ok().and_then(|i| fields.get(i)) else {
        return Err(Fault::Panic("reflect: Field index out of range".into()));
    };
    let ro = if exported(name) { 0 } else { RO };
    let p = Value { w: i as u64 + 1, h: v.get(c).h, t: 0 };
    Ok(element(c, *fty, p, v.flag | ro))
}

/// Value.Elem: what a pointer points to (addressable), or an interface's dynamic value.
fn elem(c: &Call, v: V) -> Result<V, Fault> {
    let x = v.get(c);
    if kind(c, v) == r::K_INTERFACE {
        return Ok(V { flag: v.flag & RO, ..value_of(c, x) });
    }
    if x.h == 0 && x.w == 0 {
        return Ok(V::default());
    }
    let d = &c.rt.prog.types[v.typ as usize];
    let Some(t) = elem_type(d) else {
        return Err(Fault::Panic(format!("reflect: Elem of {} is not supported yet", d.name)));
    };
    let val = match d.kind {
        TypeKind::StructPtr { .. } => x,
        _ => load(c, x),
    };
    Ok(V { typ: t, val, ptr: x, flag: ADDR | (v.flag & RO) })
}

/// `x` of type `ty` as an interface value: slices boxed, structs and arrays copied.
pub fn to_iface(c: &mut Call, x: Value, ty: TypeId) -> Result<Value, Fault> {
    Ok(match c.rt.prog.types.get(ty as usize).map(|d| &d.kind) {
        Some(TypeKind::Interface) | None => x,
        Some(TypeKind::Slice { .. }) => Value { t: ty, ..c.alloc(Obj::Cell(x))? },
        Some(TypeKind::Struct { .. } | TypeKind::Array { .. }) => {
            Value { t: ty, ..deep_copy(c, x, ty)? }
        }
        Some(_) => Value { t: ty, ..x },
    })
}

/// A copy of struct or array `x` of type `ty` that shares no struct or array with it.
fn deep_copy(c: &mut Call, x: Value, ty: TypeId) -> Result<Value, Fault> {
    let prog = c.rt.prog.clone();
    let (types, array): (Vec<TypeId>, bool) = match &prog.types[ty as usize].kind {
        TypeKind::Struct { fields } => (fields.iter().map(|f| f.1).collect(), false),
        TypeKind::Array { elem, len } => (vec![*elem; *len as usize], true),
        _ => return Ok(x),
    };
    let old = parts(c, x.h);
    let mut new = Vec::with_capacity(old.len());
    for (v, t) in old.into_iter().zip(types) {
        new.push(deep_copy(c, v, t)?);
    }
    c.alloc(if array { Obj::Array(new) } else { Obj::Struct(new) })
}

/// Whether `x` of type `ty` is its type's zero value (Value.IsZero).
fn is_zero(c: &Call, x: Value, ty: TypeId, depth: usize) -> bool {
    let prog = &c.rt.prog;
    match &prog.types[ty as usize].kind {
        TypeKind::String => c.rt.heap.bytes(x).is_empty(),
        TypeKind::Complex { .. } => c.rt.heap.complex(x) == (0.0, 0.0) || x.h == 0,
        TypeKind::Interface => x.t == 0,
        TypeKind::Struct { fields } if depth < 64 => {
            let p = parts(c, x.h);
            fields.iter().zip(p).all(|((_, t), v)| is_zero(c, v, *t, depth + 1))
        }
        TypeKind::Array { elem, .. } if depth < 64 => {
            parts(c, x.h).into_iter().all(|v| is_zero(c, v, *elem, depth + 1))
        }
        _ => x.h == 0 && x.w == 0,
    }
}

fn map_keys(c: &mut Call) -> Result<(), Fault> {
    let v = want(c, "MapKeys", &[r::K_MAP])?;
    let TypeKind::Map { key, .. } = c.rt.prog.types[v.typ as usize].kind else { return Ok(()) };
    let pairs = map_pairs(c, v.get(c));
    let mut keys = Vec::with_capacity(pairs.len());
    for (k, _) in pairs {
        keys.push(new_value(c, V { typ: key, val: k, ..V::default() })?);
    }
    let s = c.new_slice(keys)?;
    c.ret(s);
    Ok(())
}

fn map_index(c: &mut Call) -> Result<(), Fault> {
    let v = want(c, "MapIndex", &[r::K_MAP])?;
    let TypeKind::Map { key, elem } = c.rt.prog.types[v.typ as usize].kind else { return Ok(()) };
    let k = assignable(c, get(c, 1), key, "reflect.Value.MapIndex")?;
    let found = map_get(c, v.get(c), k, key)?;
    let out = match found {
        Some(x) => V { typ: elem, val: x, ..V::default() },
        None => V::default(),
    };
    ret_value(c, out)
}

/// Value `x` as a value of type `to` (Go's assignability: the same type, or an interface
/// the type implements); Go's panic naming `what` otherwise.
fn assignable(c: &mut Call, x: V, to: TypeId, what: &str) -> Result<Value, Fault> {
    if x.typ == 0 {
        return Err(Fault::Panic(format!("reflect: call of {what} on zero Value")));
    }
    let prog = c.rt.prog.clone();
    if x.typ == to {
        return Ok(x.get(c));
    }
    let (from, into) = (&prog.types[x.typ as usize], &prog.types[to as usize]);
    if matches!(into.kind, TypeKind::Interface) && (from.implements(into) || into.iface.is_empty())
    {
        return to_iface(c, x.get(c), x.typ);
    }
    // Go names Set's assignment "reflect.Set", the others' by their method.
    let context = if what == "reflect.Value.Set" { "reflect.Set" } else { what };
    Err(Fault::Panic(format!(
        "{context}: value of type {} is not assignable to type {}",
        from.name, into.name
    )))
}

fn set(c: &mut Call) -> Result<(), Fault> {
    let v = valid(c, "Set")?;
    let v = settable(c, "Set", &[kind(c, v)])?;
    let x = assignable(c, get(c, 1), v.typ, "reflect.Value.Set")?;
    v.store(c, x)
}

/// fmt prints a reflect.Value as the value it holds, except under %T and %p: `args` with
/// every other Value replaced by that value as an interface (the zero Value by Go's
/// "<invalid reflect.Value>"). `format` is Printf's.
pub fn unwrap_values(c: &mut Call, args: &mut [Value], format: Option<&str>) -> Result<(), Fault> {
    let keep = format.map(type_verb_args).unwrap_or_default();
    for (i, a) in args.iter_mut().enumerate() {
        if a.t == 0 || c.rt.prog.type_name(a.t) != r::VALUE || keep.contains(&i) {
            continue;
        }
        let v = parts_of(c, *a);
        *a = if v.typ == 0 {
            let mut s = c.new_str("<invalid reflect.Value>")?;
            s.t = r::find_type(&c.rt.prog, "string").unwrap_or(0);
            s
        } else {
            let x = v.get(c);
            to_iface(c, x, v.typ)?
        };
    }
    Ok(())
}

/// The indexes of the arguments a Printf format prints with %T or %p.
fn type_verb_args(format: &str) -> Vec<usize> {
    let (mut out, mut arg) = (Vec::new(), 0usize);
    let mut chars = format.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch != '%' {
            continue;
        }
        loop {
            match chars.next() {
                Some('[') => {
                    let n: String = chars.by_ref().take_while(|&c| c != ']').collect();
                    arg = n.parse::<usize>().map_or(arg, |n| n.saturating_sub(1));
                }
                Some('*') => arg += 1,
                Some('+' | '-' | '#' | ' ' | '.' | '0'..='9') => {}
                Some('%') | None => break,
                Some(verb) => {
                    if matches!(verb, 'T' | 'p') {
                        out.push(arg);
                    }
                    arg += 1;
                    break;
                }
            }
        }
    }
    out
}

/// m[k] for map `m` whose keys are of type `key`, by the map's own key rules.
pub fn map_get(c: &Call, m: Value, k: Value, key: TypeId) -> Result<Option<Value>, Fault> {
    let mk = map_key(c, k, key)?;
    Ok(match (m.h, mk) {
        (0, _) | (_, None) => None,
        (h, Some(mk)) => match &*c.rt.heap.lock(h) {
            Obj::Map(mp) => mp.get(Some(&mk)),
            _ => None,
        },
    })
}

/// The key map instructions compute for `k` of type `key` (None for a NaN).
fn map_key(c: &Call, k: Value, key: TypeId) -> Result<Option<MapKey>, Fault> {
    let prog = &c.rt.prog;
    let Ok(kk) = u16::try_from(key) else {
        return Err(Fault::Panic(
            "reflect: a map key of this many types is not supported yet".into(),
        ));
    };
    crate::rt::map::key_of(&c.rt.heap, prog, k, MapKeyKind::Agg(kk)).map_err(|t| {
        Fault::Panic(format!("runtime error: hash of unhashable type {}", prog.type_name(t)))
    })
}

/// Whether the receiver's kind is one of `kinds` (CanInt, CanUint, CanFloat).
fn can(c: &mut Call, kinds: &[u64]) -> Result<(), Fault> {
    let k = kind(c, get(c, 0));
    c.ret_bool(kinds.contains(&k));
    Ok(())
}

/// Value.MapRange: an iterator over a snapshot of the map's keys and elements, starting
/// before the first (`i` is one past the current entry).
fn map_range(c: &mut Call) -> Result<(), Fault> {
    let v = want(c, "MapRange", &[r::K_MAP])?;
    let TypeKind::Map { key, elem } = c.rt.prog.types[v.typ as usize].kind else { return Ok(()) };
    let (keys, vals): (Vec<Value>, Vec<Value>) = map_pairs(c, v.get(c)).into_iter().unzip();
    let keys = c.new_slice(keys)?;
    let vals = c.new_slice(vals)?;
    let fields = vec![keys, vals, Value::ZERO, Value::int(key as i64), Value::int(elem as i64)];
    let it = c.alloc(Obj::Struct(fields))?;
    c.ret(it);
    Ok(())
}

/// MapIter.Key (`which` 0) or MapIter.Value (1) of the current entry.
fn iter_at(c: &mut Call, which: usize, what: &str) -> Result<(), Fault> {
    let it = parts(c, c.arg(0).h);
    let at = |i: usize| it.get(i).copied().unwrap_or_default();
    let (n, i) = (at(0).slice_len(), at(2).as_int() as usize);
    if i == 0 {
        return Err(Fault::Panic(format!("reflect: MapIter.{what} called before Next")));
    }
    if i > n {
        return Err(Fault::Panic(format!("reflect: MapIter.{what} called on exhausted iterator")));
    }
    let x = super::call::elems(c.rt, at(which)).get(i - 1).copied().unwrap_or_default();
    ret_value(c, V { typ: at(3 + which).w as TypeId, val: x, ..V::default() })
}

/// The id of type *T for type `t`, when the program has it (the table is made before the
/// run: a pointer type the program never uses has no descriptor).
fn pointer_type(c: &Call, t: TypeId) -> Result<TypeId, Fault> {
    let name = format!("*{}", c.rt.prog.type_name(t));
    r::find_type(&c.rt.prog, &name).ok_or_else(|| {
        Fault::Panic(format!(
            "reflect: pointer type {name}, which the program never uses, is not supported yet"
        ))
    })
}

/// Value.SetMapIndex: m[key] = elem, or delete(m, key) for the zero Value elem.
fn set_map_index(c: &mut Call) -> Result<(), Fault> {
    let v = want(c, "SetMapIndex", &[r::K_MAP])?;
    let TypeKind::Map { key, elem } = c.rt.prog.types[v.typ as usize].kind else { return Ok(()) };
    let k = assignable(c, get(c, 1), key, "reflect.Value.SetMapIndex")?;
    let k = deep_copy(c, k, key)?;
    let e = get(c, 2);
    let m = v.get(c);
    let mk = map_key(c, k, key)?;
    if e.typ == 0 {
        if m.h != 0 {
            if let Obj::Map(mp) = &mut *c.rt.heap.lock(m.h) {
                mp.remove(mk.as_ref());
            }
        }
        return Ok(());
    }
    let x = assignable(c, e, elem, "reflect.Value.SetMapIndex")?;
    let x = deep_copy(c, x, elem)?;
    if m.h == 0 {
        return Err(Fault::Panic("assignment to entry in nil map".into()));
    }
    if let Obj::Map(mp) = &mut *c.rt.heap.lock(m.h) {
        mp.insert(k, mk, x);
    }
    Ok(())
}

/// reflect.MakeSlice: a new slice of `len` zero elements and capacity `cap`.
fn make_slice(c: &mut Call) -> Result<(), Fault> {
    let t = type_arg(c, "MakeSlice")?;
    let TypeKind::Slice { elem } = c.rt.prog.types[t as usize].kind else {
        return Err(Fault::Panic("reflect.MakeSlice of non-slice type".into()));
    };
    let (len, cap) = (c.int(1), c.int(2));
    if len < 0 {
        return Err(Fault::Panic("reflect.MakeSlice: negative len".into()));
    }
    if cap < 0 {
        return Err(Fault::Panic("reflect.MakeSlice: negative cap".into()));
    }
    if len > cap {
        return Err(Fault::Panic("reflect.MakeSlice: len > cap".into()));
    }
    if cap > u32::MAX as i64 {
        return Err(Fault::Fatal(super::call::out_of_memory(c.rt)));
    }
    super::call::room(c.rt, c.m, (cap as usize).saturating_mul(16))?;
    let mut elems = Vec::with_capacity(cap as usize);
    for _ in 0..cap {
        elems.push(zero(c, elem)?);
    }
    let a = c.alloc(Obj::Array(elems))?;
    let s = Value::slice(a.h, 0, len as u32, cap as u32);
    ret_value(c, V { typ: t, val: s, ..V::default() })
}
