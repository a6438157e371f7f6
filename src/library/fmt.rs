//! Package fmt: printing to standard output, to an io.Writer (the library's own are written
//! natively, the program's through their Write method), into strings and into errors. The
//! formatting itself is `rt::fmt`; scanning (Scan, Sscanf, Fscan, ...) is `fmtscan`.
//! Variadic arguments arrive as Go passes them: one []any slice.

use super::fmtscan::{fscan, scan_stdin, sscan, Mode};
use super::{func, func_go, method, type_, Call, Fault, Member};
use crate::rt::fmt as gofmt;
use crate::rt::g::LibFrame;
use crate::rt::methods::{self, Directive};
use crate::rt::obj::Obj;
use crate::sys::internal_error;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    func("Errorf", "func(format string, a ...any) error", errorf),
    // Calls Go code: the Write method of a Writer of the program's own.
    func_go("Fprint", "func(w io.Writer, a ...any) (n int, err error)", |c| fprint(c, Kind::Print)),
    func_go("Fprintf", "func(w io.Writer, format string, a ...any) (n int, err error)", |c| {
        fprint(c, Kind::Printf)
    }),
    func_go("Fprintln", "func(w io.Writer, a ...any) (n int, err error)", |c| {
        fprint(c, Kind::Println)
    }),
    func("Print", "func(a ...any) (n int, err error)", |c| print(c, Kind::Print)),
    func("Printf", "func(format string, a ...any) (n int, err error)", |c| print(c, Kind::Printf)),
    func("Println", "func(a ...any) (n int, err error)", |c| print(c, Kind::Println)),
    func_go("Fscan", "func(r io.Reader, a ...any) (n int, err error)", |c| fscan(c, Mode::Scan)),
    func_go("Fscanf", "func(r io.Reader, format string, a ...any) (n int, err error)", |c| {
        fscan(c, Mode::Scanf)
    }),
    func_go("Fscanln", "func(r io.Reader, a ...any) (n int, err error)", |c| {
        fscan(c, Mode::Scanln)
    }),
    func("Scan", "func(a ...any) (n int, err error)", |c| scan_stdin(c, Mode::Scan)),
    func("Scanf", "func(format string, a ...any) (n int, err error)", |c| {
        scan_stdin(c, Mode::Scanf)
    }),
    func("Scanln", "func(a ...any) (n int, err error)", |c| scan_stdin(c, Mode::Scanln)),
    func("Sscan", "func(str string, a ...any) (n int, err error)", |c| sscan(c, Mode::Scan)),
    func("Sscanf", "func(str string, format string, a ...any) (n int, err error)", |c| {
        sscan(c, Mode::Scanf)
    }),
    func("Sscanln", "func(str string, a ...any) (n int, err error)", |c| sscan(c, Mode::Scanln)),
    func("Sprint", "func(a ...any) string", |c| sprint(c, Kind::Print)),
    func("Sprintf", "func(format string, a ...any) string", |c| sprint(c, Kind::Printf)),
    func("Sprintln", "func(a ...any) string", |c| sprint(c, Kind::Println)),
    type_("Stringer", "interface{String() string}"),
    type_("GoStringer", "interface{GoString() string}"),
    type_("Formatter", "interface{Format(f State, verb rune)}"),
    type_(
        "State",
        "interface{Write(b []byte) (n int, err error); Width() (wid int, ok bool); Precision() (prec int, ok bool); Flag(c int) bool}",
    ),
    func("FormatString", "func(state State, verb rune) string", format_string),
    // The State fmt passes to Format methods (rt/methods.rs `state_obj`).
    type_("pp", "struct{}"),
    method("*pp", "Write", "func(b []byte) (ret int, err error)", |c| {
        let b: Vec<u8> = c.elems(1).iter().map(|v| v.w as u8).collect();
        state_write(c, c.arg(0), &b)
    }),
    method("*pp", "WriteString", "func(s string) (ret int, err error)", |c| {
        state_write(c, c.arg(0), &c.bytes(1))
    }),
    method("*pp", "Width", "func() (wid int, ok bool)", |c| {
        let w = directive(c, c.arg(0)).width;
        c.ret_int(w.unwrap_or(0) as i64);
        c.ret_bool(w.is_some());
        Ok(())
    }),
    method("*pp", "Precision", "func() (prec int, ok bool)", |c| {
        let p = directive(c, c.arg(0)).prec;
        c.ret_int(p.unwrap_or(0) as i64);
        c.ret_bool(p.is_some());
        Ok(())
    }),
    method("*pp", "Flag", "func(c int) bool", |c| {
        let on = char::from_u32(c.int(1) as u32).is_some_and(|f| directive(c, c.arg(0)).flag(f));
        c.ret_bool(on);
        Ok(())
    }),
];

/// The directive fmt.State `st` (a `*fmt.pp`) reports.
fn directive(c: &Call, st: Value) -> Directive {
    match &*c.rt.heap.lock(st.h) {
        Obj::Struct(f) => methods::state_directive(f),
        _ => Directive::default(),
    }
}

/// A new fmt.State (`*fmt.pp`) for directive `d`, as an interface value.
pub fn new_state(c: &mut Call, d: &Directive) -> Result<Value, Fault> {
    let mut v = c.alloc(methods::state_obj(d))?;
    v.t = c.type_id(methods::STATE_TYPE);
    Ok(v)
}

/// The bytes written to fmt.State `st`, as fmt's text (`rt::rawtext`).
pub fn state_text(c: &Call, st: Value) -> String {
    let buf = match &*c.rt.heap.lock(st.h) {
        Obj::Struct(f) => f.get(methods::STATE_BUF).copied().unwrap_or_default(),
        _ => Value::ZERO,
    };
    c.rt.heap.text(buf).to_string()
}

/// Appends `b` to the bytes written to fmt.State `st` and returns (len(b), nil), as
/// (*pp).Write does.
fn state_write(c: &mut Call, st: Value, b: &[u8]) -> Result<(), Fault> {
    let field = Value { w: methods::STATE_BUF as u64 + 1, t: 0, ..st };
    let cur = c.update(field, |v| v)?;
    let text = [&c.rt.heap.bytes(cur)[..], b].concat();
    let v = c.new_bytes(&text)?;
    c.update(field, |_| v)?;
    c.ret_int(b.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}

/// fmt.FormatString: the directive a State reports, as written in a format. Only fmt's
/// own State is read natively.
fn format_string(c: &mut Call) -> Result<(), Fault> {
    let st = c.arg(0);
    if st.t == 0 {
        return Err(Fault::Panic(super::call::NIL_DEREF.into()));
    }
    if c.rt.prog.type_name(st.t) != methods::STATE_TYPE {
        return Err(Fault::Panic(
            "gopark: fmt.FormatString of a State other than fmt's is not supported yet".into(),
        ));
    }
    let d = Directive {
        verb: char::from_u32(c.int(1) as u32).unwrap_or('\u{fffd}'),
        ..directive(c, st)
    };
    c.ret_str(&d.format_string())
}

use gofmt::PrintKind as Kind;

/// The bytes for arguments `first..` (a format string, then the []any slice); Err(CallGo)
/// when a String or Error method must run first.
fn text(c: &mut Call, kind: Kind, first: usize) -> Result<Vec<u8>, Fault> {
    let mut args = c.elems(first + (kind == Kind::Printf) as usize);
    // A reflect.Value prints as the value it holds.
    let format = (kind == Kind::Printf).then(|| c.rt.heap.text(c.arg(first)));
    super::reflect_value::unwrap_values(c, &mut args, format.as_deref())?;
    if kind == Kind::Printf {
        args.insert(0, c.arg(first));
    }
    let env = c.fmt_env();
    let s = gofmt::sprint_bytes(&env, kind, &args);
    c.methods_done()?;
    Ok(s)
}

/// Writes to file descriptor `fd` and returns (n, nil).
fn write_fd(c: &mut Call, fd: u32, s: &[u8]) -> Result<(), Fault> {
    c.rt.write(c.m, c.g.id, fd, s);
    c.ret_int(s.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}

fn print(c: &mut Call, kind: Kind) -> Result<(), Fault> {
    let s = text(c, kind, 0)?;
    write_fd(c, 1, &s)
}

fn sprint(c: &mut Call, kind: Kind) -> Result<(), Fault> {
    let s = text(c, kind, 0)?;
    let v = c.new_bytes(&s)?;
    c.ret(v);
    Ok(())
}

/// Fprint*: argument 0 is an io.Writer interface value.
fn fprint(c: &mut Call, kind: Kind) -> Result<(), Fault> {
    let s = text(c, kind, 1)?;
    // Go's frame in a traceback of a panic in the Write method.
    let frame = match kind {
        Kind::Printf => ("fmt.Fprintf", true, "fmt/print.go", 225),
        Kind::Print => ("fmt.Fprint", true, "fmt/print.go", 263),
        Kind::Println => ("fmt.Fprintln", true, "fmt/print.go", 305),
    };
    write_to(c, c.arg(0), &s, frame)
}

/// Writes `s` to writer `w` (an interface value), returning (n, err) as Write does: the
/// library's writers natively, the program's through their Write method called from `frame`.
fn write_to(c: &mut Call, w: Value, s: &[u8], frame: LibFrame) -> Result<(), Fault> {
    let name = c.rt.prog.type_name(w.t).to_string();
    match name.as_str() {
        "*os.File" => {
            let fd = match &*c.rt.heap.lock(w.h) {
                Obj::Struct(f) => f.first().map_or(1, |v| v.w as u32),
                _ => internal_error("an *os.File that is not a struct"),
            };
            write_fd(c, fd, s)
        }
        "*bufio.Writer" => super::bufio::write_native(c, w, s),
        methods::STATE_TYPE => state_write(c, w, s),
        "*strings.Builder" | "*bytes.Buffer" => {
            super::strings::append_bytes(c, w, s)?;
            c.ret_int(s.len() as i64);
            c.ret(Value::ZERO);
            Ok(())
        }
        _ if w.t == 0 => Err(Fault::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        )),
        _ => {
            write_method(c, w, s.to_vec(), frame);
            Ok(())
        }
    }
}

/// Calls `w.Write(b)` (a Writer of the program's own) and returns its (n, err), as Go's
/// Fprint* do: one Write of the whole text, from `frame`. The caller must be made with
/// `func_go`.
fn write_method(c: &mut Call, w: Value, b: Vec<u8>, frame: LibFrame) {
    c.task(move |ctx| async move {
        ctx.frames(vec![frame]);
        let buf = ctx.native(move |c| Ok(vec![super::crypto::new_byte_slice(c, &b)?])).await[0];
        let r = ctx.method(w, "Write", &[buf], 2).await;
        Ok(r)
    });
}

/// The dynamic type of Errorf's errors that wrap another (one %w verb).
pub const WRAP_ERROR: &str = "*fmt.wrapError";
/// The dynamic type of Errorf's errors with several %w verbs: a struct {message, errors...}
/// as errors.Join's.
pub const WRAP_ERRORS: &str = "*fmt.wrapErrors";

/// Errorf: the message is Sprintf's with %w read as %v (%!w(...) for an argument that is not
/// an error); with one %w the result wraps its error (errors.Is and Unwrap see it), with
/// several it wraps each distinct one that is an error (Unwrap() []error).
fn errorf(c: &mut Call) -> Result<(), Fault> {
    let format = c.rt.heap.text(c.arg(0));
    let args = c.elems(1);
    let types = &c.rt.prog.types;
    let is_error = |i: usize| {
        args.get(i).is_some_and(|v| {
            v.t != 0 && types.get(v.t as usize).is_some_and(|d| d.error_method.is_some())
        })
    };
    let (format, mut wrapped) = w_verbs(&format, is_error);
    let msg = gofmt::sprintf_bytes(&c.fmt_env(), &format, &args);
    c.methods_done()?;
    // A handle even for an empty message: an *errors.errorString is the handle of its
    // message, and a nil one would be a sentinel.
    let m = c.alloc(crate::rt::obj::str_obj(&msg))?;
    let (ty, fields) = match wrapped.as_slice() {
        [] => {
            let e = Value { t: c.type_id(super::call::ERROR_STRING), ..m };
            c.ret(e);
            return Ok(());
        }
        [i] => {
            let inner = if is_error(*i) { args[*i] } else { Value::ZERO };
            (WRAP_ERROR, vec![m, inner])
        }
        _ => {
            wrapped.sort_unstable();
            wrapped.dedup();
            let errs = wrapped.iter().filter(|&&i| is_error(i)).map(|&i| args[i]);
            (WRAP_ERRORS, std::iter::once(m).chain(errs).collect())
        }
    };
    let t = c.type_id(ty);
    let mut v = c.alloc(Obj::Struct(fields))?;
    v.t = t;
    c.ret(v);
    Ok(())
}

/// The format with each %w turned into %v (or, for an argument that is not an error, into
/// the verb fmt prints as %!w(...)), and the argument index of each %w.
fn w_verbs(format: &str, is_error: impl Fn(usize) -> bool) -> (String, Vec<usize>) {
    let mut out = String::new();
    let mut wrapped = Vec::new();
    let mut arg = 0;
    let mut chars = format.chars().peekable();
    while let Some(ch) = chars.next() {
        out.push(ch);
        if ch != '%' {
            continue;
        }
        // Flags, width and precision, then the verb.
        while let Some(&f) = chars.peek() {
            if "+-# 0123456789.".contains(f) {
                out.push(f);
                chars.next();
            } else {
                break;
            }
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some('w') => {
                out.push(if is_error(arg) { 'v' } else { gofmt::BAD_W });
                wrapped.push(arg);
                arg += 1;
            }
            Some(v) => {
                out.push(v);
                arg += 1;
            }
            None => {}
        }
    }
    (out, wrapped)
}
