//! Garbage collection orchestration: when to collect, and the stop-the-world mark-sweep
//! over the roots only the scheduler knows (goroutines, globals, timers).

use super::{MCtx, Runtime};
use crate::rt::g::G;
use crate::sys::{lock, Arc, Ordering, RwLockReadGuard};
use crate::trace::StopReason;
use crate::vm::value::Handle;

/// The first collection happens once this many bytes have been allocated.
pub(super) const MIN_GC_BYTES: usize = 4 << 20;

/// The heap's figures in runtime.MemStats' terms (bytes, objects, collections).
pub struct MemStats {
    pub alloc: u64,
    pub total_alloc: u64,
    pub sys: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub heap_objects: u64,
    pub heap_sys: u64,
    pub stack_inuse: u64,
    pub next_gc: u64,
    pub num_gc: u64,
}

impl Runtime {
    /// The end of a run over its heap limit: Go's words on the first line, then which of
    /// gopark's limits it was (the interpreter and the library natives both report it).
    pub fn out_of_memory_message(&self) -> String {
        format!(
            "fatal error: runtime: out of memory\ngopark: heap limit of {} reached",
            super::format_bytes(self.cfg.limits.max_heap_bytes as u64)
        )
    }

    /// Stop-the-world mark-sweep. Roots: every goroutine's live registers, running closures
    /// and undelivered wake-up values, the globals and the string constants. Channel
    /// buffers and parked senders' values are reached through the channels themselves.
    pub fn collect(&self) {
        let seen = self.gc_count.load(Ordering::Acquire);
        while self.gc_running.swap(true, Ordering::AcqRel) {
            // Another M is collecting, or finishing a collection. Wait for it: this M may be
            // here for an instruction that found the heap full (`Exit::NeedGc`), which must
            // run again only after a collection that began after that. One that ended after
            // this call began did (it could not overlap the slice that asked); otherwise
            // collect anew. Never spins in deterministic mode, where a collection ends within
            // the turn that began it.
            while self.gc_running.load(Ordering::Acquire) {
                std::thread::yield_now();
            }
            if self.gc_count.load(Ordering::Acquire) != seen {
                return;
            }
        }
        self.stop_the_world(|| {
            let gs: Vec<Arc<G>> = lock(&self.allgs).values().cloned().collect();
            let mut roots: Vec<Handle> = Vec::new();
            for g in &gs {
                lock(&g.state).roots(&self.prog, &mut roots);
                roots.push(g.peek_param().h);
            }
            roots.extend(self.globals.iter().map(|v| lock(v).h));
            roots.extend(self.str_consts.iter().map(|v| v.h));
            roots.extend(self.static_closures.iter().map(|v| v.h));
            roots.extend(lock(&self.lib_globals).iter().map(|(_, v)| v.h));
            for p in &self.ps {
                p.timers.chans(&mut roots);
            }
            self.signal_roots(&mut roots);
            roots.push(self.now_loc);
            self.heap.mark_from(roots);
            let (_freed, live) = self.heap.sweep();
            // Near the limit, every few allocations would need another full collection that
            // frees almost nothing (a death spiral that looks like a hang): once the live
            // data fill 15/16 of the limit, an allocation that does not fit is out of memory
            // at once (`heap_exhausted`).
            let max = self.cfg.limits.max_heap_bytes;
            let stack_bytes = self.stack_bytes.load(Ordering::Relaxed);
            let in_use = live + stack_bytes;
            self.heap_exhausted.store(in_use > max - max / 16, Ordering::Relaxed);
            // As Go's pacer does, the goal counts the goroutines' stacks too, so that a
            // program whose memory is mostly goroutines does not collect over and over.
            let next = (live * 2 + stack_bytes)
                .max(MIN_GC_BYTES)
                .min(self.cfg.limits.max_heap_bytes.max(live + 1));
            self.next_gc_bytes.store(next, Ordering::Relaxed);
            self.gc_count.fetch_add(1, Ordering::Relaxed);
        });
        self.gc_running.store(false, Ordering::Release);
    }

    /// What runtime.ReadMemStats reports, from the heap's own counts: Go's words for
    /// gopark's heap (a table of object slots) and goroutine stacks.
    pub fn mem_stats(&self) -> MemStats {
        let live = self.heap.live_bytes.load(Ordering::Relaxed) as u64;
        let objects = self.heap.live_objects() as u64;
        let frees = self.heap.freed_objects.load(Ordering::Relaxed) as u64;
        let slot = std::mem::size_of::<crate::heap::Slot<crate::rt::obj::Obj>>();
        let table = (self.heap.capacity() * slot) as u64;
        let stack = self.stack_bytes.load(Ordering::Relaxed) as u64;
        MemStats {
            alloc: live,
            total_alloc: live + self.heap.freed_bytes.load(Ordering::Relaxed) as u64,
            sys: table + live + stack,
            mallocs: objects + frees,
            frees,
            heap_objects: objects,
            heap_sys: table + live,
            stack_inuse: stack,
            next_gc: self.next_gc_bytes.load(Ordering::Relaxed) as u64,
            num_gc: self.gc_count.load(Ordering::Relaxed) as u64,
        }
    }

    /// Held shared by an M for the whole of a time slice (see `Runtime::world`).
    pub fn world_read(&self) -> RwLockReadGuard<'_, ()> {
        self.world.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether an M may keep its shared hold on the world into the next chunk of its slice:
    /// no M waits to stop the world, and no collection is due (the M would start it). Taking
    /// and releasing the lock at every chunk (20,000 instructions) was two read-modify-writes
    /// of one cache line shared by all Ms: 2-3% of a CPU-bound 2-P run in Chromium.
    pub fn may_keep_world(&self) -> bool {
        self.stw_wanted.load(Ordering::SeqCst) == 0 && !self.gc_due()
    }

    /// The heap has grown past the GC goal (GOGC=100).
    fn gc_due(&self) -> bool {
        self.heap.live_bytes.load(Ordering::Relaxed) > self.next_gc_bytes.load(Ordering::Relaxed)
    }

    /// Runs `f` with the world stopped (Go's stopTheWorld): announces itself in `stw_wanted`
    /// so that Ms holding the world between chunks let go of it at their next chunk
    /// boundary, then takes `world` for writing. No lost wake-up: an M checks `stw_wanted`
    /// after every chunk, which is bounded by its fuel, and the count is raised before this
    /// waits; std's RwLock keeps new readers out while a writer waits.
    pub(super) fn stop_the_world<R>(&self, f: impl FnOnce() -> R) -> R {
        self.stw_wanted.fetch_add(1, Ordering::SeqCst);
        let world = self.world.write().unwrap_or_else(|e| e.into_inner());
        self.stw_wanted.fetch_sub(1, Ordering::SeqCst);
        let r = f();
        drop(world);
        r
    }

    /// Collects if the heap has grown past the GC goal (GOGC=100).
    pub fn maybe_collect(&self) {
        if self.gc_due() {
            self.collect();
        }
    }

    /// An allocation found the heap over its limit and its M has collected since: `g` goes
    /// back to run next and retries the instruction. (The M no longer holds the world, so a
    /// procresize may have taken its P meanwhile.)
    pub fn gc_requeue(&self, m: &MCtx, g: Arc<G>) {
        self.stop_running(m, &g, StopReason::Preempted);
        self.runqput_after_resize(m, g);
    }
}
