//! Package bytes: Buffer (a library cell holding its buffer with a read offset, `strbuf.rs`;
//! Read takes from the front) and Reader (strings.Reader's struct over a copy of the bytes).

use super::strbuf::{self, Kind};
use super::strings::{builder_write, builder_write_byte, builder_write_rune, builder_write_string};
use super::strings::{reader_len, reader_read, reader_read_byte, reader_size};
use super::{func, method, method_go, type_, Call, Fault, Member};
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    type_("Buffer", "cell"),
    func("NewBuffer", "func(buf []byte) *Buffer", new_buffer),
    func("NewBufferString", "func(s string) *Buffer", new_buffer_string),
    // A copy of the unread bytes (Go's aliases the buffer: a change to it is not seen).
    method("*Buffer", "Bytes", "func() []byte", |c| {
        let b = strbuf::contents(c, c.arg(0))?;
        let v = super::crypto::new_byte_slice(c, &b)?;
        c.ret(v);
        Ok(())
    }),
    method("*Buffer", "Cap", "func() int", strbuf::cap),
    method("*Buffer", "Grow", "func(n int)", |c| strbuf::grow(c, Kind::Buffer)),
    method("*Buffer", "Len", "func() int", strbuf::len),
    method("*Buffer", "Read", "func(p []byte) (n int, err error)", buffer_read),
    method("*Buffer", "ReadByte", "func() (byte, error)", buffer_read_byte),
    // The next n bytes (all that are left when fewer), a copy (Go's aliases the buffer).
    method("*Buffer", "Next", "func(n int) []byte", |c| {
        let n = c.int(1);
        if n < 0 {
            return Err(Fault::Panic(format!("runtime error: slice bounds out of range [:{n}]")));
        }
        let next = strbuf::take(c, c.arg(0), |_| n as usize)?;
        let v = super::crypto::new_byte_slice(c, &next)?;
        c.ret(v);
        Ok(())
    }),
    method("*Buffer", "Truncate", "func(n int)", |c| {
        if !strbuf::truncate(c, c.arg(0), c.int(1))? {
            return Err(Fault::Panic("bytes.Buffer: truncation out of range".into()));
        }
        Ok(())
    }),
    method("*Buffer", "ReadRune", "func() (r rune, size int, err error)", |c| {
        let rune = strbuf::read_rune(c, c.arg(0))?;
        let (r, n) = rune.unwrap_or((0, 0));
        c.ret_int(r as i64);
        c.ret_int(n as i64);
        c.ret(if rune.is_some() { Value::ZERO } else { c.sentinel(1) });
        Ok(())
    }),
    method("*Buffer", "UnreadByte", "func() error", |c| buffer_unread(c, false)),
    method("*Buffer", "UnreadRune", "func() error", |c| buffer_unread(c, true)),
    method("*Buffer", "ReadBytes", "func(delim byte) (line []byte, err error)", |c| {
        buffer_read_line(c, false)
    }),
    method("*Buffer", "ReadString", "func(delim byte) (line string, err error)", |c| {
        buffer_read_line(c, true)
    }),
    method("*Buffer", "Reset", "func()", |c| strbuf::reset(c, Kind::Buffer)),
    method("*Buffer", "String", "func() string", strbuf::string),
    method("*Buffer", "Write", "func(p []byte) (n int, err error)", |c| {
        builder_write(c, Kind::Buffer)
    }),
    method("*Buffer", "WriteByte", "func(c byte) error", |c| builder_write_byte(c, Kind::Buffer)),
    method("*Buffer", "WriteRune", "func(r rune) (n int, err error)", |c| {
        builder_write_rune(c, Kind::Buffer)
    }),
    method("*Buffer", "WriteString", "func(s string) (n int, err error)", |c| {
        builder_write_string(c, Kind::Buffer)
    }),
    method_go("*Buffer", "WriteTo", "func(w io.Writer) (n int64, err error)", buffer_write_to),
    func("NewReader", "func(b []byte) *Reader", |c| {
        // A copy of the bytes (Go's Reader shares them; a program that changes b while
        // reading it would see the difference).
        let b: Vec<u8> = c.elems(0).iter().map(|v| v.w as u8).collect();
        let s = c.new_bytes(&b)?;
        let r = c.alloc(crate::rt::obj::Obj::Struct(vec![s, Value::int(0)]))?;
        c.ret(r);
        Ok(())
    }),
    type_("Reader", "struct{s string; i int}"),
    method("*Reader", "Len", "func() int", reader_len),
    method("*Reader", "Read", "func(b []byte) (n int, err error)", reader_read),
    method("*Reader", "ReadByte", "func() (byte, error)", reader_read_byte),
    method("*Reader", "Size", "func() int64", reader_size),
];

/// NewBuffer and NewBufferString: a Buffer (a cell of its buffer) holding a copy of the
/// argument's bytes, with the capacity Go's has (NewBuffer's is the slice's capacity).
fn new_buffer(c: &mut Call) -> Result<(), Fault> {
    let text: Vec<u8> = c.elems(0).iter().map(|v| v.w as u8).collect();
    buffer_of(c, &text, c.arg(0).slice_cap())
}
fn new_buffer_string(c: &mut Call) -> Result<(), Fault> {
    let s = c.bytes(0);
    buffer_of(c, &s, strbuf::string_cap(s.len()))
}
fn buffer_of(c: &mut Call, text: &[u8], cap: usize) -> Result<(), Fault> {
    let v = c.alloc(crate::rt::obj::Obj::Cell(Value::ZERO))?;
    strbuf::fill(c, v, text, cap)?;
    c.ret(v);
    Ok(())
}

/// ReadByte: the first unread byte, or io.EOF.
fn buffer_read_byte(c: &mut Call) -> Result<(), Fault> {
    match strbuf::take(c, c.arg(0), |_| 1)?.first() {
        Some(&b) => {
            c.ret_int(b as i64);
            c.ret(Value::ZERO);
        }
        None => {
            c.ret_int(0);
            c.ret(c.sentinel(1));
        }
    }
    Ok(())
}

/// UnreadByte and UnreadRune: nil, or Go's error when the last operation was not a read
/// (a ReadRune).
fn buffer_unread(c: &mut Call, rune: bool) -> Result<(), Fault> {
    let v = if strbuf::unread(c, c.arg(0), rune)? {
        Value::ZERO
    } else if rune {
        c.new_error("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")?
    } else {
        c.new_error("bytes.Buffer: UnreadByte: previous operation was not a successful read")?
    };
    c.ret(v);
    Ok(())
}

/// ReadString and ReadBytes: the unread bytes up to and including delim (arg 1), with
/// io.EOF when delim is not there (everything is then read).
fn buffer_read_line(c: &mut Call, string: bool) -> Result<(), Fault> {
    let delim = c.int(1) as u8;
    let mut found = false;
    let line = strbuf::take(c, c.arg(0), |b| match b.iter().position(|&x| x == delim) {
        Some(i) => {
            found = true;
            i + 1
        }
        None => b.len(),
    })?;
    let v = if string {
        c.new_bytes(&line)?
    } else {
        let elems = line.iter().map(|&x| Value::int(x as i64)).collect();
        c.new_slice(elems)?
    };
    c.ret(v);
    c.ret(if found { Value::ZERO } else { c.sentinel(1) });
    Ok(())
}

/// Buffer.WriteTo: every unread byte to w (its Write is Go code when w is the program's
/// own Writer); the buffer is empty afterwards, as Go's is when the Write took all of it.
fn buffer_write_to(c: &mut Call) -> Result<(), Fault> {
    let w = c.arg(1);
    let text = strbuf::take(c, c.arg(0), |b| b.len())?;
    strbuf::not_read(c, c.arg(0))?;
    if text.is_empty() {
        c.ret_int(0);
        c.ret(Value::ZERO);
        return Ok(());
    }
    if w.t == 0 {
        return Err(Fault::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        ));
    }
    c.task(move |ctx| async move {
        let n = text.len();
        let buf = ctx
            .native(move |c| {
                Ok(vec![c.new_slice(text.iter().map(|&x| Value::int(x as i64)).collect())?])
            })
            .await[0];
        ctx.keep(buf);
        let err = super::io::write_all(&ctx, w, buf, n).await;
        Ok(vec![Value::int(n as i64), err.unwrap_or(Value::ZERO)])
    });
    Ok(())
}

/// Buffer.Read: the next bytes from the front; at the end (0, io.EOF), or (0, nil) for an
/// empty p.
fn buffer_read(c: &mut Call) -> Result<(), Fault> {
    let p = c.arg(1);
    let chunk = strbuf::take(c, c.arg(0), |_| p.slice_len())?;
    if chunk.is_empty() {
        // Nothing read: p is empty (0, nil) or the buffer is (0, io.EOF).
        c.ret_int(0);
        c.ret(if p.slice_len() == 0 { Value::ZERO } else { c.sentinel(1) });
        return Ok(());
    }
    let elems: Vec<Value> = chunk.iter().map(|&x| Value::int(x as i64)).collect();
    c.set_elems(1, &elems);
    c.ret_int(chunk.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}
