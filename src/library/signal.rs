//! Packages os/signal and syscall's signals, and os.Signal. A playground program gets no
//! signal from outside: Notify registers nothing and its channel never receives, Ignore,
//! Reset and Stop do nothing, and NotifyContext is a context that only its stop function
//! cancels. That is what a graceful-shutdown example does when nobody presses Ctrl-C.

use super::{constant, func, method, type_, var, Call, ConstVal, Fault, Member};
use crate::vm::value::Value;

/// The dynamic type of os.Interrupt and os.Kill.
pub const SIGNAL_TYPE: &str = "syscall.Signal";

pub const SYSCALL_MEMBERS: &[Member] = &[
    type_("Signal", "int"),
    method("Signal", "Signal", "func()", |_| Ok(())),
    method("Signal", "String", "func() string", |c| {
        let n = c.int(0);
        c.ret_str(&signal_name(n))
    }),
    constant("SIGHUP", "Signal", ConstVal::Int(1)),
    constant("SIGINT", "Signal", ConstVal::Int(2)),
    constant("SIGQUIT", "Signal", ConstVal::Int(3)),
    constant("SIGKILL", "Signal", ConstVal::Int(9)),
    constant("SIGUSR1", "Signal", ConstVal::Int(10)),
    constant("SIGUSR2", "Signal", ConstVal::Int(12)),
    constant("SIGPIPE", "Signal", ConstVal::Int(13)),
    constant("SIGALRM", "Signal", ConstVal::Int(14)),
    constant("SIGTERM", "Signal", ConstVal::Int(15)),
];

pub const OS_MEMBERS: &[Member] = &[
    type_("Signal", "interface{String() string; Signal()}"),
    var("Interrupt", "Signal", |c| signal_value(c, 2)),
    var("Kill", "Signal", |c| signal_value(c, 9)),
];

pub const SIGNAL_MEMBERS: &[Member] = &[
    func("Ignore", "func(sig ...os.Signal)", |_| Ok(())),
    func("Ignored", "func(sig os.Signal) bool", |c| {
        c.ret_bool(false);
        Ok(())
    }),
    func("Notify", "func(c chan<- os.Signal, sig ...os.Signal)", notify),
    func(
        "NotifyContext",
        "func(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc)",
        super::context::notify_context,
    ),
    func("Reset", "func(sig ...os.Signal)", |_| Ok(())),
    func("Stop", "func(c chan<- os.Signal)", |_| Ok(())),
];

/// Notify panics on a nil channel, as Go's does; otherwise nothing is ever sent.
fn notify(c: &mut Call) -> Result<(), Fault> {
    if c.arg(0).h == 0 {
        return Err(Fault::Panic("os/signal: Notify using nil channel".into()));
    }
    Ok(())
}

/// An os.Signal holding syscall.Signal(n).
fn signal_value(c: &mut Call, n: i64) -> Result<(), Fault> {
    let mut v = Value::int(n);
    v.t = c.type_id(SIGNAL_TYPE);
    c.ret(v);
    Ok(())
}

/// syscall.Signal's String on Linux.
fn signal_name(n: i64) -> String {
    let name = match n {
        1 => "hangup",
        2 => "interrupt",
        3 => "quit",
        9 => "killed",
        10 => "user defined signal 1",
        12 => "user defined signal 2",
        13 => "broken pipe",
        14 => "alarm clock",
        15 => "terminated",
        _ => return format!("signal {n}"),
    };
    name.to_string()
}
