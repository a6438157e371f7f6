//! The heap: every Go object that outlives a register lives here, addressed by a `Handle`.
//!
//! Why a handle table and not `Arc`: Go programs build cycles (closures that refer to
//! themselves, goroutines that hold each other's channels), which reference counting leaks;
//! and a `Value` must stay `Copy` and 16 bytes so the interpreter moves registers with plain
//! stores. The runtime therefore owns its objects, as Go's does: a table of slots, grown in
//! fixed segments that never move, so a handle stays valid while other Ms allocate.
//!
//! Concurrency: each slot has its own lock. A data race in the user's Go program (two
//! goroutines writing one captured variable) becomes two lock acquisitions in some order:
//! a wrong answer perhaps, as in Go, but never undefined behaviour in Rust. Immutable
//! strings are shared as `Arc<str>` so readers hold the slot lock only to clone the pointer.
//!
//! Allocation: each M keeps an `AllocCache` of free handles taken from the global free list
//! in batches, so the global lock is off the hot path.
//!
//! Collection: a stop-the-world mark-sweep (`mark_from`, `sweep`), run by the scheduler at a
//! safepoint when every M is between time slices. Every `Value` with `h != 0` is a reference
//! (see value.rs), so marking is precise.

use super::value::{Handle, Value};
use crate::rt::chan::Chan;
use crate::rt::map::{GoMap, MapIter};
use crate::rt::sync::{Mutex as GoMutex, WaitGroup};
use crate::vm::op::FuncId;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

const SEG_BITS: u32 = 12;
const SEG_SLOTS: usize = 1 << SEG_BITS;
/// At most 4096 segments of 4096 slots: 16M objects.
const MAX_SEGS: usize = 4096;
/// Handles moved between the global free list and an M's cache at a time.
const BATCH: usize = 256;

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
    /// The backing array of one or more slices (see value.rs for the slice layout).
    Array(Vec<Value>),
    /// A map; a map value is this object's handle (see rt/map.rs).
    Map(Box<GoMap>),
    /// The state of a range over a map (`Op::MapIterInit`).
    MapIter(Box<MapIter>),
    /// A struct's fields, in declaration order (see `Op::NewStruct`).
    Struct(Vec<Value>),
}

impl Obj {
    /// A rough size in bytes, for the heap limit and the GC trigger.
    pub fn size(&self) -> usize {
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

    /// Calls `f` with every handle this object refers to.
    pub fn each_ref(&self, f: &mut dyn FnMut(Handle)) {
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
            Obj::Free | Obj::Str(_) | Obj::WaitGroup(_) | Obj::Mutex(_) => {}
        }
    }
}

pub struct Slot {
    obj: Mutex<Obj>,
    marked: AtomicBool,
}

pub struct Heap {
    segs: Box<[OnceLock<Box<[Slot]>>]>,
    /// Segments handed out so far (handles below nsegs * SEG_SLOTS exist).
    nsegs: Mutex<usize>,
    free: Mutex<Vec<Handle>>,
    /// Approximate live bytes (allocations add, sweeps recompute).
    pub live_bytes: AtomicUsize,
    /// Objects allocated since the last collection.
    pub allocs_since_gc: AtomicUsize,
}

/// An M's private stock of free handles.
#[derive(Default)]
pub struct AllocCache {
    free: Vec<Handle>,
}

/// The heap is full (more objects than the table can address).
#[derive(Debug)]
pub struct OutOfMemory;

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        let segs: Vec<OnceLock<Box<[Slot]>>> = (0..MAX_SEGS).map(|_| OnceLock::new()).collect();
        Heap {
            segs: segs.into_boxed_slice(),
            nsegs: Mutex::new(0),
            free: Mutex::new(Vec::new()),
            live_bytes: AtomicUsize::new(0),
            allocs_since_gc: AtomicUsize::new(0),
        }
    }

    fn slot(&self, h: Handle) -> &Slot {
        let seg = self.segs[(h >> SEG_BITS) as usize]
            .get()
            .unwrap_or_else(|| internal_error("handle in an unallocated heap segment"));
        &seg[h as usize & (SEG_SLOTS - 1)]
    }

    /// Locks the object behind `h`. Lock at most one object at a time, except in the orders
    /// documented by the callers (channel, then nothing else of the heap).
    pub fn lock(&self, h: Handle) -> MutexGuard<'_, Obj> {
        lock(&self.slot(h).obj)
    }

    pub fn alloc(&self, cache: &mut AllocCache, obj: Obj) -> Result<Handle, OutOfMemory> {
        if cache.free.is_empty() {
            self.refill(cache)?;
        }
        let h = cache.free.pop().ok_or(OutOfMemory)?;
        self.live_bytes.fetch_add(obj.size(), Ordering::Relaxed);
        self.allocs_since_gc.fetch_add(1, Ordering::Relaxed);
        let slot = self.slot(h);
        slot.marked.store(false, Ordering::Relaxed);
        *lock(&slot.obj) = obj;
        Ok(h)
    }

    fn refill(&self, cache: &mut AllocCache) -> Result<(), OutOfMemory> {
        {
            let mut free = lock(&self.free);
            let n = free.len().min(BATCH);
            let at = free.len() - n;
            cache.free.extend(free.drain(at..));
        }
        if !cache.free.is_empty() {
            return Ok(());
        }
        // A fresh segment: hand BATCH of it to this cache and the rest to the free list.
        let mut nsegs = lock(&self.nsegs);
        if *nsegs >= MAX_SEGS {
            return Err(OutOfMemory);
        }
        let seg_index = *nsegs;
        let slots: Vec<Slot> = (0..SEG_SLOTS)
            .map(|_| Slot {
                obj: Mutex::new(Obj::Free),
                marked: AtomicBool::new(false),
            })
            .collect();
        if self.segs[seg_index].set(slots.into_boxed_slice()).is_err() {
            internal_error("heap segment initialised twice");
        }
        *nsegs += 1;
        drop(nsegs);
        let first = (seg_index << SEG_BITS) as Handle;
        // Handle 0 is nil and is never handed out.
        let start = if first == 0 { 1 } else { first };
        let all: Vec<Handle> = (start..first + SEG_SLOTS as Handle).rev().collect();
        let (mine, rest) = all.split_at(all.len().min(BATCH));
        cache.free.extend_from_slice(mine);
        lock(&self.free).extend_from_slice(rest);
        Ok(())
    }

    /// Returns a cache's handles to the global list (when an M exits or before a sweep).
    pub fn flush(&self, cache: &mut AllocCache) {
        lock(&self.free).append(&mut cache.free);
    }

    // ---- typed helpers used by the interpreter and the runtime

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

    // ---- collection

    /// Number of handles that exist (allocated or free).
    pub fn capacity(&self) -> usize {
        *lock(&self.nsegs) * SEG_SLOTS
    }

    /// Marks everything reachable from `roots`. Call only while the world is stopped.
    pub fn mark_from(&self, roots: impl IntoIterator<Item = Handle>) {
        let mut stack: Vec<Handle> = roots.into_iter().filter(|h| *h != 0).collect();
        while let Some(h) = stack.pop() {
            let slot = self.slot(h);
            if slot.marked.swap(true, Ordering::Relaxed) {
                continue;
            }
            lock(&slot.obj).each_ref(&mut |c| stack.push(c));
        }
    }

    /// Frees every unmarked object and clears the marks. Returns (objects freed, live bytes).
    /// Call only while the world is stopped. Slots that were already free (on the global
    /// list or in some M's cache) are left where they are, so the Ms keep their caches.
    pub fn sweep(&self) -> (usize, usize) {
        let cap = self.capacity();
        let mut freed_handles = Vec::new();
        let mut live = 0;
        for h in 1..cap as Handle {
            let slot = self.slot(h);
            let mut obj = lock(&slot.obj);
            if slot.marked.swap(false, Ordering::Relaxed) {
                live += obj.size();
            } else if !matches!(*obj, Obj::Free) {
                *obj = Obj::Free;
                freed_handles.push(h);
            }
        }
        let freed = freed_handles.len();
        // Hand out low handles first.
        freed_handles.reverse();
        lock(&self.free).extend(freed_handles);
        self.live_bytes.store(live, Ordering::Relaxed);
        self.allocs_since_gc.store(0, Ordering::Relaxed);
        (freed, live)
    }
}

/// Locks a mutex, ignoring poisoning: a panic on another M is already fatal for the run
/// and is reported separately; the data stays consistent for the dump.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A broken internal invariant: our bug, never the user's.
#[cold]
pub fn internal_error(what: &str) -> ! {
    panic!("gopark internal error: {what} (this is a bug in gopark, not in your program)")
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
        assert!(matches!(*heap.lock(inner), Obj::Struct(_)), "a nested struct lives through its parent");
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
