//! Package runtime: the members without scheduler instructions of their own (Gosched,
//! GOMAXPROCS, NumGoroutine and NumCPU are compiled specially; MemProfileRate is a variable
//! of the Go-written prelude, lang/prelude.go).

use super::{constant, func, type_, Call, ConstVal, Fault, Member};
use crate::rt::g::LibFrame;
use crate::rt::obj::Obj;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    // The platform the Go playground runs programs on (and this CLI's): A Tour of Go's
    // switch lesson prints "Go runs on Linux." there.
    constant("GOARCH", "string", ConstVal::Str("amd64")),
    constant("GOOS", "string", ConstVal::Str("linux")),
    // Every run-time panic's value satisfies it (compile/iface.rs gives the runtime error
    // type its RuntimeError method).
    type_("Error", "interface{Error() string; RuntimeError()}"),
    func("Caller", "func(skip int) (pc uintptr, file string, line int, ok bool)", caller),
    func("GC", "func()", gc),
    func("KeepAlive", "func(x any)", |_| Ok(())),
    // Go's fields in Go's order (ReadMemStats fills them by index); BySize, an array of
    // per-size-class structs that gopark's heap has no classes for, is left out.
    type_("MemStats", MEM_STATS),
    func("ReadMemStats", "func(m *MemStats)", read_mem_stats),
    func("Stack", "func(buf []byte, all bool) int", stack),
];

/// Package runtime/debug: the stack printers, and the tuning knobs as settings that gopark's
/// collector does not use (each returns the previous setting, as Go's do).
pub const DEBUG_MEMBERS: &[Member] = &[
    func("Stack", "func() []byte", debug_stack),
    func("PrintStack", "func()", print_stack),
    func("FreeOSMemory", "func()", gc),
    func("SetGCPercent", "func(percent int) int", |c| set_knob(c, "debug.gcpercent", 100)),
    func("SetMaxStack", "func(bytes int) int", |c| set_knob(c, "debug.maxstack", 1_000_000_000)),
    func("SetMaxThreads", "func(threads int) int", |c| set_knob(c, "debug.maxthreads", 10_000)),
    func("SetMemoryLimit", "func(limit int64) int64", |c| {
        set_knob(c, "debug.memorylimit", i64::MAX)
    }),
    func("SetPanicOnFault", "func(enabled bool) bool", |c| {
        let old = c.global("debug.panicfault").is_some_and(|v| v.w != 0);
        c.set_global("debug.panicfault", Value::bool(c.bool(0)));
        c.ret_bool(old);
        Ok(())
    }),
    func("SetTraceback", "func(level string)", |_| Ok(())),
];

/// A runtime/debug setting: stores argument 0 and returns the previous value (`default`
/// before the first call). A negative percent or limit reads the setting in Go without
/// changing it.
fn set_knob(c: &mut Call, key: &'static str, default: i64) -> Result<(), Fault> {
    let old = c.global(key).map_or(default, |v| v.as_int());
    let new = c.int(0);
    if new >= 0 || key == "debug.gcpercent" {
        c.set_global(key, Value::int(new));
    }
    c.ret_int(old);
    Ok(())
}

/// debug.Stack's own frame, which Go shows above its caller's.
const DEBUG_STACK: LibFrame = ("runtime/debug.Stack", false, "runtime/debug/stack.go", 26);
const DEBUG_PRINT_STACK: LibFrame =
    ("runtime/debug.PrintStack", false, "runtime/debug/stack.go", 18);

/// The calling goroutine's stack as Go formats it (`lib` above its Go frames), every
/// goroutine's with `all`.
fn stack_text(c: &Call, lib: &[LibFrame], all: bool) -> Result<String, Fault> {
    let Some((st, top)) = c.running else {
        return Err(Fault::Fatal("gopark: runtime.Stack outside a Go call".into()));
    };
    let mut frames = c.callers.to_vec();
    frames.push(top);
    Ok(c.rt.stack_of_running(c.g, st, &frames, lib, all))
}

/// runtime.Stack(buf, all): as much of the text as fits in buf; the bytes written.
fn stack(c: &mut Call) -> Result<(), Fault> {
    let text = stack_text(c, &[], c.bool(1))?;
    let room = c.elems(0).len();
    let bytes: Vec<Value> = text.bytes().take(room).map(|b| Value::int(b as i64)).collect();
    c.set_elems(0, &bytes);
    c.ret_int(bytes.len() as i64);
    Ok(())
}

fn debug_stack(c: &mut Call) -> Result<(), Fault> {
    let text = stack_text(c, &[DEBUG_STACK], false)?;
    let v = super::crypto::new_byte_slice(c, text.as_bytes())?;
    c.ret(v);
    Ok(())
}

/// debug.PrintStack: debug.Stack's text on standard error.
fn print_stack(c: &mut Call) -> Result<(), Fault> {
    let text = stack_text(c, &[DEBUG_STACK, DEBUG_PRINT_STACK], false)?;
    c.rt.write(c.m, c.g.id, 2, text.as_bytes());
    Ok(())
}

const MEM_STATS: &str = "struct{Alloc uint64; TotalAlloc uint64; Sys uint64; Lookups uint64; \
    Mallocs uint64; Frees uint64; HeapAlloc uint64; HeapSys uint64; HeapIdle uint64; \
    HeapInuse uint64; HeapReleased uint64; HeapObjects uint64; StackInuse uint64; \
    StackSys uint64; MSpanInuse uint64; MSpanSys uint64; MCacheInuse uint64; \
    MCacheSys uint64; BuckHashSys uint64; GCSys uint64; OtherSys uint64; NextGC uint64; \
    LastGC uint64; PauseTotalNs uint64; PauseNs [256]uint64; PauseEnd [256]uint64; \
    NumGC uint32; NumForcedGC uint32; GCCPUFraction float64; EnableGC bool; DebugGC bool}";

/// runtime.Caller: skip 0 is the line calling it, 1 its caller's call, ... (compiler-made
/// frames are not counted). The pc is a made-up nonzero number (no FuncForPC yet); the file
/// is the program's file as it was named.
fn caller(c: &mut Call) -> Result<(), Fault> {
    let skip = c.int(0);
    let prog = &c.rt.prog;
    let visible = c
        .callers
        .iter()
        .rev()
        .filter(|f| prog.funcs.get(f.func as usize).is_some_and(|f| !f.wrapper));
    let line = match skip {
        0 => Some(c.m.line),
        1.. => visible.clone().nth(skip as usize - 1).and_then(|f| {
            let func = prog.funcs.get(f.func as usize)?;
            Some(func.lines.get((f.pc as usize).checked_sub(1)?).copied().unwrap_or(func.line))
        }),
        _ => None,
    };
    let Some(line) = line else {
        c.ret_int(0);
        c.ret(Value::ZERO);
        c.ret_int(0);
        c.ret_bool(false);
        return Ok(());
    };
    let file = prog.file.clone();
    c.ret_int(0x40_0000 + line as i64);
    c.ret_str(&file)?;
    c.ret_int(line as i64);
    c.ret_bool(true);
    Ok(())
}

/// runtime.GC: a collection runs before GC returns, as Go's does. The first run of the
/// call asks for one (`Fault::NeedGc`: the M collects at the end of the slice, with the
/// world stopped); the call then runs again, with `gc_retry` set, and returns.
fn gc(c: &mut Call) -> Result<(), Fault> {
    if c.m.gc_retry {
        return Ok(());
    }
    Err(Fault::NeedGc)
}

/// runtime.ReadMemStats(m): the heap's figures (`Runtime::mem_stats`) in m's fields;
/// the pause history and the fields gopark has no counterpart of stay as they are.
fn read_mem_stats(c: &mut Call) -> Result<(), Fault> {
    let m = c.arg(0);
    if m.h == 0 {
        return Err(Fault::Panic(crate::library::call::NIL_DEREF.into()));
    }
    let s = c.rt.mem_stats();
    let fields: [(usize, u64); 13] = [
        (0, s.alloc),
        (1, s.total_alloc),
        (2, s.sys),
        (4, s.mallocs),
        (5, s.frees),
        (6, s.alloc),
        (7, s.heap_sys),
        (8, s.heap_sys - s.alloc),
        (9, s.alloc),
        (11, s.heap_objects),
        (12, s.stack_inuse),
        (13, s.stack_inuse),
        (21, s.next_gc),
    ];
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(m.h) {
        for (i, v) in fields {
            if let Some(slot) = f.get_mut(i) {
                *slot = Value::int(v as i64);
            }
        }
        let num_gc = (s.num_gc as u32) as i64;
        if let Some(slot) = f.get_mut(26) {
            *slot = Value::int(num_gc);
        }
        if let Some(slot) = f.get_mut(29) {
            *slot = Value::bool(true);
        }
    }
    Ok(())
}
