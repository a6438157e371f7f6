//! Chrome Trace Event JSON export (opens in Perfetto and chrome://tracing).
//!
//! One lane (thread) per P. Each stretch of a goroutine running is a complete event
//! (`ph:"X"`) named after the goroutine, with `args` {g, p, m}; blocking, unblocking,
//! creation and steals are instant events (`ph:"i"`); a flow arrow (`ph:"s"`/`"f"`) joins
//! the goroutine that woke another to the woken one's next run. Timestamps are microseconds.

use super::{Event, Kind, StopReason, WaitReason, NONE};
use crate::vm::program::Program;
use serde_json::{json, Value};
use std::collections::HashMap;

/// Microseconds, as Chrome's format counts them (fractions keep the nanoseconds).
fn us(ns: u64) -> f64 {
    ns as f64 / 1000.0
}

/// The trace being written: one JSON object per line, so a diff of two traces reads well.
struct Out {
    text: String,
}

impl Out {
    fn push(&mut self, v: Value) {
        if !self.text.ends_with('[') {
            self.text.push_str(",\n");
        } else {
            self.text.push('\n');
        }
        self.text.push_str(&v.to_string());
    }
}

pub fn chrome_json(events: &[Event], prog: &Program) -> String {
    let mut out = Out { text: String::from("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[") };
    let nprocs = events.iter().filter(|e| e.p != NONE).map(|e| e.p + 1).max().unwrap_or(1);
    out.push(json!({"ph": "M", "pid": 1, "name": "process_name", "args": {"name": "gopark"}}));
    for p in 0..nprocs {
        let name = format!("P{p}");
        out.push(
            json!({"ph": "M", "pid": 1, "tid": p, "name": "thread_name", "args": {"name": name}}),
        );
    }
    // g -> (start event) for open run slices; g -> flow id waiting for the next GoStart.
    let mut open: HashMap<u32, Event> = HashMap::new();
    let mut flows: HashMap<u32, u64> = HashMap::new();
    let mut start_func: HashMap<u32, u32> = HashMap::new();
    let fname = |f: u32| prog.funcs.get(f as usize).map(|f| f.name.as_str()).unwrap_or("?");
    let close = |g: u32,
                 end: &Event,
                 why: &str,
                 out: &mut Out,
                 open: &mut HashMap<u32, Event>,
                 start_func: &HashMap<u32, u32>| {
        if let Some(s) = open.remove(&g) {
            let func = start_func.get(&g).map(|f| fname(*f)).unwrap_or("?");
            out.push(json!({
                "ph": "X", "pid": 1, "tid": s.p, "name": format!("G{g}"), "ts": us(s.ts_ns),
                "dur": us(end.ts_ns.saturating_sub(s.ts_ns)),
                "args": {"g": g, "p": s.p, "m": s.m, "func": func, "end": why},
            }));
        }
    };
    for e in events {
        let tid = if e.p == NONE { 0 } else { e.p };
        let ts = us(e.ts_ns);
        match e.kind {
            Kind::GoCreate => {
                start_func.insert(e.g, e.b);
                out.push(json!({
                    "ph": "i", "s": "t", "pid": 1, "tid": tid, "name": format!("create G{}", e.g),
                    "ts": ts, "args": {"g": e.g, "parent": e.a, "func": fname(e.b)},
                }));
                let id = e.seq + 1;
                out.push(json!({"ph": "s", "pid": 1, "tid": tid, "name": "spawn", "cat": "flow", "id": id, "ts": ts}));
                flows.insert(e.g, id);
            }
            Kind::GoStart => {
                open.insert(e.g, *e);
                if let Some(id) = flows.remove(&e.g) {
                    out.push(json!({"ph": "f", "bp": "e", "pid": 1, "tid": tid, "name": "wake", "cat": "flow", "id": id, "ts": ts}));
                }
            }
            Kind::GoStop => {
                let why = if e.a == StopReason::Yielded as u32 { "yielded" } else { "preempted" };
                close(e.g, e, why, &mut out, &mut open, &start_func);
            }
            Kind::GoBlock => {
                let why = WaitReason::from_u32(e.a).map(|r| r.as_str()).unwrap_or("blocked");
                close(e.g, e, why, &mut out, &mut open, &start_func);
                out.push(json!({
                    "ph": "i", "s": "t", "pid": 1, "tid": tid, "name": format!("block G{}: {why}", e.g),
                    "ts": ts, "args": {"g": e.g, "reason": why, "obj": e.b},
                }));
            }
            Kind::GoEnd => close(e.g, e, "end", &mut out, &mut open, &start_func),
            Kind::GoUnblock => {
                let id = e.seq + 1;
                out.push(json!({
                    "ph": "s", "pid": 1, "tid": tid, "name": "wake", "cat": "flow", "id": id, "ts": ts,
                    "args": {"g": e.g, "waker": e.a},
                }));
                flows.insert(e.g, id);
            }
            Kind::Steal => {
                out.push(json!({
                    "ph": "i", "s": "t", "pid": 1, "tid": tid,
                    "name": format!("steal G{} from P{}", e.g, e.a), "ts": ts,
                    "args": {"victim": e.a, "g": e.g},
                }));
            }
            Kind::ProcStart
            | Kind::ProcStop
            | Kind::Output
            | Kind::ProcResize
            | Kind::SyscallEnter
            | Kind::SyscallExit
            | Kind::Handoff
            | Kind::PreemptRequest => {
                let mut name = format!("{} M{}", e.kind.name(), e.m);
                if e.g != 0 {
                    name.push_str(&format!(" G{}", e.g));
                }
                out.push(json!({"ph": "i", "s": "t", "pid": 1, "tid": tid, "name": name, "ts": ts, "args": {"m": e.m, "p": tid}}));
            }
            // Run-queue, M, timer, channel and sync events are for the replay views
            // (`super::Export`); as instants they would bury the run slices in Perfetto.
            _ => {}
        }
    }
    // Slices still open when the run ended (main returned while others ran).
    let last = events.last().copied();
    if let Some(last) = last {
        // In goroutine order: the same run gives the same bytes (a HashMap's order is not).
        let mut gs: Vec<u32> = open.keys().copied().collect();
        gs.sort_unstable();
        for g in gs {
            close(g, &last, "exit", &mut out, &mut open, &start_func);
        }
    }
    out.text.push_str("\n]}\n");
    out.text
}
