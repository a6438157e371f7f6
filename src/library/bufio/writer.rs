//! bufio.Writer, as Go's bufio.go: bytes collect in `buf[:n]` and go to the underlying
//! writer when the buffer is full or on Flush, so a program that forgets Flush prints
//! nothing, as under Go.
//!
//! The algorithm is written once, as async functions over a `Sink` (the underlying
//! writer). The library's own writers (*os.File, *strings.Builder, *bytes.Buffer, another
//! *bufio.Writer over one) are written to natively: the futures are then ready at once
//! and run to the end in the native itself, which is also how fmt.Fprint* writes into a
//! *bufio.Writer. A program's own io.Writer is called as Go code from a coroutine.

use super::super::task::Ctx;
use super::super::{func, method, method_go, type_, Call, Fault, Member};
use super::*;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

pub const MEMBERS: &[Member] = &[
    type_("Writer", "struct{wr any; buf []byte; n int; err error}"),
    func("NewWriter", "func(w io.Writer) *Writer", |c| new_writer(c, DEFAULT_BUF_SIZE as i64)),
    func("NewWriterSize", "func(w io.Writer, size int) *Writer", |c| new_writer(c, c.int(1))),
    method("*Writer", "Available", "func() int", available),
    method("*Writer", "Buffered", "func() int", buffered),
    method_go("*Writer", "Flush", "func() error", |c| op(c, Op::Flush)),
    method("*Writer", "Reset", "func(w io.Writer)", reset),
    method("*Writer", "Size", "func() int", size),
    method_go("*Writer", "Write", "func(p []byte) (nn int, err error)", |c| {
        let p = c.arg(1);
        let bytes = slice_bytes(c, p, 0, p.slice_len());
        op(c, Op::Write(bytes))
    }),
    method_go("*Writer", "WriteByte", "func(c byte) error", |c| op(c, Op::Byte(c.int(1) as u8))),
    method_go("*Writer", "WriteRune", "func(r rune) (size int, err error)", |c| {
        let r = char::from_u32(c.int(1) as u32).unwrap_or('\u{FFFD}');
        op(c, Op::Rune(r))
    }),
    method_go("*Writer", "WriteString", "func(s string) (int, error)", |c| {
        let s = c.bytes(1).to_vec();
        op(c, Op::String(s))
    }),
];

const DEFAULT_BUF_SIZE: usize = 4096;

// The Writer's fields.
const WR: usize = 0;
const BUF: usize = 1;
const N: usize = 2;
const ERR: usize = 3;

/// NewWriterSize: a *bufio.Writer whose buffer is already as large is returned as is.
fn new_writer(c: &mut Call, size: i64) -> Result<(), Fault> {
    let wr = c.arg(0);
    let size = if size <= 0 { DEFAULT_BUF_SIZE } else { size as usize };
    if wr.h != 0 && c.rt.prog.type_name(wr.t) == "*bufio.Writer" {
        let f = load(c, wr)?;
        if f[BUF].slice_len() >= size {
            c.ret(Value { t: 0, ..wr });
            return Ok(());
        }
    }
    let buf = new_buf(c, size)?;
    let v = c.alloc(Obj::Struct(vec![wr, buf, Value::int(0), Value::ZERO]))?;
    c.ret(v);
    Ok(())
}

fn available(c: &mut Call) -> Result<(), Fault> {
    let f = load(c, c.arg(0))?;
    c.ret_int(f[BUF].slice_len() as i64 - f[N].as_int());
    Ok(())
}
fn buffered(c: &mut Call) -> Result<(), Fault> {
    let f = load(c, c.arg(0))?;
    c.ret_int(f[N].as_int());
    Ok(())
}
fn size(c: &mut Call) -> Result<(), Fault> {
    let f = load(c, c.arg(0))?;
    c.ret_int(f[BUF].slice_len() as i64);
    Ok(())
}
/// Reset: drops what is buffered and any error, and writes to w from now on.
fn reset(c: &mut Call) -> Result<(), Fault> {
    let b = c.arg(0);
    let mut f = load(c, b)?;
    f[WR] = c.arg(1);
    f[N] = Value::int(0);
    f[ERR] = Value::ZERO;
    store(c, b, &f);
    Ok(())
}

/// A Writer's state while a method runs: what is buffered, its capacity and its error.
struct WState {
    pending: Vec<u8>,
    size: usize,
    err: Value,
}

impl WState {
    fn load(c: &Call, b: Value) -> Result<(WState, Value), Fault> {
        let f = load(c, b)?;
        let n = (f[N].as_int().max(0) as usize).min(f[BUF].slice_len());
        let pending = slice_bytes(c, f[BUF], 0, n);
        Ok((WState { pending, size: f[BUF].slice_len(), err: f[ERR] }, f[WR]))
    }
    fn store(&self, c: &Call, b: Value) -> Result<(), Fault> {
        let mut f = load(c, b)?;
        put_bytes(c, f[BUF], 0, &self.pending);
        f[N] = Value::int(self.pending.len() as i64);
        f[ERR] = self.err;
        store(c, b, &f);
        Ok(())
    }
    fn available(&self) -> usize {
        self.size.saturating_sub(self.pending.len())
    }
}

/// The underlying writer.
trait Sink {
    /// Write(p): (n, err).
    async fn write(&mut self, p: Vec<u8>) -> Result<(usize, Value), Fault>;
    /// Whether it has WriteString (Go then hands it large strings directly).
    fn writes_strings(&self) -> bool;
}

/// Flush: everything buffered to the underlying writer; a short write keeps the rest.
async fn flush(st: &mut WState, s: &mut impl Sink) -> Result<Value, Fault> {
    if st.err.t != 0 || st.pending.is_empty() {
        return Ok(st.err);
    }
    let n = st.pending.len();
    let (k, mut e) = s.write(st.pending.clone()).await?;
    let k = k.min(n);
    if k < n && e.t == 0 {
        e = st_sentinel(ERR_SHORT_WRITE);
    }
    if e.t != 0 {
        st.pending.drain(..k);
        st.err = e;
        return Ok(e);
    }
    st.pending.clear();
    Ok(Value::ZERO)
}

/// A sentinel whose type is filled in when the state is stored (`fix_sentinel`).
fn st_sentinel(code: u64) -> Value {
    Value { w: code, h: 0, t: u32::MAX }
}

/// Write (and WriteString, `string`): fill the buffer and flush while p does not fit; a
/// large p with an empty buffer goes straight to the underlying writer.
async fn write(
    st: &mut WState,
    s: &mut impl Sink,
    p: &[u8],
    string: bool,
) -> Result<(usize, Value), Fault> {
    let (mut p, mut nn) = (p, 0);
    while p.len() > st.available() && st.err.t == 0 {
        let n;
        if st.pending.is_empty() && (!string || s.writes_strings()) {
            let (k, e) = s.write(p.to_vec()).await?;
            n = k.min(p.len());
            st.err = e;
        } else {
            n = st.available();
            st.pending.extend_from_slice(&p[..n]);
            flush(st, s).await?;
        }
        nn += n;
        p = &p[n..];
    }
    if st.err.t != 0 {
        return Ok((nn, st.err));
    }
    st.pending.extend_from_slice(p);
    Ok((nn + p.len(), Value::ZERO))
}

/// WriteByte.
async fn write_byte(st: &mut WState, s: &mut impl Sink, b: u8) -> Result<Value, Fault> {
    if st.err.t != 0 {
        return Ok(st.err);
    }
    if st.available() == 0 && flush(st, s).await?.t != 0 {
        return Ok(st.err);
    }
    st.pending.push(b);
    Ok(Value::ZERO)
}

/// WriteRune.
async fn write_rune(st: &mut WState, s: &mut impl Sink, r: char) -> Result<(usize, Value), Fault> {
    if (r as u32) < 0x80 {
        let e = write_byte(st, s, r as u8).await?;
        return Ok(if e.t != 0 { (0, e) } else { (1, Value::ZERO) });
    }
    if st.err.t != 0 {
        return Ok((0, st.err));
    }
    let mut enc = [0u8; 4];
    let bytes = r.encode_utf8(&mut enc).as_bytes();
    if st.available() < 4 {
        flush(st, s).await?;
        if st.err.t != 0 {
            return Ok((0, st.err));
        }
        if st.available() < 4 {
            return write(st, s, bytes, true).await;
        }
    }
    st.pending.extend_from_slice(bytes);
    Ok((bytes.len(), Value::ZERO))
}

/// A Writer method.
enum Op {
    Flush,
    Write(Vec<u8>),
    String(Vec<u8>),
    Byte(u8),
    Rune(char),
}

/// Runs method `op` on `st`: its results.
async fn run_op(st: &mut WState, s: &mut impl Sink, op: &Op) -> Result<Vec<Value>, Fault> {
    Ok(match op {
        Op::Flush => vec![flush(st, s).await?],
        Op::Write(p) => pair(write(st, s, p, false).await?),
        Op::String(p) => pair(write(st, s, p, true).await?),
        Op::Byte(b) => vec![write_byte(st, s, *b).await?],
        Op::Rune(r) => pair(write_rune(st, s, *r).await?),
    })
}

fn pair((n, e): (usize, Value)) -> Vec<Value> {
    vec![Value::int(n as i64), e]
}

/// Gives sentinels made without the runtime at hand their type.
fn fix_sentinel(c: &Call, v: Value) -> Value {
    if v.t == u32::MAX && v.h == 0 {
        sentinel(c, v.w)
    } else {
        v
    }
}

/// A method of the Writer: natively over the library's writers, else as a coroutine.
fn op(c: &mut Call, op: Op) -> Result<(), Fault> {
    let b = c.arg(0);
    let (_, wr) = WState::load(c, b)?;
    if is_library_writer(c, wr) {
        let results = run_native(c, b, &op)?;
        results.into_iter().for_each(|v| c.ret(v));
        return Ok(());
    }
    c.task(move |ctx| async move {
        let r = ctx.native(move |c| Ok(vec![WState::load(c, b)?.1])).await;
        let (mut st, _) = (WState { pending: Vec::new(), size: 0, err: Value::ZERO }, r[0]);
        let loaded = ctx
            .native(move |c| {
                let (st, _) = WState::load(c, b)?;
                let mut v = vec![Value::int(st.size as i64), st.err];
                v.extend(st.pending.iter().map(|&x| Value::int(x as i64)));
                Ok(v)
            })
            .await;
        st.size = loaded[0].as_int() as usize;
        st.err = loaded[1];
        st.pending = loaded[2..].iter().map(|v| v.w as u8).collect();
        ctx.keep(st.err);
        let mut sink = GoSink { ctx: ctx.clone(), wr: r[0] };
        let results = run_op(&mut st, &mut sink, &op).await?;
        let results: Vec<Value> = results.into_iter().collect();
        Ok(ctx
            .native(move |c| {
                st.err = fix_sentinel(c, st.err);
                st.store(c, b)?;
                Ok(results.iter().map(|&v| fix_sentinel(c, v)).collect())
            })
            .await)
    });
    Ok(())
}

/// Runs `op` on Writer `b` over a library writer, to the end, in this native.
fn run_native(c: &mut Call, b: Value, op: &Op) -> Result<Vec<Value>, Fault> {
    let (mut st, wr) = WState::load(c, b)?;
    let results = {
        let mut sink = NativeSink { c: &mut *c, wr };
        let fut = pin!(run_op(&mut st, &mut sink, op));
        match fut.poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(r) => r?,
            Poll::Pending => internal_error("a native bufio write waited"),
        }
    };
    st.err = fix_sentinel(c, st.err);
    st.store(c, b)?;
    Ok(results.into_iter().map(|v| fix_sentinel(c, v)).collect())
}

/// Whether `w` is written to natively: one of the library's writers, or a *bufio.Writer
/// over one.
fn is_library_writer(c: &Call, w: Value) -> bool {
    match c.rt.prog.type_name(w.t) {
        "*os.File" | "*strings.Builder" | "*bytes.Buffer" => true,
        "*bufio.Writer" if w.h != 0 => {
            load(c, w).is_ok_and(|f| f[WR] != w && is_library_writer(c, f[WR]))
        }
        _ => w.t == 0,
    }
}

/// fmt.Fprint* into a *bufio.Writer `w`: Write's results (n, err) as the call's.
pub fn write_native(c: &mut Call, w: Value, bytes: &[u8]) -> Result<(), Fault> {
    let results = run_native(c, Value { t: 0, ..w }, &Op::Write(bytes.to_vec()))?;
    results.into_iter().for_each(|v| c.ret(v));
    Ok(())
}

/// The library's writers, written to in place.
struct NativeSink<'a, 'b> {
    c: &'a mut Call<'b>,
    wr: Value,
}

impl Sink for NativeSink<'_, '_> {
    async fn write(&mut self, p: Vec<u8>) -> Result<(usize, Value), Fault> {
        let c = &mut *self.c;
        let w = self.wr;
        match c.rt.prog.type_name(w.t) {
            _ if w.t == 0 => Err(Fault::Panic(NIL_DEREF.into())),
            "*os.File" => {
                let fd = load(c, w)?.first().map_or(1, |v| v.w as u32);
                c.rt.write(c.m, c.g.id, fd, &p);
                Ok((p.len(), Value::ZERO))
            }
            "*strings.Builder" | "*bytes.Buffer" => {
                super::super::strings::append_bytes(c, w, &p)?;
                Ok((p.len(), Value::ZERO))
            }
            "*bufio.Writer" => {
                let r = run_native(c, Value { t: 0, ..w }, &Op::Write(p))?;
                Ok((r[0].as_int() as usize, r[1]))
            }
            other => Err(Fault::Panic(format!(
                "gopark: fmt.Fprint into a *bufio.Writer over a {other} (an io.Writer of your own) is not supported yet"
            ))),
        }
    }
    fn writes_strings(&self) -> bool {
        true
    }
}

/// A program's own io.Writer: Write called as Go code with a new []byte.
struct GoSink {
    ctx: Ctx,
    wr: Value,
}

impl Sink for GoSink {
    async fn write(&mut self, p: Vec<u8>) -> Result<(usize, Value), Fault> {
        let s = self.ctx.native(move |c| Ok(vec![new_byte_slice(c, &p)?])).await[0];
        let r = self.ctx.method(self.wr, "Write", &[s], 2).await;
        let n = r[0].as_int();
        if n < 0 {
            return Ok((0, r[1]));
        }
        self.ctx.keep(r[1]);
        Ok((n as usize, r[1]))
    }
    fn writes_strings(&self) -> bool {
        false
    }
}
