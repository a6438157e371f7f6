//! bufio.Reader, as Go's bufio.go: `buf[r:w]` holds read-ahead bytes; `fill` slides them to
//! the front and calls the underlying Read for more (up to 100 empty reads).
//!
//! Each method is a loop of steps (`drive`): a step works on the fields with what is
//! buffered and either finishes or asks for a fill, which the coroutine does with Go calls.

use super::super::task::Ctx;
use super::super::{func, method, method_go, type_, var, Call, Fault, Member};
use super::scan::{decode_rune, full_rune, ret_sentinel};
use super::*;
use crate::sys::{lock, Arc, Mutex};

pub const MEMBERS: &[Member] = &[
    type_(
        "Reader",
        "struct{rd any; buf []byte; r int; w int; err error; lastByte int; lastRuneSize int}",
    ),
    func("NewReader", "func(rd io.Reader) *Reader", |c| new_reader(c, DEFAULT_BUF_SIZE)),
    func("NewReaderSize", "func(rd io.Reader, size int) *Reader", |c| {
        let size = (c.int(1).max(MIN_READ_BUFFER_SIZE as i64)) as usize;
        new_reader(c, size)
    }),
    method("*Reader", "Buffered", "func() int", buffered),
    method_go("*Reader", "Peek", "func(n int) ([]byte, error)", peek),
    method_go("*Reader", "Read", "func(p []byte) (n int, err error)", read),
    method_go("*Reader", "ReadByte", "func() (byte, error)", read_byte),
    method_go("*Reader", "ReadBytes", "func(delim byte) ([]byte, error)", |c| collect(c, false)),
    method_go("*Reader", "ReadLine", "func() (line []byte, isPrefix bool, err error)", read_line),
    method_go("*Reader", "ReadRune", "func() (r rune, size int, err error)", read_rune),
    method_go("*Reader", "ReadSlice", "func(delim byte) (line []byte, err error)", read_slice),
    method_go("*Reader", "ReadString", "func(delim byte) (string, error)", |c| collect(c, true)),
    method("*Reader", "Size", "func() int", size),
    method("*Reader", "UnreadByte", "func() error", unread_byte),
    method("*Reader", "UnreadRune", "func() error", unread_rune),
    var("ErrBufferFull", "error", |c| ret_sentinel(c, ERR_BUFFER_FULL)),
    var("ErrNegativeCount", "error", |c| ret_sentinel(c, ERR_NEGATIVE_COUNT)),
    var("ErrInvalidUnreadByte", "error", |c| ret_sentinel(c, ERR_INVALID_UNREAD_BYTE)),
    var("ErrInvalidUnreadRune", "error", |c| ret_sentinel(c, ERR_INVALID_UNREAD_RUNE)),
];

const DEFAULT_BUF_SIZE: usize = 4096;
const MIN_READ_BUFFER_SIZE: usize = 16;

// The Reader's fields.
const RD: usize = 0;
const BUF: usize = 1;
const R: usize = 2;
const W: usize = 3;
const ERR: usize = 4;
const LAST_BYTE: usize = 5;
const LAST_RUNE_SIZE: usize = 6;

/// NewReaderSize: a *bufio.Reader whose buffer is already as large is returned as is.
fn new_reader(c: &mut Call, size: usize) -> Result<(), Fault> {
    let rd = c.arg(0);
    if rd.h != 0 && c.rt.prog.type_name(rd.t) == "*bufio.Reader" {
        let f = load(c, rd)?;
        if f[BUF].slice_len() >= size {
            c.ret(Value { t: 0, ..rd });
            return Ok(());
        }
    }
    let buf = new_buf(c, size)?;
    let f =
        vec![rd, buf, Value::int(0), Value::int(0), Value::ZERO, Value::int(-1), Value::int(-1)];
    let v = c.alloc(Obj::Struct(f))?;
    c.ret(v);
    Ok(())
}

/// The reader's fields as numbers.
struct St<'a> {
    f: &'a mut [Value],
}

impl St<'_> {
    fn r(&self) -> usize {
        self.f[R].as_int() as usize
    }
    fn w(&self) -> usize {
        self.f[W].as_int() as usize
    }
    fn len(&self) -> usize {
        self.f[BUF].slice_len()
    }
    fn set(&mut self, i: usize, v: i64) {
        self.f[i] = Value::int(v);
    }
    /// readErr: the pending error, cleared.
    fn read_err(&mut self) -> Value {
        std::mem::take(&mut self.f[ERR])
    }
    fn slice(&self, from: usize, to: usize) -> Value {
        subslice(self.f[BUF], from, to)
    }
}

/// What a step of a Reader method decided.
enum Step {
    Done(Vec<Value>),
    Fill,
}

type StepFn = dyn FnMut(&mut Call, &mut St) -> Result<Step, Fault> + Send;

/// Runs `f` on the reader's fields until it is done, filling the buffer whenever it asks.
/// The fields are stored only when a step succeeds, so a step that must run again after a
/// collection starts from the same state.
async fn drive(ctx: &Ctx, b: Value, f: Box<StepFn>) -> Result<Vec<Value>, Fault> {
    let f = Arc::new(Mutex::new(f));
    loop {
        let g = f.clone();
        let r = ctx
            .native(move |c| {
                let mut fields = load(c, b)?;
                let step = (lock(&g))(c, &mut St { f: &mut fields })?;
                store(c, b, &fields);
                Ok(match step {
                    Step::Done(mut v) => {
                        v.insert(0, Value::int(1));
                        v
                    }
                    Step::Fill => vec![Value::int(0)],
                })
            })
            .await;
        if r[0].as_int() == 1 {
            return Ok(r[1..].to_vec());
        }
        fill(ctx, b).await;
    }
}

/// fill: slides the unread bytes to the front, then reads once more than nothing comes
/// back, up to 100 tries (then io.ErrNoProgress).
async fn fill(ctx: &Ctx, b: Value) {
    let prep = ctx
        .native(move |c| {
            let mut fields = load(c, b)?;
            let mut st = St { f: &mut fields };
            let (r, w) = (st.r(), st.w());
            if r > 0 {
                let data = slice_bytes(c, st.f[BUF], r, w);
                put_bytes(c, st.f[BUF], 0, &data);
                st.set(W, (w - r) as i64);
                st.set(R, 0);
            }
            if st.w() >= st.len() {
                return Err(Fault::Panic("bufio: tried to fill full buffer".into()));
            }
            let room = st.slice(st.w(), st.len());
            let rd = st.f[RD];
            store(c, b, &fields);
            Ok(vec![rd, room])
        })
        .await;
    let (rd, room) = (prep[0], prep[1]);
    for _ in 0..MAX_CONSECUTIVE_EMPTY_READS {
        let got = ctx.method(rd, "Read", &[room], 2).await;
        let done = ctx
            .native(move |c| {
                let (n, e) = (got[0].as_int(), got[1]);
                if n < 0 {
                    return Err(Fault::Panic(
                        "bufio: reader returned negative count from Read".into(),
                    ));
                }
                let mut fields = load(c, b)?;
                let w = fields[W].as_int();
                fields[W] = Value::int(w + n.min(room.slice_len() as i64));
                if e.t != 0 {
                    fields[ERR] = e;
                }
                store(c, b, &fields);
                Ok(vec![Value::bool(e.t != 0 || n > 0)])
            })
            .await;
        if done[0].as_bool() {
            return;
        }
    }
    ctx.native(move |c| {
        let mut fields = load(c, b)?;
        fields[ERR] = sentinel(c, ERR_NO_PROGRESS);
        store(c, b, &fields);
        Ok(vec![])
    })
    .await;
}

/// Starts the coroutine of a Reader method made of steps.
fn run(c: &mut Call, f: Box<StepFn>) -> Result<(), Fault> {
    let b = c.arg(0);
    load(c, b)?;
    c.task(move |ctx| async move { drive(&ctx, b, f).await });
    Ok(())
}

/// A scan of a reader's buffered bytes: given them and whether more may follow (the reader
/// has no pending error and its buffer is not full), the bytes it used and its results, or
/// None to fill the buffer and scan again.
pub type ScanFn =
    dyn FnMut(&mut Call, &[u8], bool) -> Result<Option<(usize, Vec<Value>)>, Fault> + Send;

/// fmt.Fscan* on *bufio.Reader `b` (a RuneScanner: nothing the scan looked at past its last
/// token is lost): runs `scan` over the buffered bytes, filling as it asks, and makes its
/// results the call's.
pub fn scan_buffered(c: &mut Call, b: Value, mut scan: Box<ScanFn>) -> Result<(), Fault> {
    load(c, b)?;
    c.task(move |ctx| async move {
        let step = move |c: &mut Call, st: &mut St| {
            let (r, w) = (st.r(), st.w());
            let more = st.f[ERR].t == 0 && (r > 0 || w < st.len());
            let bytes = slice_bytes(c, st.f[BUF], r, w);
            Ok(match scan(c, &bytes, more)? {
                None => Step::Fill,
                Some((used, results)) => {
                    st.set(R, (r + used.min(w - r)) as i64);
                    st.set(LAST_BYTE, -1);
                    st.set(LAST_RUNE_SIZE, -1);
                    Step::Done(results)
                }
            })
        };
        drive(&ctx, b, Box::new(step)).await
    });
    Ok(())
}

fn buffered(c: &mut Call) -> Result<(), Fault> {
    let f = load(c, c.arg(0))?;
    c.ret_int(f[W].as_int() - f[R].as_int());
    Ok(())
}

fn size(c: &mut Call) -> Result<(), Fault> {
    let f = load(c, c.arg(0))?;
    c.ret_int(f[BUF].slice_len() as i64);
    Ok(())
}

fn read_byte(c: &mut Call) -> Result<(), Fault> {
    run(
        c,
        Box::new(|c, st| {
            st.set(LAST_RUNE_SIZE, -1);
            if st.r() == st.w() {
                if st.f[ERR].t != 0 {
                    return Ok(Step::Done(vec![Value::int(0), st.read_err()]));
                }
                return Ok(Step::Fill);
            }
            let b = slice_bytes(c, st.f[BUF], st.r(), st.r() + 1)[0];
            st.set(R, st.r() as i64 + 1);
            st.set(LAST_BYTE, b as i64);
            Ok(Step::Done(vec![Value::int(b as i64), Value::ZERO]))
        }),
    )
}

fn read_rune(c: &mut Call) -> Result<(), Fault> {
    run(
        c,
        Box::new(|c, st| {
            let (r, w) = (st.r(), st.w());
            // A rune is at most 4 bytes: no need to look further.
            let data = slice_bytes(c, st.f[BUF], r, w.min(r + 4));
            if r + 4 > w && !full_rune(&data) && st.f[ERR].t == 0 && w - r < st.len() {
                return Ok(Step::Fill);
            }
            st.set(LAST_RUNE_SIZE, -1);
            if r == w {
                return Ok(Step::Done(vec![Value::int(0), Value::int(0), st.read_err()]));
            }
            let (ch, size) = if data[0] < 0x80 { (data[0] as char, 1) } else { decode_rune(&data) };
            st.set(R, (r + size) as i64);
            st.set(LAST_BYTE, data[size - 1] as i64);
            st.set(LAST_RUNE_SIZE, size as i64);
            Ok(Step::Done(vec![Value::int(ch as i64), Value::int(size as i64), Value::ZERO]))
        }),
    )
}

fn unread_byte(c: &mut Call) -> Result<(), Fault> {
    let b = c.arg(0);
    let mut fields = load(c, b)?;
    let mut st = St { f: &mut fields };
    let last = st.f[LAST_BYTE].as_int();
    if last < 0 || st.r() == 0 && st.w() > 0 {
        return ret_sentinel(c, ERR_INVALID_UNREAD_BYTE);
    }
    if st.r() > 0 {
        st.set(R, st.r() as i64 - 1);
    } else {
        st.set(W, 1);
    }
    put_bytes(c, st.f[BUF], st.r(), &[last as u8]);
    st.set(LAST_BYTE, -1);
    st.set(LAST_RUNE_SIZE, -1);
    store(c, b, &fields);
    c.ret(Value::ZERO);
    Ok(())
}

fn unread_rune(c: &mut Call) -> Result<(), Fault> {
    let b = c.arg(0);
    let mut fields = load(c, b)?;
    let mut st = St { f: &mut fields };
    let size = st.f[LAST_RUNE_SIZE].as_int();
    if size < 0 || (st.r() as i64) < size {
        return ret_sentinel(c, ERR_INVALID_UNREAD_RUNE);
    }
    st.set(R, st.r() as i64 - size);
    st.set(LAST_BYTE, -1);
    st.set(LAST_RUNE_SIZE, -1);
    store(c, b, &fields);
    c.ret(Value::ZERO);
    Ok(())
}

/// ReadSlice's search: Some((line, err)) once decided, None to fill first.
fn slice_step(c: &Call, st: &mut St, delim: u8) -> Option<(Value, Value)> {
    let (r, w) = (st.r(), st.w());
    let (line, err) = if let Some(i) = index_byte(c, st.f[BUF], r, w, delim) {
        st.set(R, (r + i + 1) as i64);
        (st.slice(r, r + i + 1), Value::ZERO)
    } else if st.f[ERR].t != 0 {
        st.set(R, w as i64);
        (st.slice(r, w), st.read_err())
    } else if w - r >= st.len() {
        st.set(R, w as i64);
        (st.f[BUF], sentinel(c, ERR_BUFFER_FULL))
    } else {
        return None;
    };
    let n = line.slice_len();
    if n > 0 {
        let last = slice_bytes(c, line, n - 1, n)[0];
        st.set(LAST_BYTE, last as i64);
        st.set(LAST_RUNE_SIZE, -1);
    }
    Some((line, err))
}

fn read_slice(c: &mut Call) -> Result<(), Fault> {
    let delim = c.int(1) as u8;
    run(
        c,
        Box::new(move |c, st| match slice_step(c, st, delim) {
            Some((line, err)) => Ok(Step::Done(vec![line, err])),
            None => Ok(Step::Fill),
        }),
    )
}

fn read_line(c: &mut Call) -> Result<(), Fault> {
    run(
        c,
        Box::new(|c, st| {
            let Some((mut line, err)) = slice_step(c, st, b'\n') else { return Ok(Step::Fill) };
            let n = line.slice_len();
            let bytes = slice_bytes(c, line, 0, n);
            if is(c, err, ERR_BUFFER_FULL) {
                // A "\r\n" that straddles the buffer: the '\r' waits for the next call.
                if n > 0 && bytes[n - 1] == b'\r' {
                    if st.r() == 0 {
                        return Err(Fault::Panic(
                            "bufio: tried to rewind past start of buffer".into(),
                        ));
                    }
                    st.set(R, st.r() as i64 - 1);
                    line = subslice(line, 0, n - 1);
                }
                return Ok(Step::Done(vec![line, Value::bool(true), Value::ZERO]));
            }
            if n == 0 {
                let line = if err.t != 0 { Value::ZERO } else { line };
                return Ok(Step::Done(vec![line, Value::bool(false), err]));
            }
            if bytes[n - 1] == b'\n' {
                let drop = if n > 1 && bytes[n - 2] == b'\r' { 2 } else { 1 };
                line = subslice(line, 0, n - drop);
            }
            Ok(Step::Done(vec![line, Value::bool(false), Value::ZERO]))
        }),
    )
}

/// ReadString and ReadBytes: ReadSlice's fragments, joined, until the delimiter or an
/// error (a full buffer is not one).
fn collect(c: &mut Call, string: bool) -> Result<(), Fault> {
    let delim = c.int(1) as u8;
    let mut acc: Vec<u8> = Vec::new();
    run(
        c,
        Box::new(move |c, st| {
            let Some((line, err)) = slice_step(c, st, delim) else { return Ok(Step::Fill) };
            let bytes = slice_bytes(c, line, 0, line.slice_len());
            if is(c, err, ERR_BUFFER_FULL) {
                acc.extend_from_slice(&bytes);
                return Ok(Step::Fill);
            }
            let all = [&acc[..], &bytes[..]].concat();
            let v = if string { c.new_bytes(&all)? } else { new_byte_slice(c, &all)? };
            acc.clear();
            Ok(Step::Done(vec![v, err]))
        }),
    )
}

fn peek(c: &mut Call) -> Result<(), Fault> {
    let n = c.int(1);
    if n < 0 {
        load(c, c.arg(0))?;
        c.ret(Value::ZERO);
        return ret_sentinel(c, ERR_NEGATIVE_COUNT);
    }
    let n = n as usize;
    run(
        c,
        Box::new(move |c, st| {
            st.set(LAST_BYTE, -1);
            st.set(LAST_RUNE_SIZE, -1);
            let (r, w) = (st.r(), st.w());
            if w - r < n && w - r < st.len() && st.f[ERR].t == 0 {
                return Ok(Step::Fill);
            }
            if n > st.len() {
                return Ok(Step::Done(vec![st.slice(r, w), sentinel(c, ERR_BUFFER_FULL)]));
            }
            let (mut n, mut err) = (n, Value::ZERO);
            if w - r < n {
                n = w - r;
                err = st.read_err();
                if err.t == 0 {
                    err = sentinel(c, ERR_BUFFER_FULL);
                }
            }
            Ok(Step::Done(vec![st.slice(r, r + n), err]))
        }),
    )
}

/// Read: from the buffer; when it is empty, one Read of the underlying reader, straight
/// into p when p is at least as large as the buffer.
fn read(c: &mut Call) -> Result<(), Fault> {
    let (b, p) = (c.arg(0), c.arg(1));
    let f = load(c, b)?;
    let n = p.slice_len();
    let (r, w) = (f[R].as_int(), f[W].as_int());
    if n == 0 {
        let mut f = f;
        let e = if w > r { Value::ZERO } else { std::mem::take(&mut f[ERR]) };
        store(c, b, &f);
        c.ret_int(0);
        c.ret(e);
        return Ok(());
    }
    if r == w && f[ERR].t != 0 {
        let mut f = f;
        let e = std::mem::take(&mut f[ERR]);
        store(c, b, &f);
        c.ret_int(0);
        c.ret(e);
        return Ok(());
    }
    c.task(move |ctx| async move {
        if r == w {
            let direct = n >= f[BUF].slice_len();
            let into = if direct { p } else { f[BUF] };
            let got = ctx.method(f[RD], "Read", &[into], 2).await;
            let done = ctx
                .native(move |c| {
                    let (k, e) = (got[0].as_int(), got[1]);
                    if k < 0 {
                        return Err(Fault::Panic(
                            "bufio: reader returned negative count from Read".into(),
                        ));
                    }
                    let mut f = load(c, b)?;
                    let k = k.min(into.slice_len() as i64);
                    if direct {
                        if k > 0 {
                            f[LAST_BYTE] =
                                Value::int(slice_bytes(c, p, k as usize - 1, k as usize)[0] as i64);
                            f[LAST_RUNE_SIZE] = Value::int(-1);
                        }
                        store(c, b, &f);
                        return Ok(vec![Value::int(1), Value::int(k), e]);
                    }
                    f[R] = Value::int(0);
                    f[W] = Value::int(k);
                    f[ERR] = e;
                    if k == 0 {
                        f[ERR] = Value::ZERO;
                        store(c, b, &f);
                        return Ok(vec![Value::int(1), Value::int(0), e]);
                    }
                    store(c, b, &f);
                    Ok(vec![Value::int(0)])
                })
                .await;
            if done[0].as_int() == 1 {
                return Ok(done[1..].to_vec());
            }
        }
        Ok(ctx
            .native(move |c| {
                let mut f = load(c, b)?;
                let (r, w) = (f[R].as_int() as usize, f[W].as_int() as usize);
                let k = n.min(w - r);
                let data = slice_bytes(c, f[BUF], r, r + k);
                put_bytes(c, p, 0, &data);
                f[R] = Value::int((r + k) as i64);
                f[LAST_BYTE] = Value::int(data[k - 1] as i64);
                f[LAST_RUNE_SIZE] = Value::int(-1);
                store(c, b, &f);
                Ok(vec![Value::int(k as i64), Value::ZERO])
            })
            .await)
    });
    Ok(())
}
