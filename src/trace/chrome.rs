//! Chrome Trace Event JSON export (opens in Perfetto and chrome://tracing).
//!
//! One lane (thread) per P. Each stretch of a goroutine running is a complete event
//! (`ph:"X"`) named after the goroutine, with `args` {g, p, m}; blocking, unblocking,
//! creation and steals are instant events (`ph:"i"`); a flow arrow (`ph:"s"`/`"f"`) joins
//! the goroutine that woke another to the woken one's next run. Timestamps are microseconds.

use super::{Event, Kind, StopReason, WaitReason, NONE};
use crate::vm::program::Program;
use std::collections::HashMap;
use std::fmt::Write;

fn us(ns: u64) -> String {
    format!("{}.{:03}", ns / 1000, ns % 1000)
}

fn esc(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

pub fn chrome_json(events: &[Event], prog: &Program) -> String {
    let mut out = String::from("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n");
    let mut first = true;
    let mut push = |s: String, out: &mut String| {
        if !first {
            out.push_str(",\n");
        }
        first = false;
        out.push_str(&s);
    };
    let nprocs = events.iter().filter(|e| e.p != NONE).map(|e| e.p + 1).max().unwrap_or(1);
    push(
        "{\"ph\":\"M\",\"pid\":1,\"name\":\"process_name\",\"args\":{\"name\":\"gopark\"}}".into(),
        &mut out,
    );
    for p in 0..nprocs {
        push(format!("{{\"ph\":\"M\",\"pid\":1,\"tid\":{p},\"name\":\"thread_name\",\"args\":{{\"name\":\"P{p}\"}}}}"), &mut out);
    }
    // g -> (start event) for open run slices; g -> flow id waiting for the next GoStart.
    let mut open: HashMap<u32, Event> = HashMap::new();
    let mut flows: HashMap<u32, u64> = HashMap::new();
    let mut start_func: HashMap<u32, u32> = HashMap::new();
    let fname = |f: u32| prog.funcs.get(f as usize).map(|f| f.name.as_str()).unwrap_or("?");
    let close = |g: u32,
                 end: &Event,
                 why: &str,
                 out: &mut String,
                 open: &mut HashMap<u32, Event>,
                 push: &mut dyn FnMut(String, &mut String),
                 start_func: &HashMap<u32, u32>| {
        if let Some(s) = open.remove(&g) {
            let func = start_func.get(&g).map(|f| fname(*f)).unwrap_or("?");
            push(
                format!(
                    "{{\"ph\":\"X\",\"pid\":1,\"tid\":{},\"name\":\"G{}\",\"ts\":{},\"dur\":{},\"args\":{{\"g\":{},\"p\":{},\"m\":{},\"func\":\"{}\",\"end\":\"{}\"}}}}",
                    s.p,
                    g,
                    us(s.ts_ns),
                    us(end.ts_ns.saturating_sub(s.ts_ns)),
                    g,
                    s.p,
                    s.m,
                    esc(func),
                    why
                ),
                out,
            );
        }
    };
    for e in events {
        let tid = if e.p == NONE { 0 } else { e.p };
        match e.kind {
            Kind::GoCreate => {
                start_func.insert(e.g, e.b);
                push(format!("{{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":{},\"name\":\"create G{}\",\"ts\":{},\"args\":{{\"g\":{},\"parent\":{},\"func\":\"{}\"}}}}", tid, e.g, us(e.ts_ns), e.g, e.a, esc(fname(e.b))), &mut out);
                let id = e.seq + 1;
                push(format!("{{\"ph\":\"s\",\"pid\":1,\"tid\":{},\"name\":\"spawn\",\"cat\":\"flow\",\"id\":{},\"ts\":{}}}", tid, id, us(e.ts_ns)), &mut out);
                flows.insert(e.g, id);
            }
            Kind::GoStart => {
                open.insert(e.g, *e);
                if let Some(id) = flows.remove(&e.g) {
                    push(format!("{{\"ph\":\"f\",\"bp\":\"e\",\"pid\":1,\"tid\":{},\"name\":\"wake\",\"cat\":\"flow\",\"id\":{},\"ts\":{}}}", tid, id, us(e.ts_ns)), &mut out);
                }
            }
            Kind::GoStop => {
                let why = if e.a == StopReason::Yielded as u32 { "yielded" } else { "preempted" };
                close(e.g, e, why, &mut out, &mut open, &mut push, &start_func);
            }
            Kind::GoBlock => {
                let why = WaitReason::from_u32(e.a).map(|r| r.as_str()).unwrap_or("blocked");
                close(e.g, e, why, &mut out, &mut open, &mut push, &start_func);
                push(format!("{{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":{},\"name\":\"block G{}: {}\",\"ts\":{},\"args\":{{\"g\":{},\"reason\":\"{}\",\"obj\":{}}}}}", tid, e.g, why, us(e.ts_ns), e.g, why, e.b), &mut out);
            }
            Kind::GoEnd => close(e.g, e, "end", &mut out, &mut open, &mut push, &start_func),
            Kind::GoUnblock => {
                let id = e.seq + 1;
                push(format!("{{\"ph\":\"s\",\"pid\":1,\"tid\":{},\"name\":\"wake\",\"cat\":\"flow\",\"id\":{},\"ts\":{},\"args\":{{\"g\":{},\"waker\":{}}}}}", tid, id, us(e.ts_ns), e.g, e.a), &mut out);
                flows.insert(e.g, id);
            }
            Kind::Steal => {
                push(format!("{{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":{},\"name\":\"steal G{} from P{}\",\"ts\":{},\"args\":{{\"victim\":{},\"g\":{}}}}}", tid, e.g, e.a, us(e.ts_ns), e.a, e.g), &mut out);
            }
            Kind::ProcStart
            | Kind::ProcStop
            | Kind::Output
            | Kind::ProcResize
            | Kind::SyscallEnter
            | Kind::SyscallExit
            | Kind::Handoff
            | Kind::PreemptRequest => {
                let mut name = String::new();
                let _ = write!(name, "{} M{}", e.kind.name(), e.m);
                if e.g != 0 {
                    let _ = write!(name, " G{}", e.g);
                }
                push(format!("{{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":{},\"name\":\"{}\",\"ts\":{},\"args\":{{\"m\":{},\"p\":{}}}}}", tid, name, us(e.ts_ns), e.m, tid), &mut out);
            }
            // Run-queue, M, timer, channel and sync events are for the replay views
            // (`super::Export`); as instants they would bury the run slices in Perfetto.
            _ => {}
        }
    }
    // Slices still open when the run ended (main returned while others ran).
    let last = events.last().copied();
    if let Some(last) = last {
        let gs: Vec<u32> = open.keys().copied().collect();
        for g in gs {
            close(g, &last, "exit", &mut out, &mut open, &mut push, &start_func);
        }
    }
    out.push_str("\n]}\n");
    out
}
