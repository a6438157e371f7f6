//! Package bytes: Buffer (a library cell holding the unread bytes as a string, like
//! strings.Builder; Read takes from the front) and Reader (strings.Reader's struct over a
//! copy of the bytes).

use super::strings::{
    builder_grow, builder_len, builder_reset, builder_string, builder_write, builder_write_byte,
    builder_write_rune, builder_write_string,
};
use super::strings::{reader_len, reader_read, reader_read_byte, reader_size};
use super::{func, method, method_go, type_, Call, Fault, Member};
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    type_("Buffer", "cell"),
    func("NewBuffer", "func(buf []byte) *Buffer", new_buffer),
    func("NewBufferString", "func(s string) *Buffer", new_buffer_string),
    // A copy of the unread bytes (Go's aliases the buffer: a change to it is not seen).
    method("*Buffer", "Bytes", "func() []byte", |c| {
        let cur = c.update(c.arg(0), |v| v)?;
        let b = c.rt.heap.bytes(cur);
        let v = super::crypto::new_byte_slice(c, &b)?;
        c.ret(v);
        Ok(())
    }),
    method("*Buffer", "Grow", "func(n int)", builder_grow),
    method("*Buffer", "Len", "func() int", builder_len),
    method("*Buffer", "Read", "func(p []byte) (n int, err error)", buffer_read),
    method("*Buffer", "ReadByte", "func() (byte, error)", buffer_read_byte),
    method("*Buffer", "ReadBytes", "func(delim byte) (line []byte, err error)", |c| {
        buffer_read_line(c, false)
    }),
    method("*Buffer", "ReadString", "func(delim byte) (line string, err error)", |c| {
        buffer_read_line(c, true)
    }),
    method("*Buffer", "Reset", "func()", builder_reset),
    method("*Buffer", "String", "func() string", builder_string),
    method("*Buffer", "Write", "func(p []byte) (n int, err error)", builder_write),
    method("*Buffer", "WriteByte", "func(c byte) error", builder_write_byte),
    method("*Buffer", "WriteRune", "func(r rune) (n int, err error)", builder_write_rune),
    method("*Buffer", "WriteString", "func(s string) (n int, err error)", builder_write_string),
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

/// NewBuffer and NewBufferString: a Buffer (a cell of its unread bytes) holding a copy of
/// the argument's bytes.
fn new_buffer(c: &mut Call) -> Result<(), Fault> {
    let text: Vec<u8> = c.elems(0).iter().map(|v| v.w as u8).collect();
    buffer_of(c, &text)
}
fn new_buffer_string(c: &mut Call) -> Result<(), Fault> {
    buffer_of(c, &c.bytes(0))
}
fn buffer_of(c: &mut Call, text: &[u8]) -> Result<(), Fault> {
    let s = c.new_bytes(text)?;
    let v = c.alloc(crate::rt::obj::Obj::Cell(s))?;
    c.ret(v);
    Ok(())
}

/// ReadByte: the first unread byte, or io.EOF.
fn buffer_read_byte(c: &mut Call) -> Result<(), Fault> {
    let b = c.arg(0);
    let cur = c.update(b, |v| v)?;
    let text = c.rt.heap.bytes(cur);
    let Some(&first) = text.first() else {
        c.ret_int(0);
        c.ret(c.sentinel(1));
        return Ok(());
    };
    let rest = c.new_bytes(&text[1..])?;
    c.update(b, |_| rest)?;
    c.ret_int(first as i64);
    c.ret(Value::ZERO);
    Ok(())
}

/// ReadString and ReadBytes: the unread bytes up to and including delim (arg 1), with
/// io.EOF when delim is not there (everything is then read).
fn buffer_read_line(c: &mut Call, string: bool) -> Result<(), Fault> {
    let (b, delim) = (c.arg(0), c.int(1) as u8);
    let cur = c.update(b, |v| v)?;
    let text = c.rt.heap.bytes(cur);
    let (n, found) = match text.iter().position(|&x| x == delim) {
        Some(i) => (i + 1, true),
        None => (text.len(), false),
    };
    let rest = c.new_bytes(&text[n..])?;
    c.update(b, |_| rest)?;
    let line = if string {
        c.new_bytes(&text[..n])?
    } else {
        let elems = text[..n].iter().map(|&x| Value::int(x as i64)).collect();
        c.new_slice(elems)?
    };
    c.ret(line);
    c.ret(if found { Value::ZERO } else { c.sentinel(1) });
    Ok(())
}

/// Buffer.WriteTo: every unread byte to w (its Write is Go code when w is the program's
/// own Writer); the buffer is empty afterwards, as Go's is when the Write took all of it.
fn buffer_write_to(c: &mut Call) -> Result<(), Fault> {
    let (b, w) = (c.arg(0), c.arg(1));
    let cur = c.update(b, |v| v)?;
    let text = c.rt.heap.bytes(cur);
    let empty = c.new_bytes(&[])?;
    c.update(b, |_| empty)?;
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
    let (b, p) = (c.arg(0), c.arg(1));
    let cur = c.update(b, |v| v)?;
    let text = c.rt.heap.bytes(cur);
    if text.is_empty() {
        c.ret_int(0);
        let e = if p.slice_len() == 0 { Value::ZERO } else { c.sentinel(1) };
        c.ret(e);
        return Ok(());
    }
    let n = p.slice_len().min(text.len());
    let rest = c.new_bytes(&text[n..])?;
    let chunk: Vec<Value> = text[..n].iter().map(|&x| Value::int(x as i64)).collect();
    c.set_elems(1, &chunk);
    c.update(b, |_| rest)?;
    c.ret_int(n as i64);
    c.ret(Value::ZERO);
    Ok(())
}
