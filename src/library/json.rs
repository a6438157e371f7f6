//! Package encoding/json: Marshal, MarshalIndent, Unmarshal, Valid, Indent, Compact, the
//! streaming Encoder and Decoder, and RawMessage. The encoder is json_encode.rs, the
//! parser and the store into Go values json_decode.rs; this file is the Go-facing surface.
//!
//! Errors are the library's error values with Go's messages (Go's *SyntaxError,
//! *UnmarshalTypeError, ... as types of their own are not supported yet, so errors.As
//! does not find them). Types with MarshalJSON/UnmarshalJSON methods of the program's are
//! encoded by their structure (their methods are not called yet).
//!
//! An Encoder is a struct {w, prefix, indent, noHTML}; a Decoder is {r, buffered bytes,
//! the reader's end seen}. Both write and read through io.rs (`write_all` and Read calls),
//! so writers and readers of the program's own work as well as the library's.

use super::call::{Call, Fault};
use super::crypto::{byte_arg, new_byte_slice};
use super::json_decode::{parse, parse_prefix, Dec, Json, ParseError};
use super::json_encode::{compact, indent, payload, Enc, Hole};
use super::task::Ctx;
use super::{func, func_go, method, method_go, type_, Member};
use crate::rt::obj::Obj;
use crate::vm::program::TypeKind;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    func("Compact", "func(dst *bytes.Buffer, src []byte) error", |c| reformat(c, None)),
    func("Indent", "func(dst *bytes.Buffer, src []byte, prefix, indent string) error", |c| {
        let (p, i) = (c.str(2).to_string(), c.str(3).to_string());
        reformat(c, Some((p, i)))
    }),
    func_go("Marshal", "func(v any) ([]byte, error)", |c| marshal(c, None)),
    func_go("MarshalIndent", "func(v any, prefix, indent string) ([]byte, error)", |c| {
        let (p, i) = (c.str(1).to_string(), c.str(2).to_string());
        marshal(c, Some((p, i)))
    }),
    func_go("Unmarshal", "func(data []byte, v any) error", unmarshal),
    func("Valid", "func(data []byte) bool", |c| {
        let ok = parse(&byte_arg(c, 0)).is_ok();
        c.ret_bool(ok);
        Ok(())
    }),
    type_("RawMessage", "[]byte"),
    type_("Encoder", "struct{w any; prefix string; indent string; noHTML bool}"),
    func("NewEncoder", "func(w io.Writer) *Encoder", |c| {
        let v = c.alloc(Obj::Struct(vec![c.arg(0), Value::ZERO, Value::ZERO, Value::ZERO]))?;
        c.ret(v);
        Ok(())
    }),
    method_go("*Encoder", "Encode", "func(v any) error", encode),
    method("*Encoder", "SetEscapeHTML", "func(on bool)", |c| {
        let on = c.bool(1);
        set_fields(c, &[(3, Value::bool(!on))])
    }),
    method("*Encoder", "SetIndent", "func(prefix, indent string)", |c| {
        let (p, i) = (c.arg(1), c.arg(2));
        set_fields(c, &[(1, p), (2, i)])
    }),
    type_("Decoder", "struct{r any; buf string; eof bool; disallowUnknown bool}"),
    func("NewDecoder", "func(r io.Reader) *Decoder", |c| {
        let v = c.alloc(Obj::Struct(vec![c.arg(0), Value::ZERO, Value::ZERO, Value::ZERO]))?;
        c.ret(v);
        Ok(())
    }),
    method("*Decoder", "DisallowUnknownFields", "func()", |c| {
        set_fields(c, &[(3, Value::bool(true))])
    }),
    type_("Marshaler", "interface{MarshalJSON() ([]byte, error)}"),
    type_("Unmarshaler", "interface{UnmarshalJSON([]byte) error}"),
    method_go("*Decoder", "Decode", "func(v any) error", decode),
    method_go("*Decoder", "More", "func() bool", more),
];

use super::call::NIL_DEREF;

/// The fields of the receiver (an Encoder or Decoder).
fn fields(c: &Call, v: Value) -> Result<Vec<Value>, Fault> {
    if v.h == 0 {
        return Err(Fault::Panic(NIL_DEREF.into()));
    }
    Ok(super::json_encode::parts(c, v.h))
}

fn set_fields(c: &mut Call, set: &[(usize, Value)]) -> Result<(), Fault> {
    let r = c.arg(0);
    if r.h == 0 {
        return Err(Fault::Panic(NIL_DEREF.into()));
    }
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(r.h) {
        for &(i, v) in set {
            f[i] = v;
        }
    }
    Ok(())
}

/// The compact JSON text of interface value `v` and the holes its marshalers fill; Err
/// is Go's message.
fn encode_text(c: &Call, v: Value, html: bool) -> Result<(Vec<u8>, Vec<Hole>), String> {
    let mut e = Enc::new(c, html);
    if v.t == 0 {
        e.out.extend_from_slice(b"null");
    } else {
        e.value(payload(c, v), v.t, 0)?;
    }
    Ok((e.out, e.holes))
}

/// Indentation, when asked for: (prefix, indent).
type Indent = Option<(String, String)>;

fn indented(text: Vec<u8>, ind: &Indent) -> Vec<u8> {
    match ind {
        Some((p, i)) => indent(&text, p, i),
        None => text,
    }
}

/// Calls the marshaler of each hole and puts its text in place: Go's message when one
/// fails or returns what is not JSON.
async fn fill_holes(
    ctx: &Ctx,
    text: Vec<u8>,
    holes: Vec<Hole>,
    html: bool,
) -> Result<Vec<u8>, String> {
    // The receivers stay alive while methods run, even if one of them changes the value
    // being encoded (deletes a map entry that holds another receiver).
    for h in &holes {
        ctx.keep(h.recv);
    }
    let mut out = Vec::with_capacity(text.len());
    let mut from = 0;
    for h in holes {
        let name = if h.text { "MarshalText" } else { "MarshalJSON" };
        let r = ctx.method(h.recv, name, &[], 2).await;
        let (b, err) = (r[0], r[1]);
        ctx.keep(b);
        ctx.keep(err);
        let fail =
            |msg: &str| format!("json: error calling {name} for type {}: {msg}", h.type_name);
        if err.t != 0 {
            let s = ctx.method(err, "Error", &[], 1).await[0];
            ctx.keep(s);
            let msg = ctx.native(move |c| Ok(bytes_as_values(&c.rt.heap.bytes(s)))).await;
            return Err(fail(&String::from_utf8_lossy(&values_as_bytes(&msg))));
        }
        let got = ctx.native(move |c| Ok(super::call::elems(c.rt, b))).await;
        let got = values_as_bytes(&got);
        out.extend_from_slice(&text[from..h.at]);
        from = h.at;
        if h.text {
            super::json_encode::write_string(&mut out, &got, html);
            continue;
        }
        if let Err(e) = parse(&got) {
            return Err(fail(&e.to_string()));
        }
        out.extend(compact(&got, html));
    }
    out.extend_from_slice(&text[from..]);
    Ok(out)
}

fn bytes_as_values(b: &[u8]) -> Vec<Value> {
    b.iter().map(|&x| Value::int(x as i64)).collect()
}
fn values_as_bytes(v: &[Value]) -> Vec<u8> {
    v.iter().map(|x| x.w as u8).collect()
}

/// Marshal and MarshalIndent: ([]byte, nil) or (nil, err).
fn marshal(c: &mut Call, ind: Indent) -> Result<(), Fault> {
    let (text, holes) = match encode_text(c, c.arg(0), true) {
        Ok(x) => x,
        Err(msg) => {
            c.ret(Value::ZERO);
            return c.ret_err(Some(msg));
        }
    };
    if holes.is_empty() {
        let v = new_byte_slice(c, &indented(text, &ind))?;
        c.ret(v);
        return c.ret_err(None);
    }
    c.task(move |ctx| async move {
        let text = fill_holes(&ctx, text, holes, true).await;
        Ok(ctx
            .native(move |c| match &text {
                Ok(t) => Ok(vec![new_byte_slice(c, &indented(t.clone(), &ind))?, Value::ZERO]),
                Err(msg) => Ok(vec![Value::ZERO, c.new_error(msg)?]),
            })
            .await)
    });
    Ok(())
}

/// json.Indent and json.Compact: `src` checked, reformatted and appended to `dst`.
fn reformat(c: &mut Call, ind: Option<(String, String)>) -> Result<(), Fault> {
    let src = byte_arg(c, 1);
    if let Err(e) = parse(&src) {
        return c.ret_err(Some(e.to_string()));
    }
    let out = match &ind {
        Some((p, i)) => indent(&src, p, i),
        None => compact(&src, false),
    };
    super::strbuf::write(c, c.arg(0), super::strbuf::Kind::Buffer, &out)?;
    c.ret_err(None)
}

/// Go's InvalidUnmarshalError for a target that is not a non-nil pointer.
fn check_target(c: &Call, v: Value) -> Option<String> {
    if v.t == 0 {
        return Some("json: Unmarshal(nil)".into());
    }
    let name = c.rt.prog.type_name(v.t);
    match c.rt.prog.types.get(v.t as usize).map(|d| &d.kind) {
        Some(TypeKind::StructPtr { .. } | TypeKind::Pointer) if v.h == 0 => {
            Some(format!("json: Unmarshal(nil {name})"))
        }
        Some(TypeKind::StructPtr { .. } | TypeKind::Pointer) => None,
        _ => Some(format!("json: Unmarshal(non-pointer {name})")),
    }
}

/// Stores `j` through target `v` (an interface value holding a pointer); the error.
/// Stores `j` through target `v`: the error (nil when none), then for each unmarshaler
/// of the program's to call, its receiver, its argument and whether it is UnmarshalText.
fn store(
    c: &mut Call,
    j: &Json,
    src: &[u8],
    v: Value,
    disallow_unknown: bool,
) -> Result<Vec<Value>, Fault> {
    if let Some(e) = check_target(c, v) {
        return Ok(vec![c.new_error(&e)?]);
    }
    // Room for the values the store makes, checked before any is made, so a collection
    // is asked for before the target changes (the call then runs again from the start).
    super::call::room(c.rt, c.m, 64 * 1024)?;
    let mut d = Dec::new(c, src);
    d.disallow_unknown = disallow_unknown;
    d.store_through(j, v, v.t)?;
    let (err, calls) = (d.err, d.calls);
    let mut out = vec![match err {
        Some(m) => c.new_error(&m)?,
        None => Value::ZERO,
    }];
    for u in calls {
        let arg = new_byte_slice(c, &u.data)?;
        out.extend([u.recv, arg, Value::bool(u.text)]);
    }
    Ok(out)
}

/// Calls the unmarshalers `store` listed after the error; the result: the first method's
/// error, else the store's.
async fn run_unmarshalers(ctx: &Ctx, stored: Vec<Value>) -> Value {
    for call in stored[1..].chunks(3) {
        let name = if call[2].as_bool() { "UnmarshalText" } else { "UnmarshalJSON" };
        let r = ctx.method(call[0], name, &[call[1]], 1).await;
        if r[0].t != 0 {
            return r[0];
        }
    }
    stored[0]
}

fn unmarshal(c: &mut Call) -> Result<(), Fault> {
    let data = byte_arg(c, 0);
    // A first guess at what the store makes, to ask for a collection before it starts;
    // each allocation still checks (and a collection then runs the call again, which
    // stores the same values).
    super::call::room(c.rt, c.m, data.len().saturating_mul(2))?;
    let stored = match parse(&data) {
        Err(e) => return c.ret_err(Some(e.to_string())),
        Ok(j) => store(c, &j, &data, c.arg(1), false)?,
    };
    if stored.len() == 1 {
        c.ret(stored[0]);
        return Ok(());
    }
    c.task(move |ctx| async move {
        for v in &stored {
            ctx.keep(*v);
        }
        Ok(vec![run_unmarshalers(&ctx, stored).await])
    });
    Ok(())
}

/// Encoder.Encode: the value's JSON and a newline, written to the encoder's writer.
fn encode(c: &mut Call) -> Result<(), Fault> {
    let f = fields(c, c.arg(0))?;
    let (w, prefix, ind, no_html) = (f[0], c.text(f[1]), c.text(f[2]), f[3].as_bool());
    let ind: Indent =
        (!prefix.is_empty() || !ind.is_empty()).then(|| (prefix.to_string(), ind.to_string()));
    let (text, holes) = match encode_text(c, c.arg(1), !no_html) {
        Ok(t) => t,
        Err(msg) => return c.ret_err(Some(msg)),
    };
    if w.t == 0 {
        return Err(Fault::Panic(NIL_DEREF.into()));
    }
    c.task(move |ctx| async move {
        let mut text = match fill_holes(&ctx, text, holes, !no_html).await {
            Ok(t) => indented(t, &ind),
            Err(msg) => return Ok(ctx.native(move |c| Ok(vec![c.new_error(&msg)?])).await),
        };
        text.push(b'\n');
        let n = text.len();
        let buf = ctx.native(move |c| Ok(vec![new_byte_slice(c, &text)?])).await[0];
        ctx.keep(buf);
        let err = super::io::write_all(&ctx, w, buf, n).await;
        Ok(vec![err.unwrap_or(Value::ZERO)])
    });
    Ok(())
}

/// How many bytes the Decoder asks each Read of a reader of the program's for.
const READ_CHUNK: usize = 512;

/// Decoder.Decode: the next value of the stream into `v`. Bytes are read until a whole
/// value is buffered (a number at the end of the buffer waits for the byte after it), as
/// Go's Decoder reads; io.EOF when only spaces are left, io.ErrUnexpectedEOF when the
/// stream ends inside a value.
fn decode(c: &mut Call) -> Result<(), Fault> {
    let (dec, target) = (c.arg(0), c.arg(1));
    let (r, native_reader) = reader_of(c, dec)?;
    c.task(move |ctx| async move {
        loop {
            let done = ctx.native(move |c| decode_step(c, dec, target)).await;
            if done.len() > 1 {
                for v in &done {
                    ctx.keep(*v);
                }
                return Ok(vec![run_unmarshalers(&ctx, done).await]);
            }
            if let Some(&e) = done.first() {
                return Ok(vec![e]);
            }
            if let Some(e) = read_more(&ctx, dec, r, native_reader).await {
                return Ok(vec![e]);
            }
        }
    });
    Ok(())
}

/// The Decoder's reader, and whether it is a *strings.Reader (read directly, not through
/// Read calls); a Decoder over a nil reader panics as Go's does.
fn reader_of(c: &Call, dec: Value) -> Result<(Value, bool), Fault> {
    let r = fields(c, dec)?[0];
    if r.t == 0 {
        return Err(Fault::Panic(NIL_DEREF.into()));
    }
    Ok((r, c.rt.prog.type_name(r.t) == "*strings.Reader"))
}

/// Reads more of the decoder's stream into its buffer: the Read's error when it failed
/// with other than io.EOF.
async fn read_more(ctx: &Ctx, dec: Value, r: Value, native_reader: bool) -> Option<Value> {
    if native_reader {
        ctx.native(move |c| drain_strings_reader(c, dec, r)).await;
        return None;
    }
    let buf = ctx.native(|c| Ok(vec![c.new_slice(vec![Value::int(0); READ_CHUNK])?])).await[0];
    ctx.keep(buf);
    let got = ctx.method(r, "Read", &[buf], 2).await;
    let (n, err) = (got[0].as_int().clamp(0, READ_CHUNK as i64) as usize, got[1]);
    let failed = ctx.native(move |c| take_read(c, dec, buf, n, err)).await;
    failed.first().copied()
}

/// Decoder.More: whether another value follows in the stream (the next byte that is not
/// a space exists and does not close an array or object).
fn more(c: &mut Call) -> Result<(), Fault> {
    let dec = c.arg(0);
    let (r, native_reader) = reader_of(c, dec)?;
    c.task(move |ctx| async move {
        loop {
            let next = ctx
                .native(move |c| {
                    let f = fields(c, dec)?;
                    let (buf, eof) = (c.rt.heap.bytes(f[1]), f[2].as_bool());
                    let b = buf.iter().find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
                    Ok(match b {
                        Some(b) => vec![Value::bool(*b != b']' && *b != b'}')],
                        None if eof => vec![Value::bool(false)],
                        None => vec![],
                    })
                })
                .await;
            if let Some(&m) = next.first() {
                return Ok(vec![m]);
            }
            if read_more(&ctx, dec, r, native_reader).await.is_some() {
                // Go's More reports the error as "more": the next Decode returns it.
                return Ok(vec![Value::bool(true)]);
            }
        }
    });
    Ok(())
}

/// One attempt to decode from the buffered bytes: [the error or nil] when done, nothing
/// when more bytes are needed.
fn decode_step(c: &mut Call, dec: Value, target: Value) -> Result<Vec<Value>, Fault> {
    let f = fields(c, dec)?;
    let (buf, eof) = (c.rt.heap.bytes(f[1]), f[2].as_bool());
    let outcome = parse_prefix(&buf);
    let (j, used) = match outcome {
        Ok(None) if eof => return Ok(vec![c.sentinel(1)]),
        Ok(None) => return Ok(vec![]),
        Err(ParseError::Eof) if !eof => return Ok(vec![]),
        Ok(Some((Json::Num(_), n))) if n == buf.len() && !eof => return Ok(vec![]),
        Ok(Some(x)) => x,
        Err(ParseError::Eof) => return Ok(vec![c.sentinel(2)]),
        Err(e) => return Ok(vec![c.new_error(&e.to_string())?]),
    };
    super::call::room(c.rt, c.m, used.saturating_mul(2))?;
    let stored = store(c, &j, &buf, target, f[3].as_bool())?;
    let rest = c.new_bytes(&buf[used..])?;
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(dec.h) {
        f[1] = rest;
    }
    Ok(stored)
}

/// Appends the rest of a *strings.Reader to the decoder's buffer and marks its end.
fn drain_strings_reader(c: &mut Call, dec: Value, r: Value) -> Result<Vec<Value>, Fault> {
    let (s, i) = match &*c.rt.heap.lock(r.h) {
        Obj::Struct(f) if f.len() == 2 => (f[0], f[1].as_int().max(0) as usize),
        _ => (Value::ZERO, 0),
    };
    let text = c.rt.heap.bytes(s);
    let rest = text.get(i..).unwrap_or(&[]);
    let f = fields(c, dec)?;
    let all = [&c.rt.heap.bytes(f[1])[..], rest].concat();
    let v = c.new_bytes(&all)?;
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(r.h) {
        f[1] = Value::int(text.len() as i64);
    }
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(dec.h) {
        f[1] = v;
        f[2] = Value::bool(true);
    }
    Ok(vec![])
}

/// Appends what a Read returned to the decoder's buffer; [the error] when the Read failed
/// with other than io.EOF (which marks the stream's end).
fn take_read(
    c: &mut Call,
    dec: Value,
    buf: Value,
    n: usize,
    err: Value,
) -> Result<Vec<Value>, Fault> {
    let got: Vec<u8> = super::call::elems(c.rt, buf).iter().take(n).map(|v| v.w as u8).collect();
    let f = fields(c, dec)?;
    let all = [&c.rt.heap.bytes(f[1])[..], &got[..]].concat();
    let v = c.new_bytes(&all)?;
    let eof = c.sentinel(1);
    let is_eof = err.t == eof.t && err.w == eof.w && err.h == 0;
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(dec.h) {
        f[1] = v;
        if err.t != 0 {
            f[2] = Value::bool(true);
        }
    }
    Ok(if err.t != 0 && !is_eof { vec![err] } else { vec![] })
}
