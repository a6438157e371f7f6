//! The event recorder: per-M buffers of fixed-size records with one global sequence.
//!
//! Memory is bounded: at most `Limits::max_trace_events` events are ever recorded (the
//! sequence number counts every event, recorded or not); past that the run goes on
//! unrecorded and `trace_truncated` says so. Recorded events sit in their M's buffer until
//! `take_events` moves them (sorted) to the history and hands them to the caller.

use super::{MCtx, Runtime};
use crate::rt::obj::Obj;
use crate::sys::{lock, Ordering};
use crate::trace::{self, Event, Kind, NONE};
use crate::vm::op::TypeId;
use crate::vm::program::TypeKind;
use crate::vm::value::Value;

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
        self.emit_full(m, kind, p, g, [a, b, 0, 0]);
    }

    /// Records one event in M `m`'s buffer. Callers that change a queue call this while they
    /// hold the queue's lock (see `trace`): the buffer's lock is a leaf, taken last.
    /// Inlined down to the test of `cfg.trace`: a run without a recording (the CLI without
    /// --trace) emits several events per channel hand-off, each of which cost a call.
    #[inline(always)]
    pub(super) fn emit_full(&self, m: usize, kind: Kind, p: u32, g: u32, abcd: [u32; 4]) {
        if self.cfg.trace {
            self.record(m, kind, p, g, abcd);
        }
    }

    #[inline(never)]
    fn record(&self, m: usize, kind: Kind, p: u32, g: u32, abcd: [u32; 4]) {
        let mut buf = lock(&self.bufs[m]);
        let seq = self.seq.fetch_add(1, Ordering::Relaxed);
        if seq >= self.cfg.limits.max_trace_events as u64 {
            return; // the recording is full: see the module comment
        }
        let ts_ns = self.clock.now_ns();
        let [a, b, c, d] = abcd;
        buf.push(Event { seq, ts_ns, kind, m: m as u32, p, g, a, b, c, d });
    }

    #[inline]
    pub fn emit(&self, m: &MCtx, kind: Kind, g: u32, a: u32, b: u32) {
        self.emit4(m, kind, g, a, b, 0, 0);
    }

    /// An event with all four arguments (see `trace::Kind` for what each kind puts there).
    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub fn emit4(&self, m: &MCtx, kind: Kind, g: u32, a: u32, b: u32, c: u32, d: u32) {
        let p = m.p.map(|p| p as u32).unwrap_or(trace::NONE);
        self.emit_full(m.id, kind, p, g, [a, b, c, d]);
    }

    /// Whether events are recorded (callers skip preparing their text otherwise).
    #[inline]
    pub fn tracing(&self) -> bool {
        self.cfg.trace && self.seq.load(Ordering::Relaxed) < self.cfg.limits.max_trace_events as u64
    }

    /// The string-table id of `s` (NONE when not tracing).
    pub fn intern(&self, s: &str) -> u32 {
        if !self.tracing() {
            return NONE;
        }
        lock(&self.strings).intern(s)
    }

    /// Every string of the table so far (for the replay export).
    pub fn all_strings(&self) -> Vec<Box<str>> {
        lock(&self.strings).all().to_vec()
    }

    /// The strings added since the last call (the page's poll).
    pub fn take_strings(&self) -> Vec<Box<str>> {
        lock(&self.strings).take_new().to_vec()
    }

    /// The label of a channel made at `line`, with element type `elem` (`Kind::ChanMake`).
    pub fn chan_label(&self, line: u32, elem: TypeId) -> u32 {
        let text = self.prog.source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("");
        let name = trace::chan_name(text, line);
        let label = format!("{name}{}chan {}", trace::LABEL_SEP, self.prog.type_name(elem));
        self.intern(&label)
    }

    /// The string-table id of a short text for `v`, a value of static type `elem`, as the
    /// channel views show it. Only scalars and strings are spelled out: anything else would
    /// lock other heap objects while the caller holds a channel's lock.
    #[inline]
    pub fn value_text(&self, v: Value, elem: TypeId) -> u32 {
        if !self.tracing() {
            return NONE;
        }
        self.value_text_slow(v, elem)
    }

    #[inline(never)]
    fn value_text_slow(&self, v: Value, elem: TypeId) -> u32 {
        let text = self.scalar_text(v, elem);
        self.intern(&text)
    }

    fn scalar_text(&self, v: Value, elem: TypeId) -> String {
        let prog = &self.prog;
        let (ty, v) = match prog.types.get(elem as usize).map(|t| &t.kind) {
            // An interface value carries its dynamic type.
            Some(TypeKind::Interface) if v.t == 0 => return "nil".into(),
            Some(TypeKind::Interface) => (v.t, v),
            _ => (elem, v),
        };
        let desc = prog.types.get(ty as usize);
        match desc.map(|t| &t.kind) {
            Some(TypeKind::Bool) => if v.w != 0 { "true" } else { "false" }.into(),
            Some(TypeKind::Int { bits, signed }) => {
                let shift = 64 - (*bits).clamp(8, 64) as u32;
                if *signed {
                    (((v.w << shift) as i64) >> shift).to_string()
                } else {
                    ((v.w << shift) >> shift).to_string()
                }
            }
            Some(TypeKind::Float64 | TypeKind::Float32) => format!("{}", f64::from_bits(v.w)),
            Some(TypeKind::String) if v.h == 0 => "\"\"".into(),
            Some(TypeKind::String) => match &*self.heap.lock(v.h) {
                Obj::Str(s) => format!("{:?}", s.chars().take(40).collect::<String>()),
                _ => "?".into(),
            },
            Some(TypeKind::Struct { .. }) => "{…}".into(),
            Some(TypeKind::Slice { .. }) => "[…]".into(),
            Some(_) if v.h == 0 && v.w == 0 => "nil".into(),
            Some(_) => desc.map(|t| t.name.clone()).unwrap_or_default(),
            None => "?".into(),
        }
    }
}
