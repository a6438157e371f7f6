//! A compiled program: what `compile` produces and every M shares read-only (`Arc<Program>`).

use super::op::{FuncId, Op, Reg, TypeId};
use std::collections::BTreeMap;

#[derive(Debug, Default, Clone)]
pub struct Program {
    /// The file name used in messages and goroutine dumps ("prog.go").
    pub file: String,
    pub funcs: Vec<Func>,
    /// Constant pool of string literals (`Op::LoadStr`).
    pub strings: Vec<Box<[u8]>>,
    /// Type descriptors, for interface values (printing, %T, panics) and channel elements.
    /// Index 0 is reserved (no type / nil interface).
    pub types: Vec<TypeDesc>,
    /// Number of package-level variables (`Op::LoadGlobal`).
    pub nglobals: u32,
    /// Package initialisation (global initialisers, init funcs), run in goroutine 1 before main.
    pub init: Option<FuncId>,
    /// main.main.
    pub main: FuncId,
    /// The source text, for the replay views (the names of channels come from it).
    pub source: std::sync::Arc<str>,
    /// Method selectors as "Name(params) results" (`TypeDesc::methods`), for messages.
    pub selectors: Vec<String>,
    /// The frame a panic runs the deferred calls in (Go's gopanic, printed `panic(...)`
    /// in tracebacks): `RunDefers`, its call, then nothing (it never falls through).
    pub panic_func: Option<FuncId>,
    /// The first of the runtime error types (`RUNTIME_ERROR_TYPES`, consecutive ids; a
    /// string payload with an Error method): what recover returns for an index out of
    /// range, a nil dereference, ... 0 when the program has none.
    pub runtime_error: TypeId,
    /// Only for programs that import text/template, which calls methods and functions
    /// chosen at run time and must convert their arguments and results as reflect would:
    /// the signature of each method selector and of each func type (by type id).
    pub selector_sigs: BTreeMap<u32, FuncSig>,
    pub func_sigs: BTreeMap<TypeId, FuncSig>,
    /// Only for programs that import reflect: the predeclared type under each defined type
    /// over one (`type Celsius float64`: "float64"), whose Kind the descriptor's `kind`
    /// does not tell apart (int from int64).
    pub basic_under: BTreeMap<TypeId, &'static str>,
}

/// A signature in type ids (see `Program::selector_sigs`); for a variadic function the
/// last parameter is the element type of its `...T`.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct FuncSig {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub variadic: bool,
}

/// The name of the compiler-made function once.Do calls (compile/stmt.rs `once_func`);
/// tracebacks print its frame as Go's sync.(*Once).doSlow and Do.
pub const ONCE_DO: &str = "sync.(*Once).Do";

#[derive(Debug, Default, Clone)]
pub struct Func {
    /// Go's name for it: "main.main", "main.worker", "main.main.func1" (closures).
    pub name: String,
    pub nparams: u16,
    pub nresults: u16,
    /// Registers the frame needs, parameters included (>= nparams and >= nresults).
    pub nregs: u16,
    pub code: Vec<Op>,
    /// Source line of each instruction (same length as `code`).
    pub lines: Vec<u32>,
    /// For function literals: the enclosing frame's registers captured by `MakeClosure`.
    pub captures: Vec<Reg>,
    /// Line of the declaration.
    pub line: u32,
    /// A wrapper the compiler made (a method table entry that adjusts the receiver, a
    /// promoted method, a method value): hidden in tracebacks, as Go hides its wrappers.
    pub wrapper: bool,
    /// For a function with defer statements: where execution resumes when a deferred call
    /// recovers a panic (it runs the remaining deferred calls and returns the named results,
    /// or zero values); 0 for none.
    pub recover_pc: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeDesc {
    /// As Go prints it with %T: "int", "string", "chan int", "func()", "*sync.WaitGroup".
    pub name: String,
    pub kind: TypeKind,
    /// The method set of a concrete type: (selector, function) sorted by selector, where a
    /// selector numbers a method name with its signature (`Program::selectors`). The
    /// function takes the interface value's payload (type word cleared) as parameter 0, so
    /// an interface call needs no adjustment at run time: where the receiver must be
    /// copied, dereferenced or reached through embedded fields, it is a wrapper.
    pub methods: Vec<(u32, FuncId)>,
    /// For an interface type: the selectors of its method set, sorted.
    pub iface: Vec<u32>,
    /// The `Error() string` and `String() string` methods fmt calls (from `methods`).
    pub error_method: Option<FuncId>,
    pub string_method: Option<FuncId>,
    /// The `GoString() string` method `%#v` calls (fmt.GoStringer).
    pub gostring_method: Option<FuncId>,
    /// The `Format(fmt.State, rune)` method fmt calls before all others (fmt.Formatter).
    pub format_method: Option<FuncId>,
    /// For a struct: each field's tag and whether it is embedded (encoding/json reads
    /// them), in field order.
    pub field_meta: Vec<FieldMeta>,
    /// For a pointer to a type that is neither a struct nor an array (`TypeKind::Pointer`):
    /// the type it points to, 0 when unknown (library pointers), for json.Unmarshal.
    pub pointee: TypeId,
}

/// What a struct field declares beyond its name and type.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FieldMeta {
    /// The tag's value (`json:"name,omitempty"`), "" for none.
    pub tag: String,
    pub embedded: bool,
}

impl TypeDesc {
    pub fn new(name: String, kind: TypeKind) -> TypeDesc {
        TypeDesc {
            name,
            kind,
            methods: Vec::new(),
            iface: Vec::new(),
            error_method: None,
            string_method: None,
            gostring_method: None,
            format_method: None,
            field_meta: Vec::new(),
            pointee: 0,
        }
    }

    /// The function of method `sel` of this (concrete) type.
    #[inline]
    pub fn method(&self, sel: u32) -> Option<FuncId> {
        let m = &self.methods;
        m.binary_search_by_key(&sel, |e| e.0).ok().map(|i| m[i].1)
    }

    /// Whether this concrete type's method set holds every method of interface `it`.
    pub fn implements(&self, it: &TypeDesc) -> bool {
        it.iface.iter().all(|s| self.method(*s).is_some())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// Reserved slot 0.
    Invalid,
    Bool,
    /// Signed or unsigned integers of the given bit size (int = 64 bits, signed).
    Int {
        bits: u8,
        signed: bool,
    },
    Float64,
    /// float32: held as the float64 of the same number (rounded by every operation), but
    /// printed with the shortest decimal that reads back as the same float32.
    Float32,
    /// complex128, or complex64 when `single` (its parts rounded to float32): the handle of
    /// an immutable object holding the two parts (see `Op::Cplx`).
    Complex {
        single: bool,
    },
    String,
    Chan {
        elem: TypeId,
    },
    Func,
    /// *sync.WaitGroup and friends: printed as a pointer.
    Pointer,
    /// The empty interface / error (as an element type of channels).
    Interface,
    /// []elem. Inside an interface value the slice is boxed (see value.rs).
    Slice {
        elem: TypeId,
    },
    /// map[key]elem: the value is the map's handle (not boxed inside interfaces).
    Map {
        key: TypeId,
        elem: TypeId,
    },
    /// A struct: its fields' names and types, for zeroing, deep copies, == and printing.
    Struct {
        fields: Vec<(String, TypeId)>,
    },
    /// [len]elem: like a struct, the handle of an `Obj::Array` of `len` elements that its
    /// holder owns alone (copied where Go copies; `Op::ArraySlice` views it as a slice).
    Array {
        elem: TypeId,
        len: u64,
    },
    /// A pointer to a struct or array (the object's handle): fmt prints `&{...}` or `&[...]`
    /// at top level.
    StructPtr {
        elem: TypeId,
    },
}

/// Go's runtime error types, in the order of their ids from `Program::runtime_error`. Each
/// holds its message; `runtime_error_type` picks one by the message, as Go's runtime picks
/// the type where it panics.
pub const RUNTIME_ERROR_TYPES: [&str; 4] = [
    "runtime.errorString",
    "runtime.boundsError",
    "runtime.plainError",
    "*runtime.TypeAssertionError",
];

impl Program {
    /// Whether `t` is one of the runtime error types.
    pub fn is_runtime_error(&self, t: TypeId) -> bool {
        self.runtime_error != 0
            && (self.runtime_error..self.runtime_error + RUNTIME_ERROR_TYPES.len() as TypeId)
                .contains(&t)
    }

    /// The runtime error type Go panics with for `msg`: boundsError for index and slice
    /// bounds, *TypeAssertionError for failed assertions, plainError for the channel and
    /// map errors (whose text has no "runtime error: " prefix), errorString otherwise.
    pub fn runtime_error_type(&self, msg: &str) -> TypeId {
        let i = if msg.starts_with("runtime error: index out of range")
            || msg.starts_with("runtime error: slice bounds out of range")
        {
            1
        } else if msg.starts_with("interface conversion: ") {
            3
        } else if !msg.starts_with("runtime error: ") {
            2
        } else {
            0
        };
        self.runtime_error + i
    }

    pub fn type_name(&self, t: TypeId) -> &str {
        self.types.get(t as usize).map(|d| d.name.as_str()).unwrap_or("?")
    }

    /// The function of method `sel` of the dynamic type `t` of an interface value.
    #[inline]
    pub fn method(&self, t: TypeId, sel: u32) -> Option<FuncId> {
        self.types.get(t as usize)?.method(sel)
    }
}
