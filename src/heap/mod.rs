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
//! strings are shared as `Arc` so readers hold the slot lock only to clone the pointer.
//!
//! Allocation: each M keeps an `AllocCache` of free handles taken from the global free list
//! in batches, so the global lock is off the hot path.
//!
//! Collection: a stop-the-world mark-sweep (`mark_from`, `sweep`), run by the scheduler at a
//! safepoint when every M is between time slices. Every `Value` with `h != 0` is a reference
//! (see value.rs), so marking is precise.

use crate::sys::{internal_error, lock, AtomicBool, AtomicUsize, Mutex, MutexGuard, Ordering};
use crate::vm::value::Handle;
use std::sync::OnceLock;

const SEG_BITS: u32 = 12;
const SEG_SLOTS: usize = 1 << SEG_BITS;
/// At most 4096 segments of 4096 slots: 16M objects.
const MAX_SEGS: usize = 4096;
/// Handles moved between the global free list and an M's cache at a time.
const BATCH: usize = 256;

/// What the heap needs to know of the objects it holds; the runtime defines them
/// (`rt::obj::Obj`), so the heap stays below the runtime and knows nothing of channels.
pub trait Object: Send + 'static {
    /// The value of a free slot.
    const FREE: Self;
    fn is_free(&self) -> bool;
    /// A rough size in bytes, for the heap limit and the GC trigger.
    fn size(&self) -> usize;
    /// Calls `f` with every handle this object refers to (precise marking).
    fn each_ref(&self, f: &mut dyn FnMut(Handle));
}

pub struct Slot<O> {
    obj: Mutex<O>,
    marked: AtomicBool,
}

pub struct Heap<O> {
    segs: Box<[OnceLock<Box<[Slot<O>]>>]>,
    /// Segments handed out so far (handles below nsegs * SEG_SLOTS exist).
    nsegs: Mutex<usize>,
    free: Mutex<Vec<Handle>>,
    /// Approximate live bytes (allocations add, sweeps recompute).
    pub live_bytes: AtomicUsize,
    /// Bytes and objects freed by all sweeps so far (runtime.MemStats' TotalAlloc and
    /// Frees are these plus what is live; counted by the sweep, so allocation pays nothing).
    pub freed_bytes: AtomicUsize,
    pub freed_objects: AtomicUsize,
}

/// An M's private stock of free handles.
#[derive(Default)]
pub struct AllocCache {
    free: Vec<Handle>,
}

/// The heap is full (more objects than the table can address).
#[derive(Debug)]
pub struct OutOfMemory;

impl<O: Object> Default for Heap<O> {
    fn default() -> Self {
        Self::new()
    }
}

impl<O: Object> Heap<O> {
    pub fn new() -> Heap<O> {
        let segs: Vec<OnceLock<Box<[Slot<O>]>>> = (0..MAX_SEGS).map(|_| OnceLock::new()).collect();
        Heap {
            segs: segs.into_boxed_slice(),
            nsegs: Mutex::new(0),
            free: Mutex::new(Vec::new()),
            live_bytes: AtomicUsize::new(0),
            freed_bytes: AtomicUsize::new(0),
            freed_objects: AtomicUsize::new(0),
        }
    }

    fn slot(&self, h: Handle) -> &Slot<O> {
        let seg = self.segs[(h >> SEG_BITS) as usize]
            .get()
            .unwrap_or_else(|| internal_error("handle in an unallocated heap segment"));
        &seg[h as usize & (SEG_SLOTS - 1)]
    }

    /// Locks the object behind `h`. Lock at most one object at a time, except in the orders
    /// documented by the callers (channel, then nothing else of the heap).
    pub fn lock(&self, h: Handle) -> MutexGuard<'_, O> {
        lock(&self.slot(h).obj)
    }

    pub fn alloc(&self, cache: &mut AllocCache, obj: O) -> Result<Handle, OutOfMemory> {
        if cache.free.is_empty() {
            self.refill(cache)?;
        }
        let h = cache.free.pop().ok_or(OutOfMemory)?;
        self.live_bytes.fetch_add(obj.size(), Ordering::Relaxed);
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
        let slots: Vec<Slot<O>> = (0..SEG_SLOTS)
            .map(|_| Slot { obj: Mutex::new(O::FREE), marked: AtomicBool::new(false) })
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
        let before = self.live_bytes.load(Ordering::Relaxed);
        let cap = self.capacity();
        let mut freed_handles = Vec::new();
        let mut live = 0;
        for h in 1..cap as Handle {
            let slot = self.slot(h);
            let mut obj = lock(&slot.obj);
            if slot.marked.swap(false, Ordering::Relaxed) {
                live += obj.size();
            } else if !obj.is_free() {
                *obj = O::FREE;
                freed_handles.push(h);
            }
        }
        let freed = freed_handles.len();
        // Hand out low handles first.
        freed_handles.reverse();
        lock(&self.free).extend(freed_handles);
        self.live_bytes.store(live, Ordering::Relaxed);
        self.freed_bytes.fetch_add(before.saturating_sub(live), Ordering::Relaxed);
        self.freed_objects.fetch_add(freed, Ordering::Relaxed);
        (freed, live)
    }

    /// The number of objects allocated and not yet freed (a scan of the table, for
    /// runtime.ReadMemStats).
    pub fn live_objects(&self) -> usize {
        (1..self.capacity() as Handle).filter(|&h| !lock(&self.slot(h).obj).is_free()).count()
    }
}
