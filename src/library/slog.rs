//! Package log/slog: Loggers over the TextHandler, the JSONHandler and the default handler
//! (which writes through package log's standard logger, as Go's does), with attributes from
//! key-value pairs and Attr values, groups, With/WithGroup, levels and HandlerOptions
//! (AddSource, Level, ReplaceAttr). The output formats follow handler.go, text_handler.go
//! and json_handler.go: the same order of built-in keys, quoting and escaping.
//!
//! A record is gathered natively into `SAttr`s (Rust values holding the Go values of `Any`
//! attributes), then each logging call is a coroutine (task.rs): it calls ReplaceAttr for
//! every attribute that is not a group, then the Error or String methods of the values
//! the handler prints with them, renders the line and writes it through io's `write_all`,
//! so any io.Writer works. Go-side, an Attr is {Key, Value} and a Value is {kind, num, s,
//! a, g}: the Kind, a number (int64, uint64, float64 bits, bool, Duration, Time's word,
//! Level), a string, any other value, a group's attrs. A Logger is {h}: its handler as an
//! interface value, or, for the default handler, a handle with no type (0 for the plain
//! default handler, else a handler object of kind DEFAULT made by With/WithGroup).
//!
//! Not supported yet: Handlers of the program's own (slog.New checks the dynamic type),
//! LogValuer, AddSource with the JSON handler (Go prints the function's name), Record and
//! Handler methods called by the program, slog.SetDefault routing package log's output.

use super::task::Ctx;
use super::{constant, func, func_go, method, method_go, type_, Call, ConstVal, Fault, Member};
use crate::rt::fmt as gofmt;
use crate::rt::obj::Obj;
use crate::rt::timefmt;
use crate::sys::{lock, Arc, Mutex};
use crate::vm::program::Program;
use crate::vm::value::Value;

const LOG_SIG: &str = "func(msg string, args ...any)";
const LOG_CTX_SIG: &str = "func(ctx context.Context, msg string, args ...any)";
const LOG_LEVEL_SIG: &str = "func(ctx context.Context, level Level, msg string, args ...any)";

pub const MEMBERS: &[Member] = &[
    type_("Level", "int"),
    constant("LevelDebug", "Level", ConstVal::Int(-4)),
    constant("LevelInfo", "Level", ConstVal::Int(0)),
    constant("LevelWarn", "Level", ConstVal::Int(4)),
    constant("LevelError", "Level", ConstVal::Int(8)),
    constant("TimeKey", "untyped string", ConstVal::Str("time")),
    constant("LevelKey", "untyped string", ConstVal::Str("level")),
    constant("MessageKey", "untyped string", ConstVal::Str("msg")),
    constant("SourceKey", "untyped string", ConstVal::Str("source")),
    method("Level", "String", "func() string", |c| {
        let s = level_name(c.int(0));
        c.ret_str(&s)
    }),
    method("Level", "Level", "func() Level", |c| {
        c.ret_int(c.int(0));
        Ok(())
    }),
    type_("Leveler", "interface{Level() Level}"),
    type_("LevelVar", "struct{v Level}"),
    method("*LevelVar", "Level", "func() Level", |c| {
        let v = super::json_encode::parts(c, c.arg(0).h).first().copied().unwrap_or_default();
        c.ret(v);
        Ok(())
    }),
    method("*LevelVar", "Set", "func(l Level)", |c| {
        if let Obj::Struct(f) = &mut *c.rt.heap.lock(c.arg(0).h) {
            f[0] = c.arg(1);
        }
        Ok(())
    }),
    type_("Kind", "int"),
    constant("KindAny", "Kind", ConstVal::Int(0)),
    constant("KindBool", "Kind", ConstVal::Int(1)),
    constant("KindDuration", "Kind", ConstVal::Int(2)),
    constant("KindFloat64", "Kind", ConstVal::Int(3)),
    constant("KindInt64", "Kind", ConstVal::Int(4)),
    constant("KindString", "Kind", ConstVal::Int(5)),
    constant("KindTime", "Kind", ConstVal::Int(6)),
    constant("KindUint64", "Kind", ConstVal::Int(7)),
    constant("KindGroup", "Kind", ConstVal::Int(8)),
    constant("KindLogValuer", "Kind", ConstVal::Int(9)),
    method("Kind", "String", "func() string", |c| {
        let s = kind_name(c.int(0));
        c.ret_str(&s)
    }),
    type_("Value", "struct{kind Kind; num uint64; s string; a any; g []Attr}"),
    type_("Attr", "struct{Key string; Value Value}"),
    method("Value", "String", "func() string", |c| {
        let v = value_of(c, c.arg(0));
        let s = String::from_utf8_lossy(&text_of(c, &v)).into_owned();
        c.ret_str(&s)
    }),
    method("Value", "Kind", "func() Kind", |c| {
        let k = super::json_encode::parts(c, c.arg(0).h).first().map_or(0, |v| v.as_int());
        c.ret_int(if k == KIND_LEVEL { KIND_ANY } else { k });
        Ok(())
    }),
    method("Value", "Bool", "func() bool", |c| value_num(c, 1)),
    method("Value", "Duration", "func() time.Duration", |c| value_num(c, 2)),
    method("Value", "Float64", "func() float64", |c| value_num(c, 3)),
    method("Value", "Int64", "func() int64", |c| value_num(c, 4)),
    method("Value", "Time", "func() time.Time", |c| value_num(c, 6)),
    method("Value", "Uint64", "func() uint64", |c| value_num(c, 7)),
    method("Attr", "String", "func() string", |c| {
        let a = attr_of(c, c.arg(0));
        let mut s = a.key.clone();
        s.push(b'=');
        s.extend(text_of(c, &a.val));
        c.ret_str(&String::from_utf8_lossy(&s))
    }),
    func("String", "func(key, value string) Attr", |c| leaf(c, SVal::Str(c.bytes(1).to_vec()))),
    func("Int", "func(key string, value int) Attr", |c| leaf(c, SVal::Int(c.int(1)))),
    func("Int64", "func(key string, value int64) Attr", |c| leaf(c, SVal::Int(c.int(1)))),
    func("Uint64", "func(key string, v uint64) Attr", |c| leaf(c, SVal::Uint(c.arg(1).w))),
    func("Float64", "func(key string, v float64) Attr", |c| leaf(c, SVal::Float(c.float(1)))),
    func("Bool", "func(key string, v bool) Attr", |c| leaf(c, SVal::Bool(c.bool(1)))),
    func("Duration", "func(key string, v time.Duration) Attr", |c| leaf(c, SVal::Dur(c.int(1)))),
    func("Time", "func(key string, v time.Time) Attr", |c| leaf(c, SVal::Time(c.int(1)))),
    func("Any", "func(key string, value any) Attr", |c| {
        let v = any_value(c, c.arg(1));
        leaf(c, v)
    }),
    func("Group", "func(key string, args ...any) Attr", |c| {
        let attrs = args_to_attrs(c, &c.elems(1));
        leaf(c, SVal::Group(attrs))
    }),
    func("StringValue", "func(value string) Value", |c| {
        let v = go_value(c, &SVal::Str(c.bytes(0).to_vec()))?;
        c.ret(v);
        Ok(())
    }),
    func("IntValue", "func(v int) Value", |c| {
        let v = go_value(c, &SVal::Int(c.int(0)))?;
        c.ret(v);
        Ok(())
    }),
    func("AnyValue", "func(v any) Value", |c| {
        let v = any_value(c, c.arg(0));
        let v = go_value(c, &v)?;
        c.ret(v);
        Ok(())
    }),
    type_(
        "HandlerOptions",
        "struct{AddSource bool; Level Leveler; ReplaceAttr func(groups []string, a Attr) Attr}",
    ),
    // Any value: a handler of the program's own is refused when a Logger is made.
    type_("Handler", "interface{}"),
    type_("TextHandler", HANDLER),
    type_("JSONHandler", HANDLER),
    func("NewTextHandler", "func(w io.Writer, opts *HandlerOptions) *TextHandler", |c| {
        new_handler(c, TEXT)
    }),
    func("NewJSONHandler", "func(w io.Writer, opts *HandlerOptions) *JSONHandler", |c| {
        new_handler(c, JSON)
    }),
    type_("Logger", "struct{h Handler}"),
    func("New", "func(h Handler) *Logger", new_logger),
    func("Default", "func() *Logger", |c| {
        let l = default_logger(c)?;
        c.ret(l);
        Ok(())
    }),
    func("SetDefault", "func(l *Logger)", |c| set_default(c, c.arg(0))),
    func_go("Debug", LOG_SIG, |c| log_call(c, Some(-4), false)),
    func_go("Info", LOG_SIG, |c| log_call(c, Some(0), false)),
    func_go("Warn", LOG_SIG, |c| log_call(c, Some(4), false)),
    func_go("Error", LOG_SIG, |c| log_call(c, Some(8), false)),
    func_go("DebugContext", LOG_CTX_SIG, |c| log_call(c, Some(-4), true)),
    func_go("InfoContext", LOG_CTX_SIG, |c| log_call(c, Some(0), true)),
    func_go("WarnContext", LOG_CTX_SIG, |c| log_call(c, Some(4), true)),
    func_go("ErrorContext", LOG_CTX_SIG, |c| log_call(c, Some(8), true)),
    func_go("Log", LOG_LEVEL_SIG, |c| log_call(c, None, true)),
    func("With", "func(args ...any) *Logger", |c| {
        let l = default_logger(c)?;
        with(c, l, 0, None)
    }),
    method_go("*Logger", "Debug", LOG_SIG, |c| log_call(c, Some(-4), false)),
    method_go("*Logger", "Info", LOG_SIG, |c| log_call(c, Some(0), false)),
    method_go("*Logger", "Warn", LOG_SIG, |c| log_call(c, Some(4), false)),
    method_go("*Logger", "Error", LOG_SIG, |c| log_call(c, Some(8), false)),
    method_go("*Logger", "DebugContext", LOG_CTX_SIG, |c| log_call(c, Some(-4), true)),
    method_go("*Logger", "InfoContext", LOG_CTX_SIG, |c| log_call(c, Some(0), true)),
    method_go("*Logger", "WarnContext", LOG_CTX_SIG, |c| log_call(c, Some(4), true)),
    method_go("*Logger", "ErrorContext", LOG_CTX_SIG, |c| log_call(c, Some(8), true)),
    method_go("*Logger", "Log", LOG_LEVEL_SIG, |c| log_call(c, None, true)),
    method("*Logger", "With", "func(args ...any) *Logger", |c| with(c, c.arg(0), 1, None)),
    method("*Logger", "WithGroup", "func(name string) *Logger", |c| {
        let name = c.bytes(1).to_vec();
        with(c, c.arg(0), 2, Some(name))
    }),
    method("*Logger", "Handler", "func() Handler", |c| {
        let h = logger_handler(c, c.arg(0))?;
        if h.t == 0 {
            return Err(not_supported("Logger.Handler of the default logger"));
        }
        c.ret(h);
        Ok(())
    }),
    method("*Logger", "Enabled", "func(ctx context.Context, level Level) bool", |c| {
        let h = handler_object(c, c.arg(0))?;
        let on = enabled(c, &h, c.int(2))?;
        c.ret_bool(on);
        Ok(())
    }),
];

/// The handler object: its kind (DEFAULT, TEXT, JSON), writer, options, the attributes
/// added by With with the number of groups open when each was added, and the groups.
const HANDLER: &str = "struct{kind int; w any; addSource bool; level Leveler; replace func(groups []string, a Attr) Attr; attrs []Attr; depths []int; groups []string}";
const DEFAULT: i64 = 0;
const TEXT: i64 = 1;
const JSON: i64 = 2;

const DEFAULT_KEY: &str = "slog.Default";

/// Go's Kind numbers; KIND_LEVEL is ours (Go holds a Level as KindAny).
const KIND_ANY: i64 = 0;
const KIND_LEVEL: i64 = 100;

use super::call::NIL_DEREF;

fn not_supported(what: &str) -> Fault {
    Fault::Panic(format!("gopark: {what} is not supported yet"))
}

/// A value as the handlers see it.
#[derive(Clone, Debug)]
enum SVal {
    Str(Vec<u8>),
    Int(i64),
    Uint(u64),
    Float(f64),
    Bool(bool),
    Dur(i64),
    /// A time.Time's word.
    Time(i64),
    Level(i64),
    /// Any other value (an interface value).
    Any(Value),
    Group(Vec<SAttr>),
    /// The text an Error or String method returned, printed as a string.
    Called(Vec<u8>),
}

#[derive(Clone, Debug)]
struct SAttr {
    key: Vec<u8>,
    val: SVal,
}

impl SAttr {
    /// Go's Attr.isEmpty: no key and a nil Any value.
    fn is_empty(&self) -> bool {
        self.key.is_empty() && matches!(self.val, SVal::Any(v) if v.t == 0 && v.h == 0)
    }
}

/// Kind.String.
fn kind_name(k: i64) -> String {
    const NAMES: [&str; 10] = [
        "Any",
        "Bool",
        "Duration",
        "Float64",
        "Int64",
        "String",
        "Time",
        "Uint64",
        "Group",
        "LogValuer",
    ];
    NAMES.get(k as usize).map_or_else(|| format!("<unknown slog.Kind {k}>"), |n| n.to_string())
}

/// Level.String: DEBUG, INFO, WARN, ERROR, with the offset from the nearest below.
pub fn level_name(l: i64) -> String {
    let (base, at) = match l {
        l if l < 0 => ("DEBUG", -4),
        l if l < 4 => ("INFO", 0),
        l if l < 8 => ("WARN", 4),
        _ => ("ERROR", 8),
    };
    if l == at {
        base.to_string()
    } else {
        format!("{base}{:+}", l - at)
    }
}

// ---- Go values <-> SAttr

fn kind_code(v: &SVal) -> i64 {
    match v {
        SVal::Any(_) => KIND_ANY,
        SVal::Bool(_) => 1,
        SVal::Dur(_) => 2,
        SVal::Float(_) => 3,
        SVal::Int(_) => 4,
        SVal::Str(_) | SVal::Called(_) => 5,
        SVal::Time(_) => 6,
        SVal::Uint(_) => 7,
        SVal::Group(_) => 8,
        SVal::Level(_) => KIND_LEVEL,
    }
}

/// A Go slog.Value object for `v`.
fn go_value(c: &mut Call, v: &SVal) -> Result<Value, Fault> {
    let (mut num, mut s, mut a, mut g) = (Value::ZERO, Value::ZERO, Value::ZERO, Value::ZERO);
    match v {
        SVal::Str(b) | SVal::Called(b) => s = c.new_bytes(b)?,
        SVal::Int(i) | SVal::Dur(i) | SVal::Time(i) | SVal::Level(i) => num = Value::int(*i),
        SVal::Uint(u) => num = Value { w: *u, h: 0, t: 0 },
        SVal::Float(f) => num = Value::float(*f),
        SVal::Bool(b) => num = Value::bool(*b),
        SVal::Any(x) => a = *x,
        SVal::Group(attrs) => {
            let mut items = Vec::with_capacity(attrs.len());
            for x in attrs {
                items.push(go_attr(c, x)?);
            }
            g = c.new_slice(items)?;
        }
    }
    c.alloc(Obj::Struct(vec![Value::int(kind_code(v)), num, s, a, g]))
}

fn go_attr(c: &mut Call, a: &SAttr) -> Result<Value, Fault> {
    let k = c.new_bytes(&a.key)?;
    let v = go_value(c, &a.val)?;
    c.alloc(Obj::Struct(vec![k, v]))
}

/// Returns Attr{key (argument 0), v}.
fn leaf(c: &mut Call, v: SVal) -> Result<(), Fault> {
    let a = SAttr { key: c.bytes(0).to_vec(), val: v };
    let v = go_attr(c, &a)?;
    c.ret(v);
    Ok(())
}

/// The SVal of a slog.Value object.
fn value_of(c: &Call, v: Value) -> SVal {
    let f = super::json_encode::parts(c, v.h);
    let get = |i: usize| f.get(i).copied().unwrap_or_default();
    let num = get(1);
    match get(0).as_int() {
        1 => SVal::Bool(num.as_bool()),
        2 => SVal::Dur(num.as_int()),
        3 => SVal::Float(num.as_float()),
        4 => SVal::Int(num.as_int()),
        5 => SVal::Str(c.rt.heap.bytes(get(2)).to_vec()),
        6 => SVal::Time(num.as_int()),
        7 => SVal::Uint(num.w),
        8 => SVal::Group(
            super::call::elems(c.rt, get(4)).into_iter().map(|a| attr_of(c, a)).collect(),
        ),
        KIND_LEVEL => SVal::Level(num.as_int()),
        _ => SVal::Any(get(3)),
    }
}

/// The SAttr of a slog.Attr object.
fn attr_of(c: &Call, a: Value) -> SAttr {
    let f = super::json_encode::parts(c, a.h);
    let key = c.rt.heap.bytes(f.first().copied().unwrap_or_default()).to_vec();
    SAttr { key, val: value_of(c, f.get(1).copied().unwrap_or_default()) }
}

/// Value.Int64, Bool, Float64, ...: the number as stored, when the Value is of `kind`
/// (else Go's panic).
fn value_num(c: &mut Call, kind: i64) -> Result<(), Fault> {
    let f = super::json_encode::parts(c, c.arg(0).h);
    let have = f.first().map_or(0, |k| k.as_int());
    if have != kind {
        let name = |k: i64| if k == KIND_LEVEL { "Any".to_string() } else { kind_name(k) };
        return Err(Fault::Panic(format!("Value kind is {}, not {}", name(have), name(kind))));
    }
    c.ret(f.get(1).copied().unwrap_or_default());
    Ok(())
}

/// slog.AnyValue: the kind of the value's dynamic type.
fn any_value(c: &Call, v: Value) -> SVal {
    let p = super::json_encode::payload(c, v);
    match c.rt.prog.type_name(v.t) {
        "string" => SVal::Str(c.rt.heap.bytes(p).to_vec()),
        "int" | "int8" | "int16" | "int32" | "int64" => SVal::Int(p.as_int()),
        "uint" | "uint8" | "uint16" | "uint32" | "uint64" | "uintptr" => SVal::Uint(p.w),
        "float64" | "float32" => SVal::Float(p.as_float()),
        "bool" => SVal::Bool(p.as_bool()),
        "time.Duration" => SVal::Dur(p.as_int()),
        "time.Time" => SVal::Time(p.as_int()),
        "slog.Level" => SVal::Level(p.as_int()),
        "slog.Value" => value_of(c, p),
        _ => SVal::Any(v),
    }
}

/// Go's argsToAttr over a list of key-value pairs and Attrs.
fn args_to_attrs(c: &Call, args: &[Value]) -> Vec<SAttr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let x = args[i];
        let bad = |val| SAttr { key: b"!BADKEY".to_vec(), val };
        match c.rt.prog.type_name(x.t) {
            "string" if i + 1 == args.len() => {
                out.push(bad(SVal::Str(c.rt.heap.bytes(x).to_vec())))
            }
            "string" => {
                let key = c.rt.heap.bytes(x).to_vec();
                out.push(SAttr { key, val: any_value(c, args[i + 1]) });
                i += 1;
            }
            "slog.Attr" => out.push(attr_of(c, super::json_encode::payload(c, x))),
            _ => out.push(bad(any_value(c, x))),
        }
        i += 1;
    }
    out
}

// ---- handlers and loggers

/// A handler's state, read from its object.
#[derive(Clone)]
struct Handler {
    kind: i64,
    w: Value,
    add_source: bool,
    level: Value,
    replace: Value,
    /// The With attributes, each with the number of groups open when it was added.
    attrs: Vec<(SAttr, usize)>,
    groups: Vec<Vec<u8>>,
}

fn new_handler(c: &mut Call, kind: i64) -> Result<(), Fault> {
    let (w, opts) = (c.arg(0), c.arg(1));
    let o = super::json_encode::parts(c, opts.h);
    let get = |i: usize| o.get(i).copied().unwrap_or_default();
    let z = Value::ZERO;
    let v = c.alloc(Obj::Struct(vec![Value::int(kind), w, get(0), get(1), get(2), z, z, z]))?;
    c.ret(v);
    Ok(())
}

/// slog.New: a Logger over one of the library's handlers.
fn new_logger(c: &mut Call) -> Result<(), Fault> {
    let h = c.arg(0);
    match c.rt.prog.type_name(h.t) {
        "*slog.TextHandler" | "*slog.JSONHandler" if h.h != 0 => {}
        "" => return Err(Fault::Panic("nil Handler".into())),
        "*slog.TextHandler" | "*slog.JSONHandler" => return Err(Fault::Panic(NIL_DEREF.into())),
        other => return Err(not_supported(&format!("a slog.Handler of your own ({other})"))),
    }
    let l = c.alloc(Obj::Struct(vec![h]))?;
    c.ret(l);
    Ok(())
}

/// slog.SetDefault: with one of the library's handlers, package log's standard logger
/// writes through it from now on, its flags cleared, as Go's SetDefault arranges.
fn set_default(c: &mut Call, l: Value) -> Result<(), Fault> {
    let h = logger_handler(c, l)?;
    c.set_global(DEFAULT_KEY, l);
    if h.t != 0 {
        let w = Value { t: 0, ..h };
        c.set_global(super::log::STD_OUT, Value { t: HANDLER_WRITER, ..w });
        crate::sys::lock(&c.rt.std_logger).flags = 0;
    }
    Ok(())
}

/// The type word of the standard logger's writer after SetDefault: not a type id of the
/// program's (those are far fewer), so no Go code ever sees it as a value of its own.
pub const HANDLER_WRITER: u32 = u32::MAX;

/// A line of package log written to handler object `h` (see `set_default`): an INFO
/// record of the line without its final newline. The handler's ReplaceAttr would be a Go
/// call, which package log's natives cannot make.
pub fn handle_log_line(c: &mut Call, hv: Value, text: &str) -> Result<(), Fault> {
    let h = handler_fields(c, hv)?;
    if !enabled(c, &h, 0)? {
        return Ok(());
    }
    if h.replace.h != 0 || h.replace.w != 0 {
        return Err(not_supported("package log's output through a slog handler with ReplaceAttr"));
    }
    // The line is fmt's text (`rt::rawtext`): its bytes as they are.
    let msg = crate::rt::rawtext::bytes(text.strip_suffix('\n').unwrap_or(text)).into_owned();
    let time = timefmt::encode(super::time::now_ns(c) as i128).unwrap_or(0);
    let rec = Record { time, level: 0, msg, attrs: Vec::new(), source: None };
    let mut all = builtins(&h, &rec);
    let n = all.len();
    all.extend(h.attrs.iter().cloned());
    let mut r = Render::new(c, h.kind);
    r.record(&all, n, all.len(), &h.groups);
    let out = crate::rt::rawtext::marked(&r.out).into_owned();
    super::log::write(c, h.w, &out)
}

/// slog.Default(): the Logger SetDefault set, else one over the default handler.
fn default_logger(c: &mut Call) -> Result<Value, Fault> {
    if let Some(v) = c.global(DEFAULT_KEY) {
        return Ok(v);
    }
    c.alloc(Obj::Struct(vec![Value::ZERO]))
}

/// The Logger's handler field (see the module comment).
fn logger_handler(c: &Call, l: Value) -> Result<Value, Fault> {
    if l.h == 0 {
        return Err(Fault::Panic(NIL_DEREF.into()));
    }
    Ok(super::json_encode::parts(c, l.h).first().copied().unwrap_or_default())
}

fn handler_object(c: &Call, l: Value) -> Result<Handler, Fault> {
    handler_fields(c, logger_handler(c, l)?)
}

/// The state of handler object `h` (a handle of no object: the plain default handler).
fn handler_fields(c: &Call, h: Value) -> Result<Handler, Fault> {
    let f = super::json_encode::parts(c, h.h);
    if f.is_empty() {
        return Ok(Handler {
            kind: DEFAULT,
            w: Value::ZERO,
            add_source: false,
            level: Value::ZERO,
            replace: Value::ZERO,
            attrs: Vec::new(),
            groups: Vec::new(),
        });
    }
    let attrs = super::call::elems(c.rt, f[5]);
    let depths = super::call::elems(c.rt, f[6]);
    Ok(Handler {
        kind: f[0].as_int(),
        w: f[1],
        add_source: f[2].as_bool(),
        level: f[3],
        replace: f[4],
        attrs: attrs
            .iter()
            .zip(depths)
            .map(|(a, d)| (attr_of(c, *a), d.as_int() as usize))
            .collect(),
        groups: super::call::elems(c.rt, f[7])
            .iter()
            .map(|g| c.rt.heap.bytes(*g).to_vec())
            .collect(),
    })
}

/// Logger.With (args from argument `first`) or WithGroup (`group`): a new Logger whose
/// handler object has the attributes or the group added.
fn with(c: &mut Call, l: Value, first: usize, group: Option<Vec<u8>>) -> Result<(), Fault> {
    let mut h = handler_object(c, l)?;
    let old = logger_handler(c, l)?;
    match group {
        Some(g) if g.is_empty() => {
            c.ret(l);
            return Ok(());
        }
        Some(g) => h.groups.push(g),
        None => {
            let attrs = args_to_attrs(c, &c.elems(first));
            if attrs.is_empty() {
                c.ret(l);
                return Ok(());
            }
            let depth = h.groups.len();
            h.attrs.extend(attrs.into_iter().map(|a| (a, depth)));
        }
    }
    let mut attrs = Vec::with_capacity(h.attrs.len());
    for (a, _) in &h.attrs {
        attrs.push(go_attr(c, a)?);
    }
    let attrs = c.new_slice(attrs)?;
    let depths = c.new_slice(h.attrs.iter().map(|(_, d)| Value::int(*d as i64)).collect())?;
    let groups = byte_strings(c, &h.groups)?;
    let fields = vec![
        Value::int(h.kind),
        h.w,
        Value::bool(h.add_source),
        h.level,
        h.replace,
        attrs,
        depths,
        groups,
    ];
    let obj = c.alloc(Obj::Struct(fields))?;
    // The default handler's object has no type (see the module comment).
    let hv = Value { t: old.t, ..obj };
    let nl = c.alloc(Obj::Struct(vec![hv]))?;
    c.ret(nl);
    Ok(())
}

/// Whether the handler logs records of level `l`: its Leveler's level (INFO without one).
fn enabled(c: &Call, h: &Handler, l: i64) -> Result<bool, Fault> {
    let min = match c.rt.prog.type_name(h.level.t) {
        "" => 0,
        "slog.Level" => h.level.as_int(),
        "*slog.LevelVar" => {
            super::json_encode::parts(c, h.level.h).first().map_or(0, |v| v.as_int())
        }
        other => return Err(not_supported(&format!("a slog.Leveler of your own ({other})"))),
    };
    Ok(l >= min)
}

/// A logging function or method: Debug/Info/Warn/Error (`level` given) or Log (the level
/// is an argument), with a context argument first when `ctx`.
fn log_call(c: &mut Call, level: Option<i64>, ctx: bool) -> Result<(), Fault> {
    let logger = if c.method { c.arg(0) } else { default_logger(c)? };
    let mut i = usize::from(c.method) + usize::from(ctx);
    let level = match level {
        Some(l) => l,
        None => {
            i += 1;
            c.int(i - 1)
        }
    };
    let h = handler_object(c, logger)?;
    if !enabled(c, &h, level)? {
        return Ok(());
    }
    let msg = c.bytes(i).to_vec();
    let attrs = args_to_attrs(c, &c.elems(i + 1));
    let now = timefmt::encode(super::time::now_ns(c) as i128).unwrap_or(0);
    let source = match (h.add_source, h.kind) {
        (false, _) => None,
        (true, JSON) => return Err(not_supported("AddSource with slog's JSON handler")),
        (true, _) => Some(format!("{}:{}", c.rt.prog.file, c.m.line).into_bytes()),
    };
    let rec = Record { time: now, level, msg, attrs, source };
    c.task(move |ctx| async move {
        keep_values(&ctx, &h, &rec);
        let text = render_record(&ctx, &h, rec).await;
        write_line(&ctx, &h, text).await;
        Ok(vec![])
    });
    Ok(())
}

struct Record {
    time: i64,
    level: i64,
    msg: Vec<u8>,
    attrs: Vec<SAttr>,
    /// file:line of the call, when the handler adds the source.
    source: Option<Vec<u8>>,
}

/// Keeps the Go values a suspended call holds alive.
fn keep_values(ctx: &Ctx, h: &Handler, rec: &Record) {
    for v in [h.w, h.level, h.replace] {
        ctx.keep(v);
    }
    h.attrs.iter().for_each(|(a, _)| keep_attr(ctx, a));
    rec.attrs.iter().for_each(|a| keep_attr(ctx, a));
}

fn keep_attr(ctx: &Ctx, a: &SAttr) {
    match &a.val {
        SVal::Any(v) => ctx.keep(*v),
        SVal::Group(g) => g.iter().for_each(|a| keep_attr(ctx, a)),
        _ => {}
    }
}

/// The attributes of a record in output order, each with the groups it is in: the
/// built-in ones (none for the default handler, which writes its level and message
/// itself), the With attributes, then the record's.
type Placed = Vec<(SAttr, usize)>;

/// The built-in attributes of a record (none for the default handler, which writes its
/// level and message itself).
fn builtins(h: &Handler, rec: &Record) -> Placed {
    let mut all: Placed = Vec::new();
    if h.kind != DEFAULT {
        all.push((SAttr { key: b"time".to_vec(), val: SVal::Time(rec.time) }, 0));
        all.push((SAttr { key: b"level".to_vec(), val: SVal::Level(rec.level) }, 0));
        if let Some(src) = rec.source.clone() {
            all.push((SAttr { key: b"source".to_vec(), val: SVal::Str(src) }, 0));
        }
        all.push((SAttr { key: b"msg".to_vec(), val: SVal::Str(rec.msg.clone()) }, 0));
    }
    all
}

async fn render_record(ctx: &Ctx, h: &Handler, rec: Record) -> Vec<u8> {
    let mut all = builtins(h, &rec);
    let builtins = all.len();
    all.extend(h.attrs.iter().cloned());
    let with_end = all.len();
    let depth = h.groups.len();
    all.extend(rec.attrs.into_iter().map(|a| (a, depth)));
    for (i, (a, d)) in all.iter_mut().enumerate() {
        let groups = if i < builtins { Vec::new() } else { h.groups[..*d].to_vec() };
        if h.replace.h != 0 || h.replace.w != 0 {
            *a = replace(ctx, h.replace, a.clone(), groups).await;
        }
        call_methods(ctx, &mut a.val, h.kind == JSON).await;
    }
    let (kind, groups, msg, level) = (h.kind, h.groups.clone(), rec.msg, rec.level);
    let out = ctx
        .native(move |c| {
            let mut r = Render::new(c, kind);
            if kind == DEFAULT {
                r.out.extend_from_slice(level_name(level).as_bytes());
                r.out.push(b' ');
                r.out.extend_from_slice(&msg);
                r.sep = b" ";
            }
            r.record(&all, builtins, with_end, &groups);
            Ok(r.out.iter().map(|&b| Value::int(b as i64)).collect())
        })
        .await;
    out.iter().map(|v| v.w as u8).collect()
}

/// ReplaceAttr over an attribute that is not a group, and over each member of a group.
fn replace<'a>(
    ctx: &'a Ctx,
    f: Value,
    a: SAttr,
    groups: Vec<Vec<u8>>,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = SAttr> + Send + 'a>> {
    Box::pin(async move {
        if let SVal::Group(members) = a.val {
            let mut inner = groups.clone();
            if !a.key.is_empty() {
                inner.push(a.key.clone());
            }
            let mut out = Vec::with_capacity(members.len());
            for m in members {
                out.push(replace(ctx, f, m, inner.clone()).await);
            }
            return SAttr { key: a.key, val: SVal::Group(out) };
        }
        let args = ctx
            .native(move |c| {
                let gs = if groups.is_empty() { Value::ZERO } else { byte_strings(c, &groups)? };
                Ok(vec![gs, go_attr(c, &a)?])
            })
            .await;
        let r = ctx.call(f, &args, 1).await[0];
        ctx.keep(r);
        let got = ctx_attr(ctx, r).await;
        keep_attr(ctx, &got);
        got
    })
}

/// A []string of group names, their bytes as they are.
fn byte_strings(c: &mut Call, items: &[Vec<u8>]) -> Result<Value, Fault> {
    let mut elems = Vec::with_capacity(items.len());
    for g in items {
        elems.push(c.new_bytes(g)?);
    }
    c.new_slice(elems)
}

/// The SAttr of a Go Attr object (read in a native step).
async fn ctx_attr(ctx: &Ctx, a: Value) -> SAttr {
    let holder = Arc::new(Mutex::new(None));
    let h2 = holder.clone();
    ctx.native(move |c| {
        *lock(&h2) = Some(attr_of(c, a));
        Ok(vec![])
    })
    .await;
    let got = lock(&holder).take();
    got.unwrap_or(SAttr { key: Vec::new(), val: SVal::Any(Value::ZERO) })
}

/// Calls the Error method (any handler) or String method (text handlers) of an `Any`
/// value of the program's, as Go's handlers format such values.
fn call_methods<'a>(
    ctx: &'a Ctx,
    v: &'a mut SVal,
    json: bool,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + 'a>> {
    Box::pin(async move {
        match v {
            SVal::Group(g) => {
                for a in g.iter_mut() {
                    call_methods(ctx, &mut a.val, json).await;
                }
            }
            SVal::Any(x) if x.t != 0 => {
                let x = *x;
                let which = ctx
                    .native(move |c| {
                        let p = &c.rt.prog;
                        Ok(vec![Value::int(if has_method(p, x.t, "Error") {
                            1
                        } else if !json && has_method(p, x.t, "String") {
                            2
                        } else {
                            0
                        })])
                    })
                    .await[0]
                    .as_int();
                let name = match which {
                    1 => "Error",
                    2 => "String",
                    _ => return,
                };
                let s = ctx.method(x, name, &[], 1).await[0];
                ctx.keep(s);
                let b = ctx
                    .native(move |c| {
                        Ok(c.rt.heap.bytes(s).iter().map(|&b| Value::int(b as i64)).collect())
                    })
                    .await;
                *v = SVal::Called(b.iter().map(|x| x.w as u8).collect());
            }
            _ => {}
        }
    })
}

/// Whether type `t` has a method `name` taking no arguments.
fn has_method(prog: &Program, t: u32, name: &str) -> bool {
    prog.types.get(t as usize).is_some_and(|d| {
        d.methods.iter().any(|(sel, _)| {
            prog.selectors
                .get(*sel as usize)
                .is_some_and(|s| s.strip_prefix(name).is_some_and(|r| r.starts_with("()")))
        })
    })
}

/// Writes a rendered line: to the handler's writer, or for the default handler through
/// package log's standard logger (its prefix, flags and output).
async fn write_line(ctx: &Ctx, h: &Handler, text: Vec<u8>) {
    let (kind, w) = (h.kind, h.w);
    let out = ctx
        .native(move |c| {
            let (w, bytes) = if kind == DEFAULT {
                let msg = crate::rt::rawtext::marked(&text).into_owned();
                let Some((w, line)) = super::log::std_line(c, &msg) else { return Ok(vec![]) };
                if w.t == HANDLER_WRITER {
                    handle_log_line(c, w, &line)?;
                    return Ok(vec![]);
                }
                (w, crate::rt::rawtext::bytes(&line).into_owned())
            } else {
                (w, text.clone())
            };
            let buf = super::crypto::new_byte_slice(c, &bytes)?;
            Ok(vec![w, buf, Value::int(bytes.len() as i64)])
        })
        .await;
    if let [w, buf, n] = out[..] {
        ctx.keep(buf);
        super::io::write_all(ctx, w, buf, n.as_int() as usize).await;
    }
}

// ---- rendering

/// Go's handleState: the line being written, the separator before the next key, and the
/// open groups' prefix (text handler).
struct Render<'c, 'a> {
    c: &'c Call<'a>,
    json: bool,
    out: Vec<u8>,
    sep: &'static [u8],
    prefix: Vec<u8>,
}

impl<'c, 'a> Render<'c, 'a> {
    fn new(c: &'c Call<'a>, kind: i64) -> Self {
        let json = kind == JSON;
        Render {
            c,
            json,
            out: if json { b"{".to_vec() } else { Vec::new() },
            sep: b"",
            prefix: Vec::new(),
        }
    }

    /// The built-in attributes, then the With attributes (opening their groups as they
    /// come), then the record's in all the handler's groups (opened only if one of them is
    /// written); JSON closes every open group and the object.
    fn record(&mut self, all: &Placed, builtins: usize, with_end: usize, groups: &[Vec<u8>]) {
        for (a, _) in &all[..builtins] {
            self.attr(a);
        }
        let mut open = 0;
        for (a, d) in &all[builtins..with_end] {
            self.open_groups(&mut open, *d, groups);
            self.attr(a);
        }
        if with_end < all.len() {
            // The record's attributes open the remaining groups only if one is written.
            let mark = (self.out.len(), self.sep, self.prefix.len(), open);
            self.open_groups(&mut open, groups.len(), groups);
            let mut any = false;
            for (a, _) in &all[with_end..] {
                any |= self.attr(a);
            }
            if !any {
                (self.out.truncate(mark.0), self.sep = mark.1, self.prefix.truncate(mark.2));
                open = mark.3;
            }
        }
        if self.json {
            for _ in 0..open {
                self.out.push(b'}');
            }
            self.out.push(b'}');
        }
        self.out.push(b'\n');
    }

    fn open_groups(&mut self, open: &mut usize, to: usize, groups: &[Vec<u8>]) {
        while *open < to {
            self.open_group(&groups[*open]);
            *open += 1;
        }
    }

    fn open_group(&mut self, name: &[u8]) {
        if self.json {
            self.key(name);
            self.out.push(b'{');
            self.sep = b"";
        } else {
            self.prefix.extend_from_slice(name);
            self.prefix.push(b'.');
        }
    }

    /// Go's appendAttr: false when nothing was written.
    fn attr(&mut self, a: &SAttr) -> bool {
        if a.is_empty() {
            return false;
        }
        let SVal::Group(members) = &a.val else {
            self.key(&a.key);
            self.value(&a.val);
            return true;
        };
        if members.is_empty() {
            return false;
        }
        let mark = (self.out.len(), self.sep, self.prefix.len());
        if !a.key.is_empty() {
            self.open_group(&a.key);
        }
        let mut any = false;
        for m in members {
            any |= self.attr(m);
        }
        if !any {
            (self.out.truncate(mark.0), self.sep = mark.1, self.prefix.truncate(mark.2));
            return false;
        }
        if !a.key.is_empty() {
            if self.json {
                self.out.push(b'}');
                self.sep = b",";
            } else {
                self.prefix.truncate(mark.2);
            }
        }
        true
    }

    fn key(&mut self, k: &[u8]) {
        self.out.extend_from_slice(self.sep);
        if self.json {
            super::json_encode::write_string(&mut self.out, k, false);
            self.out.push(b':');
            self.sep = b",";
        } else {
            let full = [&self.prefix[..], k].concat();
            text_string(&mut self.out, &full);
            self.out.push(b'=');
            self.sep = b" ";
        }
    }

    fn value(&mut self, v: &SVal) {
        if self.json {
            json_value(self.c, &mut self.out, v);
        } else {
            let t = text_of(self.c, v);
            match v {
                SVal::Str(_) | SVal::Called(_) | SVal::Any(_) => text_string(&mut self.out, &t),
                _ => self.out.extend(t),
            }
        }
    }
}

/// A value's text as the text handler prints it (before quoting).
fn text_of(c: &Call, v: &SVal) -> Vec<u8> {
    match v {
        SVal::Str(b) | SVal::Called(b) => b.clone(),
        SVal::Int(i) => i.to_string().into_bytes(),
        SVal::Uint(u) => u.to_string().into_bytes(),
        SVal::Float(f) => gofmt::float_g(*f, None).into_bytes(),
        SVal::Bool(b) => b.to_string().into_bytes(),
        SVal::Dur(d) => gofmt::duration(*d).into_bytes(),
        SVal::Time(w) => rfc3339_millis(*w).into_bytes(),
        SVal::Level(l) => level_name(*l).into_bytes(),
        SVal::Any(x) if c.rt.prog.type_name(x.t) == "[]uint8" => {
            let s = super::json_encode::payload(c, *x);
            super::call::elems(c.rt, s).iter().map(|b| b.w as u8).collect()
        }
        // Its String method is a native the program may have no method table entry for.
        SVal::Any(x) if c.rt.prog.type_name(x.t) == "slog.Kind" => {
            kind_name(x.as_int()).into_bytes()
        }
        SVal::Any(x) => gofmt::sprintf(&c.fmt_env(), "%+v", &[*x]).into_bytes(),
        SVal::Group(g) => {
            let items: Vec<String> = g
                .iter()
                .map(|a| {
                    format!(
                        "{}={}",
                        String::from_utf8_lossy(&a.key),
                        String::from_utf8_lossy(&text_of(c, &a.val))
                    )
                })
                .collect();
            format!("[{}]", items.join(" ")).into_bytes()
        }
    }
}

/// The text handler's time: RFC 3339 with exactly three digits of milliseconds.
fn rfc3339_millis(w: i64) -> String {
    let ns = timefmt::decode(w);
    timefmt::format(ns - ns.rem_euclid(1_000_000), "2006-01-02T15:04:05.000Z07:00")
}

/// Go's text handler appendString: quoted (strconv.Quote) when needsQuoting.
fn text_string(out: &mut Vec<u8>, s: &[u8]) {
    if needs_quoting(s) {
        out.extend_from_slice(gofmt::quote_bytes(s, false).as_bytes());
    } else {
        out.extend_from_slice(s);
    }
}

/// Go's needsQuoting: empty, or a space, '=', '"', a control byte, an invalid or
/// unprintable rune.
fn needs_quoting(s: &[u8]) -> bool {
    if s.is_empty() {
        return true;
    }
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b < 0x80 {
            if b == b' ' || b == b'=' || b == b'"' || b < 0x20 {
                return true;
            }
            i += 1;
            continue;
        }
        let (r, n) = super::json_encode::decode_rune(&s[i..]);
        match r {
            Some(r) if !r.is_whitespace() && gofmt::is_print(r) && r != '\u{fffd}' => i += n,
            _ => return true,
        }
    }
    false
}

/// A value as the JSON handler writes it.
fn json_value(c: &Call, out: &mut Vec<u8>, v: &SVal) {
    use super::json_encode::write_string;
    match v {
        SVal::Str(b) | SVal::Called(b) => write_string(out, b, false),
        SVal::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        SVal::Uint(u) => out.extend_from_slice(u.to_string().as_bytes()),
        SVal::Float(f) if f.is_finite() => out.extend(gofmt::float_g(*f, None).into_bytes()),
        SVal::Float(f) => {
            let msg = format!("!ERROR:json: unsupported value: {}", gofmt::float_g(*f, None));
            write_string(out, msg.as_bytes(), false)
        }
        SVal::Bool(b) => out.extend_from_slice(b.to_string().as_bytes()),
        SVal::Dur(d) => out.extend_from_slice(d.to_string().as_bytes()),
        SVal::Time(w) => {
            let s = timefmt::format(timefmt::decode(*w), "2006-01-02T15:04:05.999999999Z07:00");
            write_string(out, s.as_bytes(), false)
        }
        SVal::Level(l) => write_string(out, level_name(*l).as_bytes(), false),
        SVal::Any(x) if x.t == 0 => out.extend_from_slice(b"null"),
        SVal::Any(x) => {
            let mut e = super::json_encode::Enc::new(c, false);
            match e.value(super::json_encode::payload(c, *x), x.t, 0) {
                Ok(()) => out.extend(e.out),
                Err(msg) => write_string(out, format!("!ERROR:{msg}").as_bytes(), false),
            }
        }
        SVal::Group(g) => {
            out.push(b'{');
            let mut r =
                Render { c, json: true, out: std::mem::take(out), sep: b"", prefix: Vec::new() };
            for a in g {
                r.attr(a);
            }
            *out = r.out;
            out.push(b'}');
        }
    }
}
