//! Package log: the standard logger (settings in the run's `StdLogger`, writing to standard
//! error) and loggers made with New, which write to an *os.File, a *strings.Builder or a
//! *bytes.Buffer. A line is Go's formatHeader: the prefix (unless Lmsgprefix), the date and
//! time from the run's clock, file:line of the call, the prefix (with Lmsgprefix), the
//! message, and a newline if it has none.

use super::{constant, func, method, type_, Call, ConstVal, Fault, Member};
use crate::rt::fmt as gofmt;
use crate::rt::obj::Obj;
use crate::rt::{rawtext, timefmt};
use crate::sys::{internal_error, lock};
use crate::vm::value::Value;
use gofmt::PrintKind as Kind;

use ConstVal::Int as I;

pub const MEMBERS: &[Member] = &[
    func("Fatal", "func(v ...any)", |c| fatal(c, Kind::Print, None)),
    func("Fatalf", "func(format string, v ...any)", |c| fatal(c, Kind::Printf, None)),
    func("Fatalln", "func(v ...any)", |c| fatal(c, Kind::Println, None)),
    func("Flags", "func() int", |c| {
        let f = lock(&c.rt.std_logger).flags;
        c.ret_int(f);
        Ok(())
    }),
    func("Panic", "func(v ...any)", |c| panic(c, Kind::Print, None)),
    func("Panicf", "func(format string, v ...any)", |c| panic(c, Kind::Printf, None)),
    func("Panicln", "func(v ...any)", |c| panic(c, Kind::Println, None)),
    func("Prefix", "func() string", |c| {
        let p = lock(&c.rt.std_logger).prefix.clone();
        let v = c.new_bytes(&rawtext::bytes(&p))?;
        c.ret(v);
        Ok(())
    }),
    func("Print", "func(v ...any)", |c| print(c, Kind::Print, None)),
    func("Printf", "func(format string, v ...any)", |c| print(c, Kind::Printf, None)),
    func("Println", "func(v ...any)", |c| print(c, Kind::Println, None)),
    func("SetFlags", "func(flag int)", |c| {
        lock(&c.rt.std_logger).flags = c.int(0);
        Ok(())
    }),
    func("SetPrefix", "func(prefix string)", |c| {
        lock(&c.rt.std_logger).prefix = c.rt.heap.text(c.arg(0)).to_string();
        Ok(())
    }),
    func("SetOutput", "func(w io.Writer)", |c| {
        c.set_global(STD_OUT, c.arg(0));
        Ok(())
    }),
    func("Writer", "func() io.Writer", |c| {
        let w = std_out(c);
        if w.t == super::slog::HANDLER_WRITER {
            return Err(Fault::Panic(
                "gopark: log.Writer after slog.SetDefault is not supported yet".into(),
            ));
        }
        if w.t != 0 {
            c.ret(w);
            return Ok(());
        }
        let mut f = super::os::std_file(c, 2)?;
        f.t = c.type_id("*os.File");
        c.ret(f);
        Ok(())
    }),
    func("Output", "func(calldepth int, s string) error", |c| {
        let s = c.rt.heap.text(c.arg(1)).to_string();
        if let Some((w, text)) = std_line(c, &s) {
            write(c, w, &text)?;
        }
        c.ret(Value::ZERO);
        Ok(())
    }),
    constant("Ldate", "untyped int", I(1)),
    constant("Llongfile", "untyped int", I(8)),
    constant("Lmicroseconds", "untyped int", I(4)),
    constant("Lmsgprefix", "untyped int", I(64)),
    constant("LUTC", "untyped int", I(32)),
    constant("Lshortfile", "untyped int", I(16)),
    constant("LstdFlags", "untyped int", I(3)),
    constant("Ltime", "untyped int", I(2)),
    // A Logger: {out (an io.Writer interface value), prefix, flags}.
    type_("Logger", "struct{out any; prefix string; flag int}"),
    func("New", "func(out io.Writer, prefix string, flag int) *Logger", new_logger),
    method("*Logger", "Fatal", "func(v ...any)", |c| fatal(c, Kind::Print, Some(c.arg(0)))),
    method("*Logger", "Fatalf", "func(format string, v ...any)", |c| {
        fatal(c, Kind::Printf, Some(c.arg(0)))
    }),
    method("*Logger", "Fatalln", "func(v ...any)", |c| fatal(c, Kind::Println, Some(c.arg(0)))),
    method("*Logger", "Flags", "func() int", |c| {
        let f = field(c, FLAG).w as i64;
        c.ret_int(f);
        Ok(())
    }),
    method("*Logger", "Panic", "func(v ...any)", |c| panic(c, Kind::Print, Some(c.arg(0)))),
    method("*Logger", "Panicf", "func(format string, v ...any)", |c| {
        panic(c, Kind::Printf, Some(c.arg(0)))
    }),
    method("*Logger", "Panicln", "func(v ...any)", |c| panic(c, Kind::Println, Some(c.arg(0)))),
    method("*Logger", "Prefix", "func() string", |c| {
        let p = field(c, PREFIX);
        c.ret(p);
        Ok(())
    }),
    method("*Logger", "Print", "func(v ...any)", |c| print(c, Kind::Print, Some(c.arg(0)))),
    method("*Logger", "Printf", "func(format string, v ...any)", |c| {
        print(c, Kind::Printf, Some(c.arg(0)))
    }),
    method("*Logger", "Println", "func(v ...any)", |c| print(c, Kind::Println, Some(c.arg(0)))),
    method("*Logger", "SetFlags", "func(flag int)", |c| set_field(c, FLAG, Value::int(c.int(1)))),
    method("*Logger", "SetPrefix", "func(prefix string)", |c| set_field(c, PREFIX, c.arg(1))),
    method("*Logger", "SetOutput", "func(w io.Writer)", |c| set_field(c, OUT, c.arg(1))),
    method("*Logger", "Output", "func(calldepth int, s string) error", |c| {
        nil_check(c)?;
        let (out, prefix, flags) =
            (field(c, OUT), c.rt.heap.text(field(c, PREFIX)), field(c, FLAG).w as i64);
        let text = line(c, &prefix, flags, &c.rt.heap.text(c.arg(2)));
        write(c, out, &text)?;
        c.ret(Value::ZERO);
        Ok(())
    }),
    method("*Logger", "Writer", "func() io.Writer", |c| {
        let w = field(c, OUT);
        c.ret(w);
        Ok(())
    }),
];

const OUT: usize = 0;
const PREFIX: usize = 1;
const FLAG: usize = 2;

const LDATE: i64 = 1;
const LTIME: i64 = 2;
const LMICROSECONDS: i64 = 4;
const LLONGFILE: i64 = 8;
const LSHORTFILE: i64 = 16;
const LMSGPREFIX: i64 = 64;

fn new_logger(c: &mut Call) -> Result<(), Fault> {
    let (out, prefix, flag) = (c.arg(0), c.arg(1), c.arg(2));
    let v = c.alloc(Obj::Struct(vec![out, prefix, flag]))?;
    c.ret(v);
    Ok(())
}

/// Field `i` of the *Logger in argument 0.
fn field(c: &Call, i: usize) -> Value {
    match &*c.rt.heap.lock(c.arg(0).h) {
        Obj::Struct(f) => f.get(i).copied().unwrap_or_default(),
        _ => internal_error("a *log.Logger that is not a struct"),
    }
}
fn set_field(c: &mut Call, i: usize, v: Value) -> Result<(), Fault> {
    nil_check(c)?;
    if let Obj::Struct(f) = &mut *c.rt.heap.lock(c.arg(0).h) {
        f[i] = v;
    }
    Ok(())
}
fn nil_check(c: &Call) -> Result<(), Fault> {
    if c.arg(0).h == 0 {
        return Err(Fault::Panic(crate::library::call::NIL_DEREF.into()));
    }
    Ok(())
}

/// The message: as fmt.Sprint / Sprintln / Sprintf of the arguments after the receiver,
/// as fmt's text (`rt::rawtext`: a string's bytes reach the output as they are, as the
/// prefix's do; lines are such text until `write`).
fn message(c: &Call, kind: Kind, first: usize) -> Result<String, Fault> {
    let env = c.fmt_env();
    let mut args = c.elems(first + (kind == Kind::Printf) as usize);
    if kind == Kind::Printf {
        args.insert(0, c.arg(first));
    }
    let msg = gofmt::sprint_text(&env, kind, &args);
    c.methods_done()?;
    Ok(msg)
}

/// Go's formatHeader plus the message and its newline.
fn line(c: &Call, prefix: &str, flags: i64, msg: &str) -> String {
    let mut out = String::new();
    if flags & LMSGPREFIX == 0 {
        out.push_str(prefix);
    }
    if flags & (LDATE | LTIME | LMICROSECONDS) != 0 {
        let now = super::time::now_ns(c) as i128;
        if flags & LDATE != 0 {
            out.push_str(&timefmt::format(now, "2006/01/02 "));
        }
        if flags & (LTIME | LMICROSECONDS) != 0 {
            out.push_str(&timefmt::format(now, "15:04:05"));
            if flags & LMICROSECONDS != 0 {
                out.push_str(&timefmt::format(now, ".000000"));
            }
            out.push(' ');
        }
    }
    if flags & (LSHORTFILE | LLONGFILE) != 0 {
        let file = &c.rt.prog.file;
        let file =
            if flags & LSHORTFILE != 0 { file.rsplit('/').next().unwrap_or(file) } else { file };
        out.push_str(&format!("{file}:{}: ", c.m.line));
    }
    if flags & LMSGPREFIX != 0 {
        out.push_str(prefix);
    }
    out.push_str(msg);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Where the standard logger's output goes once SetOutput was called (in
/// `Runtime::lib_globals`, which keeps the writer alive).
pub const STD_OUT: &str = "log.std.out";

/// The writer SetOutput gave the standard logger (a nil interface value: standard error).
fn std_out(c: &Call) -> Value {
    c.global(STD_OUT).unwrap_or_default()
}

/// The standard logger's line for `msg`: written to standard error at once (None), or
/// returned with the writer SetOutput gave it.
pub fn std_line(c: &Call, msg: &str) -> Option<(Value, String)> {
    let std = lock(&c.rt.std_logger).clone();
    let text = line(c, &std.prefix, std.flags, msg);
    let w = std_out(c);
    if w.t == 0 {
        c.rt.write(c.m, c.g.id, 2, &rawtext::bytes(&text));
        return None;
    }
    Some((w, text))
}

/// Writes one log line for the standard logger (`logger` None) or a *Logger; returns the
/// message.
fn output(c: &mut Call, kind: Kind, logger: Option<Value>) -> Result<String, Fault> {
    let Some(_) = logger else {
        let msg = message(c, kind, 0)?;
        if let Some((w, text)) = std_line(c, &msg) {
            write(c, w, &text)?;
        }
        return Ok(msg);
    };
    nil_check(c)?;
    let msg = message(c, kind, 1)?;
    let (out, prefix, flags) =
        (field(c, OUT), c.rt.heap.text(field(c, PREFIX)), field(c, FLAG).w as i64);
    let text = line(c, &prefix, flags, &msg);
    write(c, out, &text)?;
    Ok(msg)
}

/// Writes line `s` (fmt's text) to the Logger's writer (an interface value).
pub fn write(c: &mut Call, w: Value, s: &str) -> Result<(), Fault> {
    if w.t == super::slog::HANDLER_WRITER {
        return super::slog::handle_log_line(c, w, s);
    }
    let s = &rawtext::bytes(s)[..];
    match c.rt.prog.type_name(w.t) {
        "*os.File" => {
            let fd = match &*c.rt.heap.lock(w.h) {
                Obj::Struct(f) => f.first().map_or(1, |v| v.w as u32),
                _ => internal_error("an *os.File that is not a struct"),
            };
            c.rt.write(c.m, c.g.id, fd, s);
            Ok(())
        }
        "*strings.Builder" | "*bytes.Buffer" => super::strings::append_bytes(c, w, s),
        _ if w.t == 0 => Err(Fault::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        )),
        other => Err(Fault::Panic(format!(
            "gopark: logging to a {other} (an io.Writer of your own) is not supported yet"
        ))),
    }
}

fn print(c: &mut Call, kind: Kind, logger: Option<Value>) -> Result<(), Fault> {
    output(c, kind, logger)?;
    if c.rt.is_done() {
        return Err(Fault::Yielded);
    }
    Ok(())
}
/// Fatal: the line, then os.Exit(1).
fn fatal(c: &mut Call, kind: Kind, logger: Option<Value>) -> Result<(), Fault> {
    output(c, kind, logger)?;
    c.rt.finish(1, None);
    Err(Fault::Yielded)
}
/// Panic: the line, then panic with the message.
fn panic(c: &mut Call, kind: Kind, logger: Option<Value>) -> Result<(), Fault> {
    let msg = output(c, kind, logger)?;
    Err(Fault::Panic(rawtext::lossy(msg)))
}
