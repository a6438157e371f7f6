//! Package log: the standard logger with its default flags (date and time, from the run's
//! clock, to standard error). Changing the flags or the prefix is not supported yet: the
//! logger's settings would need a home in the run's state.

use super::{constant, func, Call, ConstVal, Fault, Member};
use crate::rt::fmt as gofmt;
use crate::rt::timefmt;

use ConstVal::Int as I;

pub const MEMBERS: &[Member] = &[
    func("Fatal", "func(v ...any)", |c| fatal(c, Kind::Print)),
    func("Fatalf", "func(format string, v ...any)", |c| fatal(c, Kind::Printf)),
    func("Fatalln", "func(v ...any)", |c| fatal(c, Kind::Println)),
    func("Panic", "func(v ...any)", |c| panic(c, Kind::Print)),
    func("Panicf", "func(format string, v ...any)", |c| panic(c, Kind::Printf)),
    func("Panicln", "func(v ...any)", |c| panic(c, Kind::Println)),
    func("Print", "func(v ...any)", |c| print(c, Kind::Print)),
    func("Printf", "func(format string, v ...any)", |c| print(c, Kind::Printf)),
    func("Println", "func(v ...any)", |c| print(c, Kind::Println)),
    constant("Ldate", "untyped int", I(1)),
    constant("Llongfile", "untyped int", I(8)),
    constant("Lmicroseconds", "untyped int", I(4)),
    constant("Lmsgprefix", "untyped int", I(64)),
    constant("LUTC", "untyped int", I(32)),
    constant("Lshortfile", "untyped int", I(16)),
    constant("LstdFlags", "untyped int", I(3)),
    constant("Ltime", "untyped int", I(2)),
];

#[derive(Clone, Copy)]
enum Kind {
    Print,
    Println,
    Printf,
}

/// The message: as fmt.Sprint / Sprintln / Sprintf.
fn message(c: &Call, kind: Kind) -> String {
    let env = c.rt.fmt_env();
    match kind {
        Kind::Print => gofmt::sprint(&env, &c.elems(0)),
        Kind::Println => gofmt::sprintln(&env, &c.elems(0)),
        Kind::Printf => gofmt::sprintf(&env, &c.str(0), &c.elems(1)),
    }
}

/// Writes one log line ("2009/11/10 23:00:00 msg\n") to standard error; returns the message.
fn output(c: &mut Call, kind: Kind) -> String {
    let msg = message(c, kind);
    let now = super::time::now_ns(c);
    let mut line = timefmt::format(now as i128, "2006/01/02 15:04:05 ");
    line.push_str(&msg);
    if !line.ends_with('\n') {
        line.push('\n');
    }
    c.rt.write(c.m, c.g.id, 2, line.as_bytes());
    msg
}

fn print(c: &mut Call, kind: Kind) -> Result<(), Fault> {
    output(c, kind);
    if c.rt.is_done() {
        return Err(Fault::Yielded);
    }
    Ok(())
}
/// Fatal: the line, then os.Exit(1).
fn fatal(c: &mut Call, kind: Kind) -> Result<(), Fault> {
    output(c, kind);
    c.rt.finish(1, None);
    Err(Fault::Yielded)
}
/// Panic: the line, then panic with the message.
fn panic(c: &mut Call, kind: Kind) -> Result<(), Fault> {
    let msg = output(c, kind);
    Err(Fault::Panic(msg))
}
