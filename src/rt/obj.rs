//! The Go objects that live in the heap: what a handle can refer to.
//!
//! The heap (`crate::heap`) is generic over its objects; this enum is the runtime's choice
//! of them. Each variant says what owns it and how the collector walks it (`each_ref`).

use crate::heap::Object;
use crate::rt::chan::Chan;
use crate::rt::map::{GoMap, MapIter};
use crate::rt::sync::{Mutex as GoMutex, WaitGroup};
use crate::sys::internal_error;
use crate::vm::op::FuncId;
use crate::vm::value::{Handle, Value};
use std::sync::Arc;

pub use crate::heap::{AllocCache, OutOfMemory};

/// The runtime's heap.
pub type Heap = crate::heap::Heap<Obj>;

pub enum Obj {
    Free,
    /// A string that is valid UTF-8. Go strings are bytes; keeping the common case as a
    /// Rust `str` lets `Heap::str` hand it out without a copy.
    Str(Arc<str>),
    /// A string whose bytes are not valid UTF-8 ("\xff", "é"[:1]); never holds valid UTF-8,
    /// so each string has exactly one representation.
    RawStr(Arc<[u8]>),
    /// A variable captured by reference or whose address is taken.
    Cell(Value),
    Closure {
        func: FuncId,
        caps: Arc<[Value]>,
    },
    Chan(Box<Chan>),
    WaitGroup(WaitGroup),
    Mutex(GoMutex),
    RWMutex(Box<crate::rt::sync::RWMutex>),
    /// A sync.Cond's waiters (made at its first Wait or Signal).
    NotifyList(Box<crate::rt::sync::NotifyList>),
    /// The backing array of one or more slices (see value.rs for the slice layout).
    Array(Vec<Value>),
    /// A map; a map value is this object's handle (see rt/map.rs).
    Map(Box<GoMap>),
    /// The state of a range over a map (`Op::MapIterInit`).
    MapIter(Box<MapIter>),
    /// A struct's fields, in declaration order (see `Op::NewStruct`).
    Struct(Vec<Value>),
    /// The bytes of a strings.Builder or bytes.Buffer (the value in its cell, `library/strbuf.rs`).
    Buf(Box<ByteBuf>),
}

/// A growable byte buffer, so that a Builder's or Buffer's write appends in amortized O(1)
/// as Go's do (a string per write made a loop of writes quadratic).
#[derive(Default)]
pub struct ByteBuf {
    pub bytes: Vec<u8>,
    /// How many bytes a bytes.Buffer has read from the front (always 0 for a Builder).
    pub off: usize,
    /// The capacity Go's slice would have (what Cap reports; `bytes` has at least as much).
    pub cap: usize,
    /// The string that String() last made of the unread bytes, or zero once they change:
    /// repeated String calls share one string, as Go's Builder shares its buffer.
    pub string: Value,
    /// What a Buffer's last operation was, for UnreadByte and UnreadRune (Go's lastRead):
    /// 0 anything else, -1 a read of some bytes, 1 to 4 a ReadRune of that many bytes.
    pub last_read: i8,
}

impl ByteBuf {
    /// The unread bytes.
    pub fn unread(&self) -> &[u8] {
        &self.bytes[self.off.min(self.bytes.len())..]
    }
}

impl Object for Obj {
    const FREE: Obj = Obj::Free;

    fn is_free(&self) -> bool {
        matches!(self, Obj::Free)
    }

    fn size(&self) -> usize {
        // The slot itself (lock, mark, enum) costs about 64 bytes.
        64 + match self {
            Obj::Str(s) => s.len(),
            Obj::RawStr(s) => s.len(),
            Obj::Closure { caps, .. } => caps.len() * 16,
            Obj::Chan(c) => c.size_bytes(),
            Obj::Map(m) => m.size_bytes(),
            Obj::MapIter(it) => it.size_bytes(),
            Obj::Array(a) | Obj::Struct(a) => a.len() * 16,
            Obj::Buf(b) => b.bytes.capacity(),
            _ => 0,
        }
    }

    fn each_ref(&self, f: &mut dyn FnMut(Handle)) {
        match self {
            Obj::Cell(v) => {
                if v.h != 0 {
                    f(v.h)
                }
            }
            Obj::Closure { caps, .. } => caps.iter().filter(|v| v.h != 0).for_each(|v| f(v.h)),
            Obj::Chan(c) => c.each_ref(f),
            Obj::Map(m) => m.each_ref(f),
            Obj::MapIter(it) => it.each_ref(f),
            Obj::Array(a) | Obj::Struct(a) => a.iter().filter(|v| v.h != 0).for_each(|v| f(v.h)),
            Obj::Buf(b) => {
                if b.string.h != 0 {
                    f(b.string.h)
                }
            }
            Obj::Free
            | Obj::Str(_)
            | Obj::RawStr(_)
            | Obj::WaitGroup(_)
            | Obj::Mutex(_)
            | Obj::RWMutex(_)
            | Obj::NotifyList(_) => {}
        }
    }
}

/// A copy, in the same state, of the object a library cell's value refers to (a Builder's
/// or Buffer's bytes, an RWMutex, a Once's mutex), for a copy of the cell: Go copies these
/// as plain fields, so the copy is held or read as the original is now, and nothing that
/// waits on the original waits on the copy. None for objects a copy shares.
pub fn copy_lib_state(obj: &Obj) -> Option<Obj> {
    Some(match obj {
        Obj::Buf(b) => Obj::Buf(Box::new(ByteBuf {
            bytes: b.bytes.clone(),
            off: b.off,
            cap: b.cap,
            string: b.string,
            last_read: b.last_read,
        })),
        Obj::RWMutex(rw) => Obj::RWMutex(Box::new(crate::rt::sync::RWMutex {
            readers: rw.readers,
            writer: rw.writer,
            ..Default::default()
        })),
        Obj::Mutex(mx) => Obj::Mutex(GoMutex { locked: mx.locked, ..Default::default() }),
        _ => return None,
    })
}

/// Typed helpers used by the interpreter and the runtime.
/// The object of a complex number (see `Heap::new_complex`); None for +0+0i, the zero
/// Value (a negative zero part needs an object, so that it prints as Go prints it).
pub fn complex_obj((re, im): (f64, f64)) -> Option<Obj> {
    if re.to_bits() == 0 && im.to_bits() == 0 {
        return None;
    }
    Some(Obj::Struct(vec![Value::float(re), Value::float(im)]))
}

impl crate::heap::Heap<Obj> {
    pub fn new_str(&self, cache: &mut AllocCache, s: &str) -> Result<Value, OutOfMemory> {
        if s.is_empty() {
            return Ok(Value::ZERO);
        }
        Ok(Value::handle(self.alloc(cache, Obj::Str(Arc::from(s)))?))
    }

    /// A string of any bytes: `Obj::Str` when they are UTF-8, else `Obj::RawStr`.
    pub fn new_bytes(&self, cache: &mut AllocCache, b: &[u8]) -> Result<Value, OutOfMemory> {
        if b.is_empty() {
            return Ok(Value::ZERO);
        }
        Ok(Value::handle(self.alloc(cache, str_obj(b))?))
    }

    /// A complex number: an immutable `Obj::Struct` of its two parts as float64 values, so
    /// copies may share it as strings share theirs; 0+0i is handle 0, the zero Value.
    pub fn new_complex(&self, cache: &mut AllocCache, c: (f64, f64)) -> Result<Value, OutOfMemory> {
        match complex_obj(c) {
            None => Ok(Value::ZERO),
            Some(o) => Ok(Value::handle(self.alloc(cache, o)?)),
        }
    }

    /// The real and imaginary parts of a complex value (see `new_complex`).
    pub fn complex(&self, v: Value) -> (f64, f64) {
        if v.h == 0 {
            return (0.0, 0.0);
        }
        match &*self.lock(v.h) {
            Obj::Struct(p) if p.len() == 2 => (p[0].as_float(), p[1].as_float()),
            _ => internal_error("complex handle does not refer to a complex number"),
        }
    }

    /// The bytes of the string a value holds (empty for handle 0). No copy is made.
    pub fn bytes(&self, v: Value) -> Arc<[u8]> {
        if v.h == 0 {
            return Arc::from(&b""[..]);
        }
        match &*self.lock(v.h) {
            Obj::Str(s) => Arc::<[u8]>::from(s.clone()),
            Obj::RawStr(b) => b.clone(),
            _ => internal_error("string handle does not refer to a string"),
        }
    }

    /// The string a value holds ("" for handle 0) as text: bytes that are not UTF-8 become
    /// U+FFFD. For the library and messages, where text is what is wanted; whatever must
    /// keep Go's bytes (length, slicing, comparison, map keys) uses `bytes`.
    pub fn str(&self, v: Value) -> Arc<str> {
        if v.h == 0 {
            return Arc::from("");
        }
        match &*self.lock(v.h) {
            Obj::Str(s) => s.clone(),
            Obj::RawStr(b) => Arc::from(String::from_utf8_lossy(b)),
            _ => internal_error("string handle does not refer to a string"),
        }
    }

    /// The string a value holds as fmt's text (`rt::rawtext`): bytes that are not UTF-8
    /// are held as characters that stand for them, so fmt can write Go's bytes.
    pub fn text(&self, v: Value) -> Arc<str> {
        if v.h == 0 {
            return Arc::from("");
        }
        match &*self.lock(v.h) {
            Obj::Str(s) => s.clone(),
            Obj::RawStr(b) => Arc::from(super::rawtext::marked(b)),
            _ => internal_error("string handle does not refer to a string"),
        }
    }
}

/// Decodes the first rune of `b` as Go's utf8.DecodeRune does: (rune, width), with
/// (U+FFFD, 1) for a byte that does not start a valid sequence. `b` must not be empty.
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let n = match b[0] {
        0x00..=0x7f => return (b[0] as u32, 1),
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return (0xfffd, 1),
    };
    match b.get(..n).map(std::str::from_utf8) {
        Some(Ok(s)) => (s.chars().next().map_or(0xfffd, |c| c as u32), n),
        _ => (0xfffd, 1),
    }
}

/// The object for a string of any bytes (see `Obj::RawStr`).
pub fn str_obj(b: &[u8]) -> Obj {
    match std::str::from_utf8(b) {
        Ok(s) => Obj::Str(Arc::from(s)),
        Err(_) => Obj::RawStr(Arc::from(b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alloc_mark_sweep_reclaims_cycles() {
        let heap = Heap::new();
        let mut c = AllocCache::default();
        let a = heap.alloc(&mut c, Obj::Cell(Value::ZERO)).unwrap();
        let b = heap.alloc(&mut c, Obj::Cell(Value::handle(a))).unwrap();
        *heap.lock(a) = Obj::Cell(Value::handle(b)); // a <-> b cycle
        let kept = heap.new_str(&mut c, "kept").unwrap();
        heap.flush(&mut c);
        heap.mark_from([kept.h]);
        let (freed, _) = heap.sweep();
        assert_eq!(freed, 2, "the unreachable cycle is reclaimed");
        assert_eq!(&*heap.str(kept), "kept");
        assert!(matches!(*heap.lock(a), Obj::Free));
    }

    #[test]
    fn arrays_keep_their_elements_alive() {
        let heap = Heap::new();
        let mut c = AllocCache::default();
        let s = heap.new_str(&mut c, "elem").unwrap();
        let arr = heap.alloc(&mut c, Obj::Array(vec![Value::ZERO, s])).unwrap();
        assert_eq!(Obj::Array(vec![Value::ZERO; 3]).size(), 64 + 3 * 16);
        heap.flush(&mut c);
        heap.mark_from([arr]);
        let (freed, _) = heap.sweep();
        assert_eq!(freed, 0, "the array's string element is reachable through it");
        assert_eq!(&*heap.str(s), "elem");
    }

    #[test]
    fn structs_keep_their_fields_alive() {
        let heap = Heap::new();
        let mut c = AllocCache::default();
        let name = heap.new_str(&mut c, "field").unwrap();
        let inner = heap.alloc(&mut c, Obj::Struct(vec![Value::int(1)])).unwrap();
        let outer = heap.alloc(&mut c, Obj::Struct(vec![name, Value::handle(inner)])).unwrap();
        let garbage = heap.alloc(&mut c, Obj::Struct(vec![Value::ZERO])).unwrap();
        assert_eq!(Obj::Struct(vec![Value::ZERO; 2]).size(), 64 + 2 * 16);
        heap.flush(&mut c);
        heap.mark_from([outer]);
        let (freed, _) = heap.sweep();
        assert_eq!(freed, 1, "only the unreachable struct is reclaimed");
        assert!(matches!(*heap.lock(garbage), Obj::Free));
        assert!(
            matches!(*heap.lock(inner), Obj::Struct(_)),
            "a nested struct lives through its parent"
        );
        assert_eq!(&*heap.str(name), "field");
    }

    #[test]
    fn handle_zero_is_never_allocated() {
        let heap = Heap::new();
        let mut c = AllocCache::default();
        for _ in 0..1000 {
            assert_ne!(heap.alloc(&mut c, Obj::Cell(Value::ZERO)).unwrap(), 0);
        }
    }
}
