//! Library functions that call Go code: sort.Slice's less, strings.Map's mapping,
//! sort.Sort's Len/Less/Swap methods, context.AfterFunc's f.
//!
//! A native runs between two instructions and must never re-enter the interpreter on the
//! Rust stack: the Go function it calls may block on a channel, be preempted, panic or
//! loop forever, and the goroutine must stay plain data that any M can resume. So such a
//! native is a coroutine: its body is a Rust `async` block (the compiler turns it into a
//! state machine, which is exactly "the native as a resumable state machine" without
//! writing the states by hand), and every `.await` on `Ctx::call` or `Ctx::method` is a
//! point where it stops and asks for a Go call.
//!
//! The protocol, driven by interp/task.rs:
//! 1. The instruction (`CallNative` of a member made with `func_go`/`method_go`) runs the
//!    member's `Imp`, which calls `Call::task` with the async body (or returns at once).
//! 2. The driver polls the body with a no-op waker. The body either finishes (its results
//!    become the call's) or stops at an await having left a `Request` in its `Io`.
//!    `Request::Native` runs Rust code with the runtime at hand (`&mut Call`: heap access,
//!    allocation) and polls again; `Request::Call`/`Method` leave the function and its
//!    arguments for the `CallIface { sel: PENDING_CALL }` the compiler put after the
//!    instruction, which calls it as an ordinary Go call whose return address is the
//!    instruction itself (the same pending-call protocol as fmt's String methods).
//! 3. When the Go function returns, the instruction runs again: the driver finds the
//!    suspended body (`rt::g::TaskRec`, keyed by frame depth), hands it the results and
//!    polls on.
//! The Go call is therefore a real frame on the goroutine's stack: it blocks, is preempted,
//! shows in goroutine dumps, and a panic in it unwinds through the library call with the
//! library frames Go would show (`Ctx::frames`).
//!
//! Rejected: re-running the whole native with memoised results (fmt's protocol, quadratic
//! for a sort); writing the library in Go compiled with the program (a second package in
//! the checker, and generics in user code are not there yet); a hand-written state
//! machine per function (pdqsort's recursion makes that unreadable).

use super::call::{Call, Fault};
use crate::rt::g::LibFrame;
use crate::sys::{lock, Arc, Mutex};
use crate::vm::value::Value;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

/// What the body asks of the goroutine at an await.
pub enum Request {
    /// Call the func value `f` with `args`; the reply holds its `nres` results.
    Call { f: Value, args: Vec<Value>, nres: usize },
    /// Call the function `func` (a method table entry, a String method) with `args`.
    Func { func: crate::vm::op::FuncId, args: Vec<Value>, nres: usize },
    /// Call method `name` of the interface value `recv` with `args`.
    Method { recv: Value, name: &'static str, args: Vec<Value>, nres: usize },
    /// Run Rust code with the runtime; the reply is what it returns. Kept (and run again)
    /// when it asks for a collection.
    Native(NativeFn),
}

pub type NativeFn = Box<dyn FnMut(&mut Call) -> Result<Vec<Value>, Fault> + Send>;

/// The channel between a suspended body and its driver.
#[derive(Default)]
pub struct Io {
    pub req: Option<Request>,
    pub reply: Vec<Value>,
    /// The library frames above the caller, innermost first, for tracebacks.
    pub frames: Vec<LibFrame>,
    /// Heap values the body holds that are not among the call's arguments.
    pub roots: Vec<Value>,
    /// How many of `roots` the driver's copy (`TaskRec::roots`) already holds, so that each
    /// Go call copies only what changed since the last (a template ranging over many
    /// values keeps them, then calls a method per value).
    pub synced: usize,
}

type Body = Pin<Box<dyn Future<Output = Result<Vec<Value>, Fault>> + Send>>;

/// A suspended library call (stored type-erased in `rt::g::TaskRec::state`).
pub struct Task {
    body: Body,
    pub io: Arc<Mutex<Io>>,
}

impl Task {
    /// Runs the body to its next await (or its end).
    pub fn poll(&mut self) -> Poll<Result<Vec<Value>, Fault>> {
        self.body.as_mut().poll(&mut Context::from_waker(Waker::noop()))
    }
}

/// The body's handle on its driver.
#[derive(Clone)]
pub struct Ctx {
    io: Arc<Mutex<Io>>,
}

/// The await point: pending once (the driver then serves the request), ready with the
/// reply the next time it is polled.
struct Suspend {
    io: Arc<Mutex<Io>>,
    asked: bool,
}

impl Future for Suspend {
    type Output = Vec<Value>;
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Vec<Value>> {
        if !self.asked {
            self.asked = true;
            return Poll::Pending;
        }
        Poll::Ready(std::mem::take(&mut lock(&self.io).reply))
    }
}

impl Ctx {
    fn ask(&self, req: Request) -> Suspend {
        lock(&self.io).req = Some(req);
        Suspend { io: self.io.clone(), asked: false }
    }

    /// Calls the Go func value `f`; its `nres` results.
    pub async fn call(&self, f: Value, args: &[Value], nres: usize) -> Vec<Value> {
        self.ask(Request::Call { f, args: args.to_vec(), nres }).await
    }

    /// Calls the function `func` directly (no closure); its `nres` results.
    pub async fn call_func(
        &self,
        func: crate::vm::op::FuncId,
        args: &[Value],
        nres: usize,
    ) -> Vec<Value> {
        self.ask(Request::Func { func, args: args.to_vec(), nres }).await
    }

    /// Calls method `name` of the interface value `recv`; its `nres` results.
    pub async fn method(
        &self,
        recv: Value,
        name: &'static str,
        args: &[Value],
        nres: usize,
    ) -> Vec<Value> {
        self.ask(Request::Method { recv, name, args: args.to_vec(), nres }).await
    }

    /// Runs `f` with the runtime (reads and writes of heap objects, allocation).
    pub async fn native(
        &self,
        f: impl FnMut(&mut Call) -> Result<Vec<Value>, Fault> + Send + 'static,
    ) -> Vec<Value> {
        self.ask(Request::Native(Box::new(f))).await
    }

    /// Sets the library frames a traceback shows above the caller, innermost first.
    pub fn frames(&self, frames: Vec<LibFrame>) {
        lock(&self.io).frames = frames;
    }

    /// Keeps `v` alive while the call is suspended.
    pub fn keep(&self, v: Value) {
        lock(&self.io).roots.push(v);
    }

    /// How many values are kept: a mark for `release`.
    pub fn mark(&self) -> usize {
        lock(&self.io).roots.len()
    }

    /// Stops keeping the values kept since `mark`.
    pub fn release(&self, mark: usize) {
        let mut io = lock(&self.io);
        io.roots.truncate(mark);
        io.synced = io.synced.min(mark);
    }
}

impl Call<'_> {
    /// Makes this call a coroutine running `body` (see the module comment): its results
    /// are what the body returns.
    pub fn task<F, B>(&mut self, body: B)
    where
        B: FnOnce(Ctx) -> F,
        F: Future<Output = Result<Vec<Value>, Fault>> + Send + 'static,
    {
        let io = Arc::new(Mutex::new(Io::default()));
        let body = body(Ctx { io: io.clone() });
        self.started = Some(Task { body: Box::pin(body), io });
    }
}

/// A bool result as the Go call returned it.
pub fn truth(r: &[Value]) -> bool {
    r.first().is_some_and(|v| v.as_bool())
}
