//! Typed AST -> register bytecode (`vm::op`).
//!
//! `compile` runs the front end (`lang::check_source`) and then generates one `vm::Func`
//! per Go function: declared functions and function literals share the checker's
//! numbering (`check::FuncIdx` = `op::FuncId`), so a call to `worker` is `Call{func}` with
//! the checker's index; a synthesized `main.init` (package variable initialisers and
//! `init` functions) and small `gowrap` thunks (for `go fmt.Println(x)` and friends) come
//! after them.
//!
//! Register discipline (see op.rs for the calling convention): parameters occupy the first
//! registers, then the captured variables of a closure (loaded by a prologue), then locals
//! allocated as declarations are reached and released at the end of their block, then
//! temporaries, allocated stack-like above everything live. A call's `base` is always the
//! top of that stack, so the callee's window never overlaps a live register.
//!
//! Variables: a local lives in a register unless the checker says it must be boxed
//! (captured by a closure and changed after its declaration, or address-taken); then the
//! register holds a box handle and every access goes through `LoadBox`/`StoreBox`.
//! Closures capture registers (`Func::captures`): by value for never-changed variables,
//! the box handle otherwise. Package variables use `LoadGlobal`/`StoreGlobal`.
//!
//! Files: `func.rs` (per-function state: registers, labels, emission), `expr.rs`
//! (expressions, calls, builtins, conversions), `stmt.rs` (statements, loops, defers).

mod complex;
mod expr;
mod fault;
mod func;
mod iface;
mod libmethod;
mod methodexpr;
mod peephole;
mod stmt;

use crate::lang::ast::{Decl, File};
use crate::lang::check::{FuncIdx, Info, ObjKind};
use crate::lang::token::Pos;
use crate::lang::types::{runtime_type_string, BasicKind, Type};
use crate::lang::Diagnostic;
use crate::vm::op::{FuncId, Op, Reg, TypeId};
use crate::vm::program::{FieldMeta, Func, Program, TypeDesc, TypeKind};
use func::Fb;
use std::collections::HashMap;

/// Compile one Go source file given as bytes, as read from disk. A NUL byte, a byte that is
/// not UTF-8 or a byte order mark past the start is an error in gc's words at its position;
/// the errors the front end finds before the first of them come first, as gc sorts its errors
/// (the front end reads a copy with those bytes blanked out, which keeps every column).
pub fn compile_bytes(file: &str, src: &[u8]) -> Result<Program, Vec<Diagnostic>> {
    on_front_end_stack(|| compile_bytes_here(file, src))
}

/// Stack of the native thread the front end and code generator run on. They recurse over
/// the program's nesting (`lang::parser::MAX_NEST` units); at the cap that takes about
/// 1.6 MiB in a release build and several times more in a debug or sanitizer build, more
/// than a test harness thread (2 MiB) has. The stack is reserved, not touched, until used.
#[cfg(not(target_arch = "wasm32"))]
pub const FRONT_END_STACK: usize = 64 << 20;

/// Runs `f` on a thread with `FRONT_END_STACK` of stack; a panic in `f` goes on in the
/// caller. (The browser has no such thread: there the cap alone bounds the depth.)
#[cfg(not(target_arch = "wasm32"))]
fn on_front_end_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| {
        let thread = std::thread::Builder::new()
            .name("gopark compile".into())
            .stack_size(FRONT_END_STACK)
            .spawn_scoped(scope, f)
            .expect("the system refused a thread for the compiler");
        thread.join().unwrap_or_else(|payload| std::panic::resume_unwind(payload))
    })
}

#[cfg(target_arch = "wasm32")]
fn on_front_end_stack<T>(f: impl FnOnce() -> T) -> T {
    f()
}

fn compile_bytes_here(file: &str, src: &[u8]) -> Result<Program, Vec<Diagnostic>> {
    let encoding = crate::lang::source::source_errors(src);
    let Some(first) = encoding.first().map(|d| (d.line, d.col)) else {
        let text = std::str::from_utf8(src).expect("a source without encoding errors is UTF-8");
        return compile_clean(file, text);
    };
    let blanked = crate::lang::source::blank_out(src);
    let mut diags = match compile_clean(file, &blanked) {
        Ok(_) => Vec::new(),
        Err(d) => d,
    };
    diags.retain(|d| (d.line, d.col) < first);
    diags.extend(encoding);
    diags.truncate(crate::lang::source::MAX_ERRORS);
    Err(diags)
}

/// Compile one Go source file (package main). `file` is the name used in messages.
pub fn compile(file: &str, src: &str) -> Result<Program, Vec<Diagnostic>> {
    compile_bytes(file, src.as_bytes())
}

fn compile_clean(file: &str, src: &str) -> Result<Program, Vec<Diagnostic>> {
    let (ast, info) = crate::lang::check_source(file, src)?;
    let mut g = Gen::new(file, &ast, &info);
    g.generate();
    if !g.errors.is_empty() {
        let mut errs = crate::lang::ErrorList::default();
        for d in g.errors {
            errs.error(Pos::new(d.line, d.col), d.msg);
        }
        return Err(errs.finish());
    }
    let mut prog = g.prog;
    peephole::optimize(&mut prog);
    prog.source = src.into();
    Ok(prog)
}

/// Program-wide code generation state.
pub(crate) struct Gen<'a> {
    pub(crate) file: &'a File,
    pub(crate) info: &'a Info,
    pub(crate) prog: Program,
    type_ids: HashMap<String, TypeId>,
    /// The Go type of each runtime type id (for method tables, built last).
    pub(crate) types: Vec<Type>,
    /// Method selectors ("Name(params) results") by text.
    pub(crate) selector_ids: HashMap<String, u32>,
    /// The most registers any function's deferred calls need (for the panic frame).
    pub(crate) max_defer_regs: u16,
    string_ids: HashMap<Vec<u8>, u32>,
    /// The "stopped" box of the range-over-func loop whose yield function is generated next.
    pub(crate) range_done: Option<Reg>,
    /// Thunks for `go` on library calls, by a key describing the operation.
    pub(crate) thunks: HashMap<String, FuncId>,
    pub(crate) errors: Vec<Diagnostic>,
    /// The functions being generated (innermost last): a function literal is generated
    /// while its enclosing function is paused.
    pub(crate) fs: Vec<Fb>,
    /// Counter for gowrap thunk names per enclosing function.
    pub(crate) gowraps: HashMap<String, u32>,
    /// The program imports text/template: record signatures (`Program::selector_sigs`).
    pub(crate) reflect_sigs: bool,
    /// The program imports reflect: record `Program::basic_under`.
    reflect_kinds: bool,
}

impl<'a> Gen<'a> {
    fn new(file_name: &str, file: &'a File, info: &'a Info) -> Gen<'a> {
        let mut prog = Program { file: file_name.to_string(), ..Program::default() };
        prog.types.push(TypeDesc::new(String::new(), TypeKind::Invalid));
        // One slot per checker function, filled as they are generated.
        for f in &info.funcs {
            prog.funcs.push(Func {
                name: f.name.clone(),
                nparams: f.sig.params.len() as u16,
                nresults: f.sig.results.len() as u16,
                nregs: (f.sig.params.len().max(f.sig.results.len()).max(1)) as u16,
                code: vec![Op::Unreachable],
                lines: vec![f.pos.line],
                captures: vec![],
                line: f.pos.line,
                wrapper: false,
                recover_pc: 0,
            });
        }
        prog.nglobals = info.nglobals;
        Gen {
            file,
            info,
            prog,
            type_ids: HashMap::new(),
            types: vec![Type::Invalid],
            selector_ids: HashMap::new(),
            max_defer_regs: 2,
            string_ids: HashMap::new(),
            range_done: None,
            thunks: HashMap::new(),
            errors: Vec::new(),
            fs: Vec::new(),
            gowraps: HashMap::new(),
            reflect_sigs: false,
            reflect_kinds: false,
        }
    }

    pub(crate) fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let msg = msg.into();
        if self.errors.iter().any(|d| d.line == pos.line && d.msg == msg) {
            return;
        }
        self.errors.push(Diagnostic { line: pos.line, col: pos.col, msg });
    }

    fn generate(&mut self) {
        let file = self.file;
        self.reflect_sigs = self.imports("text/template");
        self.reflect_kinds = self.imports("reflect");
        if self.reflect_sigs {
            // The types of the values template constants and builtins make.
            for t in [
                Type::int(),
                Type::float64(),
                Type::string(),
                Type::bool(),
                Type::basic(crate::lang::types::BasicKind::Uint8),
            ] {
                self.type_id(&t);
            }
            self.receiver_types(&[]);
        }
        self.decoded_types();
        // The file's functions and then the instances of its generic ones (which the
        // checker added to the file); generic declarations themselves have no code.
        for d in file.decls.iter().chain(file.instances.iter()) {
            if let Decl::Func(fd) = d {
                if self.info.generic_decls.contains(&fd.name.id) {
                    continue;
                }
                let Some(&f) = self.info.func_of.get(&fd.name.id) else {
                    continue;
                };
                if let Some(body) = &fd.body {
                    self.gen_func(f, body);
                }
            }
        }
        self.gen_init();
        self.panic_support();
        self.method_tables();
        match self.info.main_func {
            Some(m) => self.prog.main = m,
            None => self.error(Pos::new(1, 1), "function main is undeclared in the main package"),
        }
    }

    /// Whether the program imports package `path`.
    fn imports(&self, path: &str) -> bool {
        let quoted = format!("\"{path}\"");
        self.file
            .decls
            .iter()
            .any(|d| matches!(d, Decl::Import(i) if i.path.as_ref().is_some_and(|p| p.0 == quoted)))
    }

    /// encoding/json's decoder stores values of these types in `any` targets (objects,
    /// arrays, numbers, strings, bools): their descriptors must exist, under the ids the
    /// program's own type assertions use, before the native looks them up by name.
    fn decoded_types(&mut self) {
        if !self.imports("encoding/json") {
            return;
        }
        let any = Type::empty_interface();
        for t in [
            Type::bool(),
            Type::float64(),
            Type::string(),
            Type::Slice(std::rc::Rc::new(any.clone())),
            Type::Map(std::rc::Rc::new(Type::string()), std::rc::Rc::new(any)),
        ] {
            self.type_id(&t);
        }
        // The receiver types of the program's marshalers and unmarshalers, and pointers to
        // them: the decoder calls UnmarshalJSON through a *T it makes, which the program
        // itself may never name.
        self.receiver_types(&["MarshalJSON", "UnmarshalJSON", "MarshalText", "UnmarshalText"]);
    }

    /// Registers the receiver types of the program's methods called `names` (all methods
    /// when empty) and pointers to them: the decoder calls UnmarshalJSON through a *T it
    /// makes, and text/template calls a pointer method on an addressable T, though the
    /// program itself may never name *T.
    fn receiver_types(&mut self, names: &[&str]) {
        let mut recvs = Vec::new();
        for ((_, name), &f) in &self.info.method_funcs {
            if !names.is_empty() && !names.contains(&name.as_str()) {
                continue;
            }
            let Some(&recv) = self.info.funcs[f as usize].params.first() else { continue };
            let t = self.info.obj(recv).ty.clone();
            let base = match &t {
                Type::Pointer(b) => (**b).clone(),
                _ => t.clone(),
            };
            recvs.push((f, base));
        }
        // In declaration order: type ids must not depend on a HashMap's order.
        recvs.sort_by_key(|r| r.0);
        for (_, base) in recvs {
            self.type_id(&base);
            self.type_id(&Type::Pointer(std::rc::Rc::new(base)));
        }
    }

    /// The synthesized package initialiser: variable initialisers in dependency order,
    /// then the `init` functions in source order.
    fn gen_init(&mut self) {
        let order = self.info.init_order.clone();
        // Package variables whose address is taken get their boxes first, zeroed, so that
        // every initializer and init function finds them (expr::global_boxed).
        let boxed: Vec<u32> = (self.info.objects.iter())
            .filter_map(|o| match o.kind {
                ObjKind::Var { global: Some(g) } if expr::global_boxed(o) => Some(g),
                _ => None,
            })
            .collect();
        let has_work = !self.info.init_funcs.is_empty()
            || !boxed.is_empty()
            || order.iter().any(|&di| matches!(&self.file.decls[di], Decl::Var(_)));
        if !has_work {
            return;
        }
        let id = self.prog.funcs.len() as FuncId;
        self.prog.funcs.push(Func { name: "main.init".into(), ..Func::default() });
        let sig = std::rc::Rc::new(crate::lang::types::Signature {
            params: vec![],
            results: vec![],
            variadic: false,
            ..Default::default()
        });
        let fb = Fb::new(id, u32::MAX, sig, 1);
        self.fs.push(fb);
        for g in boxed {
            let (zero, b) = (self.alloc(), self.alloc());
            self.emit(Op::LoadNil { dst: zero });
            self.emit(Op::NewBox { dst: b, src: zero });
            self.emit(Op::StoreGlobal { g, src: b });
        }
        let file = self.file;
        for di in order {
            if let Decl::Var(spec) = &file.decls[di] {
                self.set_line(spec.pos);
                self.global_var_spec(spec);
            }
        }
        for f in self.info.init_funcs.clone() {
            let base = self.f().top;
            self.emit(Op::Call { func: f, base });
        }
        self.emit(Op::Ret { src: 0, n: 0 });
        let fb = self.fs.pop().unwrap();
        let func = self.finish_func(fb, "main.init".into(), 0, 0, vec![], 1);
        self.prog.funcs[id as usize] = func;
        self.prog.init = Some(id);
    }

    // ---- constant pools

    pub(crate) fn string_const(&mut self, s: &[u8]) -> u32 {
        if let Some(&k) = self.string_ids.get(s) {
            return k;
        }
        let k = self.prog.strings.len() as u32;
        self.prog.strings.push(s.into());
        self.string_ids.insert(s.to_vec(), k);
        k
    }

    /// The runtime type descriptor of a Go type. Deduplicated by identity: the %T name
    /// plus the ids of the named types in it, so two local types `T` declared in different
    /// functions (printed alike) stay two types.
    pub(crate) fn type_id(&mut self, t: &Type) -> TypeId {
        let t = if t.is_untyped() { t.default_type() } else { t.clone() };
        let name = runtime_type_string(&t);
        let key = iface::type_key(&t, &name);
        if let Some(&id) = self.type_ids.get(&key) {
            return id;
        }
        self.new_type_id(&t, name, key)
    }

    fn new_type_id(&mut self, t: &Type, name: String, key: String) -> TypeId {
        let t = t.clone();
        // Structs and pointers to them may be recursive (type Node struct{ next *Node }):
        // their id is taken before their parts are described.
        let reserve = match t.underlying() {
            Type::Struct(_) | Type::Array(..) => true,
            Type::Pointer(b) => matches!(b.underlying(), Type::Struct(_) | Type::Array(..)),
            _ => false,
        };
        if reserve {
            let id = self.push_type(name, TypeKind::Invalid, key, &t);
            let kind = match t.underlying() {
                Type::Struct(st) => TypeKind::Struct {
                    fields: st
                        .fields
                        .iter()
                        .map(|f| (f.name.clone(), self.type_id(&f.ty)))
                        .collect(),
                },
                Type::Array(len, elem) => TypeKind::Array { elem: self.type_id(&elem), len },
                Type::Pointer(b) => TypeKind::StructPtr { elem: self.type_id(&b) },
                _ => TypeKind::Invalid,
            };
            self.prog.types[id as usize].kind = kind;
            if let Type::Struct(st) = t.underlying() {
                self.prog.types[id as usize].field_meta = st
                    .fields
                    .iter()
                    .map(|f| FieldMeta { tag: f.tag.clone(), embedded: f.embedded })
                    .collect();
            }
            return id;
        }
        // time.Time has no Go-visible structure in the checker; at run time it is the
        // instant in nanoseconds that the timer natives send.
        let kind = match t.underlying() {
            _ if name == "time.Time" => TypeKind::Int { bits: 64, signed: true },
            Type::Basic(k) => match k.canonical() {
                BasicKind::Bool | BasicKind::UntypedBool => TypeKind::Bool,
                BasicKind::String | BasicKind::UntypedString => TypeKind::String,
                BasicKind::Float32 => TypeKind::Float32,
                BasicKind::Float64 | BasicKind::UntypedFloat => TypeKind::Float64,
                BasicKind::Complex64 => TypeKind::Complex { single: true },
                BasicKind::Complex128 | BasicKind::UntypedComplex => {
                    TypeKind::Complex { single: false }
                }
                k if k.is_integer() => {
                    TypeKind::Int { bits: k.int_bits(), signed: !k.is_unsigned() }
                }
                _ => TypeKind::Invalid,
            },
            Type::Func(_) => TypeKind::Func,
            Type::Pointer(_) | Type::Opaque(_) => TypeKind::Pointer,
            Type::Interface(_) => TypeKind::Interface,
            _ => TypeKind::Invalid,
        };
        let id = self.push_type(name, kind, key, &t);
        if let (Type::Basic(k), true) = (t.underlying(), self.reflect_kinds) {
            self.prog.basic_under.insert(id, k.canonical().name());
        }
        // Elements are described after the type has its id: `type T []T`, `type C chan C`
        // refer to themselves through them.
        let kind = match t.underlying() {
            Type::Chan(_, elem) => Some(TypeKind::Chan { elem: self.type_id(&elem) }),
            Type::Slice(elem) => Some(TypeKind::Slice { elem: self.type_id(&elem) }),
            Type::Map(k, v) => {
                let key = self.type_id(&k);
                Some(TypeKind::Map { key, elem: self.type_id(&v) })
            }
            _ => None,
        };
        if let Some(kind) = kind {
            self.prog.types[id as usize].kind = kind;
        }
        if let (Type::Func(sig), true) = (t.underlying(), self.reflect_sigs) {
            let fs = self.func_sig(&sig);
            self.prog.func_sigs.insert(id, fs);
        }
        // The pointee is described after the pointer has its id: `type S []*S` refers to
        // itself through it.
        if let Type::Pointer(b) = t.underlying() {
            let pointee = self.type_id(&b);
            self.prog.types[id as usize].pointee = pointee;
        }
        if let Type::Interface(it) = t.underlying() {
            let mut sels: Vec<u32> =
                it.all_methods.iter().map(|(n, sig)| self.selector(n, sig)).collect();
            sels.sort_unstable();
            self.prog.types[id as usize].iface = sels;
        }
        id
    }

    fn push_type(&mut self, name: String, kind: TypeKind, key: String, t: &Type) -> TypeId {
        let id = self.prog.types.len() as TypeId;
        self.prog.types.push(TypeDesc::new(name, kind));
        self.types.push(t.clone());
        self.type_ids.insert(key, id);
        id
    }

    /// Turns a finished function builder into a `vm::Func`.
    pub(crate) fn finish_func(
        &mut self,
        mut fb: Fb,
        name: String,
        nparams: u16,
        nresults: u16,
        captures: Vec<Reg>,
        line: u32,
    ) -> Func {
        fb.patch_labels();
        let nregs = (fb.max as u32).max(nparams as u32).max(nresults as u32).max(1);
        if nregs > u16::MAX as u32 - 8 {
            self.error(Pos::new(line, 1), "function too large (too many registers)");
        }
        Func {
            name,
            nparams,
            nresults,
            nregs: nregs.min(u16::MAX as u32) as u16,
            code: fb.code,
            lines: fb.lines,
            captures,
            line,
            wrapper: false,
            recover_pc: 0,
        }
    }

    /// The function index of a checker function (they coincide).
    pub(crate) fn func_id(f: FuncIdx) -> FuncId {
        f
    }
}

#[cfg(test)]
mod tests;
