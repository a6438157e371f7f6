//! Package os: standard output and error, and the program's arguments. A page has no
//! process, so the arguments are the program's name alone.

use super::{func, method, type_, var, Call, Fault, Member};
use crate::rt::obj::Obj;
use crate::sys::internal_error;
use crate::vm::value::Value;

pub const MEMBERS: &[Member] = &[
    func("Getpid", "func() int", getpid),
    type_("File", "struct{fd int}"),
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
/// os.Stdout and friends: an *os.File for descriptor `fd` (a new one at each use).
fn file(c: &mut Call, fd: i64) -> Result<(), Fault> {
    let v = c.alloc(Obj::Struct(vec![Value::int(fd)]))?;
    c.ret(v);
    Ok(())
}
fn args(c: &mut Call) -> Result<(), Fault> {
    let name = c.rt.prog.file.trim_end_matches(".go").to_string();
    let v = c.new_strings(&[format!("/tmp/{name}")])?;
    c.ret(v);
    Ok(())
}
fn fd(c: &Call) -> u32 {
    match &*c.rt.heap.lock(c.arg(0).h) {
        Obj::Struct(f) => f.first().map_or(1, |v| v.w as u32),
        _ => internal_error("an *os.File that is not a struct"),
    }
}
fn file_write(c: &mut Call) -> Result<(), Fault> {
    let bytes: Vec<u8> = c.elems(1).iter().map(|v| v.w as u8).collect();
    c.rt.write(c.m, c.g.id, fd(c), &bytes);
    c.ret_int(bytes.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}
fn file_write_string(c: &mut Call) -> Result<(), Fault> {
    let s = c.str(1);
    c.rt.write(c.m, c.g.id, fd(c), s.as_bytes());
    c.ret_int(s.len() as i64);
    c.ret(Value::ZERO);
    Ok(())
}
