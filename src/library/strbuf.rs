//! The bytes behind strings.Builder and bytes.Buffer. Both are library cells whose value is
//! the handle of an `Obj::Buf` (zero until the first write): a growable buffer, so a write
//! appends in amortized O(1) as Go's do, and a Buffer's read moves an offset instead of
//! copying what is left. Capacities grow as Go's do (append's growth for a Builder,
//! Buffer.grow for a Buffer, both rounded up to the allocator's size classes), so Cap
//! prints what Go prints.

use super::{Call, Fault};
use crate::rt::obj::{ByteBuf, Obj};
use crate::rt::sizeclass::{grown_cap, round_up_size};
use crate::sys::internal_error;
use crate::vm::value::{Handle, Value};

/// Which type's growth rules a write follows.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Builder,
    Buffer,
}

/// The handle of the buffer in cell `b`; with `make`, one is made at the first write.
fn buf(c: &mut Call, b: Value, make: bool) -> Result<Option<Handle>, Fault> {
    let cur = c.update(b, |v| v)?;
    if cur.h != 0 || !make {
        return Ok((cur.h != 0).then_some(cur.h));
    }
    let v = c.alloc(Obj::Buf(Box::default()))?;
    c.update(b, |_| v)?;
    Ok(Some(v.h))
}

/// Runs `f` on the buffer `h` under its lock.
fn with<R>(c: &Call, h: Handle, f: impl FnOnce(&mut ByteBuf) -> R) -> R {
    match &mut *c.rt.heap.lock(h) {
        Obj::Buf(b) => f(b),
        _ => internal_error("a Builder or Buffer whose cell holds no buffer"),
    }
}

/// The capacity append gives a byte slice of capacity `old` that must hold `need` bytes.
fn append_cap(old: usize, need: usize) -> usize {
    grown_cap(old, need, 1)
}

/// The capacity the buffer needs to take `n` more bytes (None: it has room), sliding a
/// Buffer's unread bytes to the front where Go's Buffer.grow would.
fn next_cap(b: &mut ByteBuf, kind: Kind, n: usize) -> Option<usize> {
    let len = b.bytes.len();
    if kind == Kind::Builder {
        return (b.cap - len < n).then(|| append_cap(b.cap, len + n));
    }
    let m = len - b.off;
    if m == 0 && b.off != 0 {
        b.bytes.clear();
        b.off = 0;
    }
    if n <= b.cap - b.bytes.len() {
        return None;
    }
    if b.cap == 0 && n <= 64 {
        return Some(64);
    }
    if (n as i128) <= (b.cap / 2) as i128 - m as i128 {
        b.bytes.drain(..b.off);
        b.off = 0;
        return None;
    }
    // growSlice(buf[off:], off+n): at least twice the old capacity past off.
    let want = (m + b.off + n).max(2 * (b.cap - b.off));
    Some(round_up_size(want))
}

/// Makes the buffer's capacity `cap` (keeping its unread bytes at the front), counting the
/// new bytes against the heap.
fn regrow(c: &Call, b: &mut ByteBuf, cap: usize) {
    let before = b.bytes.capacity();
    let mut bytes = Vec::with_capacity(cap);
    bytes.extend_from_slice(b.unread());
    (b.bytes, b.off, b.cap) = (bytes, 0, cap);
    let grown = b.bytes.capacity().saturating_sub(before);
    c.rt.heap.live_bytes.fetch_add(grown, crate::sys::Ordering::Relaxed);
}

/// Makes room for `n` more bytes in buffer `h`, under the heap limit. Changes nothing when
/// it fails, so the native can run again after a collection.
fn reserve(c: &mut Call, h: Handle, kind: Kind, n: usize) -> Result<(), Fault> {
    let Some(cap) = with(c, h, |b| next_cap(b, kind, n)) else { return Ok(()) };
    super::call::room(c.rt, c.m, cap)?;
    with(c, h, |b| regrow(c, b, cap));
    Ok(())
}

/// The capacity of `[]byte(s)` for a string of `n` bytes.
pub fn string_cap(n: usize) -> usize {
    round_up_size(n)
}

/// Gives the new cell `b` a buffer holding `text` with capacity `cap` (bytes.NewBuffer).
pub fn fill(c: &mut Call, b: Value, text: &[u8], cap: usize) -> Result<(), Fault> {
    super::call::room(c.rt, c.m, cap)?;
    let Some(h) = buf(c, b, true)? else { return Ok(()) };
    with(c, h, |b| {
        regrow(c, b, cap.max(text.len()));
        b.bytes.extend_from_slice(text);
    });
    Ok(())
}

/// Appends bytes (which need not be UTF-8) to the Builder or Buffer whose cell is `b`, an
/// io.Writer (fmt.Fprint*, log, io.Copy and the encoders write here).
pub fn append_bytes(c: &mut Call, b: Value, s: &[u8]) -> Result<(), Fault> {
    let buffer = b.t != 0 && c.rt.prog.type_name(b.t) == "*bytes.Buffer";
    write(c, b, if buffer { Kind::Buffer } else { Kind::Builder }, s)
}

/// Appends `s` to the buffer in cell `b`, growing it as a `kind` grows.
pub fn write(c: &mut Call, b: Value, kind: Kind, s: &[u8]) -> Result<(), Fault> {
    let Some(h) = buf(c, b, true)? else { return Ok(()) };
    reserve(c, h, kind, s.len())?;
    with(c, h, |b| {
        if b.cap - b.bytes.len() < s.len() {
            // A racing write took the room: grow as append would (a data race in the
            // program, so only the capacity can differ from Go's).
            b.cap = append_cap(b.cap, b.bytes.len() + s.len());
        }
        b.bytes.extend_from_slice(s);
        (b.string, b.last_read) = (Value::ZERO, 0);
    });
    Ok(())
}

/// The unread bytes of the buffer in cell `b` (a copy).
pub fn contents(c: &mut Call, b: Value) -> Result<Vec<u8>, Fault> {
    Ok(match buf(c, b, false)? {
        Some(h) => with(c, h, |b| b.unread().to_vec()),
        None => Vec::new(),
    })
}

/// Len: the unread bytes' count.
pub fn len(c: &mut Call) -> Result<(), Fault> {
    let n = match buf(c, c.arg(0), false)? {
        Some(h) => with(c, h, |b| b.unread().len()),
        None => 0,
    };
    c.ret_int(n as i64);
    Ok(())
}

/// Cap: the capacity Go's buffer would have (for a Buffer, counting the bytes already read).
pub fn cap(c: &mut Call) -> Result<(), Fault> {
    let n = match buf(c, c.arg(0), false)? {
        Some(h) => with(c, h, |b| b.cap),
        None => 0,
    };
    c.ret_int(n as i64);
    Ok(())
}

/// String: the unread bytes as a string; made once per change (Go's Builder shares its
/// bytes; Go's Buffer copies them, which no program can tell from sharing).
pub fn string(c: &mut Call) -> Result<(), Fault> {
    let Some(h) = buf(c, c.arg(0), false)? else {
        c.ret(Value::ZERO);
        return Ok(());
    };
    let (made, bytes, at) = with(c, h, |b| (b.string, b.unread().to_vec(), (b.bytes.len(), b.off)));
    if made.h != 0 || bytes.is_empty() {
        c.ret(made);
        return Ok(());
    }
    let s = c.new_bytes(&bytes)?;
    with(c, h, |b| {
        if (b.bytes.len(), b.off) == at {
            b.string = s;
        }
    });
    c.ret(s);
    Ok(())
}

/// Reset: empty, as a new Builder; a Buffer keeps its capacity, as Go's does.
pub fn reset(c: &mut Call, kind: Kind) -> Result<(), Fault> {
    match (kind, buf(c, c.arg(0), false)?) {
        (Kind::Buffer, Some(h)) => with(c, h, |b| {
            b.bytes.clear();
            (b.off, b.string, b.last_read) = (0, Value::ZERO, 0);
        }),
        _ => {
            c.update(c.arg(0), |_| Value::ZERO)?;
        }
    }
    Ok(())
}

/// Grow(n): room for n more bytes without another allocation, as each type's Grow makes it.
pub fn grow(c: &mut Call, kind: Kind) -> Result<(), Fault> {
    let n = c.int(1);
    if n < 0 {
        let ty = if kind == Kind::Builder { "strings.Builder" } else { "bytes.Buffer" };
        return Err(Fault::Panic(format!("{ty}.Grow: negative count")));
    }
    let Some(h) = buf(c, c.arg(0), true)? else { return Ok(()) };
    let n = n as usize;
    let cap = with(c, h, |b| match kind {
        // Builder.Grow: a new buffer of twice the capacity plus n.
        Kind::Builder => (b.cap - b.bytes.len() < n).then(|| round_up_size(2 * b.cap + n)),
        Kind::Buffer => next_cap(b, kind, n),
    });
    if let Some(cap) = cap {
        super::call::room(c.rt, c.m, cap)?;
        with(c, h, |b| regrow(c, b, cap));
    }
    Ok(())
}

/// Takes up to `n` unread bytes from the front of a Buffer (reads); a read at the end
/// empties the buffer as Go's Reset does, keeping its capacity. The bytes read stay behind
/// the offset until the next write, so UnreadByte can step back over them.
pub fn take(c: &mut Call, b: Value, n: impl FnOnce(&[u8]) -> usize) -> Result<Vec<u8>, Fault> {
    let Some(h) = buf(c, b, false)? else { return Ok(Vec::new()) };
    Ok(with(c, h, |b| {
        if b.unread().is_empty() {
            b.bytes.clear();
            b.off = 0;
        }
        let unread = b.unread();
        let k = n(unread).min(unread.len());
        let out = unread[..k].to_vec();
        b.off += k;
        if k > 0 {
            b.string = Value::ZERO;
        }
        b.last_read = if k > 0 { -1 } else { 0 };
        out
    }))
}

/// Buffer.ReadRune: the next rune and its size (a bad byte is U+FFFD of size 1), or None
/// at the end.
pub fn read_rune(c: &mut Call, b: Value) -> Result<Option<(u32, usize)>, Fault> {
    let mut rune = None;
    take(c, b, |unread| match unread {
        [] => 0,
        _ => {
            let (r, n) = super::gotext::decode_rune(unread);
            rune = Some((r, n));
            n
        }
    })?;
    if let (Some((_, n)), Some(h)) = (rune, buf(c, b, false)?) {
        with(c, h, |b| b.last_read = n as i8);
    }
    Ok(rune)
}

/// Buffer.UnreadByte (`rune` false) and UnreadRune: steps back over the last read, or
/// says no (false) when the last operation was not a read (a ReadRune for UnreadRune).
pub fn unread(c: &mut Call, b: Value, rune: bool) -> Result<bool, Fault> {
    let Some(h) = buf(c, b, false)? else { return Ok(false) };
    Ok(with(c, h, |b| {
        let last = b.last_read;
        if (rune && last <= 0) || last == 0 {
            return false;
        }
        let back = if rune { last as usize } else { 1 };
        b.off = b.off.saturating_sub(back);
        (b.string, b.last_read) = (Value::ZERO, 0);
        true
    }))
}

/// Buffer.Truncate(n): keeps the first n unread bytes; false (Go panics) when n is not
/// between 0 and Len.
pub fn truncate(c: &mut Call, b: Value, n: i64) -> Result<bool, Fault> {
    let Some(h) = buf(c, b, false)? else { return Ok(n == 0) };
    Ok(with(c, h, |b| {
        b.last_read = 0;
        if n == 0 {
            b.bytes.clear();
            (b.off, b.string) = (0, Value::ZERO);
            return true;
        }
        if n < 0 || n as usize > b.unread().len() {
            return false;
        }
        b.bytes.truncate(b.off + n as usize);
        b.string = Value::ZERO;
        true
    }))
}

/// Marks the Buffer's last operation as not a read (WriteTo), so UnreadByte refuses.
pub fn not_read(c: &mut Call, b: Value) -> Result<(), Fault> {
    if let Some(h) = buf(c, b, false)? {
        with(c, h, |b| b.last_read = 0);
    }
    Ok(())
}
