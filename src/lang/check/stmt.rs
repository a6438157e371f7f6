//! Statements and function bodies (go/types stmt.go, assignments.go, return.go, and gc's
//! syntax/branches.go for break/continue/fallthrough/labels, whose messages gc prints).

use super::expr::Operand;
use super::{Builtin, Checker, FuncCtx, FuncIdx, LabelTarget, Mode, ObjId, ObjKind, Object};
use crate::lang::ast::{
    self, expr_string, AssignOp, Block, Decl, Expr, ExprKind, FuncDecl, FuncType, Stmt,
};
use crate::lang::constant::Value;
use crate::lang::token::{Operator, Pos, Tok};
use crate::lang::types::{BasicKind, Signature, Type};

/// Where a statement is (go/types stmtContext).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct StmtCtx {
    break_ok: bool,
    continue_ok: bool,
    /// Inside a switch case clause: (clause index, number of clauses).
    case: Option<(usize, usize)>,
    /// Inside a type switch clause (and no loop, switch or select within it).
    type_switch: bool,
}

/// How an expression may be used as a statement.
#[derive(PartialEq, Eq)]
enum ExprKindUse {
    Conversion,
    Expression,
    Statement,
}

impl<'a> Checker<'a> {
    /// Checks a function body (go/types funcBody): parameters, statements, "missing return",
    /// unused variables and labels.
    pub(crate) fn func_body(
        &mut self,
        f: FuncIdx,
        ft: &'a FuncType,
        body: &'a Block,
        decl: Option<&'a FuncDecl>,
    ) {
        let sig = self.info.funcs[f as usize].sig.clone();
        let saved_scope = self.scope;
        // A declaration's body starts from the package (or, for an instance of a generic
        // declaration, from the scope binding its type parameters).
        let instance = if decl.is_some() { self.instance_scope.take() } else { None };
        if decl.is_some() {
            self.scope = instance.unwrap_or(self.file_scope_at(body.pos));
        }
        let saved_labels = std::mem::take(&mut self.labels);
        let saved_label_stack = std::mem::take(&mut self.label_stack);
        let saved_gotos = std::mem::take(&mut self.goto_labels);
        // iota stays visible in a function literal inside a constant declaration.
        let saved_iota = self.iota;
        let saved_in_instance = self.in_instance;
        if decl.is_some() {
            self.in_instance = instance.is_some();
        }
        self.open_scope(true);
        if let (Some(d), None) = (decl, instance) {
            let tparams = Self::type_param_names(d);
            self.declare_type_params(&tparams);
        }
        self.funcs.push(FuncCtx { idx: f, sig: sig.clone(), range_body: false });
        let mut params = Vec::new();
        // A method's receiver is parameter 0 of its function (see collect_methods).
        let recv = decl.and_then(|d| d.recv.as_ref());
        if let Some(r) = recv {
            let t = sig.params.first().cloned().unwrap_or(Type::Invalid);
            let (name, pos, id) = match &r.name {
                Some(n) => (n.value.as_str(), n.pos, Some(n.id)),
                None => ("_", r.pos, None),
            };
            let o = self.local_var(name, pos, t);
            self.obj_mut(o).used = true;
            self.declare(self.scope, id, o);
            params.push(o);
        }
        let off = recv.is_some() as usize;
        for (i, p) in ft.params.iter().enumerate() {
            let i = i + off;
            let mut t = sig.params.get(i).cloned().unwrap_or(Type::Invalid);
            if sig.variadic && i + 1 == sig.params.len() && t.is_valid() {
                t = Type::Slice(std::rc::Rc::new(t));
            }
            let (name, pos, id) = match &p.name {
                Some(n) => (n.value.as_str(), n.pos, Some(n.id)),
                None => ("_", p.pos, None),
            };
            let o = self.local_var(name, pos, t);
            self.obj_mut(o).used = true;
            self.declare(self.scope, id, o);
            params.push(o);
        }
        let mut results = Vec::new();
        let mut named = false;
        for (i, r) in ft.results.iter().enumerate() {
            let t = sig.results.get(i).cloned().unwrap_or(Type::Invalid);
            let (name, pos, id) = match &r.name {
                Some(n) => {
                    named = true;
                    (n.value.as_str(), n.pos, Some(n.id))
                }
                None => ("", r.pos, None),
            };
            let o = self.local_var(if name.is_empty() { "_" } else { name }, pos, t);
            self.obj_mut(o).used = true;
            // Its type is written out: an Invalid one was reported, not to be inferred.
            self.obj_typed.insert(o);
            self.declare(self.scope, id, o);
            results.push(o);
        }
        {
            let fi = &mut self.info.funcs[f as usize];
            fi.params = params;
            fi.results = results;
            fi.named_results = named;
        }
        self.stmt_list(&body.stmts, StmtCtx::default());
        if !self.goto_labels.is_empty() {
            // gc writes a position inside a message relative to the directory it ran in.
            let file = if self.file_name.contains('/') {
                self.file_name.clone()
            } else {
                format!("./{}", self.file_name)
            };
            let at = |p: Pos| format!("{}:{}:{}", file, p.line, p.col);
            for (p, msg) in super::goto::check(body, &at) {
                self.error(p, msg);
            }
        }
        if !sig.results.is_empty() && !is_terminating_list(&body.stmts, "") {
            self.error(body.rbrace, "missing return");
        }
        // Unused labels.
        let mut unused: Vec<(Pos, String)> = self
            .labels
            .iter()
            .filter(|(n, (_, used))| !used && !self.goto_labels.contains(n))
            .map(|(n, (o, _))| (self.obj(*o).pos, n.clone()))
            .collect();
        unused.sort();
        for (pos, name) in unused {
            self.error(pos, format!("label {} defined and not used", name));
        }
        self.report_unused_vars(f);
        self.funcs.pop();
        self.close_scope();
        self.scope = saved_scope;
        self.labels = saved_labels;
        self.label_stack = saved_label_stack;
        self.goto_labels = saved_gotos;
        self.iota = saved_iota;
        self.in_instance = saved_in_instance;
    }

    /// A new local variable of the current function.
    pub(crate) fn local_var(&mut self, name: &str, pos: Pos, t: Type) -> ObjId {
        let mut o = Object::new(name, pos, t, ObjKind::Var { global: None });
        o.owner = self.funcs.last().map(|f| f.idx);
        self.new_obj(o)
    }

    fn stmt_list(&mut self, list: &'a [Stmt], ctx: StmtCtx) {
        let n = list.len();
        for (i, s) in list.iter().enumerate() {
            let mut inner = ctx;
            // fallthrough is only ok as the last statement of a case clause.
            if i + 1 != n {
                inner.case = inner.case.map(|(_, _)| (usize::MAX, 0));
            }
            self.stmt(s, inner);
        }
    }

    fn stmt(&mut self, s: &'a Stmt, ctx: StmtCtx) {
        match s {
            Stmt::Empty(_) => {}
            Stmt::Decl { decls, .. } => self.decl_stmt(decls),
            Stmt::Labeled { label, stmt, .. } => {
                let o = self.new_obj(Object::new(
                    &label.value,
                    label.pos,
                    Type::Invalid,
                    ObjKind::Label,
                ));
                if label.value != "_" {
                    if let Some((alt, _)) = self.labels.get(&label.value) {
                        let alt_pos = self.obj(*alt).pos;
                        self.error(
                            label.pos,
                            format!(
                                "label {} already defined at {}",
                                label.value,
                                self.fmt_pos(alt_pos)
                            ),
                        );
                    } else {
                        self.labels.insert(label.value.clone(), (o, false));
                    }
                }
                let target = match &**stmt {
                    Stmt::For { .. } => LabelTarget::Loop,
                    Stmt::Switch { .. } | Stmt::Select { .. } => LabelTarget::SwitchOrSelect,
                    _ => LabelTarget::Other,
                };
                self.label_stack.push((label.value.clone(), target));
                self.stmt(stmt, ctx);
                self.label_stack.pop();
            }
            Stmt::Expr { x, .. } => {
                let (xo, kind) = self.expr_stmt_operand(x);
                let msg = match xo.mode {
                    Mode::Invalid => return,
                    Mode::Builtin(_) => "must be called",
                    Mode::TypeExpr => "is not an expression",
                    _ => {
                        if kind == ExprKindUse::Statement {
                            return;
                        }
                        "is not used"
                    }
                };
                let s = self.operand_string(&xo);
                self.error(xo.pos(), format!("{} {}", s, msg));
            }
            Stmt::Send { ch, value, .. } => {
                let cho = self.expr(ch);
                let mut v = self.expr(value);
                if cho.is_invalid() || v.is_invalid() {
                    return;
                }
                let pos = &ch.start();
                let Type::Chan(dir, elem) = cho.ty.underlying() else {
                    let s = self.operand_string(&cho);
                    self.error(
                        *pos,
                        format!("invalid operation: cannot send to non-channel {}", s),
                    );
                    return;
                };
                if dir == ast::ChanDir::Recv {
                    let s = self.operand_string(&cho);
                    self.error(
                        *pos,
                        format!("invalid operation: cannot send to receive-only channel {}", s),
                    );
                    return;
                }
                self.assignment(&mut v, Some(&elem), "send");
            }
            Stmt::Assign { pos, op, lhs, rhs } => match (op, rhs) {
                (AssignOp::Op(o), None) => {
                    // x++ / x--
                    let x = self.expr(lhs);
                    if x.is_invalid() {
                        return;
                    }
                    if !x.ty.is_numeric() {
                        let opstr = format!("{}{}", o, o);
                        self.error(
                            lhs.start(),
                            format!(
                                "invalid operation: {}{} (non-numeric type {})",
                                expr_string(lhs),
                                opstr,
                                self.ts(&x.ty)
                            ),
                        );
                        return;
                    }
                    self.assign_var(lhs, x);
                }
                (AssignOp::Op(o), Some(rhs)) => {
                    if matches!(lhs.kind, ExprKind::List(_))
                        || matches!(rhs.kind, ExprKind::List(_))
                    {
                        self.error(
                            *pos,
                            format!(
                                "assignment operation {} requires single-valued expressions",
                                o
                            ),
                        );
                        return;
                    }
                    let x = self.binary_assign(*o, lhs, rhs);
                    if x.is_invalid() {
                        return;
                    }
                    self.assign_var(lhs, x);
                }
                (AssignOp::Define, Some(rhs)) => self.short_var_decl(*pos, lhs.list(), rhs.list()),
                (AssignOp::Assign, Some(rhs)) => self.assign_vars(lhs.list(), rhs.list()),
                _ => {}
            },
            Stmt::Call { tok, call, .. } => self.suspended_call(*tok, call),
            Stmt::Return { pos, results } => self.return_stmt(*pos, results.as_ref()),
            Stmt::Branch { pos, tok, label } => self.branch(*pos, *tok, label.as_ref(), ctx),
            Stmt::Block(b) => {
                self.open_scope(false);
                self.stmt_list(&b.stmts, ctx);
                self.close_scope();
            }
            Stmt::If { init, cond, then, els, .. } => {
                self.open_scope(false);
                if let Some(i) = init {
                    self.simple_stmt(i);
                }
                if let Some(c) = cond {
                    let x = self.expr(c);
                    if !x.is_invalid() && !x.ty.is_boolean() {
                        self.error(c.start(), "non-boolean condition in if statement");
                    }
                }
                self.open_scope(false);
                self.stmt_list(&then.stmts, ctx);
                self.close_scope();
                if let Some(e) = els {
                    self.stmt(e, ctx);
                }
                self.close_scope();
            }
            Stmt::For { init, cond, post, body, .. } => {
                self.open_scope(false);
                let inner = StmtCtx { break_ok: true, continue_ok: true, ..Default::default() };
                if let Some(r @ Stmt::Range { .. }) = init.as_deref() {
                    self.range_stmt(r, body, inner);
                    self.close_scope();
                    return;
                }
                if let Some(i) = init {
                    self.simple_stmt(i);
                }
                if let Some(c) = cond {
                    let x = self.expr(c);
                    if !x.is_invalid() && !x.ty.is_boolean() {
                        self.error(c.start(), "non-boolean condition in for statement");
                    }
                }
                if let Some(p) = post {
                    let mut loop_vars = Vec::new();
                    if let Some(Stmt::Assign { op: AssignOp::Define, lhs, .. }) = init.as_deref() {
                        for l in lhs.list() {
                            if let Some(&o) = self.info.defs.get(&l.id) {
                                loop_vars.push(o);
                            }
                        }
                    }
                    let saved = self.post_vars.take();
                    if let Some(f) = self.funcs.last().map(|f| f.idx) {
                        self.post_vars = Some((loop_vars, f));
                    }
                    self.simple_stmt(p);
                    self.post_vars = saved;
                }
                self.open_scope(false);
                self.stmt_list(&body.stmts, inner);
                self.close_scope();
                self.close_scope();
            }
            Stmt::Range { pos, .. } => self.error(*pos, "range clause outside for statement"),
            Stmt::Switch { init, tag, body, .. } => {
                self.switch_stmt(init.as_deref(), tag.as_ref(), body, ctx)
            }
            Stmt::Select { body, .. } => {
                // The clauses are checked as go/types does; each clause is its own scope,
                // so a variable a receive case declares is visible only in its body.
                let inner =
                    StmtCtx { break_ok: true, continue_ok: ctx.continue_ok, ..Default::default() };
                for clause in body {
                    if !self.select_comm_ok(clause) {
                        continue;
                    }
                    self.open_scope(false);
                    if let Some(c) = &clause.comm {
                        self.simple_stmt(c);
                    }
                    self.stmt_list(&clause.body, inner);
                    self.close_scope();
                }
            }
        }
    }

    fn simple_stmt(&mut self, s: &'a Stmt) {
        self.stmt(s, StmtCtx::default());
    }

    /// Evaluates an expression statement and says how it may be used.
    fn expr_stmt_operand(&mut self, x: &'a Expr) -> (Operand<'a>, ExprKindUse) {
        let xo = self.raw_expr(x, None);
        let inner = x.unparen();
        let kind = match &inner.kind {
            ExprKind::Call { fun, .. } => match self.info.tv(fun.id).map(|t| t.mode) {
                Some(Mode::TypeExpr) => ExprKindUse::Conversion,
                Some(Mode::Builtin(b)) => {
                    use Builtin::*;
                    if matches!(
                        b,
                        Copy | Panic | Print | Println | Close | Delete | Recover | Clear
                    ) {
                        ExprKindUse::Statement
                    } else {
                        ExprKindUse::Expression
                    }
                }
                _ => ExprKindUse::Statement,
            },
            ExprKind::Operation { op: Operator::Recv, y: None, .. } => ExprKindUse::Statement,
            _ => ExprKindUse::Expression,
        };
        (xo, kind)
    }

    /// go and defer (go/types suspendedCall).
    fn suspended_call(&mut self, tok: Tok, call: &'a Expr) {
        let keyword = tok.as_str();
        if tok == Tok::Defer && self.in_range_func_body(call.start(), "defer") {
            // What it uses is used all the same (no follow-on "declared and not used").
            if matches!(call.kind, ExprKind::Call { .. }) {
                let _ = self.expr_stmt_operand(call);
            }
            return;
        }
        if !matches!(call.kind, ExprKind::Call { .. }) {
            self.error(call.start(), format!("expression in {} must be function call", keyword));
            let _ = self.raw_expr(call, None);
            return;
        }
        let (x, kind) = self.expr_stmt_operand(call);
        if x.is_invalid() {
            return;
        }
        let msg = match kind {
            ExprKindUse::Conversion => "requires function call, not conversion",
            ExprKindUse::Expression => "discards result of",
            ExprKindUse::Statement => return,
        };
        let s = self.operand_string(&x);
        self.error(x.pos(), format!("{} {} {}", keyword, msg, s));
    }

    fn branch(&mut self, pos: Pos, tok: Tok, label: Option<&'a ast::Name>, ctx: StmtCtx) {
        match tok {
            Tok::Goto if self.in_range_func_body(pos, "goto") => {
                if let Some(l) = label {
                    self.goto_labels.push(l.value.clone());
                }
            }
            Tok::Goto => {
                // Its label is used, not "defined and not used"; where it may jump is
                // checked with the whole body (goto.rs).
                if let Some(l) = label {
                    self.goto_labels.push(l.value.clone());
                }
            }
            Tok::Fallthrough => {
                let msg = match ctx.case {
                    _ if ctx.type_switch => "cannot fallthrough in type switch",
                    Some((i, n)) if i != usize::MAX => {
                        if i + 1 == n {
                            "cannot fallthrough final case in switch"
                        } else {
                            return;
                        }
                    }
                    _ => "fallthrough statement out of place",
                };
                self.error(pos, msg);
            }
            Tok::Break | Tok::Continue
                if label.is_some()
                    && self.in_range_func_body(pos, "a labeled break or continue") =>
            {
                if let Some(l) = label {
                    self.goto_labels.push(l.value.clone());
                }
            }
            Tok::Break | Tok::Continue => {
                let is_break = tok == Tok::Break;
                match label {
                    None => {
                        if is_break && !ctx.break_ok {
                            self.error(pos, "break is not in a loop, switch, or select");
                        } else if !is_break && !ctx.continue_ok {
                            self.error(pos, "continue is not in a loop");
                        }
                    }
                    Some(l) => {
                        let name = &l.value;
                        let target =
                            self.label_stack.iter().rev().find(|(n, _)| n == name).map(|(_, t)| *t);
                        let kw = if is_break { "break" } else { "continue" };
                        match target {
                            Some(t)
                                if (is_break && t != LabelTarget::Other)
                                    || (!is_break && t == LabelTarget::Loop) =>
                            {
                                if let Some(entry) = self.labels.get_mut(name) {
                                    entry.1 = true;
                                }
                            }
                            _ => {
                                if let Some(entry) = self.labels.get_mut(name) {
                                    entry.1 = true;
                                    self.error(l.pos, format!("invalid {} label {}", kw, name));
                                } else {
                                    self.error(
                                        l.pos,
                                        format!("{} label not defined: {}", kw, name),
                                    );
                                }
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn decl_stmt(&mut self, decls: &'a [Decl]) {
        let mut last_values: Option<(Option<u32>, Option<&'a Expr>, Option<&'a Expr>)> = None;
        for d in decls {
            match d {
                Decl::Var(spec) => {
                    let objs: Vec<ObjId> = spec
                        .names
                        .iter()
                        .map(|n| {
                            let o = self.local_var(&n.value, n.pos, Type::Invalid);
                            self.info.defs.insert(n.id, o);
                            o
                        })
                        .collect();
                    self.var_spec(spec, &objs);
                    // The scope of a local variable starts after its declaration.
                    for (n, o) in spec.names.iter().zip(objs) {
                        self.declare(self.scope, Some(n.id), o);
                    }
                }
                Decl::Const(spec) => {
                    let (ty, values) = if spec.values.is_some() || spec.group.is_none() {
                        last_values = Some((spec.group, spec.ty.as_ref(), spec.values.as_ref()));
                        (spec.ty.as_ref(), spec.values.as_ref())
                    } else {
                        match last_values {
                            Some((g, t, v)) if g == spec.group => (t, v),
                            _ => (spec.ty.as_ref(), None),
                        }
                    };
                    let objs: Vec<ObjId> = spec
                        .names
                        .iter()
                        .map(|n| {
                            let o = self.new_obj(Object::new(
                                &n.value,
                                n.pos,
                                Type::Invalid,
                                ObjKind::Const(Value::Unknown),
                            ));
                            self.info.defs.insert(n.id, o);
                            o
                        })
                        .collect();
                    for &o in &objs {
                        self.const_decl_one(spec, ty, values, o);
                        // Local constants are not reported as unused.
                        self.obj_mut(o).used = true;
                    }
                    for (n, o) in spec.names.iter().zip(objs) {
                        self.declare(self.scope, Some(n.id), o);
                    }
                }
                Decl::Type(td) => {
                    let o = self.new_obj(Object::new(
                        &td.name.value,
                        td.name.pos,
                        Type::Invalid,
                        ObjKind::TypeName,
                    ));
                    self.declare(self.scope, Some(td.name.id), o);
                    self.type_decl_local(td, o);
                }
                Decl::Import(i) => {
                    self.error(i.pos, "syntax error: imports must appear before other declarations")
                }
                Decl::Func(f) => {
                    self.error(f.pos, "function declarations must be at package level")
                }
            }
        }
    }

    fn type_decl_local(&mut self, td: &'a ast::TypeDecl, o: ObjId) {
        if !td.tparams.is_empty() && !td.alias {
            self.generic_type_decl(td, o, true);
            return;
        }
        if td.alias {
            let t = self.constraint_or_type_expr(&td.ty);
            self.obj_mut(o).ty = t;
            return;
        }
        let named = self.new_named(Some("main"), &td.name.value, Type::Invalid);
        self.obj_mut(o).ty = Type::Named(named.clone());
        let u = self.constraint_or_type_expr(&td.ty).underlying();
        *named.underlying.borrow_mut() = u;
    }

    /// A var spec (package-level or local) with its objects.
    pub(crate) fn var_spec(&mut self, spec: &'a ast::ValueSpec, objs: &[ObjId]) {
        if let Some(te) = &spec.ty {
            let t = self.type_expr(te);
            // gc's limit on the size of a variable (types.CalcSize on amd64).
            if crate::lang::types::size_of(&t) >= 1 << 50 {
                if let Some(&o) = objs.first() {
                    let pos = self.obj(o).pos;
                    let msg = format!("type {} larger than address space", self.ts(&t));
                    self.error(pos, msg);
                }
            }
            for &o in objs {
                self.obj_mut(o).ty = t.clone();
                self.obj_typed.insert(o);
            }
        }
        let Some(values) = &spec.values else { return };
        let rhs = values.list();
        if objs.len() == rhs.len() {
            // One value per variable, each checked alone (go/types varDecl), so a call
            // with two results is a value in single-value context here, not a mismatch.
            for (&o, e) in objs.iter().zip(&rhs) {
                self.init_one(o, e, "variable declaration");
            }
            return;
        }
        if rhs.len() == 1 {
            // A call with several results, or a mismatch initVars reports.
            self.init_vars(objs, &rhs, None, "variable declaration");
            return;
        }
        // go/types arity: the pairs there are are checked, then the count is reported.
        for (&o, e) in objs.iter().zip(&rhs) {
            self.init_one(o, e, "variable declaration");
        }
        for &o in objs.iter().skip(rhs.len()) {
            self.obj_typed.insert(o);
        }
        if let Some(extra) = rhs.get(objs.len()) {
            self.error(extra.start(), format!("extra init expr {}", expr_string(extra)));
        } else if let Some(n) = spec.names.get(rhs.len()) {
            self.error(n.pos, format!("missing init expr for {}", n.value));
        }
    }

    /// Initialises variable `o` from the one expression `e` (typed by `o`'s type if it has one).
    fn init_one(&mut self, o: ObjId, e: &'a Expr, ctx: &str) {
        let t = self.obj(o).ty.clone();
        let mut x = if t.is_valid() { self.expr_with_hint(e, &t) } else { self.expr(e) };
        self.init_var(o, &mut x, ctx);
    }

    /// go/types initVars: initialise lhs variables from rhs expressions. `decl_context`
    /// names one-to-one initialisations ("variable declaration" for var specs,
    /// "assignment" for :=).
    pub(crate) fn init_vars(
        &mut self,
        lhs: &[ObjId],
        rhs: &[&'a Expr],
        return_pos: Option<Pos>,
        decl_context: &str,
    ) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            let ctx = if return_pos.is_some() { "return statement" } else { decl_context };
            for (&o, e) in lhs.iter().zip(rhs) {
                self.init_one(o, e, ctx);
            }
            return;
        }
        if r != 1 {
            // Evaluate everything for errors, then report the count mismatch.
            let ops: Vec<Operand<'a>> = rhs.iter().map(|e| self.expr(e)).collect();
            if ops.iter().all(|o| !o.is_invalid()) {
                if let Some(pos) = return_pos {
                    self.return_error(pos, lhs, &ops);
                } else {
                    self.assign_error(rhs, l, r);
                }
            }
            for &o in lhs {
                if !self.obj(o).ty.is_valid() {
                    self.obj_typed.insert(o);
                }
            }
            return;
        }
        let (mut ops, _comma_ok) = self.multi_expr(rhs[0], l == 2 && return_pos.is_none());
        if ops.len() == l {
            // `var n int = f()` is still one variable's declaration (go/types varDecl).
            let ctx = match (return_pos, l) {
                (Some(_), _) => "return statement",
                (None, 1) => decl_context,
                (None, _) => "assignment",
            };
            for (i, &o) in lhs.iter().enumerate() {
                self.init_var(o, &mut ops[i], ctx);
            }
            return;
        }
        if !ops[0].is_invalid() {
            if let Some(pos) = return_pos {
                self.return_error(pos, lhs, &ops);
            } else {
                self.assign_error(rhs, l, ops.len());
            }
        }
        for &o in lhs {
            if !self.obj(o).ty.is_valid() {
                self.obj_typed.insert(o);
            }
        }
    }

    fn assign_error(&mut self, rhs: &[&'a Expr], l: usize, r: usize) {
        let measure = |n: usize, unit: &str| {
            if n == 1 {
                format!("{} {}", n, unit)
            } else {
                format!("{} {}s", n, unit)
            }
        };
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let rhs0 = rhs[0];
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &rhs0.unparen().kind {
                let msg = format!(
                    "assignment mismatch: {} but {} returns {}",
                    vars,
                    expr_string(fun),
                    vals
                );
                self.error(rhs0.start(), msg);
                return;
            }
        }
        self.error(rhs0.start(), format!("assignment mismatch: {} but {}", vars, vals));
    }

    fn return_error(&mut self, pos: Pos, lhs: &[ObjId], rhs: &[Operand<'a>]) {
        let (l, r) = (lhs.len(), rhs.len());
        let (at, qualifier) = if r > l {
            (rhs[l].pos(), "too many")
        } else if r > 0 {
            (rhs[r - 1].pos(), "not enough")
        } else {
            (pos, "not enough")
        };
        let have: Vec<Type> = rhs.iter().map(|o| o.ty.clone()).collect();
        let want: Vec<Type> = lhs.iter().map(|&o| self.obj(o).ty.clone()).collect();
        let msg = format!(
            "{} return values\n\thave {}\n\twant {}",
            qualifier,
            self.types_summary(&have, false),
            self.types_summary(&want, false)
        );
        self.error(at, msg);
    }

    /// Evaluates an assignment's left-hand side (go/types lhsVar): not a use of the
    /// variable, but an assignment to it. Returns None for the blank identifier.
    fn lhs_var(&mut self, lhs: &'a Expr) -> Option<Type> {
        let inner = lhs.unparen();
        if let ExprKind::Name(n) = &inner.kind {
            if n == "_" {
                self.record(inner, Mode::Variable, &Type::Invalid, None);
                return None;
            }
        }
        let mut v: Option<(ObjId, bool)> = None;
        if let ExprKind::Name(n) = &inner.kind {
            if let Some(o) = self.lookup(n) {
                if self.obj(o).is_var() {
                    v = Some((o, self.obj(o).used));
                }
            }
        }
        let x = self.expr(lhs);
        if let Some((o, used)) = v {
            self.obj_mut(o).used = used;
            let in_post = match &self.post_vars {
                Some((vars, f)) => {
                    vars.contains(&o) && self.funcs.last().map(|c| c.idx) == Some(*f)
                }
                None => false,
            };
            if !in_post {
                self.obj_mut(o).reassigned = true;
            }
        }
        if x.is_invalid() || !x.ty.is_valid() {
            return Some(Type::Invalid);
        }
        if !matches!(x.mode, Mode::Variable | Mode::MapIndex) {
            // A field of a struct held in a map is a copy, so gc names that case.
            if let ExprKind::Selector { x: sx, .. } = &lhs.unparen().kind {
                if self.info.tv(sx.id).map(|t| t.mode) == Some(Mode::MapIndex) {
                    let msg = format!("cannot assign to struct field {} in map", expr_string(lhs));
                    self.error(x.pos(), msg);
                    return Some(Type::Invalid);
                }
            }
            let msg = format!(
                "cannot assign to {} (neither addressable nor a map index expression)",
                expr_string(lhs)
            );
            self.error(x.pos(), msg);
            return Some(Type::Invalid);
        }
        Some(x.ty)
    }

    /// lhs = x where x was already evaluated (go/types assignVar).
    fn assign_var(&mut self, lhs: &'a Expr, mut x: Operand<'a>) {
        let t = self.lhs_var(lhs);
        match t {
            Some(t) if !t.is_valid() => {}
            None => self.assignment(&mut x, None, "assignment to _ identifier"),
            Some(t) => self.assignment(&mut x, Some(&t), "assignment"),
        }
    }

    /// lhs = rhs where rhs still has to be evaluated.
    fn assign_var_expr(&mut self, lhs: &'a Expr, rhs: &'a Expr) {
        let t = self.lhs_var(lhs);
        match t {
            Some(t) if !t.is_valid() => {
                let _ = self.raw_expr(rhs, None);
            }
            None => {
                let mut x = self.expr(rhs);
                self.assignment(&mut x, None, "assignment to _ identifier");
            }
            Some(t) => {
                let mut x = self.expr_with_hint(rhs, &t);
                self.assignment(&mut x, Some(&t), "assignment");
            }
        }
    }

    /// go/types assignVars.
    fn assign_vars(&mut self, lhs: Vec<&'a Expr>, rhs: Vec<&'a Expr>) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for i in 0..l {
                self.assign_var_expr(lhs[i], rhs[i]);
            }
            return;
        }
        if r != 1 {
            for &e in &lhs {
                let _ = self.lhs_var(e);
            }
            let ok = rhs.iter().map(|e| !self.expr(e).is_invalid()).fold(true, |a, b| a && b);
            if ok {
                self.assign_error(&rhs, l, r);
            }
            return;
        }
        let (ops, _) = self.multi_expr(rhs[0], l == 2);
        if ops.len() == l {
            for (i, x) in ops.into_iter().enumerate() {
                self.assign_var(lhs[i], x);
            }
            return;
        }
        if !ops[0].is_invalid() {
            self.assign_error(&rhs, l, ops.len());
        }
        for &e in &lhs {
            let _ = self.lhs_var(e);
        }
    }

    /// a, b := ... (go/types shortVarDecl).
    fn short_var_decl(&mut self, pos: Pos, lhs: Vec<&'a Expr>, rhs: Vec<&'a Expr>) {
        let scope = self.scope;
        let mut seen: Vec<String> = Vec::new();
        let mut lhs_vars: Vec<Option<ObjId>> = vec![None; lhs.len()];
        let mut new_vars: Vec<(ObjId, u32)> = Vec::new();
        let mut has_err = false;
        for (i, &l) in lhs.iter().enumerate() {
            let ExprKind::Name(name) = &l.kind else {
                let _ = self.raw_expr(l, None);
                self.error(l.start(), format!("non-name {} on left side of :=", expr_string(l)));
                has_err = true;
                continue;
            };
            if name != "_" {
                if seen.contains(name) {
                    self.error(l.start(), format!("{} repeated on left side of :=", name));
                    has_err = true;
                    continue;
                }
                seen.push(name.clone());
            }
            if let Some(&alt) = self.scopes[scope].names.get(name) {
                self.record_use(l.id, alt);
                if self.obj(alt).is_var() {
                    lhs_vars[i] = Some(alt);
                    self.obj_mut(alt).reassigned = true;
                } else {
                    self.error(l.start(), format!("cannot assign to {}", name));
                    has_err = true;
                }
                continue;
            }
            let o = self.local_var(name, l.pos, Type::Invalid);
            lhs_vars[i] = Some(o);
            if name != "_" {
                new_vars.push((o, l.id));
            }
            self.info.defs.insert(l.id, o);
        }
        let objs: Vec<ObjId> = lhs_vars
            .iter()
            .enumerate()
            .map(|(i, o)| match o {
                Some(o) => *o,
                None => self.local_var("_", lhs[i].pos, Type::Invalid),
            })
            .collect();
        self.init_vars(&objs, &rhs, None, "assignment");
        // Record the variables' final types on their name nodes.
        for (i, &l) in lhs.iter().enumerate() {
            let t = self.obj(objs[i]).ty.clone();
            self.record(l, Mode::Variable, &t, None);
        }
        if new_vars.is_empty() && !has_err {
            self.error(pos, "no new variables on left side of :=");
            return;
        }
        for (o, id) in new_vars {
            self.declare(scope, Some(id), o);
        }
    }

    fn return_stmt(&mut self, pos: Pos, results: Option<&'a Expr>) {
        if self.funcs.last().is_some_and(|f| f.range_body) {
            self.range_body_return(pos, results);
            return;
        }
        let Some(ctx) = self.funcs.last() else { return };
        let f = ctx.idx;
        let sig = ctx.sig.clone();
        let res_objs = self.info.funcs[f as usize].results.clone();
        let named = self.info.funcs[f as usize].named_results;
        match results {
            None => {
                if !sig.results.is_empty() && !named {
                    let want: Vec<Type> = sig.results.clone();
                    let msg = format!(
                        "not enough return values\n\thave ()\n\twant {}",
                        self.types_summary(&want, false)
                    );
                    self.error(pos, msg);
                }
                if named {
                    self.results_in_scope(pos, &res_objs);
                }
            }
            Some(r) => {
                let list = r.list();
                if sig.results.is_empty() {
                    let ops: Vec<Operand<'a>> = list.iter().map(|e| self.expr(e)).collect();
                    if ops.iter().all(|o| !o.is_invalid()) {
                        let have: Vec<Type> = ops.iter().map(|o| o.ty.clone()).collect();
                        let msg = format!(
                            "too many return values\n\thave {}\n\twant ()",
                            self.types_summary(&have, false)
                        );
                        self.error(list[0].start(), msg);
                    }
                    return;
                }
                self.init_vars(&res_objs, &list, Some(pos), "return statement");
                // `return x` assigns the named results before the deferred calls run, so
                // a closure that only reads one must share it, not a copy.
                if named {
                    for &o in &res_objs {
                        self.obj_mut(o).reassigned = true;
                    }
                }
            }
        }
    }

    /// A bare return in a function with named results must see each result: a variable
    /// of the same name declared in an inner block hides it (Go rejects the return).
    fn results_in_scope(&mut self, pos: Pos, results: &[ObjId]) {
        for &res in results {
            let name = self.obj(res).name.clone();
            if name == "_" {
                continue;
            }
            let Some(inner) = self.lookup(&name).filter(|&o| o != res) else { continue };
            let inner_obj = self.obj(inner);
            let msg = format!(
                "result parameter {} not in scope at return\n\t{}: inner declaration of var {} {}",
                name,
                self.fmt_pos(inner_obj.pos),
                name,
                self.ts(&inner_obj.ty)
            );
            self.error(pos, msg);
        }
    }

    fn range_stmt(&mut self, r: &'a Stmt, body: &'a Block, ctx: StmtCtx) {
        let Stmt::Range { pos, lhs, def, x } = r else {
            return;
        };
        let mut xo = self.expr(x);
        let x_before = xo.clone();
        let lhs_list: Vec<&'a Expr> = lhs.as_ref().map(|l| l.list()).unwrap_or_default();
        let mut key_ty = Type::Invalid;
        let mut val_ty = Type::Invalid;
        let mut yield_fn: Option<std::rc::Rc<crate::lang::types::Signature>> = None;
        let mut ok = true;
        if !xo.is_invalid() {
            let mut u = xo.ty.underlying();
            // A pointer to an array ranges over the array.
            if let Type::Pointer(p) = &u {
                if let Type::Array(..) = p.underlying() {
                    u = p.underlying();
                }
            }
            match &u {
                Type::Slice(elem) | Type::Array(_, elem) => {
                    key_ty = Type::int();
                    val_ty = (**elem).clone();
                }
                Type::Map(k, v) => {
                    key_ty = (**k).clone();
                    val_ty = (**v).clone();
                }
                Type::Basic(k) if k.is_integer() => {
                    if xo.ty.is_untyped() {
                        // With an assignment to an existing variable, the constant takes its type.
                        let target = if !*def && !lhs_list.is_empty() {
                            let inner = lhs_list[0].unparen();
                            match &inner.kind {
                                ExprKind::Name(n) if n != "_" => self
                                    .lookup(n)
                                    .map(|o| self.obj(o).ty.clone())
                                    .filter(|t| t.is_valid()),
                                _ => None,
                            }
                        } else {
                            None
                        };
                        // Otherwise its default type ('a' ranges over runes).
                        let t = target.unwrap_or(xo.ty.default_type());
                        self.convert_untyped(&mut xo, &t);
                    }
                    key_ty = xo.ty.clone();
                    if lhs_list.len() > 1 {
                        let s = self.operand_string(&x_before);
                        self.error(
                            lhs_list[1].start(),
                            format!("range over {} permits only one iteration variable", s),
                        );
                        ok = false;
                    }
                }
                Type::Chan(dir, elem) => {
                    if *dir == ast::ChanDir::Send {
                        let s = self.operand_string(&xo);
                        self.error(
                            xo.pos(),
                            format!("cannot range over {}: receive from send-only channel", s),
                        );
                        ok = false;
                    }
                    key_ty = (**elem).clone();
                    if lhs_list.len() > 1 {
                        let s = self.operand_string(&xo);
                        self.error(
                            lhs_list[1].start(),
                            format!("range over {} permits only one iteration variable", s),
                        );
                        ok = false;
                    }
                }
                Type::Basic(k) if k.is_string() => {
                    if xo.ty.is_untyped() {
                        let t = xo.ty.default_type();
                        self.convert_untyped(&mut xo, &t);
                    }
                    key_ty = Type::int();
                    val_ty = Type::Basic(BasicKind::Rune);
                }
                Type::Func(sig) => match yield_sig(sig) {
                    Some(y) => {
                        key_ty = y.params.first().cloned().unwrap_or(Type::Invalid);
                        val_ty = y.params.get(1).cloned().unwrap_or(Type::Invalid);
                        if lhs_list.len() > y.params.len() {
                            let s = self.operand_string(&xo);
                            let msg = match y.params.len() {
                                0 => format!("range over {} permits no iteration variables", s),
                                _ => {
                                    format!("range over {} permits only one iteration variable", s)
                                }
                            };
                            self.error(lhs_list[y.params.len()].start(), msg);
                            ok = false;
                        } else {
                            yield_fn = Some(y);
                        }
                    }
                    None => {
                        let s = self.operand_string(&xo);
                        self.error(xo.pos(), format!("cannot range over {}: func must be func(yield func(...) bool): argument is not func", s));
                        ok = false;
                    }
                },
                _ => {
                    let s = self.operand_string(&xo);
                    self.error(xo.pos(), format!("cannot range over {}", s));
                    ok = false;
                }
            }
        }
        if lhs_list.len() > 2 {
            self.error(lhs_list[2].start(), "range clause permits at most two iteration variables");
            ok = false;
        }
        // A range over a function: its body is the yield function (the iteration variables
        // are its parameters), so what it uses of the enclosing function is captured.
        let range_fn = yield_fn.filter(|_| ok).map(|y| {
            let (name, parent) = self.next_range_name();
            let f = self.new_func(name, y.clone(), parent, *pos);
            self.info.funcs[f as usize].is_lit = true;
            self.info.range_funcs.insert(x.id, f);
            let outer = self.funcs.iter().rev().find(|c| !c.range_body).map(|c| c.idx);
            if let Some(o) = outer {
                self.info.range_outer.insert(f, o);
            }
            self.funcs.push(FuncCtx { idx: f, sig: y.clone(), range_body: true });
            (f, y)
        });
        if *def {
            let mut new_vars = Vec::new();
            for (i, &l) in lhs_list.iter().enumerate() {
                let ExprKind::Name(name) = &l.kind else {
                    self.error(
                        l.start(),
                        format!("non-name {} on left side of :=", expr_string(l)),
                    );
                    continue;
                };
                let t = if i == 0 && ok {
                    key_ty.clone()
                } else if i == 1 && ok {
                    val_ty.clone()
                } else {
                    Type::Invalid
                };
                let o = self.local_var(name, l.pos, t.clone());
                if !t.is_valid() {
                    self.obj_typed.insert(o);
                }
                self.info.defs.insert(l.id, o);
                self.record(l, Mode::Variable, &t, None);
                if name != "_" {
                    new_vars.push((o, l.id));
                }
            }
            if new_vars.is_empty() && !lhs_list.is_empty() {
                self.error(*pos, "no new variables on left side of :=");
            }
            for (o, id) in new_vars {
                self.declare(self.scope, Some(id), o);
            }
        } else {
            for (i, &l) in lhs_list.iter().enumerate().take(2) {
                if ok {
                    // go/types names the iteration variable in a mismatch ("cannot use k
                    // (value of type string) as int value"): there is no better rhs.
                    let x = Operand {
                        mode: Mode::Value,
                        expr: Some(l),
                        ty: if i == 0 { key_ty.clone() } else { val_ty.clone() },
                        val: Value::Unknown,
                    };
                    self.assign_var(l, x);
                } else {
                    // Every lhs is checked (go/types), which resolves what it refers to.
                    let _ = self.lhs_var(l);
                }
            }
        }
        if let Some((f, y)) = &range_fn {
            // The yield function's parameters: the iteration variables, then unnamed ones.
            let mut params = Vec::new();
            for (i, t) in y.params.iter().enumerate() {
                let o = match lhs_list.get(i).and_then(|l| self.info.defs.get(&l.id)) {
                    Some(&o) => o,
                    None => self.local_var("_", *pos, t.clone()),
                };
                params.push(o);
            }
            let result = self.local_var("_", *pos, Type::bool());
            let fi = &mut self.info.funcs[*f as usize];
            fi.params = params;
            fi.results = vec![result];
        }
        self.open_scope(false);
        self.stmt_list(&body.stmts, ctx);
        self.close_scope();
        if let Some((f, _)) = range_fn {
            self.funcs.pop();
            self.report_unused_vars(f);
        }
    }

    /// `return` in the body of a range over a function returns from the function around
    /// the loop: its results are checked against that function's, and stored in hidden
    /// variables of it (`Info::range_rets`) that the yield functions capture.
    fn range_body_return(&mut self, pos: Pos, results: Option<&'a Expr>) {
        let Some(outer) = self.funcs.iter().rev().find(|f| !f.range_body) else { return };
        let (f, sig) = (outer.idx, outer.sig.clone());
        if results.is_none() && !sig.results.is_empty() {
            self.in_range_func_body(pos, "a bare return of named results");
            return;
        }
        if let Some(r) = results {
            let list = r.list();
            if list.len() != sig.results.len() {
                for e in list {
                    let _ = self.expr(e);
                }
                self.in_range_func_body(pos, "this return");
                return;
            }
            for (e, t) in list.iter().zip(sig.results.iter()) {
                let mut x = self.expr_with_hint(e, t);
                self.assignment(&mut x, Some(t), "return statement");
            }
        }
        if !self.info.range_rets.contains_key(&f) {
            let mk = |c: &mut Self, t: Type| {
                let mut o = Object::new("_", pos, t, ObjKind::Var { global: None });
                o.owner = Some(f);
                o.reassigned = true;
                o.used = true;
                c.new_obj(o)
            };
            let flag = mk(self, Type::bool());
            let res: Vec<ObjId> = sig.results.iter().map(|t| mk(self, t.clone())).collect();
            self.info.range_rets.insert(f, (flag, res));
        }
        let (flag, res) = self.info.range_rets[&f].clone();
        for o in std::iter::once(flag).chain(res) {
            self.note_var_use(o);
        }
    }

    /// Unused variables of function `f` (go/types usage).
    fn report_unused_vars(&mut self, f: FuncIdx) {
        let mut unused_vars: Vec<(Pos, String)> = self
            .info
            .objects
            .iter()
            .filter(|o| o.owner == Some(f) && o.is_var() && !o.used && o.declared && o.name != "_")
            .map(|o| (o.pos, o.name.clone()))
            .collect();
        unused_vars.sort();
        for (pos, name) in unused_vars {
            self.error(pos, format!("declared and not used: {}", name));
        }
    }

    /// A return, defer, goto or labeled branch directly in the body of a range over a
    /// function would act on the enclosing function, which the yield function that body
    /// becomes cannot do yet: refused, with `what` named.
    pub(crate) fn in_range_func_body(&mut self, pos: Pos, what: &str) -> bool {
        if self.funcs.last().is_some_and(|f| f.range_body) {
            self.error(
                pos,
                format!("{what} in the body of a range over a function is not supported yet"),
            );
            return true;
        }
        false
    }

    fn switch_stmt(
        &mut self,
        init: Option<&'a Stmt>,
        tag: Option<&'a Expr>,
        body: &'a [ast::CaseClause],
        ctx: StmtCtx,
    ) {
        self.open_scope(false);
        if let Some(i) = init {
            self.simple_stmt(i);
        }
        if let Some(Expr { kind: ExprKind::TypeSwitchGuard { lhs, x }, .. }) = tag {
            self.type_switch_stmt(lhs.as_ref(), x, body, ctx);
            self.close_scope();
            return;
        }
        let tag_op: Option<Operand<'a>> = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment(&mut x, None, "switch expression");
                if !x.is_invalid() && !crate::lang::types::comparable(&x.ty) && !x.ty.has_nil() {
                    let s = self.operand_string(&x);
                    let ts = self.ts(&x.ty);
                    self.error(
                        x.pos(),
                        format!("cannot switch on {} ({} is not comparable)", s, ts),
                    );
                    x.mode = Mode::Invalid;
                }
                Some(x)
            }
            None => None,
        };
        let mut first_default: Option<Pos> = None;
        let mut seen: Vec<(Value, Type, Pos)> = Vec::new();
        let n = body.len();
        for (i, clause) in body.iter().enumerate() {
            match &clause.cases {
                None => {
                    if let Some(p) = first_default {
                        self.error(
                            clause.pos,
                            format!("multiple defaults (first at {})", self.fmt_pos(p)),
                        );
                    } else {
                        first_default = Some(clause.pos);
                    }
                }
                Some(cases) => {
                    for c in cases.list() {
                        let x = self.expr(c);
                        if x.is_invalid() {
                            continue;
                        }
                        match &tag_op {
                            Some(t) if !t.is_invalid() => {
                                let y = t.clone();
                                let mut x = x;
                                let tt = t.ty.clone();
                                self.convert_untyped(&mut x, &tt);
                                if x.is_invalid() {
                                    continue;
                                }
                                let r = self.comparison(c, x.clone(), y, Operator::Eql, true);
                                // Duplicate constant cases (go/types caseValues).
                                if !r.is_invalid() && x.mode == Mode::Constant {
                                    let dup = seen
                                        .iter()
                                        .find(|(v, t, _)| {
                                            *v == x.val && crate::lang::types::identical(t, &x.ty)
                                        })
                                        .map(|(_, _, p)| *p);
                                    if let Some(prev) = dup {
                                        let s = self.operand_string(&x);
                                        let msg = format!("duplicate case {} in expression switch\n\t{}: previous case", s, self.fmt_pos(prev));
                                        self.error(x.pos(), msg);
                                    } else {
                                        seen.push((x.val.clone(), x.ty.clone(), x.pos()));
                                    }
                                }
                            }
                            Some(_) => {}
                            None => {
                                // switch { case cond: } compares each case with true.
                                let mut x = x;
                                // An interface case is compared with true boxed in it.
                                let bool_op = Operand {
                                    mode: Mode::Value,
                                    expr: None,
                                    ty: Type::bool(),
                                    val: Value::Unknown,
                                };
                                if x.ty.is_interface() && self.assignable_to(&bool_op, &x.ty).0 {
                                    continue;
                                }
                                if !x.ty.is_boolean() {
                                    let msg = format!(
                                        "invalid case {} in switch on true (mismatched types {} and bool)",
                                        expr_string(c),
                                        self.ts(&x.ty)
                                    );
                                    self.error(x.pos(), msg);
                                    continue;
                                }
                                self.convert_untyped(&mut x, &Type::Basic(BasicKind::Bool));
                            }
                        }
                    }
                }
            }
            self.open_scope(false);
            let inner = StmtCtx {
                break_ok: true,
                continue_ok: ctx.continue_ok,
                case: Some((i, n)),
                type_switch: false,
            };
            self.stmt_list(&clause.body, inner);
            self.close_scope();
        }
        self.close_scope();
    }
}

impl<'a> Checker<'a> {
    /// `switch v := x.(type) { case T1, T2: ... }` (types2 typeSwitchStmt): x must be an
    /// interface; each clause declares its own v, of the case's type when it lists
    /// exactly one, else of x's type.
    fn type_switch_stmt(
        &mut self,
        lhs: Option<&'a ast::Name>,
        x: &'a Expr,
        body: &'a [ast::CaseClause],
        ctx: StmtCtx,
    ) {
        let lhs = match lhs {
            Some(n) if n.value == "_" => {
                self.error(n.pos, "no new variable on left side of :=");
                None
            }
            l => l,
        };
        let xo = self.expr(x);
        let sx = if xo.is_invalid() {
            None
        } else if xo.ty.is_interface() {
            Some(xo)
        } else {
            let s = self.operand_string(&xo);
            self.error(xo.pos(), format!("{} is not an interface", s));
            None
        };
        let mut first_default: Option<Pos> = None;
        let mut seen: Vec<(Option<Type>, &'a Expr)> = Vec::new();
        let mut lhs_vars = Vec::new();
        for (ci, clause) in body.iter().enumerate() {
            let cases = clause.cases.as_ref().map(|c| c.list()).unwrap_or_default();
            if clause.cases.is_none() {
                match first_default {
                    Some(p) => self.error(
                        clause.pos,
                        format!("multiple defaults (first at {})", self.fmt_pos(p)),
                    ),
                    None => first_default = Some(clause.pos),
                }
            }
            let t = self.case_types(sx.as_ref(), &cases, &mut seen);
            self.open_scope(false);
            if let Some(n) = lhs {
                let t = match t {
                    Some(t) if cases.len() == 1 => t,
                    _ => sx.as_ref().map(|x| x.ty.clone()).unwrap_or(Type::Invalid),
                };
                let o = self.local_var(&n.value, n.pos, t);
                self.declare(self.scope, None, o);
                self.info.type_switch_vars.insert((x.id, ci), o);
                lhs_vars.push(o);
            }
            let inner = StmtCtx {
                break_ok: true,
                continue_ok: ctx.continue_ok,
                case: None,
                type_switch: true,
            };
            self.stmt_list(&clause.body, inner);
            self.close_scope();
        }
        if let Some(n) = lhs {
            // The clauses' variables count as one: used if any of them is.
            let used = lhs_vars.iter().any(|&o| self.obj(o).used);
            for &o in &lhs_vars {
                self.obj_mut(o).used = true;
            }
            if !used {
                self.error(n.pos, format!("{} declared and not used", n.value));
            }
        }
    }

    /// The types (or nil) a type switch clause lists, checked against x and earlier
    /// clauses (go/types caseTypes); the last one's type (None for nil or an invalid one).
    fn case_types(
        &mut self,
        x: Option<&Operand<'a>>,
        cases: &[&'a Expr],
        seen: &mut Vec<(Option<Type>, &'a Expr)>,
    ) -> Option<Type> {
        let mut last = None;
        for &e in cases {
            let t = if self.is_nil_name(e) {
                let _ = self.expr(e);
                None
            } else {
                let t = self.type_expr(e);
                if !t.is_valid() {
                    last = Some(Type::Invalid);
                    continue;
                }
                Some(t)
            };
            last = t.clone();
            let dup = seen.iter().find(|(s, _)| match (s, &t) {
                (None, None) => true,
                (Some(a), Some(b)) => crate::lang::types::identical(a, b),
                _ => false,
            });
            if let Some((_, other)) = dup {
                let ts = t.as_ref().map(|t| self.ts(t)).unwrap_or_else(|| "nil".into());
                let msg = format!(
                    "duplicate case {} in type switch\n\t{}: previous case",
                    ts,
                    self.fmt_pos(other.start())
                );
                self.error(e.start(), msg);
                continue;
            }
            seen.push((t.clone(), e));
            if let (Some(x), Some(t)) = (x, &t) {
                self.type_assertion(e, x, t, true);
            }
        }
        last
    }

    /// Whether e is the predeclared nil, possibly parenthesized (go/types isNil).
    fn is_nil_name(&self, e: &Expr) -> bool {
        let e = e.unparen();
        e.is_name() == Some("nil")
            && self.lookup("nil").map(|o| self.obj(o).kind == ObjKind::Nil).unwrap_or(false)
    }
}

impl<'a> Checker<'a> {
    /// Whether a select clause's communication is one types2 accepts (reporting it if not):
    /// a send, or a receive alone or assigned. The report is at the statement's start
    /// (an assignment's position is its operator's), or at an expression's own position.
    fn select_comm_ok(&mut self, clause: &'a crate::lang::ast::CommClause) -> bool {
        let (valid, at) = match clause.comm.as_deref() {
            None | Some(Stmt::Send { .. }) => (true, clause.pos),
            Some(Stmt::Assign { rhs: Some(r), lhs, op, pos }) if is_recv(r) => {
                if !matches!(op, AssignOp::Assign | AssignOp::Define) {
                    // `x += <-c` passes types2; gc's noder refuses it afterwards.
                    self.error(*pos, "select case must be receive, send or assign recv");
                }
                (true, lhs.start())
            }
            Some(Stmt::Assign { lhs, .. }) => (false, lhs.start()),
            Some(Stmt::Expr { x, .. }) => (is_recv(x), x.pos),
            Some(c) => (false, c.pos()),
        };
        if !valid {
            self.error(at, "select case must be send or receive (possibly with assignment)");
        }
        valid
    }
}

/// Whether e is a receive operation `<-ch` (possibly parenthesized).
fn is_recv(e: &Expr) -> bool {
    matches!(e.unparen().kind, ExprKind::Operation { op: Operator::Recv, y: None, .. })
}

// ---- terminating statements (go/types return.go)

/// Whether a statement list ends in a terminating statement.
pub fn is_terminating_list(list: &[Stmt], label: &str) -> bool {
    // Trailing empty statements are permitted.
    let mut i = list.len();
    while i > 0 {
        if let Stmt::Empty(_) = list[i - 1] {
            i -= 1;
            continue;
        }
        return is_terminating(&list[i - 1], label);
    }
    false
}

pub fn is_terminating(s: &Stmt, label: &str) -> bool {
    match s {
        Stmt::Return { .. } => true,
        Stmt::Branch { tok, .. } => matches!(tok, Tok::Goto | Tok::Fallthrough),
        Stmt::Expr { x, .. } => {
            // A call to the built-in panic.
            if let ExprKind::Call { fun, .. } = &x.unparen().kind {
                if let ExprKind::Name(n) = &fun.unparen().kind {
                    return n == "panic";
                }
            }
            false
        }
        Stmt::Labeled { label, stmt, .. } => is_terminating(stmt, &label.value),
        Stmt::Block(b) => is_terminating_list(&b.stmts, ""),
        Stmt::If { then, els: Some(e), .. } => {
            is_terminating_list(&then.stmts, "") && is_terminating(e, "")
        }
        Stmt::Switch { body, .. } => {
            let mut has_default = false;
            for c in body {
                if c.cases.is_none() {
                    has_default = true;
                }
                let ends_in_fallthrough =
                    matches!(c.body.last(), Some(Stmt::Branch { tok: Tok::Fallthrough, .. }));
                if !is_terminating_list(&c.body, "") && !ends_in_fallthrough {
                    return false;
                }
                if has_break_list(&c.body, label, true) {
                    return false;
                }
            }
            has_default
        }
        Stmt::Select { body, .. } => {
            for c in body {
                if !is_terminating_list(&c.body, "") || has_break_list(&c.body, label, true) {
                    return false;
                }
            }
            true
        }
        Stmt::For { init, cond, body, .. } => {
            if matches!(init.as_deref(), Some(Stmt::Range { .. })) {
                return false;
            }
            cond.is_none() && !has_break_list(&body.stmts, label, true)
        }
        _ => false,
    }
}

fn has_break_list(list: &[Stmt], label: &str, implicit: bool) -> bool {
    list.iter().any(|s| has_break(s, label, implicit))
}

/// Whether s contains a break that refers to the enclosing statement: an unlabeled break
/// not inside a nested loop/switch/select (when `implicit`), or `break label`.
fn has_break(s: &Stmt, label: &str, implicit: bool) -> bool {
    match s {
        Stmt::Branch { tok: Tok::Break, label: l, .. } => match l {
            None => implicit,
            Some(l) => l.value == label && !label.is_empty(),
        },
        Stmt::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        Stmt::Block(b) => has_break_list(&b.stmts, label, implicit),
        Stmt::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().map(|e| has_break(e, label, implicit)).unwrap_or(false)
        }
        Stmt::Switch { body, .. } => {
            !label.is_empty() && body.iter().any(|c| has_break_list(&c.body, label, false))
        }
        Stmt::Select { body, .. } => {
            !label.is_empty() && body.iter().any(|c| has_break_list(&c.body, label, false))
        }
        Stmt::For { body, .. } => !label.is_empty() && has_break_list(&body.stmts, label, false),
        _ => false,
    }
}

/// The signature of the yield function of an iterator type `func(yield func(...) bool)`
/// (at most two parameters), or None when `sig` is not one.
fn yield_sig(sig: &Signature) -> Option<std::rc::Rc<Signature>> {
    if sig.params.len() != 1 || !sig.results.is_empty() || sig.variadic {
        return None;
    }
    let y = sig.params[0].signature()?;
    let returns_bool = y.results.len() == 1 && y.results[0].underlying().is_boolean();
    (returns_bool && y.params.len() <= 2 && !y.variadic).then_some(y)
}
