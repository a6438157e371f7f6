//! The type checker, after go/types (and cmd/compile's types2, whose messages gc prints).
//!
//! `check` resolves every name, types every expression (untyped constants included, with
//! go/types' rules for implicit conversion and representability), checks statements, and
//! records what the code generator needs in `Info`:
//! - for each expression node: its mode, type and constant value (`types`);
//! - for each name: the object it declares (`defs`) or denotes (`uses`);
//! - for each function (declaration or literal): its Go name, signature, parameters and
//!   the variables it captures from enclosing functions, in order (`funcs`);
//! - for each variable: whether a closure captures it, whether it is assigned after its
//!   declaration, and whether its address is taken. A captured variable that is also
//!   reassigned (or whose address is taken) lives in a heap box; the others are copied
//!   into closures by value.
//!
//! The layout follows go/types: `mod.rs` holds the checker state, objects, scopes, the
//! universe and package-level declarations; `typexpr.rs` type expressions; `expr.rs`
//! operands and expressions; `call.rs` calls, builtins, conversions and qualified
//! identifiers; `selector.rs` fields and methods (promoted through embedded fields, found
//! by `lang::lookup`, which also decides method sets); `stmt.rs` statements and function
//! bodies; `stdlib.rs` the standard library's packages and names.

mod call;
mod complex;
mod expr;
mod generic;
mod goto;
mod libsig;
mod prelude;
mod selector;
mod stdlib;
mod stmt;
mod typexpr;

use super::ast::{self, expr_string, Decl, Expr, ExprKind, File, NodeId};
use super::constant::Value;
use super::token::Pos;
use super::types::{identical, BasicKind, BuiltinMethod, Method, Named, Signature, Type};
use super::ErrorList;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub type ObjId = u32;
pub type FuncIdx = u32;

/// What an expression denotes (go/types operandMode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant,
    /// Addressable (a variable).
    Variable,
    Value,
    /// `v, ok := <-ch` style expressions.
    CommaOk,
    /// `m[k]`: assignable but not addressable, and usable in the comma-ok form.
    MapIndex,
    /// The predeclared nil.
    Nil,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    /// unsafe.Sizeof, Alignof and Offsetof: constants, as in Go.
    Sizeof,
    Alignof,
    Offsetof,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Sizeof => "unsafe.Sizeof",
            Alignof => "unsafe.Alignof",
            Offsetof => "unsafe.Offsetof",
        }
    }
}

/// Library functions that the runtime implements (`vm::Native`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LibFunc {
    FmtPrintln,
    FmtPrint,
    FmtPrintf,
    FmtSprintf,
    FmtSprint,
    FmtSprintln,
    TimeSleep,
    /// time.After(d) and time.Tick(d): a channel of time.Time fed by a runtime timer.
    TimeAfter,
    TimeTick,
    RuntimeGOMAXPROCS,
    RuntimeNumGoroutine,
    RuntimeNumCPU,
    RuntimeGosched,
    RuntimeGoexit,
    OsExit,
    /// syscall.Nanosleep: a blocking system call (the M blocks; its P is handed off).
    SyscallNanosleep,
    /// A function of the library table (`crate::library`): its native id.
    Lib(u16),
    /// A variable of the library table (os.Stdout): the native id of its getter.
    LibVar(u16),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    Var {
        global: Option<u32>,
    },
    Const(Value),
    TypeName,
    /// A function declared at package level.
    Func(FuncIdx),
    /// An imported package (its path).
    PkgName(String),
    Builtin(Builtin),
    LibFunc(LibFunc),
    Nil,
    Label,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub pos: Pos,
    pub ty: Type,
    pub kind: ObjKind,
    pub used: bool,
    /// For local variables: the function that declares them.
    pub owner: Option<FuncIdx>,
    /// A function literal other than the owner refers to it.
    pub captured: bool,
    /// Assigned after its declaration (=, op=, ++, a range with =, redeclaration by :=).
    pub reassigned: bool,
    /// `&v` appears (not counting sync.WaitGroup, whose values are already handles).
    pub addr_taken: bool,
    /// Entered in a scope (a failed redeclaration is not, and is not reported as unused).
    pub declared: bool,
}

impl Object {
    fn new(name: &str, pos: Pos, ty: Type, kind: ObjKind) -> Object {
        Object {
            name: name.to_string(),
            pos,
            ty,
            kind,
            used: false,
            owner: None,
            captured: false,
            reassigned: false,
            addr_taken: false,
            declared: false,
        }
    }

    pub fn is_var(&self) -> bool {
        matches!(self.kind, ObjKind::Var { .. })
    }

    /// Whether the variable must live in a heap box: a closure shares it and someone
    /// changes it, or a pointer to it exists.
    pub fn boxed(&self) -> bool {
        // A struct variable never needs one: it holds its object's handle, which is also
        // its address, and assignment copies into that object.
        self.is_var()
            && ((self.captured && self.reassigned) || self.addr_taken)
            && !matches!(self.ty.underlying(), Type::Struct(_) | Type::Array(..))
    }
}

/// Facts about one function (a declaration or a literal).
#[derive(Clone, Debug)]
pub struct FuncInfo {
    /// Go's name: "main.main", "main.main.func1", "main.main.func1.1".
    pub name: String,
    pub sig: Rc<Signature>,
    pub params: Vec<ObjId>,
    /// Result variables (named, or anonymous objects for unnamed results).
    pub results: Vec<ObjId>,
    pub named_results: bool,
    /// Variables of enclosing functions this function refers to, in first-use order.
    pub captures: Vec<ObjId>,
    pub parent: Option<FuncIdx>,
    pub pos: Pos,
    /// A function literal (closure) rather than a declared function.
    pub is_lit: bool,
    /// Number of function literals directly inside (for naming them).
    lits: u32,
}

#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    pub ty: Type,
    pub val: Option<Value>,
}

/// What a selector expression `x.f` denotes.
#[derive(Clone, Debug)]
pub enum Selection {
    /// A method of a library type: `path` leads from x to the embedded value whose method
    /// it is (empty when x is a value or pointer of that type).
    BuiltinMethod { method: BuiltinMethod, path: Vec<u16> },
    /// A struct field: the field indices to follow from x (more than one through embedded
    /// fields). Through a pointer or not, each step is a field load from a struct handle.
    Field { path: Vec<u16> },
    /// A method declared in the file: `path` leads from x to the embedded value whose
    /// method it is; `ptr_recv` says whether the method takes a pointer receiver.
    Method { func: FuncIdx, path: Vec<u16>, ptr_recv: bool },
    /// A method of an interface: x's own (empty `path`), or an embedded interface field's.
    /// Calling it needs dynamic dispatch.
    IfaceMethod { path: Vec<u16> },
    /// A method expression T.M or (*T).M: the method's function itself, whose parameter 0
    /// is the receiver.
    MethodExpr { func: FuncIdx },
    /// A method expression Go makes a wrapper function for: `I.M` of an interface,
    /// `(*T).M` of a value method, or a method promoted through embedded fields. The
    /// wrapper's parameter 0 is the receiver; `path` leads from it to the value whose method
    /// it is; `method` is that method's function and whether its receiver is a pointer, or
    /// None for an interface's method (called by dynamic dispatch).
    MethodExprWrapper { path: Vec<u16>, method: Option<(FuncIdx, bool)> },
    /// A method expression of a library type (`(*sync.WaitGroup).Done`): parameter 0 of
    /// the function is the receiver.
    /// `deref`: (*T).M of a value method of a non-struct type (`(*time.Duration).String`),
    /// whose function loads the value first.
    BuiltinMethodExpr { method: BuiltinMethod, deref: bool },
}

/// Everything the checker learned, indexed by node id.
#[derive(Debug, Default)]
pub struct Info {
    pub objects: Vec<Object>,
    pub types: Vec<Option<TypeAndValue>>,
    pub defs: HashMap<NodeId, ObjId>,
    pub uses: HashMap<NodeId, ObjId>,
    pub selections: HashMap<NodeId, Selection>,
    pub funcs: Vec<FuncInfo>,
    /// FuncDecl name id or FuncLit expression id -> its function.
    pub func_of: HashMap<NodeId, FuncIdx>,
    /// The body of a range over a function, compiled as the yield function it is (Go's
    /// rangefunc rewrite): the range expression's id -> that function, whose parameters
    /// are the iteration variables.
    pub range_funcs: HashMap<NodeId, FuncIdx>,
    /// Each such yield function -> the declared function or literal whose body holds the
    /// loop (through nested range-over-func bodies): where its return statements return.
    pub range_outer: HashMap<FuncIdx, FuncIdx>,
    /// For a function with a return inside a range-over-func body: hidden variables, a flag
    /// (the body returned) and one per result, boxed and captured by the yield functions.
    pub range_rets: HashMap<FuncIdx, (ObjId, Vec<ObjId>)>,
    /// Package-level variable declarations (indices into File::decls) in initialisation
    /// order.
    pub init_order: Vec<usize>,
    pub nglobals: u32,
    /// main.main and the package's init functions, if declared.
    pub main_func: Option<FuncIdx>,
    pub init_funcs: Vec<FuncIdx>,
    /// Methods declared in the file: (named type id, method name) -> its function, whose
    /// parameter 0 is the receiver.
    pub method_funcs: HashMap<(u32, String), FuncIdx>,
    /// The variable `v` of `switch v := x.(type)` that each case clause declares
    /// implicitly (go/types Info.Implicits), by the guard's `x` and the clause's index (a
    /// position would not do: instances of a generic function share them).
    pub type_switch_vars: HashMap<(NodeId, usize), ObjId>,
    /// Generic function and method declarations (their name's node): not compiled
    /// themselves, only their instances (`File::instances`) are.
    pub generic_decls: std::collections::HashSet<NodeId>,
}

impl Info {
    pub fn tv(&self, id: NodeId) -> Option<&TypeAndValue> {
        self.types.get(id as usize).and_then(|t| t.as_ref())
    }
    pub fn type_of(&self, e: &Expr) -> Type {
        self.tv(e.id).map(|t| t.ty.clone()).unwrap_or(Type::Invalid)
    }
    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id as usize]
    }
    /// The object a name expression (or a qualified identifier's selector) denotes.
    pub fn use_of(&self, id: NodeId) -> Option<ObjId> {
        self.uses.get(&id).copied()
    }
}

pub(crate) type ScopeId = usize;

#[derive(Debug, Default)]
pub(crate) struct Scope {
    parent: Option<ScopeId>,
    names: HashMap<String, ObjId>,
}

/// Lazy checking state of a package-level object (go/types' object path colouring).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DeclState {
    Pending,
    InProgress,
    Done,
}

/// A package-level declaration and where it is.
#[derive(Clone, Copy, Debug)]
enum PkgDecl {
    /// Decl index, name index within the spec.
    Const(usize, usize),
    Var(usize),
    Type(usize),
    Func(usize),
}

/// The state of checking one function body.
#[derive(Debug)]
pub(crate) struct FuncCtx {
    pub(crate) idx: FuncIdx,
    pub(crate) sig: Rc<Signature>,
    /// The body of a range over a function (see `Info::range_funcs`).
    pub(crate) range_body: bool,
}

pub struct Checker<'a> {
    pub(crate) file_name: String,
    pub(crate) file: &'a File,
    pub(crate) errs: ErrorList,
    pub info: Info,
    pub(crate) scopes: Vec<Scope>,
    pub(crate) scope: ScopeId,
    pub(crate) universe: ScopeId,
    pub(crate) pkg_scope: ScopeId,
    pub(crate) file_scope: ScopeId,
    /// The file scope of the appended prelude (its own imports, see lang/prelude.rs); the
    /// program's file scope when there is no prelude.
    pub(crate) prelude_scope: ScopeId,
    pub(crate) funcs: Vec<FuncCtx>,
    /// Value of iota in the constant declaration being checked.
    pub(crate) iota: Option<i128>,
    decl_state: HashMap<ObjId, DeclState>,
    pkg_decls: HashMap<ObjId, PkgDecl>,
    /// Package variables referenced by the initializer being checked (for init order).
    pub(crate) var_deps: Option<Vec<ObjId>>,
    /// Function bodies whose check is pending (package-level funcs are checked after all
    /// declarations, like go/types' delayed actions).
    /// Function bodies whose check is pending (package-level funcs are checked after all
    /// declarations, like go/types' delayed actions), with, for an instance of a generic
    /// declaration, the scope binding its type parameters.
    pending_bodies: Vec<(&'a ast::FuncDecl, FuncIdx, Option<ScopeId>)>,
    /// The scope the next `func_body` of a declaration starts from (an instance's).
    pub(crate) instance_scope: Option<ScopeId>,
    /// Generic functions and types, by object.
    pub(crate) generics: HashMap<ObjId, generic::Generic<'a>>,
    /// The ids of the named types standing for type parameters in generic signatures.
    pub(crate) placeholders: std::collections::HashSet<u32>,
    /// Type parameters that a generic function's own body sees as themselves (a named type
    /// whose underlying type is its constraint), by the parameter name's node: those whose
    /// constraint is a method set (any, comparable, fmt.Stringer), so that the body is
    /// checked against it as Go checks it. Parameters with type terms stay invalid types
    /// (operations on them unchecked until an instance is).
    pub(crate) tparam_bindings: HashMap<NodeId, Type>,
    /// Checking the body of an instance of a generic function (see `error`).
    pub(crate) in_instance: bool,
    /// The next `type_expr` may name a constraint interface (see `constraint_or_type_expr`).
    pub(crate) allow_constraint: bool,
    /// The named types of `tparam_bindings`, with their constraints as written, which
    /// operands print (`x (variable of type T constrained by any)`).
    pub(crate) tparam_constraints: HashMap<u32, String>,
    /// The next node id for a copy of a generic declaration.
    pub(crate) next_node: NodeId,
    pub(crate) ninstances: usize,
    /// The instances of iter.Seq and iter.Seq2 (origin, type arguments, type).
    pub(crate) iter_types: Vec<(ObjId, Vec<Type>, Type)>,
    /// cmp.Ordered, once named.
    pub(crate) ordered: Option<Type>,
    /// Method declarations (decl index, function), attached by `collect_methods`.
    method_decls: Vec<(usize, FuncIdx)>,
    /// Where each method was declared, for "already declared" messages.
    method_pos: HashMap<(u32, String), Pos>,
    /// Types of package sync and time.
    pub(crate) wait_group: Type,
    pub(crate) mutex: Type,
    pub(crate) duration: Type,
    /// time.Time: only received from time.After/time.Tick channels for now, so it has no
    /// Go-visible structure (no arithmetic, no fields).
    pub(crate) time_time: Type,
    /// syscall.Timespec (struct{Sec, Nsec int64}), for syscall.Nanosleep.
    pub(crate) syscall_timespec: Type,
    pub(crate) error_type: Type,
    next_named: u32,
    /// Import declarations: package object -> position of the path (for "imported and not used").
    import_pos: HashMap<ObjId, Pos>,
    /// Package variables (and functions) each package-level var declaration's
    /// initializer refers to, and those each function body refers to.
    var_init_deps: HashMap<usize, Vec<ObjId>>,
    func_deps: HashMap<FuncIdx, Vec<ObjId>>,
    /// Number of function literals in package-level initializers (main.init.funcN).
    init_lits: u32,
    /// Objects of package members (fmt.Println, time.Second) by "path.name".
    pub(crate) lib_objs: HashMap<String, ObjId>,
    /// Library types by "path.Name" (time.Duration, strings.Builder), with their methods.
    pub(crate) lib_types: HashMap<String, Type>,
    /// Variables declared with an explicit type (so an Invalid type means an error, not
    /// "to be inferred").
    pub(crate) obj_typed: std::collections::HashSet<ObjId>,
    /// Labels of the function being checked: name -> (object, used).
    pub(crate) labels: HashMap<String, (ObjId, bool)>,
    /// Labels of the function being checked that a (not supported) goto names.
    pub(crate) goto_labels: Vec<String>,
    /// Enclosing labeled statements (innermost last): name and whether it labels a loop.
    pub(crate) label_stack: Vec<(String, LabelTarget)>,
    /// While checking a 3-clause loop's post statement: the loop's own variables and the
    /// function it is in. Go 1.22 gives each iteration a fresh copy and runs the post
    /// statement on the next iteration's copy, so assigning them there does not change
    /// any copy a closure may have captured: it does not count as reassignment.
    pub(crate) post_vars: Option<(Vec<ObjId>, FuncIdx)>,
    /// Embedded field types (and their positions) to check once every type is complete.
    pub(crate) delayed_embeds: Vec<(Type, Pos)>,
    /// A dot import (not supported) may declare any name: none is reported undefined.
    dot_import: bool,
    /// Named types declared with type parameters (reported as not supported).
    pub(crate) generic_types: std::collections::HashSet<u32>,
    /// The positions of the type arguments of the instantiation being checked (`List[int]`
    /// written in the source): a constraint error is reported at its argument, as in Go.
    pub(crate) targ_pos: Vec<Pos>,
    /// The universe's `comparable`.
    pub(crate) comparable_obj: ObjId,
    /// Declared interfaces that embed others (see `complete_interfaces`).
    embedding_ifaces: Vec<Rc<Named>>,
    /// Named types declared as another named type whose declaration was in progress, with
    /// that type and their position (see `settle_pending_underlying`).
    pending_underlying: Vec<(Rc<Named>, Rc<Named>, Pos)>,
    /// An object (in no scope) per method, so that a package variable's initializer that
    /// calls a method depends on what its body refers to (`var_deps`, go/types initorder).
    pub(crate) method_objs: HashMap<FuncIdx, ObjId>,
}

/// What a label labels, for break and continue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LabelTarget {
    Loop,
    SwitchOrSelect,
    Other,
}

/// Type-checks a parsed file. Errors go to `errs`.
pub fn check(file_name: &str, file: &File, errs: ErrorList) -> (Info, ErrorList) {
    let mut c = Checker::new(file_name, file, errs);
    c.check_file();
    let errs = std::mem::take(&mut c.errs);
    (c.info, errs)
}

/// Errors an instance of a generic function may meet where its generic body is valid.
const INSTANCE_VALID: [&str; 4] =
    ["impossible type assertion", "impossible type switch case", "duplicate case", "duplicate key"];

impl<'a> Checker<'a> {
    fn new(file_name: &str, file: &'a File, errs: ErrorList) -> Checker<'a> {
        let mut c = Checker {
            file_name: file_name.to_string(),
            file,
            errs,
            info: Info::default(),
            scopes: vec![Scope::default()],
            scope: 0,
            universe: 0,
            pkg_scope: 0,
            file_scope: 0,
            prelude_scope: 0,
            funcs: Vec::new(),
            iota: None,
            decl_state: HashMap::new(),
            pkg_decls: HashMap::new(),
            var_deps: None,
            pending_bodies: Vec::new(),
            instance_scope: None,
            generics: HashMap::new(),
            placeholders: Default::default(),
            tparam_bindings: Default::default(),
            in_instance: false,
            allow_constraint: false,
            tparam_constraints: Default::default(),
            next_node: file.nodes,
            ninstances: 0,
            iter_types: Vec::new(),
            ordered: None,
            method_decls: Vec::new(),
            method_pos: HashMap::new(),
            wait_group: Type::Invalid,
            mutex: Type::Invalid,
            duration: Type::Invalid,
            time_time: Type::Invalid,
            syscall_timespec: Type::Invalid,
            error_type: Type::Invalid,
            next_named: 0,
            import_pos: HashMap::new(),
            var_init_deps: HashMap::new(),
            func_deps: HashMap::new(),
            init_lits: 0,
            lib_objs: HashMap::new(),
            lib_types: HashMap::new(),
            obj_typed: std::collections::HashSet::new(),
            labels: HashMap::new(),
            label_stack: Vec::new(),
            goto_labels: Vec::new(),
            post_vars: None,
            delayed_embeds: Vec::new(),
            dot_import: false,
            generic_types: Default::default(),
            targ_pos: Vec::new(),
            comparable_obj: ObjId::MAX,
            embedding_ifaces: Vec::new(),
            pending_underlying: Vec::new(),
            method_objs: HashMap::new(),
        };
        c.info.types = vec![None; file.nodes as usize + 1];
        c.init_universe();
        c.pkg_scope = c.new_scope(Some(c.universe), false);
        c.file_scope = c.new_scope(Some(c.pkg_scope), false);
        c.scope = c.file_scope;
        c.declare_prelude_imports();
        c
    }

    // ---- errors

    pub(crate) fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let msg = msg.into();
        // types2 drops follow-on errors that mention invalid operands or types.
        if (msg.contains("invalid operand") || msg.contains("invalid type"))
            && !self.errs.is_empty()
        {
            return;
        }
        // Go checks a generic body once, not per instance: an instance's error where the
        // generic body already has one is the same mistake.
        if self.in_instance
            && self.errs.diags.iter().any(|d| d.line == pos.line && d.col == pos.col)
        {
            return;
        }
        // An assertion or case that an instance's type arguments make impossible or
        // duplicate is valid Go: gc checks it with the type parameters, which never make
        // it so, and at run time the first matching case wins.
        if self.in_instance && INSTANCE_VALID.iter().any(|p| msg.starts_with(p)) {
            return;
        }
        self.errs.error(pos, msg);
    }

    /// Reports `undefined: name`, unless a dot import (reported as not supported) could
    /// have declared it.
    pub(crate) fn undefined(&mut self, pos: Pos, name: &str) {
        if !self.dot_import {
            self.error(pos, format!("undefined: {}", name));
        }
    }

    pub(crate) fn fmt_pos(&self, pos: Pos) -> String {
        format!("{}:{}:{}", self.file_name, pos.line, pos.col)
    }

    // ---- objects and scopes

    pub(crate) fn new_obj(&mut self, obj: Object) -> ObjId {
        self.info.objects.push(obj);
        (self.info.objects.len() - 1) as ObjId
    }

    pub(crate) fn obj(&self, id: ObjId) -> &Object {
        &self.info.objects[id as usize]
    }

    pub(crate) fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.info.objects[id as usize]
    }

    pub(crate) fn new_scope(&mut self, parent: Option<ScopeId>, _func_body: bool) -> ScopeId {
        self.scopes.push(Scope { parent, names: HashMap::new() });
        self.scopes.len() - 1
    }

    pub(crate) fn open_scope(&mut self, func: bool) {
        let s = self.new_scope(Some(self.scope), func);
        self.scope = s;
    }

    pub(crate) fn close_scope(&mut self) {
        self.scope = self.scopes[self.scope].parent.unwrap_or(self.universe);
    }

    /// Declares `obj` in `scope`, reporting a redeclaration. The blank identifier is never
    /// declared.
    pub(crate) fn declare(&mut self, scope: ScopeId, id: Option<NodeId>, obj: ObjId) {
        if let Some(id) = id {
            self.info.defs.insert(id, obj);
        }
        let name = self.obj(obj).name.clone();
        if name == "_" {
            return;
        }
        if let Some(&alt) = self.scopes[scope].names.get(&name) {
            let pos = self.obj(obj).pos;
            let alt_pos = self.obj(alt).pos;
            let msg = if alt_pos.is_known() {
                format!(
                    "{} redeclared in this block\n\t{}: other declaration of {}",
                    name,
                    self.fmt_pos(alt_pos),
                    name
                )
            } else {
                format!("{} redeclared in this block", name)
            };
            self.error(pos, msg);
            return;
        }
        self.scopes[scope].names.insert(name, obj);
        self.obj_mut(obj).declared = true;
    }

    /// Looks a name up from the current scope outwards.
    pub(crate) fn lookup(&self, name: &str) -> Option<ObjId> {
        let mut s = Some(self.scope);
        while let Some(id) = s {
            if let Some(&o) = self.scopes[id].names.get(name) {
                return Some(o);
            }
            s = self.scopes[id].parent;
        }
        None
    }

    pub(crate) fn new_named(
        &mut self,
        pkg: Option<&str>,
        name: &str,
        underlying: Type,
    ) -> Rc<Named> {
        self.next_named += 1;
        Rc::new(Named {
            id: self.next_named,
            pkg: pkg.map(|s| s.to_string()),
            name: name.to_string(),
            underlying: RefCell::new(underlying),
            methods: RefCell::new(Vec::new()),
            origin: None,
        })
    }

    fn init_universe(&mut self) {
        use BasicKind::*;
        let u = self.universe;
        let basics = [
            Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
            Float32, Float64, Complex64, Complex128, String, Byte, Rune,
        ];
        for k in basics {
            let o =
                self.new_obj(Object::new(k.name(), Pos::NONE, Type::Basic(k), ObjKind::TypeName));
            self.scopes[u].names.insert(k.name().to_string(), o);
        }
        let any =
            self.new_obj(Object::new("any", Pos::NONE, Type::empty_interface(), ObjKind::TypeName));
        self.scopes[u].names.insert("any".into(), any);
        // comparable only constrains type parameters (not supported yet).
        let cmp =
            self.new_obj(Object::new("comparable", Pos::NONE, Type::Invalid, ObjKind::TypeName));
        self.scopes[u].names.insert("comparable".into(), cmp);
        self.comparable_obj = cmp;
        // error is interface{ Error() string }.
        let err_sig = Rc::new(Signature {
            params: vec![],
            results: vec![Type::string()],
            variadic: false,
            ..Default::default()
        });
        let err_iface = Type::Interface(Rc::new(super::types::InterfaceType::new(
            vec![("Error".into(), err_sig)],
            vec![],
        )));
        let err_named = self.new_named(None, "error", err_iface);
        self.error_type = Type::Named(err_named);
        let e = self.new_obj(Object::new(
            "error",
            Pos::NONE,
            self.error_type.clone(),
            ObjKind::TypeName,
        ));
        self.scopes[u].names.insert("error".into(), e);
        for (name, v) in [("true", true), ("false", false)] {
            let o = self.new_obj(Object::new(
                name,
                Pos::NONE,
                Type::Basic(UntypedBool),
                ObjKind::Const(Value::Bool(v)),
            ));
            self.scopes[u].names.insert(name.into(), o);
        }
        let iota = self.new_obj(Object::new(
            "iota",
            Pos::NONE,
            Type::Basic(UntypedInt),
            ObjKind::Const(Value::Int(0)),
        ));
        self.scopes[u].names.insert("iota".into(), iota);
        let nil =
            self.new_obj(Object::new("nil", Pos::NONE, Type::Basic(UntypedNil), ObjKind::Nil));
        self.scopes[u].names.insert("nil".into(), nil);
        use Builtin::*;
        for b in [
            Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New,
            Panic, Print, Println, Real, Recover,
        ] {
            let o =
                self.new_obj(Object::new(b.name(), Pos::NONE, Type::Invalid, ObjKind::Builtin(b)));
            self.scopes[u].names.insert(b.name().into(), o);
        }
        // Library types.
        let wg = self.new_named(Some("sync"), "WaitGroup", Type::Opaque("struct{...}"));
        let sig = |params: Vec<Type>| Rc::new(Signature { params, ..Default::default() });
        wg.methods.borrow_mut().extend([
            Method {
                name: "Add".into(),
                sig: sig(vec![Type::int()]),
                ptr_recv: true,
                builtin: Some(BuiltinMethod::WgAdd),
            },
            Method {
                name: "Done".into(),
                sig: sig(vec![]),
                ptr_recv: true,
                builtin: Some(BuiltinMethod::WgDone),
            },
            Method {
                name: "Wait".into(),
                sig: sig(vec![]),
                ptr_recv: true,
                builtin: Some(BuiltinMethod::WgWait),
            },
            Method {
                name: "Go".into(),
                sig: sig(vec![Type::Func(Rc::new(Signature::default()))]),
                ptr_recv: true,
                builtin: Some(BuiltinMethod::WgGo),
            },
        ]);
        self.wait_group = Type::Named(wg);
        let mu = self.new_named(Some("sync"), "Mutex", Type::Opaque("struct{...}"));
        mu.methods.borrow_mut().extend([
            Method {
                name: "Lock".into(),
                sig: sig(vec![]),
                ptr_recv: true,
                builtin: Some(BuiltinMethod::MutexLock),
            },
            Method {
                name: "Unlock".into(),
                sig: sig(vec![]),
                ptr_recv: true,
                builtin: Some(BuiltinMethod::MutexUnlock),
            },
        ]);
        self.mutex = Type::Named(mu);
        let d = self.new_named(Some("time"), "Duration", Type::Basic(Int64));
        self.duration = Type::Named(d);
        let t = self.new_named(Some("time"), "Time", Type::Opaque("struct{...}"));
        self.time_time = Type::Named(t);
        let field = |name: &str| super::types::StructField {
            name: name.into(),
            ty: Type::Basic(Int64),
            embedded: false,
            tag: std::string::String::new(),
        };
        let ts = self.new_named(
            Some("syscall"),
            "Timespec",
            Type::Struct(Rc::new(super::types::StructType {
                fields: vec![field("Sec"), field("Nsec")],
            })),
        );
        self.syscall_timespec = Type::Named(ts);
        // The universe's library types take their other methods from the library table.
        for (key, t) in [
            ("sync.WaitGroup", self.wait_group.clone()),
            ("sync.Mutex", self.mutex.clone()),
            ("time.Duration", self.duration.clone()),
            ("time.Time", self.time_time.clone()),
            ("syscall.Timespec", self.syscall_timespec.clone()),
        ] {
            self.lib_types.insert(key.into(), t);
        }
        self.attach_lib_methods("time", &self.duration.clone());
        self.attach_lib_methods("time", &self.time_time.clone());
        self.attach_lib_methods("sync", &self.mutex.clone());
    }

    /// The universe's `any` (the empty interface, printed "any").
    pub(crate) fn any_type(&self) -> Type {
        Type::Interface(Rc::new(super::types::InterfaceType { is_any: true, ..Default::default() }))
    }

    /// sync.WaitGroup and sync.Mutex: values that are handles of runtime objects, so
    /// `&v` needs no box and `*p` (a copy) is not supported.
    pub(crate) fn is_sync_handle(&self, t: &Type) -> bool {
        identical(t, &self.wait_group) || identical(t, &self.mutex) || t.is_lib_cell()
    }

    // ---- function contexts

    pub(crate) fn new_func(
        &mut self,
        name: String,
        sig: Rc<Signature>,
        parent: Option<FuncIdx>,
        pos: Pos,
    ) -> FuncIdx {
        self.info.funcs.push(FuncInfo {
            name,
            sig,
            params: vec![],
            results: vec![],
            named_results: false,
            captures: vec![],
            parent,
            pos,
            is_lit: false,
            lits: 0,
        });
        (self.info.funcs.len() - 1) as FuncIdx
    }

    /// The Go name of the next function literal inside the current function, and that
    /// function.
    pub(crate) fn next_lit_name(&mut self) -> (String, Option<FuncIdx>) {
        match self.funcs.last() {
            Some(ctx) => {
                let idx = ctx.idx;
                let f = &mut self.info.funcs[idx as usize];
                f.lits += 1;
                // Literals directly in a declared function are NAME.funcN; deeper ones
                // append .N to their enclosing literal's name.
                let name = if f.is_lit {
                    format!("{}.{}", f.name, f.lits)
                } else {
                    format!("{}.func{}", f.name, f.lits)
                };
                (name, Some(idx))
            }
            None => {
                // Literals in package-level initialisers belong to main.init.
                self.init_lits += 1;
                (format!("main.init.func{}", self.init_lits), None)
            }
        }
    }

    /// The Go name of the yield function a range-over-func body in the current function
    /// becomes ("main.main-range1"), and that function.
    pub(crate) fn next_range_name(&mut self) -> (String, Option<FuncIdx>) {
        let Some(ctx) = self.funcs.last() else {
            self.init_lits += 1;
            return (format!("main.init-range{}", self.init_lits), None);
        };
        let idx = ctx.idx;
        let f = &mut self.info.funcs[idx as usize];
        f.lits += 1;
        (format!("{}-range{}", f.name, f.lits), Some(idx))
    }

    /// Records a use of variable `obj` from the current function: marks it captured and
    /// threads it through every function literal between its owner and here.
    pub(crate) fn note_var_use(&mut self, obj: ObjId) {
        let Some(owner) = self.obj(obj).owner else {
            return;
        };
        let Some(top) = self.funcs.last() else { return };
        if top.idx == owner {
            return;
        }
        let Some(at) = self.funcs.iter().position(|f| f.idx == owner) else {
            return;
        };
        self.obj_mut(obj).captured = true;
        let inner: Vec<FuncIdx> = self.funcs[at + 1..].iter().map(|f| f.idx).collect();
        for f in inner {
            let caps = &mut self.info.funcs[f as usize].captures;
            if !caps.contains(&obj) {
                caps.push(obj);
            }
        }
    }

    // ---- recording

    pub(crate) fn record(&mut self, e: &Expr, mode: Mode, ty: &Type, val: Option<&Value>) {
        if let Some(slot) = self.info.types.get_mut(e.id as usize) {
            *slot = Some(TypeAndValue { mode, ty: ty.clone(), val: val.cloned() });
        }
    }

    pub(crate) fn record_use(&mut self, id: NodeId, obj: ObjId) {
        self.info.uses.insert(id, obj);
    }

    // ---- the file

    fn check_file(&mut self) {
        let file = self.file;
        if file.pkg_name.value != "main" {
            // gopark runs programs: the package must be main.
            self.error(
                file.pkg_name.pos,
                format!(
                    "package {} is not a main package (gopark runs package main)",
                    file.pkg_name.value
                ),
            );
        }
        self.collect_objects();
        self.collect_methods();
        // Check package-level declarations in source order (each lazily pulls in what it
        // depends on).
        let objs: Vec<ObjId> = {
            let mut v: Vec<(ObjId, PkgDecl)> =
                self.pkg_decls.iter().map(|(o, d)| (*o, *d)).collect();
            v.sort_by_key(|(o, _)| *o);
            v.into_iter().map(|(o, _)| o).collect()
        };
        for o in objs {
            self.obj_decl(o);
        }
        // Then function bodies, in source order.
        let mut i = 0;
        while i < self.pending_bodies.len() {
            let (fd, f, scope) = self.pending_bodies[i];
            i += 1;
            if let Some(body) = &fd.body {
                // Collect the package variables and functions the body refers to,
                // for the initialisation order.
                self.var_deps = Some(Vec::new());
                self.instance_scope = scope;
                self.func_body(f, &fd.ty, body, Some(fd));
                let deps = self.var_deps.take().unwrap_or_default();
                self.func_deps.insert(f, deps);
            }
        }
        self.name_prelude_funcs();
        self.check_embedded_types();
        self.compute_init_order();
        self.unused_imports();
        if self.info.main_func.is_none() {
            // Go reports this at link time, without a position; we use the file's start.
            self.error(Pos::new(1, 1), "function main is undeclared in the main package");
        }
    }

    /// Declares all package-level objects (go/types collectObjects).
    fn collect_objects(&mut self) {
        let file = self.file;
        for (di, d) in file.decls.iter().enumerate() {
            match d {
                Decl::Import(imp) => self.import(imp),
                Decl::Const(spec) => {
                    for (ni, n) in spec.names.iter().enumerate() {
                        let o = self.new_obj(Object::new(
                            &n.value,
                            n.pos,
                            Type::Invalid,
                            ObjKind::Const(Value::Unknown),
                        ));
                        self.declare(self.pkg_scope, Some(n.id), o);
                        self.pkg_decls.insert(o, PkgDecl::Const(di, ni));
                        self.decl_state.insert(o, DeclState::Pending);
                    }
                }
                Decl::Var(spec) => {
                    // All names of one spec share a decl entry; the first object drives it.
                    let mut first = None;
                    for n in &spec.names {
                        let g = self.info.nglobals;
                        self.info.nglobals += 1;
                        let o = self.new_obj(Object::new(
                            &n.value,
                            n.pos,
                            Type::Invalid,
                            ObjKind::Var { global: Some(g) },
                        ));
                        self.declare(self.pkg_scope, Some(n.id), o);
                        self.decl_state.insert(o, DeclState::Pending);
                        self.pkg_decls.insert(o, PkgDecl::Var(di));
                        if first.is_none() {
                            first = Some(o);
                        }
                    }
                }
                Decl::Type(td) => {
                    let o = self.new_obj(Object::new(
                        &td.name.value,
                        td.name.pos,
                        Type::Invalid,
                        ObjKind::TypeName,
                    ));
                    self.declare(self.pkg_scope, Some(td.name.id), o);
                    self.pkg_decls.insert(o, PkgDecl::Type(di));
                    self.decl_state.insert(o, DeclState::Pending);
                }
                Decl::Func(fd) => {
                    let name = &fd.name.value;
                    if fd.recv.is_some() {
                        // Attached to their receiver types once every type is declared.
                        let sig = Rc::new(Signature::default());
                        let f = self.new_func(String::new(), sig, None, fd.pos);
                        self.info.func_of.insert(fd.name.id, f);
                        self.method_decls.push((di, f));
                        let kind = ObjKind::Func(f);
                        let o = self.new_obj(Object::new(name, fd.name.pos, Type::Invalid, kind));
                        self.method_objs.insert(f, o);
                        continue;
                    }
                    let go_name = format!("main.{}", name);
                    let sig = Rc::new(Signature {
                        params: vec![],
                        results: vec![],
                        variadic: false,
                        ..Default::default()
                    });
                    let f = self.new_func(go_name, sig, None, fd.pos);
                    self.info.func_of.insert(fd.name.id, f);
                    if name == "init" {
                        // init functions are not declared in any scope.
                        self.info.defs.insert(fd.name.id, u32::MAX);
                        let n = self.info.init_funcs.len() + 1;
                        self.info.funcs[f as usize].name = format!("main.init.{}", n - 1);
                        self.info.init_funcs.push(f);
                        if !fd.ty.params.is_empty() || !fd.ty.results.is_empty() {
                            self.error(
                                fd.name.pos,
                                "func init must have no arguments and no return values",
                            );
                        }
                        if fd.body.is_none() {
                            self.error(fd.name.pos, "missing function body");
                        }
                        self.pending_bodies.push((fd, f, None));
                        continue;
                    }
                    let o = self.new_obj(Object::new(
                        name,
                        fd.name.pos,
                        Type::Invalid,
                        ObjKind::Func(f),
                    ));
                    self.declare(self.pkg_scope, Some(fd.name.id), o);
                    self.pkg_decls.insert(o, PkgDecl::Func(di));
                    self.decl_state.insert(o, DeclState::Pending);
                    if name == "main" {
                        self.info.main_func = Some(f);
                        if !fd.ty.params.is_empty() || !fd.ty.results.is_empty() {
                            self.error(
                                fd.name.pos,
                                "func main must have no arguments and no return values",
                            );
                        }
                    }
                    if fd.body.is_none() {
                        self.error(fd.name.pos, "missing function body");
                    }
                    self.pending_bodies.push((fd, f, None));
                }
            }
        }
        // A package-level name may not also be an imported package name.
        let file_names: Vec<(String, ObjId)> =
            self.scopes[self.file_scope].names.iter().map(|(k, v)| (k.clone(), *v)).collect();
        for (name, pkg_obj) in file_names {
            if let Some(&alt) = self.scopes[self.pkg_scope].names.get(&name) {
                let pos = self.obj(alt).pos;
                let msg = format!(
                    "{} already declared through import of package {}\n\t{}: other declaration of {}",
                    name,
                    name,
                    self.fmt_pos(self.obj(pkg_obj).pos),
                    name
                );
                self.error(pos, msg);
            }
        }
    }

    /// Attaches each method declaration to its receiver's named type (go/types
    /// collectMethods): the receiver becomes parameter 0 of the method's function, which
    /// is named as Go's tracebacks print it (main.T.M, main.(*T).M).
    fn collect_methods(&mut self) {
        let file = self.file;
        for (di, f) in self.method_decls.clone() {
            let Decl::Func(fd) = &file.decls[di] else {
                continue;
            };
            // A prelude method's signature names the prelude's imports.
            self.scope = self.file_scope_at(fd.pos);
            let Some(recv) = &fd.recv else { continue };
            let Some(rte) = &recv.ty else { continue };
            let mut base = rte.unparen();
            let mut ptr = false;
            if let ExprKind::Operation { op: super::token::Operator::Mul, x, y: None } = &base.kind
            {
                base = x.unparen();
                ptr = true;
            }
            if let ExprKind::Index { x, .. } = &base.kind {
                if let Some(o) = x.unparen().is_name().and_then(|n| self.lookup(n)) {
                    self.obj_decl(o);
                }
                if self.is_generic_type(x) {
                    self.generic_method(f, fd, ptr);
                    continue;
                }
            }
            let msig = self.func_type(&fd.ty, f);
            let rt = self.type_expr(base);
            let named = match &rt {
                Type::Named(n) if n.pkg.as_deref() == Some("main") => n.clone(),
                Type::Invalid => continue,
                t => {
                    let msg = format!("cannot define new methods on non-local type {}", self.ts(t));
                    self.error(recv.pos, msg);
                    continue;
                }
            };
            let u = named.underlying.borrow().clone();
            if matches!(u, Type::Pointer(_) | Type::Interface(_)) {
                let msg =
                    format!("invalid receiver type {} (pointer or interface type)", named.name);
                self.error(base.start(), msg);
                continue;
            }
            let name = fd.name.value.clone();
            // Blank methods are checked and compiled but belong to no method set.
            if name != "_" && !self.add_method(&named, &u, base, fd, &msig, ptr, f) {
                continue;
            }
            self.method_func(f, &named, &msig, ptr, &named.name, &name);
            if fd.body.is_none() {
                self.error(fd.name.pos, "missing function body");
            }
            self.pending_bodies.push((fd, f, None));
        }
        self.scope = self.file_scope;
    }

    /// Makes function `f` method `name` of `named`: the receiver becomes its parameter 0,
    /// and it is named as Go's tracebacks print it (`main.T.M`, `main.(*T).M`; `type_name`
    /// is `List[...]` for an instance of a generic type).
    pub(crate) fn method_func(
        &mut self,
        f: FuncIdx,
        named: &Rc<Named>,
        msig: &Signature,
        ptr: bool,
        type_name: &str,
        name: &str,
    ) {
        let t = Type::Named(named.clone());
        let recv_t = if ptr { Type::Pointer(Rc::new(t)) } else { t };
        let mut full = msig.clone();
        full.params.insert(0, recv_t);
        if !full.param_names.is_empty() {
            full.param_names.insert(0, String::new());
        }
        let fi = &mut self.info.funcs[f as usize];
        fi.sig = Rc::new(full);
        fi.name = if ptr {
            format!("main.(*{type_name}).{name}")
        } else {
            format!("main.{type_name}.{name}")
        };
    }

    /// Adds method `fd` (function f) to the method set of `named` (underlying `u`), or
    /// reports why it cannot be added.
    #[allow(clippy::too_many_arguments)]
    fn add_method(
        &mut self,
        named: &Rc<Named>,
        u: &Type,
        base: &Expr,
        fd: &ast::FuncDecl,
        msig: &Rc<Signature>,
        ptr: bool,
        f: FuncIdx,
    ) -> bool {
        let name = fd.name.value.clone();
        let key = (named.id, name.clone());
        if let Some(prev) = self.method_pos.get(&key) {
            let msg = format!(
                "method {}.{} already declared at {}",
                named.name,
                name,
                self.fmt_pos(*prev)
            );
            self.error(fd.name.pos, msg);
            return false;
        }
        if let Type::Struct(st) = u {
            if st.fields.iter().any(|fl| fl.name == name) {
                // go/types points at the field as the other declaration.
                let fpos = self.field_pos(base, &name).unwrap_or(fd.name.pos);
                let msg = format!(
                    "field and method with the same name {}\n\t{}: other declaration of {}",
                    name,
                    self.fmt_pos(fpos),
                    name
                );
                self.error(fd.name.pos, msg);
                return false;
            }
        }
        self.method_pos.insert(key.clone(), fd.name.pos);
        named.methods.borrow_mut().push(Method {
            name,
            sig: msig.clone(),
            ptr_recv: ptr,
            builtin: None,
        });
        self.info.method_funcs.insert(key, f);
        true
    }

    /// The position of field `name` in the struct type declaration of the named type
    /// spelled by `base` (for messages).
    fn field_pos(&self, base: &Expr, name: &str) -> Option<Pos> {
        let tn = base.is_name()?;
        self.file.decls.iter().find_map(|d| match d {
            Decl::Type(td) if td.name.value == tn => match &td.ty.kind {
                ExprKind::StructType { fields, .. } => fields
                    .iter()
                    .find_map(|f| f.name.as_ref().filter(|n| n.value == name).map(|n| n.pos)),
                _ => None,
            },
            _ => None,
        })
    }

    fn import(&mut self, imp: &ast::ImportDecl) {
        let Some((lit, pos, kind)) = &imp.path else {
            return;
        };
        if *kind != super::token::LitKind::String {
            return;
        }
        let path = String::from_utf8_lossy(&super::constant::string_lit(lit)).into_owned();
        // Every standard package can be imported (so that an unused import gets Go's
        // message); using members gopark lacks is reported as unsupported.
        if !stdlib::STD_PACKAGES.contains(&path.as_str())
            && !crate::lang::prelude::is_prelude_package(&path)
        {
            let first = path.split('/').next().unwrap_or("");
            if !first.contains('.') {
                self.error(*pos, format!("package {} is not in std", path));
                return;
            }
            // A module path: valid Go with a go.mod, which a single file has not. The
            // package is still declared, so that its uses are not "undefined".
            let msg = format!(
                "package {} is not supported yet (gopark runs one file with the standard library)",
                path
            );
            self.error(*pos, msg);
        }
        let name = match &imp.local {
            Some(n) if n.value == "." => {
                self.error(n.pos, "dot imports are not supported yet");
                self.dot_import = true;
                return;
            }
            Some(n) => n.value.clone(),
            None => libsig::pkg_name(&path).to_string(),
        };
        let decl_pos = imp.local.as_ref().map(|n| n.pos).unwrap_or(*pos);
        let o = self.new_obj(Object::new(&name, decl_pos, Type::Invalid, ObjKind::PkgName(path)));
        // Remember the import path position for the "imported and not used" message.
        self.obj_mut(o).owner = None;
        let id = imp.local.as_ref().map(|n| n.id);
        if name == "_" {
            return;
        }
        self.declare(self.file_scope, id, o);
        self.import_pos.insert(o, *pos);
    }

    fn unused_imports(&mut self) {
        let mut list: Vec<(ObjId, Pos)> = self.import_pos.iter().map(|(o, p)| (*o, *p)).collect();
        list.sort_by_key(|(_, p)| *p);
        for (o, pos) in list {
            let obj = self.obj(o).clone();
            if obj.used {
                continue;
            }
            if let ObjKind::PkgName(path) = &obj.kind {
                let last = libsig::pkg_name(path);
                let msg = if obj.name != last {
                    format!(
                        "{} imported as {} and not used",
                        super::constant::quote(path),
                        obj.name
                    )
                } else {
                    format!("{} imported and not used", super::constant::quote(path))
                };
                self.error(pos, msg);
            }
        }
    }

    /// Type-checks a package-level object if that has not happened yet (go/types objDecl).
    pub(crate) fn obj_decl(&mut self, o: ObjId) {
        let Some(state) = self.decl_state.get(&o).copied() else {
            return;
        };
        match state {
            DeclState::Done => return,
            DeclState::InProgress => {
                // A cycle. Functions may refer to themselves; constants, variables and
                // types may not.
                if let Some(PkgDecl::Func(_)) = self.pkg_decls.get(&o) {
                    return;
                }
                // A defined type may refer to itself once it is named (type L struct{
                // next *L }); a cycle through values only is found by `value_cycle`.
                if let (Some(PkgDecl::Type(_)), Type::Named(_)) =
                    (self.pkg_decls.get(&o), &self.obj(o).ty)
                {
                    return;
                }
                let (name, pos) = (self.obj(o).name.clone(), self.obj(o).pos);
                match self.pkg_decls.get(&o) {
                    Some(PkgDecl::Type(_)) => {
                        self.error(pos, "invalid recursive type ".to_string() + &name)
                    }
                    _ => self.error(
                        pos,
                        format!("initialization cycle or invalid recursive reference to {}", name),
                    ),
                }
                self.obj_mut(o).ty = Type::Invalid;
                return;
            }
            DeclState::Pending => {}
        }
        self.decl_state.insert(o, DeclState::InProgress);
        // Package-level declarations are checked in the package context, whatever
        // function body asked for them.
        let saved_scope = self.scope;
        let saved_funcs = std::mem::take(&mut self.funcs);
        let saved_iota = self.iota.take();
        let saved_deps = self.var_deps.take();
        self.scope = self.file_scope_at(self.obj(o).pos);
        let file = self.file;
        match self.pkg_decls[&o] {
            PkgDecl::Const(di, ni) => {
                if let Decl::Const(spec) = &file.decls[di] {
                    self.const_spec_at_package(spec, di, ni, o);
                }
            }
            PkgDecl::Var(di) => {
                if let Decl::Var(spec) = &file.decls[di] {
                    self.var_deps = Some(Vec::new());
                    let objs: Vec<ObjId> = spec
                        .names
                        .iter()
                        .filter_map(|n| self.info.defs.get(&n.id).copied())
                        .collect();
                    for &x in &objs {
                        self.decl_state.insert(x, DeclState::InProgress);
                    }
                    self.var_spec(spec, &objs);
                    for &x in &objs {
                        self.decl_state.insert(x, DeclState::Done);
                    }
                    let deps = self.var_deps.take().unwrap_or_default();
                    self.var_init_deps.insert(di, deps);
                }
            }
            PkgDecl::Type(di) => {
                if let Decl::Type(td) = &file.decls[di] {
                    self.type_decl(td, o);
                }
            }
            PkgDecl::Func(di) => {
                if let Decl::Func(fd) = &file.decls[di] {
                    let f = self.info.func_of[&fd.name.id];
                    if !fd.tparams.is_empty() {
                        self.generic_func_decl(fd, f, o);
                    } else {
                        let sig = self.func_type(&fd.ty, f);
                        self.obj_mut(o).ty = Type::Func(sig.clone());
                        self.info.funcs[f as usize].sig = sig;
                    }
                }
            }
        }
        self.scope = saved_scope;
        self.funcs = saved_funcs;
        self.iota = saved_iota;
        self.var_deps = saved_deps;
        self.decl_state.insert(o, DeclState::Done);
    }

    /// The constant declared as name `ni` of `spec`, with iota and the implicit repetition of
    /// the previous spec's expressions in a group.
    fn const_spec_at_package(&mut self, spec: &'a ast::ValueSpec, di: usize, ni: usize, o: ObjId) {
        let (ty, values) = self.const_spec_source(spec, Some(di));
        let _ = ni;
        self.const_decl_one(spec, ty, values, o);
    }

    /// Finds the type and values of a constant spec: its own, or in a group the last ones
    /// written before it.
    pub(crate) fn const_spec_source(
        &self,
        spec: &'a ast::ValueSpec,
        di: Option<usize>,
    ) -> (Option<&'a Expr>, Option<&'a Expr>) {
        if spec.values.is_some() || spec.group.is_none() {
            return (spec.ty.as_ref(), spec.values.as_ref());
        }
        // Walk back through earlier specs of the same group.
        let file = self.file;
        if let Some(di) = di {
            for d in file.decls[..di].iter().rev() {
                if let Decl::Const(s) = d {
                    if s.group != spec.group {
                        break;
                    }
                    if s.values.is_some() {
                        return (s.ty.as_ref(), s.values.as_ref());
                    }
                }
            }
        }
        (spec.ty.as_ref(), None)
    }

    /// Checks one constant of a spec (all names of the spec are checked together the
    /// first time, since they share the expression list).
    pub(crate) fn const_decl_one(
        &mut self,
        spec: &'a ast::ValueSpec,
        ty: Option<&'a Expr>,
        values: Option<&'a Expr>,
        o: ObjId,
    ) {
        let idx =
            spec.names.iter().position(|n| self.info.defs.get(&n.id) == Some(&o)).unwrap_or(0);
        self.iota = Some(spec.iota as i128);
        let typ = ty.map(|t| self.type_expr(t));
        if let Some(t) = &typ {
            if t.is_valid() && !t.is_const_type() {
                let te = ty.unwrap();
                self.error(
                    te.start(),
                    format!("invalid constant type {}", super::types::type_string(t)),
                );
                self.obj_mut(o).ty = Type::Invalid;
                self.iota = None;
                return;
            }
        }
        let vals: Vec<&Expr> = values.map(|v| v.list()).unwrap_or_default();
        if idx >= vals.len() {
            if idx == vals.len() && idx < spec.names.len() {
                let n = &spec.names[idx];
                self.error(n.pos, format!("missing init expr for {}", n.value));
            }
            self.obj_mut(o).ty = Type::Invalid;
            self.iota = None;
            return;
        }
        if idx == spec.names.len() - 1 && vals.len() > spec.names.len() {
            let extra = vals[spec.names.len()];
            self.error(extra.start(), format!("extra init expr {}", expr_string(extra)));
        }
        let mut x = self.expr(vals[idx]);
        self.init_const(o, &mut x, typ.as_ref());
        self.iota = None;
    }

    fn type_decl(&mut self, td: &'a ast::TypeDecl, o: ObjId) {
        if !td.tparams.is_empty() {
            self.generic_type_decl(td, o, false);
            return;
        }
        if td.alias {
            let t = self.constraint_or_type_expr(&td.ty);
            self.obj_mut(o).ty = t;
            return;
        }
        let named = self.new_named(Some("main"), &td.name.value, Type::Invalid);
        self.obj_mut(o).ty = Type::Named(named.clone());
        if td.ty.is_name() == Some("comparable")
            && self.lookup("comparable") == Some(self.comparable_obj)
        {
            // type C comparable: an interface whose type set is the comparable types.
            self.record_use(td.ty.id, self.comparable_obj);
            *named.underlying.borrow_mut() = generic::comparable_iface();
            return;
        }
        let declared = self.constraint_or_type_expr(&td.ty);
        let u = declared.underlying();
        if let Type::Interface(it) = &u {
            if !it.embeddeds.is_empty() {
                self.embedding_ifaces.push(named.clone());
            }
        }
        // `type L2 L1` while L1 is still being declared (L1 struct{ next *L2 }): L1's
        // underlying type is not known yet, so L2 takes it when L1's declaration ends.
        if let (Type::Invalid, Type::Named(src)) = (&u, &declared) {
            self.pending_underlying.push((named.clone(), src.clone(), td.name.pos));
        }
        *named.underlying.borrow_mut() = u;
        self.complete_interfaces();
        self.report_value_cycle(&named, td.name.pos);
        for (dep, pos) in self.settle_pending_underlying() {
            self.report_value_cycle(&dep, pos);
        }
    }

    /// The types whose underlying type waited for a declaration that has now ended get it
    /// (chains too: `type A B; type B C`), with their declarations' positions.
    fn settle_pending_underlying(&mut self) -> Vec<(Rc<Named>, Pos)> {
        let mut settled = Vec::new();
        loop {
            let ready = self.pending_underlying.iter().position(|(_, src, _)| {
                !matches!(*src.underlying.borrow(), Type::Invalid)
                    && !self.pending_underlying.iter().any(|(d, ..)| d.id == src.id)
            });
            let Some(k) = ready else { return settled };
            let (dep, src, pos) = self.pending_underlying.remove(k);
            let u = src.underlying.borrow().clone();
            *dep.underlying.borrow_mut() = u;
            settled.push((dep, pos));
        }
    }

    /// Reports (and drops) a struct type that contains itself by value.
    fn report_value_cycle(&mut self, named: &Rc<Named>, decl_pos: Pos) {
        let mut path = vec![named.clone()];
        if self.value_cycle(named, &mut path) {
            // A struct that contains itself by value has no finite size (and would make
            // every later walk over its fields loop forever): report it and drop it.
            let pos_of = |c: &Checker, n: &Rc<Named>| {
                c.info
                    .objects
                    .iter()
                    .find(|o| {
                        matches!(&o.ty, Type::Named(m) if m.id == n.id)
                            && o.kind == ObjKind::TypeName
                    })
                    .map(|o| o.pos)
                    .unwrap_or(decl_pos)
            };
            let msg = if path.len() == 1 {
                format!("invalid recursive type: {} refers to itself", named.name)
            } else {
                let mut m = format!("invalid recursive type {}", named.name);
                for n in &path {
                    m.push_str(&format!(
                        "\n\t{}: {} refers to",
                        self.fmt_pos(pos_of(self, n)),
                        n.name
                    ));
                }
                m.push_str(&format!("\n\t{}: {}", self.fmt_pos(decl_pos), named.name));
                m
            };
            self.error(decl_pos, msg);
            for n in &path {
                *n.underlying.borrow_mut() = Type::Invalid;
            }
        }
    }

    /// Recomputes the method sets of declared interfaces that embed others: one that was
    /// still being declared when embedded (I1 { m() I2 }, I2 { I1 }) added no methods
    /// then (go/types computes type sets lazily instead).
    fn complete_interfaces(&mut self) {
        for _round in 0..8 {
            let mut changed = false;
            for n in self.embedding_ifaces.clone() {
                let Type::Interface(it) = n.underlying.borrow().clone() else { continue };
                let new =
                    super::types::InterfaceType::new(it.methods.clone(), it.embeddeds.clone());
                if new.all_methods.len() != it.all_methods.len() {
                    *n.underlying.borrow_mut() = Type::Interface(Rc::new(new));
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// Whether the struct fields (or embedded interfaces) of the last type on `path` lead
    /// back to its first by value (not through pointers, slices, maps, channels or
    /// functions); `path` ends up holding the cycle.
    fn value_cycle(&self, start: &Rc<Named>, path: &mut Vec<Rc<Named>>) -> bool {
        let Some(last) = path.last().cloned() else { return false };
        let parts: Vec<Type> = match last.underlying.borrow().clone() {
            Type::Struct(st) => st.fields.iter().map(|f| f.ty.clone()).collect(),
            Type::Interface(it) => it.embeddeds.clone(),
            _ => return false,
        };
        for t in &parts {
            if let Type::Named(n) = t {
                if n.id == start.id {
                    return true;
                }
                if path.iter().any(|p| p.id == n.id) || path.len() > 64 {
                    continue;
                }
                path.push(n.clone());
                if self.value_cycle(start, path) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }

    /// Orders package variable declarations so that each comes after the variables its
    /// initializer refers to (source order otherwise).
    fn compute_init_order(&mut self) {
        let file = self.file;
        let var_decls: Vec<usize> = file
            .decls
            .iter()
            .enumerate()
            .filter(|(_, d)| matches!(d, Decl::Var(_)))
            .map(|(i, _)| i)
            .collect();
        let mut decl_of_obj: HashMap<ObjId, usize> = HashMap::new();
        for &di in &var_decls {
            if let Decl::Var(spec) = &file.decls[di] {
                for n in &spec.names {
                    if let Some(&o) = self.info.defs.get(&n.id) {
                        decl_of_obj.insert(o, di);
                    }
                }
            }
        }
        // The variables a declaration depends on: those its initializer refers to, and
        // (transitively) those referred to by the functions it refers to (go/types
        // initorder.go).
        let mut var_deps_of: HashMap<usize, Vec<ObjId>> = HashMap::new();
        for &di in &var_decls {
            let mut vars = Vec::new();
            let mut seen_funcs: Vec<FuncIdx> = Vec::new();
            let mut stack: Vec<ObjId> = self.var_init_deps.get(&di).cloned().unwrap_or_default();
            while let Some(o) = stack.pop() {
                match self.info.objects[o as usize].kind {
                    ObjKind::Func(f) => {
                        if !seen_funcs.contains(&f) {
                            seen_funcs.push(f);
                            stack.extend(self.func_deps.get(&f).cloned().unwrap_or_default());
                        }
                    }
                    ObjKind::Var { global: Some(_) } => vars.push(o),
                    _ => {}
                }
            }
            var_deps_of.insert(di, vars);
        }
        let mut done: Vec<usize> = Vec::new();
        let mut visiting: Vec<usize> = Vec::new();
        fn visit(
            di: usize,
            deps: &HashMap<usize, Vec<ObjId>>,
            decl_of_obj: &HashMap<ObjId, usize>,
            done: &mut Vec<usize>,
            visiting: &mut Vec<usize>,
        ) {
            if done.contains(&di) || visiting.contains(&di) {
                return;
            }
            visiting.push(di);
            if let Some(ds) = deps.get(&di) {
                for o in ds {
                    if let Some(&d2) = decl_of_obj.get(o) {
                        visit(d2, deps, decl_of_obj, done, visiting);
                    }
                }
            }
            visiting.pop();
            done.push(di);
        }
        for &di in &var_decls {
            visit(di, &var_deps_of, &decl_of_obj, &mut done, &mut visiting);
        }
        self.info.init_order = done;
    }
}

#[cfg(test)]
mod tests;
