//! Packages os/signal and syscall's signals, and os.Signal. Notify and NotifyContext
//! register with the runtime (sched/signal.rs), which delivers what the CLI's Ctrl-C or the
//! page's Ctrl-C button raises; while a registration exists, goroutines that all wait are
//! waiting for that signal, not deadlocked. Ignore does nothing (nothing is delivered that
//! was not asked for).

use super::{constant, func, method, type_, var, Call, ConstVal, Fault, Member};
use crate::sched::signal::{signal_name, SignalReg, SignalTarget};
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
        notify_context,
    ),
    func("Reset", "func(sig ...os.Signal)", |c| {
        match wanted(c, 0) {
            sigs if sigs.is_empty() => c.rt.signal_stop(None),
            sigs => c.rt.signal_reset(&sigs),
        }
        Ok(())
    }),
    func("Stop", "func(c chan<- os.Signal)", |c| {
        let ch = c.arg(0).h;
        c.rt.signal_stop(Some(ch));
        Ok(())
    }),
];

/// Notify panics on a nil channel, as Go's does.
fn notify(c: &mut Call) -> Result<(), Fault> {
    let ch = c.arg(0).h;
    if ch == 0 {
        return Err(Fault::Panic("os/signal: Notify using nil channel".into()));
    }
    let sig_type = signal_type(c);
    let target = SignalTarget::Chan { ch, sig_type };
    c.rt.signal_notify(SignalReg { target, sigs: wanted(c, 1) });
    Ok(())
}

/// signal.NotifyContext(parent, sigs...): a cancelable context that the first of `sigs`
/// cancels.
pub(super) fn notify_context(c: &mut Call) -> Result<(), Fault> {
    let sigs = wanted(c, 1);
    super::context::notify_context(c)?;
    let ctx = c.results()[0].h;
    let err = c.sentinel(super::context::CANCELED);
    c.rt.signal_notify(SignalReg { target: SignalTarget::Context { ctx, err }, sigs });
    Ok(())
}

/// The signal numbers of the variadic argument `i` (empty: all signals).
fn wanted(c: &Call, i: usize) -> Vec<i64> {
    c.elems(i).into_iter().filter(|v| v.t != 0).map(|v| v.as_int()).collect()
}

/// An os.Signal holding syscall.Signal(n).
fn signal_value(c: &mut Call, n: i64) -> Result<(), Fault> {
    let mut v = Value::int(n);
    v.t = signal_type(c);
    c.ret(v);
    Ok(())
}

/// The type id of syscall.Signal. A program that names the type (syscall.SIGINT) has the
/// checker's; the code generator adds a stand-in of the same name for os.Interrupt and
/// Notify's channel (`DYNAMIC_TYPES`). The checker's wins, so that os.Interrupt ==
/// syscall.SIGINT compares equal types.
fn signal_type(c: &Call) -> u32 {
    use crate::vm::program::TypeKind;
    let types = &c.rt.prog.types;
    let checkers =
        types.iter().position(|t| t.name == SIGNAL_TYPE && matches!(t.kind, TypeKind::Int { .. }));
    checkers.map_or_else(|| c.type_id(SIGNAL_TYPE), |i| i as u32)
}
