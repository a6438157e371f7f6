//! Package reflect, the part teaching programs use: TypeOf and the Type interface, Kind,
//! StructField and StructTag (this file), ValueOf and Value's getters and setters
//! (`reflect_value.rs`), DeepEqual (`reflect_deep.rs`).
//!
//! A Type is an interface value of the library's dynamic type `*reflect.rtype` whose word
//! is the described type's id in `Program::types` (handle 0), so `TypeOf(a) == TypeOf(b)`
//! is the interface comparison of two equal words, and fmt prints one through its String
//! method (the %T name). Everything a Type answers comes from the type descriptor the
//! compiler made for the program (`vm::program::TypeDesc`); what the descriptors do not
//! hold (function signatures, method types, field offsets) is not offered: the checker
//! refuses those members as not supported yet.

use super::json_encode::tag_lookup;
use super::{constant, func, method, type_, Call, ConstVal, Fault, Member};
use crate::rt::obj::Obj;
use crate::vm::op::TypeId;
use crate::vm::program::{Program, TypeDesc, TypeKind};
use crate::vm::value::Value;

/// The dynamic type of reflect.Type values.
pub const RTYPE: &str = "*reflect.rtype";
/// The %T name of reflect.Value, which fmt replaces by the value it holds.
pub const VALUE: &str = "reflect.Value";

/// reflect.Kind's names, by value (Go's kindNames).
const KIND_NAMES: [&str; 27] = [
    "invalid",
    "bool",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "float32",
    "float64",
    "complex64",
    "complex128",
    "array",
    "chan",
    "func",
    "interface",
    "map",
    "ptr",
    "slice",
    "string",
    "struct",
    "unsafe.Pointer",
];

// The Kind values this file names.
pub const K_INT: u64 = 2;
pub const K_UINT: u64 = 7;
pub const K_UINTPTR: u64 = 12;
pub const K_FLOAT32: u64 = 13;
pub const K_COMPLEX64: u64 = 15;
pub const K_ARRAY: u64 = 17;
pub const K_CHAN: u64 = 18;
pub const K_FUNC: u64 = 19;
pub const K_INTERFACE: u64 = 20;
pub const K_MAP: u64 = 21;
pub const K_PTR: u64 = 22;
pub const K_SLICE: u64 = 23;
pub const K_STRING: u64 = 24;
pub const K_STRUCT: u64 = 25;

const fn kind(name: &'static str, k: i128) -> Member {
    constant(name, "Kind", ConstVal::Int(k))
}

const TYPE_IFACE: &str = "interface{String() string; Name() string; PkgPath() string; \
    Kind() Kind; Elem() Type; Key() Type; Len() int; NumField() int; Field(i int) StructField; \
    FieldByName(name string) (StructField, bool); NumMethod() int; Method(i int) Method; \
    Implements(u Type) bool; Comparable() bool; Bits() int; Size() uintptr; Align() int; \
    FieldAlign() int}";

pub const MEMBERS: &[Member] = &[
    type_("Kind", "uint"),
    method("Kind", "String", "func() string", |c| {
        let k = c.arg(0).w;
        let s = KIND_NAMES.get(k as usize).map_or(format!("kind{k}"), |s| s.to_string());
        c.ret_str(&s)
    }),
    kind("Invalid", 0),
    kind("Bool", 1),
    kind("Int", 2),
    kind("Int8", 3),
    kind("Int16", 4),
    kind("Int32", 5),
    kind("Int64", 6),
    kind("Uint", 7),
    kind("Uint8", 8),
    kind("Uint16", 9),
    kind("Uint32", 10),
    kind("Uint64", 11),
    kind("Uintptr", 12),
    kind("Float32", 13),
    kind("Float64", 14),
    kind("Complex64", 15),
    kind("Complex128", 16),
    kind("Array", 17),
    kind("Chan", 18),
    kind("Func", 19),
    kind("Interface", 20),
    kind("Map", 21),
    kind("Pointer", 22),
    kind("Ptr", 22),
    kind("Slice", 23),
    kind("String", 24),
    kind("Struct", 25),
    kind("UnsafePointer", 26),
    type_("Type", TYPE_IFACE),
    type_(
        "StructField",
        "struct{Name string; PkgPath string; Type Type; Tag StructTag; Offset uintptr; Index []int; Anonymous bool}",
    ),
    method("StructField", "IsExported", "func() bool", |c| is_exported_field(c)),
    type_("Method", "struct{Name string; PkgPath string; Index int}"),
    method("Method", "IsExported", "func() bool", |c| is_exported_field(c)),
    type_("StructTag", "string"),
    method("StructTag", "Get", "func(key string) string", |c| {
        let v = tag_lookup(&c.str(0), &c.str(1)).unwrap_or_default();
        c.ret_str(&v)
    }),
    method("StructTag", "Lookup", "func(key string) (value string, ok bool)", |c| {
        let v = tag_lookup(&c.str(0), &c.str(1));
        c.ret_str(v.as_deref().unwrap_or(""))?;
        c.ret_bool(v.is_some());
        Ok(())
    }),
    func("TypeOf", "func(i any) Type", |c| {
        ret_type(c, c.arg(0).t)
    }),
    type_("rtype", "struct{}"),
    method("*rtype", "String", "func() string", |c| {
        let name = desc(c, 0).name.clone();
        c.ret_str(&name)
    }),
    method("*rtype", "Name", "func() string", |c| {
        let name = type_name(&desc(c, 0).name).to_string();
        c.ret_str(&name)
    }),
    method("*rtype", "PkgPath", "func() string", |c| {
        let name = desc(c, 0).name.clone();
        let path = if type_name(&name).is_empty() { "" } else { pkg_path(&name) };
        c.ret_str(path)
    }),
    method("*rtype", "Kind", "func() Kind", |c| {
        let k = kind_of(&c.rt.prog, c.arg(0).w as TypeId);
        c.ret_int(k as i64);
        Ok(())
    }),
    method("*rtype", "Elem", "func() Type", |c| {
        let d = desc(c, 0);
        let Some(elem) = elem_type(d) else {
            return Err(Fault::Panic(match d.kind {
                // A pointer the library made, whose pointee the type table does not know.
                TypeKind::Pointer => format!("reflect: Elem of {} is not supported yet", d.name),
                _ => format!("reflect: Elem of invalid type {}", d.name),
            }));
        };
        ret_type(c, elem)
    }),
    method("*rtype", "Key", "func() Type", |c| {
        let d = desc(c, 0);
        let TypeKind::Map { key, .. } = d.kind else {
            return Err(Fault::Panic(format!("reflect: Key of non-map type {}", d.name)));
        };
        ret_type(c, key)
    }),
    method("*rtype", "Len", "func() int", |c| {
        let d = desc(c, 0);
        let TypeKind::Array { len, .. } = d.kind else {
            return Err(Fault::Panic(format!("reflect: Len of non-array type {}", d.name)));
        };
        c.ret_int(len as i64);
        Ok(())
    }),
    method("*rtype", "Bits", "func() int", |c| {
        let d = desc(c, 0);
        let bits = match d.kind {
            TypeKind::Int { bits, .. } => bits as i64,
            TypeKind::Float32 => 32,
            TypeKind::Float64 => 64,
            TypeKind::Complex { single } => 128 >> single as u8,
            _ => return Err(Fault::Panic(format!("reflect: Bits of non-arithmetic Type {}", d.name))),
        };
        c.ret_int(bits);
        Ok(())
    }),
    method("*rtype", "Size", "func() uintptr", |c| ret_layout(c, |(size, _)| size)),
    method("*rtype", "Align", "func() int", |c| ret_layout(c, |(_, align)| align)),
    method("*rtype", "FieldAlign", "func() int", |c| ret_layout(c, |(_, align)| align)),
    method("*rtype", "NumField", "func() int", |c| {
        let n = struct_fields(c, "NumField")?.len();
        c.ret_int(n as i64);
        Ok(())
    }),
    method("*rtype", "Field", "func(i int) StructField", |c| {
        let n = struct_fields(c, "Field")?.len();
        let i = c.int(1);
        if i < 0 || i as usize >= n {
            return Err(Fault::Panic("reflect: Field index out of bounds".into()));
        }
        let v = struct_field(c, c.arg(0).w as TypeId, &[i as usize])?;
        c.ret(v);
        Ok(())
    }),
    method("*rtype", "FieldByName", "func(name string) (StructField, bool)", |c| {
        struct_fields(c, "FieldByName")?;
        let path = field_path(&c.rt.prog, c.arg(0).w as TypeId, &c.str(1));
        let v = match &path {
            Some(p) => struct_field(c, c.arg(0).w as TypeId, p)?,
            None => zero_struct_field(c)?,
        };
        c.ret(v);
        c.ret_bool(path.is_some());
        Ok(())
    }),
    method("*rtype", "NumMethod", "func() int", |c| {
        let n = method_names(&c.rt.prog, c.arg(0).w as TypeId).len();
        c.ret_int(n as i64);
        Ok(())
    }),
    method("*rtype", "Method", "func(i int) Method", |c| {
        let names = method_names(&c.rt.prog, c.arg(0).w as TypeId);
        let i = c.int(1);
        let Some(name) = usize::try_from(i).ok().and_then(|i| names.get(i)) else {
            return Err(Fault::Panic("reflect: Method index out of range".into()));
        };
        let name = c.new_str(name)?;
        let m = c.alloc(Obj::Struct(vec![name, Value::ZERO, Value::int(i)]))?;
        c.ret(m);
        Ok(())
    }),
    method("*rtype", "Implements", "func(u Type) bool", |c| {
        let Some(u) = type_arg(c, 1)? else {
            return Err(Fault::Panic("reflect: nil type passed to Type.Implements".into()));
        };
        let prog = &c.rt.prog;
        let (t, it) = (desc(c, 0), &prog.types[u as usize]);
        if !matches!(it.kind, TypeKind::Interface) {
            return Err(Fault::Panic("reflect: non-interface type passed to Type.Implements".into()));
        }
        let yes = if matches!(t.kind, TypeKind::Interface) {
            it.iface.iter().all(|s| t.iface.contains(s))
        } else {
            t.implements(it)
        };
        c.ret_bool(yes);
        Ok(())
    }),
    method("*rtype", "Comparable", "func() bool", |c| {
        let yes = crate::rt::map::comparable_type(&c.rt.prog, c.arg(0).w as TypeId);
        c.ret_bool(yes);
        Ok(())
    }),
];

/// The descriptor of the type reflect.Type argument `i` (a `*rtype` receiver) describes.
fn desc<'c>(c: &Call<'c>, i: usize) -> &'c TypeDesc {
    let prog: &'c Program = &c.rt.prog;
    prog.types.get(c.arg(i).w as usize).unwrap_or(&prog.types[0])
}

/// The type reflect.Type argument `i` describes, None for a nil Type; a Type of the
/// program's own making is not supported.
pub fn type_arg(c: &Call, i: usize) -> Result<Option<TypeId>, Fault> {
    let t = c.arg(i);
    if t.t == 0 {
        return Ok(None);
    }
    if c.rt.prog.type_name(t.t) != RTYPE || t.w as usize >= c.rt.prog.types.len() {
        return Err(Fault::Panic(
            "reflect: a Type not made by package reflect is not supported yet".into(),
        ));
    }
    Ok(Some(t.w as TypeId))
}

/// The id of a library type the compiler registered, if it did.
pub fn find_type(prog: &Program, name: &str) -> Option<TypeId> {
    prog.types.iter().position(|t| t.name == name).map(|i| i as TypeId)
}

/// A reflect.Type for type `t` (nil for 0, the type of a nil interface).
pub fn new_type(c: &Call, t: TypeId) -> Value {
    match (t, find_type(&c.rt.prog, RTYPE)) {
        (0, _) | (_, None) => Value::ZERO,
        (t, Some(rt)) => Value { w: t as u64, h: 0, t: rt },
    }
}

pub fn ret_type(c: &mut Call, t: TypeId) -> Result<(), Fault> {
    let v = new_type(c, t);
    c.ret(v);
    Ok(())
}

/// Go's Kind of a type.
pub fn kind_of(prog: &Program, t: TypeId) -> u64 {
    let Some(d) = prog.types.get(t as usize) else { return 0 };
    if let Some(k) = prog.basic_under.get(&t).and_then(|b| KIND_NAMES.iter().position(|n| n == b)) {
        return k as u64;
    }
    match &d.kind {
        TypeKind::Invalid => 0,
        TypeKind::Bool => 1,
        TypeKind::Int { .. } if d.name == "uintptr" => K_UINTPTR,
        TypeKind::Int { .. } if d.name == "time.Time" => K_STRUCT,
        TypeKind::Int { bits, signed } => {
            let base = if *signed { K_INT } else { K_UINT };
            // int and uint are 64 bits (`basic_under` tells a defined type's apart).
            let sized = match bits {
                8 => 1,
                16 => 2,
                32 => 3,
                _ if matches!(d.name.as_str(), "int64" | "uint64" | "time.Duration") => 4,
                _ => 0,
            };
            base + sized
        }
        TypeKind::Float32 => K_FLOAT32,
        TypeKind::Float64 => K_FLOAT32 + 1,
        TypeKind::Complex { single } => K_COMPLEX64 + !*single as u64,
        TypeKind::String => K_STRING,
        TypeKind::Chan { .. } => K_CHAN,
        TypeKind::Func => K_FUNC,
        TypeKind::Pointer | TypeKind::StructPtr { .. } => K_PTR,
        TypeKind::Interface => K_INTERFACE,
        TypeKind::Slice { .. } => K_SLICE,
        TypeKind::Map { .. } => K_MAP,
        TypeKind::Struct { .. } => K_STRUCT,
        TypeKind::Array { .. } => K_ARRAY,
    }
}

/// Kind.String of kind `k`.
pub fn kind_name(k: u64) -> &'static str {
    KIND_NAMES.get(k as usize).copied().unwrap_or("invalid")
}

/// The element type of a pointer, slice, array, channel or map type.
pub fn elem_type(d: &TypeDesc) -> Option<TypeId> {
    match d.kind {
        TypeKind::Slice { elem }
        | TypeKind::Array { elem, .. }
        | TypeKind::Chan { elem }
        | TypeKind::Map { elem, .. }
        | TypeKind::StructPtr { elem } => Some(elem),
        TypeKind::Pointer if d.pointee != 0 => Some(d.pointee),
        _ => None,
    }
}

/// Type.Name: a defined type's name without its package, "" for other types.
fn type_name(name: &str) -> &str {
    // The predeclared types: bool to complex128 are named as their kinds.
    if KIND_NAMES[1..=16].contains(&name) || matches!(name, "string" | "error") {
        return name;
    }
    let head = name.split('[').next().unwrap_or(name);
    match head.split_once('.') {
        Some((pkg, _))
            if !pkg.is_empty() && pkg.chars().all(|c| c.is_alphanumeric() || c == '_') =>
        {
            &name[pkg.len() + 1..]
        }
        _ => "",
    }
}

/// Type.PkgPath of a defined type printed as `name` ("main.T" -> "main").
fn pkg_path(name: &str) -> &str {
    match name.split_once('.') {
        Some(("json", _)) => "encoding/json",
        Some(("rand", _)) => "math/rand",
        Some((pkg, _)) => pkg,
        None => "",
    }
}

/// The fields of the struct type the receiver describes; Go's panic for another type.
fn struct_fields(c: &Call, what: &str) -> Result<Vec<(String, TypeId)>, Fault> {
    let d = desc(c, 0);
    match &d.kind {
        TypeKind::Struct { fields } => Ok(fields.clone()),
        _ => Err(Fault::Panic(format!("reflect: {what} of non-struct type {}", d.name))),
    }
}

/// Whether a field or method name is exported.
pub fn exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// The path of field indexes to the field called `name` of struct type `ty`, searching the
/// embedded structs breadth first as Go's FieldByName does (a name found twice at one
/// depth is no field).
pub fn field_path(prog: &Program, ty: TypeId, name: &str) -> Option<Vec<usize>> {
    let mut level: Vec<(TypeId, Vec<usize>)> = vec![(ty, Vec::new())];
    for _ in 0..16 {
        let mut found = Vec::new();
        let mut next = Vec::new();
        for (t, path) in &level {
            let Some(d) = prog.types.get(*t as usize) else { continue };
            let TypeKind::Struct { fields } = &d.kind else { continue };
            for (i, (fname, fty)) in fields.iter().enumerate() {
                let mut p = path.clone();
                p.push(i);
                if fname == name {
                    found.push(p.clone());
                }
                if d.field_meta.get(i).is_some_and(|m| m.embedded) {
                    let inner = match prog.types.get(*fty as usize).map(|d| &d.kind) {
                        Some(TypeKind::StructPtr { elem }) => *elem,
                        _ => *fty,
                    };
                    next.push((inner, p));
                }
            }
        }
        match found.len() {
            1 => return found.pop(),
            0 if !next.is_empty() => level = next,
            _ => return None,
        }
    }
    None
}

/// The type of the field at `path` in struct type `ty`, its name and its index.
fn field_at_path(prog: &Program, ty: TypeId, path: &[usize]) -> Option<(TypeId, usize, String)> {
    let (mut cur, mut out) = (ty, None);
    for &i in path {
        let d = prog.types.get(cur as usize)?;
        let cur_ty = match &d.kind {
            TypeKind::StructPtr { elem } => *elem,
            _ => cur,
        };
        let TypeKind::Struct { fields } = &prog.types.get(cur_ty as usize)?.kind else {
            return None;
        };
        let (name, fty) = fields.get(i)?;
        out = Some((cur_ty, i, name.clone()));
        cur = *fty;
    }
    out
}

/// A StructField for the field at `path` of struct type `ty`.
fn struct_field(c: &mut Call, ty: TypeId, path: &[usize]) -> Result<Value, Fault> {
    let prog = c.rt.prog.clone();
    let Some((owner, i, name)) = field_at_path(&prog, ty, path) else {
        return zero_struct_field(c);
    };
    let d = &prog.types[owner as usize];
    let TypeKind::Struct { fields } = &d.kind else { return zero_struct_field(c) };
    let meta = d.field_meta.get(i).cloned().unwrap_or_default();
    let pkg = if exported(&name) { "" } else { "main" };
    let index: Vec<Value> = path.iter().map(|&i| Value::int(i as i64)).collect();
    let offset = prog.field_offsets(owner).get(i).copied().unwrap_or(0);
    let vals = [
        c.new_str(&name)?,
        c.new_str(pkg)?,
        new_type(c, fields[i].1),
        c.new_str(&meta.tag)?,
        Value::int(offset as i64),
        c.new_slice(index)?,
        Value::bool(meta.embedded),
    ];
    c.alloc(Obj::Struct(vals.to_vec()))
}

/// The zero StructField FieldByName returns for a name it does not find.
fn zero_struct_field(c: &mut Call) -> Result<Value, Fault> {
    c.alloc(Obj::Struct(vec![Value::ZERO; 7]))
}

/// The exported methods of type `ty`, sorted by name, as Type.Method numbers them.
pub fn method_names(prog: &Program, ty: TypeId) -> Vec<String> {
    let Some(d) = prog.types.get(ty as usize) else { return Vec::new() };
    let sels: Vec<u32> = match d.kind {
        TypeKind::Interface => d.iface.clone(),
        _ => d.methods.iter().map(|m| m.0).collect(),
    };
    let mut names: Vec<String> = sels
        .iter()
        .filter_map(|s| prog.selectors.get(*s as usize))
        .map(|s| s.split('(').next().unwrap_or(s).to_string())
        .filter(|n| exported(n))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// StructField.IsExported and Method.IsExported: whether the receiver's PkgPath is empty.
fn is_exported_field(c: &mut Call) -> Result<(), Fault> {
    let f = super::json_encode::parts(c, c.arg(0).h);
    let pkg = f.get(1).copied().unwrap_or_default();
    c.ret_bool(c.rt.heap.bytes(pkg).is_empty());
    Ok(())
}

/// Returns `part` of the receiver type's (size, alignment).
fn ret_layout(c: &mut Call, part: fn((u64, u64)) -> u64) -> Result<(), Fault> {
    let x = part(c.rt.prog.layout(c.arg(0).w as TypeId));
    c.ret_int(x as i64);
    Ok(())
}
