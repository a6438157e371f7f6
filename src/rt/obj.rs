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
    Str(Arc<str>),
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
    /// The backing array of one or more slices (see value.rs for the slice layout).
    Array(Vec<Value>),
    /// A map; a map value is this object's handle (see rt/map.rs).
    Map(Box<GoMap>),
    /// The state of a range over a map (`Op::MapIterInit`).
    MapIter(Box<MapIter>),
    /// A struct's fields, in declaration order (see `Op::NewStruct`).
    Struct(Vec<Value>),
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
            Obj::Closure { caps, .. } => caps.len() * 16,
            Obj::Chan(c) => c.size_bytes(),
            Obj::Map(m) => m.size_bytes(),
            Obj::MapIter(it) => it.size_bytes(),
            Obj::Array(a) | Obj::Struct(a) => a.len() * 16,
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
            Obj::Free | Obj::Str(_) | Obj::WaitGroup(_) | Obj::Mutex(_) | Obj::RWMutex(_) => {}
        }
    }
}

/// Typed helpers used by the interpreter and the runtime.
impl crate::heap::Heap<Obj> {
    pub fn new_str(&self, cache: &mut AllocCache, s: &str) -> Result<Value, OutOfMemory> {
        if s.is_empty() {
            return Ok(Value::ZERO);
        }
        Ok(Value::handle(self.alloc(cache, Obj::Str(Arc::from(s)))?))
    }

    /// The string a value holds ("" for handle 0).
    pub fn str(&self, v: Value) -> Arc<str> {
        if v.h == 0 {
            return Arc::from("");
        }
        match &*self.lock(v.h) {
            Obj::Str(s) => s.clone(),
            _ => internal_error("string handle does not refer to a string"),
        }
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
