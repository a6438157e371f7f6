//! Functions and statements: prologues (parameters, captures, defer slots), assignments
//! and declarations, control flow (Go 1.22 per-iteration loop variables included),
//! `go` and `defer`, and returns.

use super::expr::{native_results, Callee, LValue};
use super::func::{DeferKind, Fb, LoopCtx};
use super::Gen;
use crate::lang::ast::{self, AssignOp, Block, Expr, ExprKind, Stmt, ValueSpec};
use crate::lang::check::{Builtin, FuncIdx, Mode, ObjId, ObjKind, Selection};
use crate::lang::token::{Operator, Pos, Tok};
use crate::lang::types::{BasicKind, BuiltinMethod, Type};
use crate::vm::op::{FuncId, Native, Op, Reg};
use crate::vm::program::{Func, ONCE_DO};

impl<'a> Gen<'a> {
    // ---- functions

    /// Generates a declared function.
    pub(crate) fn gen_func(&mut self, f: FuncIdx, body: &Block) {
        let func = self.gen_body(f, body, None);
        self.prog.funcs[f as usize] = func;
    }

    /// Generates a function literal (while its enclosing function is paused) and returns
    /// its id; the enclosing function then emits MakeClosure.
    pub(crate) fn gen_func_lit(&mut self, e: &Expr) -> FuncId {
        let ExprKind::FuncLit { body, .. } = &e.kind else {
            return 0;
        };
        let Some(&f) = self.info.func_of.get(&e.id) else {
            return 0;
        };
        let func = self.gen_body(f, body, None);
        self.prog.funcs[f as usize] = func;
        f
    }

    /// `for k, v := range it { body }` with `it` an iterator function: the body becomes
    /// the yield function (checker: `Info::range_funcs`), which returns true at its end and
    /// on continue, false on break; the loop is the call `it(yield)`.
    fn range_func(&mut self, x: &Expr, f: FuncIdx, body: &Block, assign: Vec<&Expr>) {
        let it = self.expr(x);
        // Whether the body has stopped the loop, for Go's check that the iterator does not
        // call yield again: a box of this loop's own, an extra capture of the yield function.
        let done = self.alloc_local();
        self.load_int(done, 0);
        self.emit(Op::NewBox { dst: done, src: done });
        self.range_done = Some(done);
        let func = self.gen_body(f, body, Some(assign));
        self.prog.funcs[f as usize] = func;
        let base = self.f().top;
        let y = self.alloc();
        self.emit(Op::MakeClosure { dst: y, func: f });
        self.set_line(x.start());
        self.emit(Op::CallClosure { f: it, base });
        debug_assert_eq!(y, base);
        self.release_temps();
        // The body returned: on out of an enclosing body too, or return here.
        let info = self.info;
        let cur = self.f().fidx;
        let outer = info.range_outer.get(&cur).copied().unwrap_or(cur);
        let Some((flag, res)) = info.range_rets.get(&outer) else { return };
        let lv = self.var_lvalue(*flag);
        let fl = self.load_lvalue(lv);
        let skip = self.new_label();
        self.jmp_if_not(fl, skip);
        if info.range_outer.contains_key(&cur) {
            self.mark_range_done();
            let t = self.alloc();
            self.load_int(t, 0);
            self.emit(Op::Ret { src: t, n: 1 });
        } else {
            let n = res.len() as u16;
            let base = self.alloc_n(n);
            for (i, &o) in res.iter().enumerate() {
                let lv = self.var_lvalue(o);
                let v = self.load_lvalue(lv);
                self.mov(base + i as u16, v);
            }
            let fi = &info.funcs[cur as usize];
            if fi.named_results && n > 0 {
                for (i, &o) in fi.results.iter().enumerate() {
                    self.store_var(o, base + i as u16);
                }
                self.run_defers();
                let b = self.load_results(cur);
                self.emit(Op::Ret { src: b, n });
            } else {
                self.run_defers();
                self.emit(Op::Ret { src: base, n });
            }
        }
        self.bind(skip);
        self.release_temps();
    }

    /// A function's code; `range_body` for the body of a range over a function (with the
    /// variables its iterations assign, for `for k, v = range f`).
    /// In a range-over-func body that stops the loop: records it in the loop's box.
    fn mark_range_done(&mut self) {
        if let Some(d) = self.f().range_done {
            let t = self.alloc();
            self.load_int(t, 1);
            self.emit(Op::StoreBox { b: d, src: t });
        }
    }

    /// Stores register v into variable o; a struct or array variable, whose object
    /// closures may share, gets a copy into that object.
    fn store_var(&mut self, o: ObjId, v: Reg) {
        let t = self.info.obj(o).ty.clone();
        let lv = self.var_lvalue(o);
        if super::expr::copied_by_value(&t) {
            let dst = self.load_lvalue(lv);
            let ty = self.type_id(&t);
            self.emit(Op::StoreStructInto { dst, src: v, ty });
        } else {
            self.store(lv, v);
        }
    }

    fn gen_body(&mut self, f: FuncIdx, body: &Block, range_body: Option<Vec<&Expr>>) -> Func {
        let assign = range_body.clone().unwrap_or_default();
        let range_body = range_body.is_some();
        let info = self.info;
        let fi = &info.funcs[f as usize];
        // The enclosing function's registers for the captured variables.
        let mut captures = Vec::new();
        if !fi.captures.is_empty() {
            for &o in &fi.captures {
                match self.fs.last().and_then(|p| p.vars.get(&o).copied()) {
                    Some(r) => captures.push(r),
                    None => {
                        let pos = info.obj(o).pos;
                        self.error(
                            pos,
                            format!(
                                "internal error: captured variable {} not found",
                                info.obj(o).name
                            ),
                        );
                        captures.push(0);
                    }
                }
            }
        }
        let done_reg = if range_body { self.range_done.take() } else { None };
        if let Some(d) = done_reg {
            captures.push(d);
        }
        let mut fb = Fb::new(f, f, fi.sig.clone(), fi.pos.line);
        fb.line = fi.pos.line;
        self.fs.push(fb);
        // Parameters are registers 0..n.
        let nparams = fi.params.len() as u16;
        self.alloc_n(nparams);
        {
            let fbm = self.f();
            fbm.locals_top = fbm.top;
        }
        for (i, &o) in fi.params.iter().enumerate() {
            let r = i as Reg;
            self.f().vars.insert(o, r);
            if info.obj(o).boxed() {
                self.emit(Op::NewBox { dst: r, src: r });
            }
        }
        // Captured variables: loaded once by the prologue.
        for (i, &o) in fi.captures.iter().enumerate() {
            let r = self.alloc_local();
            self.emit(Op::LoadCapture { dst: r, idx: i as u16 });
            self.f().vars.insert(o, r);
        }
        // Named results are locals, zero at entry.
        if fi.named_results {
            for &o in &fi.results {
                let r = self.alloc_local();
                let t = info.obj(o).ty.clone();
                if !self.sync_zero(&t, r) {
                    self.emit(Op::LoadNil { dst: r });
                }
                if info.obj(o).boxed() {
                    self.emit(Op::NewBox { dst: r, src: r });
                }
                self.f().vars.insert(o, r);
            }
        }
        // A function with defer statements runs its deferred calls before every return,
        // with room for the largest call above its registers (see interp/panics.rs).
        let mut defers = Vec::new();
        collect_defers(&body.stmts, &mut defers);
        if !defers.is_empty() {
            let n = defers.iter().map(|c| self.defer_regs(c)).max().unwrap_or(2);
            self.f().defer_regs = Some(n);
            self.max_defer_regs = self.max_defer_regs.max(n);
        }
        // A return inside a range-over-func body of this function leaves its results and
        // a flag in hidden boxed variables (checker: `Info::range_rets`).
        if !range_body {
            if let Some((flag, res)) = info.range_rets.get(&f) {
                for &o in std::iter::once(flag).chain(res) {
                    let r = self.alloc_local();
                    let t = info.obj(o).ty.clone();
                    if super::expr::is_struct(&t) {
                        // Structs and arrays are shared by handle, never boxed.
                        let ty = self.type_id(&t);
                        self.emit(Op::NewStruct { dst: r, ty });
                    } else {
                        self.emit(Op::LoadNil { dst: r });
                        self.emit(Op::NewBox { dst: r, src: r });
                    }
                    self.f().vars.insert(o, r);
                }
            }
        }
        // The body of a range over a function: break returns false, continue true.
        let (stop, next) = (self.new_label(), self.new_label());
        let done = done_reg.map(|_| {
            let d = self.alloc_local();
            self.emit(Op::LoadCapture { dst: d, idx: fi.captures.len() as u16 });
            let t = self.alloc();
            self.emit(Op::LoadBox { dst: t, b: d });
            let ok = self.new_label();
            self.jmp_if_not(t, ok);
            let k = self.string_const(
                b"range function continued iteration after function for loop body returned false",
            );
            self.emit(Op::RuntimeError { k });
            self.bind(ok);
            self.release_temps();
            d
        });
        if let Some(d) = done {
            self.f().range_done = Some(d);
        }
        if range_body {
            self.push_loop(None, stop, Some(next));
            // `for k, v = range f`: each call assigns its arguments to the variables.
            for (i, l) in assign.iter().enumerate() {
                if l.is_name() != Some("_") {
                    let lv = self.lvalue(l);
                    self.store(lv, i as Reg);
                }
            }
            self.release_temps();
        }
        self.stmt_list(&body.stmts);
        // Falling off the end.
        self.set_line(body.rbrace);
        if range_body {
            self.f().loops.pop();
            self.release_temps();
            let r = self.alloc();
            self.bind(next);
            self.load_int(r, 1);
            self.emit(Op::Ret { src: r, n: 1 });
            self.bind(stop);
            self.mark_range_done();
            self.load_int(r, 0);
            self.emit(Op::Ret { src: r, n: 1 });
        } else if fi.sig.results.is_empty() {
            self.run_defers();
            self.emit(Op::Ret { src: 0, n: 0 });
        } else {
            self.emit(Op::Unreachable);
        }
        let recover_pc = self.landing_pad(f);
        let fb = self.fs.pop().unwrap();
        let mut func = self.finish_func(
            fb,
            fi.name.clone(),
            nparams,
            fi.sig.results.len() as u16,
            captures,
            fi.pos.line,
        );
        func.recover_pc = recover_pc;
        func
    }

    /// Where a function with defer statements resumes when one of its deferred calls
    /// recovers a panic: it runs its other deferred calls and returns its named results (zero
    /// values for unnamed ones), as Go does. 0 for a function without defers.
    fn landing_pad(&mut self, f: FuncIdx) -> u32 {
        if self.f().defer_regs.is_none() {
            return 0;
        }
        self.release_temps();
        let pc = self.f().code.len() as u32;
        self.run_defers();
        let fi = &self.info.funcs[f as usize];
        let n = fi.sig.results.len() as u16;
        if fi.named_results {
            let base = self.load_results(f);
            self.emit(Op::Ret { src: base, n });
        } else {
            let results = fi.sig.results.clone();
            let base = self.alloc_n(n);
            for (i, t) in results.iter().enumerate() {
                if !self.sync_zero(t, base + i as u16) {
                    self.emit(Op::LoadNil { dst: base + i as u16 });
                }
            }
            self.emit(Op::Ret { src: base, n });
        }
        pc
    }

    /// Registers a deferred call needs for its callee and arguments.
    fn defer_regs(&self, call: &Expr) -> u16 {
        let ExprKind::Call { args, .. } = &call.kind else {
            return 1;
        };
        let mut n = args.len();
        if args.len() == 1 {
            if let Type::Tuple(t) = self.info.type_of(&args[0]) {
                n = t.len();
            }
        }
        // The pending call's function, a receiver or sync object, the arguments.
        (n + 3) as u16
    }

    pub(crate) fn stmt_list_pub(&mut self, list: &[Stmt]) {
        self.stmt_list(list)
    }

    fn stmt_list(&mut self, list: &[Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    fn block(&mut self, b: &Block) {
        let saved = self.open_block();
        self.stmt_list(&b.stmts);
        self.close_block(saved);
    }

    pub(crate) fn stmt(&mut self, s: &Stmt) {
        self.set_line(s.pos());
        match s {
            Stmt::Empty(_) => {}
            Stmt::Block(b) => self.block(b),
            Stmt::Labeled { label, stmt, .. } => {
                let target = self.goto_target(&label.value);
                self.bind(target);
                self.f().pending_label = Some(label.value.clone());
                self.stmt(stmt);
                self.f().pending_label = None;
            }
            Stmt::Expr { x, .. } => self.expr_stmt(x),
            Stmt::Send { ch, value, .. } => {
                let elem = match self.ty(ch).underlying() {
                    Type::Chan(_, e) => (*e).clone(),
                    _ => Type::Invalid,
                };
                let c = self.expr(ch);
                let v = self.expr_conv(value, &elem);
                self.set_line(s.pos());
                self.emit(Op::Send { ch: c, v });
            }
            Stmt::Decl { decls, .. } => {
                for d in decls {
                    if let ast::Decl::Var(spec) = d {
                        self.local_var_spec(spec);
                    }
                }
            }
            Stmt::Assign { op, lhs, rhs, pos } => match (op, rhs) {
                (AssignOp::Op(o), None) => self.op_assign(*o, lhs, None, *pos),
                (AssignOp::Op(o), Some(r)) => self.op_assign(*o, lhs, Some(r), *pos),
                (AssignOp::Define, Some(r)) => self.define(lhs, r),
                (AssignOp::Assign, Some(r)) => self.assign(lhs.list(), r.list()),
                _ => {}
            },
            Stmt::Branch { tok, label, pos } => self.branch(*tok, label.as_ref(), *pos),
            Stmt::Call { tok: Tok::Go, call, pos } => self.go_stmt(call, *pos),
            Stmt::Call { call, pos, .. } => self.defer_stmt(call, *pos),
            Stmt::Return { results, .. } => self.return_stmt(results.as_ref()),
            Stmt::If { init, cond, then, els, .. } => {
                let saved = self.open_block();
                if let Some(i) = init {
                    self.stmt(i);
                }
                let else_l = self.new_label();
                if let Some(c) = cond {
                    self.cond_jump(c, false, else_l);
                    self.release_temps();
                }
                self.block(then);
                match els {
                    Some(e) => {
                        let end = self.new_label();
                        self.jmp(end);
                        self.bind(else_l);
                        self.stmt(e);
                        self.bind(end);
                    }
                    None => self.bind(else_l),
                }
                self.close_block(saved);
            }
            Stmt::For { init, cond, post, body, .. } => {
                let label = self.f().pending_label.take();
                if let Some(r @ Stmt::Range { .. }) = init.as_deref() {
                    self.range_stmt(r, body, label);
                } else {
                    self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body, label);
                }
            }
            Stmt::Switch {
                init,
                tag: Some(Expr { kind: ExprKind::TypeSwitchGuard { x, .. }, .. }),
                body,
                ..
            } => {
                let label = self.f().pending_label.take();
                self.type_switch(init.as_deref(), x, body, label);
            }
            Stmt::Switch { init, tag, body, .. } => {
                let label = self.f().pending_label.take();
                self.switch_stmt(init.as_deref(), tag.as_ref(), body, label);
            }
            Stmt::Select { body, .. } => {
                let label = self.f().pending_label.take();
                self.select_stmt(body, label, s.pos());
            }
            Stmt::Range { .. } => {
                self.error(s.pos(), "statement not supported yet");
            }
        }
        self.release_temps();
    }

    fn expr_stmt(&mut self, x: &Expr) {
        let u = x.unparen();
        match &u.kind {
            ExprKind::Call { .. } => {
                let _ = self.call(u);
            }
            ExprKind::Operation { op: Operator::Recv, x: ch, y: None } => {
                let c = self.expr(ch);
                let dst = self.alloc();
                self.emit(Op::Recv { dst, ch: c });
            }
            _ => {
                let _ = self.expr(u);
            }
        }
    }

    // ---- declarations and assignments

    /// `var a, b T = x, y` inside a function.
    fn local_var_spec(&mut self, spec: &ValueSpec) {
        let info = self.info;
        let objs: Vec<Option<ObjId>> =
            spec.names.iter().map(|n| info.defs.get(&n.id).copied()).collect();
        // Homes first, so that calls in the initialisers have their base above them.
        let mut homes = Vec::new();
        for (n, o) in spec.names.iter().zip(&objs) {
            match o {
                Some(o) if n.value != "_" => {
                    let r = self.alloc_local();
                    self.f().vars.insert(*o, r);
                    homes.push(Some((*o, r)));
                }
                _ => homes.push(None),
            }
        }
        match &spec.values {
            None => {
                for (o, r) in homes.into_iter().flatten() {
                    self.zero_var(o, r);
                }
            }
            Some(v) => {
                let rhs = v.list();
                let targets: Vec<Option<(ObjId, Reg)>> = homes;
                self.init_targets(&targets, &rhs);
            }
        }
    }

    /// Initialises a variable's home with its zero value (boxing it if needed).
    fn zero_var(&mut self, o: ObjId, r: Reg) {
        let obj = self.info.obj(o);
        let t = obj.ty.clone();
        if !self.sync_zero(&t, r) {
            self.emit(Op::LoadNil { dst: r });
        }
        if obj.boxed() {
            self.emit(Op::NewBox { dst: r, src: r });
        }
    }

    /// Initialises new variables (homes already allocated) from right-hand sides.
    fn init_targets(&mut self, targets: &[Option<(ObjId, Reg)>], rhs: &[&Expr]) {
        let info = self.info;
        if targets.len() == rhs.len() {
            for (t, e) in targets.iter().zip(rhs) {
                match t {
                    Some((o, r)) => {
                        let ty = info.obj(*o).ty.clone();
                        if info.obj(*o).boxed() {
                            let v = self.expr_conv(e, &ty);
                            self.emit(Op::NewBox { dst: *r, src: v });
                        } else {
                            self.expr_conv_to(e, &ty, *r);
                        }
                    }
                    None => {
                        let _ = self.expr(e);
                    }
                }
                self.release_temps();
            }
            return;
        }
        // One multi-valued right-hand side.
        let (vals, types) = self.multi_value(rhs[0], targets.len());
        for (i, t) in targets.iter().enumerate() {
            if let Some((o, r)) = t {
                let ty = info.obj(*o).ty.clone();
                let src = vals + i as u16;
                if info.obj(*o).boxed() {
                    let tmp = self.alloc();
                    self.conv_reg(src, &types[i], &ty, tmp);
                    self.emit(Op::NewBox { dst: *r, src: tmp });
                } else {
                    self.conv_reg(src, &types[i], &ty, *r);
                }
            }
        }
    }

    /// Evaluates a multi-valued expression (a call, or a comma-ok receive) into
    /// consecutive registers; returns the first and the values' types.
    fn multi_value(&mut self, e: &Expr, n: usize) -> (Reg, Vec<Type>) {
        let u = e.unparen();
        if let ExprKind::Operation { op: Operator::Recv, x: ch, y: None } = &u.kind {
            let elem = self.ty(u);
            let c = self.expr(ch);
            let dst = self.alloc_n(2);
            self.emit(Op::Recv2 { dst, ok: dst + 1, ch: c });
            self.materialise_struct(dst, &elem);
            return (dst, vec![elem, Type::bool()]);
        }
        if let ExprKind::Assert { x, .. } = &u.kind {
            let dst = self.assert2(u, x);
            return (dst, vec![self.ty(u), Type::bool()]);
        }
        if let ExprKind::Index { x, index } = &u.kind {
            if matches!(self.ty(x).underlying(), Type::Map(..)) {
                // v, ok := m[k]
                let elem = self.ty(u);
                let (m, k, kk) = self.map_operands(x, index);
                let dst = self.alloc_n(2);
                self.set_line(u.pos);
                self.emit(Op::MapIndex2 { dst, ok: dst + 1, m, k, kk });
                self.materialise_struct(dst, &elem);
                return (dst, vec![elem, Type::bool()]);
            }
        }
        let types = match self.info.type_of(e) {
            Type::Tuple(t) => (*t).clone(),
            t => vec![t],
        };
        let (base, nres) = self.call(u);
        let _ = (n, nres);
        (base, types)
    }

    /// A struct received from a closed channel or missing from a map is the zero Value, not
    /// a zero object: make it one (a fresh object either way), so its fields can be used.
    fn materialise_struct(&mut self, r: Reg, t: &Type) {
        if super::expr::is_struct(t) {
            let ty = self.type_id(t);
            self.emit(Op::CopyStruct { dst: r, src: r, ty });
        }
    }

    /// `a, b := x, y` (new variables get homes; existing ones are assigned).
    fn define(&mut self, lhs: &Expr, rhs: &Expr) {
        let info = self.info;
        let lhs = lhs.list();
        let rhs = rhs.list();
        // Which names are new?
        let mut targets: Vec<Option<(ObjId, Reg)>> = Vec::new();
        let mut all_new = true;
        for l in &lhs {
            let name_new = info
                .defs
                .get(&l.id)
                .copied()
                .filter(|o| !self.f().vars.contains_key(o) && info.obj(*o).name != "_");
            match name_new {
                Some(o) => {
                    let r = self.alloc_local();
                    targets.push(Some((o, r)));
                }
                None => {
                    if info.use_of(l.id).is_some() {
                        all_new = false;
                    }
                    targets.push(None);
                }
            }
        }
        if all_new {
            // Only new variables (and blanks): initialise their homes directly.
            self.init_targets(&targets, &rhs);
            for (o, r) in targets.into_iter().flatten() {
                self.f().vars.insert(o, r);
            }
            return;
        }
        // A mix: evaluate everything first, then store (new variables are not in scope
        // on the right-hand side, but the redeclared ones are).
        let vals: Vec<(Reg, Type)> = if lhs.len() == rhs.len() {
            let mut v = Vec::new();
            for (i, e) in rhs.iter().enumerate() {
                let to = self.lhs_type(lhs[i], &targets[i]);
                let r = self.alloc();
                self.expr_conv_to(e, &to, r);
                v.push((r, to));
            }
            v
        } else {
            let (base, types) = self.multi_value(rhs[0], lhs.len());
            types.into_iter().enumerate().map(|(i, t)| (base + i as u16, t)).collect()
        };
        for (i, l) in lhs.iter().enumerate() {
            let (src, from) = vals[i].clone();
            match targets[i] {
                Some((o, r)) => {
                    let ty = info.obj(o).ty.clone();
                    if info.obj(o).boxed() {
                        let tmp = self.alloc();
                        self.conv_reg(src, &from, &ty, tmp);
                        self.emit(Op::NewBox { dst: r, src: tmp });
                    } else {
                        self.conv_reg(src, &from, &ty, r);
                    }
                    self.f().vars.insert(o, r);
                }
                None => {
                    let lv = self.lvalue(l);
                    let to = self.ty(l);
                    let tmp = self.alloc();
                    self.conv_reg(src, &from, &to, tmp);
                    self.store(lv, tmp);
                }
            }
        }
    }

    fn lhs_type(&self, l: &Expr, target: &Option<(ObjId, Reg)>) -> Type {
        match target {
            Some((o, _)) => self.info.obj(*o).ty.clone(),
            None => self.ty(l),
        }
    }

    /// `a, b = x, y`.
    fn assign(&mut self, lhs: Vec<&Expr>, rhs: Vec<&Expr>) {
        if lhs.len() == 1 && rhs.len() == 1 {
            let l = lhs[0];
            let to = self.ty(l);
            let lv = self.lvalue(l);
            match lv {
                // `_ = p.f` only checks p (gc drops the load): the fault is at 0.
                LValue::Blank => {
                    let _ = self.field_value(rhs[0], None);
                }
                LValue::Reg(r) if self.direct_ok(rhs[0]) => self.expr_conv_to(rhs[0], &to, r),
                _ => {
                    let v = self.expr_conv(rhs[0], &to);
                    self.store(lv, v);
                }
            }
            return;
        }
        // Targets' operands first, then every value into a fresh temporary, then stores.
        let lvs: Vec<LValue> = lhs.iter().map(|l| self.lvalue(l)).collect();
        let mut vals = Vec::new();
        if lhs.len() == rhs.len() {
            for (i, e) in rhs.iter().enumerate() {
                let to = self.ty(lhs[i]);
                let r = self.alloc();
                self.expr_conv_to(e, &to, r);
                vals.push(r);
            }
        } else {
            let (base, types) = self.multi_value(rhs[0], lhs.len());
            for (i, t) in types.iter().enumerate() {
                let to = self.ty(lhs[i]);
                let r = base + i as u16;
                if self.needs_iface(t, &to) {
                    self.conv_reg(r, t, &to, r);
                }
                vals.push(r);
            }
        }
        for (lv, v) in lvs.into_iter().zip(vals) {
            self.store(lv, v);
        }
    }

    /// `x op= y`, `x++`, `x--`.
    fn op_assign(&mut self, op: Operator, lhs: &Expr, rhs: Option<&Expr>, pos: Pos) {
        let t = self.ty(lhs);
        let lv = self.lvalue(lhs);
        let cur = self.load_lvalue(lv);
        let dst = match lv {
            LValue::Reg(r) => r,
            _ => cur,
        };
        match rhs {
            None => {
                if super::complex::is_complex(&t) {
                    let one = self.alloc();
                    self.load_complex(one, (1.0, 0.0));
                    self.complex_arith(op, &t, dst, cur, one);
                } else if t.is_float() {
                    let one = self.alloc();
                    self.emit(Op::LoadFloat { dst: one, v: 1.0 });
                    let o = if op == Operator::Add {
                        Op::AddF { dst, a: cur, b: one }
                    } else {
                        Op::SubF { dst, a: cur, b: one }
                    };
                    self.emit(o);
                    self.truncate(dst, &t);
                } else {
                    let k = if op == Operator::Add { 1 } else { -1 };
                    self.emit(Op::AddIK { dst, a: cur, k });
                    self.truncate(dst, &t);
                }
            }
            Some(y) => {
                let small = match (op, self.info.tv(y.id)) {
                    (Operator::Add | Operator::Sub, Some(tv))
                        if tv.mode == Mode::Constant && t.is_integer() =>
                    {
                        tv.val
                            .as_ref()
                            .and_then(|v| v.to_int())
                            .filter(|i| i.abs() < i32::MAX as i128)
                    }
                    _ => None,
                };
                if let Some(k) = small {
                    let k = if op == Operator::Sub { -k } else { k } as i32;
                    self.emit(Op::AddIK { dst, a: cur, k });
                    self.truncate(dst, &t);
                } else {
                    let b = self.operand(op, y);
                    self.arith(op, &t, dst, cur, b, pos);
                }
            }
        }
        if !matches!(lv, LValue::Reg(_)) {
            self.store(lv, dst);
        }
    }

    // ---- control flow

    fn push_loop(&mut self, label: Option<String>, brk: usize, cont: Option<usize>) {
        self.f().loops.push(LoopCtx { label, brk, cont });
    }

    fn for_stmt(
        &mut self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &Block,
        label: Option<String>,
    ) {
        let saved = self.open_block();
        if let Some(i) = init {
            self.stmt(i);
        }
        // Loop variables that live in boxes get a fresh box per iteration (Go 1.22).
        let mut per_iter: Vec<Reg> = Vec::new();
        if let Some(Stmt::Assign { op: AssignOp::Define, lhs, .. }) = init {
            for l in lhs.list() {
                if let Some(&o) = self.info.defs.get(&l.id) {
                    if self.info.obj(o).boxed() {
                        if let Some(&r) = self.f().vars.get(&o) {
                            per_iter.push(r);
                        }
                    }
                }
            }
        }
        let top = self.new_label();
        let cont = self.new_label();
        let end = self.new_label();
        self.bind(top);
        if let Some(c) = cond {
            self.cond_jump(c, false, end);
            self.release_temps();
        }
        self.push_loop(label, end, Some(cont));
        self.f().loop_depth += 1;
        self.block(body);
        self.f().loop_depth -= 1;
        self.f().loops.pop();
        self.bind(cont);
        for r in per_iter {
            let t = self.alloc();
            self.emit(Op::LoadBox { dst: t, b: r });
            self.emit(Op::NewBox { dst: r, src: t });
            self.release_temps();
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        self.jmp(top);
        self.bind(end);
        self.close_block(saved);
    }

    fn range_stmt(&mut self, r: &Stmt, body: &Block, label: Option<String>) {
        let Stmt::Range { lhs, def, x, .. } = r else {
            return;
        };
        if let Some(&f) = self.info.range_funcs.get(&x.id) {
            let lhs_list: Vec<&Expr> = lhs.as_ref().map(|l| l.list()).unwrap_or_default();
            let assign = if *def { Vec::new() } else { lhs_list };
            self.range_func(x, f, body, assign);
            return;
        }
        let saved = self.open_block();
        let xt = self.ty(x);
        let lhs_list: Vec<&Expr> = lhs.as_ref().map(|l| l.list()).unwrap_or_default();
        // The iteration variable: a new variable (per iteration) or an assignment target.
        let var = self.range_var(&lhs_list, 0, *def);
        let top = self.new_label();
        let cont = self.new_label();
        let end = self.new_label();
        // Counting loops (slices, integers) return their hidden counter, incremented at the
        // continue label; iterator loops (maps, channels) fetch the next item at the top.
        let mut step = None;
        // An array, or a pointer to one, ranges over a slice of its elements; an array
        // value whose elements are read is copied first, as Go ranges over a copy.
        let array_elem = match xt.underlying() {
            Type::Array(_, e) => Some(e),
            Type::Pointer(p) => match p.underlying() {
                Type::Array(_, e) => Some(e),
                _ => None,
            },
            _ => None,
        };
        // Without a value variable an array's elements are never read, so the loop only
        // counts to its length: a nil pointer to an array ranges without a dereference.
        let index_only = array_elem.is_some()
            && lhs_list.get(1).map_or(true, |v| v.unparen().is_name() == Some("_"));
        let lhs_list = if index_only { &lhs_list[..lhs_list.len().min(1)] } else { &lhs_list[..] };
        let ranged = match &array_elem {
            _ if index_only => Type::int(),
            Some(e) => Type::Slice(e.clone()),
            None => xt.underlying(),
        };
        let counter = match ranged {
            Type::Slice(elem) => {
                // The slice and its length are read once, as Go does; a hidden counter
                // drives the loop so the body may change the iteration variables.
                let s = self.alloc_local();
                if array_elem.is_some() {
                    let copy = lhs_list.len() > 1 && matches!(xt.underlying(), Type::Array(..));
                    let a = if copy {
                        let c = self.alloc();
                        self.expr_conv_to(x, &xt, c);
                        c
                    } else {
                        self.expr(x)
                    };
                    let n = super::expr::array_len(&xt).unwrap_or(0).min(u32::MAX as u64) as u32;
                    self.set_line(x.start());
                    self.emit(Op::ArraySlice { dst: s, a, n });
                } else {
                    self.expr_to(x, s);
                }
                let n = self.alloc_local();
                self.emit(Op::LenSlice { dst: n, a: s });
                let i = self.alloc_local();
                self.load_int(i, 0);
                let v = self.alloc_local();
                let var2 = self.range_var(&lhs_list, 1, *def);
                self.release_temps();
                self.bind(top);
                let c = self.alloc();
                self.emit(Op::LtI { dst: c, a: i, b: n });
                self.jmp_if_not(c, end);
                self.release_temps();
                let mut vals = vec![(i, Type::int())];
                if lhs_list.len() > 1 {
                    self.emit(Op::IndexSlice { dst: v, s, i });
                    vals.push((v, (*elem).clone()));
                }
                self.bind_iter_vars([var, var2], &lhs_list, *def, &vals);
                Some(i)
            }
            Type::Basic(k) if k.is_string() => {
                // Decodes one rune per iteration; the counter advances by its width.
                let s = self.alloc_local();
                self.expr_to(x, s);
                let n = self.alloc_local();
                self.emit(Op::LenS { dst: n, a: s });
                let i = self.alloc_local();
                self.load_int(i, 0);
                let r = self.alloc_local();
                let w = self.alloc_local();
                let var2 = self.range_var(&lhs_list, 1, *def);
                self.release_temps();
                self.bind(top);
                let c = self.alloc();
                self.emit(Op::LtI { dst: c, a: i, b: n });
                self.jmp_if_not(c, end);
                self.release_temps();
                self.emit(Op::DecodeRune { r, w, s, i });
                let vals = [(i, Type::int()), (r, Type::Basic(BasicKind::Rune))];
                self.bind_iter_vars([var, var2], &lhs_list, *def, &vals);
                step = Some(w);
                Some(i)
            }
            Type::Map(kt, vt) => {
                // The iterator holds a snapshot of the keys (see rt/map.rs), so the body
                // may insert and delete freely.
                let m = self.alloc_local();
                self.expr_to(x, m);
                let it = self.alloc_local();
                self.set_line(x.start());
                self.emit(Op::MapIterInit { dst: it, m });
                let k = self.alloc_local();
                let v = self.alloc_local();
                let ok = self.alloc_local();
                let var2 = self.range_var(&lhs_list, 1, *def);
                self.release_temps();
                self.bind(top);
                self.bind(cont);
                self.emit(Op::MapIterNext { k, v, ok, it });
                self.jmp_if_not(ok, end);
                self.bind_iter_vars(
                    [var, var2],
                    &lhs_list,
                    *def,
                    &[(k, (*kt).clone()), (v, (*vt).clone())],
                );
                None
            }
            Type::Chan(_, elem) => {
                let ch = self.alloc_local();
                self.expr_to(x, ch);
                let v = self.alloc_local();
                let ok = self.alloc_local();
                self.release_temps();
                self.bind(top);
                self.bind(cont);
                self.emit(Op::Recv2 { dst: v, ok, ch });
                self.jmp_if_not(ok, end);
                self.bind_iter_var(var, &lhs_list, *def, v, &elem);
                None
            }
            _ => {
                // Range over an integer: a hidden counter, so that the body may change
                // the variable without affecting the iteration.
                let n = self.alloc_local();
                let it = if index_only {
                    let _ = self.expr(x);
                    let len = super::expr::array_len(&xt).unwrap_or(0).min(i64::MAX as u64);
                    self.load_int(n, len as i64);
                    Type::int()
                } else {
                    self.expr_to(x, n);
                    xt.clone()
                };
                let i = self.alloc_local();
                self.load_int(i, 0);
                self.release_temps();
                self.bind(top);
                let c = self.alloc();
                self.emit(Op::LtI { dst: c, a: i, b: n });
                self.jmp_if_not(c, end);
                self.release_temps();
                self.bind_iter_var(var, &lhs_list, *def, i, &it);
                // The increment happens at the continue label, below.
                Some(i)
            }
        };
        self.push_loop(label, end, Some(cont));
        self.f().loop_depth += 1;
        self.block(body);
        self.f().loop_depth -= 1;
        self.f().loops.pop();
        if let Some(i) = counter {
            self.bind(cont);
            match step {
                Some(w) => {
                    self.emit(Op::AddI { dst: i, a: i, b: w });
                }
                None => {
                    self.emit(Op::AddIK { dst: i, a: i, k: 1 });
                }
            }
        }
        self.jmp(top);
        self.bind(end);
        self.close_block(saved);
    }

    /// The register of the `idx`-th variable a `for k, v := range` statement declares (None
    /// for `_`, for assignment forms, or when there is no such variable).
    fn range_var(&mut self, lhs: &[&Expr], idx: usize, def: bool) -> Option<(ObjId, Reg)> {
        if !def {
            return None;
        }
        let info = self.info;
        let o = lhs
            .get(idx)
            .and_then(|l| info.defs.get(&l.id).copied())
            .filter(|o| info.obj(*o).name != "_")?;
        let r = self.alloc_local();
        self.f().vars.insert(o, r);
        Some((o, r))
    }

    /// Sets the range variables for this iteration from the registers in vals (one per
    /// variable the statement names, at most as many as lhs holds). An assignment form
    /// (`for i, x[i] = range y`) evaluates every target's operands before it stores, as
    /// Go's parallel assignment does.
    fn bind_iter_vars(
        &mut self,
        vars: [Option<(ObjId, Reg)>; 2],
        lhs: &[&Expr],
        def: bool,
        vals: &[(Reg, Type)],
    ) {
        let vals = &vals[..vals.len().min(lhs.len())];
        if def || vals.len() < 2 {
            for (k, (v, vt)) in vals.iter().enumerate() {
                self.bind_iter_var(vars[k], &lhs[k..], def, *v, vt);
            }
            return;
        }
        let lvs: Vec<LValue> = lhs[..vals.len()].iter().map(|l| self.lvalue(l)).collect();
        for ((lv, l), (v, vt)) in lvs.into_iter().zip(lhs).zip(vals) {
            let to = self.ty(l);
            let t = self.alloc();
            self.conv_reg(*v, vt, &to, t);
            self.store(lv, t);
        }
        self.release_temps();
    }

    /// Sets the range variable for this iteration from register v.
    fn bind_iter_var(
        &mut self,
        var: Option<(ObjId, Reg)>,
        lhs: &[&Expr],
        def: bool,
        v: Reg,
        vt: &Type,
    ) {
        if def {
            if let Some((o, r)) = var {
                if self.info.obj(o).boxed() {
                    self.emit(Op::NewBox { dst: r, src: v });
                } else if super::expr::is_struct(vt) {
                    // The iteration variable is a copy of the element (value semantics).
                    let ty = self.type_id(vt);
                    self.emit(Op::CopyStruct { dst: r, src: v, ty });
                } else {
                    self.mov(r, v);
                }
            }
            return;
        }
        if let Some(l) = lhs.first() {
            let lv = self.lvalue(l);
            let to = self.ty(l);
            let t = self.alloc();
            self.conv_reg(v, vt, &to, t);
            self.store(lv, t);
            self.release_temps();
        }
    }

    fn switch_stmt(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        body: &[ast::CaseClause],
        label: Option<String>,
    ) {
        let saved = self.open_block();
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_reg = tag.map(|t| {
            let r = self.alloc_local();
            self.expr_to(t, r);
            r
        });
        let tag_ty = tag.map(|t| self.ty(t));
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
                match (tag_reg, &tag_ty) {
                    (Some(tr), Some(tt)) => {
                        let cmp = self.alloc();
                        let ct = self.ty(ce);
                        let nil = self.info.tv(ce.id).map(|t| t.mode) == Some(Mode::Nil);
                        if (tt.is_interface() || ct.is_interface()) && !nil {
                            // Compared as interface values (the tag's type or the case's).
                            let it = if tt.is_interface() { tt.clone() } else { ct };
                            let a = self.alloc();
                            self.conv_reg(tr, tt, &it, a);
                            let b = self.expr_conv(ce, &it);
                            self.emit(Op::EqIface { dst: cmp, a, b, ne: false });
                        } else {
                            let v = self.expr(ce);
                            self.eq_regs(tt, cmp, tr, v);
                        }
                        self.jmp_if(cmp, bodies[i]);
                    }
                    _ => self.cond_jump(ce, true, bodies[i]),
                }
                self.release_temps();
            }
        }
        match default {
            Some(d) => self.jmp(bodies[d]),
            None => self.jmp(end),
        }
        self.push_loop(label, end, None);
        for (i, c) in body.iter().enumerate() {
            self.bind(bodies[i]);
            let s = self.open_block();
            let falls = matches!(c.body.last(), Some(Stmt::Branch { tok: Tok::Fallthrough, .. }));
            self.stmt_list(&c.body);
            self.close_block(s);
            if falls && i + 1 < body.len() {
                self.jmp(bodies[i + 1]);
            } else {
                self.jmp(end);
            }
        }
        self.f().loops.pop();
        self.bind(end);
        self.close_block(saved);
    }

    /// `select`: every channel operand and send value is evaluated once, in source order,
    /// into the operand registers of one `Op::Select` (case i's channel at base+2i, its send
    /// value at base+2i+1); then a jump table on the chosen case's index (-1 = default).
    /// A receive case's variables are copied from the op's result registers at the start
    /// of its body, where (per Go) they are declared, so each case has its own.
    fn select_stmt(&mut self, body: &[ast::CommClause], label: Option<String>, pos: Pos) {
        let cases: Vec<usize> = (0..body.len()).filter(|&i| body[i].comm.is_some()).collect();
        let default = body.iter().position(|c| c.comm.is_none());
        if cases.len() > 32 {
            self.error(pos, "select with more than 32 cases not supported yet");
            return;
        }
        let saved = self.open_block();
        // The op's results (chosen index, received value, ok) live until the case body
        // has copied them.
        let dst = self.alloc_local();
        self.alloc_local();
        self.alloc_local();
        let base = self.alloc_n(2 * cases.len() as u16);
        self.reserve_to(base, 2 * cases.len() as u16);
        let mut sends: u32 = 0;
        for (i, &ci) in cases.iter().enumerate() {
            let ch_reg = base + 2 * i as u16;
            match body[ci].comm.as_deref() {
                Some(Stmt::Send { ch, value, pos }) => {
                    self.set_line(*pos);
                    let elem = match self.ty(ch).underlying() {
                        Type::Chan(_, e) => (*e).clone(),
                        _ => Type::Invalid,
                    };
                    self.expr_to(ch, ch_reg);
                    self.expr_conv_to(value, &elem, ch_reg + 1);
                    sends |= 1 << i;
                }
                Some(c) => match recv_operand(c) {
                    Some(ch) => {
                        self.set_line(c.pos());
                        self.expr_to(ch, ch_reg);
                    }
                    None => {
                        self.error(
                            c.pos(),
                            "select case must be send or receive (possibly with assignment)",
                        );
                    }
                },
                None => {}
            }
        }
        self.set_line(pos);
        self.emit(Op::Select {
            dst,
            base,
            n: cases.len() as u8,
            has_default: default.is_some(),
            sends,
        });
        self.release_temps();
        // The jump table: compare dst with each case's index; the last comparison is
        // implied when there is no default clause (the op chose one of the cases).
        let end = self.new_label();
        let labels: Vec<usize> = body.iter().map(|_| self.new_label()).collect();
        let ncmp = if default.is_some() { cases.len() } else { cases.len().saturating_sub(1) };
        for (i, &ci) in cases.iter().enumerate().take(ncmp) {
            let k = self.int_temp(i as i64);
            let c = self.alloc();
            self.emit(Op::EqI { dst: c, a: dst, b: k });
            self.jmp_if(c, labels[ci]);
            self.release_temps();
        }
        match (default, cases.last()) {
            (Some(d), _) => self.jmp(labels[d]),
            (None, Some(&last)) => self.jmp(labels[last]),
            // `select {}`: the op never returns.
            (None, None) => self.jmp(end),
        }
        self.push_loop(label, end, None);
        for (i, c) in body.iter().enumerate() {
            self.bind(labels[i]);
            let s = self.open_block();
            if let Some(comm) = c.comm.as_deref() {
                self.set_line(comm.pos());
                self.select_recv_vars(comm, dst + 1);
            }
            self.stmt_list(&c.body);
            self.close_block(s);
            self.jmp(end);
        }
        self.f().loops.pop();
        self.bind(end);
        self.close_block(saved);
    }

    /// At the start of a receive case's body: declares (`v, ok := <-ch`) or assigns
    /// (`v, ok = <-ch`) the case's variables from the received value in `val` and the ok
    /// flag in `val+1`.
    fn select_recv_vars(&mut self, comm: &Stmt, val: Reg) {
        let Stmt::Assign { op, lhs, rhs: Some(r), .. } = comm else {
            return;
        };
        let info = self.info;
        let lhs = lhs.list();
        let types = [self.ty(r.unparen()), Type::bool()];
        match op {
            AssignOp::Define => {
                for (i, l) in lhs.iter().enumerate().take(2) {
                    let Some(o) = info.defs.get(&l.id).copied() else {
                        continue;
                    };
                    if info.obj(o).name == "_" {
                        continue;
                    }
                    let home = self.alloc_local();
                    let ty = info.obj(o).ty.clone();
                    let src = val + i as u16;
                    if info.obj(o).boxed() {
                        let tmp = self.alloc();
                        self.conv_reg(src, &types[i], &ty, tmp);
                        self.emit(Op::NewBox { dst: home, src: tmp });
                    } else {
                        self.conv_reg(src, &types[i], &ty, home);
                    }
                    self.f().vars.insert(o, home);
                }
            }
            _ => {
                // Go evaluates the targets' operands when the case is chosen, then assigns.
                let lvs: Vec<LValue> = lhs.iter().take(2).map(|l| self.lvalue(l)).collect();
                let mut vals = Vec::new();
                for (i, l) in lhs.iter().enumerate().take(2) {
                    let to = self.ty(l);
                    let tmp = self.alloc();
                    self.conv_reg(val + i as u16, &types[i], &to, tmp);
                    vals.push(tmp);
                }
                for (lv, v) in lvs.into_iter().zip(vals) {
                    self.store(lv, v);
                }
            }
        }
        self.release_temps();
    }

    /// dst = a == b for operands of type t (a switch's tag and a case).
    fn eq_regs(&mut self, t: &Type, dst: Reg, a: Reg, b: Reg) {
        if super::complex::is_complex(t) {
            self.complex_arith(Operator::Eql, t, dst, a, b);
            return;
        }
        let o = if super::expr::is_struct(t) {
            // Structs and arrays are compared field by field (element by element).
            let ty = self.type_id(t);
            Op::EqStruct { dst, a, b, ty, ne: false }
        } else if t.is_string() {
            Op::EqS { dst, a, b }
        } else if t.is_float() {
            Op::EqF { dst, a, b }
        } else if t.has_nil() {
            Op::EqRef { dst, a, b }
        } else {
            Op::EqI { dst, a, b }
        };
        self.emit(o);
    }

    fn branch(&mut self, tok: Tok, label: Option<&ast::Name>, pos: Pos) {
        match tok {
            Tok::Break | Tok::Continue => {
                let want = label.map(|l| l.value.clone());
                let loops = &self.f().loops;
                let mut target = None;
                for l in loops.iter().rev() {
                    if let Some(w) = &want {
                        if l.label.as_ref() != Some(w) {
                            continue;
                        }
                    } else if tok == Tok::Continue && l.cont.is_none() {
                        continue;
                    }
                    target = Some(if tok == Tok::Break { Some(l.brk) } else { l.cont });
                    break;
                }
                match target {
                    Some(Some(t)) => self.jmp(t),
                    _ => self.error(pos, "internal error: branch target not found"),
                }
            }
            Tok::Fallthrough => {} // Handled by the switch.
            Tok::Goto => {
                // The checker proved the label exists and the jump skips no declaration.
                if let Some(l) = label {
                    let target = self.goto_target(&l.value);
                    self.jmp(target);
                }
            }
            _ => self.error(pos, "internal error: unknown branch statement"),
        }
    }

    /// The code label a goto to statement label `name` jumps to.
    fn goto_target(&mut self, name: &str) -> usize {
        if let Some(&l) = self.f().goto_targets.get(name) {
            return l;
        }
        let l = self.new_label();
        self.f().goto_targets.insert(name.to_string(), l);
        l
    }

    // ---- return and defer

    fn return_stmt(&mut self, results: Option<&Expr>) {
        let info = self.info;
        let fidx = self.f().fidx;
        // In a range-over-func body: store the results and the flag, stop the iteration.
        if let Some(outer) = info.range_outer.get(&fidx) {
            if let Some((flag, res)) = info.range_rets.get(outer) {
                let sig = info.funcs[*outer as usize].sig.clone();
                let list = results.map(|r| r.list()).unwrap_or_default();
                for (i, e) in list.iter().enumerate() {
                    let v = self.expr_conv(e, &sig.results[i]);
                    self.store_var(res[i], v);
                }
                let t = self.alloc();
                self.load_int(t, 1);
                let lv = self.var_lvalue(*flag);
                self.store(lv, t);
                self.mark_range_done();
                self.load_int(t, 0);
                self.emit(Op::Ret { src: t, n: 1 });
                return;
            }
        }
        if fidx == u32::MAX {
            self.emit(Op::Ret { src: 0, n: 0 });
            return;
        }
        let fi = &info.funcs[fidx as usize];
        let n = fi.sig.results.len() as u16;
        let has_defers = self.f().defer_regs.is_some();
        let Some(r) = results else {
            // A bare return: the named results (or nothing).
            self.run_defers();
            if n == 0 {
                self.emit(Op::Ret { src: 0, n: 0 });
                return;
            }
            let base = self.load_results(fidx);
            self.emit(Op::Ret { src: base, n });
            return;
        };
        let list = r.list();
        if fi.named_results && has_defers {
            // Deferred closures may read or change the named results: store, run the
            // defers, then return the variables' values.
            self.assign_results(fidx, &list);
            self.run_defers();
            let base = self.load_results(fidx);
            self.emit(Op::Ret { src: base, n });
            return;
        }
        // A single value already in a register needs no copy.
        if list.len() == 1 && n == 1 && !has_defers {
            let t = fi.sig.results[0].clone();
            let v = self.expr_conv(list[0], &t);
            self.emit(Op::Ret { src: v, n: 1 });
            return;
        }
        let base = self.results_to_temps(fidx, &list);
        self.run_defers();
        self.emit(Op::Ret { src: base, n });
    }

    /// Evaluates return values into consecutive fresh registers.
    fn results_to_temps(&mut self, fidx: FuncIdx, list: &[&Expr]) -> Reg {
        let sig = self.info.funcs[fidx as usize].sig.clone();
        let n = sig.results.len();
        if list.len() == n {
            let base = self.alloc_n(n as u16);
            for (i, e) in list.iter().enumerate() {
                let mark = self.f().top;
                self.expr_conv_to(e, &sig.results[i], base + i as u16);
                self.f().top = mark;
            }
            return base;
        }
        // return f() with a multi-valued f.
        let (base, types) = self.multi_value(list[0], n);
        for (i, t) in types.iter().enumerate() {
            let r = base + i as u16;
            if self.needs_iface(t, &sig.results[i]) {
                self.conv_reg(r, t, &sig.results[i], r);
            }
        }
        base
    }

    fn assign_results(&mut self, fidx: FuncIdx, list: &[&Expr]) {
        let base = self.results_to_temps(fidx, list);
        let results = self.info.funcs[fidx as usize].results.clone();
        for (i, o) in results.iter().enumerate() {
            let lv = self.var_lvalue(*o);
            self.store(lv, base + i as u16);
        }
    }

    /// Loads the named result variables into consecutive fresh registers.
    fn load_results(&mut self, fidx: FuncIdx) -> Reg {
        let results = self.info.funcs[fidx as usize].results.clone();
        let base = self.alloc_n(results.len() as u16);
        for (i, &o) in results.iter().enumerate() {
            self.load_var(o, base + i as u16);
        }
        base
    }

    /// Runs the frame's deferred calls, latest first (nothing for a function without defer
    /// statements): `RunDefers` hands each to the pending call after it, whose window is
    /// above every live register.
    pub(crate) fn run_defers(&mut self) {
        let Some(n) = self.f().defer_regs else { return };
        let base = self.f().top;
        self.reserve_to(base, n);
        self.emit(Op::RunDefers { base });
        self.emit(Op::CallIface { sel: crate::vm::op::PENDING_CALL, base });
    }

    /// `defer f(args)`: the function value and arguments are evaluated now and the call
    /// recorded on the goroutine's defer stack (`Op::Defer`). Library calls, builtins and
    /// methods of sync objects become small functions (as for `go`), so that every deferred
    /// call is a closure call.
    fn defer_stmt(&mut self, call: &Expr, pos: Pos) {
        let ExprKind::Call { fun, args, .. } = &call.kind else {
            return;
        };
        let mut regs: Vec<Reg> = Vec::new();
        let Some(kind) = self.prepare_suspended(call, fun, args, &mut regs, pos) else {
            return;
        };
        self.set_line(pos);
        let (f, args) = match kind {
            DeferKind::Closure => (regs[0], &regs[1..]),
            DeferKind::Call(func) => {
                let c = self.alloc();
                self.emit(Op::MakeClosure { dst: c, func });
                (c, &regs[..])
            }
            other => {
                let thunk = self.thunk(&other, regs.len() as u16);
                let c = self.alloc();
                self.emit(Op::MakeClosure { dst: c, func: thunk });
                (c, &regs[..])
            }
        };
        let base = self.alloc_n(args.len() as u16);
        for (i, &r) in args.iter().enumerate() {
            self.mov(base + i as u16, r);
        }
        self.emit(Op::Defer { f, base, nargs: args.len() as u16 });
    }

    /// `defer delete(m, k)`, copy, clear and recover: evaluates the arguments now (into
    /// regs) and gives the wrapper's parameter count and the one instruction that performs
    /// the call on them later. `defer recover()` recovers nothing (recover is then not
    /// called by a deferred function), so its wrapper does nothing.
    fn suspended_builtin(
        &mut self,
        b: Builtin,
        args: &[Expr],
        regs: &mut Vec<Reg>,
    ) -> (u16, Option<Op>) {
        match b {
            Builtin::Delete => {
                let (m, k, kk) = self.map_operands(&args[0], &args[1]);
                regs.extend([m, k]);
                (2, Some(Op::MapDelete { m: 0, k: 1, kk }))
            }
            Builtin::Copy => {
                let (to, from, elem) = self.copy_operands(args);
                regs.extend([to, from]);
                (2, Some(Op::Copy { dst: 2, to: 0, from: 1, elem }))
            }
            Builtin::Clear => {
                let t = self.ty(&args[0]);
                regs.push(self.expr_temp(&args[0]));
                match t.underlying() {
                    Type::Slice(elem) => {
                        (1, Some(Op::ClearSlice { s: 0, elem: self.type_id(&elem) }))
                    }
                    _ => (1, Some(Op::MapClear { m: 0 })),
                }
            }
            _ => (0, None),
        }
    }

    /// Evaluates the function value and arguments of a `go` or `defer` call into fresh
    /// consecutive registers (`regs`), and says how to perform the call later.
    fn prepare_suspended(
        &mut self,
        call: &Expr,
        fun: &Expr,
        args: &[Expr],
        regs: &mut Vec<Reg>,
        pos: Pos,
    ) -> Option<DeferKind> {
        let fun_tv = self.info.tv(fun.id).cloned();
        if let Some(Mode::Builtin(b)) = fun_tv.as_ref().map(|t| t.mode) {
            return match b {
                Builtin::Close => {
                    regs.push(self.expr_temp(&args[0]));
                    Some(DeferKind::Close)
                }
                Builtin::Panic => {
                    let r = self.alloc();
                    self.expr_conv_to(&args[0], &Type::empty_interface(), r);
                    regs.push(r);
                    Some(DeferKind::Panic)
                }
                Builtin::Print | Builtin::Println => {
                    let (base, n) = self.push_print_args(args);
                    for i in 0..n {
                        regs.push(base + i as u16);
                    }
                    Some(DeferKind::Native(if b == Builtin::Println {
                        Native::BuiltinPrintln
                    } else {
                        Native::BuiltinPrint
                    }))
                }
                Builtin::Delete | Builtin::Copy | Builtin::Clear | Builtin::Recover => {
                    let (nparams, op) = self.suspended_builtin(b, args, regs);
                    let code = op.into_iter().chain([Op::Ret { src: 0, n: 0 }]).collect();
                    let line = self.f().line;
                    let name = format!("runtime.{}", b.name());
                    Some(DeferKind::Call(self.push_wrapper(name, nparams, 0, code, vec![], line)))
                }
                _ => {
                    self.error(pos, format!("go/defer of {} is not supported yet", b.name()));
                    None
                }
            };
        }
        if let Some(Selection::BuiltinMethod { method: m, .. }) =
            self.info.selections.get(&fun.unparen().id).cloned()
        {
            let wg = self.builtin_recv(fun, true);
            regs.push(wg);
            return match m {
                BuiltinMethod::WgAdd => {
                    regs.push(self.expr_temp(&args[0]));
                    Some(DeferKind::WgAdd)
                }
                BuiltinMethod::WgDone => Some(DeferKind::WgDone),
                BuiltinMethod::WgWait => Some(DeferKind::WgWait),
                BuiltinMethod::WgGo => {
                    self.error(pos, "go/defer of sync.WaitGroup.Go is not supported yet");
                    None
                }
                BuiltinMethod::MutexLock => Some(DeferKind::MutexLock),
                BuiltinMethod::MutexUnlock => Some(DeferKind::MutexUnlock),
                BuiltinMethod::Lib(id) if crate::library::name(id) == "sync.*Cond.Wait" => {
                    // Compiled inline around its Locker's calls (see cond_wait).
                    self.error(pos, "go/defer of sync.Cond.Wait is not supported yet");
                    return None;
                }
                BuiltinMethod::Lib(id) if crate::library::name(id) == "sync.*Once.Do" => {
                    regs.push(self.expr_temp(&args[0]));
                    Some(DeferKind::Call(self.once_func()))
                }
                BuiltinMethod::Lib(id) => {
                    let sig = self.ty(fun).signature()?;
                    let base = self.f().top;
                    let n = self.push_args(args, &sig, base, true, false);
                    regs.extend(base..base + n);
                    Some(DeferKind::Native(crate::vm::op::Native::Lib(id)))
                }
            };
        }
        if self.iface_selection(fun).is_some() {
            // x.M(args) through an interface: the method value (receiver evaluated now)
            // called later as a closure.
            let c = self.expr_temp(fun);
            regs.push(c);
            let sig = self.ty(fun).signature()?;
            let base = self.f().top;
            let has_dots = matches!(call.kind, ExprKind::Call { has_dots: true, .. });
            let n = self.push_args(args, &sig, base, true, has_dots);
            for i in 0..n {
                regs.push(base + i);
            }
            return Some(DeferKind::Closure);
        }
        if let Some(Selection::Method { func, .. }) =
            self.info.selections.get(&fun.unparen().id).cloned()
        {
            // x.M(args): the receiver (evaluated now, as Go does) is argument 0.
            let sig = self.ty(fun).signature()?;
            let base = self.f().top;
            let r = self.alloc();
            self.method_recv_to(fun, r);
            self.f().top = base + 1;
            let has_dots = matches!(call.kind, ExprKind::Call { has_dots: true, .. });
            let n = self.push_args(args, &sig, base + 1, true, has_dots);
            for i in 0..=n {
                regs.push(base + i);
            }
            return Some(DeferKind::Call(func));
        }
        let sig = self.ty(fun).signature()?;
        let callee = self.callee(fun);
        let kind = match callee {
            Callee::Func(f) => DeferKind::Call(f),
            Callee::Closure(r) => {
                let c = self.alloc();
                self.mov(c, r);
                regs.push(c);
                DeferKind::Closure
            }
            Callee::Native(n @ (Native::TimeAfterChan | Native::TimeTickChan)) => {
                // Their channel is made by the caller; a suspended call has nowhere to
                // make it, and its result would be discarded anyway.
                let name = if n == Native::TimeAfterChan { "time.After" } else { "time.Tick" };
                self.error(pos, format!("go/defer of {} is not supported yet", name));
                return None;
            }
            Callee::Native(Native::Lib(id))
                if crate::library::is_generic(id) || crate::library::takes_pointee_type(id) =>
            {
                // Its type argument is added at the call; a suspended call has no place for it.
                let name = crate::library::name(id);
                self.error(pos, format!("go/defer of {name} is not supported yet"));
                return None;
            }
            Callee::Native(n) => {
                if let Native::Lib(_) = n {
                    // Its error or time values are made by name at run time.
                    self.lib_result_types(&sig);
                }
                DeferKind::Native(n)
            }
        };
        let base = self.f().top;
        let has_dots = matches!(call.kind, ExprKind::Call { has_dots: true, .. });
        // Go functions and the library table's natives take variadic arguments as a slice.
        let pack = !matches!(kind, DeferKind::Native(n) if !matches!(n, Native::Lib(_)));
        let n = self.push_args(args, &sig, base, pack, has_dots);
        for i in 0..n {
            regs.push(base + i);
        }
        Some(kind)
    }

    fn go_stmt(&mut self, call: &Expr, pos: Pos) {
        let ExprKind::Call { fun, args, .. } = &call.kind else {
            return;
        };
        self.set_line(pos);
        let mut regs = Vec::new();
        let Some(kind) = self.prepare_suspended(call, fun, args, &mut regs, pos) else {
            return;
        };
        self.set_line(pos);
        match kind {
            DeferKind::Call(f) => {
                let base = regs.first().copied().unwrap_or(self.f().top);
                self.reserve_to(base, regs.len() as u16);
                self.emit(Op::Go { func: f, base, nargs: regs.len() as u16 });
            }
            DeferKind::Closure => {
                let f = regs[0];
                let base = regs.get(1).copied().unwrap_or(self.f().top);
                self.reserve_to(base, regs.len() as u16);
                self.emit(Op::Go { func: 0, base: 0, nargs: 0 });
                // Replace the placeholder with the closure form.
                let last = self.f().code.len() - 1;
                self.f().code[last] = Op::GoClosure { f, base, nargs: (regs.len() - 1) as u16 };
            }
            other => {
                // A library function, builtin or method: run it in a small thunk
                // goroutine whose parameters are the evaluated arguments.
                let thunk = self.thunk(&other, regs.len() as u16);
                let base = regs.first().copied().unwrap_or(self.f().top);
                self.reserve_to(base, regs.len() as u16);
                self.emit(Op::Go { func: thunk, base, nargs: regs.len() as u16 });
            }
        }
    }

    /// Go's `sync.(*Once).Do` as a function of (once, f), compiled once per program: lock
    /// the Once's mutex and defer its Unlock; unless done, defer marking it done and call
    /// f. So a panicking f still counts as done and leaves the mutex unlocked, as Go's
    /// doSlow's deferred calls make it. Its frame prints as Go's doSlow and Do frames
    /// (sched/dump.rs).
    pub(crate) fn once_func(&mut self) -> FuncId {
        if let Some(&f) = self.thunks.get(ONCE_DO) {
            return f;
        }
        let native = |name: &str| match crate::library::internal(name) {
            Some(id) => Native::Lib(id),
            None => super::expr::internal_error("the library has no Once helpers"),
        };
        let unlock = self.thunk(&DeferKind::MutexUnlock, 1);
        let set_done = self.thunk(&DeferKind::Native(native("onceSetDone")), 1);
        let line = self.fs.last().map(|f| f.line).unwrap_or(0);
        let id = self.prog.funcs.len() as FuncId;
        self.prog.funcs.push(Func::default());
        self.thunks.insert(ONCE_DO.into(), id);
        let sig = std::rc::Rc::new(crate::lang::types::Signature::default());
        self.fs.push(Fb::new(id, u32::MAX, sig, line));
        // Parameters: 0 the Once's cell, 1 f.
        self.alloc_n(2);
        {
            let f = self.f();
            f.locals_top = f.top;
        }
        let mu = self.alloc();
        self.mov(mu, 0);
        self.emit(Op::CallNative { native: native("onceMutex"), base: mu, nargs: 1 });
        self.mutex_lock(mu);
        self.defer_func(unlock, mu);
        let done = self.alloc();
        self.mov(done, 0);
        self.emit(Op::CallNative { native: native("onceDone"), base: done, nargs: 1 });
        let skip = self.new_label();
        self.jmp_if(done, skip);
        self.defer_func(set_done, 0);
        let base = self.alloc();
        self.emit(Op::CallClosure { f: 1, base });
        self.bind(skip);
        // A deferred call's window: the pending function and its one argument.
        self.f().defer_regs = Some(2);
        self.max_defer_regs = self.max_defer_regs.max(2);
        self.run_defers();
        self.emit(Op::Ret { src: 0, n: 0 });
        let fb = self.fs.pop().unwrap();
        let func = self.finish_func(fb, ONCE_DO.into(), 2, 0, vec![], line);
        self.prog.funcs[id as usize] = func;
        id
    }

    /// `defer func(arg)` of a compiler-made function of one parameter.
    fn defer_func(&mut self, func: FuncId, arg: Reg) {
        let c = self.alloc();
        self.emit(Op::MakeClosure { dst: c, func });
        let base = self.alloc();
        self.mov(base, arg);
        self.emit(Op::Defer { f: c, base, nargs: 1 });
    }

    /// A function `gowrapN(args...)` performing one library operation on its parameters.
    fn thunk(&mut self, kind: &DeferKind, nargs: u16) -> FuncId {
        let key = format!("{:?}/{}", kind, nargs);
        if let Some(&f) = self.thunks.get(&key) {
            return f;
        }
        let parent = self
            .fs
            .last()
            .map(|f| self.prog.funcs.get(f.id as usize).map(|x| x.name.clone()).unwrap_or_default())
            .unwrap_or_default();
        let parent = if parent.is_empty() { "main".to_string() } else { parent };
        let n = self.gowraps.entry(parent.clone()).or_insert(0);
        *n += 1;
        let name = format!("{}.gowrap{}", parent, n);
        let line = self.fs.last().map(|f| f.line).unwrap_or(0);
        let id = self.prog.funcs.len() as FuncId;
        self.prog.funcs.push(Func::default());
        let sig = std::rc::Rc::new(crate::lang::types::Signature::default());
        self.fs.push(Fb::new(id, u32::MAX, sig, line));
        self.alloc_n(nargs);
        {
            let f = self.f();
            f.locals_top = f.top;
        }
        match kind {
            DeferKind::Native(nat) => {
                self.emit_native(*nat, 0, nargs, native_results(*nat));
                self.reserve_to(0, native_results(*nat).max(nargs));
            }
            DeferKind::WgAdd => {
                self.emit(Op::WgAdd { wg: 0, n: 1 });
            }
            DeferKind::WgDone => {
                self.emit(Op::WgDone { wg: 0 });
            }
            DeferKind::WgWait => {
                self.emit(Op::WgWait { wg: 0 });
            }
            DeferKind::Close => {
                self.emit(Op::Close { ch: 0 });
            }
            DeferKind::Panic => {
                self.emit(Op::Panic { v: 0 });
            }
            DeferKind::MutexLock => self.mutex_lock(0),
            DeferKind::MutexUnlock => self.mutex_unlock(0),
            _ => {}
        }
        self.emit(Op::Ret { src: 0, n: 0 });
        let fb = self.fs.pop().unwrap();
        let mut func = self.finish_func(fb, name, nargs, 0, vec![], line);
        // Hidden in tracebacks, as Go's gowrap and deferwrap functions are.
        func.wrapper = true;
        self.prog.funcs[id as usize] = func;
        self.thunks.insert(key, id);
        id
    }

    // ---- package variables

    /// A package-level var spec, generated into main.init.
    pub(crate) fn global_var_spec(&mut self, spec: &ValueSpec) {
        let info = self.info;
        let globals: Vec<Option<(u32, Type, bool)>> = spec
            .names
            .iter()
            .map(|n| {
                info.defs.get(&n.id).and_then(|&o| match info.obj(o).kind {
                    ObjKind::Var { global: Some(g) } if n.value != "_" => {
                        Some((g, info.obj(o).ty.clone(), super::expr::global_boxed(info.obj(o))))
                    }
                    _ => None,
                })
            })
            .collect();
        match &spec.values {
            None => {
                for (g, t, boxed) in globals.into_iter().flatten() {
                    let r = self.alloc();
                    if self.sync_zero(&t, r) {
                        self.store_global(g, boxed, r);
                    }
                }
            }
            Some(v) => {
                let rhs = v.list();
                if rhs.len() == globals.len() {
                    for (t, e) in globals.iter().zip(&rhs) {
                        match t {
                            Some((g, ty, boxed)) => {
                                let r = self.expr_conv(e, ty);
                                self.store_global(*g, *boxed, r);
                            }
                            None => {
                                let _ = self.expr(e);
                            }
                        }
                        self.release_temps();
                    }
                } else {
                    let (base, types) = self.multi_value(rhs[0], globals.len());
                    for (i, t) in globals.iter().enumerate() {
                        if let Some((g, ty, boxed)) = t {
                            let r = self.alloc();
                            self.conv_reg(base + i as u16, &types[i], ty, r);
                            self.store_global(*g, *boxed, r);
                        }
                    }
                }
            }
        }
        self.release_temps();
    }
}

/// The channel operand of a select receive case (`<-ch`, `v := <-ch`, `v, ok = <-ch`).
fn recv_operand(s: &Stmt) -> Option<&Expr> {
    let e = match s {
        Stmt::Expr { x, .. } => x,
        Stmt::Assign { rhs: Some(r), .. } => r,
        _ => return None,
    };
    match &e.unparen().kind {
        ExprKind::Operation { op: Operator::Recv, x, y: None } => Some(x),
        _ => None,
    }
}

/// The defer statements of a function body (not those of nested function literals), in
/// source order.
fn collect_defers<'s>(list: &'s [Stmt], out: &mut Vec<&'s Expr>) {
    for s in list {
        match s {
            Stmt::Call { tok: Tok::Defer, call, .. } => out.push(call),
            Stmt::Block(b) => collect_defers(&b.stmts, out),
            Stmt::Labeled { stmt, .. } => collect_defers(std::slice::from_ref(&**stmt), out),
            Stmt::If { then, els, .. } => {
                collect_defers(&then.stmts, out);
                if let Some(e) = els {
                    collect_defers(std::slice::from_ref(&**e), out);
                }
            }
            Stmt::For { body, .. } => collect_defers(&body.stmts, out),
            Stmt::Switch { body, .. } => {
                for c in body {
                    collect_defers(&c.body, out);
                }
            }
            Stmt::Select { body, .. } => {
                for c in body {
                    collect_defers(&c.body, out);
                }
            }
            _ => {}
        }
    }
}
