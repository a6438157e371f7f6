//! encoding/xml's decoder: a parser of one document's root element into a small tree,
//! with the messages of Go's Decoder in strict mode ("XML syntax error on line N: ..."),
//! then the store of that tree into Go values guided by the target's type, as read.go's
//! unmarshal does it (attributes to `,attr` fields, child elements to fields by name and
//! `a>b` paths, repeated elements appended to slices, character data, comments and inner
//! XML to their fields, unknown elements skipped).
//!
//! Differences: a syntax error leaves the target untouched (Go has stored what came
//! before it); namespace prefixes are resolved from xmlns attributes in scope, as Go does,
//! but DOCTYPE internal subsets are skipped without checking.

use super::call::{Call, Fault};
use super::json_decode::{field_slot, set_part, zero};
use super::json_encode::{load, parts};
use super::xml::{in_char_range, is_byte, type_info, Mode, TypeInfo, XmlField};
use crate::rt::obj::Obj;
use crate::vm::op::TypeId;
use crate::vm::program::TypeKind;
use crate::vm::value::Value;

/// An element: its name (namespace, local), attributes (namespace, local, value), its
/// content, and the span of its inner XML in the input.
#[derive(Debug, Default)]
pub struct Elem {
    space: String,
    local: String,
    attrs: Vec<(String, String, Vec<u8>)>,
    children: Vec<Node>,
    inner: (usize, usize),
    /// Its end tag was read (a syntax error inside it leaves it incomplete: what came
    /// before the error is stored, as Go's streaming decoder stores it, but not its
    /// character data, which Go stores at the end tag).
    complete: bool,
}

/// A syntax error inside an element: the element as far as it was read (None when the
/// error is in its start tag) and Go's message.
struct Partial {
    elem: Option<Elem>,
    msg: String,
}

#[derive(Debug)]
enum Node {
    Elem(Elem),
    Text(Vec<u8>),
    Comment(Vec<u8>),
}

/// How deep elements may nest (the parser and the store recurse on the M's stack).
const MAX_NEST: usize = 400;

struct Parser<'a> {
    src: &'a [u8],
    pos: usize,
    line: usize,
    /// The namespace prefixes in scope, innermost last.
    ns: Vec<(String, String)>,
}

type PResult<T> = Result<T, String>;

impl<'a> Parser<'a> {
    fn err<T>(&self, msg: &str) -> PResult<T> {
        Err(format!("XML syntax error on line {}: {msg}", self.line))
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn next(&mut self) -> PResult<u8> {
        let Some(b) = self.peek() else { return self.err("unexpected EOF") };
        self.pos += 1;
        if b == b'\n' {
            self.line += 1;
        }
        Ok(b)
    }

    fn starts(&self, s: &[u8]) -> bool {
        self.src[self.pos..].starts_with(s)
    }

    /// Consumes up to and including `end`; the bytes before it.
    fn until(&mut self, end: &[u8]) -> PResult<Vec<u8>> {
        let start = self.pos;
        while !self.starts(end) {
            self.next()?;
        }
        let got = self.src[start..self.pos].to_vec();
        for _ in 0..end.len() {
            self.next()?;
        }
        Ok(got)
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            let _ = self.next();
        }
    }

    /// A name: None when there is none; Go's "invalid XML name" when its first
    /// character may not start one.
    fn checked_name(&mut self) -> PResult<Option<String>> {
        let start = self.pos;
        match self.name() {
            Some(n) => Ok(Some(n)),
            None if self.pos > start => {
                let raw = String::from_utf8_lossy(&self.src[start..self.pos]).into_owned();
                self.err(&format!("invalid XML name: {raw}"))
            }
            None => Ok(None),
        }
    }

    fn name(&mut self) -> Option<String> {
        let start = self.pos;
        while let Some(b) = self.peek() {
            let ok =
                b >= 0x80 || b.is_ascii_alphanumeric() || matches!(b, b'_' | b':' | b'.' | b'-');
            if !ok {
                break;
            }
            self.pos += 1;
        }
        let n = &self.src[start..self.pos];
        let first_ok = n.first().is_some_and(|&b| !(b.is_ascii_digit() || b == b'.' || b == b'-'));
        (first_ok).then(|| String::from_utf8_lossy(n).into_owned())
    }

    /// The document's root element: what comes before it (declarations, comments, a
    /// DOCTYPE, text) is skipped. None when the input ends first.
    fn document(&mut self) -> (Option<Elem>, Option<String>) {
        match self.prolog() {
            Ok(false) => (None, None),
            Err(msg) => (None, Some(msg)),
            Ok(true) => match self.element(0) {
                Ok(e) => (Some(e), None),
                Err(p) => (p.elem, Some(p.msg)),
            },
        }
    }

    /// Skips to the root element's `<` (consumed): false when the input ends first.
    fn prolog(&mut self) -> PResult<bool> {
        loop {
            match self.peek() {
                None => return Ok(false),
                Some(b'<') => {}
                Some(_) => {
                    self.text(b"")?;
                    continue;
                }
            }
            if self.starts(b"<?") {
                self.until(b"?>")?;
            } else if self.starts(b"<!--") {
                self.pos += 4;
                self.until(b"-->")?;
            } else if self.starts(b"<!") {
                self.until(b">")?;
            } else if self.starts(b"</") {
                self.pos += 2;
                let n = self.name().unwrap_or_default();
                return self.err(&format!("unexpected end element </{n}>"));
            } else {
                self.pos += 1;
                return Ok(true);
            }
        }
    }

    /// An element after its `<`.
    fn element(&mut self, depth: usize) -> Result<Elem, Partial> {
        let (mut e, name) = self.start_tag(depth).map_err(|msg| Partial { elem: None, msg })?;
        if e.complete {
            return Ok(e);
        }
        // The namespaces the start tag declared are dropped by the caller.
        match self.content(&mut e, &name, depth) {
            Ok(()) => {
                e.complete = true;
                Ok(e)
            }
            Err(msg) => Err(Partial { elem: Some(e), msg }),
        }
    }

    /// A start tag after its `<`: the element (complete when it is an empty-element tag)
    /// and its name as written; the namespaces it declares stay in scope.
    fn start_tag(&mut self, depth: usize) -> PResult<(Elem, String)> {
        if depth > MAX_NEST {
            return Err(format!(
                "gopark: XML nested more than {MAX_NEST} elements deep is not supported yet"
            ));
        }
        let Some(name) = self.checked_name()? else {
            return self.err("expected element name after <");
        };
        let mut raw_attrs = Vec::new();
        let empty = loop {
            self.space();
            match self.peek() {
                Some(b'/') => {
                    self.next()?;
                    if self.next()? != b'>' {
                        return self.err("expected /> in element");
                    }
                    break true;
                }
                Some(b'>') => {
                    self.next()?;
                    break false;
                }
                None => return self.err("unexpected EOF"),
                _ => {}
            }
            let Some(an) = self.checked_name()? else {
                return self.err("expected attribute name in element");
            };
            self.space();
            if self.peek() != Some(b'=') {
                return self.err("attribute name without = in element");
            }
            self.next()?;
            self.space();
            let q = self.next()?;
            if q != b'"' && q != b'\'' {
                return self.err("unquoted or missing attribute value in element");
            }
            let v = self.text(&[q])?;
            self.next()?;
            raw_attrs.push((an, v));
        };
        for (an, v) in &raw_attrs {
            if an == "xmlns" {
                self.ns.push((String::new(), String::from_utf8_lossy(v).into_owned()));
            } else if let Some(p) = an.strip_prefix("xmlns:") {
                self.ns.push((p.to_string(), String::from_utf8_lossy(v).into_owned()));
            }
        }
        let (space, local) = self.translate(&name, true);
        let attrs = raw_attrs
            .into_iter()
            .map(|(an, v)| {
                let (s, l) = self.translate(&an, false);
                (s, l, v)
            })
            .collect();
        let inner = (self.pos, self.pos);
        Ok((Elem { space, local, attrs, children: Vec::new(), inner, complete: empty }, name))
    }

    /// Go's translate: a prefix to its namespace in scope (unknown prefixes stay as they
    /// are); an element without one gets the default namespace.
    fn translate(&self, name: &str, element: bool) -> (String, String) {
        let Some((p, l)) = name.split_once(':').filter(|(p, l)| !p.is_empty() && !l.is_empty())
        else {
            let default = self.ns.iter().rev().find(|(p, _)| p.is_empty()).map(|(_, u)| u.clone());
            let space = if element { default.unwrap_or_default() } else { String::new() };
            return (space, name.to_string());
        };
        if p == "xmlns" {
            return (p.to_string(), l.to_string());
        }
        let uri =
            self.ns.iter().rev().find(|(q, _)| q == p).map_or(p.to_string(), |(_, u)| u.clone());
        (uri, l.to_string())
    }

    /// The children of element `name` up to its end tag.
    fn content(&mut self, e: &mut Elem, name: &str, depth: usize) -> PResult<()> {
        loop {
            if self.peek().is_none() {
                return self.err("unexpected EOF");
            }
            if self.starts(b"</") {
                e.inner.1 = self.pos;
                self.pos += 2;
                let end = self.name().unwrap_or_default();
                self.space();
                if self.next()? != b'>' {
                    return self.err(&format!("invalid characters between </{end} and >"));
                }
                if end != name {
                    return self.err(&format!("element <{name}> closed by </{end}>"));
                }
                return Ok(());
            }
            if self.starts(b"<![CDATA[") {
                self.pos += 9;
                let t = self.until(b"]]>")?;
                e.children.push(Node::Text(t));
            } else if self.starts(b"<!--") {
                self.pos += 4;
                let t = self.until(b"-->")?;
                e.children.push(Node::Comment(t));
            } else if self.starts(b"<?") {
                self.until(b"?>")?;
            } else if self.starts(b"<!") {
                self.until(b">")?;
            } else if self.peek() == Some(b'<') {
                self.pos += 1;
                let scope = self.ns.len();
                let child = self.element(depth + 1);
                self.ns.truncate(scope);
                match child {
                    Ok(c) => e.children.push(Node::Elem(c)),
                    Err(Partial { elem, msg }) => {
                        e.children.extend(elem.map(Node::Elem));
                        return Err(msg);
                    }
                }
            } else {
                let t = self.text(b"")?;
                e.children.push(Node::Text(t));
            }
        }
    }

    /// Character data up to `<` (or the closing quote `quote` of an attribute value),
    /// with entities and character references replaced and \r\n read as \n.
    fn text(&mut self, quote: &[u8]) -> PResult<Vec<u8>> {
        let mut out = Vec::new();
        while let Some(b) = self.peek() {
            if b == b'<' || quote.contains(&b) {
                if b == b'<' && !quote.is_empty() {
                    return self.err("unescaped < inside quoted string");
                }
                break;
            }
            self.next()?;
            match b {
                b'&' => self.entity(&mut out)?,
                b'\r' => {
                    if self.peek() == Some(b'\n') {
                        self.next()?;
                    }
                    out.push(b'\n');
                }
                _ => out.push(b),
            }
        }
        if !quote.is_empty() && self.peek().is_none() {
            return self.err("unexpected EOF");
        }
        if let Err(at) = check_chars(&out) {
            return self.err(&format!("illegal character code {at}"));
        }
        Ok(out)
    }

    /// An entity or character reference after its `&`.
    fn entity(&mut self, out: &mut Vec<u8>) -> PResult<()> {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'#') {
            self.pos += 1;
        }
        let name = String::from_utf8_lossy(&self.src[start..self.pos]).into_owned();
        if self.peek() != Some(b';') {
            return self.err(&format!("invalid character entity &{name} (no semicolon)"));
        }
        self.pos += 1;
        let ch = match name.as_str() {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "apos" => Some('\''),
            "quot" => Some('"'),
            n => {
                let num = match n.strip_prefix("#x") {
                    Some(h) => u32::from_str_radix(h, 16).ok(),
                    None => n.strip_prefix('#').and_then(|d| d.parse::<u32>().ok()),
                };
                match num.and_then(char::from_u32) {
                    Some(c) if !in_char_range(c) => {
                        return self.err(&format!("illegal character code U+{:04X}", c as u32))
                    }
                    c => c,
                }
            }
        };
        match ch {
            Some(c) => {
                let mut b = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
                Ok(())
            }
            None => self.err(&format!("invalid character entity &{name};")),
        }
    }
}

/// Err with the first character that may not appear in XML (Go's "illegal character code").
fn check_chars(b: &[u8]) -> Result<(), String> {
    match std::str::from_utf8(b) {
        Ok(s) => match s.chars().find(|c| !in_char_range(*c)) {
            Some(c) => Err(format!("U+{:04X}", c as u32)),
            None => Ok(()),
        },
        Err(_) => Err("U+FFFD".into()),
    }
}

/// Parses the root element of `src`: the element as far as it could be read (None when
/// there is none) and the syntax error that stopped the parse.
pub fn parse(src: &[u8]) -> (Option<Elem>, Option<String>) {
    Parser { src, pos: 0, line: 1, ns: Vec::new() }.document()
}

/// Why a store stopped: a fault (a collection, out of memory) or Go's error.
enum Stop {
    Fault(Fault),
    Go(String),
}

impl From<Fault> for Stop {
    fn from(f: Fault) -> Self {
        Stop::Fault(f)
    }
}

type SResult<T> = Result<T, Stop>;

/// xml.Unmarshal: the error's text, if any.
pub fn unmarshal(c: &mut Call, data: &[u8], target: Value) -> Result<Option<String>, Fault> {
    let kind = c.rt.prog.types.get(target.t as usize).map(|d| d.kind.clone());
    match kind {
        Some(TypeKind::StructPtr { .. } | TypeKind::Pointer) if target.h == 0 => {
            return Ok(Some("nil pointer passed to Unmarshal".into()))
        }
        Some(TypeKind::StructPtr { .. } | TypeKind::Pointer) => {}
        _ => return Ok(Some("non-pointer passed to Unmarshal".into())),
    }
    let (root, syntax) = parse(data);
    let Some(root) = root else { return Ok(Some(syntax.unwrap_or_else(|| "EOF".into()))) };
    super::call::room(c.rt, c.m, data.len().saturating_mul(2))?;
    let mut st = Store { c, src: data };
    // An error the store meets comes before the syntax error in the document.
    match st.through(&root, target) {
        Ok(()) => Ok(syntax),
        Err(Stop::Go(msg)) => Ok(Some(msg)),
        Err(Stop::Fault(f)) => Err(f),
    }
}

struct Store<'c, 'a> {
    c: &'c mut Call<'a>,
    src: &'c [u8],
}

impl Store<'_, '_> {
    fn kind(&self, ty: TypeId) -> TypeKind {
        self.c.rt.prog.types.get(ty as usize).map_or(TypeKind::Invalid, |d| d.kind.clone())
    }

    fn type_name(&self, ty: TypeId) -> String {
        self.c.rt.prog.type_name(ty).to_string()
    }

    /// Stores the root element through pointer `p` (an interface value).
    fn through(&mut self, e: &Elem, p: Value) -> SResult<()> {
        match self.kind(p.t) {
            TypeKind::StructPtr { elem } => {
                self.value(e, elem, Value { t: 0, ..p }, 0)?;
            }
            TypeKind::Pointer => {
                let pointee = self.c.rt.prog.types[p.t as usize].pointee;
                let old = load(self.c, p);
                let v = self.value(e, pointee, old, 0)?;
                self.c.update(p, |_| v)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// The value of type `ty` element `e` makes, given the target's current value `old`.
    fn value(&mut self, e: &Elem, ty: TypeId, old: Value, depth: usize) -> SResult<Value> {
        // The tree is at most MAX_NEST deep and each element costs a few levels here (a
        // pointer, a slice, the struct); this bounds anything else.
        if depth > 4 * MAX_NEST {
            return Err(Stop::Go(format!(
                "gopark: XML nested more than {MAX_NEST} elements deep is not supported yet"
            )));
        }
        match self.kind(ty) {
            TypeKind::Interface => Ok(old),
            TypeKind::StructPtr { elem } => {
                let target = if old.h == 0 { zero(self.c, elem)? } else { old };
                self.value(e, elem, target, depth + 1)?;
                Ok(Value { t: 0, ..target })
            }
            TypeKind::Pointer => {
                let pointee = self.c.rt.prog.types[ty as usize].pointee;
                if matches!(self.kind(pointee), TypeKind::Pointer | TypeKind::StructPtr { .. }) {
                    // Go follows one pointer, then finds no case for another.
                    return Err(Stop::Go(format!("unknown type {}", self.type_name(pointee))));
                }
                let inner = if old.h == 0 { zero(self.c, pointee)? } else { load(self.c, old) };
                let v = self.value(e, pointee, inner, depth + 1)?;
                if old.h == 0 {
                    return Ok(self.c.alloc(Obj::Cell(v))?);
                }
                self.c.update(old, |_| v)?;
                Ok(old)
            }
            // Go takes the new element back off the slice when reading it fails.
            TypeKind::Slice { elem } if !is_byte(&self.c.rt.prog, elem) && !e.complete => Ok(old),
            TypeKind::Slice { elem } if !is_byte(&self.c.rt.prog, elem) => {
                let mut items = super::call::elems(self.c.rt, old);
                let z = zero(self.c, elem)?;
                items.push(self.value(e, elem, z, depth + 1)?);
                Ok(self.c.new_slice(items)?)
            }
            TypeKind::Struct { .. } if self.type_name(ty) == "xml.Name" => self.name(e),
            TypeKind::Struct { .. } => self.object(e, ty, old, depth),
            TypeKind::Slice { .. }
            | TypeKind::Bool
            | TypeKind::Int { .. }
            | TypeKind::Float64
            | TypeKind::Float32
            | TypeKind::String
                if e.complete =>
            {
                self.copy(&char_data(e), ty, old)
            }
            TypeKind::Slice { .. }
            | TypeKind::Bool
            | TypeKind::Int { .. }
            | TypeKind::Float64
            | TypeKind::Float32
            | TypeKind::String => Ok(old),
            _ => Err(Stop::Go(format!("unknown type {}", self.type_name(ty)))),
        }
    }

    /// An xml.Name of the element's name.
    fn name(&mut self, e: &Elem) -> SResult<Value> {
        let s = self.c.new_str(&e.space)?;
        let l = self.c.new_str(&e.local)?;
        Ok(self.c.alloc(Obj::Struct(vec![s, l]))?)
    }

    /// Go's copyValue: character data into a basic type, a []byte or a pointer to one.
    fn copy(&mut self, src: &[u8], ty: TypeId, old: Value) -> SResult<Value> {
        let text = String::from_utf8_lossy(src);
        let trimmed = text.trim_matches(|c: char| c.is_ascii_whitespace());
        let quoted = crate::rt::fmt::quote(trimmed);
        let v = match self.kind(ty) {
            TypeKind::Pointer => {
                let pointee = self.c.rt.prog.types[ty as usize].pointee;
                let inner = if old.h == 0 { Value::ZERO } else { load(self.c, old) };
                let v = self.copy(src, pointee, inner)?;
                if old.h == 0 {
                    return Ok(self.c.alloc(Obj::Cell(v))?);
                }
                self.c.update(old, |_| v)?;
                return Ok(old);
            }
            TypeKind::Int { .. } | TypeKind::Float64 | TypeKind::Float32 if src.is_empty() => {
                Value::ZERO
            }
            TypeKind::Int { bits, signed } => {
                let func = if signed { "ParseInt" } else { "ParseUint" };
                match trimmed.parse::<i128>() {
                    _ if !signed && trimmed.starts_with(['-', '+']) => {
                        return Err(Stop::Go(format!(
                            "strconv.{func}: parsing {quoted}: invalid syntax"
                        )))
                    }
                    Ok(n) if fits(n, bits, signed) => Value { w: n as u64, h: 0, t: 0 },
                    Ok(_) => {
                        return Err(Stop::Go(format!(
                            "strconv.{func}: parsing {quoted}: value out of range"
                        )))
                    }
                    Err(_)
                        if !trimmed.is_empty()
                            && trimmed
                                .trim_start_matches(['-', '+'])
                                .bytes()
                                .all(|b| b.is_ascii_digit()) =>
                    {
                        return Err(Stop::Go(format!(
                            "strconv.{func}: parsing {quoted}: value out of range"
                        )))
                    }
                    Err(_) => {
                        return Err(Stop::Go(format!(
                            "strconv.{func}: parsing {quoted}: invalid syntax"
                        )))
                    }
                }
            }
            TypeKind::Float64 | TypeKind::Float32 => match trimmed.parse::<f64>() {
                Ok(f) if matches!(self.kind(ty), TypeKind::Float32) => {
                    Value::float(f as f32 as f64)
                }
                Ok(f) => Value::float(f),
                Err(_) => {
                    return Err(Stop::Go(format!(
                        "strconv.ParseFloat: parsing {quoted}: invalid syntax"
                    )))
                }
            },
            TypeKind::Bool => match trimmed {
                "1" | "t" | "T" | "TRUE" | "true" | "True" => Value::bool(true),
                "0" | "f" | "F" | "FALSE" | "false" | "False" => Value::bool(false),
                _ => {
                    return Err(Stop::Go(format!(
                        "strconv.ParseBool: parsing {quoted}: invalid syntax"
                    )))
                }
            },
            TypeKind::String => self.c.new_bytes(src)?,
            TypeKind::Slice { elem } if is_byte(&self.c.rt.prog, elem) => {
                super::crypto::new_byte_slice(self.c, src)?
            }
            _ => return Err(Stop::Go(format!("cannot unmarshal into {}", self.type_name(ty)))),
        };
        Ok(v)
    }

    /// An element into a struct: its name checked against XMLName, attributes to `,attr`
    /// fields, child elements to the fields they name, then character data, comments and
    /// inner XML.
    fn object(&mut self, e: &Elem, ty: TypeId, old: Value, depth: usize) -> SResult<Value> {
        let target = if old.h == 0 { zero(self.c, ty)? } else { old };
        let info = type_info(&self.c.rt.prog, ty).map_err(Stop::Go)?;
        if let Some(x) = &info.xml_name {
            if !x.name.is_empty() && x.name != e.local {
                return Err(Stop::Go(format!(
                    "expected element type <{}> but have <{}>",
                    x.name, e.local
                )));
            }
            if !x.xmlns.is_empty() && x.xmlns != e.space {
                let have = if e.space.is_empty() { "no name space" } else { e.space.as_str() };
                return Err(Stop::Go(format!(
                    "expected element <{}> in name space {} but have {have}",
                    x.name, x.xmlns
                )));
            }
            if self.type_name(x.ty) == "xml.Name" {
                let n = self.name(e)?;
                self.set_field(target, ty, x, n)?;
            }
        }
        for (space, local, v) in &e.attrs {
            for f in info.fields.iter().filter(|f| f.mode == Mode::Attr) {
                if f.name == *local && (f.xmlns.is_empty() || f.xmlns == *space) {
                    let Some((holder, i)) = field_slot(self.c, target, ty, &f.path)? else {
                        continue;
                    };
                    let cur = parts(self.c, holder.h).get(i).copied().unwrap_or_default();
                    let nv = self.attr(v, f.ty, cur)?;
                    set_part(self.c, holder.h, i, nv);
                }
            }
        }
        let (mut data, mut comment) = (Vec::new(), Vec::new());
        for n in &e.children {
            match n {
                Node::Elem(child) => {
                    self.path(&info, target, ty, &[], child, depth)?;
                }
                Node::Text(t) => data.extend_from_slice(t),
                Node::Comment(t) => comment.extend_from_slice(t),
            }
        }
        if !e.complete {
            return Ok(Value { t: 0, ..target });
        }
        let first = |m: &[Mode]| info.fields.iter().find(|f| m.contains(&f.mode)).cloned();
        if let Some(f) = first(&[Mode::CharData, Mode::CData]) {
            self.store_field(target, ty, &f, |s, cur| s.copy(&data, f.ty, cur))?;
        }
        if let Some(f) = first(&[Mode::Comment]) {
            self.store_field(target, ty, &f, |s, cur| s.raw(&comment, f.ty, cur))?;
        }
        if let Some(f) = first(&[Mode::InnerXml]) {
            let inner = self.src.get(e.inner.0..e.inner.1).unwrap_or(&[]).to_vec();
            self.store_field(target, ty, &f, |s, cur| s.raw(&inner, f.ty, cur))?;
        }
        Ok(Value { t: 0, ..target })
    }

    /// Comments and inner XML: into a string or []byte field (other types are left).
    fn raw(&mut self, b: &[u8], ty: TypeId, cur: Value) -> SResult<Value> {
        Ok(match self.kind(ty) {
            TypeKind::String => self.c.new_bytes(b)?,
            TypeKind::Slice { elem } if is_byte(&self.c.rt.prog, elem) => {
                super::crypto::new_byte_slice(self.c, b)?
            }
            _ => cur,
        })
    }

    fn set_field(&mut self, target: Value, ty: TypeId, f: &XmlField, v: Value) -> SResult<()> {
        if let Some((holder, i)) = field_slot(self.c, target, ty, &f.path)? {
            set_part(self.c, holder.h, i, v);
        }
        Ok(())
    }

    /// Field `f` of the struct `target` set to what `make` gives from its current value.
    fn store_field(
        &mut self,
        target: Value,
        ty: TypeId,
        f: &XmlField,
        make: impl FnOnce(&mut Self, Value) -> SResult<Value>,
    ) -> SResult<()> {
        let Some((holder, i)) = field_slot(self.c, target, ty, &f.path)? else { return Ok(()) };
        let cur = parts(self.c, holder.h).get(i).copied().unwrap_or_default();
        let v = make(self, cur)?;
        set_part(self.c, holder.h, i, v);
        Ok(())
    }

    /// Go's unmarshalAttr: a slice gets one more element, a pointer is made.
    fn attr(&mut self, v: &[u8], ty: TypeId, cur: Value) -> SResult<Value> {
        match self.kind(ty) {
            TypeKind::Slice { elem } if !is_byte(&self.c.rt.prog, elem) => {
                let mut items = super::call::elems(self.c.rt, cur);
                items.push(self.attr(v, elem, Value::ZERO)?);
                Ok(self.c.new_slice(items)?)
            }
            TypeKind::Struct { .. } if self.type_name(ty) == "xml.Name" => Ok(cur),
            _ => self.copy(v, ty, cur),
        }
    }

    /// Go's unmarshalPath: the field that child element `e` (inside `parents`) names, or
    /// the fields whose `a>b` chain it starts, whose elements are then looked for inside
    /// it. Whether it was taken.
    fn path(
        &mut self,
        info: &TypeInfo,
        target: Value,
        ty: TypeId,
        parents: &[String],
        e: &Elem,
        depth: usize,
    ) -> SResult<bool> {
        let mut deeper = None;
        for f in info.fields.iter().filter(|f| f.mode == Mode::Element) {
            if f.parents.len() < parents.len() || (!f.xmlns.is_empty() && f.xmlns != e.space) {
                continue;
            }
            if f.parents[..parents.len()] != *parents {
                continue;
            }
            if f.parents.len() == parents.len() && f.name == e.local {
                self.store_field(target, ty, f, |s, cur| s.value(e, f.ty, cur, depth + 1))?;
                return Ok(true);
            }
            if f.parents.len() > parents.len() && f.parents[parents.len()] == e.local {
                deeper = Some(f.parents[..parents.len() + 1].to_vec());
                break;
            }
        }
        let Some(inner) = deeper else { return Ok(false) };
        for n in &e.children {
            if let Node::Elem(child) = n {
                self.path(info, target, ty, &inner, child, depth)?;
            }
        }
        Ok(true)
    }
}

/// The character data directly inside an element (its children's is not).
fn char_data(e: &Elem) -> Vec<u8> {
    let mut out = Vec::new();
    for n in &e.children {
        if let Node::Text(t) = n {
            out.extend_from_slice(t);
        }
    }
    out
}

/// Whether integer `n` fits `bits` (signed or not).
fn fits(n: i128, bits: u8, signed: bool) -> bool {
    let bits = bits.clamp(8, 64) as u32;
    if signed {
        n >= -(1i128 << (bits - 1)) && n < (1i128 << (bits - 1))
    } else {
        n >= 0 && n < (1i128 << bits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(s: &str) -> String {
        parse(s.as_bytes()).1.unwrap_or_default()
    }

    #[test]
    fn syntax_errors_in_go_words() {
        assert_eq!(err("<a><b></a>"), "XML syntax error on line 1: element <b> closed by </a>");
        assert_eq!(err("<a>\n<b>"), "XML syntax error on line 2: unexpected EOF");
        assert_eq!(
            err("<a>&foo;</a>"),
            "XML syntax error on line 1: invalid character entity &foo;"
        );
        assert_eq!(
            err("<a x=1></a>"),
            "XML syntax error on line 1: unquoted or missing attribute value in element"
        );
        assert!(matches!(parse(b"  "), (None, None)));
    }

    #[test]
    fn entities_and_cdata_read() {
        let e = parse(
            b"<?xml version=\"1.0\"?><a k='&lt;v&gt;'>x &amp; y<![CDATA[<z>]]>&#65;&#x42;</a>",
        )
        .0
        .unwrap();
        assert_eq!(e.local, "a");
        assert_eq!(e.attrs[0].2, b"<v>");
        assert_eq!(char_data(&e), b"x & y<z>AB");
    }
}
