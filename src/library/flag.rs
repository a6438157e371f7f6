//! Package flag: command-line flags, with Go's parsing rules, messages and exit statuses
//! (flag.go). A FlagSet is a struct object: its exported Usage field (a program may set
//! it), its name and error handling, the arguments left after Parse, and its flags as five
//! values each (name, usage, kind, pointer to the variable, default as text). flag's
//! functions work on CommandLine, which the runtime keeps for the whole run
//! (`Runtime::lib_globals`), named after os.Args[0] as in Go.
//!
//! Parse runs natively; only a program's own Usage function is called as Go code, so Parse
//! is a coroutine (task.rs). A flag.Value of the program's own (flag.Var, flag.Func) is
//! not supported yet; nor is assigning flag.Usage (library variables are read-only).

use super::{
    constant, func, func_go, method, method_go, type_, var, Call, ConstVal, Fault, Member,
};
use crate::rt::obj::Obj;
use crate::vm::value::Value;

const CONTINUE_ON_ERROR: i64 = 0;
const EXIT_ON_ERROR: i64 = 1;
const PANIC_ON_ERROR: i64 = 2;
/// Sentinel code (rt::fmt::SENTINELS) of flag.ErrHelp.
const ERR_HELP: u64 = 16;

macro_rules! defs {
    ($name:literal, $var:literal, $ty:literal, $kind:expr) => {
        [
            func($name, concat!("func(name string, value ", $ty, ", usage string) *", $ty), |c| {
                define(c, false, $kind, false)
            }),
            func(
                $var,
                concat!("func(p *", $ty, ", name string, value ", $ty, ", usage string)"),
                |c| define(c, false, $kind, true),
            ),
            method(
                "*FlagSet",
                $name,
                concat!("func(name string, value ", $ty, ", usage string) *", $ty),
                |c| define(c, true, $kind, false),
            ),
            method(
                "*FlagSet",
                $var,
                concat!("func(p *", $ty, ", name string, value ", $ty, ", usage string)"),
                |c| define(c, true, $kind, true),
            ),
        ]
    };
}

const STRING: [Member; 4] = defs!("String", "StringVar", "string", Kind::String);
const INT: [Member; 4] = defs!("Int", "IntVar", "int", Kind::Int);
const INT64: [Member; 4] = defs!("Int64", "Int64Var", "int64", Kind::Int);
const UINT: [Member; 4] = defs!("Uint", "UintVar", "uint", Kind::Uint);
const UINT64: [Member; 4] = defs!("Uint64", "Uint64Var", "uint64", Kind::Uint);
const BOOL: [Member; 4] = defs!("Bool", "BoolVar", "bool", Kind::Bool);
const FLOAT64: [Member; 4] = defs!("Float64", "Float64Var", "float64", Kind::Float);
const DURATION: [Member; 4] = defs!("Duration", "DurationVar", "time.Duration", Kind::Duration);

/// The definitions of flags of every type, functions and methods.
pub const DEFINE_MEMBERS: &[Member] = &[
    STRING[0],
    STRING[1],
    STRING[2],
    STRING[3],
    INT[0],
    INT[1],
    INT[2],
    INT[3],
    INT64[0],
    INT64[1],
    INT64[2],
    INT64[3],
    UINT[0],
    UINT[1],
    UINT[2],
    UINT[3],
    UINT64[0],
    UINT64[1],
    UINT64[2],
    UINT64[3],
    BOOL[0],
    BOOL[1],
    BOOL[2],
    BOOL[3],
    FLOAT64[0],
    FLOAT64[1],
    FLOAT64[2],
    FLOAT64[3],
    DURATION[0],
    DURATION[1],
    DURATION[2],
    DURATION[3],
];

pub const MEMBERS: &[Member] = &[
    type_("ErrorHandling", "int"),
    constant("ContinueOnError", "ErrorHandling", ConstVal::Int(CONTINUE_ON_ERROR as i128)),
    constant("ExitOnError", "ErrorHandling", ConstVal::Int(EXIT_ON_ERROR as i128)),
    constant("PanicOnError", "ErrorHandling", ConstVal::Int(PANIC_ON_ERROR as i128)),
    type_(
        "FlagSet",
        "struct{Usage func(); name string; errorHandling ErrorHandling; parsed bool; args []string; formal []any; actual []string; output any}",
    ),
    var("CommandLine", "*FlagSet", |c| {
        let v = command_line(c)?;
        c.ret(v);
        Ok(())
    }),
    var("ErrHelp", "error", |c| {
        let v = c.sentinel(ERR_HELP);
        c.ret(v);
        Ok(())
    }),
    func("NewFlagSet", "func(name string, errorHandling ErrorHandling) *FlagSet", |c| {
        let v = new_flag_set(c, c.arg(0), c.int(1))?;
        c.ret(v);
        Ok(())
    }),
    func("Arg", "func(i int) string", |c| arg(c, false)),
    func("Args", "func() []string", |c| args(c, false)),
    func("NArg", "func() int", |c| nargs(c, false)),
    func("NFlag", "func() int", |c| nflag(c, false)),
    func_go("Parse", "func()", |c| parse(c, false)),
    func("Parsed", "func() bool", |c| parsed(c, false)),
    func("PrintDefaults", "func()", |c| print_defaults(c, false)),
    func("Set", "func(name, value string) error", |c| set(c, false)),
    method("*FlagSet", "Arg", "func(i int) string", |c| arg(c, true)),
    method("*FlagSet", "Args", "func() []string", |c| args(c, true)),
    method("*FlagSet", "ErrorHandling", "func() ErrorHandling", |c| {
        let f = fields(c, c.arg(0))?;
        c.ret(f[HANDLING]);
        Ok(())
    }),
    method("*FlagSet", "NArg", "func() int", |c| nargs(c, true)),
    method("*FlagSet", "NFlag", "func() int", |c| nflag(c, true)),
    method("*FlagSet", "Name", "func() string", |c| {
        let f = fields(c, c.arg(0))?;
        c.ret(f[NAME]);
        Ok(())
    }),
    method_go("*FlagSet", "Parse", "func(arguments []string) error", |c| parse(c, true)),
    method("*FlagSet", "Output", "func() io.Writer", |c| {
        let f = fields(c, c.arg(0))?;
        let w = match f[OUTPUT] {
            w if w.t != 0 => w,
            _ => {
                let mut v = super::os::std_file(c, 2)?;
                v.t = c.type_id("*os.File");
                v
            }
        };
        c.ret(w);
        Ok(())
    }),
    method("*FlagSet", "Parsed", "func() bool", |c| parsed(c, true)),
    method("*FlagSet", "PrintDefaults", "func()", |c| print_defaults(c, true)),
    method("*FlagSet", "Set", "func(name, value string) error", |c| set(c, true)),
    method("*FlagSet", "SetOutput", "func(output io.Writer)", |c| {
        let fs = c.arg(0);
        let mut f = fields(c, fs)?;
        f[OUTPUT] = c.arg(1);
        store(c, fs, &f);
        Ok(())
    }),
];

// The FlagSet's fields.
const USAGE: usize = 0;
const NAME: usize = 1;
const HANDLING: usize = 2;
const PARSED: usize = 3;
const ARGS: usize = 4;
const FORMAL: usize = 5;
const ACTUAL: usize = 6;
const OUTPUT: usize = 7;
const NFIELDS: usize = 8;
/// Values per flag in FORMAL: name, usage, kind, pointer, default.
const PER_FLAG: usize = 5;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    String,
    Int,
    Uint,
    Bool,
    Float,
    Duration,
}

impl Kind {
    fn of(i: i64) -> Kind {
        use Kind::*;
        [String, Int, Uint, Bool, Float, Duration].get(i as usize).copied().unwrap_or(String)
    }
    /// The value's name in PrintDefaults (UnquoteUsage's type names).
    fn type_name(self) -> &'static str {
        match self {
            Kind::String => "string",
            Kind::Int => "int",
            Kind::Uint => "uint",
            Kind::Bool => "",
            Kind::Float => "float",
            Kind::Duration => "duration",
        }
    }
    /// The text of the zero value, which PrintDefaults leaves out.
    fn zero(self) -> &'static str {
        match self {
            Kind::String => "",
            Kind::Bool => "false",
            Kind::Duration => "0s",
            _ => "0",
        }
    }
}

/// One defined flag.
struct Flag {
    name: String,
    usage: String,
    kind: Kind,
    ptr: Value,
    def: String,
}

fn new_flag_set(c: &mut Call, name: Value, handling: i64) -> Result<Value, Fault> {
    let mut f = vec![Value::ZERO; NFIELDS];
    f[NAME] = name;
    f[HANDLING] = Value::int(handling);
    c.alloc(Obj::Struct(f))
}

/// flag.CommandLine: made at first use, named os.Args[0], exiting on errors.
fn command_line(c: &mut Call) -> Result<Value, Fault> {
    if let Some(v) = c.global("flag.CommandLine") {
        return Ok(v);
    }
    let path = super::os::program_path(c);
    let name = c.new_str(&path)?;
    let fs = new_flag_set(c, name, EXIT_ON_ERROR)?;
    c.set_global("flag.CommandLine", fs);
    Ok(fs)
}

/// The FlagSet a function or method works on, and the index of its first argument.
fn receiver(c: &mut Call, method: bool) -> Result<(Value, usize), Fault> {
    if method {
        Ok((c.arg(0), 1))
    } else {
        Ok((command_line(c)?, 0))
    }
}

fn fields(c: &Call, fs: Value) -> Result<Vec<Value>, Fault> {
    if fs.h == 0 {
        return Err(Fault::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        ));
    }
    match &*c.rt.heap.lock(fs.h) {
        Obj::Struct(f) if f.len() == NFIELDS => Ok(f.clone()),
        _ => crate::sys::internal_error("a *flag.FlagSet that is not one"),
    }
}

fn store(c: &Call, fs: Value, f: &[Value]) {
    if let Obj::Struct(dst) = &mut *c.rt.heap.lock(fs.h) {
        dst.copy_from_slice(f);
    }
}

/// The flags of a FlagSet, in the order they were defined.
fn flags(c: &Call, f: &[Value]) -> Vec<Flag> {
    super::call::elems(c.rt, f[FORMAL])
        .chunks(PER_FLAG)
        .map(|x| Flag {
            name: c.text(x[0]).to_string(),
            usage: c.text(x[1]).to_string(),
            kind: Kind::of(x[2].as_int()),
            ptr: x[3],
            def: c.text(x[4]).to_string(),
        })
        .collect()
}

/// The value a flag's default argument gives, as text (Value.String()).
fn default_text(c: &Call, kind: Kind, v: Value) -> String {
    match kind {
        Kind::String => c.text(v).to_string(),
        Kind::Int => v.as_int().to_string(),
        Kind::Uint => (v.as_int() as u64).to_string(),
        Kind::Bool => v.as_bool().to_string(),
        Kind::Float => crate::rt::fmt::float_g(v.as_float(), None),
        Kind::Duration => crate::rt::fmt::duration(v.as_int()),
    }
}

/// String/StringVar and the others: a new variable (or `p`) set to the default.
fn define(c: &mut Call, method: bool, kind: Kind, into: bool) -> Result<(), Fault> {
    let (fs, a) = receiver(c, method)?;
    let a = if into { a + 1 } else { a };
    let (name, value, usage) = (c.arg(a), c.arg(a + 1), c.arg(a + 2));
    let mut f = fields(c, fs)?;
    let name_s = c.text(name).to_string();
    if flags(c, &f).iter().any(|fl| fl.name == name_s) {
        let set_name = c.text(f[NAME]).to_string();
        let msg = if set_name.is_empty() {
            format!("flag redefined: {name_s}")
        } else {
            format!("{set_name} flag redefined: {name_s}")
        };
        output(c, &f, &format!("{msg}\n"))?;
        return Err(Fault::Panic(msg));
    }
    let def = default_text(c, kind, value);
    let def_v = c.new_str(&def)?;
    let ptr = if into { c.arg(if method { 1 } else { 0 }) } else { c.alloc(Obj::Cell(value))? };
    let mut formal = super::call::elems(c.rt, f[FORMAL]);
    formal.extend([name, usage, Value::int(kind as i64), ptr, def_v]);
    f[FORMAL] = c.new_slice(formal)?;
    if into {
        c.update(ptr, |_| value)?;
    } else {
        c.ret(ptr);
    }
    store(c, fs, &f);
    Ok(())
}

/// Writes to the FlagSet's output (standard error unless SetOutput chose another).
fn output(c: &mut Call, f: &[Value], text: &str) -> Result<(), Fault> {
    let w = f[OUTPUT];
    match c.rt.prog.type_name(w.t) {
        _ if w.t == 0 => c.rt.write(c.m, c.g.id, 2, text.as_bytes()),
        "*os.File" => {
            let fd = match &*c.rt.heap.lock(w.h) {
                Obj::Struct(x) => x.first().map_or(2, |v| v.w as u32),
                _ => 2,
            };
            c.rt.write(c.m, c.g.id, fd, text.as_bytes());
        }
        "*strings.Builder" | "*bytes.Buffer" => super::strings::append(c, w, text)?,
        other => {
            return Err(Fault::Panic(format!(
                "gopark: flag output to a {other} is not supported yet"
            )))
        }
    }
    Ok(())
}

/// PrintDefaults' text: every flag, sorted by name, as Go lays it out.
fn defaults_text(c: &Call, f: &[Value]) -> String {
    let mut all = flags(c, f);
    all.sort_by(|a, b| a.name.cmp(&b.name));
    let mut out = String::new();
    for fl in all {
        let mut b = format!("  -{}", fl.name);
        let (name, usage) = unquote_usage(&fl);
        if !name.is_empty() {
            b.push(' ');
            b.push_str(&name);
        }
        // A one-letter flag without a value name keeps its usage on the same line.
        b.push_str(if b.len() <= 4 { "\t" } else { "\n    \t" });
        b.push_str(&usage.replace('\n', "\n    \t"));
        if fl.def != fl.kind.zero() {
            if fl.kind == Kind::String {
                b.push_str(&format!(" (default {})", crate::rt::fmt::quote(&fl.def)));
            } else {
                b.push_str(&format!(" (default {})", fl.def));
            }
        }
        out.push_str(&b);
        out.push('\n');
    }
    out
}

/// UnquoteUsage: a `back-quoted` word of the usage names the value; otherwise its type.
fn unquote_usage(fl: &Flag) -> (String, String) {
    let u = &fl.usage;
    if let Some(i) = u.find('`') {
        if let Some(j) = u[i + 1..].find('`') {
            let name = &u[i + 1..i + 1 + j];
            return (name.to_string(), format!("{}{}{}", &u[..i], name, &u[i + 2 + j..]));
        }
    }
    (fl.kind.type_name().to_string(), u.clone())
}

/// defaultUsage: "Usage of NAME:" and the defaults.
fn default_usage(c: &mut Call, f: &[Value]) -> Result<(), Fault> {
    let name = c.text(f[NAME]).to_string();
    let head = if name.is_empty() { "Usage:\n".to_string() } else { format!("Usage of {name}:\n") };
    let text = head + &defaults_text(c, f);
    output(c, f, &text)
}

fn print_defaults(c: &mut Call, method: bool) -> Result<(), Fault> {
    let (fs, _) = receiver(c, method)?;
    let f = fields(c, fs)?;
    let text = defaults_text(c, &f);
    output(c, &f, &text)
}

/// Value.Set of a flag of `kind`: the new value, or Go's reason.
fn parse_value(c: &mut Call, kind: Kind, s: &str) -> Result<Result<Value, String>, Fault> {
    use super::strconv::{parse_digits, parse_signed};
    let num_err = |why: &str| {
        if why == "value out of range" { "value out of range" } else { "parse error" }.to_string()
    };
    Ok(match kind {
        Kind::String => Ok(c.new_str(s)?),
        Kind::Bool => match s {
            "1" | "t" | "T" | "true" | "TRUE" | "True" => Ok(Value::bool(true)),
            "0" | "f" | "F" | "false" | "FALSE" | "False" => Ok(Value::bool(false)),
            _ => Err("parse error".to_string()),
        },
        Kind::Int => parse_signed(s, 0, 64).map(Value::int).map_err(|(why, _)| num_err(why)),
        Kind::Uint => {
            parse_digits(s, 0, 64).map(|u| Value::int(u as i64)).map_err(|(why, _)| num_err(why))
        }
        Kind::Float => match parse_float(s) {
            Some(x) if x.is_infinite() && !s.to_ascii_lowercase().contains("inf") => {
                Err("value out of range".to_string())
            }
            Some(x) => Ok(Value::float(x)),
            None => Err("parse error".to_string()),
        },
        Kind::Duration => super::time::parse(s).map(Value::int).ok_or("parse error".to_string()),
    })
}

/// strconv.ParseFloat(s, 64), for the forms programs pass on a command line.
fn parse_float(s: &str) -> Option<f64> {
    let t = s.replace('_', "");
    if t.len() != s.len() && !s.contains(['x', 'X']) {
        return None;
    }
    t.parse().ok()
}

/// What Parse met: nothing wrong, or an error message (printed already) and whether it
/// was -help.
enum Outcome {
    Ok,
    Failed { msg: String, help: bool },
}

/// Go's parseOne, over all the arguments: sets the flags, keeps the rest as Args.
fn parse_all(c: &mut Call, fs: Value, args: Vec<Value>) -> Result<Outcome, Fault> {
    let mut f = fields(c, fs)?;
    f[PARSED] = Value::bool(true);
    let defined = flags(c, &f);
    let mut actual: Vec<Value> = super::call::elems(c.rt, f[ACTUAL]);
    let mut rest = &args[..];
    let outcome = loop {
        let Some(&first) = rest.first() else { break Outcome::Ok };
        let s = c.text(first).to_string();
        if s.len() < 2 || !s.starts_with('-') {
            break Outcome::Ok;
        }
        let minuses = if s.as_bytes()[1] == b'-' { 2 } else { 1 };
        if s == "--" {
            rest = &rest[1..];
            break Outcome::Ok;
        }
        let mut name = &s[minuses..];
        if name.is_empty() || name.starts_with('-') || name.starts_with('=') {
            break failed(format!("bad flag syntax: {s}"));
        }
        rest = &rest[1..];
        let mut value = None;
        if let Some(i) = name[1..].find('=') {
            value = Some(name[i + 2..].to_string());
            name = &name[..i + 1];
        }
        let Some(fl) = defined.iter().find(|fl| fl.name == name) else {
            if name == "help" || name == "h" {
                break Outcome::Failed { msg: String::new(), help: true };
            }
            break failed(format!("flag provided but not defined: -{name}"));
        };
        let value = match (fl.kind, value) {
            (Kind::Bool, v) => {
                let text = v.clone().unwrap_or_else(|| "true".into());
                match parse_value(c, Kind::Bool, &text)? {
                    Ok(x) => x,
                    Err(why) => {
                        let q = crate::rt::fmt::quote(&text);
                        break failed(format!("invalid boolean value {q} for -{name}: {why}"));
                    }
                }
            }
            (kind, v) => {
                let text = match v {
                    Some(v) => v,
                    None => match rest.first() {
                        Some(&next) => {
                            rest = &rest[1..];
                            c.text(next).to_string()
                        }
                        None => break failed(format!("flag needs an argument: -{name}")),
                    },
                };
                match parse_value(c, kind, &text)? {
                    Ok(x) => x,
                    Err(why) => {
                        let q = crate::rt::fmt::quote(&text);
                        break failed(format!("invalid value {q} for flag -{name}: {why}"));
                    }
                }
            }
        };
        c.update(fl.ptr, |_| value)?;
        if !actual.iter().any(|a| c.text(*a).as_ref() == fl.name.as_str()) {
            actual.push(c.new_str(&fl.name)?);
        }
    };
    f[ARGS] = c.new_slice(rest.to_vec())?;
    f[ACTUAL] = c.new_slice(actual)?;
    store(c, fs, &f);
    Ok(outcome)
}

fn failed(msg: String) -> Outcome {
    Outcome::Failed { msg, help: false }
}

/// Parse (flag.Parse: CommandLine.Parse(os.Args[1:])). After an error: the message and
/// the usage (the FlagSet's Usage function if set, as Go code), then as the FlagSet's
/// error handling says: return the error, exit with status 2 (0 for -help), or panic.
fn parse(c: &mut Call, method: bool) -> Result<(), Fault> {
    let (fs, a) = receiver(c, method)?;
    // FlagSet.Parse's slice stays in the caller's registers while the call runs;
    // flag.Parse's strings are made in the step itself, so a collection that step asks
    // for cannot free them.
    let given = method.then(|| c.arg(a));
    fields(c, fs)?;
    c.task(move |ctx| async move {
        let r = ctx
            .native(move |c| {
                let args = match given {
                    Some(s) => super::call::elems(c.rt, s),
                    None => {
                        let os_args = c.rt.cfg.input.args.clone();
                        os_args.iter().map(|s| c.new_str(s)).collect::<Result<_, _>>()?
                    }
                };
                let outcome = parse_all(c, fs, args)?;
                let f = fields(c, fs)?;
                let Outcome::Failed { msg, help } = outcome else {
                    return Ok(vec![Value::int(0)]);
                };
                if !msg.is_empty() {
                    output(c, &f, &format!("{msg}\n"))?;
                }
                if f[USAGE].h == 0 {
                    default_usage(c, &f)?;
                }
                let err = if help { c.sentinel(ERR_HELP) } else { c.new_error(&msg)? };
                Ok(vec![Value::int(1), f[USAGE], err, f[HANDLING], Value::bool(help)])
            })
            .await;
        if r[0].as_int() == 0 {
            return Ok(if method { vec![Value::ZERO] } else { vec![] });
        }
        let (usage, err, handling, help) = (r[1], r[2], r[3].as_int(), r[4].as_bool());
        ctx.keep(err);
        if usage.h != 0 {
            ctx.call(usage, &[], 0).await;
        }
        match handling {
            EXIT_ON_ERROR => {
                ctx.native(move |c| {
                    c.rt.finish(if help { 0 } else { 2 }, None);
                    Err(Fault::Yielded)
                })
                .await;
                Ok(vec![])
            }
            PANIC_ON_ERROR => {
                // panic(err): Go prints the error's text.
                ctx.native(move |c| Err(Fault::Panic(error_text(c, err)))).await;
                Ok(vec![])
            }
            _ => Ok(if method { vec![err] } else { vec![] }),
        }
    });
    Ok(())
}

fn error_text(c: &Call, err: Value) -> String {
    crate::rt::fmt::lib_string(&c.fmt_env(), err).unwrap_or_default()
}

fn set(c: &mut Call, method: bool) -> Result<(), Fault> {
    let (fs, a) = receiver(c, method)?;
    let (name, value) = (c.str(a).to_string(), c.str(a + 1).to_string());
    let mut f = fields(c, fs)?;
    let Some(fl) = flags(c, &f).into_iter().find(|fl| fl.name == name) else {
        return c.ret_err(Some(format!("no such flag -{name}")));
    };
    match parse_value(c, fl.kind, &value)? {
        Err(why) => c.ret_err(Some(why)),
        Ok(v) => {
            let mut actual = super::call::elems(c.rt, f[ACTUAL]);
            if !actual.iter().any(|x| c.text(*x).as_ref() == name.as_str()) {
                actual.push(c.new_str(&name)?);
                f[ACTUAL] = c.new_slice(actual)?;
            }
            c.update(fl.ptr, |_| v)?;
            store(c, fs, &f);
            c.ret(Value::ZERO);
            Ok(())
        }
    }
}

fn arg(c: &mut Call, method: bool) -> Result<(), Fault> {
    let (fs, a) = receiver(c, method)?;
    let f = fields(c, fs)?;
    let i = c.int(a);
    let all = super::call::elems(c.rt, f[ARGS]);
    let v = usize::try_from(i).ok().and_then(|i| all.get(i).copied()).unwrap_or(Value::ZERO);
    c.ret(v);
    Ok(())
}
fn args(c: &mut Call, method: bool) -> Result<(), Fault> {
    let (fs, _) = receiver(c, method)?;
    let f = fields(c, fs)?;
    // Before Parse, Go's args is nil; a parsed empty list is an empty slice.
    c.ret(f[ARGS]);
    Ok(())
}
fn nargs(c: &mut Call, method: bool) -> Result<(), Fault> {
    let (fs, _) = receiver(c, method)?;
    let f = fields(c, fs)?;
    c.ret_int(f[ARGS].slice_len() as i64);
    Ok(())
}
fn nflag(c: &mut Call, method: bool) -> Result<(), Fault> {
    let (fs, _) = receiver(c, method)?;
    let f = fields(c, fs)?;
    c.ret_int(f[ACTUAL].slice_len() as i64);
    Ok(())
}
fn parsed(c: &mut Call, method: bool) -> Result<(), Fault> {
    let (fs, _) = receiver(c, method)?;
    let f = fields(c, fs)?;
    c.ret_bool(f[PARSED].as_bool());
    Ok(())
}
