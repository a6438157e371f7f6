//! The standard library's Go-facing surface: one module per Go package, each a table of
//! members (functions, methods, constants, types) that pairs a member's Go declaration with
//! its implementation.
//!
//! One table serves every stage, so adding a package or a function touches only its module:
//! - the checker (`lang::check`) parses each declaration's Go signature (`sig`, written in
//!   Go syntax, resolved in the package's own scope) when the program first names it;
//! - the code generator emits `Op::CallNative { native: Native::Lib(id) }`, where `id` is the
//!   member's index in `natives()` (every function and method of every package, in order);
//! - the interpreter calls the implementation through `call`, with the arguments in
//!   registers and no knowledge of which package it is running.
//!
//! Implementations read arguments and write results through `Call`, a small accessor API
//! (`str`, `new_str`, `strings`, ...), so a change of the heap's representation of strings
//! or slices stays inside this file. A native runs between two instructions and never
//! re-enters the interpreter; one that calls Go code (sort.Slice's less, strings.Map) is a
//! coroutine whose Go calls are ordinary calls on the goroutine's stack (see task.rs).

pub mod atomic;
mod bits;
pub mod bufio;
pub mod bytes;
pub mod bytesfunc;
pub mod call;
mod chacha8;
pub mod cmp;
pub mod cmplx;
pub mod container;
pub mod context;
pub mod crypto;
pub mod env;
pub mod errors;
pub mod file;
pub mod flag;
pub mod fmt;
pub mod fmtscan;
pub mod gotext;
pub mod heap;
pub mod image;
pub mod io;
pub mod iofs;
pub mod json;
pub mod json_decode;
pub mod json_encode;
pub mod log;
pub mod maps;
pub mod math;
mod mathbessel;
mod mathfn;
mod mathspecial;
pub mod os;
pub mod path;
pub mod rand;
mod randv1;
pub mod reflect;
mod reflect_deep;
pub mod reflect_value;
pub mod regexp;
mod rngsource;
pub mod runtime;
mod signal;
pub mod slices;
pub mod slog;
pub mod sort;
pub mod sorting;
pub mod strbuf;
pub mod strconv;
pub mod strfunc;
pub mod strings;
pub mod sync;
pub mod syncmap;
pub mod task;
pub mod template;
pub mod time;
pub mod unicode;
pub mod url;
pub mod utf8;
pub mod xml;
pub mod xml_decode;

use crate::vm::value::Value;
pub use call::{Call, Fault};
use std::sync::OnceLock;

/// A native implementation: reads its arguments from `Call`, returns its results with
/// `Call::ret`. It must not change anything visible before its last allocation succeeds
/// (an allocation may ask for a collection, after which the call runs again).
pub type Imp = fn(&mut Call) -> Result<(), Fault>;

/// A Go package's members.
pub struct Package {
    pub path: &'static str,
    pub members: &'static [Member],
}

#[derive(Clone, Copy)]
pub struct Member {
    pub name: &'static str,
    pub kind: Kind,
    /// It calls Go code (a func argument, an interface's methods): its implementation may
    /// start a coroutine (`Call::task`, see task.rs), and the compiler follows each call
    /// with the pending call it asks for.
    pub calls_go: bool,
}

#[derive(Clone, Copy)]
pub enum Kind {
    /// A function: its Go signature (`func(s, sep string) []string`) and implementation.
    Func(&'static str, Imp),
    /// A method of a type of this package: `name` is the method's, `recv` the receiver type
    /// (`Duration`, `*Builder`).
    Method(&'static str, &'static str, Imp),
    /// A constant: its type (`untyped int`, `Duration`) and value.
    Const(&'static str, ConstVal),
    /// A package variable that programs read but do not assign (os.Stdout, os.Args): its
    /// type and a native that makes its value at each use.
    Var(&'static str, Imp),
    /// A type: its underlying type in Go syntax, or `cell` for a library type whose values
    /// are handles of a one-value runtime cell, made with the variable (like sync.Mutex).
    Type(&'static str),
}

#[derive(Clone, Copy, Debug)]
pub enum ConstVal {
    Int(i128),
    Float(f64),
    /// An exact fraction num/den: an irrational constant (math.Pi) to some 37 digits, so
    /// that constant expressions such as `math.Pi / 6` round as Go's exact arithmetic does.
    Rat(i128, i128),
    Str(&'static str),
}

/// Shorthands for the tables.
pub const fn func(name: &'static str, sig: &'static str, imp: Imp) -> Member {
    Member { name, kind: Kind::Func(sig, imp), calls_go: false }
}
pub const fn method(recv: &'static str, name: &'static str, sig: &'static str, imp: Imp) -> Member {
    Member { name, kind: Kind::Method(recv, sig, imp), calls_go: false }
}
/// A function that calls Go code (see `Member::calls_go`).
pub const fn func_go(name: &'static str, sig: &'static str, imp: Imp) -> Member {
    Member { name, kind: Kind::Func(sig, imp), calls_go: true }
}
/// A method that calls Go code (see `Member::calls_go`).
pub const fn method_go(
    recv: &'static str,
    name: &'static str,
    sig: &'static str,
    imp: Imp,
) -> Member {
    Member { name, kind: Kind::Method(recv, sig, imp), calls_go: true }
}
pub const fn constant(name: &'static str, ty: &'static str, v: ConstVal) -> Member {
    Member { name, kind: Kind::Const(ty, v), calls_go: false }
}
pub const fn var(name: &'static str, ty: &'static str, get: Imp) -> Member {
    Member { name, kind: Kind::Var(ty, get), calls_go: false }
}
pub const fn type_(name: &'static str, underlying: &'static str) -> Member {
    Member { name, kind: Kind::Type(underlying), calls_go: false }
}

/// Every package gopark implements natively (in part), by import path.
pub const PACKAGES: &[Package] = &[
    Package { path: INTERNAL, members: INTERNAL_MEMBERS },
    Package { path: INTERNAL, members: sync::ONCE_MEMBERS },
    Package { path: INTERNAL, members: sync::COND_INTERNAL },
    Package { path: INTERNAL, members: context::INTERNAL_MEMBERS },
    Package { path: INTERNAL, members: image::INTERNAL_MEMBERS },
    Package { path: INTERNAL, members: strconv::INTERNAL_MEMBERS },
    Package { path: INTERNAL, members: rand::INTERNAL_MEMBERS },
    Package { path: "bufio", members: bufio::SCANNER_MEMBERS },
    Package { path: "bufio", members: bufio::READER_MEMBERS },
    Package { path: "bufio", members: bufio::WRITER_MEMBERS },
    Package { path: "bytes", members: bytes::MEMBERS },
    Package { path: "bytes", members: bytesfunc::MEMBERS },
    Package { path: "cmp", members: cmp::MEMBERS },
    Package { path: "container/heap", members: heap::MEMBERS },
    Package { path: "container/list", members: container::LIST_MEMBERS },
    Package { path: "container/ring", members: container::RING_MEMBERS },
    Package { path: "context", members: context::MEMBERS },
    Package { path: "crypto/md5", members: crypto::MD5_MEMBERS },
    Package { path: "crypto/sha1", members: crypto::SHA1_MEMBERS },
    Package { path: "crypto/sha256", members: crypto::SHA256_MEMBERS },
    Package { path: "crypto/sha256", members: crypto::SHA224_MEMBERS },
    Package { path: "encoding/base64", members: crypto::BASE64_MEMBERS },
    Package { path: "encoding/hex", members: crypto::HEX_MEMBERS },
    Package { path: "encoding/json", members: json::MEMBERS },
    Package { path: "encoding/xml", members: xml::MEMBERS },
    Package { path: "errors", members: errors::MEMBERS },
    Package { path: "errors", members: errors::AS_JOIN_MEMBERS },
    Package { path: "flag", members: flag::MEMBERS },
    Package { path: "flag", members: flag::DEFINE_MEMBERS },
    Package { path: "fmt", members: fmt::MEMBERS },
    Package { path: "hash", members: crypto::HASH_MEMBERS },
    Package { path: "io", members: io::MEMBERS },
    Package { path: "io", members: iofs::IO_MEMBERS },
    Package { path: "io/fs", members: iofs::MEMBERS },
    Package { path: "io/fs", members: iofs::ERROR_VARS },
    Package { path: "log", members: log::MEMBERS },
    Package { path: "log/slog", members: slog::MEMBERS },
    Package { path: "maps", members: maps::MEMBERS },
    Package { path: "math", members: math::MEMBERS },
    Package { path: "math/bits", members: bits::MEMBERS },
    Package { path: "math/cmplx", members: cmplx::MEMBERS },
    Package { path: "math/rand", members: randv1::MEMBERS },
    Package { path: "math/rand/v2", members: rand::MEMBERS_V2 },
    Package { path: "net", members: url::NET_MEMBERS },
    Package { path: "net/url", members: url::URL_MEMBERS },
    Package { path: "os", members: os::MEMBERS },
    Package { path: "os", members: env::MEMBERS },
    Package { path: "os", members: file::MEMBERS },
    Package { path: "os", members: file::FILE_METHODS },
    Package { path: "os", members: iofs::ERROR_VARS },
    Package { path: "os", members: signal::OS_MEMBERS },
    Package { path: "os/signal", members: signal::SIGNAL_MEMBERS },
    Package { path: "path", members: path::PATH_MEMBERS },
    Package { path: "path/filepath", members: path::FILEPATH_MEMBERS },
    Package { path: "path/filepath", members: iofs::FILEPATH_MEMBERS },
    Package { path: "reflect", members: reflect::MEMBERS },
    Package { path: "reflect", members: reflect_value::MEMBERS },
    Package { path: "reflect", members: reflect_deep::MEMBERS },
    Package { path: "regexp", members: regexp::MEMBERS },
    Package { path: "runtime", members: runtime::MEMBERS },
    Package { path: "runtime/debug", members: runtime::DEBUG_MEMBERS },
    Package { path: "slices", members: slices::MEMBERS },
    Package { path: "sort", members: sort::MEMBERS },
    Package { path: "strconv", members: strconv::MEMBERS },
    Package { path: "strings", members: strings::MEMBERS },
    Package { path: "strings", members: strfunc::MEMBERS },
    Package { path: "sync", members: sync::MEMBERS },
    Package { path: "sync", members: sync::COND_MEMBERS },
    Package { path: "sync", members: syncmap::MEMBERS },
    Package { path: "sync/atomic", members: atomic::MEMBERS },
    Package { path: "syscall", members: signal::SYSCALL_MEMBERS },
    Package { path: "text/template", members: template::MEMBERS },
    Package { path: "time", members: time::MEMBERS },
    Package { path: "unicode", members: unicode::MEMBERS },
    Package { path: "unicode/utf8", members: utf8::MEMBERS },
];

/// For each interface type a native may return, the dynamic type of the values the library
/// puts in it: the code generator registers these for every call that returns the
/// interface, and the native finds the type id by name (`Call::type_id`).
pub const DYNAMIC_TYPES: &[(&str, &str)] = &[
    ("error", call::ERROR_STRING),
    ("error", fmt::WRAP_ERROR),
    ("error", fmt::WRAP_ERRORS),
    ("error", errors::JOIN_ERROR),
    ("error", file::PATH_ERROR),
    ("fs.FileInfo", file::FILE_INFO),
    ("fs.DirEntry", file::DIR_ENTRY),
    ("rand.Source", "*rand.rngSource"),
    ("reflect.Type", reflect::RTYPE),
    ("sync.Locker", sync::RLOCKER),
    ("context.Context", context::CTX_TYPE),
    ("os.Signal", signal::SIGNAL_TYPE),
    ("error", context::DEADLINE_TYPE),
    // FlagSet.Output's standard error.
    ("io.Writer", "*os.File"),
    // What fmt passes to Format methods (registered with them).
    ("fmt.State", crate::rt::methods::STATE_TYPE),
];

/// Helpers the code generator calls; no import path reaches them (an import path is never
/// empty).
pub const INTERNAL: &str = "";

const INTERNAL_MEMBERS: &[Member] = &[
    func("ifaceIsNil", "func(x any) bool", |c| {
        // A nil interface value has no dynamic type.
        c.ret_bool(c.arg(0).t == 0);
        Ok(())
    }),
    // The Error method of the library's error types (see DYNAMIC_TYPES): the receiver
    // (its type word cleared by the interface call) and its type id.
    func("libErrorText", "func(e any, t int) string", |c| {
        let e = Value { t: c.int(1) as u32, ..c.arg(0) };
        if let Some(m) = crate::rt::fmt::lib_error_message(&c.fmt_env(), e) {
            c.ret(m);
            return Ok(());
        }
        let text = crate::rt::fmt::lib_string(&c.fmt_env(), e).unwrap_or_default();
        c.ret_str(&text)
    }),
];

/// One callable member: its package, the member, and its implementation.
pub struct Native {
    pub path: &'static str,
    pub member: &'static Member,
    pub imp: Imp,
    /// It formats values (fmt's Print, Sprint, Fprint families and Errorf), so it may need
    /// the program's String and Error methods called (see `may_call_go`).
    pub formats: bool,
}

/// Every function and method of every package; a member's index here is its native id.
pub fn natives() -> &'static [Native] {
    static ALL: OnceLock<Vec<Native>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = Vec::new();
        for p in PACKAGES {
            for m in p.members {
                if let Kind::Func(_, imp) | Kind::Method(_, _, imp) | Kind::Var(_, imp) = m.kind {
                    let formats = (p.path == "fmt"
                        && (m.name.to_ascii_lowercase().contains("print") || m.name == "Errorf"))
                        || (p.path == "errors" && m.name == "Join")
                        || (p.path == "log"
                            && ["Print", "Fatal", "Panic"].iter().any(|k| m.name.starts_with(k)));
                    all.push(Native { path: p.path, member: m, imp, formats });
                }
            }
        }
        assert!(all.len() <= u16::MAX as usize, "too many natives for a u16 id");
        all
    })
}

/// Whether native `id` may need Go code run: it formats values (the program's String and
/// Error methods, see interp/callback.rs) or calls Go functions (`Member::calls_go`, see
/// task.rs). The compiler reserves registers for the pending call.
pub fn may_call_go(id: u16) -> bool {
    natives().get(id as usize).is_some_and(|n| n.formats || n.member.calls_go)
}

/// Whether native `id` calls Go functions as a coroutine (`Member::calls_go`).
pub fn calls_go(id: u16) -> bool {
    natives().get(id as usize).is_some_and(|n| n.member.calls_go)
}

/// The registers a call of a native that calls Go code keeps after its arguments (or
/// results, whichever are more): the function to call, then its arguments and results.
pub const GO_CALL_REGS: u16 = 6;

/// The package-level member `path.name` (not a method), with its native id for functions.
pub fn member(path: &str, name: &str) -> Option<(&'static Member, Option<u16>)> {
    let m = PACKAGES
        .iter()
        .filter(|p| p.path == path)
        .flat_map(|p| p.members.iter())
        .find(|m| m.name == name && !matches!(m.kind, Kind::Method(..)))?;
    Some((m, native_id(path, name)))
}

/// The native id of internal helper `name` (see `INTERNAL`).
pub fn internal(name: &str) -> Option<u16> {
    member(INTERNAL, name).and_then(|(_, id)| id)
}

/// The methods declared on type `ty` of package `path`: (member, native id).
pub fn methods(path: &str, ty: &str) -> Vec<(&'static Member, u16)> {
    natives()
        .iter()
        .enumerate()
        .filter(|(_, n)| n.path == path)
        .filter(|(_, n)| {
            matches!(n.member.kind, Kind::Method(recv, ..) if recv.trim_start_matches('*') == ty)
        })
        .map(|(i, n)| (n.member, i as u16))
        .collect()
}

/// The native id of package-level member `path.name`. Found by name, not by address: the
/// tables are constants, and a constant's data may be copied into each codegen unit that
/// uses it, so two references to one member need not be equal (a release build refused every
/// library function after an unrelated change moved code between units).
fn native_id(path: &str, name: &str) -> Option<u16> {
    natives()
        .iter()
        .position(|n| {
            n.path == path && n.member.name == name && !matches!(n.member.kind, Kind::Method(..))
        })
        .map(|i| i as u16)
}

/// Whether a type printed as `name` ("atomic.Int64", "strings.Builder") is a library cell
/// type (`Kind::Type("cell")`): its values are handles of a cell made with the variable, also
/// as a struct field.
pub fn is_cell_type(name: &str) -> bool {
    let Some((pkg, ty)) = name.split_once('.') else { return false };
    PACKAGES
        .iter()
        .filter(|p| p.path.rsplit('/').next() == Some(pkg))
        .any(|p| p.members.iter().any(|m| m.name == ty && matches!(m.kind, Kind::Type("cell"))))
}

/// Whether native `id` is a generic function (`func[E cmp.Ordered](x []E)`): calls pass
/// the type id of its first parameter's type as one more, last, argument.
pub fn is_generic(id: u16) -> bool {
    natives()
        .get(id as usize)
        .is_some_and(|n| matches!(n.member.kind, Kind::Func(sig, _) if sig.starts_with("func[")))
}

/// Whether native `id` is errors.As, whose calls pass one more, last, argument: the type
/// id of the type its target argument points to (its static type, before the conversion
/// to `any`), or 0 when target is not a pointer, or -1 when it points to a type that is
/// neither an interface nor implements error.
pub fn takes_pointee_type(id: u16) -> bool {
    natives().get(id as usize).is_some_and(|n| n.path == "errors" && n.member.name == "As")
}

/// Go's name for native `id` ("strings.Split", "time.Duration.String"), for messages.
pub fn name(id: u16) -> String {
    match natives().get(id as usize) {
        Some(n) => match n.member.kind {
            Kind::Method(recv, ..) => format!("{}.{}.{}", n.path, recv, n.member.name),
            _ => format!("{}.{}", n.path, n.member.name),
        },
        None => format!("native #{id}"),
    }
}
