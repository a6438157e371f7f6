//! bufio.Scanner, as Go's scan.go: a buffer `buf[start:end]` of unread input, a split
//! function that cuts tokens from it, and Read calls on the underlying reader when the
//! split function wants more. The buffer starts at 4096 bytes and doubles up to the
//! maximum token size (64 KiB, or Buffer's), past which Scan fails with ErrTooLong.
//!
//! The four split functions of the package run natively, on a window of the buffer that
//! grows until they decide (each decides on a prefix exactly as on the whole data, or asks
//! for more); a program's own SplitFunc is called as Go code with `buf[start:end]`.

use super::super::task::Ctx;
use super::super::{func, method, method_go, type_, var, Call, Fault, Member};
use super::*;

pub const MEMBERS: &[Member] = &[
    type_(
        "Scanner",
        "struct{r any; buf []byte; start int; end int; tok []byte; err error; done bool; split int; fn any; max int; scanned bool; empties int}",
    ),
    type_("SplitFunc", "func(data []byte, atEOF bool) (advance int, token []byte, err error)"),
    func("NewScanner", "func(r io.Reader) *Scanner", new_scanner),
    method("*Scanner", "Buffer", "func(buf []byte, max int)", buffer),
    method("*Scanner", "Bytes", "func() []byte", bytes),
    method("*Scanner", "Err", "func() error", err),
    method_go("*Scanner", "Scan", "func() bool", scan),
    method("*Scanner", "Split", "func(split SplitFunc)", split),
    method("*Scanner", "Text", "func() string", text),
    func("ScanBytes", SPLIT_SIG, |c| split_call(c, Split::Bytes)),
    func("ScanLines", SPLIT_SIG, |c| split_call(c, Split::Lines)),
    func("ScanRunes", SPLIT_SIG, |c| split_call(c, Split::Runes)),
    func("ScanWords", SPLIT_SIG, |c| split_call(c, Split::Words)),
    var("ErrTooLong", "error", |c| ret_sentinel(c, ERR_TOO_LONG)),
    var("ErrFinalToken", "error", |c| ret_sentinel(c, ERR_FINAL_TOKEN)),
    var("ErrNegativeAdvance", "error", |c| ret_sentinel(c, ERR_NEGATIVE_ADVANCE)),
    var("ErrAdvanceTooFar", "error", |c| ret_sentinel(c, ERR_ADVANCE_TOO_FAR)),
    var("ErrBadReadCount", "error", |c| ret_sentinel(c, ERR_BAD_READ_COUNT)),
    var("MaxScanTokenSize", "int", |c| {
        c.ret_int(MAX_SCAN_TOKEN_SIZE as i64);
        Ok(())
    }),
];

const SPLIT_SIG: &str = "func(data []byte, atEOF bool) (advance int, token []byte, err error)";

pub(super) fn ret_sentinel(c: &mut Call, code: u64) -> Result<(), Fault> {
    let v = sentinel(c, code);
    c.ret(v);
    Ok(())
}

/// Go's default maximum token size and first buffer size.
const MAX_SCAN_TOKEN_SIZE: usize = 64 * 1024;
const START_BUF_SIZE: usize = 4096;

// The Scanner's fields.
const R: usize = 0;
const BUF: usize = 1;
const START: usize = 2;
const END: usize = 3;
const TOK: usize = 4;
const ERR: usize = 5;
const DONE: usize = 6;
const SPLIT: usize = 7;
const FN: usize = 8;
const MAX: usize = 9;
const SCANNED: usize = 10;
const EMPTIES: usize = 11;
const NFIELDS: usize = 12;

/// The package's split functions; `Custom` is a program's SplitFunc (in field FN).
#[derive(Clone, Copy, PartialEq)]
enum Split {
    Lines,
    Words,
    Runes,
    Bytes,
    Custom,
}

impl Split {
    fn of(i: i64) -> Split {
        [Split::Lines, Split::Words, Split::Runes, Split::Bytes]
            .get(i as usize)
            .copied()
            .unwrap_or(Split::Custom)
    }
    fn code(self) -> i64 {
        self as i64
    }
}

fn new_scanner(c: &mut Call) -> Result<(), Fault> {
    let mut f = vec![Value::ZERO; NFIELDS];
    f[R] = c.arg(0);
    f[SPLIT] = Value::int(Split::Lines.code());
    f[MAX] = Value::int(MAX_SCAN_TOKEN_SIZE as i64);
    let v = c.alloc(Obj::Struct(f))?;
    c.ret(v);
    Ok(())
}

fn buffer(c: &mut Call) -> Result<(), Fault> {
    let mut f = load(c, c.arg(0))?;
    if f[SCANNED].as_bool() {
        return Err(Fault::Panic("Buffer called after Scan".into()));
    }
    let b = c.arg(1);
    f[BUF] = Value::slice(b.h, b.slice_off() as u32, b.slice_cap() as u32, b.slice_cap() as u32);
    f[MAX] = Value::int(c.int(2));
    store(c, c.arg(0), &f);
    Ok(())
}

/// Split: the package's own functions are recognised by their function's name (a library
/// function used as a value is a function the compiler names after it).
fn split(c: &mut Call) -> Result<(), Fault> {
    let mut f = load(c, c.arg(0))?;
    if f[SCANNED].as_bool() {
        return Err(Fault::Panic("Split called after Scan".into()));
    }
    let fv = c.arg(1);
    let name = match fv.h {
        0 => None,
        h => match &*c.rt.heap.lock(h) {
            Obj::Closure { func, .. } => {
                c.rt.prog.funcs.get(*func as usize).map(|f| f.name.clone())
            }
            _ => None,
        },
    };
    let kind = match name.as_deref() {
        Some("bufio.ScanLines") => Split::Lines,
        Some("bufio.ScanWords") => Split::Words,
        Some("bufio.ScanRunes") => Split::Runes,
        Some("bufio.ScanBytes") => Split::Bytes,
        _ => Split::Custom,
    };
    f[SPLIT] = Value::int(kind.code());
    f[FN] = if kind == Split::Custom { fv } else { Value::ZERO };
    store(c, c.arg(0), &f);
    Ok(())
}

fn bytes(c: &mut Call) -> Result<(), Fault> {
    let f = load(c, c.arg(0))?;
    c.ret(f[TOK]);
    Ok(())
}

fn text(c: &mut Call) -> Result<(), Fault> {
    let f = load(c, c.arg(0))?;
    let tok = f[TOK];
    let b = slice_bytes(c, tok, 0, tok.slice_len());
    let v = c.new_bytes(&b)?;
    c.ret(v);
    Ok(())
}

fn err(c: &mut Call) -> Result<(), Fault> {
    let f = load(c, c.arg(0))?;
    let e = if is(c, f[ERR], EOF) { Value::ZERO } else { f[ERR] };
    c.ret(e);
    Ok(())
}

/// setErr: the first error sticks, except that io.EOF gives way to a real one.
fn set_err(c: &Call, f: &mut [Value], e: Value) {
    if f[ERR].t == 0 || is(c, f[ERR], EOF) {
        f[ERR] = e;
    }
}

/// What Scan does next, as a step decides it.
enum Next {
    /// Scan returns this.
    Return(bool),
    /// Call the program's SplitFunc with (data, atEOF).
    CallSplit(Value, Value, bool),
    /// Call the reader's Read with this slice.
    Read(Value, Value),
}

fn scan(c: &mut Call) -> Result<(), Fault> {
    let s = c.arg(0);
    load(c, s)?;
    c.task(move |ctx| async move {
        ctx.frames(vec![("bufio.(*Scanner).Scan", true, "bufio/scan.go", 219)]);
        loop {
            let mut next = step(&ctx, move |c| tokenize(c, s)).await;
            if let Next::CallSplit(f, data, at_eof) = next {
                let r = ctx.call(f, &[data, Value::bool(at_eof)], 3).await;
                next = step(&ctx, move |c| apply_split(c, s, r[0].as_int(), r[1], r[2])).await;
            }
            if let Next::Return(b) = next {
                return Ok(vec![Value::bool(b)]);
            }
            let (r, room) = match step(&ctx, move |c| make_room(c, s)).await {
                Next::Read(r, room) => (r, room),
                Next::Return(b) => return Ok(vec![Value::bool(b)]),
                Next::CallSplit(..) => return Ok(vec![Value::bool(false)]),
            };
            // Read until something comes, an error, or too many empty reads.
            let mut reads = 0;
            loop {
                let got = ctx.method(r, "Read", &[room], 2).await;
                reads += 1;
                let again = step(&ctx, move |c| after_read(c, s, room, got[0], got[1], reads));
                if !matches!(again.await, Next::Read(..)) {
                    break;
                }
            }
        }
    });
    Ok(())
}

/// Runs one step of Scan with the runtime and decodes its result.
async fn step(
    ctx: &Ctx,
    mut f: impl FnMut(&mut Call) -> Result<Next, Fault> + Send + 'static,
) -> Next {
    let r = ctx
        .native(move |c| {
            Ok(match f(c)? {
                Next::Return(b) => vec![Value::int(0), Value::bool(b)],
                Next::CallSplit(f, d, e) => vec![Value::int(1), f, d, Value::bool(e)],
                Next::Read(r, room) => vec![Value::int(2), r, room],
            })
        })
        .await;
    match r[0].as_int() {
        0 => Next::Return(r[1].as_bool()),
        1 => Next::CallSplit(r[1], r[2], r[3].as_bool()),
        _ => Next::Read(r[1], r[2]),
    }
}

/// The first part of Scan's loop: a token from what is buffered, if the split function
/// gives one. `Read` (its values unused) means "read more".
fn tokenize(c: &mut Call, s: Value) -> Result<Next, Fault> {
    let mut f = load(c, s)?;
    if f[DONE].as_bool() {
        return Ok(Next::Return(false));
    }
    f[SCANNED] = Value::bool(true);
    store(c, s, &f);
    let (start, end) = (f[START].as_int() as usize, f[END].as_int() as usize);
    if end > start || f[ERR].t != 0 {
        let at_eof = f[ERR].t != 0;
        let kind = Split::of(f[SPLIT].as_int());
        if kind == Split::Custom {
            let data = subslice(f[BUF], start, end);
            return Ok(Next::CallSplit(f[FN], data, at_eof));
        }
        let (adv, tok) = split_window(c, kind, f[BUF], start, end, at_eof);
        let tok = match tok {
            Some(Token::At(i, n)) => subslice(f[BUF], start + i, start + i + n),
            Some(Token::ErrorRune) => new_byte_slice(c, "\u{FFFD}".as_bytes())?,
            None => Value::ZERO,
        };
        return apply_split(c, s, adv as i64, tok, Value::ZERO);
    }
    Ok(read_more(c, s, f))
}

/// After the split function: an error, a token, or nothing yet (then read more).
fn apply_split(c: &mut Call, s: Value, adv: i64, tok: Value, e: Value) -> Result<Next, Fault> {
    let mut f = load(c, s)?;
    if e.t != 0 {
        if is(c, e, ERR_FINAL_TOKEN) {
            f[TOK] = tok;
            f[DONE] = Value::bool(true);
            store(c, s, &f);
            return Ok(Next::Return(tok.h != 0));
        }
        set_err(c, &mut f, e);
        store(c, s, &f);
        return Ok(Next::Return(false));
    }
    let (start, end) = (f[START].as_int(), f[END].as_int());
    if adv < 0 || adv > end - start {
        let code = if adv < 0 { ERR_NEGATIVE_ADVANCE } else { ERR_ADVANCE_TOO_FAR };
        set_err(c, &mut f, sentinel(c, code));
        store(c, s, &f);
        return Ok(Next::Return(false));
    }
    f[START] = Value::int(start + adv);
    f[TOK] = tok;
    if tok.h != 0 {
        if f[ERR].t == 0 || adv > 0 {
            f[EMPTIES] = Value::int(0);
        } else {
            f[EMPTIES] = Value::int(f[EMPTIES].as_int() + 1);
            if f[EMPTIES].as_int() > MAX_CONSECUTIVE_EMPTY_READS as i64 {
                store(c, s, &f);
                return Err(Fault::Panic(
                    "bufio.Scan: too many empty tokens without progressing".into(),
                ));
            }
        }
        store(c, s, &f);
        return Ok(Next::Return(true));
    }
    store(c, s, &f);
    Ok(read_more(c, s, f))
}

/// No token: done after an error, otherwise read more.
fn read_more(c: &Call, s: Value, mut f: Vec<Value>) -> Next {
    if f[ERR].t != 0 {
        f[START] = Value::int(0);
        f[END] = Value::int(0);
        store(c, s, &f);
        return Next::Return(false);
    }
    Next::Read(Value::ZERO, Value::ZERO)
}

/// Shifts the data to the front of the buffer or grows it (up to the maximum token size),
/// then gives the reader and the free part of the buffer to read into.
fn make_room(c: &mut Call, s: Value) -> Result<Next, Fault> {
    let mut f = load(c, s)?;
    let buf = f[BUF];
    let len = buf.slice_len();
    let (start, end) = (f[START].as_int() as usize, f[END].as_int() as usize);
    if start > 0 && (end == len || start > len / 2) {
        let data = slice_bytes(c, buf, start, end);
        put_bytes(c, buf, 0, &data);
        f[END] = Value::int((end - start) as i64);
        f[START] = Value::int(0);
    }
    let (start, end) = (f[START].as_int() as usize, f[END].as_int() as usize);
    if end == len {
        let max = f[MAX].as_int().max(0) as usize;
        if len >= max || len > (i64::MAX / 2) as usize {
            set_err(c, &mut f, sentinel(c, ERR_TOO_LONG));
            store(c, s, &f);
            return Ok(Next::Return(false));
        }
        let size = if len == 0 { START_BUF_SIZE } else { len * 2 }.min(max);
        let fresh = new_buf(c, size)?;
        let data = slice_bytes(c, buf, start, end);
        put_bytes(c, fresh, 0, &data);
        f[BUF] = fresh;
        f[END] = Value::int((end - start) as i64);
        f[START] = Value::int(0);
    }
    store(c, s, &f);
    let (buf, end) = (f[BUF], f[END].as_int() as usize);
    Ok(Next::Read(f[R], subslice(buf, end, buf.slice_len())))
}

/// After a Read of `room`: Return(true) to tokenize again, Return(false) to read again
/// (an empty read), as Go's read loop does.
fn after_read(
    c: &mut Call,
    s: Value,
    room: Value,
    n: Value,
    e: Value,
    empty_reads: usize,
) -> Result<Next, Fault> {
    let mut f = load(c, s)?;
    let n = n.as_int();
    if n < 0 || n as usize > room.slice_len() {
        set_err(c, &mut f, sentinel(c, ERR_BAD_READ_COUNT));
    } else {
        f[END] = Value::int(f[END].as_int() + n);
        if e.t != 0 {
            set_err(c, &mut f, e);
        } else if n == 0 {
            if empty_reads > MAX_CONSECUTIVE_EMPTY_READS {
                set_err(c, &mut f, sentinel(c, ERR_NO_PROGRESS));
            } else {
                store(c, s, &f);
                return Ok(Next::Read(Value::ZERO, Value::ZERO));
            }
        } else {
            f[EMPTIES] = Value::int(0);
        }
    }
    store(c, s, &f);
    Ok(Next::Return(false))
}

/// A token a split function cut: `n` bytes at `i` of its data, or Go's error rune (a new
/// slice holding U+FFFD, for a byte that does not start a rune).
#[derive(Clone, Copy)]
enum Token {
    At(usize, usize),
    ErrorRune,
}

/// One of the package's split functions on a window of `buf[start:end]` that grows until
/// the function decides: (advance, token).
fn split_window(
    c: &Call,
    kind: Split,
    buf: Value,
    start: usize,
    end: usize,
    at_eof: bool,
) -> (usize, Option<Token>) {
    let avail = end - start;
    let mut w = avail.min(256);
    loop {
        let data = slice_bytes(c, buf, start, start + w);
        let whole = w == avail;
        let (adv, tok) = split_bytes(kind, &data, at_eof && whole);
        if tok.is_some() || whole {
            return (adv, tok);
        }
        w = (w * 8).min(avail);
    }
}

/// ScanLines, ScanWords, ScanRunes and ScanBytes, as Go writes them. `data` is not empty
/// unless `at_eof` (Scan never asks otherwise; a direct call is checked by `split_call`).
fn split_bytes(kind: Split, data: &[u8], at_eof: bool) -> (usize, Option<Token>) {
    if at_eof && data.is_empty() {
        return (0, None);
    }
    match kind {
        Split::Lines => match data.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, Some(Token::At(0, drop_cr(&data[..i])))),
            None if at_eof => (data.len(), Some(Token::At(0, drop_cr(data)))),
            None => (0, None),
        },
        Split::Bytes | Split::Custom => (1, Some(Token::At(0, 1))),
        Split::Runes => {
            if data[0] < 0x80 {
                return (1, Some(Token::At(0, 1)));
            }
            let (_, width) = decode_rune(data);
            if width > 1 {
                return (width, Some(Token::At(0, width)));
            }
            if !at_eof && !full_rune(data) {
                return (0, None);
            }
            (1, Some(Token::ErrorRune))
        }
        Split::Words => scan_words(data, at_eof),
    }
}

/// ScanWords: skip leading spaces, then the word up to the next space.
fn scan_words(data: &[u8], at_eof: bool) -> (usize, Option<Token>) {
    let mut start = 0;
    while start < data.len() {
        let (r, width) = decode_rune(&data[start..]);
        if !is_space(r) {
            break;
        }
        start += width;
    }
    let mut i = start;
    while i < data.len() {
        let (r, width) = decode_rune(&data[i..]);
        if is_space(r) {
            return (i + width, Some(Token::At(start, i - start)));
        }
        i += width;
    }
    if at_eof && data.len() > start {
        return (data.len(), Some(Token::At(start, data.len() - start)));
    }
    (start, None)
}

/// The length of a line without its trailing \r.
fn drop_cr(line: &[u8]) -> usize {
    if line.last() == Some(&b'\r') {
        line.len() - 1
    } else {
        line.len()
    }
}

/// utf8.DecodeRune: the first rune and its width; (U+FFFD, 1) for a bad encoding.
pub(super) fn decode_rune(b: &[u8]) -> (char, usize) {
    let n = b.len().min(4);
    let valid = match std::str::from_utf8(&b[..n]) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&b[..e.valid_up_to()]).unwrap_or(""),
    };
    match valid.chars().next() {
        Some(r) => (r, r.len_utf8()),
        None if b.is_empty() => ('\u{FFFD}', 0),
        None => ('\u{FFFD}', 1),
    }
}

/// utf8.FullRune: whether `b` begins with a whole rune's encoding (a bad one counts, as it
/// decodes to a one-byte error).
pub(super) fn full_rune(b: &[u8]) -> bool {
    let Some(&b0) = b.first() else { return false };
    let (need, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xE1..=0xEF => (3, 0x80, 0xBF),
        0xF0 => (4, 0x90, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        _ => return true,
    };
    if b.len() >= need {
        return true;
    }
    // A short prefix is whole only when it is already bad.
    if b.len() > 1 && !(lo..=hi).contains(&b[1]) {
        return true;
    }
    b.len() > 2 && !(0x80..=0xBF).contains(&b[2])
}

/// bufio's isSpace (unicode.IsSpace without a table).
fn is_space(r: char) -> bool {
    matches!(
        r,
        ' ' | '\t'
            | '\n'
            | '\u{0B}'
            | '\u{0C}'
            | '\r'
            | '\u{85}'
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// bufio.ScanLines and friends called by the program: (advance, token, nil).
fn split_call(c: &mut Call, kind: Split) -> Result<(), Fault> {
    let (data, at_eof) = (c.arg(0), c.bool(1));
    let bytes = slice_bytes(c, data, 0, data.slice_len());
    if bytes.is_empty() && !at_eof && matches!(kind, Split::Bytes | Split::Runes) {
        // Go indexes data[0] (ScanRunes) or slices data[0:1] (ScanBytes).
        return Err(Fault::Panic(match kind {
            Split::Runes => "runtime error: index out of range [0] with length 0".into(),
            _ => format!(
                "runtime error: slice bounds out of range [:1] with capacity {}",
                data.slice_cap()
            ),
        }));
    }
    let (adv, tok) = split_bytes(kind, &bytes, at_eof);
    let tok = match tok {
        Some(Token::At(i, n)) => subslice(data, i, i + n),
        Some(Token::ErrorRune) => new_byte_slice(c, "\u{FFFD}".as_bytes())?,
        None => Value::ZERO,
    };
    c.ret_int(adv as i64);
    c.ret(tok);
    c.ret(Value::ZERO);
    Ok(())
}
