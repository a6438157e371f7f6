//! encoding/json's decoder. As in Go, the whole input is checked first (so a syntax error
//! leaves the target untouched), here by parsing it into a small tree with Go's scanner
//! messages; then the tree is stored into the target, guided by the target's type.
//! Mismatched types do not stop the store: the first one is reported at the end, as Go's
//! `UnmarshalTypeError` ("json: cannot unmarshal string into Go struct field T.age of
//! type int").

use super::call::{Call, Fault};
use super::json_encode::{load, parts, FieldCache};
use crate::rt::map::{GoMap, MapKey};
use crate::rt::obj::Obj;
use crate::vm::op::TypeId;
use crate::vm::program::TypeKind;
use crate::vm::value::Value;

/// A parsed JSON value. Numbers keep their text: the target's type decides how to read it.
#[derive(Debug, Clone)]
pub enum Json {
    Null,
    Bool(bool),
    Num(String),
    Str(Vec<u8>, Span),
    Arr(Vec<Json>, Span),
    Obj(Vec<(Vec<u8>, Json)>, Span),
}

/// Where a value's text is in the input (start, end), for json.RawMessage targets.
pub type Span = (usize, usize);

/// Why parsing stopped.
#[derive(Debug, PartialEq)]
pub enum ParseError {
    /// The input ended inside a value.
    Eof,
    /// Go's SyntaxError message.
    Syntax(String),
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            ParseError::Eof => f.write_str("unexpected end of JSON input"),
            ParseError::Syntax(s) => f.write_str(s),
        }
    }
}

/// The deepest nesting of arrays and objects gopark parses (see `Parser::nested`).
const MAX_NEST: usize = 1000;

/// Go's quoteChar: the byte as a quoted rune ('x', '\n', '\'').
fn quote_char(c: u8) -> String {
    crate::rt::fmt::quote_rune(c as char, false)
}

fn invalid(c: u8, context: &str) -> ParseError {
    ParseError::Syntax(format!("invalid character {} {context}", quote_char(c)))
}

/// A whole JSON text: one value, then only spaces.
pub fn parse(src: &[u8]) -> Result<Json, ParseError> {
    let mut p = Parser { s: src, i: 0, depth: 0, whole: true };
    let v = p.value()?;
    p.space();
    match p.peek() {
        None => Ok(v),
        Some(c) => Err(invalid(c, "after top-level value")),
    }
}

/// The first value of a stream (json.Decoder) and the bytes it took; None when only
/// spaces are left.
pub fn parse_prefix(src: &[u8]) -> Result<Option<(Json, usize)>, ParseError> {
    let mut p = Parser { s: src, i: 0, depth: 0, whole: false };
    p.space();
    if p.peek().is_none() {
        return Ok(None);
    }
    let v = p.value()?;
    Ok(Some((v, p.i)))
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
    /// The input is the whole text (Unmarshal): its end reads as a space inside a literal
    /// or number, as Go's scanner.eof does ("nul" is "invalid character ' ' in literal
    /// null"). A stream's (Decoder) may go on.
    whole: bool,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn next(&mut self) -> Result<u8, ParseError> {
        let c = self.peek().ok_or(ParseError::Eof)?;
        self.i += 1;
        Ok(c)
    }
    /// The next byte of a literal or number.
    fn next_in_token(&mut self) -> Result<u8, ParseError> {
        match self.peek() {
            None if self.whole => Ok(b' '),
            _ => self.next(),
        }
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<Json, ParseError> {
        self.space();
        let c = self.next()?;
        match c {
            b'{' => self.nested(|p| p.object()),
            b'[' => self.nested(|p| p.array()),
            b'"' => {
                let start = self.i - 1;
                let s = self.string()?;
                Ok(Json::Str(s, (start, self.i)))
            }
            b'-' | b'0'..=b'9' => self.number(c),
            b't' => self.literal(b"true", Json::Bool(true)),
            b'f' => self.literal(b"false", Json::Bool(false)),
            b'n' => self.literal(b"null", Json::Null),
            _ => Err(invalid(c, "looking for beginning of value")),
        }
    }

    /// Go's scanner refuses nesting deeper than 10000 ("exceeded max depth"). The parse and
    /// the store recurse on the M's stack (2 MiB natively), so gopark stops at
    /// `MAX_NEST`, well within it, and says so.
    fn nested(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<Json, ParseError>,
    ) -> Result<Json, ParseError> {
        self.depth += 1;
        if self.depth > MAX_NEST {
            return Err(ParseError::Syntax(format!(
                "gopark: JSON nested more than {MAX_NEST} levels deep is not supported yet"
            )));
        }
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn object(&mut self) -> Result<Json, ParseError> {
        let start = self.i - 1;
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Json::Obj(items, (start, self.i)));
        }
        loop {
            self.space();
            let c = self.next()?;
            if c != b'"' {
                return Err(invalid(c, "looking for beginning of object key string"));
            }
            let key = self.string()?;
            self.space();
            let c = self.next()?;
            if c != b':' {
                return Err(invalid(c, "after object key"));
            }
            let v = self.value()?;
            items.push((key, v));
            self.space();
            match self.next()? {
                b',' => {}
                b'}' => return Ok(Json::Obj(items, (start, self.i))),
                c => return Err(invalid(c, "after object key:value pair")),
            }
        }
    }

    fn array(&mut self) -> Result<Json, ParseError> {
        let start = self.i - 1;
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Json::Arr(items, (start, self.i)));
        }
        loop {
            items.push(self.value()?);
            self.space();
            match self.next()? {
                b',' => {}
                b']' => return Ok(Json::Arr(items, (start, self.i))),
                c => return Err(invalid(c, "after array element")),
            }
        }
    }

    fn literal(&mut self, word: &[u8], v: Json) -> Result<Json, ParseError> {
        for &want in &word[1..] {
            let c = self.next_in_token()?;
            if c != want {
                let name = std::str::from_utf8(word).unwrap_or("");
                return Err(invalid(
                    c,
                    &format!("in literal {name} (expecting {})", quote_char(want)),
                ));
            }
        }
        Ok(v)
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
    }

    fn number(&mut self, first: u8) -> Result<Json, ParseError> {
        let start = self.i - 1;
        let mut c = first;
        if c == b'-' {
            c = self.next_in_token()?;
            if !c.is_ascii_digit() {
                return Err(invalid(c, "in numeric literal"));
            }
        }
        if c != b'0' {
            self.digits();
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            let c = self.next_in_token()?;
            if !c.is_ascii_digit() {
                return Err(invalid(c, "after decimal point in numeric literal"));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            let mut c = self.next_in_token()?;
            if c == b'+' || c == b'-' {
                c = self.next_in_token()?;
            }
            if !c.is_ascii_digit() {
                return Err(invalid(c, "in exponent of numeric literal"));
            }
            self.digits();
        }
        Ok(Json::Num(String::from_utf8_lossy(&self.s[start..self.i]).into_owned()))
    }

    /// A string after its opening quote: escapes decoded, invalid UTF-8 and lone
    /// surrogates as U+FFFD (Go's unquote).
    fn string(&mut self) -> Result<Vec<u8>, ParseError> {
        let mut out = Vec::new();
        loop {
            let c = self.next()?;
            match c {
                b'"' => return Ok(out),
                b'\\' => self.escape(&mut out)?,
                0..=0x1f => return Err(invalid(c, "in string literal")),
                0x80.. => {
                    let (ch, n) = super::json_encode::decode_rune(&self.s[self.i - 1..]);
                    match ch {
                        Some(_) => out.extend_from_slice(&self.s[self.i - 1..self.i - 1 + n]),
                        None => out.extend_from_slice("\u{fffd}".as_bytes()),
                    }
                    self.i += n - 1;
                }
                _ => out.push(c),
            }
        }
    }

    fn escape(&mut self, out: &mut Vec<u8>) -> Result<(), ParseError> {
        let c = self.next()?;
        let b = match c {
            b'"' | b'\\' | b'/' => c,
            b'b' => 8,
            b'f' => 12,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let r = self.hex4()?;
                let ch = if (0xd800..0xdc00).contains(&r) && self.s[self.i..].starts_with(b"\\u") {
                    let save = self.i;
                    self.i += 2;
                    let lo = self.hex4()?;
                    if (0xdc00..0xe000).contains(&lo) {
                        char::from_u32(0x10000 + ((r - 0xd800) << 10) + (lo - 0xdc00))
                    } else {
                        self.i = save;
                        None
                    }
                } else {
                    char::from_u32(r)
                };
                let ch = ch.unwrap_or('\u{fffd}');
                let mut buf = [0; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                return Ok(());
            }
            _ => return Err(invalid(c, "in string escape code")),
        };
        out.push(b);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut r = 0;
        for _ in 0..4 {
            let c = self.next()?;
            let d = (c as char)
                .to_digit(16)
                .ok_or_else(|| invalid(c, "in \\u hexadecimal character escape"))?;
            r = r * 16 + d;
        }
        Ok(r)
    }
}

/// The store of a parsed value into Go values, with Go's error context.
pub struct Dec<'c, 'a> {
    pub c: &'c mut Call<'a>,
    /// The input the value was parsed from (its spans point here).
    src: &'c [u8],
    /// The first type mismatch, as Go's message.
    pub err: Option<String>,
    /// The innermost struct's name and the JSON names of the fields on the way.
    ctx_struct: String,
    ctx_fields: Vec<String>,
    /// The program's UnmarshalJSON/UnmarshalText methods to call after the store, in order.
    pub calls: Vec<Unmarshal>,
    /// Decoder.DisallowUnknownFields: a key that names no field is an error.
    pub disallow_unknown: bool,
    fields: FieldCache,
}

/// A call of the program's unmarshaler: the receiver (a pointer into the target, as an
/// interface value of its pointer type), the value's JSON text (or a string's contents for
/// UnmarshalText), and which method.
pub struct Unmarshal {
    pub recv: Value,
    pub data: Vec<u8>,
    pub text: bool,
}

impl<'c, 'a> Dec<'c, 'a> {
    pub fn new(c: &'c mut Call<'a>, src: &'c [u8]) -> Self {
        Dec {
            c,
            src,
            err: None,
            ctx_struct: String::new(),
            ctx_fields: Vec::new(),
            calls: Vec::new(),
            disallow_unknown: false,
            fields: FieldCache::default(),
        }
    }

    fn kind(&self, ty: TypeId) -> TypeKind {
        self.c.rt.prog.types.get(ty as usize).map_or(TypeKind::Invalid, |d| d.kind.clone())
    }

    /// Which unmarshaler method pointer type `pt` has: Some(false) for UnmarshalJSON,
    /// Some(true) for UnmarshalText.
    fn unmarshaler_of(&self, pt: TypeId) -> Option<bool> {
        let prog = &self.c.rt.prog;
        let d = prog.types.get(pt as usize)?;
        let has = |name: &str| {
            d.methods.iter().any(|(sel, _)| {
                prog.selectors
                    .get(*sel as usize)
                    .is_some_and(|s| s.strip_prefix(name).is_some_and(|r| r.starts_with('(')))
            })
        };
        if has("UnmarshalJSON") {
            Some(false)
        } else if has("UnmarshalText") {
            Some(true)
        } else {
            None
        }
    }

    /// The pointer type *T of `ty` when it has an unmarshaler method.
    fn pointer_with_unmarshaler(&self, ty: TypeId) -> Option<TypeId> {
        let prog = &self.c.rt.prog;
        let pt = prog.types.iter().enumerate().position(|(i, p)| {
            i != 0
                && match p.kind {
                    TypeKind::StructPtr { elem } => elem == ty,
                    TypeKind::Pointer => p.pointee == ty,
                    _ => false,
                }
                && self.unmarshaler_of(i as TypeId).is_some()
        })?;
        Some(pt as TypeId)
    }

    /// Queues the call of `recv`'s unmarshaler with `j` when its type has one (a JSON
    /// null is left to the store, and UnmarshalText takes only strings).
    fn call_unmarshaler(&mut self, j: &Json, recv: Value) -> bool {
        let Some(text) = self.unmarshaler_of(recv.t) else { return false };
        if matches!(j, Json::Null) {
            return false;
        }
        let data = match (j, text) {
            (Json::Str(s, _), true) => s.clone(),
            (_, true) => {
                self.mismatch(json_kind(j), recv.t);
                return true;
            }
            _ => self.raw(j),
        };
        self.calls.push(Unmarshal { recv, data, text });
        true
    }

    /// A value's text as it was written.
    fn raw(&self, j: &Json) -> Vec<u8> {
        match j {
            Json::Null => b"null".to_vec(),
            Json::Bool(true) => b"true".to_vec(),
            Json::Bool(false) => b"false".to_vec(),
            Json::Num(n) => n.as_bytes().to_vec(),
            Json::Str(_, (a, b)) | Json::Arr(_, (a, b)) | Json::Obj(_, (a, b)) => {
                self.src.get(*a..*b).unwrap_or(&[]).to_vec()
            }
        }
    }

    /// Records a mismatch (the first one is reported).
    fn mismatch(&mut self, what: &str, ty: TypeId) {
        if self.err.is_some() {
            return;
        }
        let tname = self.c.rt.prog.type_name(ty).to_string();
        self.err = Some(if self.ctx_struct.is_empty() && self.ctx_fields.is_empty() {
            format!("json: cannot unmarshal {what} into Go value of type {tname}")
        } else {
            format!(
                "json: cannot unmarshal {what} into Go struct field {}.{} of type {tname}",
                self.ctx_struct,
                self.ctx_fields.join(".")
            )
        });
    }

    /// Stores `j` through pointer `p` (of type `pty`): Unmarshal's and Decode's target.
    pub fn store_through(&mut self, j: &Json, p: Value, pty: TypeId) -> Result<(), Fault> {
        if self.call_unmarshaler(j, Value { t: pty, ..p }) {
            return Ok(());
        }
        match self.kind(pty) {
            TypeKind::StructPtr { elem } => {
                self.value(j, elem, Value { t: 0, ..p })?;
            }
            TypeKind::Pointer => {
                let pointee = self.c.rt.prog.types[pty as usize].pointee;
                let old = load(self.c, p);
                let v = self.value(j, pointee, old)?;
                self.c.update(p, |_| v)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// The value of type `ty` that `j` makes, given the target's current value `old`
    /// (structs, arrays and maps are filled in place, as Go does).
    pub fn value(&mut self, j: &Json, ty: TypeId, old: Value) -> Result<Value, Fault> {
        let kind = self.kind(ty);
        if let Json::Null = j {
            return Ok(match kind {
                TypeKind::Interface
                | TypeKind::Pointer
                | TypeKind::StructPtr { .. }
                | TypeKind::Map { .. }
                | TypeKind::Slice { .. } => Value::ZERO,
                _ => old,
            });
        }
        if self.c.rt.prog.type_name(ty) == "json.RawMessage" {
            let text = self.raw(j);
            return super::crypto::new_byte_slice(self.c, &text);
        }
        match kind {
            TypeKind::Interface => {
                if !self.c.rt.prog.types[ty as usize].iface.is_empty() {
                    self.mismatch(json_kind(j), ty);
                    return Ok(old);
                }
                self.any(j)
            }
            TypeKind::StructPtr { elem } => {
                let target = if old.h == 0 { zero(self.c, elem)? } else { old };
                if !self.call_unmarshaler(j, Value { t: ty, ..target }) {
                    self.value(j, elem, target)?;
                }
                Ok(Value { t: 0, ..target })
            }
            TypeKind::Struct { .. } if self.pointer_with_unmarshaler(ty).is_some() => {
                let target = if old.h == 0 { zero(self.c, ty)? } else { old };
                let pt = self.pointer_with_unmarshaler(ty).unwrap_or(0);
                self.call_unmarshaler(j, Value { t: pt, w: 0, ..target });
                Ok(Value { t: 0, ..target })
            }
            TypeKind::Pointer => {
                let pointee = self.c.rt.prog.types[ty as usize].pointee;
                let inner = if old.h == 0 { zero(self.c, pointee)? } else { load(self.c, old) };
                let v = self.value(j, pointee, inner)?;
                if old.h == 0 {
                    return self.c.alloc(Obj::Cell(v));
                }
                self.c.update(old, |_| v)?;
                Ok(old)
            }
            TypeKind::Struct { .. } => self.object(j, ty, old),
            TypeKind::Map { key, elem } => self.map(j, ty, key, elem, old),
            TypeKind::Slice { elem } => self.slice(j, ty, elem, old),
            TypeKind::Array { elem, len } => self.array(j, ty, elem, len as usize, old),
            _ => Ok(self.literal(j, ty, &kind, old)?.unwrap_or(old)),
        }
    }

    /// A bool, number or string into a basic type; None (keep the old value) on mismatch.
    fn literal(
        &mut self,
        j: &Json,
        ty: TypeId,
        kind: &TypeKind,
        old: Value,
    ) -> Result<Option<Value>, Fault> {
        let _ = old;
        Ok(match (j, kind) {
            (Json::Bool(b), TypeKind::Bool) => Some(Value::bool(*b)),
            (Json::Str(s, _), TypeKind::String) => Some(self.c.new_bytes(s)?),
            (Json::Num(n), TypeKind::Int { bits, signed }) => match parse_int(n, *bits, *signed) {
                Some(v) => Some(v),
                None => {
                    self.mismatch(&format!("number {n}"), ty);
                    None
                }
            },
            (Json::Num(n), TypeKind::Float64 | TypeKind::Float32) => {
                let f32_ = matches!(kind, TypeKind::Float32);
                match n.parse::<f64>() {
                    Ok(f) if f.is_finite() && !(f32_ && (f as f32).is_infinite()) => {
                        Some(Value::float(if f32_ { f as f32 as f64 } else { f }))
                    }
                    _ => {
                        self.mismatch(&format!("number {n}"), ty);
                        None
                    }
                }
            }
            _ => {
                self.mismatch(json_kind(j), ty);
                None
            }
        })
    }

    /// A value for an empty interface: map[string]interface{}, []interface{}, float64,
    /// string, bool or nil.
    fn any(&mut self, j: &Json) -> Result<Value, Fault> {
        let id = |c: &Call, name: &str| c.type_id(name);
        Ok(match j {
            Json::Null => Value::ZERO,
            Json::Bool(b) => Value { t: id(self.c, "bool"), ..Value::bool(*b) },
            Json::Num(n) => match n.parse::<f64>() {
                Ok(f) if f.is_finite() => Value { t: id(self.c, "float64"), ..Value::float(f) },
                _ => {
                    let t = id(self.c, "float64");
                    self.mismatch(&format!("number {n}"), t);
                    Value::ZERO
                }
            },
            Json::Str(s, _) => {
                let v = self.c.new_bytes(s)?;
                Value { t: id(self.c, "string"), ..v }
            }
            Json::Arr(items, _) => {
                let mut elems = Vec::with_capacity(items.len());
                for x in items {
                    elems.push(self.any(x)?);
                }
                let s = self.c.new_slice(elems)?;
                let mut boxed = self.c.alloc(Obj::Cell(s))?;
                boxed.t = id(self.c, "[]interface {}");
                boxed
            }
            Json::Obj(items, _) => {
                let m = self.c.alloc(Obj::Map(Box::new(GoMap::new())))?;
                for (k, x) in items {
                    let v = self.any(x)?;
                    let kv = self.c.new_bytes(k)?;
                    insert(self.c, m, kv, MapKey::Str(k.clone().into()), v);
                }
                Value { t: id(self.c, "map[string]interface {}"), ..m }
            }
        })
    }

    /// An object into a struct: each key to the field of that JSON name (exactly, else
    /// ignoring case); unknown keys are skipped.
    fn object(&mut self, j: &Json, ty: TypeId, old: Value) -> Result<Value, Fault> {
        let Json::Obj(items, _) = j else {
            self.mismatch(json_kind(j), ty);
            return Ok(old);
        };
        let target = if old.h == 0 { zero(self.c, ty)? } else { old };
        let fields = self.fields.get(&self.c.rt.prog, ty);
        let sname = self.c.rt.prog.type_name(ty);
        let sname = sname.rsplit('.').next().unwrap_or("").to_string();
        for (k, x) in items {
            let key = String::from_utf8_lossy(k);
            let f = fields
                .iter()
                .find(|f| f.name == key)
                .or_else(|| fields.iter().find(|f| f.name.to_lowercase() == key.to_lowercase()));
            let Some(f) = f else {
                if self.disallow_unknown && self.err.is_none() {
                    self.err = Some(format!("json: unknown field {}", crate::rt::fmt::quote(&key)));
                }
                continue;
            };
            let (saved_struct, depth) =
                (std::mem::replace(&mut self.ctx_struct, sname.clone()), self.ctx_fields.len());
            self.ctx_fields.push(f.name.clone());
            let x = if f.quoted { unquote_option(x) } else { x.clone() };
            self.field(&x, target, ty, &f.path, f.ty)?;
            self.ctx_fields.truncate(depth);
            self.ctx_struct = saved_struct;
        }
        Ok(target)
    }

    /// Stores `j` into the field at `path` of struct object `obj`, making the embedded
    /// structs that nil pointers on the way stand for.
    fn field(
        &mut self,
        j: &Json,
        obj: Value,
        ty: TypeId,
        path: &[usize],
        fty: TypeId,
    ) -> Result<(), Fault> {
        let Some((cur, i)) = field_slot(self.c, obj, ty, path)? else { return Ok(()) };
        let x = parts(self.c, cur.h).get(i).copied().unwrap_or_default();
        let by_method = !matches!(self.kind(fty), TypeKind::Struct { .. })
            && !matches!(j, Json::Null)
            && self.pointer_with_unmarshaler(fty).is_some_and(|pt| {
                self.call_unmarshaler(j, Value { h: cur.h, w: i as u64 + 1, t: pt })
            });
        if !by_method {
            let v = self.value(j, fty, x)?;
            set_part(self.c, cur.h, i, v);
        }
        Ok(())
    }

    fn map(
        &mut self,
        j: &Json,
        ty: TypeId,
        key: TypeId,
        elem: TypeId,
        old: Value,
    ) -> Result<Value, Fault> {
        let Json::Obj(items, _) = j else {
            self.mismatch(json_kind(j), ty);
            return Ok(old);
        };
        let int_key = match self.kind(key) {
            TypeKind::String => None,
            TypeKind::Int { bits, signed } => Some((bits, signed)),
            _ => {
                self.mismatch(json_kind(j), ty);
                return Ok(old);
            }
        };
        let m = if old.h == 0 { self.c.alloc(Obj::Map(Box::new(GoMap::new())))? } else { old };
        for (k, x) in items {
            let (kv, mk) = match int_key {
                None => (self.c.new_bytes(k)?, MapKey::Str(k.clone().into())),
                Some((bits, signed)) => {
                    let text = String::from_utf8_lossy(k).into_owned();
                    match parse_int(&text, bits, signed) {
                        Some(v) => (v, MapKey::Word(v.w)),
                        None => {
                            self.mismatch(&format!("number {text}"), key);
                            continue;
                        }
                    }
                }
            };
            let z = zero(self.c, elem)?;
            let v = self.value(x, elem, z)?;
            insert(self.c, m, kv, mk, v);
        }
        Ok(Value { t: 0, ..m })
    }

    fn slice(&mut self, j: &Json, ty: TypeId, elem: TypeId, old: Value) -> Result<Value, Fault> {
        let byte_elem = matches!(self.kind(elem), TypeKind::Int { bits: 8, signed: false });
        match j {
            Json::Str(s, _) if byte_elem => match base64_decode(s) {
                Ok(b) => super::crypto::new_byte_slice(self.c, &b),
                Err(at) => {
                    if self.err.is_none() {
                        self.err = Some(format!("illegal base64 data at input byte {at}"));
                    }
                    Ok(old)
                }
            },
            Json::Arr(items, _) => {
                let mut elems = Vec::with_capacity(items.len());
                for x in items {
                    let z = zero(self.c, elem)?;
                    elems.push(self.value(x, elem, z)?);
                }
                if elems.is_empty() {
                    // `[]` is an empty slice, not nil.
                    let a = self.c.alloc(Obj::Array(Vec::new()))?;
                    return Ok(Value::slice(a.h, 0, 0, 0));
                }
                self.c.new_slice(elems)
            }
            _ => {
                self.mismatch(json_kind(j), ty);
                Ok(old)
            }
        }
    }

    fn array(
        &mut self,
        j: &Json,
        ty: TypeId,
        elem: TypeId,
        len: usize,
        old: Value,
    ) -> Result<Value, Fault> {
        let Json::Arr(items, _) = j else {
            self.mismatch(json_kind(j), ty);
            return Ok(old);
        };
        let target = if old.h == 0 { zero(self.c, ty)? } else { old };
        let cur = parts(self.c, target.h);
        for i in 0..len {
            let v = match items.get(i) {
                Some(x) => {
                    let o = cur.get(i).copied().unwrap_or_default();
                    self.value(x, elem, o)?
                }
                None => zero(self.c, elem)?,
            };
            set_part(self.c, target.h, i, v);
        }
        Ok(target)
    }
}

/// Go's name for what a JSON value is, in type errors.
fn json_kind(j: &Json) -> &'static str {
    match j {
        Json::Null => "null",
        Json::Bool(_) => "bool",
        Json::Num(_) => "number",
        Json::Str(..) => "string",
        Json::Arr(..) => "array",
        Json::Obj(..) => "object",
    }
}

/// `,string` fields hold their value inside a JSON string.
fn unquote_option(j: &Json) -> Json {
    match j {
        Json::Str(s, _) => parse(s).unwrap_or_else(|_| j.clone()),
        _ => j.clone(),
    }
}

/// An integer literal that fits `bits` (strconv.ParseInt/ParseUint and Go's overflow check).
pub fn parse_int(n: &str, bits: u8, signed: bool) -> Option<Value> {
    let bits = bits.clamp(8, 64) as u32;
    if signed {
        let v: i64 = n.parse().ok()?;
        let (lo, hi) = if bits == 64 {
            (i64::MIN, i64::MAX)
        } else {
            (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1)
        };
        (lo..=hi).contains(&v).then(|| Value::int(v))
    } else {
        let v: u64 = n.parse().ok()?;
        (bits == 64 || v < 1u64 << bits).then_some(Value { w: v, h: 0, t: 0 })
    }
}

/// Standard base64 with padding, as Go's decoder reads []byte fields; Err(offset).
fn base64_decode(s: &[u8]) -> Result<Vec<u8>, usize> {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let body: Vec<u8> = s.iter().copied().filter(|&b| b != b'\n' && b != b'\r').collect();
    if body.len() % 4 != 0 {
        return Err(body.len() / 4 * 4);
    }
    for (q, chunk) in body.chunks(4).enumerate() {
        let mut n = 0u32;
        let mut pad = 0;
        for (k, &b) in chunk.iter().enumerate() {
            let v = if b == b'=' && k >= 2 && q + 1 == body.len() / 4 {
                pad += 1;
                0
            } else if pad > 0 {
                return Err(q * 4 + k);
            } else {
                A.iter().position(|&a| a == b).ok_or(q * 4 + k)? as u32
            };
            n = n << 6 | v;
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - pad]);
    }
    Ok(out)
}

/// m[k] = v in map object `m`.
fn insert(c: &Call, m: Value, k: Value, mk: MapKey, v: Value) {
    if let Obj::Map(mp) = &mut *c.rt.heap.lock(m.h) {
        mp.insert(k, Some(mk), v);
    }
}

/// The object holding the field at `path` (indexes through embedded fields) of struct
/// object `obj` of type `ty`, and the field's index in it; the embedded structs that nil
/// pointers on the way stand for are made (and stored), as Go's decoders make them.
pub fn field_slot(
    c: &mut Call,
    obj: Value,
    ty: TypeId,
    path: &[usize],
) -> Result<Option<(Value, usize)>, Fault> {
    let kind = |c: &Call, t: TypeId| {
        c.rt.prog.types.get(t as usize).map_or(TypeKind::Invalid, |d| d.kind.clone())
    };
    let (mut cur, mut cur_ty) = (obj, ty);
    for (n, &i) in path.iter().enumerate() {
        let TypeKind::Struct { fields } = kind(c, cur_ty) else { return Ok(None) };
        let Some(&(_, t)) = fields.get(i) else { return Ok(None) };
        if n + 1 == path.len() {
            return Ok(Some((cur, i)));
        }
        let x = parts(c, cur.h).get(i).copied().unwrap_or_default();
        match kind(c, t) {
            TypeKind::StructPtr { elem } => {
                cur = if x.h == 0 {
                    let z = zero(c, elem)?;
                    set_part(c, cur.h, i, z);
                    z
                } else {
                    x
                };
                cur_ty = elem;
            }
            _ => (cur, cur_ty) = (x, t),
        }
    }
    Ok(None)
}

/// Sets field or element `i` of object `h`.
pub fn set_part(c: &Call, h: u32, i: usize, v: Value) {
    if h == 0 {
        return;
    }
    if let Obj::Struct(f) | Obj::Array(f) = &mut *c.rt.heap.lock(h) {
        if let Some(slot) = f.get_mut(i) {
            *slot = v;
        }
    }
}

/// The zero value of type `ty` as a struct field holds it: structs and arrays are objects
/// of their own (with sync objects and library cells made), other types the zero Value.
pub fn zero(c: &mut Call, ty: TypeId) -> Result<Value, Fault> {
    let Some(d) = c.rt.prog.types.get(ty as usize) else { return Ok(Value::ZERO) };
    match (&d.kind, d.name.as_str()) {
        (TypeKind::Struct { fields }, _) => {
            let tys: Vec<TypeId> = fields.iter().map(|f| f.1).collect();
            let mut vals = Vec::with_capacity(tys.len());
            for t in tys {
                vals.push(zero(c, t)?);
            }
            c.alloc(Obj::Struct(vals))
        }
        (TypeKind::Array { elem, len }, _) => {
            let (elem, len) = (*elem, *len as usize);
            let mut vals = Vec::with_capacity(len.min(1 << 20));
            for _ in 0..len {
                vals.push(zero(c, elem)?);
            }
            c.alloc(Obj::Array(vals))
        }
        (_, "sync.Mutex") => c.alloc(Obj::Mutex(Default::default())),
        (_, "sync.WaitGroup") => c.alloc(Obj::WaitGroup(Default::default())),
        (_, name) if super::is_cell_type(name) => c.alloc(Obj::Cell(Value::ZERO)),
        _ => Ok(Value::ZERO),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(s: &str) -> String {
        parse(s.as_bytes()).unwrap_err().to_string()
    }

    #[test]
    fn syntax_errors_in_go_words() {
        assert_eq!(err(""), "unexpected end of JSON input");
        assert_eq!(err("{\"a\":1"), "unexpected end of JSON input");
        assert_eq!(err("x"), "invalid character 'x' looking for beginning of value");
        assert_eq!(err("{\"a\" 1}"), "invalid character '1' after object key");
        assert_eq!(err("{\"a\":1 \"b\"}"), "invalid character '\"' after object key:value pair");
        assert_eq!(err("[1 2]"), "invalid character '2' after array element");
        assert_eq!(
            err("{a:1}"),
            "invalid character 'a' looking for beginning of object key string"
        );
        assert_eq!(err("tru"), "invalid character ' ' in literal true (expecting 'e')");
        assert_eq!(err("[\"ab"), "unexpected end of JSON input");
        assert_eq!(err("trux"), "invalid character 'x' in literal true (expecting 'e')");
        assert_eq!(err("1 2"), "invalid character '2' after top-level value");
        assert_eq!(err("-x"), "invalid character 'x' in numeric literal");
        assert_eq!(err("1.x"), "invalid character 'x' after decimal point in numeric literal");
        assert_eq!(err("\"\\x\""), "invalid character 'x' in string escape code");
        assert_eq!(err("\"a\nb\""), "invalid character '\\n' in string literal");
        assert_eq!(err("'a'"), "invalid character '\\'' looking for beginning of value");
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(err(&deep).contains("not supported yet"));
        let ok = format!("{}{}", "[".repeat(MAX_NEST), "]".repeat(MAX_NEST));
        assert!(parse(ok.as_bytes()).is_ok());
    }

    #[test]
    fn strings_decoded() {
        let Ok(Json::Str(s, _)) = parse(br#""a\u00e9\ud83d\ude00\n""#) else { panic!() };
        assert_eq!(String::from_utf8(s).unwrap(), "a\u{e9}\u{1f600}\n");
    }

    #[test]
    fn base64_round_trip() {
        assert_eq!(base64_decode(b"aGk=").unwrap(), b"hi");
        assert_eq!(base64_decode(b"aGV5").unwrap(), b"hey");
        assert!(base64_decode(b"a").is_err());
    }
}
