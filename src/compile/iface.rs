//! Interfaces in the generated code: method selectors, the method table of every type that
//! reaches an interface (with the wrappers that adjust a receiver), calls and method values
//! through interfaces, type assertions, type switches and ==.
//!
//! A method table entry takes the interface value's payload as its receiver (see
//! `vm::program::TypeDesc::methods`). Where the method wants something else, the entry is a
//! small wrapper, as Go's compiler makes them: a value method of a struct copies the struct
//! (the method may change its copy; the interface's must not change), a value method through
//! a pointer dereferences it, a promoted method follows the embedded fields, a slice type's
//! method unboxes the slice. Wrappers are hidden in tracebacks, as Go hides its own.

use super::Gen;
use crate::lang::ast::{self, Expr, ExprKind, Stmt};
use crate::lang::check::{Mode, Selection};
use crate::lang::lookup::{lookup_field_or_method, Lookup, Object};
use crate::lang::types::{write_sig, Signature, Type};
use crate::vm::op::{FuncId, Op, Reg, TypeId};
use crate::vm::program::Func;
use std::collections::BTreeSet;

/// The key that identifies a runtime type: its %T `name`, plus the ids of the named types
/// in it when there are any (two named types are identical only to themselves) and the
/// names of embedded fields (`struct{ Int }` with `type Int = int` prints as
/// `struct { int }` but is another type: its field is named Int).
pub(crate) fn type_key(t: &Type, name: &str) -> String {
    let mut parts = Vec::new();
    identity_parts(t, &mut parts, 0);
    if parts.is_empty() {
        name.to_string()
    } else {
        format!("{name}#{}", parts.join(","))
    }
}

fn identity_parts(t: &Type, out: &mut Vec<String>, depth: u32) {
    if depth > 32 {
        return;
    }
    let d = depth + 1;
    match t {
        Type::Named(n) => out.push(n.id.to_string()),
        Type::Pointer(e) | Type::Slice(e) | Type::Chan(_, e) | Type::Array(_, e) => {
            identity_parts(e, out, d)
        }
        Type::Map(k, v) => {
            identity_parts(k, out, d);
            identity_parts(v, out, d);
        }
        Type::Struct(st) => {
            for f in &st.fields {
                if f.embedded {
                    out.push(format!("^{}", f.name));
                }
                identity_parts(&f.ty, out, d);
            }
        }
        Type::Func(sig) => {
            sig.params.iter().chain(&sig.results).for_each(|t| identity_parts(t, out, d))
        }
        Type::Interface(it) => {
            for (_, sig) in &it.all_methods {
                sig.params.iter().chain(&sig.results).for_each(|t| identity_parts(t, out, d));
            }
        }
        Type::Tuple(list) => list.iter().for_each(|t| identity_parts(t, out, d)),
        _ => {}
    }
}

/// Whether `sig` is `func() string` (the signature of String and Error).
fn is_string_method(sig: &Signature) -> bool {
    sig.params.is_empty() && sig.results.len() == 1 && sig.results[0].is_string()
}

/// Whether `sig` is `func(fmt.State, rune)` (fmt.Formatter's Format).
fn is_format_method(sig: &Signature) -> bool {
    let name = crate::lang::types::runtime_type_string;
    matches!(&sig.params[..], [s, r] if name(s) == "fmt.State" && name(r) == "int32")
        && sig.results.is_empty()
}

/// The type a pointer type points to, or None.
fn pointee(t: &Type) -> Option<Type> {
    match t.underlying() {
        Type::Pointer(b) => Some((*b).clone()),
        _ => None,
    }
}

fn is_struct(t: &Type) -> bool {
    super::expr::is_struct(t)
}

impl<'a> Gen<'a> {
    /// The selector of method `name` with signature `sig`: the same name with another
    /// signature is another method, as far as interfaces are concerned.
    pub(crate) fn selector(&mut self, name: &str, sig: &Signature) -> u32 {
        let mut key = name.to_string();
        write_sig(&mut key, sig, true);
        if let Some(&s) = self.selector_ids.get(&key) {
            return s;
        }
        let s = self.prog.selectors.len() as u32;
        self.prog.selectors.push(key.clone());
        self.selector_ids.insert(key, s);
        if self.reflect_sigs {
            let fs = self.func_sig(sig);
            self.prog.selector_sigs.insert(s, fs);
        }
        s
    }

    /// `sig` in type ids, for text/template (`Program::selector_sigs`).
    pub(crate) fn func_sig(&mut self, sig: &Signature) -> crate::vm::program::FuncSig {
        crate::vm::program::FuncSig {
            params: sig.params.iter().map(|t| self.type_id(t)).collect(),
            results: sig.results.iter().map(|t| self.type_id(t)).collect(),
            variadic: sig.variadic,
        }
    }

    /// Builds the method table of every concrete type with an id (types made meanwhile,
    /// by wrappers, included).
    pub(crate) fn method_tables(&mut self) {
        let mut names: BTreeSet<String> =
            self.info.method_funcs.keys().map(|(_, n)| n.clone()).collect();
        for t in &self.types {
            if let Type::Interface(it) = t.underlying() {
                names.extend(it.all_methods.iter().map(|(n, _)| n.clone()));
            }
        }
        // Every method called through an interface (an interface type need not have an id).
        names.extend(
            self.prog.selectors.iter().filter_map(|s| s.split('(').next()).map(String::from),
        );
        if names.is_empty() {
            return;
        }
        let mut i = 1;
        while i < self.types.len() {
            let t = self.types[i].clone();
            if t.is_valid() && !t.is_interface() && !matches!(t, Type::Tuple(_)) {
                self.method_table(i, &t, &names);
            }
            i += 1;
        }
    }

    fn method_table(&mut self, id: usize, t: &Type, names: &BTreeSet<String>) {
        let mut methods = Vec::new();
        for name in names {
            let Lookup::Found { obj, path, .. } = lookup_field_or_method(t, false, name, false)
            else {
                continue;
            };
            let (f, sig) = match obj {
                Object::Method { recv, method } if method.builtin.is_none() => {
                    let Some(&func) = self.info.method_funcs.get(&(recv.id, name.clone())) else {
                        continue;
                    };
                    (
                        self.method_entry(
                            t,
                            &path,
                            Some((func, method.ptr_recv)),
                            name,
                            &method.sig,
                        ),
                        method.sig,
                    )
                }
                Object::IfaceMethod { sig, .. } if !path.is_empty() => {
                    (self.method_entry(t, &path, None, name, &sig), sig)
                }
                Object::Method { method, .. } => {
                    let Some(b) = method.builtin else { continue };
                    let Some(f) = self.builtin_method_entry(t, &path, b, name, &method.sig) else {
                        continue;
                    };
                    (f, method.sig)
                }
                _ => continue,
            };
            let sel = self.selector(name, &sig);
            methods.push((sel, f));
            let d = &mut self.prog.types[id];
            match name.as_str() {
                "Error" if is_string_method(&sig) => d.error_method = Some(f),
                "String" if is_string_method(&sig) => d.string_method = Some(f),
                "GoString" if is_string_method(&sig) => d.gostring_method = Some(f),
                "Format" if is_format_method(&sig) => {
                    d.format_method = Some(f);
                    // fmt passes its own State (`*fmt.pp`), whose methods need a table.
                    let state =
                        Signature { results: vec![sig.params[0].clone()], ..Default::default() };
                    self.lib_result_types(&state);
                }
                _ => {}
            }
        }
        methods.sort_unstable_by_key(|e| e.0);
        self.prog.types[id].methods = methods;
    }

    /// The method table entry of a method of sync's or another library type (`*sync.Mutex`
    /// as a `sync.Locker`, `*sync.RWMutex`, a struct embedding either): a wrapper that
    /// reaches the receiver's handle through the embedded fields of `path` and runs the
    /// method's instruction or native. None for the natives that call back into Go code
    /// (fmt's, Once.Do), which need the caller's reserved registers.
    fn builtin_method_entry(
        &mut self,
        t: &Type,
        path: &[u16],
        b: crate::lang::types::BuiltinMethod,
        name: &str,
        sig: &Signature,
    ) -> Option<FuncId> {
        use crate::lang::types::BuiltinMethod as B;
        let mut code: Vec<Op> =
            path.iter().map(|&idx| Op::LoadField { dst: 0, obj: 0, idx, addr: 0 }).collect();
        let np = sig.params.len() as u16;
        let nres = sig.results.len() as u16;
        let mut pending = None;
        match b {
            B::MutexLock => code.push(Op::MutexLock { mu: 0 }),
            B::MutexUnlock => code.push(Op::MutexUnlock { mu: 0 }),
            B::WgAdd => code.push(Op::WgAdd { wg: 0, n: 1 }),
            B::WgDone => code.push(Op::WgDone { wg: 0 }),
            B::WgWait => code.push(Op::WgWait { wg: 0 }),
            // Its body starts a goroutine (see wg_go): no method table entry of its own.
            B::WgGo => return None,
            B::Lib(id) => {
                // A coroutine method (a *bufio.Reader's Read calling its reader's) gets
                // the pending call after it, as at a direct call (`emit_native`).
                let coroutine = crate::library::calls_go(id);
                if (crate::library::may_call_go(id) && !coroutine)
                    || crate::library::name(id) == "sync.*Once.Do"
                {
                    return None;
                }
                self.lib_result_types(sig);
                code.push(Op::CallNative {
                    native: crate::vm::op::Native::Lib(id),
                    base: 0,
                    nargs: 1 + np,
                });
                if coroutine {
                    let at = (1 + np).max(nres);
                    code.push(Op::CallIface { sel: crate::vm::op::PENDING_CALL, base: at });
                    pending = Some(at + crate::library::GO_CALL_REGS);
                }
            }
        }
        code.push(Op::Ret { src: 0, n: nres });
        let recv = crate::lang::types::runtime_type_string(t);
        let f = self.push_wrapper(format!("{recv}.{name}"), 1 + np, nres, code, vec![], 0);
        if let Some(regs) = pending {
            let func = &mut self.prog.funcs[f as usize];
            func.nregs = func.nregs.max(regs);
        }
        Some(f)
    }

    /// A wrapper that calls value method `name` of type `b` through a *b: a nil pointer
    /// panics with Go's panicwrap text, which names the method rather than the dereference.
    fn panicwrap_check(&mut self, b: &Type, name: &str, code: &mut Vec<Op>) {
        let full = crate::lang::types::runtime_type_string(b);
        let short = full.rsplit('.').next().unwrap_or(&full).to_string();
        let text = format!("value method {full}.{name} called using nil *{short} pointer");
        let k = self.string_const(text.as_bytes());
        code.push(Op::NilCheckWrap { p: 0, k });
    }

    /// The function a method table entry of type `t` calls for method `name`: the method
    /// itself (`method` = its function and whether its receiver is a pointer) when it can
    /// take the payload as is, else a wrapper that reaches the receiver through the
    /// embedded fields of `path` and adjusts it. With `method` None, `name` belongs to an
    /// embedded interface field at the end of `path`, called through it.
    fn method_entry(
        &mut self,
        t: &Type,
        path: &[u16],
        method: Option<(FuncId, bool)>,
        name: &str,
        sig: &Signature,
    ) -> FuncId {
        let mut code = Vec::new();
        if matches!(t.underlying(), Type::Slice(_)) {
            // A slice is boxed inside an interface value (see vm/value.rs).
            code.push(Op::LoadBox { dst: 0, b: 0 });
        }
        let ptr_recv = method.is_some_and(|m| m.1);
        let mut cur = t.clone();
        for (k, &idx) in path.iter().enumerate() {
            let st = pointee(&cur).unwrap_or_else(|| cur.clone());
            let Type::Struct(st) = st.underlying() else { break };
            let Some(f) = st.fields.get(idx as usize) else { break };
            let last = k + 1 == path.len();
            if last && ptr_recv && !is_struct(&f.ty) && pointee(&f.ty).is_none() {
                code.push(Op::FieldAddr { dst: 0, obj: 0, idx });
                cur = Type::Pointer(std::rc::Rc::new(f.ty.clone()));
                break;
            }
            code.push(Op::LoadField { dst: 0, obj: 0, idx, addr: 0 });
            cur = f.ty.clone();
        }
        let np = sig.params.len() as u16;
        let nres = sig.results.len() as u16;
        let call = match method {
            Some((func, ptr_recv)) => {
                if !ptr_recv {
                    if let (Some(b), true) = (pointee(&cur), path.is_empty()) {
                        self.panicwrap_check(&b, name, &mut code);
                    }
                    match pointee(&cur) {
                        Some(b) if is_struct(&b) => {
                            let ty = self.type_id(&b);
                            code.push(Op::NilCheck { p: 0, addr: 0 });
                            code.push(Op::CopyStruct { dst: 0, src: 0, ty });
                        }
                        Some(_) => code.push(Op::LoadBox { dst: 0, b: 0 }),
                        None if is_struct(&cur) => {
                            let ty = self.type_id(&cur);
                            code.push(Op::CopyStruct { dst: 0, src: 0, ty });
                        }
                        None => {}
                    }
                }
                if code.is_empty() {
                    return func;
                }
                Op::Call { func, base: 0 }
            }
            None => Op::CallIface { sel: self.selector(name, sig), base: 0 },
        };
        code.push(call);
        code.push(Op::Ret { src: 0, n: nres });
        let line = method.and_then(|m| self.prog.funcs.get(m.0 as usize)).map_or(0, |f| f.line);
        let recv = crate::lang::types::runtime_type_string(t);
        let recv = match recv.strip_prefix('*') {
            Some(base) => match base.rsplit_once('.') {
                Some((pkg, n)) => format!("{pkg}.(*{n})"),
                None => format!("(*{base})"),
            },
            None => recv,
        };
        self.push_wrapper(format!("{recv}.{name}"), 1 + np, nres, code, vec![], line)
    }

    /// The panic frame's function and the runtime error type (see interp/panics.rs).
    pub(crate) fn panic_support(&mut self) {
        let n = self.max_defer_regs;
        let code = vec![
            Op::RunDefers { base: 0 },
            Op::CallIface { sel: crate::vm::op::PENDING_CALL, base: 0 },
            Op::Unreachable,
        ];
        let f = self.push_wrapper("panic".into(), 0, 0, code, vec![], 0);
        self.prog.funcs[f as usize].nregs = n.max(2);
        self.prog.funcs[f as usize].wrapper = false;
        self.prog.panic_func = Some(f);
        // A runtime error is its message; its Error method returns it. One type per Go
        // runtime error type, with consecutive ids (`vm::program::RUNTIME_ERROR_TYPES`).
        for (i, name) in crate::vm::program::RUNTIME_ERROR_TYPES.iter().enumerate() {
            let ty = self.runtime_error_type(name);
            if i == 0 {
                self.prog.runtime_error = ty;
            }
        }
    }

    /// One runtime error type: `name`, a string with the Error and RuntimeError methods.
    fn runtime_error_type(&mut self, name: &str) -> crate::vm::op::TypeId {
        let ty = self.push_type(
            name.to_string(),
            crate::vm::program::TypeKind::String,
            name.to_string(),
            &Type::Invalid,
        );
        let recv = match name.strip_prefix("*runtime.") {
            Some(base) => format!("runtime.(*{base})"),
            None => name.to_string(),
        };
        let code = vec![Op::Ret { src: 0, n: 1 }];
        let err = self.push_wrapper(format!("{recv}.Error"), 1, 1, code, vec![], 0);
        let sig = Signature { results: vec![Type::string()], ..Default::default() };
        let sel = self.selector("Error", &sig);
        // RuntimeError marks it a runtime.Error (`r.(runtime.Error)` in a recover).
        let code = vec![Op::Ret { src: 0, n: 0 }];
        let rt_err = self.push_wrapper(format!("{recv}.RuntimeError"), 1, 0, code, vec![], 0);
        let rt_sel = self.selector("RuntimeError", &Signature::default());
        let mut methods = vec![(sel, err), (rt_sel, rt_err)];
        methods.sort_by_key(|m| m.0);
        let d = &mut self.prog.types[ty as usize];
        d.methods = methods;
        d.error_method = Some(err);
        ty
    }

    /// The body of a bound method value (Go's `M-fm`): capture 0 (the receiver) at register
    /// `np`, the `np` parameters after it, `call` with its base at `np`, and its `nres`
    /// results returned.
    pub(crate) fn bound_call_code(np: u16, nres: u16, call: Op) -> Vec<Op> {
        let mut code = vec![Op::LoadCapture { dst: np, idx: 0 }];
        for i in 0..np {
            code.push(Op::Move { dst: np + 1 + i, src: i });
        }
        code.push(call);
        code.push(Op::Ret { src: np, n: nres });
        code
    }

    /// Adds a compiler-made function (hidden in tracebacks) whose registers are its
    /// `nparams` parameters plus what its straight-line `code` uses.
    pub(crate) fn push_wrapper(
        &mut self,
        name: String,
        nparams: u16,
        nresults: u16,
        code: Vec<Op>,
        captures: Vec<Reg>,
        line: u32,
    ) -> FuncId {
        let mut nregs = nparams.max(nresults).max(1);
        for op in &code {
            op.each_reg(|r| nregs = nregs.max(r + 1));
            if let Op::Call { base, .. } | Op::CallIface { base, .. } = op {
                nregs = nregs.max(base + nparams.max(nresults));
            }
        }
        let id = self.prog.funcs.len() as FuncId;
        let lines = vec![line; code.len()];
        self.prog.funcs.push(Func {
            name,
            nparams,
            nresults,
            nregs,
            code,
            lines,
            captures,
            line,
            wrapper: true,
            recover_pc: 0,
        });
        id
    }

    /// Evaluates the interface value whose method selection `fun` (x.M) names into dst:
    /// x itself, or the embedded interface field its path leads to.
    fn iface_recv_to(&mut self, fun: &Expr, path: &[u16], dst: Reg) {
        let ExprKind::Selector { x, .. } = &fun.unparen().kind else { return };
        if path.is_empty() {
            self.expr_to(x, dst);
            return;
        }
        let addrs = self.path_fault_addrs(&self.ty(x), path);
        let mut h = self.expr(x);
        self.set_line(fun.pos);
        for (k, (&idx, &addr)) in path.iter().zip(&addrs).enumerate() {
            let to = if k + 1 == path.len() { dst } else { self.alloc() };
            self.emit(Op::LoadField { dst: to, obj: h, idx, addr });
            h = to;
        }
    }

    /// The selector of the interface method that `fun` (x.M) names.
    fn iface_selector(&mut self, fun: &Expr) -> u32 {
        let ExprKind::Selector { sel, .. } = &fun.unparen().kind else { return 0 };
        let sig = self.ty(fun).signature().unwrap_or_default();
        self.selector(&sel.value, &sig)
    }

    /// x.M(args) where M is a method of x's interface type: dynamic dispatch.
    pub(crate) fn iface_call(&mut self, e: &Expr, fun: &Expr, path: &[u16]) -> (Reg, u16) {
        let ExprKind::Call { args, has_dots, .. } = &e.kind else { return (0, 0) };
        let sig = self.ty(fun).signature().unwrap_or_default();
        let base = self.f().top;
        let r = self.alloc();
        self.iface_recv_to(fun, path, r);
        self.f().top = base + 1;
        let nargs = self.push_args(args, &sig, base + 1, true, *has_dots);
        let sel = self.iface_selector(fun);
        self.set_line(e.pos);
        self.emit(Op::CallIface { sel, base });
        let nres = sig.results.len() as u16;
        self.reserve_to(base, nres.max(nargs + 1));
        let f = self.f();
        f.top = base + nres;
        if f.top > f.max {
            f.max = f.top;
        }
        (base, nres)
    }

    /// The method value x.M of an interface method into dst: a closure over the interface
    /// value (evaluated now) that calls M through it (Go's `I.M-fm`).
    pub(crate) fn iface_method_value_to(&mut self, e: &Expr, path: &[u16], dst: Reg) {
        let recv = self.alloc();
        self.iface_recv_to(e, path, recv);
        // Go evaluates i.M now: a nil interface panics here, not when the value is called.
        self.set_line(e.pos);
        self.emit(Op::NilCheckIface { x: recv });
        let sig = self.ty(e).signature().unwrap_or_default();
        let sel = self.iface_selector(e);
        let np = sig.params.len() as u16;
        let nres = sig.results.len() as u16;
        let code = Self::bound_call_code(np, nres, Op::CallIface { sel, base: np });
        let name = match &e.unparen().kind {
            ExprKind::Selector { x, sel: s } => {
                let xt = crate::lang::types::runtime_type_string(&self.ty(x));
                format!("{xt}.{}-fm", s.value)
            }
            _ => "main.?-fm".into(),
        };
        let line = self.f().line;
        let f = self.push_wrapper(name, np, nres, code, vec![recv], line);
        self.emit(Op::MakeClosure { dst, func: f });
    }

    /// After a successful assertion to `t` (the payload, type word cleared, in r): the
    /// value as a variable of type t holds it. A struct is copied (the interface's copy must
    /// not change) and a slice unboxed.
    fn unwrap_asserted(&mut self, r: Reg, t: &Type) {
        if t.is_interface() {
            return;
        }
        if is_struct(t) {
            let ty = self.type_id(t);
            self.emit(Op::CopyStruct { dst: r, src: r, ty });
        } else if matches!(t.underlying(), Type::Slice(_)) {
            self.emit(Op::LoadBox { dst: r, b: r });
        }
    }

    /// x.(T) into dst (panics when it fails).
    pub(crate) fn assert_to(&mut self, e: &Expr, x: &Expr, dst: Reg) {
        let t = self.ty(e);
        let src = self.expr(x);
        let (ty, iface) = (self.type_id(&t), self.type_id(&self.ty(x)));
        self.set_line(e.pos);
        self.emit(Op::TypeAssert { dst, src, ty, iface, ok: false });
        self.unwrap_asserted(dst, &t);
    }

    /// v, ok := x.(T): the value and the flag in two new consecutive registers.
    pub(crate) fn assert2(&mut self, e: &Expr, x: &Expr) -> Reg {
        let t = self.ty(e);
        let src = self.expr(x);
        let (ty, iface) = (self.type_id(&t), self.type_id(&self.ty(x)));
        let dst = self.alloc_n(2);
        self.set_line(e.pos);
        self.emit(Op::TypeAssert { dst, src, ty, iface, ok: true });
        if is_struct(&t) {
            // A failed assertion gives the zero struct: CopyStruct of nil makes one.
            self.unwrap_asserted(dst, &t);
        } else if matches!(t.underlying(), Type::Slice(_)) {
            let skip = self.new_label();
            self.jmp_if_not(dst + 1, skip);
            self.unwrap_asserted(dst, &t);
            self.bind(skip);
        }
        dst
    }

    /// `switch v := x.(type) { ... }`: the clauses' types are tried in source order with
    /// comma-ok assertions (`case nil` compares with nil); each clause declares its own v.
    pub(crate) fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        x: &Expr,
        body: &[ast::CaseClause],
        label: Option<String>,
    ) {
        let saved = self.open_block();
        if let Some(i) = init {
            self.stmt(i);
        }
        let xt = self.ty(x);
        let xv = self.alloc_local();
        self.expr_to(x, xv);
        let iface = self.type_id(&xt);
        let tmp = self.alloc_local();
        self.alloc_local();
        self.release_temps();
        let end = self.new_label();
        let bodies: Vec<usize> = body.iter().map(|_| self.new_label()).collect();
        let mut default = None;
        for (i, c) in body.iter().enumerate() {
            let Some(cases) = &c.cases else {
                default = Some(i);
                continue;
            };
            for ce in cases.list() {
                self.set_line(ce.start());
                match self.case_type(ce) {
                    None => {
                        self.emit(Op::LoadNil { dst: tmp });
                        self.emit(Op::EqRef { dst: tmp + 1, a: xv, b: tmp });
                    }
                    Some(t) => {
                        let ty = self.type_id(&t);
                        self.emit(Op::TypeAssert { dst: tmp, src: xv, ty, iface, ok: true });
                    }
                }
                self.jmp_if(tmp + 1, bodies[i]);
            }
        }
        match default {
            Some(d) => self.jmp(bodies[d]),
            None => self.jmp(end),
        }
        self.f().loops.push(super::func::LoopCtx { label, brk: end, cont: None });
        for (i, c) in body.iter().enumerate() {
            self.bind(bodies[i]);
            let s = self.open_block();
            self.type_switch_var((x.id, i), xv, iface);
            self.stmt_list_pub(&c.body);
            self.close_block(s);
            self.jmp(end);
        }
        self.f().loops.pop();
        self.bind(end);
        self.close_block(saved);
    }

    /// The type a type switch case names; None for `nil`.
    fn case_type(&self, ce: &Expr) -> Option<Type> {
        match self.info.tv(ce.id) {
            Some(tv) if tv.mode == Mode::TypeExpr => Some(tv.ty.clone()),
            _ => None,
        }
    }

    /// Declares the clause's v (if the switch has one) from the interface value in xv: of
    /// the clause's type when it lists exactly one type, else x's own.
    fn type_switch_var(
        &mut self,
        clause: (crate::lang::ast::NodeId, usize),
        xv: Reg,
        iface: TypeId,
    ) {
        let info = self.info;
        let Some(&o) = info.type_switch_vars.get(&clause) else { return };
        let vt = info.obj(o).ty.clone();
        let r = self.alloc_local();
        if vt.is_interface() {
            self.mov(r, xv);
        } else {
            let ty = self.type_id(&vt);
            self.emit(Op::TypeAssert { dst: r, src: xv, ty, iface, ok: false });
            self.unwrap_asserted(r, &vt);
        }
        if info.obj(o).boxed() {
            self.emit(Op::NewBox { dst: r, src: r });
        }
        self.f().vars.insert(o, r);
        self.release_temps();
    }

    /// x == y or x != y where one side is an interface and neither is nil: both as
    /// interface values of that type, compared by dynamic type and value.
    pub(crate) fn iface_compare_to(&mut self, x: &Expr, y: &Expr, ne: bool, dst: Reg) {
        let (xt, yt) = (self.ty(x), self.ty(y));
        let it = if xt.is_interface() { xt } else { yt };
        let a = self.expr_conv(x, &it);
        let b = self.expr_conv(y, &it);
        self.emit(Op::EqIface { dst, a, b, ne });
    }

    /// Whether an IfaceMethod selection names `fun`, with its path.
    pub(crate) fn iface_selection(&self, fun: &Expr) -> Option<Vec<u16>> {
        match self.info.selections.get(&fun.unparen().id) {
            Some(Selection::IfaceMethod { path }) => Some(path.clone()),
            _ => None,
        }
    }
}
