//! How fmt prints the library's sync and atomic values: as the structs they are in Go 1.23
//! (`sync.Mutex` is `{state sema}`, `atomic.Int64` is `{_ noCopy; _ align64; v int64}`),
//! from the state of gopark's runtime object. A top-level pointer to one prints `&{...}`,
//! as Go prints a pointer to any struct; below the top level fmt prints the pointer's
//! address (fmt.rs decides that).

use super::obj::Obj;
use crate::rt::fmt::Env;
use crate::vm::value::Value;

/// Go's rwmutexMaxReaders: a writer subtracts it from readerCount while it holds the lock
/// or waits for the readers to leave.
const MAX_READERS: i64 = 1 << 30;

/// The text of `v` at the top level under %v (`plus`: %+v) when its type is a sync type or
/// a pointer to one (`&{...}`, as Go prints a pointer to a struct there); None otherwise.
pub fn top_sync_text(env: &Env, v: Value, plus: bool) -> Option<String> {
    let name = env.prog.type_name(v.t);
    if is_sync_type(name) {
        return Some(sync_text(env, v, name, plus));
    }
    let elem = name.strip_prefix('*').filter(|e| is_sync_type(e))?;
    if v.h == 0 {
        return Some("<nil>".into());
    }
    Some(format!("&{}", sync_text(env, v, elem, plus)))
}

/// Whether values of the type printed as `name` print as Go's structs here.
pub fn is_sync_type(name: &str) -> bool {
    matches!(
        name,
        "sync.Mutex"
            | "sync.WaitGroup"
            | "sync.RWMutex"
            | "atomic.Int32"
            | "atomic.Uint32"
            | "atomic.Int64"
            | "atomic.Uint64"
            | "atomic.Uintptr"
            | "atomic.Bool"
    )
}

/// The struct text of `v`, a value of sync type `name` (see `is_sync_type`); with `plus`
/// (%+v), with Go's field names.
pub fn sync_text(env: &Env, v: Value, name: &str, plus: bool) -> String {
    let field = |n: &str, x: String| if plus { format!("{n}:{x}") } else { x };
    // atomic.Int32 and friends: {_ noCopy; v T}, the 64-bit ones with `_ align64` too.
    let atomic = |aligned: bool, x: String| {
        let pad = if aligned { format!("{} ", field("_", "{}".into())) } else { String::new() };
        format!("{{{} {pad}{}}}", field("_", "{}".into()), field("v", x))
    };
    let mutex = |state: i64| {
        format!("{{{} {}}}", field("state", state.to_string()), field("sema", "0".into()))
    };
    match name {
        "sync.Mutex" => mutex(object(env, v.h, |o| match o {
            Obj::Mutex(mx) => mx.state() as i64,
            _ => 0,
        })),
        "sync.WaitGroup" => {
            let n = object(env, v.h, |o| match o {
                Obj::WaitGroup(w) => ((w.counter as u64) << 32 | w.waiters.len() as u64) as i64,
                _ => 0,
            });
            format!(
                "{{{} {} {}}}",
                field("noCopy", "{}".into()),
                field("state", atomic(true, (n as u64).to_string())),
                field("sema", "0".into())
            )
        }
        "sync.RWMutex" => {
            let (w, count, wait) = rw_state(env, cell(env, v.h).h);
            format!(
                "{{{} {} {} {} {}}}",
                field("w", mutex(w)),
                field("writerSem", "0".into()),
                field("readerSem", "0".into()),
                field("readerCount", atomic(false, count.to_string())),
                field("readerWait", atomic(false, wait.to_string()))
            )
        }
        _ => {
            let x = cell(env, v.h);
            let text = match name {
                "atomic.Uint64" | "atomic.Uintptr" => x.w.to_string(),
                "atomic.Uint32" => (x.w as u32).to_string(),
                "atomic.Bool" => u64::from(x.w != 0).to_string(),
                _ => x.as_int().to_string(),
            };
            atomic(matches!(name, "atomic.Int64" | "atomic.Uint64"), text)
        }
    }
}

/// `f` of the object `h` (0 when `h` is nil: a zero value not yet used).
fn object(env: &Env, h: u32, f: impl FnOnce(&Obj) -> i64 + Copy) -> i64 {
    if h == 0 {
        return 0;
    }
    f(&env.heap.lock(h))
}

/// The value in the library cell `h` (zero for a nil handle).
fn cell(env: &Env, h: u32) -> Value {
    if h == 0 {
        return Value::ZERO;
    }
    match &*env.heap.lock(h) {
        Obj::Cell(v) => *v,
        _ => Value::ZERO,
    }
}

/// Go's (w.state, readerCount, readerWait) for the RWMutex object `h`: a writer holding
/// the lock or waiting for readers holds w and has subtracted MAX_READERS; blocked readers
/// have already counted themselves in.
fn rw_state(env: &Env, h: u32) -> (i64, i64, i64) {
    if h == 0 {
        return (0, 0, 0);
    }
    match &*env.heap.lock(h) {
        Obj::RWMutex(rw) => {
            let writing = rw.writer || !rw.wwait.is_empty();
            let queued = rw.wwait.len().saturating_sub(!rw.writer as usize) as i64;
            let count = (rw.readers as usize + rw.rwait.len()) as i64;
            let wait = if !rw.writer && writing { rw.readers as i64 } else { 0 };
            (writing as i64 | queued << 3, count - if writing { MAX_READERS } else { 0 }, wait)
        }
        _ => (0, 0, 0),
    }
}

/// The text of the *bytes.Buffer or *strings.Builder `p`: its unread bytes (as fmt's text,
/// `rawtext`), or "<nil>".
pub fn buffer_text(env: &Env, p: Value) -> String {
    if p.h == 0 {
        return "<nil>".into();
    }
    let buf = cell(env, p.h);
    if buf.h == 0 {
        return String::new();
    }
    match &*env.heap.lock(buf.h) {
        Obj::Buf(b) => super::rawtext::marked(b.unread()).into_owned(),
        _ => String::new(),
    }
}
