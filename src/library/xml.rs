//! Package encoding/xml: Marshal, MarshalIndent, Unmarshal, Header and Name. The
//! encoder walks a value by its type descriptor as Go's marshal.go walks it by reflection
//! (the same JSON helpers read fields, pointers and interface payloads: json_encode.rs);
//! the parser and the store into Go values are xml_decode.rs.
//!
//! Struct fields follow Go's typeinfo.go: `xml:"name"`, `"name,attr"`, `"a>b>c"` parent
//! chains, `",chardata"`, `",cdata"`, `",innerxml"`, `",comment"`, `",omitempty"`, `"-"`, a
//! namespace before a space, the XMLName field naming the element, and the fields of
//! embedded structs taken in. Not supported yet: the program's MarshalXML/UnmarshalXML and
//! MarshalText methods (values are encoded by their structure), `,any`, xml.Attr fields,
//! the streaming Encoder and Decoder.

use super::call::{Call, Fault};
use super::crypto::{byte_arg, new_byte_slice};
use super::json_encode::{load, parts, payload, tag_lookup};
use super::{constant, func, type_, ConstVal, Member};
use crate::vm::op::TypeId;
use crate::vm::program::{Program, TypeKind};
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    constant(
        "Header",
        "untyped string",
        ConstVal::Str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
    ),
    type_("Name", "struct{Space string; Local string}"),
    func("Marshal", "func(v any) ([]byte, error)", |c| marshal(c, None)),
    func("MarshalIndent", "func(v any, prefix, indent string) ([]byte, error)", |c| {
        let (p, i) = (c.str(1).to_string(), c.str(2).to_string());
        marshal(c, Some((p, i)))
    }),
    func("Unmarshal", "func(data []byte, v any) error", |c| {
        let data = byte_arg(c, 0);
        let err = super::xml_decode::unmarshal(c, &data, c.arg(1))?;
        c.ret_err(err)
    }),
];

/// How a field is written and read (typeinfo.go's fMode plus attr).
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Mode {
    Element,
    Attr,
    CharData,
    CData,
    InnerXml,
    Comment,
}

/// One field of a struct type as encoding/xml sees it.
#[derive(Clone, Debug)]
pub struct XmlField {
    pub name: String,
    pub xmlns: String,
    /// Field indexes through embedded structs.
    pub path: Vec<usize>,
    pub ty: TypeId,
    pub mode: Mode,
    pub omit_empty: bool,
    /// The elements of an `a>b>c` chain around this one.
    pub parents: Vec<String>,
}

/// A struct type's fields and its XMLName field, if it has one.
#[derive(Clone, Debug, Default)]
pub struct TypeInfo {
    pub fields: Vec<XmlField>,
    pub xml_name: Option<XmlField>,
}

fn exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Go's getTypeInfo: the fields of struct type `ty` in order, embedded structs' fields
/// taken in; Err is Go's message for a tag it refuses.
pub fn type_info(prog: &Program, ty: TypeId) -> Result<TypeInfo, String> {
    let mut info = TypeInfo::default();
    let Some(d) = prog.types.get(ty as usize) else { return Ok(info) };
    let TypeKind::Struct { fields } = &d.kind else { return Ok(info) };
    for (i, (fname, fty)) in fields.iter().enumerate() {
        let meta = d.field_meta.get(i).cloned().unwrap_or_default();
        let tag = tag_lookup(&meta.tag, "xml");
        if (!exported(fname) && !meta.embedded) || tag.as_deref() == Some("-") {
            continue;
        }
        if meta.embedded && tag.is_none() {
            let inner_ty = match prog.types.get(*fty as usize).map(|t| &t.kind) {
                Some(TypeKind::StructPtr { elem }) => *elem,
                _ => *fty,
            };
            if matches!(
                prog.types.get(inner_ty as usize).map(|t| &t.kind),
                Some(TypeKind::Struct { .. })
            ) {
                let inner = type_info(prog, inner_ty)?;
                if info.xml_name.is_none() {
                    info.xml_name = inner.xml_name.map(|mut f| {
                        f.path.insert(0, i);
                        f
                    });
                }
                for mut f in inner.fields {
                    f.path.insert(0, i);
                    info.fields.push(f);
                }
                continue;
            }
            if !exported(fname) {
                continue;
            }
        }
        let f = field_info(prog, d.name.as_str(), fname, *fty, i, tag.unwrap_or_default())?;
        if fname == "XMLName" {
            info.xml_name = Some(f);
        } else {
            info.fields.push(f);
        }
    }
    Ok(info)
}

/// Go's structFieldInfo: the field's mode, name and parents from its tag.
fn field_info(
    prog: &Program,
    sname: &str,
    fname: &str,
    ty: TypeId,
    i: usize,
    tag: String,
) -> Result<XmlField, String> {
    let (xmlns, tag) = match tag.split_once(' ') {
        Some((ns, t)) => (ns.to_string(), t.to_string()),
        None => (String::new(), tag),
    };
    let mut tokens = tag.split(',');
    let name = tokens.next().unwrap_or("").to_string();
    let mut mode = Mode::Element;
    let mut omit_empty = false;
    let mut modes = 0;
    for t in tokens {
        let m = match t {
            "attr" => Mode::Attr,
            "cdata" => Mode::CData,
            "chardata" => Mode::CharData,
            "innerxml" => Mode::InnerXml,
            "comment" => Mode::Comment,
            "omitempty" => {
                omit_empty = true;
                continue;
            }
            "any" => {
                return Err(format!(
                    "gopark: encoding/xml's \",any\" (field {fname}) is not supported yet"
                ))
            }
            _ => continue,
        };
        mode = m;
        modes += 1;
    }
    let invalid = || format!("xml: invalid tag in field {fname} of type {sname}: {tag:?}");
    if modes > 1 || (omit_empty && !matches!(mode, Mode::Element | Mode::Attr)) {
        return Err(invalid());
    }
    let mut f = XmlField {
        name: String::new(),
        xmlns,
        path: vec![i],
        ty,
        mode,
        omit_empty,
        parents: Vec::new(),
    };
    if fname == "XMLName" {
        // Its name defaults to empty, not to the field's (the element is then named by
        // the field's value).
        f.name = name;
        return Ok(f);
    }
    if !matches!(mode, Mode::Element | Mode::Attr) {
        if !name.is_empty() {
            return Err(invalid());
        }
        return Ok(f);
    }
    if name.is_empty() {
        // An element field named by the XMLName tag of its type, else by the field.
        f.name = xml_name_tag(prog, ty).unwrap_or_else(|| fname.to_string());
        return Ok(f);
    }
    let mut parents: Vec<String> = name.split('>').map(String::from).collect();
    if parents[0].is_empty() {
        parents[0] = fname.to_string();
    }
    if parents.last().is_some_and(|p| p.is_empty()) {
        return Err(format!("xml: trailing '>' in field {fname} of type {sname}"));
    }
    f.name = parents.pop().unwrap_or_default();
    if !parents.is_empty() && mode != Mode::Element {
        return Err(format!("xml: {name} chain not valid with attr flag"));
    }
    f.parents = parents;
    Ok(f)
}

/// Go's lookupXMLName: the name in the tag of the XMLName field of struct type `ty` (or of
/// the struct a pointer points to), its own fields only, so a recursive type ends.
fn xml_name_tag(prog: &Program, ty: TypeId) -> Option<String> {
    let st = match &prog.types.get(ty as usize)?.kind {
        TypeKind::StructPtr { elem } => *elem,
        TypeKind::Struct { .. } => ty,
        _ => return None,
    };
    let d = prog.types.get(st as usize)?;
    let TypeKind::Struct { fields } = &d.kind else { return None };
    let i = fields.iter().position(|(n, _)| n == "XMLName")?;
    let tag = tag_lookup(&d.field_meta.get(i)?.tag, "xml")?;
    let tag = tag.split_once(' ').map_or(tag.as_str(), |(_, t)| t);
    let name = tag.split(',').next().unwrap_or("");
    (!name.is_empty()).then(|| name.to_string())
}

/// Indentation, when asked for: (prefix, indent).
type Indent = Option<(String, String)>;

/// Marshal and MarshalIndent: ([]byte, nil) or (nil, err).
fn marshal(c: &mut Call, ind: Indent) -> Result<(), Fault> {
    let v = c.arg(0);
    let mut p = Printer::new(c, ind);
    let r = if v.t == 0 { Ok(()) } else { p.value(payload(c, v), v.t, None, 0) };
    match r {
        Ok(()) => {
            let out = std::mem::take(&mut p.out);
            let b = new_byte_slice(c, &out)?;
            c.ret(b);
            c.ret_err(None)
        }
        Err(msg) => {
            c.ret(Value::ZERO);
            c.ret_err(Some(msg))
        }
    }
}

/// How many elements deep the encoder goes before it refuses (3 levels of its walk per
/// element, through a pointer and a slice; the walk
/// recurses on the M's stack; Go would loop on a cycle until its stack overflows).
const MAX_DEPTH: usize = 400;

/// Go's printer: the output and the indentation state of writeIndent.
struct Printer<'c, 'a> {
    c: &'c Call<'a>,
    out: Vec<u8>,
    ind: Indent,
    depth: usize,
    indented_in: bool,
    put_newline: bool,
}

impl<'c, 'a> Printer<'c, 'a> {
    fn new(c: &'c Call<'a>, ind: Indent) -> Self {
        let ind = ind.filter(|(p, i)| !p.is_empty() || !i.is_empty());
        Printer { c, out: Vec::new(), ind, depth: 0, indented_in: false, put_newline: false }
    }

    fn prog(&self) -> &'a Program {
        let rt: &'a crate::sched::Runtime = self.c.rt;
        &rt.prog
    }

    fn kind(&self, ty: TypeId) -> TypeKind {
        self.prog().types.get(ty as usize).map_or(TypeKind::Invalid, |d| d.kind.clone())
    }

    fn write_indent(&mut self, delta: i32) {
        let Some((prefix, indent)) = &self.ind else { return };
        if delta < 0 {
            self.depth = self.depth.saturating_sub(1);
            if self.indented_in {
                self.indented_in = false;
                return;
            }
            self.indented_in = false;
        }
        if self.put_newline {
            self.out.push(b'\n');
        } else {
            self.put_newline = true;
        }
        self.out.extend_from_slice(prefix.as_bytes());
        for _ in 0..self.depth {
            self.out.extend_from_slice(indent.as_bytes());
        }
        if delta > 0 {
            self.depth += 1;
            self.indented_in = true;
        }
    }

    /// Go's marshalValue: `v` of type `ty` as an element named by its XMLName, the field
    /// `f`, or its type.
    fn value(
        &mut self,
        v: Value,
        ty: TypeId,
        f: Option<&XmlField>,
        depth: usize,
    ) -> Result<(), String> {
        if depth > 3 * MAX_DEPTH {
            return Err(format!("gopark: encoding/xml of values nested more than {MAX_DEPTH} deep is not supported yet"));
        }
        if f.is_some_and(|f| f.omit_empty) && is_empty(self.c, v, ty) {
            return Ok(());
        }
        let (v, ty) = match self.deref(v, ty) {
            Some(x) => x,
            None => return Ok(()),
        };
        let kind = self.kind(ty);
        match kind {
            TypeKind::Slice { elem } if !is_byte(self.prog(), elem) => {
                for x in super::call::elems(self.c.rt, v) {
                    self.value(x, elem, f, depth + 1)?;
                }
                return Ok(());
            }
            TypeKind::Array { elem, .. } if !is_byte(self.prog(), elem) => {
                for x in parts(self.c, v.h) {
                    self.value(x, elem, f, depth + 1)?;
                }
                return Ok(());
            }
            _ => {}
        }
        let info = if matches!(kind, TypeKind::Struct { .. }) {
            type_info(self.prog(), ty)?
        } else {
            TypeInfo::default()
        };
        let name = self.start_name(v, ty, &info, f)?;
        let mut attrs = Vec::new();
        for af in info.fields.iter().filter(|f| f.mode == Mode::Attr) {
            let Some(x) = super::json_encode::field_at(self.c, v, ty, &af.path) else { continue };
            if af.omit_empty && is_empty(self.c, x, af.ty) {
                continue;
            }
            self.attr(&mut attrs, &af.name, x, af.ty)?;
        }
        if !matches!(kind, TypeKind::Struct { .. }) {
            // Go reports an unsupported type before it writes the start tag.
            self.simple(v, ty)?;
        }
        self.write_start(&name, &attrs);
        if matches!(kind, TypeKind::Struct { .. }) {
            self.fields(v, ty, &info, depth)?;
        } else {
            let text = self.simple(v, ty)?;
            escape(&mut self.out, &text);
        }
        self.write_end(&name);
        Ok(())
    }

    /// Through pointers and interfaces to a value; None for nil.
    fn deref(&self, mut v: Value, mut ty: TypeId) -> Option<(Value, TypeId)> {
        loop {
            match self.kind(ty) {
                TypeKind::Interface if v.t == 0 => return None,
                TypeKind::Interface => (v, ty) = (payload(self.c, v), v.t),
                TypeKind::StructPtr { .. } | TypeKind::Pointer if v.h == 0 => return None,
                TypeKind::StructPtr { elem } => (v, ty) = (Value { t: 0, ..v }, elem),
                TypeKind::Pointer => {
                    let pointee = self.prog().types[ty as usize].pointee;
                    (v, ty) = (load(self.c, v), pointee);
                }
                _ => return Some((v, ty)),
            }
        }
    }

    /// The element's name: the XMLName tag, else the XMLName field's Local, else the
    /// field's name, else the type's.
    fn start_name(
        &self,
        v: Value,
        ty: TypeId,
        info: &TypeInfo,
        f: Option<&XmlField>,
    ) -> Result<(String, String), String> {
        if let Some(x) = &info.xml_name {
            if !x.name.is_empty() {
                return Ok((x.xmlns.clone(), x.name.clone()));
            }
            if let Some(n) = super::json_encode::field_at(self.c, v, ty, &x.path) {
                let nf = parts(self.c, n.h);
                let local = self.c.rt.heap.bytes(nf.get(1).copied().unwrap_or_default());
                if !local.is_empty() {
                    let space = self.c.rt.heap.bytes(nf.first().copied().unwrap_or_default());
                    return Ok((lossy(&space), lossy(&local)));
                }
            }
        }
        if let Some(f) = f.filter(|f| !f.name.is_empty()) {
            return Ok((f.xmlns.clone(), f.name.clone()));
        }
        let full = self.prog().type_name(ty);
        let unnamed = ["[", "*", "map[", "struct", "func", "chan", "interface"]
            .iter()
            .any(|p| full.starts_with(p));
        let name = full.split('[').next().unwrap_or("");
        let name = name.rsplit('.').next().unwrap_or("");
        if unnamed || name.is_empty() {
            return Err(format!("xml: unsupported type: {full}"));
        }
        Ok((String::new(), name.to_string()))
    }

    /// Go's marshalAttr: nil pointers and interfaces are left out, slices give one
    /// attribute per element.
    fn attr(
        &mut self,
        attrs: &mut Vec<(String, Vec<u8>)>,
        name: &str,
        v: Value,
        ty: TypeId,
    ) -> Result<(), String> {
        let Some((v, ty)) = self.deref(v, ty) else { return Ok(()) };
        if let TypeKind::Slice { elem } = self.kind(ty) {
            if !is_byte(self.prog(), elem) {
                for x in super::call::elems(self.c.rt, v) {
                    self.attr(attrs, name, x, elem)?;
                }
                return Ok(());
            }
        }
        let text = self.simple(v, ty)?;
        attrs.push((name.to_string(), text));
        Ok(())
    }

    /// Go's marshalSimple: the text of a number, bool, string or byte slice.
    fn simple(&self, v: Value, ty: TypeId) -> Result<Vec<u8>, String> {
        Ok(match self.kind(ty) {
            TypeKind::Bool => v.as_bool().to_string().into_bytes(),
            TypeKind::Int { bits, signed } => {
                crate::rt::fmt::int_text(v, bits, signed).into_bytes()
            }
            TypeKind::Float64 => crate::rt::fmt::float_g(v.as_float(), None).into_bytes(),
            TypeKind::Float32 => crate::rt::fmt::float32_g(v.as_float(), None).into_bytes(),
            TypeKind::String => self.c.rt.heap.bytes(v).to_vec(),
            TypeKind::Slice { elem } if is_byte(self.prog(), elem) => {
                super::call::elems(self.c.rt, v).iter().map(|b| b.w as u8).collect()
            }
            TypeKind::Array { elem, .. } if is_byte(self.prog(), elem) => {
                parts(self.c, v.h).iter().map(|b| b.w as u8).collect()
            }
            _ => return Err(format!("xml: unsupported type: {}", self.prog().type_name(ty))),
        })
    }

    fn write_start(&mut self, name: &(String, String), attrs: &[(String, Vec<u8>)]) {
        self.write_indent(1);
        self.out.push(b'<');
        self.out.extend_from_slice(name.1.as_bytes());
        if !name.0.is_empty() {
            self.out.extend_from_slice(b" xmlns=\"");
            escape(&mut self.out, name.0.as_bytes());
            self.out.push(b'"');
        }
        for (k, v) in attrs {
            self.out.push(b' ');
            self.out.extend_from_slice(k.as_bytes());
            self.out.extend_from_slice(b"=\"");
            escape(&mut self.out, v);
            self.out.push(b'"');
        }
        self.out.push(b'>');
    }

    fn write_end(&mut self, name: &(String, String)) {
        self.write_indent(-1);
        self.out.extend_from_slice(b"</");
        self.out.extend_from_slice(name.1.as_bytes());
        self.out.push(b'>');
    }

    /// Go's marshalStruct: the fields that are not attributes, opening and closing the
    /// parent elements of `a>b` chains as fields share them.
    fn fields(
        &mut self,
        v: Value,
        ty: TypeId,
        info: &TypeInfo,
        depth: usize,
    ) -> Result<(), String> {
        let mut stack: Vec<String> = Vec::new();
        for f in info.fields.iter().filter(|f| f.mode != Mode::Attr) {
            let Some(x) = super::json_encode::field_at(self.c, v, ty, &f.path) else { continue };
            match f.mode {
                Mode::CharData | Mode::CData => {
                    self.trim(&mut stack, &f.parents);
                    let Some((x, xt)) = self.deref(x, f.ty) else { continue };
                    let text = self.simple(x, xt).unwrap_or_default();
                    if f.mode == Mode::CData {
                        cdata(&mut self.out, &text);
                    } else {
                        escape(&mut self.out, &text);
                    }
                }
                Mode::Comment => {
                    self.trim(&mut stack, &f.parents);
                    self.comment(x, f.ty, ty)?;
                }
                Mode::InnerXml => {
                    if let Some((x, xt)) = self.deref(x, f.ty) {
                        match self.kind(xt) {
                            TypeKind::String => {
                                self.out.extend_from_slice(&self.c.rt.heap.bytes(x))
                            }
                            TypeKind::Slice { elem } if is_byte(self.prog(), elem) => {
                                let b = self.simple(x, xt)?;
                                self.out.extend(b);
                            }
                            _ => self.value(x, xt, Some(f), depth + 1)?,
                        }
                    }
                }
                Mode::Element => {
                    self.trim(&mut stack, &f.parents);
                    let nil = matches!(
                        self.kind(f.ty),
                        TypeKind::StructPtr { .. } | TypeKind::Pointer | TypeKind::Interface
                    ) && x.h == 0
                        && x.t == 0;
                    if f.parents.len() > stack.len() && !nil {
                        for p in &f.parents[stack.len()..] {
                            self.write_start(&(String::new(), p.clone()), &[]);
                            stack.push(p.clone());
                        }
                    }
                    self.value(x, f.ty, Some(f), depth + 1)?;
                }
                Mode::Attr => {}
            }
        }
        self.trim(&mut stack, &[]);
        Ok(())
    }

    /// Closes the open parents that are not a prefix of `parents`.
    fn trim(&mut self, stack: &mut Vec<String>, parents: &[String]) {
        let keep = stack.iter().zip(parents).take_while(|(a, b)| a == b).count();
        while stack.len() > keep {
            let p = stack.pop().unwrap_or_default();
            self.write_end(&(String::new(), p));
        }
    }

    fn comment(&mut self, x: Value, fty: TypeId, sty: TypeId) -> Result<(), String> {
        let Some((x, xt)) = self.deref(x, fty) else { return Ok(()) };
        let text = match self.kind(xt) {
            TypeKind::String => self.c.rt.heap.bytes(x).to_vec(),
            TypeKind::Slice { elem } if is_byte(self.prog(), elem) => self.simple(x, xt)?,
            _ => {
                return Err(format!(
                    "xml: bad type for comment field of {}",
                    self.prog().type_name(sty)
                ))
            }
        };
        if text.is_empty() {
            return Ok(());
        }
        self.write_indent(0);
        self.out.extend_from_slice(b"<!--");
        if text.windows(2).any(|w| w == b"--") {
            return Err("xml: comments must not contain \"--\"".into());
        }
        self.out.extend_from_slice(&text);
        if text.last() == Some(&b'-') {
            self.out.push(b' ');
        }
        self.out.extend_from_slice(b"-->");
        Ok(())
    }
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

pub fn is_byte(prog: &Program, t: TypeId) -> bool {
    matches!(
        prog.types.get(t as usize).map(|d| &d.kind),
        Some(TypeKind::Int { bits: 8, signed: false })
    )
}

/// Go's isEmptyValue (omitempty).
fn is_empty(c: &Call, v: Value, ty: TypeId) -> bool {
    match c.rt.prog.types.get(ty as usize).map(|d| &d.kind) {
        Some(TypeKind::Bool | TypeKind::Int { .. }) => v.w == 0,
        Some(TypeKind::Float64 | TypeKind::Float32) => v.as_float() == 0.0,
        Some(TypeKind::String) => c.rt.heap.bytes(v).is_empty(),
        Some(TypeKind::Slice { .. }) => v.slice_len() == 0,
        Some(TypeKind::Array { len, .. }) => *len == 0,
        Some(TypeKind::Map { .. }) => super::json_encode::map_pairs(c, v).is_empty(),
        Some(TypeKind::Interface) => v.t == 0,
        Some(
            TypeKind::StructPtr { .. } | TypeKind::Pointer | TypeKind::Chan { .. } | TypeKind::Func,
        ) => v.h == 0 && v.w == 0,
        _ => false,
    }
}

/// Go's EscapeText: the five XML specials, tab, newline and carriage return as character
/// references, and bytes that are not XML characters (or not UTF-8) as U+FFFD.
pub fn escape(out: &mut Vec<u8>, s: &[u8]) {
    let mut i = 0;
    while i < s.len() {
        let (r, n) = match s[i] {
            b if b < 0x80 => (Some(b as char), 1),
            _ => super::json_encode::decode_rune(&s[i..]),
        };
        let esc: &[u8] = match r {
            Some('"') => b"&#34;",
            Some('\'') => b"&#39;",
            Some('&') => b"&amp;",
            Some('<') => b"&lt;",
            Some('>') => b"&gt;",
            Some('\t') => b"&#x9;",
            Some('\n') => b"&#xA;",
            Some('\r') => b"&#xD;",
            Some(r) if in_char_range(r) => {
                out.extend_from_slice(&s[i..i + n]);
                i += n;
                continue;
            }
            _ => "\u{fffd}".as_bytes(),
        };
        out.extend_from_slice(esc);
        i += n;
    }
}

/// Whether `r` may appear in an XML document.
pub fn in_char_range(r: char) -> bool {
    let u = r as u32;
    matches!(u, 0x09 | 0x0a | 0x0d | 0x20..=0xd7ff | 0xe000..=0xfffd | 0x10000..=0x10ffff)
}

/// Go's emitCDATA: the text in CDATA sections, split around each "]]>".
fn cdata(out: &mut Vec<u8>, s: &[u8]) {
    if s.is_empty() {
        return;
    }
    out.extend_from_slice(b"<![CDATA[");
    let mut rest = s;
    while let Some(i) = rest.windows(3).position(|w| w == b"]]>") {
        out.extend_from_slice(&rest[..i + 2]);
        out.extend_from_slice(b"]]><![CDATA[");
        rest = &rest[i + 2..];
    }
    out.extend_from_slice(rest);
    out.extend_from_slice(b"]]>");
}
