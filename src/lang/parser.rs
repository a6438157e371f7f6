//! The parser: tokens to `ast::File`, a port of cmd/compile/internal/syntax/parser.go.
//!
//! The structure (and so the error recovery and the wording of every "syntax error: ..."
//! message) follows gc's recursive-descent parser function by function: `list`, `want`,
//! `advance` with gc's follow sets, `header` for if/for/switch, and so on. The parser never
//! fails: a syntax error produces a `Bad` node, a diagnostic, and a resynchronisation.
//!
//! One addition: nesting depth is capped (`MAX_NEST`), so that pathological input such as
//! 100000 `(` gets an error instead of overflowing the Rust stack (gc relies on Go's
//! growable stacks instead; go/parser has the same cap and message).

use super::ast::*;
use super::scanner;
use super::token::{LitKind, Operator, Pos, Tok, Token};
use super::ErrorList;

/// Maximum nesting of expressions, types and statements, in units of parser recursion
/// (a parenthesized expression costs 3, a block 2, a function literal 5, each operand of a
/// chain `a + b + c ...` or each unary operator 1). gc has no cap (Go's stacks grow) and
/// go/parser caps at 1e5; ours is set by the browser, where the parser, checker and code
/// generator recurse on two fixed stacks: the wasm shadow stack of the host worker's
/// instance (`-z stack-size` in scripts/build-web.sh, 4 MiB) and V8's own stack (about
/// 1 MB, not settable by a page). Measured with the release wasm in Node 20 (V8's default
/// stack, 984 KB): a sum chain, the costliest kind, uses 1.9 KiB of shadow stack per term
/// (with the former 1 MiB shadow stack, 547 terms trapped), so about 1.9 MiB of 4 MiB at the
/// cap, and a 992-term chain needs 594 KB of V8's stack (993 unary operators 563 KB, 164
/// function literals 217 KB, 331 parentheses 136 KB). Natively the front end runs
/// on its own thread with `compile::FRONT_END_STACK` bytes of stack (release: 1.6 KiB per
/// unit, 5 KiB per function literal level), so any caller's stack size is fine. The cap is
/// the same on both so a program that compiles in the CLI compiles in the page.
pub const MAX_NEST: u32 = 1000;

pub struct Parser<'e> {
    /// Shared with the file (`File::tokens`), which keeps them for re-parsing generic
    /// declarations (`reparse`).
    toks: std::rc::Rc<[Token]>,
    i: usize,
    errs: &'e mut ErrorList,
    /// Number of errors reported by the parser (for gc's "avoid follow-up errors at EOF").
    first_err: bool,
    /// Function nesting level (for error recovery).
    fnest: u32,
    /// Expression nesting level (for composite literal ambiguity resolution).
    xnest: i32,
    /// Recursion depth, capped at MAX_NEST.
    depth: u32,
    too_deep: bool,
    next_id: NodeId,
    const_group: u32,
}

/// Parses a whole file. Diagnostics go to `errs`; the returned tree is always usable (it
/// may contain `Bad` nodes where errors were found). Returns None if the package clause is
/// missing.
pub fn parse(src: &str, errs: &mut ErrorList) -> Option<File> {
    let toks: std::rc::Rc<[Token]> = scanner::scan(src, errs).into();
    let mut p = Parser {
        toks,
        i: 0,
        errs,
        first_err: false,
        fnest: 0,
        xnest: 0,
        depth: 0,
        too_deep: false,
        next_id: 0,
        const_group: 0,
    };
    p.file()
}

/// Parses a type or function declaration of `file` again from its tokens (`tok`, as
/// recorded in `TypeDecl::tok` / `FuncDecl::tok`), with node ids from `next_id` on: a fresh
/// tree for one instance of a generic declaration, which the checker types with the type
/// parameters bound to the instance's type arguments (every node has one type per tree).
/// Returns the tree and the next free node id; None only if the tokens do not parse, which
/// cannot happen for a declaration that parsed once without errors.
pub fn reparse(file: &File, tok: u32, func: bool, next_id: NodeId) -> Option<(Decl, NodeId)> {
    let mut errs = ErrorList::default();
    let mut p = Parser {
        toks: file.tokens.clone(),
        i: tok as usize,
        errs: &mut errs,
        first_err: false,
        fnest: 0,
        xnest: 0,
        depth: 0,
        too_deep: false,
        next_id,
        const_group: 0,
    };
    let decl = if func { p.func_decl().map(Decl::Func) } else { p.type_decl() }?;
    let next = p.next_id;
    errs.is_empty().then_some((decl, next))
}

type DeclFn = fn(&mut Parser, Option<u32>, i64) -> Option<Decl>;

impl<'e> Parser<'e> {
    // ---- token access

    fn t(&self) -> &Token {
        &self.toks[self.i]
    }
    fn tok(&self) -> Tok {
        self.toks[self.i].tok
    }
    fn pos(&self) -> Pos {
        self.toks[self.i].pos
    }
    fn op(&self) -> Operator {
        self.toks[self.i].op
    }
    fn lit(&self) -> String {
        self.toks[self.i].lit.clone()
    }
    fn next(&mut self) {
        if self.i + 1 < self.toks.len() {
            self.i += 1;
        }
    }
    fn id(&mut self) -> NodeId {
        let id = self.next_id;
        self.next_id += 1;
        id
    }
    fn expr_node(&mut self, pos: Pos, kind: ExprKind) -> Expr {
        Expr { id: self.id(), pos, kind }
    }
    fn bad_expr(&mut self) -> Expr {
        let pos = self.pos();
        self.expr_node(pos, ExprKind::Bad)
    }
    fn bad_expr_at(&mut self, pos: Pos) -> Expr {
        self.expr_node(pos, ExprKind::Bad)
    }

    fn got(&mut self, tok: Tok) -> bool {
        if self.tok() == tok {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, tok: Tok) {
        if !self.got(tok) {
            self.syntax_error(&format!("expected {}", tok.describe()));
            self.advance(&[]);
        }
    }

    fn got_assign(&mut self) -> bool {
        match self.tok() {
            Tok::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            Tok::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    // ---- nesting

    /// Enters one nesting level; returns false (after reporting once and skipping to the
    /// end of the input) when the cap is exceeded.
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_NEST {
            if !self.too_deep {
                self.too_deep = true;
                let pos = self.pos();
                self.errs.error(pos, "exceeded max nesting depth");
                self.first_err = true;
            }
            // Jump to EOF so every caller unwinds quickly.
            self.i = self.toks.len() - 1;
            return false;
        }
        true
    }
    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- errors

    fn error_at(&mut self, pos: Pos, msg: &str) {
        self.first_err = true;
        self.errs.error(pos, msg.to_string());
    }

    fn syntax_error(&mut self, msg: &str) {
        let pos = self.pos();
        self.syntax_error_at(pos, msg);
    }

    fn syntax_error_at(&mut self, pos: Pos, msg: &str) {
        if self.tok() == Tok::Eof && self.first_err {
            return; // Avoid meaningless follow-up errors.
        }
        let msg = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {}", msg)
        } else if msg.starts_with("expected ") {
            format!(", {}", msg)
        } else {
            // A plain error: the current token does not matter.
            self.error_at(pos, &format!("syntax error: {}", msg));
            return;
        };
        let t = self.t();
        let tok = match t.tok {
            Tok::Name => format!("name {}", t.lit),
            Tok::Semi => t.lit.clone(),
            Tok::Literal => format!("literal {}", t.lit),
            Tok::Operator => t.op.as_str().to_string(),
            Tok::AssignOp => format!("{}=", t.op.as_str()),
            Tok::IncOp => format!("{}{}", t.op.as_str(), t.op.as_str()),
            other => other.describe().to_string(),
        };
        self.error_at(pos, &format!("syntax error: unexpected {}{}", tok, msg));
    }

    /// Skips tokens until one in `follow` (plus statement keywords inside functions) is
    /// found; with an empty follow list, skips exactly one token (gc's advance).
    fn advance(&mut self, follow: &[Tok]) {
        if follow.is_empty() {
            if self.tok() != Tok::Eof {
                self.next();
            }
            return;
        }
        loop {
            let t = self.tok();
            if t == Tok::Eof || follow.contains(&t) || (self.fnest > 0 && t.is_stmt_keyword()) {
                return;
            }
            self.next();
        }
    }

    // ---- file level

    fn file(&mut self) -> Option<File> {
        if !self.got(Tok::Package) {
            self.syntax_error("package statement must be first");
            return None;
        }
        let pkg_name = self.name();
        self.want(Tok::Semi);
        if self.first_err {
            return None;
        }
        let mut decls = Vec::new();
        let mut prev = Tok::Import;
        while self.tok() != Tok::Eof {
            if self.tok() == Tok::Import && prev != Tok::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok();
            match self.tok() {
                Tok::Import => {
                    self.next();
                    self.append_group(&mut decls, |p, _, _| p.import_decl());
                }
                Tok::Const => {
                    self.next();
                    self.append_group(&mut decls, |p, g, iota| p.const_decl(g, iota));
                }
                Tok::Type => {
                    self.next();
                    self.append_group(&mut decls, |p, _, _| p.type_decl());
                }
                Tok::Var => {
                    self.next();
                    self.append_group(&mut decls, |p, _, _| p.var_decl());
                }
                Tok::Func => {
                    self.next();
                    if let Some(d) = self.func_decl() {
                        decls.push(Decl::Func(d));
                    }
                }
                _ => {
                    let empty_func =
                        matches!(decls.last(), Some(Decl::Func(f)) if f.body.is_none());
                    if self.tok() == Tok::Lbrace && empty_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&[Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
                    continue;
                }
            }
            if self.tok() != Tok::Eof && !self.got(Tok::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(&[Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
            }
        }
        Some(File {
            pkg_name,
            decls,
            nodes: self.next_id,
            tokens: self.toks.clone(),
            instances: Default::default(),
            prelude_line: 0,
        })
    }

    /// A list of elements separated by `sep` and closed by `close` (gc's list).
    fn list(
        &mut self,
        context: &str,
        sep: Tok,
        close: Tok,
        f: &mut dyn FnMut(&mut Self) -> bool,
    ) -> Pos {
        let mut done = false;
        while self.tok() != Tok::Eof && self.tok() != close && !done {
            let before = self.i;
            done = f(self);
            if !self.got(sep) && self.tok() != close {
                self.syntax_error(&format!(
                    "in {}; possibly missing {} or {}",
                    context,
                    sep.describe(),
                    close.describe()
                ));
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                if self.tok() != close {
                    return self.pos();
                }
            }
            // Every iteration must consume a token (guards against loops on bad input).
            if self.i == before && self.tok() != close {
                self.next();
            }
        }
        let pos = self.pos();
        self.want(close);
        pos
    }

    fn append_group(&mut self, list: &mut Vec<Decl>, f: DeclFn) {
        if self.tok() == Tok::Lparen {
            self.next();
            let group = self.const_group;
            self.const_group += 1;
            let mut iota = 0;
            let mut out = Vec::new();
            self.list("grouped declaration", Tok::Semi, Tok::Rparen, &mut |p| {
                if let Some(d) = f(p, Some(group), iota) {
                    out.push(d);
                }
                iota += 1;
                false
            });
            list.extend(out);
        } else if let Some(d) = f(self, None, 0) {
            list.push(d);
        }
    }

    fn import_decl(&mut self) -> Option<Decl> {
        let pos = self.pos();
        let mut local = None;
        match self.tok() {
            Tok::Name => local = Some(self.name()),
            Tok::Dot => {
                let id = self.id();
                local = Some(Name { id, pos: self.pos(), value: ".".into() });
                self.next();
            }
            _ => {}
        }
        let mut d = ImportDecl { pos, local, path: None };
        if self.tok() == Tok::Literal {
            let t = self.t().clone();
            self.next();
            if !t.bad && t.kind != LitKind::String {
                self.syntax_error_at(t.pos, "import path must be a string");
            }
            d.path = Some((t.lit, t.pos, t.kind));
        } else {
            self.syntax_error("missing import path");
            self.advance(&[Tok::Semi, Tok::Rparen]);
        }
        Some(Decl::Import(d))
    }

    fn const_decl(&mut self, group: Option<u32>, iota: i64) -> Option<Decl> {
        let pos = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = None;
        if !matches!(self.tok(), Tok::Eof | Tok::Semi | Tok::Rparen) {
            ty = self.type_or_nil();
            if self.got_assign() {
                values = Some(self.expr_list());
            }
        }
        Some(Decl::Const(ValueSpec { pos, names, ty, values, group, iota }))
    }

    fn type_decl(&mut self) -> Option<Decl> {
        let pos = self.pos();
        let tok = self.i as u32;
        let name = self.name();
        let tparams = if self.at_type_params() { self.type_params() } else { Vec::new() };
        if tparams.is_empty() && self.tok() == Tok::Lbrack {
            // An array or slice type.
            let ty = self.type_();
            return Some(Decl::Type(TypeDecl { pos, tok, name, tparams, alias: false, ty }));
        }
        let alias = self.got_assign();
        let ty = match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("in type declaration");
                self.advance(&[Tok::Semi, Tok::Rparen]);
                b
            }
        };
        Some(Decl::Type(TypeDecl { pos, tok, name, tparams, alias, ty }))
    }

    fn var_decl(&mut self) -> Option<Decl> {
        let pos = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = None;
        if self.got_assign() {
            values = Some(self.expr_list());
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = Some(self.expr_list());
            }
        }
        Some(Decl::Var(ValueSpec { pos, names, ty, values, group: None, iota: 0 }))
    }

    fn func_decl(&mut self) -> Option<FuncDecl> {
        let pos = self.pos();
        let tok = self.i as u32;
        let mut recv = None;
        let mut context = "";
        if self.got(Tok::Lparen) {
            context = "method";
            let rcvr = self.param_list(Tok::Rparen, false);
            match rcvr.len() {
                0 => {
                    let p = self.pos();
                    self.error_at(p, "method has no receiver");
                }
                1 => recv = rcvr.into_iter().next(),
                _ => {
                    let p = self.pos();
                    self.error_at(p, "method has multiple receivers");
                    recv = rcvr.into_iter().next();
                }
            }
        }
        let mut tparams = Vec::new();
        let (name, ty) = if self.tok() == Tok::Name {
            let name = self.name();
            if self.tok() == Tok::Lbrack {
                tparams = self.type_params();
            }
            let ty = self.func_type(context);
            (name, ty)
        } else {
            let id = self.id();
            let name = Name { id, pos: self.pos(), value: "_".into() };
            let ty = FuncType { pos: self.pos(), params: vec![], results: vec![] };
            self.syntax_error(if context.is_empty() {
                "expected name or ("
            } else {
                "expected name"
            });
            self.advance(&[Tok::Lbrace, Tok::Semi]);
            (name, ty)
        };
        let body = if self.tok() == Tok::Lbrace { Some(self.func_body()) } else { None };
        Some(FuncDecl { pos, tok, recv, name, tparams, ty, body })
    }

    /// The token after the `]` that matches the current `[` (brackets, parentheses and
    /// braces nest), if any within a bounded look-ahead (so bad input stays linear).
    fn after_brackets(&self) -> Option<Tok> {
        let mut depth = 0usize;
        for (k, t) in self.toks.iter().enumerate().skip(self.i).take(256) {
            match t.tok {
                Tok::Lbrack | Tok::Lparen | Tok::Lbrace => depth += 1,
                Tok::Rbrack | Tok::Rparen | Tok::Rbrace => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return self.toks.get(k + 1).map(|t| t.tok);
                    }
                }
                Tok::Eof => return None,
                _ => {}
            }
        }
        None
    }

    /// Whether `[` after a type's name opens type parameters rather than an array length
    /// (a simpler form of gc's typeDecl analysis): `[T any]`, `[K comparable, V any]`,
    /// `[T, U any]`, `[T interface{...}]`, `[T ~int | float64]`, but not `[N]` or `[N+1]`.
    fn at_type_params(&self) -> bool {
        let at = |k: usize| self.toks.get(self.i + k);
        if self.tok() != Tok::Lbrack || at(1).map(|t| t.tok) != Some(Tok::Name) {
            return false;
        }
        match at(2) {
            Some(t) => match t.tok {
                Tok::Name
                | Tok::Comma
                | Tok::Interface
                | Tok::Func
                | Tok::Chan
                | Tok::Map
                | Tok::Struct => true,
                Tok::Operator => t.op == Operator::Tilde,
                _ => false,
            },
            None => false,
        }
    }

    /// `[P, Q constraint, R ~int | string]` (gc's typeParams): each name gets its
    /// constraint, distributed from the right as for parameters.
    fn type_params(&mut self) -> Vec<Field> {
        self.want(Tok::Lbrack);
        let mut list: Vec<Field> = Vec::new();
        let end = self.list("type parameter list", Tok::Comma, Tok::Rbrack, &mut |p| {
            if p.tok() != Tok::Name {
                p.syntax_error("expected type parameter name");
                p.advance(&[Tok::Comma, Tok::Rbrack]);
                return false;
            }
            let pos = p.pos();
            let name = p.name();
            let ty = if matches!(p.tok(), Tok::Comma | Tok::Rbrack) {
                None
            } else {
                Some(p.constraint())
            };
            list.push(Field { pos, name: Some(name), ty });
            false
        });
        let mut ty: Option<Expr> = None;
        for i in (0..list.len()).rev() {
            if list[i].ty.is_some() {
                ty = list[i].ty.clone();
            } else if let Some(t) = &ty {
                let t = self.refresh_ids(t.clone());
                list[i].ty = Some(t);
            } else {
                self.syntax_error_at(end, "missing type constraint");
                break;
            }
        }
        list
    }

    /// A type constraint: `[~]T { | [~]T }`.
    fn constraint(&mut self) -> Expr {
        let x = self.constraint_term();
        self.union_from(x)
    }

    /// The rest of a union whose first term is x.
    fn union_from(&mut self, mut x: Expr) -> Expr {
        while self.tok() == Tok::Operator && self.op() == Operator::Or {
            let pos = self.pos();
            self.next();
            let y = self.constraint_term();
            x = self.expr_node(
                pos,
                ExprKind::Operation { op: Operator::Or, x: Box::new(x), y: Some(Box::new(y)) },
            );
        }
        x
    }

    fn constraint_term(&mut self) -> Expr {
        let tilde = self.tok() == Tok::Operator && self.op() == Operator::Tilde;
        let pos = self.pos();
        if tilde {
            self.next();
        }
        let t = match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("expected type constraint");
                self.advance(&[Tok::Comma, Tok::Rbrack]);
                b
            }
        };
        if !tilde {
            return t;
        }
        self.expr_node(pos, ExprKind::Operation { op: Operator::Tilde, x: Box::new(t), y: None })
    }

    fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let b = self.block_stmt("");
        self.fnest -= 1;
        b
    }

    // ---- expressions

    pub fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad_expr();
        }
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        // Each operator of a left-associative chain nests the tree one level deeper, so
        // it counts against the nesting cap too.
        let depth = self.depth;
        while matches!(self.tok(), Tok::Operator | Tok::Star) && self.t().prec > prec {
            if !self.enter() {
                break;
            }
            let pos = self.pos();
            let op = self.op();
            let tprec = self.t().prec;
            self.next();
            let y = self.binary_expr(None, tprec);
            x = self
                .expr_node(pos, ExprKind::Operation { op, x: Box::new(x), y: Some(Box::new(y)) });
        }
        self.depth = depth;
        self.leave();
        x
    }

    fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad_expr();
        }
        let r = self.unary_expr_inner();
        self.leave();
        r
    }

    fn unary_expr_inner(&mut self) -> Expr {
        match self.tok() {
            Tok::Operator | Tok::Star => {
                let op = self.op();
                match op {
                    Operator::Mul
                    | Operator::Add
                    | Operator::Sub
                    | Operator::Not
                    | Operator::Xor
                    | Operator::Tilde => {
                        let pos = self.pos();
                        self.next();
                        let x = self.unary_expr();
                        return self
                            .expr_node(pos, ExprKind::Operation { op, x: Box::new(x), y: None });
                    }
                    Operator::And => {
                        let pos = self.pos();
                        self.next();
                        // &(x) is &x: gc unparenthesizes the operand.
                        let x = self.unary_expr();
                        let x = unparen_owned(x);
                        return self
                            .expr_node(pos, ExprKind::Operation { op, x: Box::new(x), y: None });
                    }
                    _ => {}
                }
            }
            Tok::Arrow => {
                let pos = self.pos();
                self.next();
                // <-x is a receive, unless x is a channel type, in which case
                // <-chan T is a receive-only channel type.
                let x = self.unary_expr();
                if let ExprKind::ChanType { .. } = x.kind {
                    let mut x = x;
                    // Convert chan types: <-chan T. Re-associate <-(chan<- T) etc. as gc does.
                    let mut recv_twice = false;
                    let bad = to_recv_chan(&mut x, &mut recv_twice);
                    if recv_twice {
                        self.syntax_error("unexpected <-, expected chan");
                    }
                    if let Some(s) = bad {
                        self.syntax_error(&format!("unexpected {}, expected chan", s));
                    }
                    x.pos = pos;
                    return x;
                }
                return self.expr_node(
                    pos,
                    ExprKind::Operation { op: Operator::Recv, x: Box::new(x), y: None },
                );
            }
            _ => {}
        }
        self.pexpr(None, true)
    }

    fn call_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let tok = self.tok();
        self.next();
        let keep = self.tok() == Tok::Lparen;
        let x = self.pexpr(None, keep);
        let x = if let ExprKind::Paren(_) = x.kind {
            self.error_at(
                x.pos,
                &format!("expression in {} must not be parenthesized", tok.as_str()),
            );
            unparen_owned(x)
        } else {
            x
        };
        Stmt::Call { pos, tok, call: x }
    }

    fn operand(&mut self, keep_parens: bool) -> Expr {
        match self.tok() {
            Tok::Name => {
                let n = self.name();
                Expr { id: n.id, pos: n.pos, kind: ExprKind::Name(n.value) }
            }
            Tok::Literal => {
                let t = self.t().clone();
                self.next();
                self.expr_node(t.pos, ExprKind::BasicLit { value: t.lit, kind: t.kind, bad: t.bad })
            }
            Tok::Lparen => {
                let pos = self.pos();
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(Tok::Rparen);
                let _ = keep_parens;
                // gc keeps parentheses in most contexts (pexpr is called with keep_parens
                // from unaryExpr), and they matter for messages; we always keep them.
                self.expr_node(pos, ExprKind::Paren(Box::new(x)))
            }
            Tok::Func => {
                let pos = self.pos();
                self.next();
                let ft = self.func_type("function type");
                if self.tok() == Tok::Lbrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    return self.expr_node(pos, ExprKind::FuncLit { ty: ft, body });
                }
                self.expr_node(pos, ExprKind::FuncType(ft))
            }
            Tok::Lbrack | Tok::Chan | Tok::Map | Tok::Struct | Tok::Interface => self.type_(),
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                x
            }
        }
    }

    fn pexpr(&mut self, x: Option<Expr>, keep_parens: bool) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad_expr();
        }
        let mut x = match x {
            Some(x) => x,
            None => self.operand(keep_parens),
        };
        // Selector, index and call chains nest the tree like parentheses do.
        let depth = self.depth;
        loop {
            if self.too_deep || !self.enter() {
                break;
            }
            let pos = self.pos();
            match self.tok() {
                Tok::Dot => {
                    self.next();
                    match self.tok() {
                        Tok::Name => {
                            let sel = self.name();
                            x = self.expr_node(pos, ExprKind::Selector { x: Box::new(x), sel });
                        }
                        Tok::Lparen => {
                            self.next();
                            if self.got(Tok::Type) {
                                x = self.expr_node(
                                    pos,
                                    ExprKind::TypeSwitchGuard { lhs: None, x: Box::new(x) },
                                );
                            } else {
                                let ty = self.type_();
                                x = self.expr_node(
                                    pos,
                                    ExprKind::Assert { x: Box::new(x), ty: Box::new(ty) },
                                );
                            }
                            self.want(Tok::Rparen);
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[Tok::Semi, Tok::Rparen]);
                        }
                    }
                }
                Tok::Lbrack => {
                    self.next();
                    let mut i = None;
                    if self.tok() != Tok::Colon {
                        let mut comma = false;
                        let idx = if self.tok() == Tok::Rbrack {
                            self.syntax_error("expected operand");
                            self.bad_expr()
                        } else {
                            let (e, c) = self.type_list(false);
                            comma = c;
                            e
                        };
                        if comma || self.tok() == Tok::Rbrack {
                            self.want(Tok::Rbrack);
                            x = self.expr_node(
                                pos,
                                ExprKind::Index { x: Box::new(x), index: Box::new(idx) },
                            );
                            continue;
                        }
                        i = Some(Box::new(idx));
                    }
                    if !self.got(Tok::Colon) {
                        self.syntax_error("expected comma, : or ]");
                        self.advance(&[Tok::Comma, Tok::Colon, Tok::Rbrack]);
                    }
                    self.xnest += 1;
                    let mut index: [Option<Box<Expr>>; 3] = [i, None, None];
                    let mut full = false;
                    if self.tok() != Tok::Colon && self.tok() != Tok::Rbrack {
                        index[1] = Some(Box::new(self.expr()));
                    }
                    if self.tok() == Tok::Colon {
                        full = true;
                        if index[1].is_none() {
                            let p = self.pos();
                            self.error_at(p, "middle index required in 3-index slice");
                            index[1] = Some(Box::new(self.bad_expr()));
                        }
                        self.next();
                        if self.tok() != Tok::Rbrack {
                            index[2] = Some(Box::new(self.expr()));
                        } else {
                            let p = self.pos();
                            self.error_at(p, "final index required in 3-index slice");
                            index[2] = Some(Box::new(self.bad_expr()));
                        }
                    }
                    self.xnest -= 1;
                    self.want(Tok::Rbrack);
                    x = self.expr_node(pos, ExprKind::Slice { x: Box::new(x), index, full });
                }
                Tok::Lparen => {
                    self.next();
                    let (args, has_dots, rparen) = self.arg_list();
                    x = self.expr_node(
                        pos,
                        ExprKind::Call { fun: Box::new(x), args, has_dots, rparen },
                    );
                }
                Tok::Lbrace => {
                    let t = x.unparen();
                    let complit_ok = match &t.kind {
                        ExprKind::Name(_) | ExprKind::Selector { .. } => self.xnest >= 0,
                        ExprKind::Index { .. } => self.xnest >= 0 && !is_value(t),
                        ExprKind::ArrayType { .. }
                        | ExprKind::SliceType { .. }
                        | ExprKind::StructType { .. }
                        | ExprKind::MapType { .. } => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if matches!(x.kind, ExprKind::Paren(_)) {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    x = self.complit_expr(Some(x));
                }
                _ => break,
            }
        }
        self.depth = depth;
        self.leave();
        x
    }

    fn bare_complit_expr(&mut self) -> Expr {
        if self.tok() == Tok::Lbrace {
            return self.complit_expr(None);
        }
        self.expr()
    }

    fn complit_expr(&mut self, ty: Option<Expr>) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad_expr();
        }
        let pos = self.pos();
        self.xnest += 1;
        self.want(Tok::Lbrace);
        let mut elems = Vec::new();
        let rbrace = self.list("composite literal", Tok::Comma, Tok::Rbrace, &mut |p| {
            let mut e = p.bare_complit_expr();
            if p.tok() == Tok::Colon {
                let kpos = p.pos();
                p.next();
                let v = p.bare_complit_expr();
                e = p.expr_node(kpos, ExprKind::KeyValue { key: Box::new(e), value: Box::new(v) });
            }
            elems.push(e);
            false
        });
        self.xnest -= 1;
        self.leave();
        self.expr_node(pos, ExprKind::CompositeLit { ty: ty.map(Box::new), elems, rbrace })
    }

    // ---- types

    fn type_(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(&[
                    Tok::Comma,
                    Tok::Colon,
                    Tok::Semi,
                    Tok::Rparen,
                    Tok::Rbrack,
                    Tok::Rbrace,
                ]);
                b
            }
        }
    }

    fn type_or_nil(&mut self) -> Option<Expr> {
        if !self.enter() {
            self.leave();
            return Some(self.bad_expr());
        }
        let r = self.type_or_nil_inner();
        self.leave();
        r
    }

    fn type_or_nil_inner(&mut self) -> Option<Expr> {
        let pos = self.pos();
        match self.tok() {
            Tok::Star => {
                self.next();
                let t = self.type_();
                Some(self.expr_node(
                    pos,
                    ExprKind::Operation { op: Operator::Mul, x: Box::new(t), y: None },
                ))
            }
            Tok::Arrow => {
                self.next();
                self.want(Tok::Chan);
                let elem = self.chan_elem();
                Some(self.expr_node(
                    pos,
                    ExprKind::ChanType { dir: ChanDir::Recv, elem: Box::new(elem) },
                ))
            }
            Tok::Func => {
                self.next();
                let ft = self.func_type("function type");
                Some(self.expr_node(pos, ExprKind::FuncType(ft)))
            }
            Tok::Lbrack => {
                self.next();
                if self.got(Tok::Rbrack) {
                    let elem = self.type_();
                    return Some(self.expr_node(pos, ExprKind::SliceType { elem: Box::new(elem) }));
                }
                Some(self.array_type(pos, None))
            }
            Tok::Chan => {
                self.next();
                let dir = if self.got(Tok::Arrow) { ChanDir::Send } else { ChanDir::Both };
                let elem = self.chan_elem();
                Some(self.expr_node(pos, ExprKind::ChanType { dir, elem: Box::new(elem) }))
            }
            Tok::Map => {
                self.next();
                self.want(Tok::Lbrack);
                let key = self.type_();
                self.want(Tok::Rbrack);
                let value = self.type_();
                Some(self.expr_node(
                    pos,
                    ExprKind::MapType { key: Box::new(key), value: Box::new(value) },
                ))
            }
            Tok::Struct => Some(self.struct_type()),
            Tok::Interface => Some(self.interface_type()),
            Tok::Name => Some(self.qualified_name(None)),
            Tok::Lparen => {
                self.next();
                let t = self.type_();
                self.want(Tok::Rparen);
                Some(self.expr_node(pos, ExprKind::Paren(Box::new(t))))
            }
            _ => None,
        }
    }

    fn func_type(&mut self, context: &str) -> FuncType {
        let pos = self.pos();
        if self.got(Tok::Lbrack) {
            // Type parameters are not supported; gc reports them only in some contexts.
            if !context.is_empty() {
                self.syntax_error_at(pos, &format!("{} must have no type parameters", context));
            }
            let _ = self.param_list(Tok::Rbrack, true);
        }
        self.want(Tok::Lparen);
        let params = self.param_list(Tok::Rparen, false);
        let results = self.func_result();
        FuncType { pos, params, results }
    }

    fn array_type(&mut self, pos: Pos, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(l) => Some(l),
            None => {
                if self.got(Tok::DotDotDot) {
                    None
                } else {
                    self.xnest += 1;
                    let l = self.expr();
                    self.xnest -= 1;
                    Some(l)
                }
            }
        };
        if self.tok() == Tok::Comma {
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(Tok::Rbrack);
        let elem = self.type_();
        self.expr_node(pos, ExprKind::ArrayType { len: len.map(Box::new), elem: Box::new(elem) })
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("missing channel element type");
                b
            }
        }
    }

    fn struct_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Tok::Struct);
        self.want(Tok::Lbrace);
        let mut fields = Vec::new();
        let mut tags = Vec::new();
        self.list("struct type", Tok::Semi, Tok::Rbrace, &mut |p| {
            p.field_decl(&mut fields, &mut tags);
            false
        });
        self.expr_node(pos, ExprKind::StructType { fields, tags })
    }

    fn field_decl(&mut self, fields: &mut Vec<Field>, tags: &mut Vec<String>) {
        let pos = self.pos();
        match self.tok() {
            Tok::Name => {
                let name = self.name();
                // `B[T]` followed by the field's end embeds a generic instance; `b [N]T`
                // declares an array field.
                let instance = self.tok() == Tok::Lbrack
                    && matches!(
                        self.after_brackets(),
                        Some(Tok::Literal | Tok::Semi | Tok::Rbrace)
                    );
                if instance
                    || matches!(self.tok(), Tok::Dot | Tok::Literal | Tok::Semi | Tok::Rbrace)
                {
                    // An embedded type.
                    let ty = self.qualified_name(Some(name));
                    tags.push(self.tag());
                    fields.push(Field { pos, name: None, ty: Some(ty) });
                    return;
                }
                let names = self.name_list(name);
                let ty = self.type_();
                let tag = self.tag();
                for n in names {
                    tags.push(tag.clone());
                    fields.push(Field { pos: n.pos, name: Some(n), ty: Some(ty.clone()) });
                }
            }
            Tok::Star => {
                self.next();
                let t = self.qualified_name(None);
                tags.push(self.tag());
                let ty = self.expr_node(
                    pos,
                    ExprKind::Operation { op: Operator::Mul, x: Box::new(t), y: None },
                );
                fields.push(Field { pos, name: None, ty: Some(ty) });
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
            }
        }
    }

    /// A field's tag (its string literal as written), "" when it has none.
    fn tag(&mut self) -> String {
        if self.tok() != Tok::Literal {
            return String::new();
        }
        let lit = self.lit();
        self.next();
        lit
    }

    fn interface_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Tok::Interface);
        self.want(Tok::Lbrace);
        let mut methods = Vec::new();
        self.list("interface type", Tok::Semi, Tok::Rbrace, &mut |p| {
            let fpos = p.pos();
            if p.tok() == Tok::Name {
                let name = p.name();
                if p.tok() == Tok::Lparen {
                    let ft = p.func_type("interface method");
                    let ty = p.expr_node(fpos, ExprKind::FuncType(ft));
                    methods.push(Field { pos: fpos, name: Some(name), ty: Some(ty) });
                } else {
                    let ty = p.qualified_name(Some(name));
                    // An embedded interface, or the first term of a union.
                    let ty = p.union_from(ty);
                    methods.push(Field { pos: fpos, name: None, ty: Some(ty) });
                }
            } else if p.tok() == Tok::Operator && p.op() == Operator::Tilde {
                let ty = p.constraint();
                methods.push(Field { pos: fpos, name: None, ty: Some(ty) });
            } else {
                let ty = match p.type_or_nil() {
                    Some(t) => p.union_from(t),
                    None => {
                        let b = p.bad_expr();
                        p.syntax_error("expected ~ term or type");
                        p.advance(&[
                            Tok::Operator,
                            Tok::Semi,
                            Tok::Rparen,
                            Tok::Rbrack,
                            Tok::Rbrace,
                        ]);
                        b
                    }
                };
                methods.push(Field { pos: fpos, name: None, ty: Some(ty) });
            }
            false
        });
        self.expr_node(pos, ExprKind::InterfaceType { methods })
    }

    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Tok::Lparen) {
            return self.param_list(Tok::Rparen, false);
        }
        let pos = self.pos();
        match self.type_or_nil() {
            Some(t) => vec![Field { pos, name: None, ty: Some(t) }],
            None => vec![],
        }
    }

    fn param_decl_or_nil(&mut self, follow: Tok) -> Option<Field> {
        let pos = self.pos();
        let mut f = Field { pos, name: None, ty: None };
        if self.tok() == Tok::Name {
            let name = self.name();
            if self.tok() == Tok::Dot {
                let ty = self.qualified_name(Some(name));
                f.ty = Some(ty);
                return Some(f);
            }
            if self.tok() == Tok::Lbrack
                && matches!(self.after_brackets(), Some(Tok::Comma | Tok::Rparen | Tok::Rbrack))
            {
                // T[A] alone: a generic instance type (an unnamed parameter).
                f.ty = Some(self.qualified_name(Some(name)));
                return Some(f);
            }
            if self.tok() == Tok::Lbrack {
                // name [N]T: a parameter of an array type.
                let ty = self.type_();
                f.name = Some(name);
                f.ty = Some(ty);
                return Some(f);
            }
            f.name = Some(name);
        }
        if self.tok() == Tok::DotDotDot {
            let dpos = self.pos();
            self.next();
            let elem = match self.type_or_nil() {
                Some(t) => t,
                None => {
                    let b = self.bad_expr();
                    self.syntax_error("... is missing type");
                    b
                }
            };
            f.ty = Some(self.expr_node(dpos, ExprKind::DotsType { elem: Box::new(elem) }));
            return Some(f);
        }
        f.ty = self.type_or_nil();
        if f.name.is_some() || f.ty.is_some() {
            return Some(f);
        }
        self.syntax_error(&format!("expected {}", follow.describe()));
        self.advance(&[Tok::Comma, follow]);
        None
    }

    fn param_list(&mut self, close: Tok, require_names: bool) -> Vec<Field> {
        let mut list: Vec<Field> = Vec::new();
        let mut named = 0;
        let mut typed = 0;
        let end = self.list("parameter list", Tok::Comma, close, &mut |p| {
            if let Some(par) = p.param_decl_or_nil(close) {
                if par.name.is_some() && par.ty.is_some() {
                    named += 1;
                }
                if par.ty.is_some() {
                    typed += 1;
                }
                list.push(par);
            }
            false
        });
        if list.is_empty() {
            return list;
        }
        if named == 0 && !require_names {
            // All types: `func(int, string)`; a lone name is a type name.
            for par in list.iter_mut() {
                if let Some(n) = par.name.take() {
                    if par.ty.is_none() {
                        par.ty = Some(Expr { id: n.id, pos: n.pos, kind: ExprKind::Name(n.value) });
                    }
                }
            }
        } else if named != list.len() {
            // Some names without types: `a, b int`. Distribute types from right to left.
            let mut err_pos = Pos::NONE;
            let mut typ: Option<Expr> = None;
            for i in (0..list.len()).rev() {
                if list[i].ty.is_some() {
                    typ = list[i].ty.clone();
                    if list[i].name.is_none() {
                        err_pos = list[i].ty.as_ref().unwrap().start();
                        let id = self.id();
                        list[i].name = Some(Name { id, pos: err_pos, value: "_".into() });
                    }
                } else if let Some(t) = &typ {
                    // Each parameter gets its own copy of the type expression with fresh ids.
                    let t = self.refresh_ids(t.clone());
                    list[i].ty = Some(t);
                } else {
                    err_pos = list[i].name.as_ref().unwrap().pos;
                    let b = self.bad_expr_at(err_pos);
                    list[i].ty = Some(b);
                }
            }
            if err_pos.is_known() {
                let msg = if require_names {
                    if named == typed {
                        err_pos = end;
                        "missing type constraint"
                    } else {
                        "missing type parameter name"
                    }
                } else {
                    "mixed named and unnamed parameters"
                };
                self.syntax_error_at(err_pos, msg);
            }
        }
        list
    }

    /// Gives a cloned subtree fresh node ids, so that per-node checker facts stay unique.
    fn refresh_ids(&mut self, mut e: Expr) -> Expr {
        fn walk(p: &mut Parser, e: &mut Expr) {
            e.id = p.id();
            match &mut e.kind {
                ExprKind::Paren(x)
                | ExprKind::SliceType { elem: x }
                | ExprKind::DotsType { elem: x } => walk(p, x),
                ExprKind::ChanType { elem, .. } => walk(p, elem),
                ExprKind::Selector { x, sel } => {
                    walk(p, x);
                    sel.id = p.id();
                }
                ExprKind::Operation { x, y, .. } => {
                    walk(p, x);
                    if let Some(y) = y {
                        walk(p, y);
                    }
                }
                ExprKind::MapType { key, value } => {
                    walk(p, key);
                    walk(p, value);
                }
                ExprKind::ArrayType { len, elem } => {
                    if let Some(l) = len {
                        walk(p, l);
                    }
                    walk(p, elem);
                }
                ExprKind::FuncType(ft) => {
                    for f in ft.params.iter_mut().chain(ft.results.iter_mut()) {
                        if let Some(n) = &mut f.name {
                            n.id = p.id();
                        }
                        if let Some(t) = &mut f.ty {
                            walk(p, t);
                        }
                    }
                }
                ExprKind::StructType { fields, .. }
                | ExprKind::InterfaceType { methods: fields } => {
                    for f in fields.iter_mut() {
                        if let Some(n) = &mut f.name {
                            n.id = p.id();
                        }
                        if let Some(t) = &mut f.ty {
                            walk(p, t);
                        }
                    }
                }
                ExprKind::Index { x, index } => {
                    walk(p, x);
                    walk(p, index);
                }
                _ => {}
            }
        }
        walk(self, &mut e);
        e
    }

    // ---- statements

    fn simple_stmt(&mut self, lhs: Option<Expr>, keyword: Tok) -> Stmt {
        if keyword == Tok::For && self.tok() == Tok::Range {
            return self.range_clause(None, false);
        }
        let lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        let is_list = matches!(lhs.kind, ExprKind::List(_));
        if !is_list && self.tok() != Tok::Assign && self.tok() != Tok::Define {
            let pos = self.pos();
            match self.tok() {
                Tok::AssignOp => {
                    let op = self.op();
                    self.next();
                    let rhs = self.expr();
                    return Stmt::Assign { pos, op: AssignOp::Op(op), lhs, rhs: Some(rhs) };
                }
                Tok::IncOp => {
                    let op = self.op();
                    self.next();
                    return Stmt::Assign { pos, op: AssignOp::Op(op), lhs, rhs: None };
                }
                Tok::Arrow => {
                    self.next();
                    let value = self.expr();
                    return Stmt::Send { pos, ch: lhs, value };
                }
                _ => {
                    return Stmt::Expr { pos: lhs.pos, x: lhs };
                }
            }
        }
        match self.tok() {
            Tok::Assign | Tok::Define => {
                let pos = self.pos();
                let def = self.tok() == Tok::Define;
                self.next();
                if keyword == Tok::For && self.tok() == Tok::Range {
                    return self.range_clause(Some(lhs), def);
                }
                let rhs = self.expr_list();
                if let ExprKind::TypeSwitchGuard { lhs: None, .. } = &rhs.kind {
                    if keyword == Tok::Switch && def {
                        if let ExprKind::Name(n) = &lhs.kind {
                            let name = Name { id: lhs.id, pos: lhs.pos, value: n.clone() };
                            let mut rhs = rhs;
                            if let ExprKind::TypeSwitchGuard { lhs: l, .. } = &mut rhs.kind {
                                *l = Some(name);
                            }
                            return Stmt::Expr { pos: rhs.pos, x: rhs };
                        }
                    }
                }
                let op = if def { AssignOp::Define } else { AssignOp::Assign };
                Stmt::Assign { pos, op, lhs, rhs: Some(rhs) }
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
                let x = match lhs.kind {
                    ExprKind::List(mut l) if !l.is_empty() => l.swap_remove(0),
                    _ => lhs,
                };
                Stmt::Expr { pos: x.pos, x }
            }
        }
    }

    fn range_clause(&mut self, lhs: Option<Expr>, def: bool) -> Stmt {
        let pos = self.pos();
        self.next();
        let x = self.expr();
        Stmt::Range { pos, lhs, def, x }
    }

    fn labeled_stmt(&mut self, label: Name) -> Option<Stmt> {
        let pos = self.pos();
        self.want(Tok::Colon);
        if self.tok() == Tok::Rbrace {
            let e = Stmt::Empty(self.pos());
            return Some(Stmt::Labeled { pos: label.pos, label, stmt: Box::new(e) });
        }
        match self.stmt_or_nil() {
            Some(s) => Some(Stmt::Labeled { pos: label.pos, label, stmt: Box::new(s) }),
            None => {
                let _ = pos;
                self.syntax_error_at(label.pos, "missing statement after label");
                None
            }
        }
    }

    fn block_stmt(&mut self, context: &str) -> Block {
        // Blocks nest statements; they count twice against the cap because checking and
        // generating a block takes several frames.
        let depth = self.depth;
        if !self.enter() || !self.enter() {
            self.depth = depth;
            return Block { pos: self.pos(), stmts: vec![], rbrace: self.pos() };
        }
        let b = self.block_stmt_inner(context);
        self.depth = depth;
        b
    }

    fn block_stmt_inner(&mut self, context: &str) -> Block {
        let pos = self.pos();
        if !self.got(Tok::Lbrace) {
            self.syntax_error(&format!("expected {{ after {}", context));
            self.advance(&[Tok::Name, Tok::Rbrace]);
            let rbrace = self.pos();
            if self.got(Tok::Rbrace) {
                return Block { pos, stmts: vec![], rbrace };
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.pos();
        self.want(Tok::Rbrace);
        Block { pos, stmts, rbrace }
    }

    fn decl_stmt(&mut self, f: DeclFn) -> Stmt {
        let pos = self.pos();
        self.next();
        let mut decls = Vec::new();
        self.append_group(&mut decls, f);
        Stmt::Decl { pos, decls }
    }

    fn for_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let (init, cond, post) = self.header(Tok::For);
        let body = self.block_stmt("for clause");
        Stmt::For { pos, init, cond, post, body }
    }

    #[allow(clippy::type_complexity)]
    fn header(&mut self, keyword: Tok) -> (Option<Box<Stmt>>, Option<Expr>, Option<Box<Stmt>>) {
        self.want(keyword);
        let mut init = None;
        let mut cond = None;
        let mut post = None;
        if self.tok() == Tok::Lbrace {
            if keyword == Tok::If {
                self.syntax_error("missing condition in if statement");
                cond = Some(self.bad_expr());
            }
            return (init, cond, post);
        }
        let outer = self.xnest;
        self.xnest = -1;
        if self.tok() != Tok::Semi {
            if self.got(Tok::Var) {
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    keyword.describe()
                ));
            }
            let s = self.simple_stmt(None, keyword);
            if let Stmt::Range { .. } = s {
                self.xnest = outer;
                return (Some(Box::new(s)), None, None);
            }
            init = Some(Box::new(s));
        }
        let mut cond_stmt: Option<Box<Stmt>> = None;
        let mut semi: Option<(Pos, String)> = None;
        let mut skip_to_done = false;
        if self.tok() != Tok::Lbrace {
            if self.tok() == Tok::Semi {
                semi = Some((self.pos(), self.lit()));
                self.next();
            } else {
                self.want(Tok::Lbrace);
                if self.tok() != Tok::Lbrace {
                    self.advance(&[Tok::Lbrace, Tok::Rbrace]);
                }
            }
            if keyword == Tok::For {
                if self.tok() != Tok::Semi {
                    if self.tok() == Tok::Lbrace {
                        self.syntax_error("expected for loop condition");
                        skip_to_done = true;
                    } else {
                        cond_stmt = Some(Box::new(self.simple_stmt(None, Tok::Eof)));
                    }
                }
                if !skip_to_done {
                    self.want(Tok::Semi);
                    if self.tok() != Tok::Lbrace {
                        let s = self.simple_stmt(None, Tok::Eof);
                        if let Stmt::Assign { op: AssignOp::Define, pos, .. } = &s {
                            let p = *pos;
                            self.syntax_error_at(p, "cannot declare in post statement of for loop");
                        }
                        post = Some(Box::new(s));
                    }
                }
            } else if self.tok() != Tok::Lbrace {
                cond_stmt = Some(Box::new(self.simple_stmt(None, keyword)));
            }
        } else {
            cond_stmt = init.take();
        }
        match cond_stmt.map(|b| *b) {
            None => {
                if keyword == Tok::If {
                    if let Some((spos, slit)) = semi {
                        if slit != "semicolon" {
                            self.syntax_error_at(
                                spos,
                                &format!("unexpected {}, expected {{ after if clause", slit),
                            );
                        } else {
                            self.syntax_error_at(spos, "missing condition in if statement");
                        }
                        cond = Some(self.bad_expr_at(spos));
                    }
                }
            }
            Some(Stmt::Expr { x, .. }) => cond = Some(x),
            Some(s) => {
                let str = match &s {
                    Stmt::Assign { op: AssignOp::Assign, lhs, rhs: Some(rhs), .. } => {
                        format!("assignment {} = {}", emphasize(lhs), emphasize(rhs))
                    }
                    other => stmt_string(other),
                };
                self.syntax_error_at(s.pos(), &format!("cannot use {} as value", str));
            }
        }
        self.xnest = outer;
        (init, cond, post)
    }

    fn if_stmt(&mut self) -> Stmt {
        if !self.enter() {
            self.leave();
            return Stmt::Empty(self.pos());
        }
        let pos = self.pos();
        let (init, cond, _) = self.header(Tok::If);
        let then = self.block_stmt("if clause");
        let mut els = None;
        if self.got(Tok::Else) {
            match self.tok() {
                Tok::If => els = Some(Box::new(self.if_stmt())),
                Tok::Lbrace => els = Some(Box::new(Stmt::Block(self.block_stmt("")))),
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[Tok::Name, Tok::Rbrace]);
                }
            }
        }
        self.leave();
        Stmt::If { pos, init, cond, then, els }
    }

    fn switch_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let (init, tag, _) = self.header(Tok::Switch);
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut body = Vec::new();
        while self.tok() != Tok::Eof && self.tok() != Tok::Rbrace {
            let before = self.i;
            body.push(self.case_clause());
            if self.i == before {
                self.next();
            }
        }
        let rbrace = self.pos();
        self.want(Tok::Rbrace);
        Stmt::Switch { pos, init, tag, body, rbrace }
    }

    fn select_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        self.want(Tok::Select);
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut body = Vec::new();
        while self.tok() != Tok::Eof && self.tok() != Tok::Rbrace {
            let before = self.i;
            body.push(self.comm_clause());
            if self.i == before {
                self.next();
            }
        }
        let rbrace = self.pos();
        self.want(Tok::Rbrace);
        Stmt::Select { pos, body, rbrace }
    }

    fn case_clause(&mut self) -> CaseClause {
        let pos = self.pos();
        let mut cases = None;
        match self.tok() {
            Tok::Case => {
                self.next();
                cases = Some(self.expr_list());
            }
            Tok::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
            }
        }
        let colon = self.pos();
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CaseClause { pos, cases, body, colon }
    }

    fn comm_clause(&mut self) -> CommClause {
        let pos = self.pos();
        let mut comm = None;
        match self.tok() {
            Tok::Case => {
                self.next();
                comm = Some(Box::new(self.simple_stmt(None, Tok::Eof)));
            }
            Tok::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
            }
        }
        let colon = self.pos();
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CommClause { pos, comm, body, colon }
    }

    fn stmt_or_nil(&mut self) -> Option<Stmt> {
        if !self.enter() {
            self.leave();
            return None;
        }
        let r = self.stmt_or_nil_inner();
        self.leave();
        r
    }

    fn stmt_or_nil_inner(&mut self) -> Option<Stmt> {
        if self.tok() == Tok::Name {
            let lhs = self.expr_list();
            if let ExprKind::Name(n) = &lhs.kind {
                if self.tok() == Tok::Colon {
                    let label = Name { id: lhs.id, pos: lhs.pos, value: n.clone() };
                    return self.labeled_stmt(label);
                }
            }
            return Some(self.simple_stmt(Some(lhs), Tok::Eof));
        }
        match self.tok() {
            Tok::Var => return Some(self.decl_stmt(|p, _, _| p.var_decl())),
            Tok::Const => return Some(self.decl_stmt(|p, g, iota| p.const_decl(g, iota))),
            Tok::Type => return Some(self.decl_stmt(|p, _, _| p.type_decl())),
            _ => {}
        }
        let pos = self.pos();
        match self.tok() {
            Tok::Lbrace => Some(Stmt::Block(self.block_stmt(""))),
            Tok::Operator | Tok::Star => match self.op() {
                Operator::Add
                | Operator::Sub
                | Operator::Mul
                | Operator::And
                | Operator::Xor
                | Operator::Not => Some(self.simple_stmt(None, Tok::Eof)),
                _ => None,
            },
            Tok::Literal
            | Tok::Func
            | Tok::Lparen
            | Tok::Lbrack
            | Tok::Struct
            | Tok::Map
            | Tok::Chan
            | Tok::Interface
            | Tok::Arrow => Some(self.simple_stmt(None, Tok::Eof)),
            Tok::For => Some(self.for_stmt()),
            Tok::Switch => Some(self.switch_stmt()),
            Tok::Select => Some(self.select_stmt()),
            Tok::If => Some(self.if_stmt()),
            Tok::Fallthrough => {
                self.next();
                Some(Stmt::Branch { pos, tok: Tok::Fallthrough, label: None })
            }
            Tok::Break | Tok::Continue => {
                let tok = self.tok();
                self.next();
                let label = if self.tok() == Tok::Name { Some(self.name()) } else { None };
                Some(Stmt::Branch { pos, tok, label })
            }
            Tok::Go | Tok::Defer => Some(self.call_stmt()),
            Tok::Goto => {
                self.next();
                let label = Some(self.name());
                Some(Stmt::Branch { pos, tok: Tok::Goto, label })
            }
            Tok::Return => {
                self.next();
                let results = if self.tok() != Tok::Semi && self.tok() != Tok::Rbrace {
                    Some(self.expr_list())
                } else {
                    None
                };
                Some(Stmt::Return { pos, results })
            }
            Tok::Semi => Some(Stmt::Empty(pos)),
            _ => None,
        }
    }

    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut l = Vec::new();
        while !matches!(self.tok(), Tok::Eof | Tok::Rbrace | Tok::Case | Tok::Default) {
            let before = self.i;
            let Some(s) = self.stmt_or_nil() else { break };
            l.push(s);
            if !self.got(Tok::Semi) && self.tok() != Tok::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(&[Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default]);
                self.got(Tok::Semi);
            }
            if self.i == before {
                // No progress (only possible after errors): skip a token.
                self.next();
            }
        }
        l
    }

    fn arg_list(&mut self) -> (Vec<Expr>, bool, Pos) {
        self.xnest += 1;
        let mut list = Vec::new();
        let mut has_dots = false;
        let rparen = self.list("argument list", Tok::Comma, Tok::Rparen, &mut |p| {
            list.push(p.expr());
            has_dots = p.got(Tok::DotDotDot);
            has_dots
        });
        self.xnest -= 1;
        (list, has_dots, rparen)
    }

    // ---- common productions

    fn name(&mut self) -> Name {
        let id = self.id();
        if self.tok() == Tok::Name {
            let n = Name { id, pos: self.pos(), value: self.lit() };
            self.next();
            return n;
        }
        let n = Name { id, pos: self.pos(), value: "_".into() };
        self.syntax_error("expected name");
        self.advance(&[]);
        n
    }

    fn name_list(&mut self, first: Name) -> Vec<Name> {
        let mut l = vec![first];
        while self.got(Tok::Comma) {
            l.push(self.name());
        }
        l
    }

    fn qualified_name(&mut self, name: Option<Name>) -> Expr {
        let n = match name {
            Some(n) => n,
            None => {
                if self.tok() == Tok::Name {
                    self.name()
                } else {
                    let id = self.id();
                    let n = Name { id, pos: self.pos(), value: "_".into() };
                    self.syntax_error("expected name");
                    self.advance(&[Tok::Dot, Tok::Semi, Tok::Rbrace]);
                    n
                }
            }
        };
        let mut x = Expr { id: n.id, pos: n.pos, kind: ExprKind::Name(n.value) };
        if self.tok() == Tok::Dot {
            let pos = self.pos();
            self.next();
            let sel = self.name();
            x = self.expr_node(pos, ExprKind::Selector { x: Box::new(x), sel });
        }
        if self.tok() == Tok::Lbrack {
            // A generic instantiation T[A]; parsed so that the checker can reject it.
            let pos = self.pos();
            self.next();
            let (idx, _) = self.type_list(true);
            self.want(Tok::Rbrack);
            x = self.expr_node(pos, ExprKind::Index { x: Box::new(x), index: Box::new(idx) });
        }
        x
    }

    fn expr_list(&mut self) -> Expr {
        let x = self.expr();
        if self.got(Tok::Comma) {
            let pos = x.pos;
            let mut list = vec![x, self.expr()];
            while self.got(Tok::Comma) {
                if self.too_deep {
                    break;
                }
                list.push(self.expr());
            }
            return self.expr_node(pos, ExprKind::List(list));
        }
        x
    }

    fn type_list(&mut self, strict: bool) -> (Expr, bool) {
        self.xnest += 1;
        let x = if strict { self.type_() } else { self.expr() };
        let mut comma = false;
        let mut result = x;
        if self.got(Tok::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                let pos = result.pos;
                let mut list = vec![result, t];
                while self.got(Tok::Comma) {
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
                result = self.expr_node(pos, ExprKind::List(list));
            }
        }
        self.xnest -= 1;
        (result, comma)
    }
}

/// Turns `<-` applied to a channel type into a receive-only channel type, re-associating
/// `<-chan<- T` style types as gc does. Returns the rendering of a non-channel element that
/// makes the type invalid.
fn to_recv_chan(t: &mut Expr, recv_twice: &mut bool) -> Option<String> {
    match &mut t.kind {
        ExprKind::ChanType { dir, elem } => {
            let old = *dir;
            *dir = ChanDir::Recv;
            match old {
                ChanDir::Recv => {
                    *recv_twice = true;
                    None
                }
                ChanDir::Send => to_recv_chan(elem, recv_twice),
                ChanDir::Both => None,
            }
        }
        _ => Some(expr_string(t)),
    }
}

fn unparen_owned(mut x: Expr) -> Expr {
    while let ExprKind::Paren(inner) = x.kind {
        x = *inner;
    }
    x
}

fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit { .. }
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::Assert { .. }
        | ExprKind::TypeSwitchGuard { .. }
        | ExprKind::Call { .. } => true,
        ExprKind::Operation { op, y, .. } => *op != Operator::Mul || y.is_some(),
        ExprKind::Paren(x) => is_value(x),
        ExprKind::Index { x, index } => is_value(x) || is_value(index),
        _ => false,
    }
}

fn emphasize(x: &Expr) -> String {
    let s = expr_string(x);
    if let ExprKind::Operation { y: Some(_), .. } = x.kind {
        return format!("({})", s);
    }
    s
}

/// Renders a simple statement for "cannot use ... as value".
fn stmt_string(s: &Stmt) -> String {
    match s {
        Stmt::Assign { op, lhs, rhs, .. } => {
            let l = expr_string(lhs);
            match (op, rhs) {
                (AssignOp::Define, Some(r)) => format!("{} := {}", l, expr_string(r)),
                (AssignOp::Assign, Some(r)) => format!("{} = {}", l, expr_string(r)),
                (AssignOp::Op(o), Some(r)) => format!("{} {}= {}", l, o.as_str(), expr_string(r)),
                (AssignOp::Op(o), None) => format!("{}{}{}", l, o.as_str(), o.as_str()),
                _ => l,
            }
        }
        Stmt::Send { ch, value, .. } => format!("{} <- {}", expr_string(ch), expr_string(value)),
        Stmt::Expr { x, .. } => expr_string(x),
        _ => String::from("statement"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(src: &str) -> Vec<String> {
        let mut errs = ErrorList::default();
        let _ = parse(src, &mut errs);
        errs.finish().iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn parses_a_small_program() {
        let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 3)\n\tgo func() { ch <- 1 }()\n\tfor i := range 10 {\n\t\tfmt.Println(i, <-ch)\n\t}\n}\n";
        let mut errs = ErrorList::default();
        let f = parse(src, &mut errs).unwrap();
        assert!(errs.is_empty(), "{:?}", errs.finish());
        assert_eq!(f.decls.len(), 2);
    }

    #[test]
    fn syntax_errors_in_gc_words() {
        assert_eq!(
            errors("package main\nfunc main() {\n\tx := \n}\n"),
            vec!["4:1: syntax error: unexpected }, expected expression"]
        );
        assert_eq!(
            errors("package main\nx := 1\n"),
            vec!["2:1: syntax error: non-declaration statement outside function body"]
        );
        assert_eq!(
            errors("package main\nfunc main() {\n\tif x {\n}\n"),
            vec!["5:1: syntax error: unexpected EOF, expected }"]
        );
        assert_eq!(errors("package main\nfunc main() {\n\tfoo(1 2)\n}\n"), vec!["3:8: syntax error: unexpected literal 2 in argument list; possibly missing comma or )"]);
        assert_eq!(errors("main"), vec!["1:1: syntax error: package statement must be first"]);
    }

    #[test]
    fn receive_only_channel_type() {
        let mut errs = ErrorList::default();
        let f =
            parse("package main\nfunc f(c <-chan int, d chan<- string) {}\n", &mut errs).unwrap();
        assert!(errs.is_empty());
        let Decl::Func(fd) = &f.decls[0] else { panic!() };
        assert_eq!(expr_string(fd.ty.params[0].ty.as_ref().unwrap()), "<-chan int");
        assert_eq!(expr_string(fd.ty.params[1].ty.as_ref().unwrap()), "chan<- string");
    }

    #[test]
    fn grouped_params_get_types() {
        let mut errs = ErrorList::default();
        let f =
            parse("package main\nfunc f(a, b int, s string) (x, y int) { return }\n", &mut errs)
                .unwrap();
        assert!(errs.is_empty());
        let Decl::Func(fd) = &f.decls[0] else { panic!() };
        assert_eq!(fd.ty.params.len(), 3);
        assert!(fd.ty.params.iter().all(|p| p.name.is_some() && p.ty.is_some()));
        assert_eq!(fd.ty.results.len(), 2);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let src = format!("package main\nvar x = {}1{}\n", "(".repeat(100000), ")".repeat(100000));
        let e = errors(&src);
        assert!(e.iter().any(|m| m.contains("exceeded max nesting depth")), "{:?}", e);
        let src = format!("package main\nfunc main() {{ {} }}\n", "{".repeat(100000));
        assert!(!errors(&src).is_empty());
    }
}
