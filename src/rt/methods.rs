//! The Go methods fmt calls (Error and String), and how their results reach formatting.
//!
//! Formatting is Rust code and a method is Go code, which runs only in the interpreter's
//! loop (never by re-entering it on the Rust stack: a String method may loop forever, block
//! or panic, and must stay preemptible). So a fmt call is an instruction that may run
//! several times: formatting asks `MethodCalls` for each method result in the order it
//! needs them; the first one it does not have yet is recorded as `wanted`, the instruction
//! returns without output, the interpreter calls the method as an ordinary Go call whose
//! return address is the fmt instruction itself, and that instruction, run again, adds the
//! result and formats from the start. Formatting is deterministic, so it asks for the same
//! methods in the same order each time, and each method runs exactly once.

use crate::vm::op::FuncId;
use crate::vm::value::Value;
use std::cell::Cell;

/// The method results of one fmt call (see the module comment).
#[derive(Default)]
pub struct MethodCalls {
    /// The results so far, in the order formatting asks for them.
    pub results: Vec<String>,
    next: Cell<usize>,
    /// The first method asked for beyond `results`: its function and receiver (the payload
    /// of the interface value, type word cleared, as a method table entry takes it).
    wanted: Cell<Option<(FuncId, Value)>>,
}

impl MethodCalls {
    pub fn new(results: Vec<String>) -> MethodCalls {
        MethodCalls { results, ..Default::default() }
    }

    /// The result of calling `f` on `recv`, if it is known; else "" (the formatting is then
    /// thrown away) and the call is recorded as wanted.
    pub fn call(&self, f: FuncId, recv: Value) -> String {
        let i = self.next.get();
        self.next.set(i + 1);
        if let Some(s) = self.results.get(i) {
            return s.clone();
        }
        if self.wanted.get().is_none() {
            self.wanted.set(Some((f, recv)));
        }
        String::new()
    }

    /// The method formatting still needs, if any.
    pub fn wanted(&self) -> Option<(FuncId, Value)> {
        self.wanted.get()
    }
}

/// Marks a method result that is the text fmt prints for a method that panicked (Go's
/// catchPanic): "%!v(PANIC=String method: boom)" follows, written as is, not formatted.
pub const PANICKED: &str = "\u{0}gopark:panicked\u{0}";

/// A method's result formatted with verb `verb` (one of v s q x X) and precision `prec`.
/// `s` is fmt's text (`rt::rawtext`), so %q and %x see the method's bytes.
pub fn string_verb(verb: char, prec: Option<usize>, s: &str) -> String {
    let bytes = || super::rawtext::bytes(s);
    match verb {
        'q' => super::fmt::quote_bytes(&bytes(), false),
        'x' => bytes().iter().map(|b| format!("{b:02x}")).collect(),
        'X' => bytes().iter().map(|b| format!("{b:02X}")).collect(),
        _ => match prec {
            Some(p) => s.chars().take(p).collect(),
            None => s.to_string(),
        },
    }
}
