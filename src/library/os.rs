//! Package os: standard input, output and error, and the program's arguments (what the host
//! gives in `sched::Input`: the CLI's own, none on the page).

use super::{func, method, type_, var, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::sched::StdinRead;
use crate::sys::internal_error;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    func("Getpid", "func() int", getpid),
    type_("File", "struct{fd int}"),
    method("*File", "Read", "func(b []byte) (n int, err error)", file_read),
    method("*File", "Write", "func(b []byte) (n int, err error)", file_write),
    method("*File", "WriteString", "func(s string) (n int, err error)", file_write_string),
    var("Args", "[]string", args),
    var("Stderr", "*File", |c| file(c, 2)),
    var("Stdin", "*File", |c| file(c, 0)),
    var("Stdout", "*File", |c| file(c, 1)),
];

/// A fixed, plausible process id: a page has no process.
fn getpid(c: &mut Call) -> Result<(), Fault> {
    c.ret_int(1);
    Ok(())
}
/// os.Stdout and friends: the one *os.File for descriptor `fd`, made at first use and kept
/// in `Runtime::lib_globals`, so `log.Writer() == os.Stdout` holds as in Go.
fn file(c: &mut Call, fd: i64) -> Result<(), Fault> {
    let v = std_file(c, fd)?;
    c.ret(v);
    Ok(())
}

/// The *os.File of descriptor `fd` (0, 1 or 2), without its type word.
pub fn std_file(c: &mut Call, fd: i64) -> Result<Value, Fault> {
    const KEYS: [&str; 3] = ["os.Stdin", "os.Stdout", "os.Stderr"];
    let key = KEYS[fd as usize];
    if let Some(v) = c.global(key) {
        return Ok(v);
    }
    let v = c.alloc(Obj::Struct(vec![Value::int(fd)]))?;
    c.set_global(key, v);
    Ok(v)
}
fn args(c: &mut Call) -> Result<(), Fault> {
    let mut all = vec![program_path(c)];
    all.extend(c.rt.cfg.input.args.iter().cloned());
    let v = c.new_strings(&all)?;
    c.ret(v);
    Ok(())
}
/// os.Args[0]: the program's file name without ".go", in /tmp (as `go run` and the
/// playground name it: a temporary directory, then the name).
pub fn program_path(c: &Call) -> String {
    let file = c.rt.prog.file.rsplit(['/', '\\']).next().unwrap_or("prog.go");
    format!("/tmp/{}", file.trim_end_matches(".go"))
}

/// The descriptor of the *os.File receiver; a nil one is handed to file.rs, which says
/// os.ErrInvalid as Go does.
fn fd(c: &Call) -> u32 {
    if c.arg(0).h == 0 {
        return u32::MAX;
    }
    match &*c.rt.heap.lock(c.arg(0).h) {
        Obj::Struct(f) => f.first().map_or(1, |v| v.w as u32),
        _ => internal_error("an *os.File that is not a struct"),
    }
}
fn file_write(c: &mut Call) -> Result<(), Fault> {
    let bytes: Vec<u8> = c.elems(1).iter().map(|v| v.w as u8).collect();
    if fd(c) > 2 {
        return super::file::write(c, &bytes);
    }
    c.rt.write(c.m, c.g.id, fd(c), &bytes);
    c.ret_int(bytes.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}
fn file_write_string(c: &mut Call) -> Result<(), Fault> {
    let s = c.bytes(1);
    if fd(c) > 2 {
        return super::file::write(c, &s);
    }
    c.rt.write(c.m, c.g.id, fd(c), &s);
    c.ret_int(s.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}

/// Read: standard input (see sched/stdin.rs); blocks in a system call while nothing is
/// buffered. Reading os.Stdout or os.Stderr fails as on a terminal opened for writing only.
fn file_read(c: &mut Call) -> Result<(), Fault> {
    let room = c.arg(1).slice_len();
    if fd(c) > 2 {
        return super::file::read(c);
    }
    if fd(c) != 0 {
        let name = if fd(c) == 1 { "/dev/stdout" } else { "/dev/stderr" };
        c.ret_int(0);
        return c.ret_err(Some(format!("read {name}: bad file descriptor")));
    }
    if room == 0 {
        c.ret_int(0);
        c.ret(Value::ZERO);
        return Ok(());
    }
    match c.rt.stdin_take(room) {
        StdinRead::Bytes(b) => {
            let chunk: Vec<Value> = b.iter().map(|&x| Value::int(x as i64)).collect();
            c.set_elems(1, &chunk);
            c.ret_int(chunk.len() as i64);
            c.ret(Value::ZERO);
        }
        StdinRead::Eof => {
            c.ret_int(0);
            let eof = c.sentinel(1);
            c.ret(eof);
        }
        // Once the program has ended, a goroutine still reading stops instead of waiting.
        StdinRead::MustBlock if c.rt.is_done() => return Err(Fault::Yielded),
        StdinRead::MustBlock => return Err(Fault::ReadStdin),
    }
    Ok(())
}
