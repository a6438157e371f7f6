//! Go types, after go/types: basic types (including the untyped constant kinds), named
//! types, and the type constructors this slice of Go supports (pointers, channels,
//! functions, interfaces, tuples).
//!
//! Types are values (`Type` is cheap to clone: constructors hold `Rc`s). Identity is
//! `identical`, not `==`: `byte` and `uint8` are distinct `BasicKind`s (so that messages can
//! say "byte") but identical types, and named types are identical only to themselves
//! (compared by their unique id).

use super::ast::ChanDir;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    /// Aliases, kept apart only for printing.
    Byte,
    Rune,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            Byte => "byte",
            Rune => "rune",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    /// The kind with aliases resolved (byte -> uint8, rune -> int32).
    pub fn canonical(self) -> BasicKind {
        match self {
            BasicKind::Byte => BasicKind::Uint8,
            BasicKind::Rune => BasicKind::Int32,
            k => k,
        }
    }

    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self.canonical(),
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self.canonical(), Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(self, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        matches!(self, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    pub fn is_const_type(self) -> bool {
        self.is_numeric() || self.is_string() || self.is_boolean()
    }
    /// Size in bits of an integer kind (int and uint are 64 bits, as on our VM).
    pub fn int_bits(self) -> u8 {
        use BasicKind::*;
        match self.canonical() {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 => 32,
            _ => 64,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Signature {
    pub params: Vec<Type>,
    pub results: Vec<Type>,
    /// The last parameter is `...T` (its type is recorded as T's slice in Go; we record T).
    pub variadic: bool,
    /// Parameter and result names, for messages (go/types prints `func(x int)`); empty
    /// when the parameters are unnamed. Not part of the type's identity.
    pub param_names: Vec<String>,
    pub result_names: Vec<String>,
}

/// A method of a named type.
#[derive(Clone, Debug)]
pub struct Method {
    pub name: String,
    pub sig: Rc<Signature>,
    /// Declared on the pointer receiver.
    pub ptr_recv: bool,
    pub builtin: Option<BuiltinMethod>,
}

/// Methods of library types that the code generator maps to instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinMethod {
    WgAdd,
    WgDone,
    WgWait,
    /// wg.Go(f) (Go 1.25, in Go by Example's programs today): Add(1), then f in a new
    /// goroutine that calls Done when f returns.
    WgGo,
    /// sync.Mutex, compiled as a one-slot channel until the runtime has mutex
    /// instructions: Lock sends a token, Unlock takes it back.
    MutexLock,
    MutexUnlock,
    /// A method of the library table (`crate::library`): its native id. The receiver is
    /// argument 0.
    Lib(u16),
}

#[derive(Debug)]
pub struct Named {
    pub id: u32,
    /// The package path ("time", "sync", "main"); None for predeclared types (error).
    pub pkg: Option<String>,
    pub name: String,
    pub underlying: RefCell<Type>,
    pub methods: RefCell<Vec<Method>>,
    /// An instance of a generic type (`List[int]`): the generic type's object (a checker
    /// `ObjId`) and the type arguments, printed after the name.
    pub origin: Option<(u32, Vec<Type>)>,
}

#[derive(Clone, Debug, Default)]
pub struct InterfaceType {
    /// The methods written in the interface itself, sorted like `all_methods` (go/types
    /// prints them so, before the embedded interfaces).
    pub methods: Vec<(String, Rc<Signature>)>,
    /// Embedded interfaces, in source order.
    pub embeddeds: Vec<Type>,
    /// The method set: explicit and embedded methods, sorted as go/types sorts a type
    /// set's methods (exported before unexported, then by name), which decides the method
    /// an "implements" error names. Identity compares these.
    pub all_methods: Vec<(String, Rc<Signature>)>,
    /// Spelled `any` (printed so by go/types); not part of the type's identity.
    pub is_any: bool,
    /// A constraint's union (`~int | string`): the types it admits, each with whether it
    /// admits every type of that underlying type (`~`). None admits any type.
    pub terms: Option<Rc<Vec<(bool, Type)>>>,
    /// The constraint is (or embeds) `comparable`.
    pub comparable: bool,
}

impl InterfaceType {
    /// The interface with these explicit methods and embedded interfaces; a method that
    /// appears twice is kept once (the checker reports duplicates with different
    /// signatures).
    pub fn new(mut methods: Vec<(String, Rc<Signature>)>, embeddeds: Vec<Type>) -> InterfaceType {
        // go/types sorts the explicit methods too (and prints them so).
        methods.sort_by(|a, b| method_order(&a.0).cmp(&method_order(&b.0)));
        let mut all: Vec<(String, Rc<Signature>)> = methods.clone();
        for e in &embeddeds {
            if let Type::Interface(it) = e.underlying() {
                all.extend(it.all_methods.iter().cloned());
            }
        }
        all.sort_by(|a, b| method_order(&a.0).cmp(&method_order(&b.0)));
        all.dedup_by(|a, b| a.0 == b.0);
        // Embedded constraints restrict the type set: their unions intersect.
        let mut terms: Option<Rc<Vec<(bool, Type)>>> = None;
        let mut comparable = false;
        for e in &embeddeds {
            if let Type::Interface(it) = e.underlying() {
                comparable |= it.comparable;
                if let Some(t) = &it.terms {
                    terms = Some(match terms {
                        None => t.clone(),
                        Some(prev) => Rc::new(intersect_terms(&prev, t)),
                    });
                }
            }
        }
        InterfaceType { methods, embeddeds, all_methods: all, is_any: false, terms, comparable }
    }

    /// The method called `name` in the method set.
    pub fn method(&self, name: &str) -> Option<&Rc<Signature>> {
        self.all_methods.iter().find(|(n, _)| n == name).map(|(_, s)| s)
    }
}

/// The terms of `a` that `b` admits too (a `~T` term in both stays `~T`).
pub fn intersect_terms(a: &[(bool, Type)], b: &[(bool, Type)]) -> Vec<(bool, Type)> {
    let mut out = Vec::new();
    for (ta, x) in a {
        for (tb, y) in b {
            // ~X admits the types whose underlying type is X (X is one itself).
            let term = match (ta, tb) {
                (true, true) => identical(x, y).then(|| (true, x.clone())),
                (true, false) => identical(x, &y.underlying()).then(|| (false, y.clone())),
                (false, true) => identical(&x.underlying(), y).then(|| (false, x.clone())),
                (false, false) => identical(x, y).then(|| (false, x.clone())),
            };
            out.extend(term);
        }
    }
    out
}

/// A union's terms as go/types prints them: `~int | string`.
pub fn terms_string(terms: &[(bool, Type)]) -> String {
    let list: Vec<String> = terms
        .iter()
        .map(|(tilde, t)| format!("{}{}", if *tilde { "~" } else { "" }, type_string(t)))
        .collect();
    list.join(" | ")
}

/// go/types' order of a type set's methods: exported names first, then by name.
fn method_order(name: &str) -> (bool, &str) {
    (!is_exported(name), name)
}

/// Whether a name is exported (starts with an upper-case letter).
pub fn is_exported(name: &str) -> bool {
    name.chars().next().map(|c| c.is_uppercase()).unwrap_or(false)
}

/// A field of a struct type.
#[derive(Clone, Debug)]
pub struct StructField {
    pub name: String,
    pub ty: Type,
    /// Declared by its type alone (`struct{ T }`): its name is the type's name and its
    /// fields and methods are promoted.
    pub embedded: bool,
    /// Its tag's value (`json:"name,omitempty"`), "" for none: encoding/json reads it.
    pub tag: String,
}

#[derive(Clone, Debug, Default)]
pub struct StructType {
    pub fields: Vec<StructField>,
}

#[derive(Clone, Debug)]
pub enum Type {
    Invalid,
    Basic(BasicKind),
    Pointer(Rc<Type>),
    Chan(ChanDir, Rc<Type>),
    /// []T.
    Slice(Rc<Type>),
    /// [N]T: a value (copied on assignment), its length part of the type.
    Array(u64, Rc<Type>),
    /// map[K]V.
    Map(Rc<Type>, Rc<Type>),
    /// struct{ ... }.
    Struct(Rc<StructType>),
    Func(Rc<Signature>),
    Interface(Rc<InterfaceType>),
    Named(Rc<Named>),
    /// The results of a call with several results.
    Tuple(Rc<Vec<Type>>),
    /// A library type with no Go-visible structure (the underlying type of sync.WaitGroup).
    Opaque(&'static str),
}

/// The underlying type of a library type whose values are handles of a one-value runtime
/// cell made with the variable (strings.Builder): printed like the other opaque library
/// structs, but told apart so that the code generator makes the cell.
pub const CELL: &str = "struct{..}";

impl Type {
    /// time.Time.
    pub fn is_time(&self) -> bool {
        matches!(self, Type::Named(n) if n.pkg.as_deref() == Some("time") && n.name == "Time")
    }
    /// A library cell type (see `CELL`).
    pub fn is_lib_cell(&self) -> bool {
        matches!(self, Type::Named(_)) && matches!(self.underlying(), Type::Opaque(CELL))
    }
    pub fn basic(k: BasicKind) -> Type {
        Type::Basic(k)
    }
    pub fn int() -> Type {
        Type::Basic(BasicKind::Int)
    }
    pub fn bool() -> Type {
        Type::Basic(BasicKind::Bool)
    }
    pub fn string() -> Type {
        Type::Basic(BasicKind::String)
    }
    pub fn float64() -> Type {
        Type::Basic(BasicKind::Float64)
    }
    pub fn empty_interface() -> Type {
        Type::Interface(Rc::new(InterfaceType::default()))
    }
    pub fn tuple(v: Vec<Type>) -> Type {
        Type::Tuple(Rc::new(v))
    }

    pub fn is_valid(&self) -> bool {
        !matches!(self, Type::Invalid)
    }

    /// The underlying type (named types resolved).
    pub fn underlying(&self) -> Type {
        match self {
            Type::Named(n) => n.underlying.borrow().clone(),
            t => t.clone(),
        }
    }

    pub fn basic_kind(&self) -> Option<BasicKind> {
        match self.underlying() {
            Type::Basic(k) => Some(k),
            _ => None,
        }
    }

    fn basic_pred(&self, f: fn(BasicKind) -> bool) -> bool {
        self.basic_kind().map(f).unwrap_or(false)
    }
    pub fn is_integer(&self) -> bool {
        self.basic_pred(BasicKind::is_integer)
    }
    pub fn is_unsigned(&self) -> bool {
        self.basic_pred(BasicKind::is_unsigned)
    }
    pub fn is_float(&self) -> bool {
        self.basic_pred(BasicKind::is_float)
    }
    pub fn is_numeric(&self) -> bool {
        self.basic_pred(BasicKind::is_numeric)
    }
    pub fn is_string(&self) -> bool {
        self.basic_pred(BasicKind::is_string)
    }
    pub fn is_boolean(&self) -> bool {
        self.basic_pred(BasicKind::is_boolean)
    }
    pub fn is_ordered(&self) -> bool {
        self.basic_pred(BasicKind::is_ordered)
    }
    pub fn is_const_type(&self) -> bool {
        self.basic_pred(BasicKind::is_const_type)
    }
    pub fn is_untyped(&self) -> bool {
        matches!(self, Type::Basic(k) if k.is_untyped())
    }
    pub fn is_untyped_nil(&self) -> bool {
        matches!(self, Type::Basic(BasicKind::UntypedNil))
    }
    pub fn is_interface(&self) -> bool {
        matches!(self.underlying(), Type::Interface(_))
    }
    pub fn is_named(&self) -> bool {
        matches!(self, Type::Named(_))
    }

    /// Whether values of this type are heap handles compared by identity (`EqRef`).
    pub fn has_nil(&self) -> bool {
        matches!(
            self.underlying(),
            Type::Pointer(_)
                | Type::Chan(..)
                | Type::Slice(_)
                | Type::Map(..)
                | Type::Func(_)
                | Type::Interface(_)
                | Type::Basic(BasicKind::UnsafePointer)
        )
    }

    /// The type an untyped constant of this kind gets when it needs one (go/types Default).
    pub fn default_type(&self) -> Type {
        match self {
            Type::Basic(k) => Type::Basic(match k {
                BasicKind::UntypedBool => BasicKind::Bool,
                BasicKind::UntypedInt => BasicKind::Int,
                BasicKind::UntypedRune => BasicKind::Rune,
                BasicKind::UntypedFloat => BasicKind::Float64,
                BasicKind::UntypedComplex => BasicKind::Complex128,
                BasicKind::UntypedString => BasicKind::String,
                k => *k,
            }),
            t => t.clone(),
        }
    }

    /// The signature of a function type.
    pub fn signature(&self) -> Option<Rc<Signature>> {
        match self.underlying() {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }
}

/// Type identity (go/types Identical).
pub fn identical(x: &Type, y: &Type) -> bool {
    match (x, y) {
        (Type::Invalid, Type::Invalid) => true,
        (Type::Basic(a), Type::Basic(b)) => a.canonical() == b.canonical(),
        (Type::Pointer(a), Type::Pointer(b)) => identical(a, b),
        (Type::Chan(d1, a), Type::Chan(d2, b)) => d1 == d2 && identical(a, b),
        (Type::Slice(a), Type::Slice(b)) => identical(a, b),
        (Type::Array(n, a), Type::Array(m, b)) => n == m && identical(a, b),
        (Type::Map(k1, v1), Type::Map(k2, v2)) => identical(k1, k2) && identical(v1, v2),
        (Type::Struct(a), Type::Struct(b)) => {
            a.fields.len() == b.fields.len()
                && a.fields.iter().zip(b.fields.iter()).all(|(x, y)| {
                    x.name == y.name
                        && x.embedded == y.embedded
                        && x.tag == y.tag
                        && identical(&x.ty, &y.ty)
                })
        }
        (Type::Func(a), Type::Func(b)) => identical_sig(a, b),
        (Type::Interface(a), Type::Interface(b)) => {
            a.all_methods.len() == b.all_methods.len()
                && a.all_methods
                    .iter()
                    .zip(b.all_methods.iter())
                    .all(|((n, s), (m, t))| n == m && identical_sig(s, t))
        }
        (Type::Named(a), Type::Named(b)) => a.id == b.id,
        (Type::Tuple(a), Type::Tuple(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| identical(x, y))
        }
        (Type::Opaque(a), Type::Opaque(b)) => a == b,
        _ => false,
    }
}

pub fn identical_sig(a: &Signature, b: &Signature) -> bool {
    a.variadic == b.variadic
        && a.params.len() == b.params.len()
        && a.results.len() == b.results.len()
        && a.params.iter().zip(b.params.iter()).all(|(x, y)| identical(x, y))
        && a.results.iter().zip(b.results.iter()).all(|(x, y)| identical(x, y))
}

/// Whether values of the type can be compared with == (go/types Comparable).
pub fn comparable(t: &Type) -> bool {
    // time.Time is a struct in Go (comparable); here a word of Unix time (`Type::Opaque`) and
    // its Location's handle, and == compares both, as Go's compares wall, ext and loc.
    if t.is_time() {
        return true;
    }
    match t.underlying() {
        // Unknown (an error was reported): no follow-on error.
        Type::Invalid => true,
        Type::Basic(k) => k != BasicKind::UntypedNil,
        Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
        Type::Func(_) => false,
        Type::Struct(st) => st.fields.iter().all(|f| comparable(&f.ty)),
        Type::Array(_, e) => comparable(&e),
        _ => false,
    }
}

/// The size in bytes of a value of type `t` on a 64-bit target (alignment padding ignored),
/// saturating: enough for gc's "larger than address space" limit.
pub fn size_of(t: &Type) -> u64 {
    match t.underlying() {
        Type::Basic(k) => match k.canonical() {
            BasicKind::Bool | BasicKind::Int8 | BasicKind::Uint8 => 1,
            BasicKind::Int16 | BasicKind::Uint16 => 2,
            BasicKind::Int32 | BasicKind::Uint32 | BasicKind::Float32 => 4,
            BasicKind::String => 16,
            _ => 8,
        },
        Type::Slice(_) => 24,
        Type::Interface(_) => 16,
        Type::Array(n, e) => n.saturating_mul(size_of(&e)),
        Type::Struct(st) => st.fields.iter().fold(0u64, |a, f| a.saturating_add(size_of(&f.ty))),
        _ => 8,
    }
}

/// The type as go/types prints it in messages (package-qualified names, `byte` kept).
pub fn type_string(t: &Type) -> String {
    let mut s = String::new();
    write_type(&mut s, t, false);
    s
}

/// The type as the runtime's %T prints it (aliases resolved, `main.` qualifiers kept).
pub fn runtime_type_string(t: &Type) -> String {
    let mut s = String::new();
    write_type(&mut s, t, true);
    s
}

fn write_tuple(s: &mut String, list: &[Type], names: &[String], variadic: bool, rt: bool) {
    s.push('(');
    for (i, t) in list.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if !rt && names.len() == list.len() && !names[i].is_empty() {
            s.push_str(&names[i]);
            s.push(' ');
        }
        if variadic && i + 1 == list.len() {
            s.push_str("...");
        }
        write_type(s, t, rt);
    }
    s.push(')');
}

pub fn write_sig(s: &mut String, sig: &Signature, rt: bool) {
    write_tuple(s, &sig.params, &sig.param_names, sig.variadic, rt);
    let named_results = !rt
        && sig.result_names.len() == sig.results.len()
        && sig.result_names.iter().any(|n| !n.is_empty());
    match sig.results.len() {
        0 => {}
        1 if !named_results => {
            s.push(' ');
            write_type(s, &sig.results[0], rt);
        }
        _ => {
            s.push(' ');
            write_tuple(s, &sig.results, &sig.result_names, false, rt);
        }
    }
}

fn write_type(s: &mut String, t: &Type, rt: bool) {
    match t {
        Type::Invalid => s.push_str("invalid type"),
        Type::Basic(k) => s.push_str(if rt { k.canonical().name() } else { k.name() }),
        Type::Pointer(e) => {
            s.push('*');
            write_type(s, e, rt);
        }
        Type::Chan(dir, e) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            let paren = *dir == ChanDir::Both && matches!(&**e, Type::Chan(ChanDir::Recv, _));
            if paren {
                s.push('(');
            }
            write_type(s, e, rt);
            if paren {
                s.push(')');
            }
        }
        Type::Slice(e) => {
            s.push_str("[]");
            write_type(s, e, rt);
        }
        Type::Array(n, e) => {
            s.push_str(&format!("[{n}]"));
            write_type(s, e, rt);
        }
        Type::Map(k, v) => {
            s.push_str("map[");
            write_type(s, k, rt);
            s.push(']');
            write_type(s, v, rt);
        }
        Type::Struct(st) => {
            // go/types writes struct{x int}; the runtime's %T writes struct { x int }.
            s.push_str(if rt && !st.fields.is_empty() {
                "struct { "
            } else if rt {
                "struct {"
            } else {
                "struct{"
            });
            for (i, f) in st.fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if !f.embedded {
                    s.push_str(&f.name);
                    s.push(' ');
                }
                write_type(s, &f.ty, rt);
                // Tags are part of the type (`struct{int "x"}`).
                if !f.tag.is_empty() {
                    s.push(' ');
                    s.push_str(&super::constant::quote(&f.tag));
                }
            }
            s.push_str(if rt && !st.fields.is_empty() { " }" } else { "}" });
        }
        Type::Func(sig) => {
            s.push_str("func");
            write_sig(s, sig, rt);
        }
        Type::Interface(it) if it.terms.is_some() && it.methods.is_empty() => {
            let terms = it.terms.as_deref().map(|t| terms_string(t)).unwrap_or_default();
            s.push_str(&format!("interface{{{terms}}}"));
        }
        Type::Interface(it) if it.comparable && it.methods.is_empty() => s.push_str("comparable"),
        Type::Interface(it) => {
            if it.methods.is_empty() && it.embeddeds.is_empty() {
                s.push_str(if rt {
                    "interface {}"
                } else if it.is_any {
                    "any"
                } else {
                    "interface{}"
                });
            } else {
                s.push_str("interface{");
                for (i, (n, sig)) in it.methods.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    s.push_str(n);
                    write_sig(s, sig, rt);
                }
                for (i, t) in it.embeddeds.iter().enumerate() {
                    if i > 0 || !it.methods.is_empty() {
                        s.push_str("; ");
                    }
                    write_type(s, t, rt);
                }
                s.push('}');
            }
        }
        Type::Named(n) => {
            match super::prelude::split_name(&n.name) {
                // A type of a package written in Go (lang/prelude.rs): tree.Tree.
                Some((p, name)) => s.push_str(&format!("{p}.{name}")),
                None => {
                    if let Some(p) = &n.pkg {
                        // go/types qualifies names of other packages; types in package main
                        // are printed unqualified in gc's messages but as main.T by %T.
                        if p != "main" || rt {
                            s.push_str(p);
                            s.push('.');
                        }
                    }
                    s.push_str(&n.name);
                }
            }
            if let Some((_, targs)) = &n.origin {
                // reflect and go/types both write List[int,string] (no space).
                s.push('[');
                for (i, t) in targs.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    write_type(s, t, rt);
                }
                s.push(']');
            }
        }
        Type::Tuple(list) => write_tuple(s, list, &[], false, rt),
        Type::Opaque(name) => s.push_str(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_identity() {
        let ch = Type::Chan(ChanDir::Recv, Rc::new(Type::int()));
        assert_eq!(type_string(&ch), "<-chan int");
        let f = Type::Func(Rc::new(Signature {
            params: vec![Type::int()],
            results: vec![Type::string()],
            variadic: false,
            ..Default::default()
        }));
        assert_eq!(type_string(&f), "func(int) string");
        assert!(identical(&Type::Basic(BasicKind::Byte), &Type::Basic(BasicKind::Uint8)));
        assert_eq!(type_string(&Type::Basic(BasicKind::Byte)), "byte");
        assert_eq!(runtime_type_string(&Type::Basic(BasicKind::Byte)), "uint8");
        assert!(!identical(&ch, &Type::Chan(ChanDir::Both, Rc::new(Type::int()))));
    }
}

/// How a value of some type is laid out by Go's compiler on a 64-bit machine.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
    /// Whether it holds pointers (append's growth rounds such elements differently).
    pub pointers: bool,
}

/// What `layout` makes of a library type whose fields in gopark are not Go's (sync.Mutex,
/// time.Time, strings.Builder).
#[derive(Clone, Copy, PartialEq)]
pub enum LibTypes {
    /// Unknown (None): unsafe.Sizeof must not give a number Go would not.
    Unknown,
    /// Its gopark underlying type, an opaque one as one pointer word: good enough for the
    /// size class append rounds an element to.
    AsHeld,
}

/// Go's 64-bit layout of a value of type `t` (gc on amd64): unsafe.Sizeof and Alignof,
/// which Go folds into constants, and append's element sizes.
pub fn layout(t: &Type, lib: LibTypes) -> Option<Layout> {
    use BasicKind::*;
    let l = |size, align, pointers| Some(Layout { size, align, pointers });
    match t {
        Type::Basic(k) => match k {
            Bool | Int8 | Uint8 | Byte | UntypedBool => l(1, 1, false),
            Int16 | Uint16 => l(2, 2, false),
            Int32 | Uint32 | Float32 | Rune | UntypedRune => l(4, 4, false),
            Complex64 => l(8, 4, false),
            Complex128 | UntypedComplex => l(16, 8, false),
            String | UntypedString => l(16, 8, true),
            _ => l(8, 8, false),
        },
        Type::Pointer(_) | Type::Chan(..) | Type::Map(..) | Type::Func(_) => l(8, 8, true),
        Type::Slice(_) => l(24, 8, true),
        Type::Interface(_) => l(16, 8, true),
        Type::Array(n, e) => {
            let e = layout(e, lib)?;
            l(e.size.saturating_mul(*n), e.align, e.pointers && *n > 0)
        }
        Type::Struct(st) => struct_layout(st, lib).map(|(_, layout)| layout),
        Type::Named(n) => {
            let u = n.underlying.borrow().clone();
            let own = n.pkg.as_deref().is_none_or(|p| p == "main");
            if lib == LibTypes::Unknown && !own && !matches!(u, Type::Basic(_)) {
                return None;
            }
            layout(&u, lib)
        }
        _ if lib == LibTypes::AsHeld => l(8, 8, true),
        Type::Invalid | Type::Tuple(_) | Type::Opaque(_) => None,
    }
}

/// The offset of each field of `st` and the struct's layout (Go's rules: each field at the
/// next multiple of its alignment; a struct that ends in a zero-size field gets one byte
/// more, so that a pointer to that field does not point past the object; the size rounded
/// up to the alignment).
pub fn struct_layout(st: &StructType, lib: LibTypes) -> Option<(Vec<u64>, Layout)> {
    let (mut off, mut align, mut pointers) = (0u64, 1u64, false);
    let mut offsets = Vec::with_capacity(st.fields.len());
    let mut last_zero = false;
    for f in &st.fields {
        let fl = layout(&f.ty, lib)?;
        off = off.div_ceil(fl.align) * fl.align;
        offsets.push(off);
        off = off.saturating_add(fl.size);
        align = align.max(fl.align);
        pointers |= fl.pointers && fl.size > 0;
        last_zero = fl.size == 0;
    }
    if last_zero && off > 0 {
        off += 1;
    }
    Some((offsets, Layout { size: off.div_ceil(align) * align, align, pointers }))
}
