//! `Call`: what a native sees of the goroutine that calls it. Arguments are read, results
//! are collected and written back only when the native succeeds, so a native that asks for
//! a collection half way (`Fault::NeedGc`) runs again from the start with its arguments
//! intact.

use crate::heap::Object;
use crate::rt::fmt::Env;
use crate::rt::g::G;
use crate::rt::methods::MethodCalls;
use crate::rt::obj::Obj;
use crate::sched::{MCtx, Runtime};
use crate::sys::{internal_error, Ordering};
use crate::vm::value::Value;
use std::sync::Arc;

/// How a native ends other than by returning: the interpreter turns these into its exits.
#[derive(Debug)]
pub enum Fault {
    /// A Go panic: the text after "panic: ".
    Panic(String),
    /// A fatal error: its whole first line.
    Fatal(String),
    /// The heap is over its limit: run the call again after a collection.
    NeedGc,
    /// The goroutine was put on a wait queue (or a timer) and must stop.
    Parked,
    /// The goroutine gives up the processor (Gosched, or the program has ended).
    Yielded,
    /// Formatting needs a String or Error method of the program called first: the native
    /// stops before any effect, and runs again with the result (interp/callback.rs).
    CallGo,
    /// Standard input has nothing buffered: the goroutine blocks reading it in a system
    /// call, and the native runs again afterwards (sched/stdin.rs).
    ReadStdin,
}

pub struct Call<'a> {
    pub rt: &'a Runtime,
    pub m: &'a mut MCtx,
    pub g: &'a Arc<G>,
    /// Called as a method: argument 0 is the receiver.
    pub method: bool,
    args: &'a [Value],
    out: Vec<Value>,
    /// For fmt's functions: the methods' results so far, and the one still wanted.
    pub methods: Option<&'a MethodCalls>,
    /// The coroutine a native that calls Go code started (`Call::task`, library/task.rs).
    pub started: Option<super::task::Task>,
    /// The frames below the calling function's, innermost last (runtime.Caller reads
    /// them); empty when the native is not called from Go code directly.
    pub callers: &'a [crate::rt::g::Frame],
    /// The calling goroutine's state (its frames are out of it for the time slice) and
    /// its running frame (runtime.Stack reads them with `callers`).
    pub running: Option<(&'a crate::rt::g::GState, crate::rt::g::Frame)>,
}

/// Go's message when the heap limit is reached, then gopark's limit on a line of its own
/// (the same text as the interpreter's `out_of_memory`, so Go's first line stays exact).
pub fn out_of_memory(rt: &Runtime) -> String {
    rt.out_of_memory_message()
}

/// Checks that `size` more bytes fit under the heap limit: over it, the first attempt asks
/// for a collection; if the heap is still over right after one (`m.gc_retry`), or the last
/// collection left it nearly full, the program is out of memory.
pub fn room(rt: &Runtime, m: &MCtx, size: usize) -> Result<(), Fault> {
    if rt.heap_in_use().saturating_add(size) > rt.cfg.limits.max_heap_bytes {
        if size > rt.cfg.limits.max_heap_bytes
            || m.gc_retry
            || rt.heap_exhausted.load(Ordering::Relaxed)
        {
            return Err(Fault::Fatal(out_of_memory(rt)));
        }
        return Err(Fault::NeedGc);
    }
    Ok(())
}

impl<'a> Call<'a> {
    pub fn new(rt: &'a Runtime, m: &'a mut MCtx, g: &'a Arc<G>, args: &'a [Value]) -> Call<'a> {
        let (out, methods, started, callers) = (Vec::new(), None, None, &[][..]);
        Call { rt, m, g, method: false, args, out, methods, started, callers, running: None }
    }

    /// The environment fmt formats in: with the program's String and Error methods when
    /// the native may call them (`may_call_go`).
    pub fn fmt_env(&self) -> Env<'a> {
        Env { heap: &self.rt.heap, prog: &self.rt.prog, methods: self.methods }
    }

    /// After formatting: Err(CallGo) when a method must be called before the text is right.
    pub fn methods_done(&self) -> Result<(), Fault> {
        match self.methods.and_then(|m| m.wanted()) {
            Some(_) => Err(Fault::CallGo),
            None => Ok(()),
        }
    }

    /// The results, in order, once the native has returned Ok.
    pub fn results(&self) -> &[Value] {
        &self.out
    }

    // ---- arguments

    pub fn nargs(&self) -> usize {
        self.args.len()
    }
    pub fn arg(&self, i: usize) -> Value {
        self.args.get(i).copied().unwrap_or(Value::ZERO)
    }
    pub fn int(&self, i: usize) -> i64 {
        self.arg(i).as_int()
    }
    pub fn float(&self, i: usize) -> f64 {
        self.arg(i).as_float()
    }
    pub fn bool(&self, i: usize) -> bool {
        self.arg(i).as_bool()
    }
    /// The parts of complex argument `i`.
    pub fn complex(&self, i: usize) -> (f64, f64) {
        self.rt.heap.complex(self.arg(i))
    }
    /// The string argument `i`.
    pub fn str(&self, i: usize) -> Arc<str> {
        self.rt.heap.str(self.arg(i))
    }
    /// The bytes of string argument `i` (`str` is its text, with U+FFFD for bad bytes).
    pub fn bytes(&self, i: usize) -> Arc<[u8]> {
        self.rt.heap.bytes(self.arg(i))
    }
    /// The text of a string value.
    pub fn text(&self, v: Value) -> Arc<str> {
        self.rt.heap.str(v)
    }
    /// The elements of slice argument `i` (a copy, taken under its array's lock).
    pub fn elems(&self, i: usize) -> Vec<Value> {
        elems(self.rt, self.arg(i))
    }
    /// The elements of a []string argument.
    pub fn strings(&self, i: usize) -> Vec<Arc<str>> {
        self.elems(i).into_iter().map(|v| self.rt.heap.str(v)).collect()
    }

    // ---- results

    pub fn ret(&mut self, v: Value) {
        self.out.push(v);
    }
    pub fn ret_int(&mut self, i: i64) {
        self.ret(Value::int(i))
    }
    pub fn ret_bool(&mut self, b: bool) {
        self.ret(Value::bool(b))
    }
    pub fn ret_float(&mut self, f: f64) {
        self.ret(Value::float(f))
    }
    /// A complex128 result.
    pub fn ret_complex(&mut self, c: (f64, f64)) -> Result<(), Fault> {
        let v = match crate::rt::obj::complex_obj(c) {
            Some(o) => self.alloc(o)?,
            None => Value::ZERO,
        };
        self.ret(v);
        Ok(())
    }
    pub fn ret_str(&mut self, s: &str) -> Result<(), Fault> {
        let v = self.new_str(s)?;
        self.ret(v);
        Ok(())
    }

    // ---- allocation

    /// A heap object, under the heap limit.
    pub fn alloc(&mut self, obj: Obj) -> Result<Value, Fault> {
        room(self.rt, self.m, obj.size())?;
        let h = self
            .rt
            .heap
            .alloc(&mut self.m.cache, obj)
            .map_err(|_| Fault::Fatal("fatal error: runtime: out of memory".into()))?;
        Ok(Value::handle(h))
    }
    pub fn new_str(&mut self, s: &str) -> Result<Value, Fault> {
        if s.is_empty() {
            return Ok(Value::ZERO);
        }
        self.alloc(Obj::Str(Arc::from(s)))
    }
    /// A new string of any bytes (Go strings need not be UTF-8).
    pub fn new_bytes(&mut self, b: &[u8]) -> Result<Value, Fault> {
        if b.is_empty() {
            return Ok(Value::ZERO);
        }
        self.alloc(crate::rt::obj::str_obj(b))
    }
    /// A new slice holding `elems` (len = cap).
    pub fn new_slice(&mut self, elems: Vec<Value>) -> Result<Value, Fault> {
        let n = elems.len();
        if n > u32::MAX as usize {
            return Err(Fault::Fatal(out_of_memory(self.rt)));
        }
        room(self.rt, self.m, n.saturating_mul(16).saturating_add(64))?;
        let v = self.alloc(Obj::Array(elems))?;
        Ok(Value::slice(v.h, 0, n as u32, n as u32))
    }
    /// A new []string.
    /// A new []string of strings of any bytes.
    pub fn new_byte_strings(&mut self, items: &[&[u8]]) -> Result<Value, Fault> {
        // Check the whole size first, so that a collection is asked for before any part exists.
        let bytes: usize = items.iter().map(|s| s.len() + 64).sum();
        room(self.rt, self.m, bytes + items.len() * 16 + 64)?;
        let mut elems = Vec::with_capacity(items.len());
        for s in items {
            elems.push(self.new_bytes(s)?);
        }
        self.new_slice(elems)
    }
    pub fn new_strings<S: AsRef<str>>(&mut self, items: &[S]) -> Result<Value, Fault> {
        let items: Vec<&[u8]> = items.iter().map(|s| s.as_ref().as_bytes()).collect();
        self.new_byte_strings(&items)
    }

    // ---- pointers and slices in place

    /// Runs `f` on the value pointer `p` points to (a box, or a field or element slot)
    /// under that object's lock, stores what it returns and gives back the old value: one
    /// indivisible update, as sync/atomic needs.
    pub fn update(&self, p: Value, f: impl FnOnce(Value) -> Value) -> Result<Value, Fault> {
        if p.h == 0 {
            return Err(Fault::Panic(NIL_DEREF.into()));
        }
        let mut obj = self.rt.heap.lock(p.h);
        let slot = match &mut *obj {
            Obj::Cell(c) => c,
            Obj::Struct(f) | Obj::Array(f) if p.w > 0 => match f.get_mut(p.w as usize - 1) {
                Some(s) => s,
                None => internal_error("interior pointer past its object"),
            },
            _ => internal_error("pointer that is neither a box nor an interior pointer"),
        };
        let old = *slot;
        *slot = f(old);
        Ok(old)
    }

    /// Replaces the elements of slice argument `i` with `items` (same length), in place.
    pub fn set_elems(&self, i: usize, items: &[Value]) {
        let s = self.arg(i);
        if s.h == 0 {
            return;
        }
        if let Obj::Array(a) = &mut *self.rt.heap.lock(s.h) {
            let off = s.slice_off();
            a[off..off + items.len()].copy_from_slice(items);
        }
    }

    /// The type id of the library type called `name` ("*errors.errorString"), which the
    /// code generator registers for every call whose results need it.
    pub fn type_id(&self, name: &str) -> u32 {
        match self.rt.prog.types.iter().position(|t| t.name == name) {
            Some(i) => i as u32,
            None => internal_error(&format!("library type {name} was not registered")),
        }
    }
}

/// The elements of slice `s`.
pub fn elems(rt: &Runtime, s: Value) -> Vec<Value> {
    if s.h == 0 || s.slice_len() == 0 {
        return Vec::new();
    }
    match &*rt.heap.lock(s.h) {
        Obj::Array(a) => a[s.slice_off()..s.slice_off() + s.slice_len()].to_vec(),
        _ => internal_error("slice whose handle is not an array"),
    }
}

/// The panic of a nil pointer dereference, as Go prints it.
pub const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";

/// The dynamic type of the errors the library makes (errors.New's): the value is the
/// handle of the message string. fmt prints the message; comparison is by handle, so two
/// errors.New("x") differ, as two pointers do in Go.
pub const ERROR_STRING: &str = "*errors.errorString";

/// Sentinel errors (io.EOF): an `ERROR_STRING` value with no handle and its code (an index
/// here) in its word, so every use is the same value and `err == io.EOF` holds without a
/// shared object.
pub use crate::rt::fmt::SENTINELS;

/// Whether `v` is sentinel error `code`.
pub fn is_sentinel(v: Value, code: u64) -> bool {
    v.h == 0 && v.w == code && v.t != 0
}

impl Call<'_> {
    /// Sentinel error `code` (see `SENTINELS`).
    pub fn sentinel(&self, code: u64) -> Value {
        Value { w: code, h: 0, t: self.type_id(ERROR_STRING) }
    }

    /// A new error value (an interface value of dynamic type `ERROR_STRING`).
    pub fn new_error(&mut self, msg: &str) -> Result<Value, Fault> {
        let t = self.type_id(ERROR_STRING);
        // An empty message still needs its own handle: a nil handle would be a nil pointer.
        let mut v = self.alloc(Obj::Str(Arc::from(msg)))?;
        v.t = t;
        Ok(v)
    }
    /// Returns `Ok` or an error made from `msg` as the last result.
    pub fn ret_err(&mut self, msg: Option<String>) -> Result<(), Fault> {
        let e = match msg {
            Some(m) => self.new_error(&m)?,
            None => Value::ZERO,
        };
        self.ret(e);
        Ok(())
    }
}

impl Call<'_> {
    /// The library object kept for the run under `key` (`Runtime::lib_globals`).
    pub fn global(&self, key: &str) -> Option<Value> {
        crate::sys::lock(&self.rt.lib_globals).iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    /// Keeps `v` for the run under `key` (a collector root), replacing what was there.
    pub fn set_global(&self, key: &'static str, v: Value) {
        let mut g = crate::sys::lock(&self.rt.lib_globals);
        g.retain(|(k, _)| *k != key);
        g.push((key, v));
    }
}
