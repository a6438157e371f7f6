//! The event recorder: per-M buffers of fixed-size records with one global sequence.
//!
//! Memory is bounded: at most `Limits::max_trace_events` events are ever recorded (the
//! sequence number counts every event, recorded or not); past that the run goes on
//! unrecorded and `trace_truncated` says so. Recorded events sit in their M's buffer until
//! `take_events` moves them (sorted) to the history and hands them to the caller.

use super::{MCtx, Runtime};
use crate::sys::{lock, Ordering};
use crate::trace::{self, Event, Kind};

impl Runtime {
    /// New events since the last call, in sequence order, with no gaps: every M's buffer is
    /// locked while the batch is cut, and an M takes its sequence number under its own lock.
    pub fn take_events(&self) -> Vec<Event> {
        let mut guards: Vec<_> = self.bufs.iter().map(lock).collect();
        let mut batch: Vec<Event> = guards.iter_mut().flat_map(|b| b.drain(..)).collect();
        drop(guards);
        batch.sort_by_key(|e| e.seq);
        let mut hist = lock(&self.history);
        let room = self.cfg.limits.max_trace_events.saturating_sub(hist.len());
        hist.extend_from_slice(&batch[..batch.len().min(room)]);
        batch
    }

    /// Every event kept so far (after draining the buffers), for export.
    pub fn all_events(&self) -> Vec<Event> {
        self.take_events();
        lock(&self.history).clone()
    }

    /// Whether more events happened than the recording keeps.
    pub fn trace_truncated(&self) -> bool {
        self.seq.load(Ordering::Relaxed) > self.cfg.limits.max_trace_events as u64
    }

    /// Events recorded but not yet taken (for tests of the bound).
    pub fn events_buffered(&self) -> usize {
        self.bufs.iter().map(|b| lock(b).len()).sum()
    }

    pub fn chrome_json(&self) -> String {
        trace::chrome::chrome_json(&self.all_events(), &self.prog)
    }

    // ---- events

    pub(super) fn emit_raw(&self, m: usize, kind: Kind, p: u32, g: u32, a: u32, b: u32) {
        if !self.cfg.trace {
            return;
        }
        let mut buf = lock(&self.bufs[m]);
        let seq = self.seq.fetch_add(1, Ordering::Relaxed);
        if seq >= self.cfg.limits.max_trace_events as u64 {
            return; // the recording is full: see the module comment
        }
        let ts_ns = self.clock.now_ns();
        buf.push(Event { seq, ts_ns, kind, m: m as u32, p, g, a, b });
    }

    pub fn emit(&self, m: &MCtx, kind: Kind, g: u32, a: u32, b: u32) {
        let p = m.p.map(|p| p as u32).unwrap_or(trace::NONE);
        self.emit_raw(m.id, kind, p, g, a, b);
    }
}
