//! Expressions: constants, variables, operators, calls (Go functions, closures, library
//! functions, methods of sync.WaitGroup), builtins and conversions.

use super::complex::is_complex;
use super::Gen;
use crate::lang::ast::{Expr, ExprKind};
use crate::lang::check::{Builtin, LibFunc, Mode, ObjId, ObjKind, Selection};
use crate::lang::constant::Value;
use crate::lang::token::{Operator, Pos};
use crate::lang::types::{BasicKind, BuiltinMethod, Signature, Type};
use crate::vm::op::{Cmp, CplxOp, FuncId, MapKeyKind, Native, Op, Reg, TypeId};
use crate::vm::program::{TypeDesc, TypeKind};
use std::rc::Rc;

/// Where an assignment stores.
#[derive(Clone, Copy, Debug)]
pub(crate) enum LValue {
    Blank,
    /// A local variable held directly in a register.
    Reg(Reg),
    /// A boxed local (the register holds the box), or `*p` (the register holds p).
    Box(Reg),
    Global(u32),
    /// s[i]: registers holding the slice and the index, evaluated before the right side.
    Index(Reg, Reg),
    /// x.f (not of struct type): the register holding x's struct handle, f's index, and
    /// where a load or store faults when x is nil.
    Field(Reg, u16, FieldFault),
    /// A target of struct type: the register holding its object's handle. A store copies
    /// the value's fields into that object, so pointers to it keep seeing it.
    Struct(Reg, TypeId),
    /// m[k]: registers holding the map and the key (converted to the key type).
    MapIndex(Reg, Reg, MapKeyKind),
}

/// The fault addresses of a field access through a nil pointer (see fault.rs).
#[derive(Clone, Copy, Debug)]
pub(crate) struct FieldFault {
    pub load: u32,
    pub store: u32,
}

/// What a call expression calls.
pub(crate) enum Callee {
    Func(FuncId),
    Closure(Reg),
    Native(Native),
}

pub(crate) fn native_of(l: LibFunc) -> Native {
    match l {
        LibFunc::FmtPrintln => Native::FmtPrintln,
        LibFunc::FmtPrint => Native::FmtPrint,
        LibFunc::FmtPrintf => Native::FmtPrintf,
        LibFunc::FmtSprintf => Native::FmtSprintf,
        LibFunc::FmtSprint => Native::FmtSprint,
        LibFunc::FmtSprintln => Native::FmtSprintln,
        LibFunc::TimeSleep => Native::TimeSleep,
        LibFunc::TimeAfter => Native::TimeAfterChan,
        LibFunc::TimeTick => Native::TimeTickChan,
        LibFunc::RuntimeGOMAXPROCS => Native::RuntimeGOMAXPROCS,
        LibFunc::RuntimeNumGoroutine => Native::RuntimeNumGoroutine,
        LibFunc::RuntimeNumCPU => Native::RuntimeNumCPU,
        LibFunc::RuntimeGosched => Native::RuntimeGosched,
        LibFunc::RuntimeGoexit => Native::RuntimeGoexit,
        LibFunc::OsExit => Native::OsExit,
        LibFunc::SyscallNanosleep => Native::SyscallNanosleep,
        LibFunc::Lib(id) | LibFunc::LibVar(id) => Native::Lib(id),
    }
}

/// Number of result registers a native writes.
pub(crate) fn native_results(n: Native) -> u16 {
    match n {
        Native::FmtPrintln | Native::FmtPrint | Native::FmtPrintf => 2,
        Native::FmtSprintf | Native::FmtSprint | Native::FmtSprintln => 1,
        Native::RuntimeGOMAXPROCS | Native::RuntimeNumGoroutine | Native::RuntimeNumCPU => 1,
        Native::TimeAfterChan | Native::TimeTickChan => 1,
        Native::SyscallNanosleep => 1,
        // The library's natives have at most 4 results; calls use their signature's count.
        Native::Lib(_) => 4,
        _ => 0,
    }
}

impl<'a> Gen<'a> {
    // ---- types

    /// The (final) type of an expression; untyped types become their defaults.
    pub(crate) fn ty(&self, e: &Expr) -> Type {
        let t = self.info.type_of(e);
        if t.is_untyped() {
            t.default_type()
        } else {
            t
        }
    }

    pub(crate) fn const_val(&self, e: &Expr) -> Option<Value> {
        let tv = self.info.tv(e.id)?;
        if tv.mode == Mode::Constant {
            tv.val.clone()
        } else {
            None
        }
    }

    /// Loads a constant of type `t` into dst.
    pub(crate) fn load_const(&mut self, v: &Value, t: &Type, dst: Reg) {
        let t = if t.is_untyped() { t.default_type() } else { t.clone() };
        if t.is_interface() {
            // An untyped constant assigned to an interface was given its default type by
            // the checker; reaching here means a typed constant flows into an interface
            // at a place that converts separately.
        }
        match v {
            Value::Bool(b) => self.load_int(dst, *b as i64),
            Value::String(s) => {
                let k = self.string_const(s);
                self.emit(Op::LoadStr { dst, k });
            }
            Value::Complex(..) | Value::Int(_) | Value::Rat(..) | Value::Float(_)
                if is_complex(&t) =>
            {
                self.load_complex(dst, v.to_complex().unwrap_or((0.0, 0.0)));
            }
            Value::Complex(..) | Value::Int(_) | Value::Rat(..) | Value::Float(_) => {
                if t.is_float() {
                    let f = v.to_float().unwrap_or(0.0);
                    self.emit(Op::LoadFloat { dst, v: f });
                } else {
                    let i = v.to_int().unwrap_or(0);
                    // uint64 constants above i64::MAX keep their bit pattern.
                    self.load_int(dst, i as i64);
                }
            }
            Value::Unknown => {
                self.emit(Op::LoadNil { dst });
            }
        }
    }

    // ---- entry points

    /// Evaluates e; returns a register holding its value. The register may be a
    /// variable's home: callers must not write to it.
    pub(crate) fn expr(&mut self, e: &Expr) -> Reg {
        if let Some(r) = self.expr_home(e) {
            return r;
        }
        if let Some(r) = self.call_in_place(e) {
            return r;
        }
        let r = self.alloc();
        self.expr_to(e, r);
        r
    }

    /// If e is a non-boxed local variable, its home register.
    fn expr_home(&mut self, e: &Expr) -> Option<Reg> {
        let e = e.unparen();
        if let ExprKind::Name(_) = e.kind {
            if self.const_val(e).is_some() {
                return None;
            }
            let o = self.info.use_of(e.id)?;
            let obj = self.info.obj(o);
            if let ObjKind::Var { global: None } = obj.kind {
                if !obj.boxed() {
                    return self.f().vars.get(&o).copied();
                }
            }
        }
        None
    }

    /// A call to a Go function (or closure, or method) whose one result the caller may use
    /// where it lands: the call's window starts on top of the temporaries (above a closure
    /// value's register, if any), so its result register is itself a fresh temporary, and `expr` need not allocate one more and copy
    /// the result into it (`fib(n-1) + fib(n-2)` adds the two results where they are).
    /// Conversions, builtins and calls that yield no single value go the general way.
    fn call_in_place(&mut self, e: &Expr) -> Option<Reg> {
        let ExprKind::Call { fun, .. } = &e.unparen().kind else {
            return None;
        };
        if self.const_val(e).is_some() {
            return None;
        }
        if let Some(Mode::TypeExpr | Mode::Builtin(_)) = self.info.tv(fun.id).map(|t| t.mode) {
            return None;
        }
        if self.ty(fun).signature().map_or(true, |s| s.results.len() != 1) {
            return None;
        }
        let (base, n) = self.call(e.unparen());
        if n == 0 {
            // As `expr_to` does for a call with no value (the checker prevents this), in a
            // register of its own (the call left none in use).
            let r = self.alloc();
            self.emit(Op::LoadNil { dst: r });
            return Some(r);
        }
        Some(base)
    }

    /// Evaluates e into a fresh temporary (a copy, safe to keep while variables change).
    pub(crate) fn expr_temp(&mut self, e: &Expr) -> Reg {
        let r = self.alloc();
        self.expr_to(e, r);
        r
    }

    /// Whether e can be computed straight into a variable's register: it reads all its
    /// operands before writing its destination.
    pub(crate) fn direct_ok(&self, e: &Expr) -> bool {
        match &e.unparen().kind {
            ExprKind::Operation { op: Operator::AndAnd | Operator::OrOr, y: Some(_), .. } => false,
            ExprKind::Call { fun, .. } => !matches!(
                self.info.tv(fun.id).map(|t| t.mode),
                Some(Mode::Builtin(Builtin::Min | Builtin::Max))
            ),
            _ => true,
        }
    }

    /// Evaluates e converted to type `to` (an interface conversion if needed); the result
    /// register may be a variable's home.
    pub(crate) fn expr_conv(&mut self, e: &Expr, to: &Type) -> Reg {
        let from = self.ty(e);
        if self.needs_iface(&from, to) || (copied_by_value(&from) && !self.fresh(e)) {
            let r = self.alloc();
            self.expr_conv_to(e, to, r);
            return r;
        }
        self.expr(e)
    }

    pub(crate) fn expr_conv_to(&mut self, e: &Expr, to: &Type, dst: Reg) {
        let from = self.ty(e);
        // A struct value stored anywhere new is a copy of its own (value semantics).
        if copied_by_value(&from) && !self.fresh(e) {
            let r = self.expr(e);
            let ty = self.type_id(&from);
            if self.needs_iface(&from, to) {
                let c = self.alloc();
                self.emit(Op::CopyStruct { dst: c, src: r, ty });
                self.emit(Op::MakeIface { dst, src: c, ty });
            } else {
                self.emit(Op::CopyStruct { dst, src: r, ty });
            }
            return;
        }
        if self.needs_iface(&from, to) {
            if self.info.tv(e.id).map(|t| t.mode) == Some(Mode::Nil) {
                self.emit(Op::LoadNil { dst });
                return;
            }
            let r = self.expr(e);
            let ty = self.type_id(&from);
            self.emit(Op::MakeIface { dst, src: r, ty });
            return;
        }
        self.expr_to(e, dst);
    }

    /// Whether e's value is a new object nobody else refers to (a literal, a call's result,
    /// a received value), so storing it needs no copy.
    pub(crate) fn fresh(&self, e: &Expr) -> bool {
        match &e.unparen().kind {
            ExprKind::CompositeLit { .. } => true,
            ExprKind::Call { fun, .. } => {
                self.info.tv(fun.id).map(|t| t.mode) != Some(Mode::TypeExpr)
            }
            ExprKind::Operation { op: Operator::Recv, y: None, .. } => true,
            _ => false,
        }
    }

    pub(crate) fn needs_iface(&self, from: &Type, to: &Type) -> bool {
        to.is_interface() && !from.is_interface()
    }

    /// Converts the value in `src` (of type from) to `to` into dst.
    pub(crate) fn conv_reg(&mut self, src: Reg, from: &Type, to: &Type, dst: Reg) {
        if self.needs_iface(from, to) {
            if from.is_untyped_nil() {
                self.emit(Op::LoadNil { dst });
            } else {
                let ty = self.type_id(from);
                self.emit(Op::MakeIface { dst, src, ty });
            }
        } else {
            self.mov(dst, src);
        }
    }

    /// Evaluates e into dst.
    pub(crate) fn expr_to(&mut self, e: &Expr, dst: Reg) {
        if let Some(v) = self.const_val(e) {
            let t = self.ty(e);
            self.load_const(&v, &t, dst);
            return;
        }
        let mark = self.f().top.max(dst + 1);
        self.expr_to_inner(e, dst);
        // A struct read from a map (missing key) or a closed channel is the zero Value,
        // not a zero object: make it one, so that its fields can be read.
        if is_struct(&self.ty(e)) {
            let u = e.unparen();
            let maybe_nil = match &u.kind {
                ExprKind::Index { x, .. } => matches!(self.ty(x).underlying(), Type::Map(..)),
                ExprKind::Operation { op: Operator::Recv, y: None, .. } => true,
                _ => false,
            };
            if maybe_nil {
                let ty = self.type_id(&self.ty(e));
                self.emit(Op::CopyStruct { dst, src: dst, ty });
            }
        }
        // Temporaries used inside are dead now (dst itself stays).
        let f = self.f();
        if f.top > mark {
            f.top = mark;
        }
    }

    fn expr_to_inner(&mut self, e: &Expr, dst: Reg) {
        match &e.kind {
            ExprKind::Paren(x) => self.expr_to(x, dst),
            ExprKind::Name(_) => self.name_to(e, dst),
            ExprKind::FuncLit { .. } => {
                let f = self.gen_func_lit(e);
                self.emit(Op::MakeClosure { dst, func: f });
            }
            ExprKind::Selector { .. }
                if matches!(self.info.selections.get(&e.id), Some(Selection::Field { .. })) =>
            {
                let Some(chain) = self.field_chain(e, Some(0)) else { return };
                let obj = self.expr(chain.root);
                self.set_line(e.pos);
                self.load_chain(obj, &chain, 0, Some(dst));
            }
            // T.M, (*T).M, I.M: the method's function, or a wrapper around it.
            ExprKind::Selector { .. } if self.is_method_expr(e) => {
                if let Some(f) = self.method_expr_func(e) {
                    self.emit(Op::MakeClosure { dst, func: f });
                }
            }
            ExprKind::Selector { .. }
                if matches!(self.info.selections.get(&e.id), Some(Selection::Method { .. })) =>
            {
                // A method value x.M: a closure over the receiver, evaluated (and, for a
                // value method, copied) now.
                let Some(Selection::Method { func, .. }) = self.info.selections.get(&e.id).cloned()
                else {
                    return;
                };
                let r = self.alloc();
                self.method_recv_to(e, r);
                let sig = self.ty(e).signature().unwrap_or_default();
                let f = self.method_value_func(func, &sig, r);
                self.emit(Op::MakeClosure { dst, func: f });
            }
            ExprKind::Selector { .. }
                if matches!(
                    self.info.selections.get(&e.id),
                    Some(Selection::BuiltinMethod { .. })
                ) =>
            {
                self.lib_method_value_to(e, dst)
            }
            ExprKind::Selector { .. } if self.iface_selection(e).is_some() => {
                let path = self.iface_selection(e).unwrap_or_default();
                self.iface_method_value_to(e, &path, dst);
            }
            // tree.New, color.RGBAModel: a declaration of a package written in Go.
            ExprKind::Selector { .. } if self.info.use_of(e.id).is_some() => self.name_to(e, dst),
            ExprKind::Selector { sel, .. } => {
                if let Some(o) = self.info.use_of(sel.id) {
                    if let ObjKind::Var { .. } = self.info.obj(o).kind {
                        // A library variable the prelude declares (runtime.MemProfileRate).
                        self.load_var(o, dst);
                        return;
                    }
                    if let ObjKind::LibFunc(LibFunc::LibVar(id)) = self.info.obj(o).kind {
                        // os.Stdout: its getter makes the value (os.Interrupt's, of a
                        // dynamic type the program may never name).
                        self.set_line(e.pos);
                        self.emit(Op::CallNative { native: Native::Lib(id), base: dst, nargs: 0 });
                        let results = vec![self.ty(e)];
                        self.lib_result_types(&Signature { results, ..Default::default() });
                        return;
                    }
                    if let ObjKind::LibFunc(LibFunc::Lib(id)) = self.info.obj(o).kind {
                        if crate::library::is_generic(id) {
                            let name = crate::library::name(id);
                            self.error(
                                e.start(),
                                format!("cannot use generic function {name} without instantiation"),
                            );
                            return;
                        }
                        // strings.ToUpper as a value: a closure over a function that calls it.
                        let sig = self.ty(e).signature().unwrap_or_default();
                        let f = self.lib_func_value(id, &sig);
                        self.emit(Op::MakeClosure { dst, func: f });
                        return;
                    }
                    if let ObjKind::LibFunc(_) = self.info.obj(o).kind {
                        self.error(
                            e.start(),
                            "using a library function as a value is not supported yet",
                        );
                        return;
                    }
                }
                self.error(
                    e.start(),
                    "method values are not supported yet (call the method directly)",
                );
            }
            // F[int]: the instance of a generic function.
            ExprKind::Index { .. } if self.info.use_of(e.id).is_some() => self.name_to(e, dst),
            ExprKind::Index { x, index } if matches!(self.ty(x).underlying(), Type::Map(..)) => {
                let (m, k, kk) = self.map_operands(x, index);
                self.set_line(e.pos);
                self.emit(Op::MapIndex { dst, m, k, kk });
            }
            ExprKind::Index { x, index } => {
                let is_slice = matches!(self.ty(x).underlying(), Type::Slice(_))
                    || array_len(&self.ty(x)).is_some();
                let s = self.indexed_view(x, index, false);
                let i = self.expr(index);
                self.set_line(e.pos);
                self.check_index_u(s, i, index, !is_slice);
                if is_slice {
                    self.emit(Op::IndexSlice { dst, s, i });
                } else {
                    self.emit(Op::IndexS { dst, s, i });
                }
            }
            ExprKind::Slice { x, index, .. } => {
                let is_str = self.ty(x).is_string();
                let s = self.slice_view(x);
                let mut regs = [0 as Reg; 3];
                let mut flags = 0u8;
                for (k, ie) in index.iter().enumerate() {
                    if let Some(ie) = ie {
                        regs[k] = self.expr(ie);
                        flags |= 1 << k;
                        if wide_unsigned(&self.ty(ie)) {
                            flags |= crate::vm::op::SLICE_LO_U << k;
                        }
                    }
                }
                if array_len(&self.ty(x)).is_some() {
                    flags |= crate::vm::op::SLICE_ARRAY;
                }
                self.set_line(e.pos);
                let [lo, hi, max] = regs;
                if is_str {
                    self.emit(Op::SliceStr { dst, s, lo, hi, flags });
                } else {
                    self.emit(Op::SliceExpr { dst, s, lo, hi, max, flags });
                }
            }
            ExprKind::CompositeLit { elems, .. }
                if matches!(self.ty(e).underlying(), Type::Map(..)) =>
            {
                self.map_lit_to(e, elems, dst)
            }
            ExprKind::CompositeLit { elems, .. } if self.struct_of(&self.ty(e)).is_some() => {
                self.struct_lit_to(e, elems, dst)
            }
            // [2]int{1, 2}, or {1, 2} as an elided &[2]int (the array's handle is its pointer).
            ExprKind::CompositeLit { elems, .. } if array_len(&self.ty(e)).is_some() => {
                self.array_lit_to(e, elems, dst)
            }
            // sync.Mutex{} and other library types: the zero value, as `var v T` makes it.
            ExprKind::CompositeLit { .. } if matches!(self.ty(e).underlying(), Type::Opaque(_)) => {
                let t = self.ty(e);
                if !self.sync_zero(&t, dst) {
                    self.emit(Op::LoadNil { dst });
                }
            }
            // {} as an elided &sync.Mutex{}: new(sync.Mutex).
            ExprKind::CompositeLit { .. } if pointee_opaque(&self.ty(e)).is_some() => {
                let base = pointee_opaque(&self.ty(e)).unwrap_or(Type::Invalid);
                self.new_zero(&base, dst)
            }
            ExprKind::CompositeLit { elems, .. } => self.slice_lit_to(e, elems, dst),
            ExprKind::Operation { op, x, y: None } => self.unary_to(e, *op, x, dst),
            ExprKind::Operation { op, x, y: Some(y) } => self.binary_to(e, *op, x, y, dst),
            ExprKind::Call { .. } => {
                let (base, n) = self.call(e);
                if n == 0 {
                    // A call with no value used as one (the checker prevents this).
                    self.emit(Op::LoadNil { dst });
                } else {
                    self.mov(dst, base);
                }
            }
            ExprKind::Assert { x, .. } => self.assert_to(e, x, dst),
            _ => {
                self.error(e.start(), "expression not supported yet");
            }
        }
    }

    fn name_to(&mut self, e: &Expr, dst: Reg) {
        let Some(o) = self.info.use_of(e.id) else {
            self.emit(Op::LoadNil { dst });
            return;
        };
        let obj = self.info.obj(o);
        match &obj.kind {
            ObjKind::Var { .. } => {
                self.load_var(o, dst);
            }
            ObjKind::Func(f) => {
                let f = *f;
                self.emit(Op::MakeClosure { dst, func: f });
            }
            ObjKind::Nil => {
                self.emit(Op::LoadNil { dst });
            }
            ObjKind::Const(v) => {
                let (v, t) = (v.clone(), self.ty(e));
                self.load_const(&v, &t, dst);
            }
            _ => {
                self.emit(Op::LoadNil { dst });
            }
        }
    }

    /// Loads variable o into dst.
    pub(crate) fn load_var(&mut self, o: ObjId, dst: Reg) {
        let obj = self.info.obj(o);
        if let ObjKind::Var { global: Some(g) } = obj.kind {
            self.emit(Op::LoadGlobal { dst, g });
            if global_boxed(obj) {
                self.emit(Op::LoadBox { dst, b: dst });
            }
            return;
        }
        let boxed = obj.boxed();
        let Some(home) = self.f().vars.get(&o).copied() else {
            let pos = obj.pos;
            self.error(pos, format!("internal error: variable {} has no register", obj.name));
            return;
        };
        if boxed {
            self.emit(Op::LoadBox { dst, b: home });
        } else {
            self.mov(dst, home);
        }
    }

    /// Where a variable object is stored.
    pub(crate) fn var_lvalue(&mut self, o: ObjId) -> LValue {
        let obj = self.info.obj(o);
        if let ObjKind::Var { global: Some(g) } = obj.kind {
            if global_boxed(obj) {
                let b = self.alloc();
                self.emit(Op::LoadGlobal { dst: b, g });
                return LValue::Box(b);
            }
            return LValue::Global(g);
        }
        let boxed = obj.boxed();
        match self.f().vars.get(&o).copied() {
            Some(r) if boxed => LValue::Box(r),
            Some(r) => LValue::Reg(r),
            None => LValue::Blank,
        }
    }

    /// Evaluates the operands of an assignment target (go/types: before the right side).
    pub(crate) fn lvalue(&mut self, e: &Expr) -> LValue {
        let e = e.unparen();
        let t = self.ty(e);
        // A map element is not an object that can be overwritten in place: storing a struct
        // there stores the (already copied) value, as for any other element type.
        let map_elem = matches!(&e.kind, ExprKind::Index { x, .. } if matches!(self.ty(x).underlying(), Type::Map(..)));
        if copied_by_value(&t) && e.is_name() != Some("_") && !map_elem {
            // The target object's handle (a variable's, a field's, an element's, *p's); a
            // field's load faults where gc's store of the struct would.
            let tail = self.store_word(&t);
            let h = match self.field_chain(e, tail) {
                Some(chain) => {
                    let obj = self.expr(chain.root);
                    self.set_line(e.pos);
                    self.load_chain(obj, &chain, 0, None)
                }
                None => self.expr_temp(e),
            };
            let ty = self.type_id(&t);
            return LValue::Struct(h, ty);
        }
        let tail = self.store_word(&t);
        if let Some(chain) = self.field_chain(e, tail) {
            // The root is read at once by a load, or kept until the store in a temporary.
            let obj = match chain.path.len() {
                1 => self.expr_temp(chain.root),
                _ => self.expr(chain.root),
            };
            self.set_line(e.pos);
            let obj = self.load_chain(obj, &chain, 1, None);
            let n = chain.path.len();
            let fault = FieldFault { load: chain.last_load, store: chain.addrs[n - 1] };
            return LValue::Field(obj, chain.path[n - 1], fault);
        }
        match &e.kind {
            ExprKind::Name(n) => {
                if n == "_" {
                    return LValue::Blank;
                }
                let o = self.info.use_of(e.id).or_else(|| self.info.defs.get(&e.id).copied());
                match o {
                    Some(o) => self.var_lvalue(o),
                    None => LValue::Blank,
                }
            }
            ExprKind::Selector { sel, .. }
                if self
                    .info
                    .use_of(sel.id)
                    .is_some_and(|o| matches!(self.info.obj(o).kind, ObjKind::Var { .. })) =>
            {
                // runtime.MemProfileRate = 0: the prelude's variable.
                match self.info.use_of(sel.id) {
                    Some(o) => self.var_lvalue(o),
                    None => LValue::Blank,
                }
            }
            ExprKind::Operation { op: Operator::Mul, x, y: None } => {
                // *p = v: p is a box handle; evaluate it into a temporary now.
                let p = self.expr_temp(x);
                LValue::Box(p)
            }
            ExprKind::Index { x, index }
                if matches!(self.ty(x).underlying(), Type::Slice(_))
                    || array_len(&self.ty(x)).is_some() =>
            {
                let s = self.alloc();
                let v = self.indexed_view(x, index, true);
                self.mov(s, v);
                let i = self.expr_temp(index);
                self.check_index_u(s, i, index, false);
                LValue::Index(s, i)
            }
            ExprKind::Index { x, index } if matches!(self.ty(x).underlying(), Type::Map(..)) => {
                let (m, k, kk) = self.map_operands(x, index);
                LValue::MapIndex(m, k, kk)
            }
            _ => {
                self.error(e.start(), "assignment target not supported yet");
                LValue::Blank
            }
        }
    }

    /// Evaluates the map and the key of `m[k]` into temporaries (the key converted to the
    /// key type, so an interface key carries its dynamic type).
    pub(crate) fn map_operands(&mut self, x: &Expr, index: &Expr) -> (Reg, Reg, MapKeyKind) {
        // The checker admits only maps here; anything else compiles as an int key.
        let kt = match self.ty(x).underlying() {
            Type::Map(k, _) => (*k).clone(),
            _ => Type::int(),
        };
        let m = self.expr_temp(x);
        let k = self.alloc();
        self.expr_conv_to(index, &kt, k);
        (m, k, map_key_kind(self, &kt))
    }

    /// A map literal: make, then one store per element in source order.
    fn map_lit_to(&mut self, e: &Expr, elems: &[Expr], dst: Reg) {
        let Type::Map(kt, vt) = self.ty(e).underlying() else {
            return;
        };
        let (key, elem) = (self.type_id(&kt), self.type_id(&vt));
        let kk = map_key_kind(self, &kt);
        let m = self.alloc();
        self.set_line(e.pos);
        self.emit(Op::MakeMap { dst: m, key, elem });
        for el in elems {
            let ExprKind::KeyValue { key: ke, value: ve } = &el.kind else {
                continue;
            };
            let k = self.alloc();
            self.expr_conv_to(ke, &kt, k);
            let v = self.alloc();
            self.expr_conv_to(ve, &vt, v);
            self.set_line(el.start());
            self.emit(Op::MapStore { m, k, v, kk });
            self.f().top = m + 1;
        }
        self.mov(dst, m);
    }

    /// A slice literal: its elements in consecutive registers when it is short and has no
    /// keys, else make() followed by a store per element.
    fn slice_lit_to(&mut self, e: &Expr, elems: &[Expr], dst: Reg) {
        let t = self.ty(e);
        let Type::Slice(elem) = t.underlying() else {
            self.error(e.start(), "composite literals of this type are not supported yet");
            return;
        };
        let keyed = elems.iter().any(|el| matches!(el.kind, ExprKind::KeyValue { .. }));
        if !keyed && elems.len() <= 64 {
            let base = self.alloc_n(elems.len() as u16);
            for (i, el) in elems.iter().enumerate() {
                self.expr_conv_to(el, &elem, base + i as u16);
            }
            self.set_line(e.pos);
            self.emit(Op::SliceLit { dst, base, n: elems.len() as u16 });
            return;
        }
        // The positions: a key sets the index of its element, the others follow on.
        let mut at = Vec::with_capacity(elems.len());
        let mut next: i64 = 0;
        for el in elems {
            if let ExprKind::KeyValue { key, .. } = &el.kind {
                next = self.const_val(key).and_then(|v| v.to_int()).unwrap_or(0) as i64;
            }
            at.push(next);
            next += 1;
        }
        let len = at.iter().copied().max().map(|m| m + 1).unwrap_or(0);
        let n = self.int_temp(len);
        let elem_id = self.type_id(&elem);
        let s = self.alloc();
        self.set_line(e.pos);
        self.emit(Op::MakeSlice { dst: s, len: n, cap: n, elem: elem_id });
        for (el, &k) in elems.iter().zip(&at) {
            let ve = match &el.kind {
                ExprKind::KeyValue { value, .. } => &**value,
                _ => el,
            };
            let v = self.expr_conv(ve, &elem);
            let i = self.int_temp(k);
            self.emit(Op::StoreSlice { s, i, v });
        }
        self.mov(dst, s);
    }

    /// Evaluates x; an array (or a pointer to one) becomes a slice of all its elements that
    /// shares its storage (`Op::ArraySlice`), so slice instructions reach the elements.
    pub(crate) fn slice_view(&mut self, x: &Expr) -> Reg {
        let t = self.ty(x);
        let r = self.expr(x);
        let Some(n) = array_len(&t) else {
            return r;
        };
        let dst = self.alloc();
        self.set_line(x.start());
        self.emit(Op::ArraySlice { dst, a: r, n: n.min(u32::MAX as u64) as u32 });
        dst
    }

    /// `[N]T{...}` and `[...]T{...}`: a zero array, then a store per element given.
    fn array_lit_to(&mut self, e: &Expr, elems: &[Expr], dst: Reg) {
        let t = match self.ty(e).underlying() {
            Type::Pointer(base) => (*base).clone(),
            _ => self.ty(e),
        };
        let Type::Array(n, elem) = t.underlying() else {
            return;
        };
        let ty = self.type_id(&t);
        let obj = self.alloc();
        self.set_line(e.pos);
        self.emit(Op::NewStruct { dst: obj, ty });
        let s = self.alloc();
        self.emit(Op::ArraySlice { dst: s, a: obj, n: n.min(u32::MAX as u64) as u32 });
        let mut next: i64 = 0;
        for el in elems {
            let ve = match &el.kind {
                ExprKind::KeyValue { key, value } => {
                    next = self.const_val(key).and_then(|v| v.to_int()).unwrap_or(0) as i64;
                    &**value
                }
                _ => el,
            };
            // A struct or array element replaces the zero object with its own copy.
            let v = self.expr_conv(ve, &elem);
            let i = self.int_temp(next);
            self.emit(Op::StoreSlice { s, i, v });
            next += 1;
            self.f().top = s + 1;
        }
        self.mov(dst, obj);
    }

    /// The struct type of t (or of the struct t points to, for elided `&T` literals).
    pub(crate) fn struct_of(&self, t: &Type) -> Option<(Type, Rc<crate::lang::types::StructType>)> {
        match t.underlying() {
            Type::Struct(st) => Some((t.clone(), st)),
            Type::Pointer(b) => match b.underlying() {
                Type::Struct(st) => Some(((*b).clone(), st)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `T{1, 2}`, `T{A: 1}`: a zero struct, then a store per element given.
    fn struct_lit_to(&mut self, e: &Expr, elems: &[Expr], dst: Reg) {
        let Some((t, st)) = self.struct_of(&self.ty(e)) else {
            return;
        };
        let ty = self.type_id(&t);
        let obj = self.alloc();
        self.set_line(e.pos);
        self.emit(Op::NewStruct { dst: obj, ty });
        for (i, el) in elems.iter().enumerate() {
            let (idx, ve) = match &el.kind {
                ExprKind::KeyValue { key, value } => {
                    let name = key.is_name().unwrap_or("");
                    (st.fields.iter().position(|f| f.name == name).unwrap_or(0), &**value)
                }
                _ => (i, el),
            };
            let Some(f) = st.fields.get(idx) else {
                continue;
            };
            let ft = f.ty.clone();
            let v = self.expr_conv(ve, &ft);
            self.emit(Op::StoreField { obj, idx: idx as u16, src: v, addr: 0 });
        }
        self.mov(dst, obj);
    }

    /// Stores src into package variable `g` (through its box if its address is taken).
    pub(crate) fn store_global(&mut self, g: u32, boxed: bool, src: Reg) {
        if boxed {
            let b = self.alloc();
            self.emit(Op::LoadGlobal { dst: b, g });
            self.emit(Op::StoreBox { b, src });
        } else {
            self.emit(Op::StoreGlobal { g, src });
        }
    }

    /// Stores src into an lvalue.
    pub(crate) fn store(&mut self, lv: LValue, src: Reg) {
        match lv {
            LValue::Blank => {}
            LValue::Reg(r) => self.mov(r, src),
            LValue::Box(b) => {
                self.emit(Op::StoreBox { b, src });
            }
            LValue::Global(g) => {
                self.emit(Op::StoreGlobal { g, src });
            }
            LValue::Field(obj, idx, fault) => {
                self.emit(Op::StoreField { obj, idx, src, addr: fault.store });
            }
            LValue::Struct(dst, ty) => {
                self.emit(Op::StoreStructInto { dst, src, ty });
            }
            LValue::Index(s, i) => {
                self.emit(Op::StoreSlice { s, i, v: src });
            }
            LValue::MapIndex(m, k, kk) => {
                self.emit(Op::MapStore { m, k, v: src, kk });
            }
        }
    }

    /// Loads the current value of an lvalue into a register (for op=).
    pub(crate) fn load_lvalue(&mut self, lv: LValue) -> Reg {
        match lv {
            LValue::Blank => self.int_temp(0),
            LValue::Reg(r) => r,
            LValue::Box(b) => {
                let t = self.alloc();
                self.emit(Op::LoadBox { dst: t, b });
                t
            }
            LValue::Global(g) => {
                let t = self.alloc();
                self.emit(Op::LoadGlobal { dst: t, g });
                t
            }
            LValue::Field(obj, idx, fault) => {
                let t = self.alloc();
                self.emit(Op::LoadField { dst: t, obj, idx, addr: fault.load });
                t
            }
            LValue::Struct(h, _) => h,
            LValue::Index(s, i) => {
                let t = self.alloc();
                self.emit(Op::IndexSlice { dst: t, s, i });
                t
            }
            LValue::MapIndex(m, k, kk) => {
                let t = self.alloc();
                self.emit(Op::MapIndex { dst: t, m, k, kk });
                t
            }
        }
    }

    // ---- operators

    fn unary_to(&mut self, e: &Expr, op: Operator, x: &Expr, dst: Reg) {
        match op {
            Operator::Recv => {
                let ch = self.expr(x);
                self.emit(Op::Recv { dst, ch });
            }
            Operator::And => self.addr_to(e, x, dst),
            Operator::Mul if copied_by_value(&self.ty(e)) => {
                // *p of a struct (or Mutex, WaitGroup) is the object p points to: its handle
                // is p itself.
                self.expr_to(x, dst);
                self.set_line(e.pos);
                self.emit(Op::NilCheck { p: dst, addr: 0 });
            }
            Operator::Mul => {
                let p = self.expr(x);
                self.emit(Op::LoadBox { dst, b: p });
            }
            Operator::Add => self.expr_to(x, dst),
            Operator::Sub => {
                let t = self.ty(e);
                let a = self.expr(x);
                if is_complex(&t) {
                    self.complex_neg(&t, dst, a);
                } else if t.is_float() {
                    self.emit(Op::NegF { dst, a });
                } else {
                    self.emit(Op::NegI { dst, a });
                    self.truncate(dst, &t);
                }
            }
            Operator::Xor => {
                let t = self.ty(e);
                let a = self.expr(x);
                self.emit(Op::ComplI { dst, a });
                self.truncate(dst, &t);
            }
            Operator::Not => {
                let a = self.expr(x);
                self.emit(Op::Not { dst, a });
            }
            _ => self.error(e.start(), "operator not supported"),
        }
    }

    /// &x: the box of a boxed variable, or the handle of a WaitGroup.
    fn addr_to(&mut self, e: &Expr, x: &Expr, dst: Reg) {
        let x = x.unparen();
        let xt = self.ty(x);
        if is_sync_handle(&xt) || is_struct(&xt) {
            // A WaitGroup, Mutex or struct value is already the handle of its heap object
            // (for &T{...}, of the literal's new object).
            self.expr_to(x, dst);
            return;
        }
        match &x.kind {
            ExprKind::Name(_) => {
                let Some(o) = self.info.use_of(x.id) else {
                    return;
                };
                match self.var_lvalue(o) {
                    LValue::Box(b) => self.mov(dst, b),
                    LValue::Global(_) => self
                        .error(e.start(), "internal error: address of an unboxed package variable"),
                    _ => self.error(e.start(), "internal error: address of an unboxed variable"),
                }
            }
            ExprKind::Operation { op: Operator::Mul, x: p, y: None } => self.expr_to(p, dst),
            // &[]int{...}, &M{...}: a new variable holding the literal (an array, like a
            // struct, is already the handle of its own object).
            ExprKind::CompositeLit { .. } if array_len(&xt).is_some() => self.expr_to(x, dst),
            // &sync.Mutex{}: new(sync.Mutex).
            ExprKind::CompositeLit { .. } if matches!(xt.underlying(), Type::Opaque(_)) => {
                self.new_zero(&xt, dst)
            }
            ExprKind::CompositeLit { .. } => {
                let v = self.expr(x);
                self.set_line(x.pos);
                self.emit(Op::NewBox { dst, src: v });
            }
            // &v.f and &s[i]: interior pointers (the object's handle and the slot index).
            ExprKind::Selector { x: sx, .. }
                if matches!(self.info.selections.get(&x.id), Some(Selection::Field { .. })) =>
            {
                let Some(Selection::Field { path }) = self.info.selections.get(&x.id).cloned()
                else {
                    return;
                };
                let mut obj = self.expr(sx);
                self.set_line(x.pos);
                // gc checks the pointer explicitly before taking a field's address.
                for idx in &path[..path.len() - 1] {
                    let to = self.alloc();
                    self.emit(Op::LoadField { dst: to, obj, idx: *idx, addr: 0 });
                    obj = to;
                }
                self.emit(Op::FieldAddr { dst, obj, idx: path[path.len() - 1] });
            }
            ExprKind::Index { x: sx, index }
                if matches!(self.ty(sx).underlying(), Type::Slice(_))
                    || array_len(&self.ty(sx)).is_some() =>
            {
                let s = self.slice_view(sx);
                let i = self.expr(index);
                self.set_line(x.pos);
                self.check_index_u(s, i, index, false);
                self.emit(Op::ElemAddr { dst, s, i });
            }
            _ => self.error(e.start(), "taking this address is not supported yet"),
        }
    }

    /// Before indexing `s` (a string when `string`) with register `i` holding `index`: the
    /// check that reports a uint index of 2^63 or more as Go does (see `Op::CheckIndexU`).
    fn check_index_u(&mut self, s: Reg, i: Reg, index: &Expr, string: bool) {
        if wide_unsigned(&self.ty(index)) {
            self.emit(Op::CheckIndexU { s, i, string });
        }
    }

    /// Truncates an integer result to the size of its type (int8..int32, uint8..uint32);
    /// rounds a float32 result to 32 bits.
    pub(crate) fn truncate(&mut self, r: Reg, t: &Type) {
        let Some(k) = t.basic_kind() else { return };
        let k = k.canonical();
        if k == BasicKind::Float32 {
            self.emit(Op::RoundF32 { dst: r, a: r });
            return;
        }
        if !k.is_integer() {
            return;
        }
        let bits = k.int_bits();
        if bits >= 64 {
            return;
        }
        if k.is_unsigned() {
            let m = self.int_temp(((1u64 << bits) - 1) as i64);
            self.emit(Op::AndI { dst: r, a: r, b: m });
        } else {
            let s = self.int_temp((64 - bits) as i64);
            self.emit(Op::ShlI { dst: r, a: r, b: s });
            self.emit(Op::ShrI { dst: r, a: r, b: s });
        }
    }

    fn binary_to(&mut self, e: &Expr, op: Operator, x: &Expr, y: &Expr, dst: Reg) {
        match op {
            Operator::AndAnd | Operator::OrOr => {
                let end = self.new_label();
                self.expr_to(x, dst);
                if op == Operator::AndAnd {
                    self.jmp_if_not(dst, end);
                } else {
                    self.jmp_if(dst, end);
                }
                self.expr_to(y, dst);
                self.bind(end);
            }
            _ if op.is_comparison() => self.compare_to(e, op, x, y, dst),
            _ => {
                let t = self.ty(e);
                let a = self.expr(x);
                // x + k with a small constant k.
                if let (Operator::Add | Operator::Sub, Some(k)) = (op, self.small_int_const(y)) {
                    if t.is_integer() {
                        let k = if op == Operator::Sub { -k } else { k };
                        self.emit(Op::AddIK { dst, a, k });
                        self.truncate(dst, &t);
                        return;
                    }
                }
                let b = self.operand(op, y);
                self.arith(op, &t, dst, a, b, e.start());
            }
        }
    }

    /// The right operand of a binary operator in a register. A shift count of a 64-bit
    /// unsigned type at or above 2^63 would read as negative (the shift instructions take
    /// a negative count as a panic): it becomes 64, which shifts everything out, as Go does.
    pub(crate) fn operand(&mut self, op: Operator, y: &Expr) -> Reg {
        if !matches!(op, Operator::Shl | Operator::Shr) {
            return self.expr(y);
        }
        if let Some(k) = self.const_val(y).and_then(|v| v.to_int()).filter(|&k| k >= 64) {
            return self.int_temp(k.min(64) as i64);
        }
        let b = self.expr(y);
        if !is_uint64(&self.ty(y)) {
            return b;
        }
        let (count, neg, zero) = (self.alloc(), self.alloc(), self.int_temp(0));
        self.mov(count, b);
        self.emit(Op::LtI { dst: neg, a: b, b: zero });
        let done = self.new_label();
        self.jmp_if_not(neg, done);
        self.load_int(count, 64);
        self.bind(done);
        count
    }

    /// A constant integer operand that fits AddIK's immediate.
    fn small_int_const(&self, e: &Expr) -> Option<i32> {
        let v = self.const_val(e)?;
        let t = self.ty(e);
        if !t.is_integer() {
            return None;
        }
        let i = v.to_int()?;
        if i > i32::MIN as i128 + 1 && i <= i32::MAX as i128 {
            Some(i as i32)
        } else {
            None
        }
    }

    /// dst = a op b for operands of type t.
    pub(crate) fn arith(&mut self, op: Operator, t: &Type, dst: Reg, a: Reg, b: Reg, pos: Pos) {
        use Operator::*;
        if t.is_string() {
            if op == Add {
                self.emit(Op::Concat { dst, a, b });
            }
            return;
        }
        if is_complex(t) {
            if !self.complex_arith(op, t, dst, a, b) {
                self.error(pos, "operator not supported on complex numbers");
            }
            return;
        }
        if t.is_float() {
            let o = match op {
                Add => Op::AddF { dst, a, b },
                Sub => Op::SubF { dst, a, b },
                Mul => Op::MulF { dst, a, b },
                Div => Op::DivF { dst, a, b },
                _ => {
                    self.error(pos, "operator not supported on floats");
                    return;
                }
            };
            self.emit(o);
            self.truncate(dst, t);
            return;
        }
        let u64 = is_uint64(t);
        let o = match op {
            Div if u64 => Op::DivU { dst, a, b, rem: false },
            Rem if u64 => Op::DivU { dst, a, b, rem: true },
            Shr if u64 => Op::ShrU { dst, a, b },
            Add => Op::AddI { dst, a, b },
            Sub => Op::SubI { dst, a, b },
            Mul => Op::MulI { dst, a, b },
            Div => Op::DivI { dst, a, b },
            Rem => Op::RemI { dst, a, b },
            And => Op::AndI { dst, a, b },
            Or => Op::OrI { dst, a, b },
            Xor => Op::XorI { dst, a, b },
            AndNot => Op::AndNotI { dst, a, b },
            Shl => Op::ShlI { dst, a, b },
            Shr => Op::ShrI { dst, a, b },
            _ => {
                self.error(pos, "operator not supported");
                return;
            }
        };
        self.emit(o);
        if !matches!(op, And | AndNot | Rem) || t.is_unsigned() {
            self.truncate(dst, t);
        }
    }

    fn compare_to(&mut self, _e: &Expr, op: Operator, x: &Expr, y: &Expr, dst: Reg) {
        // The operand type: whichever side is not nil.
        let xt = self.ty(x);
        let yt = self.ty(y);
        let t = if xt.is_untyped_nil() { yt.clone() } else { xt.clone() };
        let is_nil = |g: &Self, e: &Expr| g.info.tv(e.id).map(|t| t.mode) == Some(Mode::Nil);
        if (xt.is_interface() || yt.is_interface()) && !is_nil(self, x) && !is_nil(self, y) {
            self.iface_compare_to(x, y, op == Operator::Neq, dst);
            return;
        }
        let a = self.expr(x);
        let b = self.expr(y);
        use Operator::*;
        if is_complex(&t) {
            self.complex_arith(op, &t, dst, a, b);
            return;
        }
        if is_struct(&t) {
            let ty = self.type_id(&t);
            self.emit(Op::EqStruct { dst, a, b, ty, ne: op == Neq });
            return;
        }
        let o = if t.is_string() {
            match op {
                Eql => Op::EqS { dst, a, b },
                Neq => Op::NeS { dst, a, b },
                Lss => Op::LtS { dst, a, b },
                Leq => Op::LeS { dst, a, b },
                Gtr => Op::GtS { dst, a, b },
                _ => Op::GeS { dst, a, b },
            }
        } else if t.is_float() {
            match op {
                Eql => Op::EqF { dst, a, b },
                Neq => Op::NeF { dst, a, b },
                Lss => Op::LtF { dst, a, b },
                Leq => Op::LeF { dst, a, b },
                Gtr => Op::GtF { dst, a, b },
                _ => Op::GeF { dst, a, b },
            }
        } else if t.has_nil() || t.is_time() {
            // A time.Time is equal to another with the same instant word and Location.
            match op {
                Eql => Op::EqRef { dst, a, b },
                _ => Op::NeRef { dst, a, b },
            }
        } else if is_uint64(&t) && !matches!(op, Eql | Neq) {
            let cmp = match op {
                Lss => Cmp::Lt,
                Leq => Cmp::Le,
                Gtr => Cmp::Gt,
                _ => Cmp::Ge,
            };
            Op::CmpU { cmp, dst, a, b }
        } else {
            match op {
                Eql => Op::EqI { dst, a, b },
                Neq => Op::NeI { dst, a, b },
                Lss => Op::LtI { dst, a, b },
                Leq => Op::LeI { dst, a, b },
                Gtr => Op::GtI { dst, a, b },
                _ => Op::GeI { dst, a, b },
            }
        };
        self.emit(o);
    }

    /// Jumps to label l when e evaluates to `when` (short-circuit evaluation of && and ||).
    pub(crate) fn cond_jump(&mut self, e: &Expr, when: bool, l: usize) {
        if let Some(Value::Bool(b)) = self.const_val(e) {
            if b == when {
                self.jmp(l);
            }
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.cond_jump(x, when, l),
            ExprKind::Operation { op: Operator::Not, x, y: None } => self.cond_jump(x, !when, l),
            ExprKind::Operation { op: Operator::AndAnd, x, y: Some(y) } => {
                if when {
                    let skip = self.new_label();
                    self.cond_jump(x, false, skip);
                    self.cond_jump(y, true, l);
                    self.bind(skip);
                } else {
                    self.cond_jump(x, false, l);
                    self.cond_jump(y, false, l);
                }
            }
            ExprKind::Operation { op: Operator::OrOr, x, y: Some(y) } => {
                if when {
                    self.cond_jump(x, true, l);
                    self.cond_jump(y, true, l);
                } else {
                    let skip = self.new_label();
                    self.cond_jump(x, true, skip);
                    self.cond_jump(y, false, l);
                    self.bind(skip);
                }
            }
            _ => {
                let mark = self.f().top;
                let r = self.expr(e);
                if when {
                    self.jmp_if(r, l);
                } else {
                    self.jmp_if_not(r, l);
                }
                self.f().top = mark;
            }
        }
    }

    // ---- calls

    /// Generates a call; returns the register of its first result and the number of
    /// results.
    pub(crate) fn call(&mut self, e: &Expr) -> (Reg, u16) {
        let ExprKind::Call { fun, args, .. } = &e.kind else {
            return (0, 0);
        };
        self.set_line(e.pos);
        let fun_tv = self.info.tv(fun.id).cloned();
        match fun_tv.as_ref().map(|t| t.mode) {
            Some(Mode::TypeExpr) => {
                let t = fun_tv.unwrap().ty;
                let r = self.alloc();
                self.conversion_to(&args[0], &t, r);
                return (r, 1);
            }
            Some(Mode::Builtin(b)) => return self.builtin(e, b, args),
            _ => {}
        }
        if let Some(Selection::BuiltinMethod { method: BuiltinMethod::Lib(id), .. }) =
            self.info.selections.get(&fun.unparen().id)
        {
            return self.lib_method_call(e, fun, *id, args);
        }
        if let Some(Selection::BuiltinMethod { method, .. }) =
            self.info.selections.get(&fun.unparen().id)
        {
            let m = *method;
            let wg = self.builtin_recv(fun, false);
            self.wg_method(m, wg, args);
            return (0, 0);
        }
        if let Some(Selection::Method { func, .. }) =
            self.info.selections.get(&fun.unparen().id).cloned()
        {
            return self.method_call(e, fun, func, args);
        }
        if let Some(path) = self.iface_selection(fun) {
            return self.iface_call(e, fun, &path);
        }
        let sig = self.ty(fun).signature().unwrap_or_else(|| {
            Rc::new(Signature {
                params: vec![],
                results: vec![],
                variadic: false,
                ..Default::default()
            })
        });
        let callee = self.callee(fun);
        if let Callee::Native(n @ (Native::TimeAfterChan | Native::TimeTickChan)) = callee {
            return self.time_chan_call(n, e, args);
        }
        let base = self.f().top;
        let has_dots = matches!(e.kind, ExprKind::Call { has_dots: true, .. });
        // Go functions and the library table's natives take variadic arguments as a slice.
        let pack =
            matches!(callee, Callee::Func(_) | Callee::Closure(_) | Callee::Native(Native::Lib(_)));
        let mut nargs = self.push_args(args, &sig, base, pack, has_dots);
        if let Callee::Native(Native::Lib(id)) = callee {
            if crate::library::is_generic(id) {
                // A generic library function learns its instantiation from one more
                // argument: the type id of its first parameter's type ([]int, map[K]V).
                let t = sig.params.first().map_or(0, |p| self.type_id(p));
                let r = self.alloc();
                if r != base + nargs {
                    internal_error("generic native's type argument is not after its arguments");
                }
                self.load_int(r, t as i64);
                nargs += 1;
            }
            if crate::library::takes_pointee_type(id) {
                // errors.As learns the type its target points to (see `pointee_type_arg`).
                let t = self.pointee_type_arg(args.get(1));
                let r = self.alloc();
                if r != base + nargs {
                    internal_error("errors.As's type argument is not after its arguments");
                }
                self.load_int(r, t);
                nargs += 1;
            }
        }
        self.set_line(e.pos);
        let nres = match callee {
            Callee::Func(f) => {
                self.emit(Op::Call { func: f, base });
                sig.results.len() as u16
            }
            Callee::Closure(r) => {
                self.emit(Op::CallClosure { f: r, base });
                sig.results.len() as u16
            }
            Callee::Native(n) => {
                self.emit_native(n, base, nargs, sig.results.len() as u16);
                if let Native::Lib(_) = n {
                    self.lib_result_types(&sig);
                    sig.results.len() as u16
                } else {
                    native_results(n)
                }
            }
        };
        self.reserve_to(base, nres.max(nargs));
        // The results are temporaries now.
        let f = self.f();
        f.top = base + nres;
        if f.top > f.max {
            f.max = f.top;
        }
        (base, nres)
    }

    /// `CallNative`, followed for a native that may need Go code run by the call it asks
    /// for (`Native::may_call_go`, with its four registers after the arguments).
    /// A native that calls Go functions (`library::calls_go`) keeps the pending call's
    /// registers after both its arguments and its `nres` results, so that writing its
    /// results never touches the pending call's function register.
    pub(crate) fn emit_native(&mut self, native: Native, base: Reg, nargs: u16, nres: u16) {
        self.emit(Op::CallNative { native, base, nargs });
        if let Native::Lib(id) = native {
            if crate::library::calls_go(id) {
                let at = nargs.max(nres);
                self.emit(Op::CallIface { sel: crate::vm::op::PENDING_CALL, base: base + at });
                self.reserve_to(base, at + crate::library::GO_CALL_REGS);
                return;
            }
        }
        let lib_fmt = matches!(native, Native::Lib(id) if crate::library::may_call_go(id));
        if native.may_call_go() || lib_fmt {
            self.emit(Op::CallIface { sel: crate::vm::op::PENDING_CALL, base: base + nargs });
            // The function, then a Format method's receiver, fmt.State and verb.
            self.reserve_to(base, nargs + 4);
        }
    }

    /// Evaluates the receiver of method selection `fun` (x.M) into dst: the handle of x (or
    /// of the embedded value the method belongs to) for a pointer method or a struct value
    /// (copied for a value method: value semantics); a plain value otherwise.
    pub(crate) fn method_recv_to(&mut self, fun: &Expr, dst: Reg) {
        let fun = fun.unparen();
        let (ExprKind::Selector { x, .. }, Some(Selection::Method { path, ptr_recv, .. })) =
            (&fun.kind, self.info.selections.get(&fun.id).cloned())
        else {
            return;
        };
        let xt = self.ty(x);
        let h = if path.is_empty()
            && !ptr_recv
            && !is_struct(&xt)
            && !matches!(xt.underlying(), Type::Pointer(_))
        {
            // A value method of a non-struct type on a value: the value itself.
            self.expr_to(x, dst);
            return;
        } else if path.is_empty()
            && ptr_recv
            && !is_struct(&xt)
            && !matches!(xt.underlying(), Type::Pointer(_))
        {
            // A pointer method of a non-struct type on an addressable variable: &v.
            self.addr_to(fun, x, dst);
            return;
        } else {
            self.expr(x)
        };
        self.method_recv_walk(h, xt, &path, ptr_recv, fun.pos, dst);
    }

    /// The receiver of a method reached from value `h` of type `xt` through the embedded
    /// fields of `path`, into dst: a field's address, a copy of the struct or the value a
    /// pointer points to, as the method's receiver needs.
    pub(crate) fn method_recv_walk(
        &mut self,
        mut h: Reg,
        xt: Type,
        path: &[u16],
        ptr_recv: bool,
        pos: crate::lang::token::Pos,
        dst: Reg,
    ) {
        let addrs = self.path_fault_addrs(&xt, path);
        let mut rt = xt;
        for (k, (idx, &addr)) in path.iter().zip(&addrs).enumerate() {
            if let Some((_, st)) = self.struct_of(&rt) {
                rt = st.fields.get(*idx as usize).map(|f| f.ty.clone()).unwrap_or(Type::Invalid);
            }
            self.set_line(pos);
            if k + 1 == path.len()
                && ptr_recv
                && !is_struct(&rt)
                && !is_sync_handle(&rt)
                && !matches!(rt.underlying(), Type::Pointer(_))
            {
                // A pointer method of an embedded non-struct value: &x.f, an interior pointer.
                self.emit(Op::FieldAddr { dst, obj: h, idx: *idx });
                return;
            }
            let to = self.alloc();
            self.emit(Op::LoadField { dst: to, obj: h, idx: *idx, addr });
            h = to;
        }
        let base_t = match rt.underlying() {
            Type::Pointer(b) => (*b).clone(),
            _ => rt.clone(),
        };
        if !ptr_recv && is_struct(&base_t) {
            let ty = self.type_id(&base_t);
            self.set_line(pos);
            if matches!(rt.underlying(), Type::Pointer(_)) {
                // A value method through a nil pointer dereferences it, as in Go.
                self.emit(Op::NilCheck { p: h, addr: 0 });
            }
            self.emit(Op::CopyStruct { dst, src: h, ty });
        } else if !ptr_recv && matches!(rt.underlying(), Type::Pointer(_)) {
            // A value method of a non-struct type through a pointer: *p.
            self.emit(Op::LoadBox { dst, b: h });
        } else {
            self.mov(dst, h);
        }
    }

    /// The function behind a method value (Go's `main.T.M-fm`): it captures the receiver
    /// (register `recv` of the current frame) and calls the method with it as argument 0.
    fn method_value_func(&mut self, method: u32, sig: &Signature, recv: Reg) -> FuncId {
        let np = sig.params.len() as u16;
        let nres = sig.results.len() as u16;
        let name = format!(
            "{}-fm",
            self.info.funcs.get(method as usize).map(|f| f.name.as_str()).unwrap_or("main.?")
        );
        let line = self.fs.last().map(|f| f.line).unwrap_or(0);
        let id = self.prog.funcs.len() as FuncId;
        let base = np;
        let mut code = vec![Op::LoadCapture { dst: base, idx: 0 }];
        for i in 0..np {
            code.push(Op::Move { dst: base + 1 + i, src: i });
        }
        code.push(Op::Call { func: Self::func_id(method), base });
        code.push(Op::Ret { src: base, n: nres });
        let lines = vec![line; code.len()];
        self.prog.funcs.push(crate::vm::program::Func {
            name,
            nparams: np,
            nresults: nres,
            nregs: (base + 1 + np.max(nres)).max(1),
            code,
            lines,
            captures: vec![recv],
            line,
            wrapper: false,
            recover_pc: 0,
        });
        id
    }

    /// x.M(args): the receiver is argument 0 of the method's function.
    fn method_call(&mut self, e: &Expr, fun: &Expr, func: u32, args: &[Expr]) -> (Reg, u16) {
        let sig = self.ty(fun).signature().unwrap_or_default();
        let base = self.f().top;
        let r = self.alloc();
        self.method_recv_to(fun, r);
        self.f().top = base + 1;
        let has_dots = matches!(e.kind, ExprKind::Call { has_dots: true, .. });
        let nargs = self.push_args(args, &sig, base + 1, true, has_dots);
        self.set_line(e.pos);
        self.emit(Op::Call { func: Self::func_id(func), base });
        let nres = sig.results.len() as u16;
        self.reserve_to(base, nres.max(nargs + 1));
        let f = self.f();
        f.top = base + nres;
        if f.top > f.max {
            f.max = f.top;
        }
        (base, nres)
    }

    /// time.After(d) / time.Tick(d): the native arms a timer on a channel the caller
    /// makes (cap 1, elem time.Time), so the channel is an ordinary heap object of this
    /// goroutine's allocation. The result, `<-chan time.Time`, is left in `base`.
    fn time_chan_call(&mut self, n: Native, e: &Expr, args: &[Expr]) -> (Reg, u16) {
        let pos = e.pos;
        let base = self.alloc_n(2);
        self.load_int(base + 1, 1);
        // The call's type is `<-chan time.Time`; its element names the channel's type.
        let elem = match self.info.type_of(e).underlying() {
            Type::Chan(_, t) => self.type_id(&t),
            _ => 0,
        };
        self.set_line(pos);
        self.emit(Op::MakeChan { dst: base, cap: base + 1, elem });
        if let Some(d) = args.first() {
            self.expr_to(d, base + 1);
        }
        self.set_line(pos);
        self.emit(Op::CallNative { native: n, base, nargs: 2 });
        self.reserve_to(base, 2);
        let f = self.f();
        f.top = base + 1;
        (base, 1)
    }

    /// Resolves what a call calls; a closure value is evaluated (before the arguments, as
    /// Go specifies).
    pub(crate) fn callee(&mut self, fun: &Expr) -> Callee {
        let u = fun.unparen();
        match &u.kind {
            // A function, or an instance of a generic one (`F[int]`).
            ExprKind::Name(_) | ExprKind::Index { .. } => {
                if let Some(o) = self.info.use_of(u.id) {
                    if let ObjKind::Func(f) = self.info.obj(o).kind {
                        return Callee::Func(Self::func_id(f));
                    }
                }
            }
            ExprKind::Selector { sel, .. } => {
                if let Some(f) = self.method_expr_func(u) {
                    return Callee::Func(f);
                }
                // slices.Collect: an instance of the prelude's function.
                if let Some(o) = self.info.use_of(u.id) {
                    if let ObjKind::Func(f) = self.info.obj(o).kind {
                        return Callee::Func(Self::func_id(f));
                    }
                }
                if let Some(o) = self.info.use_of(sel.id) {
                    if let ObjKind::LibFunc(l) = self.info.obj(o).kind {
                        return Callee::Native(native_of(l));
                    }
                }
            }
            _ => {}
        }
        // Keep the closure in a temporary below the call's base.
        let r = self.expr(fun);
        Callee::Closure(r)
    }

    /// Evaluates call arguments into base, base+1, ... converted to the parameter types
    /// (variadic `...any` arguments become interface values). Returns their number.
    /// Evaluates call arguments into base.. (converted to the parameter types). With `pack`
    /// (a Go function, not a library native) a variadic callee gets its trailing arguments
    /// as one slice, or the `s...` argument itself.
    pub(crate) fn push_args(
        &mut self,
        args: &[Expr],
        sig: &Signature,
        base: Reg,
        pack: bool,
        has_dots: bool,
    ) -> u16 {
        let np = sig.params.len();
        if sig.variadic && pack && np > 0 {
            return self.push_variadic(args, sig, base, has_dots);
        }
        let param = |i: usize| -> Type {
            if sig.variadic && i + 1 >= np {
                sig.params[np - 1].clone()
            } else {
                sig.params.get(i).cloned().unwrap_or(Type::Invalid)
            }
        };
        // f(g()) with a multi-valued g: g's results land right at our base.
        if args.len() == 1 {
            if let Type::Tuple(list) = self.info.type_of(&args[0]) {
                self.f().top = base;
                let (b, n) = self.call(&args[0]);
                // The inner call's base is above ours if its function value needed a
                // temporary (f(g()()) ): move the results down.
                for i in 0..n {
                    self.mov(base + i, b + i);
                }
                for (i, t) in list.iter().enumerate() {
                    let r = base + i as u16;
                    self.conv_reg(r, t, &param(i), r);
                }
                self.f().top = base + n;
                return n;
            }
        }
        self.f().top = base;
        for (i, a) in args.iter().enumerate() {
            let r = self.alloc();
            debug_assert_eq!(r, base + i as u16);
            let pt = param(i);
            self.expr_conv_to(a, &pt, r);
            self.f().top = r + 1;
        }
        args.len() as u16
    }

    fn push_variadic(&mut self, args: &[Expr], sig: &Signature, base: Reg, has_dots: bool) -> u16 {
        let np = sig.params.len();
        let fixed = np - 1;
        let elem = sig.params[fixed].clone();
        let slice_t = Type::Slice(Rc::new(elem.clone()));
        if args.len() == 1 {
            if let Type::Tuple(list) = self.info.type_of(&args[0]) {
                return self.push_variadic_tuple(&args[0], &list, sig, base);
            }
        }
        self.f().top = base;
        for (i, a) in args.iter().take(fixed).enumerate() {
            let r = self.alloc();
            self.expr_conv_to(a, &sig.params[i], r);
            self.f().top = r + 1;
        }
        let r = self.alloc();
        debug_assert_eq!(r, base + fixed as u16);
        if has_dots {
            if let Some(a) = args.get(fixed) {
                self.expr_conv_to(a, &slice_t, r);
            }
        } else if args.len() > fixed {
            let rest = &args[fixed..];
            let ext = self.alloc_n(rest.len() as u16);
            for (i, a) in rest.iter().enumerate() {
                self.expr_conv_to(a, &elem, ext + i as u16);
            }
            self.emit(Op::SliceLit { dst: r, base: ext, n: rest.len() as u16 });
        } else {
            self.emit(Op::LoadNil { dst: r });
        }
        self.f().top = r + 1;
        np as u16
    }

    /// f(g()) for a variadic f and a multi-valued g: g's results fill f's fixed parameters,
    /// and the rest become the variadic slice.
    fn push_variadic_tuple(
        &mut self,
        call: &Expr,
        list: &[Type],
        sig: &Signature,
        base: Reg,
    ) -> u16 {
        let np = sig.params.len();
        let fixed = np - 1;
        let elem = sig.params[fixed].clone();
        self.f().top = base;
        let (b, n) = self.call(call);
        // Above the results, so that filling base.. cannot overwrite one not yet read.
        let tmp = self.alloc_n(n);
        for i in 0..n {
            self.mov(tmp + i, b + i);
        }
        for (i, t) in list.iter().enumerate().take(fixed) {
            let r = base + i as u16;
            self.conv_reg(tmp + i as u16, t, &sig.params[i], r);
        }
        let rest = list.len().saturating_sub(fixed) as u16;
        let ext = self.alloc_n(rest.max(1));
        for (j, t) in list.iter().enumerate().skip(fixed) {
            let k = (j - fixed) as u16;
            self.conv_reg(tmp + j as u16, t, &elem, ext + k);
        }
        let r = base + fixed as u16;
        self.emit(Op::SliceLit { dst: r, base: ext, n: rest });
        self.f().top = r + 1;
        np as u16
    }

    /// The runtime object (WaitGroup or Mutex handle) that library method selection `fun`
    /// (x.Add, x.Lock) acts on: x's value, or the embedded field the selection's path leads
    /// to; in a fresh temporary if `temp` (x's own register may change before a deferred
    /// call runs).
    pub(crate) fn builtin_recv(&mut self, fun: &Expr, temp: bool) -> Reg {
        let fun = fun.unparen();
        let (ExprKind::Selector { x, .. }, Some(Selection::BuiltinMethod { path, .. })) =
            (&fun.kind, self.info.selections.get(&fun.id).cloned())
        else {
            return self.alloc();
        };
        if path.is_empty() {
            return if temp { self.expr_temp(x) } else { self.expr(x) };
        }
        let addrs = self.path_fault_addrs(&self.ty(x), &path);
        let mut h = self.expr(x);
        self.set_line(fun.pos);
        for (idx, addr) in path.into_iter().zip(addrs) {
            let to = self.alloc();
            self.emit(Op::LoadField { dst: to, obj: h, idx, addr });
            h = to;
        }
        h
    }

    /// wg.Add(n), wg.Done(), wg.Wait(), mu.Lock(), mu.Unlock() on the handle in `wg`.
    fn wg_method(&mut self, m: BuiltinMethod, wg: Reg, args: &[Expr]) {
        match m {
            BuiltinMethod::WgAdd => {
                let n = self.expr(&args[0]);
                self.emit(Op::WgAdd { wg, n });
            }
            BuiltinMethod::WgDone => {
                self.emit(Op::WgDone { wg });
            }
            BuiltinMethod::WgWait => {
                self.emit(Op::WgWait { wg });
            }
            BuiltinMethod::WgGo => {
                let f = self.expr(&args[0]);
                self.wg_go(wg, f);
            }
            BuiltinMethod::MutexLock => self.mutex_lock(wg),
            BuiltinMethod::MutexUnlock => self.mutex_unlock(wg),
            BuiltinMethod::Lib(_) => internal_error("library method compiled as a sync method"),
        }
    }

    /// wg.Go(f) with the WaitGroup's handle in `wg` and the func value in `f`: Add(1), then a
    /// goroutine running `sync.(*WaitGroup).Go.func1(wg, f)`, which calls f, then Done.
    pub(crate) fn wg_go(&mut self, wg: Reg, f: Reg) {
        let one = self.int_temp(1);
        self.emit(Op::WgAdd { wg, n: one });
        let func = match self.thunks.get("wg.Go") {
            Some(&func) => func,
            None => {
                let code = vec![
                    Op::CallClosure { f: 1, base: 2 },
                    Op::WgDone { wg: 0 },
                    Op::Ret { src: 0, n: 0 },
                ];
                let line = self.f().line;
                let func = self.push_wrapper(
                    "sync.(*WaitGroup).Go.func1".into(),
                    2,
                    0,
                    code,
                    vec![],
                    line,
                );
                self.thunks.insert("wg.Go".into(), func);
                func
            }
        };
        let base = self.alloc_n(2);
        self.mov(base, wg);
        self.mov(base + 1, f);
        self.emit(Op::Go { func, base, nargs: 2 });
    }

    /// x.M(args) for method M of a library type: a native call with the receiver (a value,
    /// or a cell's handle for pointer methods) as argument 0.
    fn lib_method_call(&mut self, e: &Expr, fun: &Expr, id: u16, args: &[Expr]) -> (Reg, u16) {
        if crate::library::name(id) == "sync.*Once.Do" {
            self.once_do(e, fun, args);
            return (0, 0);
        }
        if crate::library::name(id) == "sync.*Cond.Wait" {
            self.cond_wait(e, fun);
            return (0, 0);
        }
        let sig = self.ty(fun).signature().unwrap_or_default();
        let base = self.f().top;
        let r = self.alloc();
        let recv = self.builtin_recv(fun, false);
        self.mov(r, recv);
        self.f().top = base + 1;
        let has_dots = matches!(e.kind, ExprKind::Call { has_dots: true, .. });
        let nargs = self.push_args(args, &sig, base + 1, true, has_dots) + 1;
        self.set_line(e.pos);
        let nres = sig.results.len() as u16;
        self.emit_native(Native::Lib(id), base, nargs, nres);
        self.lib_result_types(&sig);
        self.reserve_to(base, nres.max(nargs));
        let f = self.f();
        f.top = base + nres;
        if f.top > f.max {
            f.max = f.top;
        }
        (base, nres)
    }

    /// once.Do(f): a call of the program's `sync.(*Once).Do` (see `once_func`).
    fn once_do(&mut self, e: &Expr, fun: &Expr, args: &[Expr]) {
        let cell = self.builtin_recv(fun, false);
        let f = self.expr(&args[0]);
        self.set_line(e.pos);
        self.once_do_regs(cell, f, e.pos);
    }

    /// once.Do(f) on the Once in `cell` and the function in `f`.
    pub(crate) fn once_do_regs(&mut self, cell: Reg, f: Reg, pos: Pos) {
        let func = self.once_func();
        let base = self.alloc_n(2);
        self.mov(base, cell);
        self.mov(base + 1, f);
        self.set_line(pos);
        self.emit(Op::Call { func, base });
    }

    /// cond.Wait(), which calls its Locker's methods, compiled inline as Go writes it:
    /// t := condAdd(c); c.L.Unlock(); condWait(c, t); c.L.Lock(). A Signal between the
    /// Unlock and condWait is kept by the ticket (rt::sync::NotifyList).
    fn cond_wait(&mut self, e: &Expr, fun: &Expr) {
        let cond = self.builtin_recv(fun, false);
        self.set_line(e.pos);
        self.cond_wait_regs(cond, e.pos);
    }

    /// cond.Wait() on the Cond in `cond`.
    pub(crate) fn cond_wait_regs(&mut self, cond: Reg, pos: Pos) {
        let native = |name: &str| match crate::library::internal(name) {
            Some(id) => Native::Lib(id),
            None => internal_error("the library has no Cond helpers"),
        };
        self.emit(Op::NilCheck { p: cond, addr: 0 });
        let l = self.alloc();
        self.emit(Op::LoadField { dst: l, obj: cond, idx: 0, addr: 0 });
        let ticket = self.alloc();
        self.mov(ticket, cond);
        self.emit(Op::CallNative { native: native("condAdd"), base: ticket, nargs: 1 });
        let sig = Signature::default();
        let (unlock, lock) = (self.selector("Unlock", &sig), self.selector("Lock", &sig));
        let base = self.alloc();
        self.mov(base, l);
        self.emit(Op::CallIface { sel: unlock, base });
        self.set_line(pos);
        let wait = self.alloc();
        self.mov(wait, cond);
        let t = self.alloc();
        self.mov(t, ticket);
        self.emit(Op::CallNative { native: native("condWait"), base: wait, nargs: 2 });
        self.mov(base, l);
        self.emit(Op::CallIface { sel: lock, base });
    }

    /// The function behind library function `id` used as a value (`f := strings.ToUpper`):
    /// it passes its parameters to the native and returns the native's results.
    fn lib_func_value(&mut self, id: u16, sig: &Signature) -> FuncId {
        let key = format!("libfunc/{id}");
        if let Some(&f) = self.thunks.get(&key) {
            return f;
        }
        let nparams = sig.params.len() as u16;
        let nres = sig.results.len() as u16;
        let name = crate::library::name(id);
        let id_f = self.prog.funcs.len() as FuncId;
        self.prog.funcs.push(crate::vm::program::Func::default());
        let line = self.fs.last().map(|f| f.line).unwrap_or(0);
        self.fs.push(super::func::Fb::new(id_f, u32::MAX, Rc::new(sig.clone()), line));
        self.alloc_n(nparams.max(nres));
        {
            let f = self.f();
            f.locals_top = f.top;
        }
        // fmt.Println as a value may call String methods too: the same pending call.
        self.emit_native(Native::Lib(id), 0, nparams, nres);
        self.lib_result_types(sig);
        self.emit(Op::Ret { src: 0, n: nres });
        let fb = self.fs.pop().unwrap_or_else(|| internal_error("no function being built"));
        let func = self.finish_func(fb, name, nparams, nres, vec![], line);
        self.prog.funcs[id_f as usize] = func;
        self.thunks.insert(key, id_f);
        id_f
    }

    /// Registers the dynamic types a library call may put in its interface results (the
    /// library's error values), which the native finds by name at run time.
    /// Its interface parameters get type ids too: a native that calls their methods
    /// (io.Copy's Read, a bufio.Scanner's) finds them by name in the method tables, which
    /// hold only the methods of interfaces the program has.
    pub(crate) fn lib_result_types(&mut self, sig: &Signature) {
        for p in &sig.params {
            if matches!(p.underlying(), Type::Interface(it) if !it.all_methods.is_empty()) {
                self.type_id(p);
            }
        }
        // What the native may put in interfaces: its results, and what it sends on a
        // channel it is given (signal.Notify's os.Signal values).
        let sent = sig.params.iter().filter_map(|p| match p.underlying() {
            Type::Chan(_, e) if matches!(e.underlying(), Type::Interface(_)) => Some((*e).clone()),
            _ => None,
        });
        let produced: Vec<Type> = sig.results.iter().cloned().chain(sent).collect();
        for r in &produced {
            // The result's own type and its parts (a *time.Timer's channel element).
            self.type_id(r);
            // A slice of interfaces (os.ReadDir's []fs.DirEntry) holds the same dynamic types.
            let r = match r {
                Type::Slice(e) if matches!(e.underlying(), Type::Interface(_)) => &**e,
                r => r,
            };
            let name = crate::lang::types::runtime_type_string(r);
            for (iface, dynamic) in crate::library::DYNAMIC_TYPES {
                if name == *iface && !self.type_ids.contains_key(*dynamic) {
                    let id = self.prog.types.len() as TypeId;
                    let kind = TypeKind::Pointer;
                    self.prog.types.push(TypeDesc::new(dynamic.to_string(), kind));
                    // `types` parallels `prog.types` (method tables walk both by index); a
                    // library's dynamic type has no checker type and no methods of the
                    // program's.
                    self.types.push(Type::Invalid);
                    self.type_ids.insert(dynamic.to_string(), id);
                    if *iface == "error" {
                        self.lib_error_method(id);
                        self.lib_error_predicates(id, dynamic);
                    } else {
                        self.lib_dynamic_methods(id, r, dynamic);
                    }
                }
            }
        }
    }

    /// The method table of library type `dynamic` (id `id`), which the library puts in
    /// interface `iface`: a thunk per method of the interface that the library implements
    /// natively, plus String, so calls through the interface, assertions and fmt reach
    /// the natives (`context.Context`'s `*context.cancelCtx`). The package's func values
    /// (`library::context::FUNC_VALUES`) are made with it.
    fn lib_dynamic_methods(&mut self, id: TypeId, iface: &Type, dynamic: &str) {
        let Some((path, ty)) = lib_type_path(dynamic) else { return };
        let natives = crate::library::methods(path, ty);
        if natives.is_empty() {
            return;
        }
        let mut wanted: Vec<(String, Signature)> = match iface.underlying() {
            Type::Interface(it) => {
                it.all_methods.iter().map(|(n, sig)| (n.clone(), (**sig).clone())).collect()
            }
            _ => Vec::new(),
        };
        wanted.push((
            "String".into(),
            Signature { results: vec![Type::string()], ..Default::default() },
        ));
        // math/rand's NewSource returns a Source whose value is also a Source64.
        wanted.push((
            "Uint64".into(),
            Signature { results: vec![Type::basic(BasicKind::Uint64)], ..Default::default() },
        ));
        let mut methods = Vec::new();
        for (name, sig) in wanted {
            let Some(&(_, native)) = natives.iter().find(|(m, _)| m.name == name.as_str()) else {
                continue;
            };
            let f = self.lib_method_wrapper(dynamic, &name, &sig, native);
            self.lib_result_types(&sig);
            if name == "String" {
                self.prog.types[id as usize].string_method = Some(f);
            }
            methods.push((self.selector(&name, &sig), f));
        }
        methods.sort_unstable_by_key(|e| e.0);
        self.prog.types[id as usize].methods = methods;
        if path == "context" {
            for &(name, internal, np, nres) in crate::library::context::FUNC_VALUES {
                let Some(native) = crate::library::internal(internal) else { continue };
                let call = Op::CallNative { native: Native::Lib(native), base: np, nargs: np + 1 };
                let code = Self::bound_call_code(np, nres, call);
                self.push_wrapper(name.into(), np, nres, code, vec![], 0);
            }
        }
    }

    /// For errors.As(err, target): the type id of the type `target` points to, given as
    /// the static type of the argument before its conversion to `any`; 0 when target is not
    /// a pointer, -1 when it points to a type that is neither an interface nor implements
    /// error (Go's two run-time panics; the native reports them).
    fn pointee_type_arg(&mut self, target: Option<&Expr>) -> i64 {
        let Some(Type::Pointer(elem)) = target.map(|t| self.ty(t).underlying().clone()) else {
            return 0;
        };
        let is_iface = matches!(elem.underlying(), Type::Interface(_));
        let has_error = matches!(
            crate::lang::lookup::lookup_field_or_method(&elem, false, "Error", false),
            crate::lang::lookup::Lookup::Found { ref obj, .. }
                if obj.sig().is_some_and(|s| s.params.is_empty()
                    && s.results.len() == 1
                    && crate::lang::types::runtime_type_string(&s.results[0]) == "string")
        );
        if !is_iface && !has_error {
            return -1;
        }
        self.type_id(&elem) as i64
    }

    /// The Error method of a library error type `ty` (errors.New's, fmt.Errorf's): a wrapper
    /// that asks the library for the text (`libErrorText`, given the type the interface
    /// call strips from the receiver), so calls through `error`, assertions to interfaces
    /// and errors.As see the method as Go's do.
    fn lib_error_method(&mut self, ty: TypeId) {
        let Some(text) = crate::library::internal("libErrorText") else {
            internal_error("no libErrorText native")
        };
        let code = vec![
            Op::LoadInt { dst: 1, v: ty as i64 },
            Op::CallNative { native: Native::Lib(text), base: 0, nargs: 2 },
            Op::Ret { src: 0, n: 1 },
        ];
        let name = format!("{}.Error", self.prog.types[ty as usize].name);
        let f = self.push_wrapper(name, 1, 1, code, vec![], 0);
        let sig = Signature { results: vec![Type::string()], ..Default::default() };
        let sel = self.selector("Error", &sig);
        let d = &mut self.prog.types[ty as usize];
        d.methods = vec![(sel, f)];
        d.error_method = Some(f);
    }

    /// The `func() bool` methods a library error type has besides Error (net.Error's
    /// Timeout and Temporary of context.DeadlineExceeded), added to its method table so
    /// assertions and calls through interfaces reach the natives.
    fn lib_error_predicates(&mut self, id: TypeId, dynamic: &str) {
        let Some((path, ty)) = lib_type_path(dynamic) else { return };
        let sig = Signature { results: vec![Type::bool()], ..Default::default() };
        for (m, native) in crate::library::methods(path, ty) {
            if matches!(m.kind, crate::library::Kind::Method(_, "func() bool", _)) {
                let f = self.lib_method_wrapper(dynamic, m.name, &sig, native);
                let sel = self.selector(m.name, &sig);
                let methods = &mut self.prog.types[id as usize].methods;
                methods.push((sel, f));
                methods.sort_unstable_by_key(|e| e.0);
            }
        }
    }

    /// A function `dynamic.name` that calls library method `native` with its receiver and
    /// arguments (of `sig`) and returns its results.
    fn lib_method_wrapper(
        &mut self,
        dynamic: &str,
        name: &str,
        sig: &Signature,
        native: u16,
    ) -> FuncId {
        let np = 1 + sig.params.len() as u16;
        let nres = sig.results.len() as u16;
        let code = vec![
            Op::CallNative { native: Native::Lib(native), base: 0, nargs: np },
            Op::Ret { src: 0, n: nres },
        ];
        self.push_wrapper(format!("{dynamic}.{name}"), np, nres, code, vec![], 0)
    }

    /// The zero value of sync.WaitGroup or sync.Mutex into dst (a new runtime object);
    /// false for other types.
    pub(crate) fn sync_zero(&mut self, t: &Type, dst: Reg) -> bool {
        if is_struct(t) {
            let ty = self.type_id(t);
            self.emit(Op::NewStruct { dst, ty });
            return true;
        }
        if is_wait_group(t) {
            self.emit(Op::NewWaitGroup { dst });
            return true;
        }
        if t.is_lib_cell() {
            // strings.Builder and friends: the handle of a cell holding the zero value.
            let z = self.alloc();
            self.emit(Op::LoadNil { dst: z });
            self.emit(Op::NewBox { dst, src: z });
            return true;
        }
        if is_mutex(t) {
            self.emit(Op::NewMutex { dst });
            return true;
        }
        false
    }

    /// new(T): a pointer to a new zero T (for a struct, mutex or library cell, the handle
    /// of its object, which is also the pointer to it).
    fn new_zero(&mut self, t: &Type, dst: Reg) {
        if !self.sync_zero(t, dst) {
            let z = self.alloc();
            self.emit(Op::LoadNil { dst: z });
            self.emit(Op::NewBox { dst, src: z });
        }
    }

    pub(crate) fn mutex_lock(&mut self, mu: Reg) {
        self.emit(Op::MutexLock { mu });
    }

    /// Unlocking an unlocked mutex is Go's fatal error "sync: unlock of unlocked mutex",
    /// raised by the VM.
    pub(crate) fn mutex_unlock(&mut self, mu: Reg) {
        self.emit(Op::MutexUnlock { mu });
    }

    // ---- builtins

    fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr]) -> (Reg, u16) {
        match b {
            Builtin::Len | Builtin::Cap => {
                let t = self.ty(&args[0]);
                // A string's or slice's length (capacity) word is the one gc reads.
                let word = match t.underlying() {
                    Type::Slice(_) if b == Builtin::Cap => 16,
                    Type::Slice(_) => 8,
                    _ if t.is_string() => 8,
                    _ => 0,
                };
                let a = self.field_value(&args[0], Some(word));
                let dst = self.alloc();
                if let Some(n) = array_len(&t) {
                    // Not a constant only when the operand had to be evaluated.
                    self.load_int(dst, n as i64);
                } else if t.is_string() {
                    self.emit(Op::LenS { dst, a });
                } else if matches!(t.underlying(), Type::Map(..)) {
                    self.emit(Op::LenMap { dst, m: a });
                } else if matches!(t.underlying(), Type::Slice(_)) {
                    if b == Builtin::Len {
                        self.emit(Op::LenSlice { dst, a });
                    } else {
                        self.emit(Op::CapSlice { dst, a });
                    }
                } else if b == Builtin::Len {
                    self.emit(Op::LenChan { dst, ch: a });
                } else {
                    self.emit(Op::CapChan { dst, ch: a });
                }
                (dst, 1)
            }
            Builtin::Close => {
                let ch = self.expr(&args[0]);
                self.emit(Op::Close { ch });
                (0, 0)
            }
            Builtin::Make if matches!(self.info.type_of(&args[0]).underlying(), Type::Slice(_)) => {
                let t = self.info.type_of(&args[0]);
                let Type::Slice(elem) = t.underlying() else {
                    return (0, 0);
                };
                let len = self.expr(&args[1]);
                let cap = if args.len() > 2 { self.expr(&args[2]) } else { len };
                let elem = self.type_id(&elem);
                let dst = self.alloc();
                self.set_line(e.pos);
                self.emit(Op::MakeSlice { dst, len, cap, elem });
                (dst, 1)
            }
            Builtin::Make if matches!(self.info.type_of(&args[0]).underlying(), Type::Map(..)) => {
                let Type::Map(kt, vt) = self.info.type_of(&args[0]).underlying() else {
                    return (0, 0);
                };
                // The size hint is only a hint: evaluated for its effects, then ignored.
                if let Some(h) = args.get(1) {
                    let _ = self.expr(h);
                }
                let (key, elem) = (self.type_id(&kt), self.type_id(&vt));
                let dst = self.alloc();
                self.set_line(e.pos);
                self.emit(Op::MakeMap { dst, key, elem });
                (dst, 1)
            }
            Builtin::Delete => {
                let (m, k, kk) = self.map_operands(&args[0], &args[1]);
                self.set_line(e.pos);
                self.emit(Op::MapDelete { m, k, kk });
                (0, 0)
            }
            Builtin::Clear => {
                let t = self.ty(&args[0]);
                let m = self.expr(&args[0]);
                if let Type::Slice(elem) = t.underlying() {
                    let elem = self.type_id(&elem);
                    self.emit(Op::ClearSlice { s: m, elem });
                } else {
                    self.emit(Op::MapClear { m });
                }
                (0, 0)
            }
            Builtin::Append => {
                let t = self.ty(e);
                let elem = match t.underlying() {
                    Type::Slice(el) => (*el).clone(),
                    _ => Type::Invalid,
                };
                let has_dots = matches!(e.kind, ExprKind::Call { has_dots: true, .. });
                let elem_id = self.value_elem(&elem);
                let s = self.expr(&args[0]);
                let dst = self.alloc();
                if has_dots {
                    let mut t = self.expr(&args[1]);
                    if self.ty(&args[1]).is_string() {
                        // append(b, s...): the string's bytes, as a temporary []byte.
                        let b = self.alloc();
                        self.emit(Op::StrToSlice { dst: b, s: t, runes: false });
                        t = b;
                    }
                    self.set_line(e.pos);
                    self.emit(Op::AppendSlice {
                        dst,
                        s,
                        t,
                        elem: elem_id,
                        esize: elem_size(&elem),
                    });
                } else {
                    let n = args.len() as u16 - 1;
                    let base = self.alloc_n(n);
                    for (i, a) in args[1..].iter().enumerate() {
                        self.expr_conv_to(a, &elem, base + i as u16);
                    }
                    self.set_line(e.pos);
                    self.emit(Op::Append {
                        dst,
                        s,
                        base,
                        n,
                        elem: elem_id,
                        esize: elem_size(&elem),
                    });
                }
                (dst, 1)
            }
            Builtin::Copy => {
                let (to, from, elem) = self.copy_operands(args);
                let dst = self.alloc();
                self.emit(Op::Copy { dst, to, from, elem });
                (dst, 1)
            }
            Builtin::Make => {
                let t = self.info.type_of(&args[0]);
                let elem = match t.underlying() {
                    Type::Chan(_, el) => (*el).clone(),
                    _ => Type::Invalid,
                };
                let cap = if args.len() > 1 { self.expr(&args[1]) } else { self.int_temp(0) };
                let elem = self.type_id(&elem);
                let dst = self.alloc();
                self.emit(Op::MakeChan { dst, cap, elem });
                (dst, 1)
            }
            Builtin::New => {
                let t = self.info.type_of(&args[0]);
                let dst = self.alloc();
                self.new_zero(&t, dst);
                (dst, 1)
            }
            Builtin::Panic => {
                let v = self.expr_conv(&args[0], &Type::empty_interface());
                self.set_line(e.pos);
                self.emit(Op::Panic { v });
                (0, 0)
            }
            Builtin::Recover => {
                let dst = self.alloc();
                self.emit(Op::Recover { dst });
                (dst, 1)
            }
            // The checker folds them into constants (`const_val`).
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => {
                internal_error("unsafe.Sizeof was not a constant")
            }
            Builtin::Print | Builtin::Println => {
                let (base, nargs) = self.push_print_args(args);
                let native = if b == Builtin::Println {
                    Native::BuiltinPrintln
                } else {
                    Native::BuiltinPrint
                };
                self.set_line(e.pos);
                self.emit(Op::CallNative { native, base, nargs });
                self.f().top = base;
                (0, 0)
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                let op = match b {
                    Builtin::Complex => CplxOp::Make,
                    Builtin::Real => CplxOp::Real,
                    _ => CplxOp::Imag,
                };
                let t = self.ty(e);
                (self.complex_builtin(op, &t, args), 1)
            }
            Builtin::Min | Builtin::Max => {
                let t = self.ty(e);
                let dst = self.alloc();
                self.expr_to(&args[0], dst);
                for a in &args[1..] {
                    let r = self.expr(a);
                    let c = self.alloc();
                    // min: take r if r < dst; max: take r if r > dst.
                    let op = if b == Builtin::Min { Operator::Lss } else { Operator::Gtr };
                    self.compare_regs(op, &t, c, r, dst);
                    let skip = self.new_label();
                    self.jmp_if_not(c, skip);
                    self.mov(dst, r);
                    self.bind(skip);
                }
                (dst, 1)
            }
        }
    }

    /// Evaluates arguments as interface values into consecutive registers at the top;
    /// returns the base.
    /// The destination, the source (a string's bytes as a temporary []byte) and the element
    /// type id (see `value_elem`) of copy(to, from).
    pub(crate) fn copy_operands(&mut self, args: &[Expr]) -> (Reg, Reg, TypeId) {
        let elem = match self.ty(&args[0]).underlying() {
            Type::Slice(el) => self.value_elem(&el),
            _ => 0,
        };
        let to = self.expr(&args[0]);
        let mut from = self.expr(&args[1]);
        if self.ty(&args[1]).is_string() {
            let b = self.alloc();
            self.emit(Op::StrToSlice { dst: b, s: from, runes: false });
            from = b;
        }
        (to, from, elem)
    }

    /// The arguments of print or println as interface values in consecutive registers: their
    /// base and count (println(f()) passes every result of f).
    pub(crate) fn push_print_args(&mut self, args: &[Expr]) -> (Reg, u16) {
        let tuple = match args {
            [a] => match self.info.type_of(a) {
                Type::Tuple(list) => Some((a, list)),
                _ => None,
            },
            _ => None,
        };
        if let Some((a, list)) = tuple {
            let params = vec![Type::empty_interface(); list.len()];
            let sig = Signature { params, ..Default::default() };
            let base = self.f().top;
            let n = self.push_args(std::slice::from_ref(a), &sig, base, false, false);
            self.reserve_to(base, n);
            return (base, n);
        }
        (self.push_ifaces(args), args.len() as u16)
    }

    pub(crate) fn push_ifaces(&mut self, args: &[Expr]) -> Reg {
        let base = self.f().top;
        let any = Type::empty_interface();
        for (i, a) in args.iter().enumerate() {
            let r = self.alloc();
            debug_assert_eq!(r, base + i as u16);
            self.expr_conv_to(a, &any, r);
            self.f().top = r + 1;
        }
        self.reserve_to(base, args.len() as u16);
        base
    }

    fn compare_regs(&mut self, op: Operator, t: &Type, dst: Reg, a: Reg, b: Reg) {
        let o = if t.is_string() {
            if op == Operator::Lss {
                Op::LtS { dst, a, b }
            } else {
                Op::GtS { dst, a, b }
            }
        } else if t.is_float() {
            if op == Operator::Lss {
                Op::LtF { dst, a, b }
            } else {
                Op::GtF { dst, a, b }
            }
        } else if is_uint64(t) {
            let cmp = if op == Operator::Lss { Cmp::Lt } else { Cmp::Gt };
            Op::CmpU { cmp, dst, a, b }
        } else if op == Operator::Lss {
            Op::LtI { dst, a, b }
        } else {
            Op::GtI { dst, a, b }
        };
        self.emit(o);
    }

    // ---- conversions

    /// T(x) into dst.
    pub(crate) fn conversion_to(&mut self, x: &Expr, to: &Type, dst: Reg) {
        let from = self.ty(x);
        if to.is_interface() {
            self.expr_conv_to(x, to, dst);
            return;
        }
        if is_complex(to) && is_complex(&from) {
            let a = self.expr(x);
            self.complex_conv(to, dst, a);
            return;
        }
        let to_f32 = to.basic_kind().map(|k| k.canonical()) == Some(BasicKind::Float32);
        if from.is_integer() && to_f32 {
            let a = self.expr(x);
            self.emit(Op::IntToF32 { dst, a, unsigned: is_uint64(&from) });
            return;
        }
        if from.is_integer() && to.is_float() {
            let a = self.expr(x);
            if is_uint64(&from) {
                self.emit(Op::UintToFloat { dst, a });
            } else {
                self.emit(Op::IntToFloat { dst, a });
            }
            self.truncate(dst, to);
            return;
        }
        if from.is_float() && to.is_integer() {
            let a = self.expr(x);
            if is_uint64(to) {
                self.emit(Op::FloatToUint { dst, a });
            } else {
                self.emit(Op::FloatToInt { dst, a });
            }
            self.truncate(dst, to);
            return;
        }
        // string <-> []byte / []rune (the checker allows no other slice conversions).
        let runes_of = |t: &Type| match t.underlying() {
            Type::Slice(e) => {
                matches!(e.basic_kind().map(|k| k.canonical()), Some(BasicKind::Int32))
            }
            _ => false,
        };
        if matches!(from.underlying(), Type::Slice(_)) && matches!(to.underlying(), Type::Array(..))
        {
            let s = self.expr(x);
            let ty = self.type_id(to);
            self.set_line(x.start());
            self.emit(Op::SliceToArray { dst, s, ty });
            return;
        }
        if let (Type::Slice(_), Type::Pointer(base)) = (from.underlying(), to.underlying()) {
            let n = array_len(&base).unwrap_or(0) as u32;
            let s = self.expr(x);
            self.set_line(x.start());
            self.emit(Op::SliceToArrayPtr { dst, s, n });
            return;
        }
        if from.is_string() && matches!(to.underlying(), Type::Slice(_)) {
            let s = self.expr(x);
            self.emit(Op::StrToSlice { dst, s, runes: runes_of(to) });
            return;
        }
        if from.is_integer() && to.is_string() {
            // A uint64 above i64::MAX reads as negative, which is no rune either.
            let a = self.expr(x);
            self.emit(Op::RuneToStr { dst, a });
            return;
        }
        if matches!(from.underlying(), Type::Slice(_)) && to.is_string() {
            let s = self.expr(x);
            self.emit(Op::SliceToStr { dst, s, runes: runes_of(&from) });
            return;
        }
        self.expr_to(x, dst);
        let fk = from.basic_kind().map(|k| k.canonical());
        let tk = to.basic_kind().map(|k| k.canonical());
        if ((from.is_integer() && to.is_integer()) || (from.is_float() && to.is_float()))
            && fk != tk
        {
            self.truncate(dst, to);
        }
    }
}

/// uint, uint64 and uintptr: the integer types whose values do not fit in an i64 (smaller
/// unsigned types are kept zero-extended, so signed instructions serve them).
pub(crate) fn is_uint64(t: &Type) -> bool {
    t.is_unsigned() && t.basic_kind().is_some_and(|k| k.int_bits() == 64)
}

/// Struct and array values are handles of heap objects they own (see `Op::NewStruct`).
pub(crate) fn is_struct(t: &Type) -> bool {
    matches!(t.underlying(), Type::Struct(_) | Type::Array(..))
}

impl Gen<'_> {
    /// The element type id that append and copy need to copy elements by value: a struct
    /// or array type's, else 0 (the element is copied as a word).
    fn value_elem(&mut self, elem: &Type) -> TypeId {
        if is_struct(elem) {
            self.type_id(elem)
        } else {
            0
        }
    }
}

/// The length of an array type, or of the array a pointer type points to.
pub(crate) fn array_len(t: &Type) -> Option<u64> {
    match t.underlying() {
        Type::Array(n, _) => Some(n),
        Type::Pointer(p) => match p.underlying() {
            Type::Array(n, _) => Some(n),
            _ => None,
        },
        _ => None,
    }
}

pub(crate) fn is_wait_group(t: &Type) -> bool {
    matches!(t, Type::Named(n) if n.pkg.as_deref() == Some("sync") && n.name == "WaitGroup")
}

pub(crate) fn is_mutex(t: &Type) -> bool {
    matches!(t, Type::Named(n) if n.pkg.as_deref() == Some("sync") && n.name == "Mutex")
}

/// The library type (sync.Mutex, ...) that pointer type `t` points to, if it is one.
fn pointee_opaque(t: &Type) -> Option<Type> {
    match t.underlying() {
        Type::Pointer(base) if matches!(base.underlying(), Type::Opaque(_)) => {
            Some((*base).clone())
        }
        _ => None,
    }
}

/// Whether a value of type `t` stored anywhere new must be copied (`Op::CopyStruct`): a
/// struct or array, and a sync.Mutex or WaitGroup, whose copy is a new object in the
/// original's state (passing a WaitGroup by value is a classic bug that Go keeps).
pub(crate) fn copied_by_value(t: &Type) -> bool {
    is_struct(t) || is_mutex(t) || is_wait_group(t) || t.is_lib_cell()
}

/// Values of these types are handles of runtime objects (created with the variable).
pub(crate) fn is_sync_handle(t: &Type) -> bool {
    is_wait_group(t) || is_mutex(t) || t.is_lib_cell()
}

#[allow(dead_code)]
pub(crate) fn is_int_kind(k: BasicKind) -> bool {
    k.is_integer()
}

/// How the runtime compares keys of map key type `t` (the checker admits only these kinds).
pub(crate) fn map_key_kind(g: &mut Gen, t: &Type) -> MapKeyKind {
    if is_struct(t) || is_complex(t) {
        let id = g.type_id(t);
        return match u16::try_from(id) {
            Ok(id) => MapKeyKind::Agg(id),
            Err(_) => {
                g.error(Pos::default(), "map key type not supported yet (too many types)");
                MapKeyKind::Word
            }
        };
    }
    if t.is_string() {
        MapKeyKind::Str
    } else if t.is_float() {
        MapKeyKind::Float
    } else if t.is_interface() {
        MapKeyKind::Iface
    } else if matches!(t.underlying(), Type::Chan(..) | Type::Pointer(_)) {
        MapKeyKind::Ref
    } else {
        MapKeyKind::Word
    }
}

/// A broken invariant of gopark itself (the layer below has `sys::internal_error`, which
/// this layer does not use).
pub(crate) fn internal_error(what: &str) -> ! {
    panic!("gopark internal error: {what} (this is a bug in gopark, not in your program)")
}

/// Whether package variable `obj` lives in a heap box, its slot holding the box's handle: its
/// address is taken (`&counter`), so loads and stores go through the box a pointer shares.
/// Struct and array variables hold their object's handle, which is already their address.
pub(crate) fn global_boxed(obj: &crate::lang::check::Object) -> bool {
    obj.addr_taken && !matches!(obj.ty.underlying(), Type::Struct(_) | Type::Array(..))
}

/// The element size an append records (`vm::op::ElemSize`): Go's size of `t` on a 64-bit
/// target, fields aligned, and whether it holds pointers.
fn elem_size(t: &Type) -> crate::vm::op::ElemSize {
    use crate::lang::types::{layout, LibTypes};
    let word = crate::lang::types::Layout { size: 8, align: 8, pointers: true };
    let l = layout(t, LibTypes::AsHeld).unwrap_or(word);
    (l.size.min(0x7fff) as u16) | if l.pointers { crate::vm::op::ELEM_POINTERS } else { 0 }
}

/// The package path and type name of a library type's dynamic name (`*context.cancelCtx`:
/// "context", "cancelCtx"), the package found by its last path element.
fn lib_type_path(dynamic: &str) -> Option<(&'static str, &str)> {
    let (pkg, ty) = dynamic.trim_start_matches('*').split_once('.')?;
    let path = crate::library::PACKAGES
        .iter()
        .map(|p| p.path)
        .find(|p| p.rsplit('/').next() == Some(pkg))?;
    Some((path, ty))
}

/// Whether a value of type `t` may be 2^63 or more (uint, uint64, uintptr), which an int
/// register holds as a negative number.
fn wide_unsigned(t: &Type) -> bool {
    use BasicKind::*;
    matches!(t.basic_kind().map(BasicKind::canonical), Some(Uint | Uint64 | Uintptr))
}
