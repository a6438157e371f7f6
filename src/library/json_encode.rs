//! encoding/json's encoder: a walk over a value guided by its static type, as Go's
//! reflection-based encoder (encode.go) walks it, writing compact JSON. MarshalIndent and
//! Encoder.SetIndent indent the compact text afterwards, as Go's do.
//!
//! A value is read through its type descriptor (`vm::Program::types`): structs are the
//! fields of their object, pointers to structs the object's handle, other pointers a box
//! or an interior pointer, interface values carry their dynamic type (a slice in one is
//! boxed in a cell). Struct fields follow Go's rules (exported only, `json:"name,opts"`
//! tags, fields promoted from embedded structs with Go's dominance rule).

use super::call::Call;
use crate::rt::fmt::int_text;
use crate::rt::obj::Obj;
use crate::vm::op::TypeId;
use crate::vm::program::{Program, TypeKind};
use crate::vm::value::Value;

/// How many pointers, maps and slices deep the encoder goes. Deeper, a value that repeats
/// one on its way is a cycle (Go's message; Go looks for cycles from 1000 levels on), and
/// any other is refused as not supported: the walk recurses on the M's stack (2 MiB
/// natively, 4 MiB in the browser), and this depth stays well within it.
const MAX_DEPTH: usize = 500;

/// One JSON-visible field of a struct type: its key, where it is (field indexes through
/// embedded structs) and its options.
#[derive(Clone, Debug)]
pub struct JsonField {
    pub name: String,
    pub path: Vec<usize>,
    pub ty: TypeId,
    pub omit_empty: bool,
    /// `,string`: a scalar is written as a JSON string.
    pub quoted: bool,
    tagged: bool,
}

/// The value of key `key` in a struct tag (reflect.StructTag.Get).
pub fn tag_lookup(tag: &str, key: &str) -> Option<String> {
    let mut t = tag;
    loop {
        t = t.trim_start_matches(' ');
        let colon = t.find(':')?;
        let (name, rest) = (&t[..colon], &t[colon + 1..]);
        if name.is_empty() || name.contains(|c: char| c <= ' ' || c == '"') {
            return None;
        }
        let rest = rest.strip_prefix('"')?;
        let mut end = None;
        let mut esc = false;
        for (i, ch) in rest.char_indices() {
            match ch {
                _ if esc => esc = false,
                '\\' => esc = true,
                '"' => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let end = end?;
        if name == key {
            return Some(unescape(&rest[..end]));
        }
        t = &rest[end + 1..];
    }
}

/// A tag value's escapes (strconv.Unquote's common ones: \\ \" \n \t).
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(ch) = chars.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(c) => out.push(c),
            None => {}
        }
    }
    out
}

/// Go's isValidTag: a key name made of letters, digits and some punctuation.
fn valid_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| "!#$%&()*+-./:;<=>?@[]^_{|}~ ".contains(c) || c.is_alphanumeric())
}

fn exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The struct type a field of type `ty` embeds fields from: itself, or what an unnamed
/// pointer points to.
fn embedded_struct(prog: &Program, ty: TypeId) -> Option<TypeId> {
    let d = prog.types.get(ty as usize)?;
    match &d.kind {
        TypeKind::Struct { .. } => Some(ty),
        TypeKind::StructPtr { elem }
            if matches!(
                prog.types.get(*elem as usize).map(|e| &e.kind),
                Some(TypeKind::Struct { .. })
            ) =>
        {
            Some(*elem)
        }
        _ => None,
    }
}

/// The JSON fields of struct type `ty` in Go's order (typeFields in encode.go): a
/// breadth-first walk through embedded structs, then for each name the shallowest field
/// wins, a tagged one among equals, and a tie hides the name.
pub fn fields_of(prog: &Program, ty: TypeId) -> Vec<JsonField> {
    let mut found: Vec<(usize, JsonField)> = Vec::new();
    let mut level: Vec<(TypeId, Vec<usize>)> = vec![(ty, Vec::new())];
    let mut visited = std::collections::HashSet::new();
    for depth in 0..32 {
        if level.is_empty() {
            break;
        }
        let mut next = Vec::new();
        for (st, path) in level {
            if !visited.insert(st) {
                continue;
            }
            let Some(d) = prog.types.get(st as usize) else { continue };
            let TypeKind::Struct { fields } = &d.kind else { continue };
            for (i, (fname, fty)) in fields.iter().enumerate() {
                let meta = d.field_meta.get(i).cloned().unwrap_or_default();
                let emb = embedded_struct(prog, *fty).filter(|_| meta.embedded);
                if meta.embedded && emb.is_none() && !exported(fname) {
                    continue;
                }
                if !meta.embedded && !exported(fname) {
                    continue;
                }
                let tag = tag_lookup(&meta.tag, "json").unwrap_or_default();
                if tag == "-" {
                    continue;
                }
                let mut opts = tag.split(',');
                let tname = opts.next().unwrap_or("").to_string();
                let tname = if valid_name(&tname) { tname } else { String::new() };
                let opts: Vec<&str> = opts.collect();
                let mut p = path.clone();
                p.push(i);
                if let (Some(inner), true) = (emb, tname.is_empty()) {
                    next.push((inner, p));
                    continue;
                }
                let tagged = !tname.is_empty();
                let quoted = opts.contains(&"string") && scalar(prog, *fty);
                let name = if tagged { tname } else { fname.clone() };
                let omit_empty = opts.contains(&"omitempty");
                found.push((
                    depth,
                    JsonField { name, path: p, ty: *fty, omit_empty, quoted, tagged },
                ));
            }
        }
        level = next;
    }
    dominant(found)
}

/// Go's dominantField over every name: the shallowest fields, one of them tagged if
/// several; names with a tie are dropped. The result is in field order.
fn dominant(mut found: Vec<(usize, JsonField)>) -> Vec<JsonField> {
    found.sort_by(|a, b| {
        (a.1.name.as_str(), a.0, !a.1.tagged, &a.1.path).cmp(&(
            b.1.name.as_str(),
            b.0,
            !b.1.tagged,
            &b.1.path,
        ))
    });
    let mut out = Vec::new();
    let mut i = 0;
    while i < found.len() {
        let mut j = i + 1;
        while j < found.len() && found[j].1.name == found[i].1.name {
            j += 1;
        }
        let group = &found[i..j];
        let top = group[0].0;
        let same: Vec<&(usize, JsonField)> = group.iter().filter(|f| f.0 == top).collect();
        if same.len() == 1 || (same[0].1.tagged && !same[1].1.tagged) {
            out.push(same[0].1.clone());
        }
        i = j;
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

fn scalar(prog: &Program, ty: TypeId) -> bool {
    matches!(
        prog.types.get(ty as usize).map(|d| &d.kind),
        Some(
            TypeKind::Bool
                | TypeKind::Int { .. }
                | TypeKind::Float64
                | TypeKind::Float32
                | TypeKind::String
        )
    )
}

/// `fields_of`, computed once per type for one Marshal or Unmarshal call.
#[derive(Default)]
pub struct FieldCache(std::collections::HashMap<TypeId, std::rc::Rc<Vec<JsonField>>>);

impl FieldCache {
    pub fn get(&mut self, prog: &Program, ty: TypeId) -> std::rc::Rc<Vec<JsonField>> {
        self.0.entry(ty).or_insert_with(|| std::rc::Rc::new(fields_of(prog, ty))).clone()
    }
}

/// The fields of a struct object (none for a nil handle).
pub fn parts(c: &Call, h: u32) -> Vec<Value> {
    if h == 0 {
        return Vec::new();
    }
    match &*c.rt.heap.lock(h) {
        Obj::Struct(f) | Obj::Array(f) => f.clone(),
        _ => Vec::new(),
    }
}

/// `*p` for a pointer that is a box or an interior pointer.
pub fn load(c: &Call, p: Value) -> Value {
    if p.h == 0 {
        return Value::ZERO;
    }
    match &*c.rt.heap.lock(p.h) {
        Obj::Cell(v) => *v,
        Obj::Struct(f) | Obj::Array(f) if p.w > 0 => {
            f.get(p.w as usize - 1).copied().unwrap_or_default()
        }
        _ => Value::ZERO,
    }
}

/// The payload of interface value `v` as a value of its dynamic type (slices are boxed).
pub fn payload(c: &Call, v: Value) -> Value {
    match c.rt.prog.types.get(v.t as usize).map(|d| &d.kind) {
        Some(TypeKind::Slice { .. }) => load(c, Value { w: 0, ..v }),
        _ => Value { t: 0, ..v },
    }
}

pub fn map_pairs(c: &Call, m: Value) -> Vec<(Value, Value)> {
    match m.h {
        0 => Vec::new(),
        h => match &*c.rt.heap.lock(h) {
            Obj::Map(mp) => mp.pairs(),
            _ => Vec::new(),
        },
    }
}

/// The encoder's state: the output and Go's options.
pub struct Enc<'c, 'a> {
    pub c: &'c Call<'a>,
    pub out: Vec<u8>,
    pub escape_html: bool,
    /// Values whose MarshalJSON or MarshalText method (the program's) makes their text:
    /// the method is called after the walk (a Go call, see json.rs) and its result put at
    /// the hole's place in `out`.
    pub holes: Vec<Hole>,
    /// The value being written is addressable (reached through a pointer or a slice), so
    /// methods with pointer receivers apply, as in Go.
    addr: bool,
    /// The pointers, maps and slices (handle, word) the walk is inside, outermost first.
    path: Vec<(u32, u64)>,
    fields: FieldCache,
}

/// A place in the output for a marshaler's result.
#[derive(Clone)]
pub struct Hole {
    pub at: usize,
    /// The receiver, as an interface value of the type that has the method.
    pub recv: Value,
    /// MarshalText (its text is written as a JSON string) rather than MarshalJSON.
    pub text: bool,
    /// Go's name of the receiver's type, for messages.
    pub type_name: String,
}

/// Which marshaler method type `t` has: Some(false) for MarshalJSON, Some(true) for
/// MarshalText.
fn marshaler_of(prog: &Program, t: TypeId) -> Option<bool> {
    let d = prog.types.get(t as usize)?;
    let has = |name: &str| {
        d.methods.iter().any(|(sel, _)| {
            prog.selectors
                .get(*sel as usize)
                .is_some_and(|s| s.strip_prefix(name).is_some_and(|r| r.starts_with("()")))
        })
    };
    if has("MarshalJSON") {
        Some(false)
    } else if has("MarshalText") {
        Some(true)
    } else {
        None
    }
}

impl<'c, 'a> Enc<'c, 'a> {
    pub fn new(c: &'c Call<'a>, escape_html: bool) -> Self {
        Enc {
            c,
            out: Vec::new(),
            escape_html,
            holes: Vec::new(),
            addr: false,
            path: Vec::new(),
            fields: FieldCache::default(),
        }
    }

    /// `value` with addressability `addr`.
    fn value_at(&mut self, v: Value, ty: TypeId, depth: usize, addr: bool) -> Result<(), String> {
        let saved = std::mem::replace(&mut self.addr, addr);
        let r = self.value(v, ty, depth);
        self.addr = saved;
        r
    }

    /// A hole for `v` when its type (or, addressable, its pointer type) has a marshaler
    /// method; a nil pointer with one is written as null.
    fn marshaler(&mut self, v: Value, ty: TypeId) -> bool {
        let prog = &self.c.rt.prog;
        let Some(d) = prog.types.get(ty as usize) else { return false };
        if matches!(d.kind, TypeKind::Interface | TypeKind::Slice { .. }) {
            return false;
        }
        let (recv_t, text) = match marshaler_of(prog, ty) {
            Some(text) => (ty, text),
            None if self.addr && matches!(d.kind, TypeKind::Struct { .. }) => {
                let ptr = prog
                    .types
                    .iter()
                    .position(|p| matches!(p.kind, TypeKind::StructPtr { elem } if elem == ty));
                match ptr.and_then(|p| Some((p as TypeId, marshaler_of(prog, p as TypeId)?))) {
                    Some(x) => x,
                    None => return false,
                }
            }
            None => return false,
        };
        let is_ptr = matches!(d.kind, TypeKind::StructPtr { .. } | TypeKind::Pointer);
        if is_ptr && v.h == 0 && v.w == 0 {
            self.out.extend_from_slice(b"null");
            return true;
        }
        let type_name = prog.type_name(recv_t).to_string();
        self.holes.push(Hole {
            at: self.out.len(),
            recv: Value { t: recv_t, ..v },
            text,
            type_name,
        });
        true
    }

    fn desc(&self, ty: TypeId) -> Option<&'a crate::vm::program::TypeDesc> {
        let rt: &'a crate::sched::Runtime = self.c.rt;
        rt.prog.types.get(ty as usize)
    }

    fn name(&self, ty: TypeId) -> String {
        self.c.rt.prog.type_name(ty).to_string()
    }

    /// Goes one pointer, map or slice deeper (see `MAX_DEPTH`).
    fn enter(&mut self, v: Value, ty: TypeId) -> Result<(), String> {
        if self.path.len() >= MAX_DEPTH {
            let name = self.name(ty);
            return Err(if v.h != 0 && self.path.contains(&(v.h, v.w)) {
                format!("json: unsupported value: encountered a cycle via {name}")
            } else {
                format!("gopark: encoding/json of values nested more than {MAX_DEPTH} pointers, maps or slices deep is not supported yet")
            });
        }
        self.path.push((v.h, v.w));
        Ok(())
    }

    /// Writes `v`, of static type `ty`; the error is Go's message.
    pub fn value(&mut self, v: Value, ty: TypeId, depth: usize) -> Result<(), String> {
        let Some(d) = self.desc(ty) else {
            self.out.extend_from_slice(b"null");
            return Ok(());
        };
        if d.name == "json.RawMessage" {
            return self.raw(v);
        }
        if d.name == "time.Time" {
            // Its MarshalJSON: RFC 3339 with the nanoseconds that are not zero.
            let ns = crate::rt::timefmt::decode(v.as_int());
            let zone = crate::rt::timefmt::zone_of(&self.c.rt.heap, v.h);
            let s = crate::rt::timefmt::format_in(ns, "2006-01-02T15:04:05.999999999Z07:00", &zone);
            write_string(&mut self.out, s.as_bytes(), false);
            return Ok(());
        }
        if self.marshaler(v, ty) {
            return Ok(());
        }
        match &d.kind {
            TypeKind::Bool => {
                self.out.extend_from_slice(if v.as_bool() { b"true" } else { b"false" })
            }
            TypeKind::Int { bits, signed } => {
                let s = int_text(v, *bits, *signed);
                self.out.extend_from_slice(s.as_bytes());
            }
            TypeKind::Float64 | TypeKind::Float32 => {
                let bits = if matches!(d.kind, TypeKind::Float32) { 32 } else { 64 };
                let s = float_text(v.as_float(), bits)?;
                self.out.extend_from_slice(s.as_bytes());
            }
            TypeKind::String => {
                let b = self.c.rt.heap.bytes(v);
                write_string(&mut self.out, &b, self.escape_html);
            }
            TypeKind::Interface if v.t == 0 => self.out.extend_from_slice(b"null"),
            TypeKind::Interface => {
                let p = payload(self.c, v);
                self.value_at(p, v.t, depth + 1, false)?;
            }
            TypeKind::StructPtr { .. } if v.h == 0 => self.out.extend_from_slice(b"null"),
            TypeKind::StructPtr { elem } => {
                let elem = *elem;
                self.enter(v, ty)?;
                self.value_at(Value { t: 0, ..v }, elem, depth + 1, true)?;
                self.path.pop();
            }
            TypeKind::Pointer if v.h == 0 => self.out.extend_from_slice(b"null"),
            TypeKind::Pointer if d.pointee == 0 => self.out.extend_from_slice(b"{}"),
            TypeKind::Pointer => {
                let pointee = d.pointee;
                let inner = load(self.c, v);
                self.enter(v, ty)?;
                self.value_at(inner, pointee, depth + 1, true)?;
                self.path.pop();
            }
            TypeKind::Slice { elem } => {
                let elem = *elem;
                self.enter(v, ty)?;
                self.slice(v, elem, depth)?;
                self.path.pop();
            }
            TypeKind::Array { elem, len } => {
                let (elem, len) = (*elem, *len as usize);
                let mut items = parts(self.c, v.h);
                items.resize(len, Value::ZERO);
                self.list(&items, elem, depth)?;
            }
            TypeKind::Map { key, elem } => {
                let (key, elem) = (*key, *elem);
                self.enter(v, ty)?;
                self.map(v, key, elem, depth)?;
                self.path.pop();
            }
            TypeKind::Struct { .. } => self.object(v, ty, depth)?,
            TypeKind::Chan { .. }
            | TypeKind::Func
            | TypeKind::Invalid
            | TypeKind::Complex { .. } => {
                return Err(format!("json: unsupported type: {}", d.name));
            }
        }
        Ok(())
    }

    /// json.RawMessage: its bytes as they are (nil is null), compacted as Go does.
    fn raw(&mut self, v: Value) -> Result<(), String> {
        if v.h == 0 {
            self.out.extend_from_slice(b"null");
            return Ok(());
        }
        let b: Vec<u8> = super::call::elems(self.c.rt, v).iter().map(|x| x.w as u8).collect();
        if let Err(e) = super::json_decode::parse(&b) {
            return Err(format!("json: error calling MarshalJSON for type json.RawMessage: {e}"));
        }
        self.out.extend(compact(&b, self.escape_html));
        Ok(())
    }

    fn slice(&mut self, s: Value, elem: TypeId, depth: usize) -> Result<(), String> {
        if s.h == 0 {
            self.out.extend_from_slice(b"null");
            return Ok(());
        }
        let items = super::call::elems(self.c.rt, s);
        let byte_elem = matches!(
            self.desc(elem).map(|d| &d.kind),
            Some(TypeKind::Int { bits: 8, signed: false })
        );
        if byte_elem {
            let b: Vec<u8> = items.iter().map(|x| x.w as u8).collect();
            self.out.push(b'"');
            self.out.extend_from_slice(base64(&b).as_bytes());
            self.out.push(b'"');
            return Ok(());
        }
        let saved = std::mem::replace(&mut self.addr, true);
        let r = self.list(&items, elem, depth);
        self.addr = saved;
        r
    }

    fn list(&mut self, items: &[Value], elem: TypeId, depth: usize) -> Result<(), String> {
        self.out.push(b'[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            self.value(*x, elem, depth + 1)?;
        }
        self.out.push(b']');
        Ok(())
    }

    /// A map: keys are strings or integers, written in the order of their text.
    fn map(&mut self, m: Value, key: TypeId, elem: TypeId, depth: usize) -> Result<(), String> {
        let kd = self.desc(key).map(|d| d.kind.clone());
        let int_key = match kd {
            Some(TypeKind::String) => None,
            Some(TypeKind::Int { bits, signed }) => Some((bits, signed)),
            _ => {
                return Err(format!(
                    "json: unsupported type: {}",
                    self.name(self.map_type(key, elem))
                ))
            }
        };
        if m.h == 0 {
            self.out.extend_from_slice(b"null");
            return Ok(());
        }
        let mut pairs: Vec<(Vec<u8>, Value)> = map_pairs(self.c, m)
            .into_iter()
            .map(|(k, v)| {
                let ks = match int_key {
                    Some((bits, signed)) => int_text(k, bits, signed).into_bytes(),
                    None => self.c.rt.heap.bytes(k).to_vec(),
                };
                (ks, v)
            })
            .collect();
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        self.out.push(b'{');
        for (i, (k, v)) in pairs.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            write_string(&mut self.out, k, self.escape_html);
            self.out.push(b':');
            self.value_at(*v, elem, depth + 1, false)?;
        }
        self.out.push(b'}');
        Ok(())
    }

    /// The type id of a map type with these parts, for messages (0 when unknown).
    fn map_type(&self, key: TypeId, elem: TypeId) -> TypeId {
        self.c
            .rt
            .prog
            .types
            .iter()
            .position(
                |d| matches!(d.kind, TypeKind::Map { key: k, elem: e } if k == key && e == elem),
            )
            .unwrap_or(0) as TypeId
    }

    fn object(&mut self, v: Value, ty: TypeId, depth: usize) -> Result<(), String> {
        let fields = self.fields.get(&self.c.rt.prog, ty);
        self.out.push(b'{');
        let mut first = true;
        for f in fields.iter() {
            let Some(x) = self.field_value(v, ty, &f.path) else { continue };
            if f.omit_empty && self.is_empty(x, f.ty) {
                continue;
            }
            if !first {
                self.out.push(b',');
            }
            first = false;
            write_string(&mut self.out, f.name.as_bytes(), self.escape_html);
            self.out.push(b':');
            if f.quoted {
                let mut inner = Enc::new(self.c, self.escape_html);
                inner.value(x, f.ty, depth + 1)?;
                if matches!(self.desc(f.ty).map(|d| &d.kind), Some(TypeKind::String)) {
                    write_string(&mut self.out, &inner.out, self.escape_html);
                } else {
                    self.out.push(b'"');
                    self.out.extend(inner.out);
                    self.out.push(b'"');
                }
            } else {
                self.value(x, f.ty, depth + 1)?;
            }
        }
        self.out.push(b'}');
        Ok(())
    }

    /// The field at `path` of struct `v` (of type `ty`), through embedded structs and
    /// pointers to them; None when an embedded pointer on the way is nil.
    fn field_value(&self, v: Value, ty: TypeId, path: &[usize]) -> Option<Value> {
        field_at(self.c, v, ty, path)
    }

    /// Go's isEmptyValue, for omitempty.
    fn is_empty(&self, v: Value, ty: TypeId) -> bool {
        match self.desc(ty).map(|d| &d.kind) {
            Some(TypeKind::Bool | TypeKind::Int { .. }) => v.w == 0,
            Some(TypeKind::Float64 | TypeKind::Float32) => v.as_float() == 0.0,
            Some(TypeKind::String) => self.c.rt.heap.bytes(v).is_empty(),
            Some(TypeKind::Slice { .. }) => v.slice_len() == 0,
            Some(TypeKind::Array { len, .. }) => *len == 0,
            Some(TypeKind::Map { .. }) => map_pairs(self.c, v).is_empty(),
            Some(TypeKind::Interface) => v.t == 0,
            Some(
                TypeKind::StructPtr { .. }
                | TypeKind::Pointer
                | TypeKind::Chan { .. }
                | TypeKind::Func,
            ) => v.h == 0 && v.w == 0,
            _ => false,
        }
    }
}

/// The field at `path` (indexes through embedded fields) of struct value `v` of type `ty`.
pub fn field_at(c: &Call, v: Value, ty: TypeId, path: &[usize]) -> Option<Value> {
    let (mut cur, mut cur_ty) = (v, ty);
    for (n, &i) in path.iter().enumerate() {
        let fields = match c.rt.prog.types.get(cur_ty as usize).map(|d| &d.kind) {
            Some(TypeKind::Struct { fields }) => fields,
            _ => return None,
        };
        let fty = fields.get(i)?.1;
        let x = parts(c, cur.h).get(i).copied().unwrap_or_default();
        if n + 1 == path.len() {
            return Some(x);
        }
        match c.rt.prog.types.get(fty as usize).map(|d| &d.kind) {
            Some(TypeKind::StructPtr { elem }) => {
                if x.h == 0 {
                    return None;
                }
                cur_ty = *elem;
            }
            _ => cur_ty = fty,
        }
        cur = x;
    }
    None
}

/// Go's floatEncoder: the shortest text that reads back as the same float, in 'f' form
/// except for magnitudes below 1e-6 or from 1e21 up, which use an exponent ("1e+21",
/// "1e-7"). NaN and infinities are not JSON.
pub fn float_text(f: f64, bits: u8) -> Result<String, String> {
    if f.is_nan() || f.is_infinite() {
        let s = if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "+Inf"
        } else {
            "-Inf"
        };
        return Err(format!("json: unsupported value: {s}"));
    }
    let abs = f.abs();
    let exp_form = if bits == 32 {
        let a = abs as f32;
        a != 0.0 && (a < 1e-6 || a >= 1e21)
    } else {
        abs != 0.0 && (abs < 1e-6 || abs >= 1e21)
    };
    let s = match exp_form {
        false => crate::rt::fmt::shortest_f(f, bits == 32),
        true => crate::rt::fmt::shortest_e(f, bits == 32),
    };
    // Rust writes "1e21" and "1e-7"; Go writes "1e+21" and (after its clean-up) "1e-7".
    Ok(match s.split_once('e') {
        Some((m, e)) if !e.starts_with('-') => format!("{m}e+{e}"),
        _ => s,
    })
}

/// Appends `s` as a JSON string with Go's escaping: control characters, quote and
/// backslash, <, > and & when `html`, U+2028 and U+2029, and invalid UTF-8 as U+FFFD.
pub fn write_string(out: &mut Vec<u8>, s: &[u8], html: bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b < 0x80 {
            let html_char = matches!(b, b'<' | b'>' | b'&');
            match b {
                b'"' | b'\\' => out.extend_from_slice(&[b'\\', b]),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x0c => out.extend_from_slice(b"\\f"),
                _ if b < 0x20 || (html && html_char) => {
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[(b >> 4) as usize]);
                    out.push(HEX[(b & 15) as usize]);
                }
                _ => out.push(b),
            }
            i += 1;
            continue;
        }
        let (ch, n) = decode_rune(&s[i..]);
        match ch {
            None => out.extend_from_slice(b"\\ufffd"),
            Some('\u{2028}') => out.extend_from_slice(b"\\u2028"),
            Some('\u{2029}') => out.extend_from_slice(b"\\u2029"),
            Some(_) => out.extend_from_slice(&s[i..i + n]),
        }
        i += n;
    }
    out.push(b'"');
}

/// The first UTF-8 sequence of `s`: its rune (None when invalid) and its length (1 for
/// an invalid byte, as Go's utf8.DecodeRune).
pub fn decode_rune(s: &[u8]) -> (Option<char>, usize) {
    let n = match s[0] {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return (None, 1),
    };
    match s.get(..n).and_then(|b| std::str::from_utf8(b).ok()) {
        Some(t) => (t.chars().next(), n),
        None => (None, 1),
    }
}

/// Standard base64 with padding ([]byte values are written so).
pub fn base64(src: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in src.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Valid JSON without its insignificant spaces (RawMessage values are written so), with
/// <, > and & escaped inside strings when `html`.
pub fn compact(src: &[u8], html: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len());
    let (mut in_str, mut esc) = (false, false);
    for &b in src {
        if in_str {
            if esc {
                esc = false;
            } else if b == b'\\' {
                esc = true;
            } else if b == b'"' {
                in_str = false;
            } else if html && matches!(b, b'<' | b'>' | b'&') {
                out.extend_from_slice(format!("\\u00{b:02x}").as_bytes());
                continue;
            }
            out.push(b);
        } else if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            in_str = b == b'"';
            out.push(b);
        }
    }
    out
}

/// Go's Indent over compact JSON: each element on a line of its own starting with
/// `prefix` and one `indent` per level; empty objects and arrays stay `{}` and `[]`.
pub fn indent(src: &[u8], prefix: &str, indent: &str) -> Vec<u8> {
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        out.extend_from_slice(prefix.as_bytes());
        for _ in 0..depth {
            out.extend_from_slice(indent.as_bytes());
        }
    };
    let mut out = Vec::with_capacity(src.len() * 2);
    let (mut in_str, mut esc, mut need, mut depth) = (false, false, false, 0usize);
    for &b in src {
        if in_str {
            out.push(b);
            if esc {
                esc = false;
            } else if b == b'\\' {
                esc = true;
            } else if b == b'"' {
                in_str = false;
            }
            continue;
        }
        if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            continue;
        }
        if need && b != b'}' && b != b']' {
            need = false;
            depth += 1;
            newline(&mut out, depth);
        }
        match b {
            b'"' => {
                in_str = true;
                out.push(b);
            }
            b'{' | b'[' => {
                need = true;
                out.push(b);
            }
            b',' => {
                out.push(b);
                newline(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            b'}' | b']' => {
                if need {
                    need = false;
                } else {
                    depth = depth.saturating_sub(1);
                    newline(&mut out, depth);
                }
                out.push(b);
            }
            _ => out.push(b),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_as_go_writes_them() {
        let f = |x: f64| float_text(x, 64).unwrap();
        assert_eq!(f(2.34), "2.34");
        assert_eq!(f(1.0), "1");
        assert_eq!(f(1e21), "1e+21");
        assert_eq!(f(1e20), "100000000000000000000");
        assert_eq!(f(1e-7), "1e-7");
        assert_eq!(f(0.000001), "0.000001");
        assert_eq!(f(-1.5e-10), "-1.5e-10");
        assert_eq!(float_text(2.34f32 as f64, 32).unwrap(), "2.34");
        assert_eq!(float_text(f64::NAN, 64).unwrap_err(), "json: unsupported value: NaN");
    }

    #[test]
    fn strings_escaped_as_go() {
        let mut out = Vec::new();
        write_string(&mut out, b"<a&b>\"\\\n\x01\xff\xe2\x80\xa8", true);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#""\u003ca\u0026b\u003e\"\\\n\u0001\ufffd\u2028""#
        );
    }

    #[test]
    fn indents_as_go() {
        let s = indent(br#"{"a":[1,2],"b":{},"c":[]}"#, ">", "  ");
        assert_eq!(
            String::from_utf8(s).unwrap(),
            "{\n>  \"a\": [\n>    1,\n>    2\n>  ],\n>  \"b\": {},\n>  \"c\": []\n>}"
        );
    }

    #[test]
    fn tags_read_as_reflect_does() {
        assert_eq!(
            tag_lookup(r#"xml:"x" json:"name,omitempty""#, "json").as_deref(),
            Some("name,omitempty")
        );
        assert_eq!(tag_lookup(r#"json:"-""#, "json").as_deref(), Some("-"));
        assert_eq!(tag_lookup(r#"xml:"x""#, "json"), None);
    }
}
