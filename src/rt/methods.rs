//! The Go methods fmt calls (Format, Error, String, GoString), and how their results reach formatting.
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
    /// The first method asked for beyond `results`.
    wanted: Cell<Option<Wanted>>,
}

/// A method formatting asks for: its function and receiver (the payload of the interface
/// value, type word cleared, as a method table entry takes it), and for a Format method
/// the directive its fmt.State reports.
#[derive(Clone, Copy, Debug)]
pub struct Wanted {
    pub func: FuncId,
    pub recv: Value,
    pub format: Option<Directive>,
}

/// The directive a Format method is called for (what Go's pp reports through fmt.State):
/// the verb, the flags as `FLAG_*` bits, and the width and precision if given.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Directive {
    pub verb: char,
    pub flags: u8,
    pub width: Option<usize>,
    pub prec: Option<usize>,
}

/// fmt.State's flags, in the order fmt.FormatString writes them.
pub const FLAGS: [char; 5] = [' ', '+', '-', '#', '0'];

impl Directive {
    /// Whether State.Flag(c) reports true.
    pub fn flag(&self, c: char) -> bool {
        FLAGS.iter().position(|&f| f == c).is_some_and(|i| self.flags & (1 << i) != 0)
    }

    /// fmt.FormatString: the directive as written, `%-+8.3v`.
    pub fn format_string(&self) -> String {
        let mut s: String = "%".into();
        s.extend(FLAGS.iter().filter(|&&c| self.flag(c)));
        if let Some(w) = self.width {
            s.push_str(&w.to_string());
        }
        if let Some(p) = self.prec {
            s.push('.');
            s.push_str(&p.to_string());
        }
        s.push(self.verb);
        s
    }
}

impl MethodCalls {
    pub fn new(results: Vec<String>) -> MethodCalls {
        MethodCalls { results, ..Default::default() }
    }

    /// The result of calling `f` on `recv`, if it is known; else "" (the formatting is then
    /// thrown away) and the call is recorded as wanted.
    pub fn call(&self, f: FuncId, recv: Value) -> String {
        self.ask(Wanted { func: f, recv, format: None })
    }

    /// What Format method `f` of `recv` writes for directive `d` (panic text included).
    pub fn format(&self, f: FuncId, recv: Value, d: Directive) -> String {
        self.ask(Wanted { func: f, recv, format: Some(d) })
    }

    fn ask(&self, w: Wanted) -> String {
        let i = self.next.get();
        self.next.set(i + 1);
        if let Some(s) = self.results.get(i) {
            return s.clone();
        }
        if self.wanted.get().is_none() {
            self.wanted.set(Some(w));
        }
        String::new()
    }

    /// The method formatting still needs, if any.
    pub fn wanted(&self) -> Option<Wanted> {
        self.wanted.get()
    }
}

/// Marks a method result that is the text fmt prints for a method that panicked (Go's
/// catchPanic): "%!v(PANIC=String method: boom)" follows, written as is, not formatted.
pub const PANICKED: &str = "\u{0}gopark:panicked\u{0}";

/// The result of a method that panicked on a nil pointer receiver: fmt writes "<nil>" as
/// is, with no padding (Go's catchPanic).
pub const NIL_RECEIVER: &str = "\u{0}gopark:nil\u{0}";

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

/// The dynamic type of the fmt.State fmt passes to Format methods.
pub const STATE_TYPE: &str = "*fmt.pp";

/// A new fmt.State object (`*fmt.pp`) for directive `d`: a struct of the bytes written so
/// far (a string, `STATE_BUF`), then the flags, width, precision (-1: none) and verb.
pub fn state_obj(d: &Directive) -> super::obj::Obj {
    let opt = |n: Option<usize>| Value::int(n.map_or(-1, |n| n as i64));
    let fields = vec![
        Value::ZERO,
        Value::int(d.flags as i64),
        opt(d.width),
        opt(d.prec),
        Value::int(d.verb as i64),
    ];
    super::obj::Obj::Struct(fields)
}

/// The field of a fmt.State object that holds the bytes written.
pub const STATE_BUF: usize = 0;

/// The directive a fmt.State object reports.
pub fn state_directive(fields: &[Value]) -> Directive {
    let int = |i: usize| fields.get(i).map_or(-1, |v| v.as_int());
    let opt = |i: usize| usize::try_from(int(i)).ok();
    Directive {
        flags: int(1) as u8,
        width: opt(2),
        prec: opt(3),
        verb: char::from_u32(int(4) as u32).unwrap_or('v'),
    }
}

/// What fmt prints for a Format method that wrote `written` and then panicked: `panicked` is
/// the text interp/panics.rs made (`PANICKED` and the panic's value, or "<nil>" for a nil
/// receiver), after which Go's catchPanic writes `%!v(PANIC=Format method: ...)`.
pub fn format_panicked(written: &str, verb: char, panicked: &str) -> String {
    if panicked == NIL_RECEIVER {
        return format!("{written}<nil>");
    }
    match panicked.strip_prefix(PANICKED) {
        Some(msg) => format!("{written}%!{verb}(PANIC=Format method: {msg})"),
        None => format!("{written}{panicked}"),
    }
}
