//! The syntax tree, shaped after cmd/compile/internal/syntax/nodes.go.
//!
//! As in gc, types are expressions (`chan int` is an `ExprKind::ChanType`), so the parser
//! need not decide whether `make(T, n)`'s first argument is a type; the checker does.
//! Every expression and every declared name carries an `id` (`NodeId`), unique in the file,
//! which the checker uses to record what it learned (`check::Info`).
//!
//! Positions follow gc: an operation's `pos` is its operator, a call's is its `(`, a
//! selector's its `.`; `Expr::start` gives the leftmost position, where types2 reports
//! errors.

use super::token::{LitKind, Operator, Pos, Tok};

pub type NodeId = u32;

#[derive(Clone, Debug)]
pub struct Name {
    pub id: NodeId,
    pub pos: Pos,
    pub value: String,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub pos: Pos,
    pub kind: ExprKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A placeholder for a syntax error.
    Bad,
    Name(String),
    BasicLit {
        value: String,
        kind: LitKind,
        bad: bool,
    },
    CompositeLit {
        ty: Option<Box<Expr>>,
        elems: Vec<Expr>,
        rbrace: Pos,
    },
    KeyValue {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    FuncLit {
        ty: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector {
        x: Box<Expr>,
        sel: Name,
    },
    Index {
        x: Box<Expr>,
        index: Box<Expr>,
    },
    Slice {
        x: Box<Expr>,
        index: [Option<Box<Expr>>; 3],
        full: bool,
    },
    Assert {
        x: Box<Expr>,
        ty: Box<Expr>,
    },
    /// `x.(type)` in a type switch header, with the optional `v :=`.
    TypeSwitchGuard {
        lhs: Option<Name>,
        x: Box<Expr>,
    },
    /// A unary (`y` is None) or binary operation; `*x` is `Operation{Mul, x, None}`.
    Operation {
        op: Operator,
        x: Box<Expr>,
        y: Option<Box<Expr>>,
    },
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        has_dots: bool,
        rparen: Pos,
    },
    /// `a, b, c` where an expression list is allowed.
    List(Vec<Expr>),
    // Types.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType {
        elem: Box<Expr>,
    },
    DotsType {
        elem: Box<Expr>,
    },
    StructType {
        fields: Vec<Field>,
        /// Each field's tag as written (a string literal), "" for none; one per field.
        tags: Vec<String>,
    },
    FuncType(FuncType),
    InterfaceType {
        methods: Vec<Field>,
    },
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
}

impl Expr {
    /// The leftmost position of the expression (syntax.StartPos).
    pub fn start(&self) -> Pos {
        let mut e = self;
        loop {
            match &e.kind {
                ExprKind::CompositeLit { ty: Some(t), .. } => e = t,
                ExprKind::KeyValue { key, .. } => e = key,
                ExprKind::Selector { x, .. }
                | ExprKind::Index { x, .. }
                | ExprKind::Slice { x, .. }
                | ExprKind::Assert { x, .. } => e = x,
                ExprKind::TypeSwitchGuard { lhs: Some(n), .. } => return n.pos,
                ExprKind::TypeSwitchGuard { x, .. } => e = x,
                ExprKind::Operation { x, y: Some(_), .. } => e = x,
                ExprKind::Call { fun, .. } => e = fun,
                ExprKind::List(l) if !l.is_empty() => e = &l[0],
                _ => return e.pos,
            }
        }
    }

    /// Strips parentheses.
    pub fn unparen(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        e
    }

    /// The elements of a list expression, or the expression itself.
    pub fn list(&self) -> Vec<&Expr> {
        match &self.kind {
            ExprKind::List(l) => l.iter().collect(),
            _ => vec![self],
        }
    }

    pub fn is_name(&self) -> Option<&str> {
        match &self.kind {
            ExprKind::Name(n) => Some(n),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Field {
    pub pos: Pos,
    pub name: Option<Name>,
    pub ty: Option<Expr>,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub pos: Pos,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub pos: Pos,
    pub stmts: Vec<Stmt>,
    pub rbrace: Pos,
}

/// What an assignment statement does: `=`, `:=`, or `op=` (also `++`/`--`, which have no rhs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    Define,
    Op(Operator),
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    pub pos: Pos,
    /// None for `default`.
    pub cases: Option<Expr>,
    pub body: Vec<Stmt>,
    pub colon: Pos,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    pub pos: Pos,
    /// None for `default`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub colon: Pos,
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Empty(Pos),
    Labeled {
        pos: Pos,
        label: Name,
        stmt: Box<Stmt>,
    },
    Block(Block),
    Expr {
        pos: Pos,
        x: Expr,
    },
    Send {
        pos: Pos,
        ch: Expr,
        value: Expr,
    },
    Decl {
        pos: Pos,
        decls: Vec<Decl>,
    },
    /// `lhs op= rhs`; `x++` is `Op(Add)` with no rhs.
    Assign {
        pos: Pos,
        op: AssignOp,
        lhs: Expr,
        rhs: Option<Expr>,
    },
    Branch {
        pos: Pos,
        tok: Tok,
        label: Option<Name>,
    },
    /// `go f()` or `defer f()`.
    Call {
        pos: Pos,
        tok: Tok,
        call: Expr,
    },
    Return {
        pos: Pos,
        results: Option<Expr>,
    },
    If {
        pos: Pos,
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    /// A for loop; a range loop has `init` = `Stmt::Range`.
    For {
        pos: Pos,
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    Range {
        pos: Pos,
        lhs: Option<Expr>,
        def: bool,
        x: Expr,
    },
    Switch {
        pos: Pos,
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        body: Vec<CaseClause>,
        rbrace: Pos,
    },
    Select {
        pos: Pos,
        body: Vec<CommClause>,
        rbrace: Pos,
    },
}

impl Stmt {
    pub fn pos(&self) -> Pos {
        match self {
            Stmt::Empty(p) => *p,
            Stmt::Block(b) => b.pos,
            Stmt::Labeled { pos, .. }
            | Stmt::Expr { pos, .. }
            | Stmt::Send { pos, .. }
            | Stmt::Decl { pos, .. }
            | Stmt::Assign { pos, .. }
            | Stmt::Branch { pos, .. }
            | Stmt::Call { pos, .. }
            | Stmt::Return { pos, .. }
            | Stmt::If { pos, .. }
            | Stmt::For { pos, .. }
            | Stmt::Range { pos, .. }
            | Stmt::Switch { pos, .. }
            | Stmt::Select { pos, .. } => *pos,
        }
    }
}

#[derive(Clone, Debug)]
pub struct ImportDecl {
    pub pos: Pos,
    pub local: Option<Name>,
    /// The path literal as written (with quotes), and its position.
    pub path: Option<(String, Pos, LitKind)>,
}

#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub pos: Pos,
    pub names: Vec<Name>,
    pub ty: Option<Expr>,
    pub values: Option<Expr>,
    /// For constants: the group this spec belongs to (its index in the file) and its index
    /// within the group (the value of iota).
    pub group: Option<u32>,
    pub iota: i64,
}

#[derive(Clone, Debug)]
pub struct TypeDecl {
    pub pos: Pos,
    /// Index of its first token in `File::tokens` (for `parser::reparse`).
    pub tok: u32,
    pub name: Name,
    /// Type parameters (`type List[T any] ...`): names with their constraints, a union
    /// being an `|` operation and `~T` a unary `~` one. Generics are not supported yet.
    pub tparams: Vec<Field>,
    pub alias: bool,
    pub ty: Expr,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub pos: Pos,
    /// Index of its first token after `func` in `File::tokens` (for `parser::reparse`).
    pub tok: u32,
    pub recv: Option<Field>,
    pub name: Name,
    /// Type parameters (`func Map[T, U any](...)`), as for `TypeDecl`.
    pub tparams: Vec<Field>,
    pub ty: FuncType,
    pub body: Option<Block>,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Import(ImportDecl),
    Const(ValueSpec),
    Var(ValueSpec),
    Type(TypeDecl),
    Func(FuncDecl),
}

#[derive(Clone, Debug)]
pub struct File {
    pub pkg_name: Name,
    pub decls: Vec<Decl>,
    /// One more than the largest NodeId used.
    pub nodes: u32,
    /// The scanned tokens, for re-parsing generic declarations.
    pub tokens: std::rc::Rc<[super::token::Token]>,
    /// The instances of generic functions and methods (declarations parsed again with
    /// fresh node ids, see `parser::reparse`), added by the checker as it instantiates
    /// them and compiled like the file's own declarations.
    pub instances: Instances,
    /// The line where the prelude (lang/prelude.rs) starts, when it was appended (0 otherwise).
    pub prelude_line: u32,
}

/// Append-only (through a shared reference, so the checker can hand out references that
/// live as long as the file's) list of instantiated declarations.
#[derive(Default)]
pub struct Instances(elsa::FrozenVec<Box<Decl>>);

impl Instances {
    /// Adds a declaration and returns a reference to it that lives as long as `self`.
    pub fn push(&self, d: Decl) -> &Decl {
        self.0.push_get(Box::new(d))
    }
    pub fn iter(&self) -> impl Iterator<Item = &Decl> {
        self.0.iter()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.len() == 0
    }
}

impl Clone for Instances {
    fn clone(&self) -> Instances {
        let v = Instances::default();
        for d in self.iter() {
            v.push(d.clone());
        }
        v
    }
}

impl std::fmt::Debug for Instances {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Renders an expression as gc's syntax.String does, for error messages.
pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_list(s: &mut String, l: &[Expr]) {
    for (i, e) in l.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e);
    }
}

fn write_fields(s: &mut String, fields: &[Field]) {
    // Consecutive fields sharing one type expression are printed as written, "a, b int" (the
    // parser gives each name a copy of the type at the same position).
    let type_pos = |f: &Field| f.ty.as_ref().map(|t| t.pos);
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let shared = f.name.is_some()
            && fields.get(i + 1).is_some_and(|g| g.name.is_some() && type_pos(g) == type_pos(f));
        if let Some(n) = &f.name {
            s.push_str(&n.value);
            if f.ty.is_some() && !shared {
                s.push(' ');
            }
        }
        match &f.ty {
            Some(t) if !shared => write_expr(s, t),
            _ => {}
        }
    }
}

fn write_sig(s: &mut String, ft: &FuncType) {
    s.push('(');
    write_fields(s, &ft.params);
    s.push(')');
    if ft.results.is_empty() {
        return;
    }
    s.push(' ');
    if ft.results.len() == 1 && ft.results[0].name.is_none() {
        if let Some(t) = &ft.results[0].ty {
            write_expr(s, t);
        }
        return;
    }
    s.push('(');
    write_fields(s, &ft.results);
    s.push(')');
}

fn write_expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Bad => s.push_str("BadExpr"),
        ExprKind::Name(n) => s.push_str(n),
        ExprKind::BasicLit { value, .. } => s.push_str(value),
        ExprKind::CompositeLit { ty, elems, .. } => {
            if let Some(t) = ty {
                write_expr(s, t);
            }
            // gc's ShortForm: the elements of a non-empty literal are "…".
            s.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::KeyValue { key, value } => {
            write_expr(s, key);
            s.push_str(": ");
            write_expr(s, value);
        }
        ExprKind::FuncLit { ty, body } => {
            s.push_str("func");
            write_sig(s, ty);
            s.push_str(if body.stmts.is_empty() { " {}" } else { " {…}" });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x);
            s.push('.');
            s.push_str(&sel.value);
        }
        ExprKind::Index { x, index } => {
            write_expr(s, x);
            s.push('[');
            write_expr(s, index);
            s.push(']');
        }
        ExprKind::Slice { x, index, full } => {
            write_expr(s, x);
            s.push('[');
            if let Some(i) = &index[0] {
                write_expr(s, i);
            }
            s.push(':');
            if let Some(i) = &index[1] {
                write_expr(s, i);
            }
            if *full {
                s.push(':');
                if let Some(i) = &index[2] {
                    write_expr(s, i);
                }
            }
            s.push(']');
        }
        ExprKind::Assert { x, ty } => {
            write_expr(s, x);
            s.push_str(".(");
            write_expr(s, ty);
            s.push(')');
        }
        ExprKind::TypeSwitchGuard { lhs, x } => {
            if let Some(n) = lhs {
                s.push_str(&n.value);
                s.push_str(" := ");
            }
            write_expr(s, x);
            s.push_str(".(type)");
        }
        ExprKind::Operation { op, x, y } => match y {
            None => {
                s.push_str(op.as_str());
                // gc puts no space between a unary operator and its operand, except to
                // keep "- -x" from reading as "--x".
                if let ExprKind::Operation { op: inner, y: None, .. } = &x.kind {
                    if inner.as_str().starts_with(op.as_str()) {
                        s.push(' ');
                    }
                }
                write_expr(s, x);
            }
            Some(y) => {
                write_expr(s, x);
                s.push(' ');
                s.push_str(op.as_str());
                s.push(' ');
                write_expr(s, y);
            }
        },
        ExprKind::Call { fun, args, has_dots, .. } => {
            write_expr(s, fun);
            s.push('(');
            write_list(s, args);
            if *has_dots {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::List(l) => write_list(s, l),
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len {
                Some(l) => write_expr(s, l),
                None => s.push_str("..."),
            }
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::SliceType { elem } => {
            s.push_str("[]");
            write_expr(s, elem);
        }
        ExprKind::DotsType { elem } => {
            s.push_str("...");
            write_expr(s, elem);
        }
        ExprKind::StructType { fields, .. } => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if let Some(n) = &f.name {
                    s.push_str(&n.value);
                    s.push(' ');
                }
                if let Some(t) = &f.ty {
                    write_expr(s, t);
                }
            }
            s.push('}');
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            write_sig(s, ft);
        }
        ExprKind::InterfaceType { methods } => {
            s.push_str("interface{");
            for (i, f) in methods.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if let Some(n) = &f.name {
                    s.push_str(&n.value);
                    if let Some(Expr { kind: ExprKind::FuncType(ft), .. }) = &f.ty {
                        write_sig(s, ft);
                        continue;
                    }
                }
                if let Some(t) = &f.ty {
                    write_expr(s, t);
                }
            }
            s.push('}');
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key);
            s.push(']');
            write_expr(s, value);
        }
        ExprKind::ChanType { dir, elem } => {
            match dir {
                ChanDir::Recv => s.push_str("<-chan "),
                ChanDir::Send => s.push_str("chan<- "),
                ChanDir::Both => s.push_str("chan "),
            }
            // chan (<-chan T) needs parentheses.
            let paren = *dir == ChanDir::Both
                && matches!(elem.kind, ExprKind::ChanType { dir: ChanDir::Recv, .. });
            if paren {
                s.push('(');
            }
            write_expr(s, elem);
            if paren {
                s.push(')');
            }
        }
    }
}
