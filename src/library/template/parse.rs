//! text/template's parser: the items of lex.rs to a tree per template (the top level and
//! each `{{define}}` or `{{block}}`), with Go's error texts (parse.go's grammar, messages
//! and line numbers) and the String forms of nodes that execution errors quote.

use super::lex::{Item, Lexer, T};
use crate::rt::fmt::quote;
use std::sync::Arc;

/// One parsed template.
#[derive(Debug)]
pub struct Tree {
    pub name: String,
    /// The template whose Parse made it, for messages.
    pub parse_name: String,
    pub root: Vec<Node>,
    /// The whole text parsed (positions are byte offsets in it).
    pub text: Arc<str>,
}

#[derive(Debug)]
pub enum Node {
    Text(String),
    Action { pos: usize, pipe: Pipe },
    If(Branch),
    Range(Branch),
    With(Branch),
    Template { pos: usize, name: String, pipe: Option<Pipe> },
    Break,
    Continue,
}

#[derive(Debug)]
pub struct Branch {
    pub pos: usize,
    pub pipe: Pipe,
    pub list: Vec<Node>,
    pub else_list: Option<Vec<Node>>,
}

#[derive(Debug)]
pub struct Pipe {
    pub pos: usize,
    pub is_assign: bool,
    pub decl: Vec<String>,
    pub cmds: Vec<Cmd>,
}

#[derive(Debug)]
pub struct Cmd {
    pub pos: usize,
    pub args: Vec<Arg>,
}

/// An operand (Go's field, variable, chain, constant, identifier and parenthesized
/// pipeline nodes).
#[derive(Debug)]
pub enum Arg {
    Field { pos: usize, idents: Vec<String> },
    Variable { pos: usize, idents: Vec<String> },
    Chain { pos: usize, node: Box<Arg>, fields: Vec<String> },
    Ident { pos: usize, name: String },
    Dot(usize),
    Nil(usize),
    Bool(usize, bool),
    Number(usize, Num),
    Str { pos: usize, quoted: String, text: String },
    Pipe(Box<Pipe>),
}

/// A number constant and the types it can be (parse.NumberNode).
#[derive(Debug, Clone)]
pub struct Num {
    pub text: String,
    pub int: Option<i64>,
    pub uint: Option<u64>,
    pub float: Option<f64>,
    pub complex: bool,
}

impl Arg {
    pub fn pos(&self) -> usize {
        match self {
            Arg::Field { pos, .. }
            | Arg::Variable { pos, .. }
            | Arg::Chain { pos, .. }
            | Arg::Ident { pos, .. }
            | Arg::Str { pos, .. }
            | Arg::Dot(pos)
            | Arg::Nil(pos)
            | Arg::Bool(pos, _)
            | Arg::Number(pos, _) => *pos,
            Arg::Pipe(p) => p.pos,
        }
    }

    fn write(&self, out: &mut String) {
        match self {
            Arg::Field { idents, .. } => idents.iter().for_each(|i| {
                out.push('.');
                out.push_str(i)
            }),
            Arg::Variable { idents, .. } => out.push_str(&idents.join(".")),
            Arg::Chain { node, fields, .. } => {
                if let Arg::Pipe(p) = &**node {
                    out.push('(');
                    p.write(out);
                    out.push(')');
                } else {
                    node.write(out);
                }
                fields.iter().for_each(|f| {
                    out.push('.');
                    out.push_str(f)
                });
            }
            Arg::Ident { name, .. } => out.push_str(name),
            Arg::Dot(_) => out.push('.'),
            Arg::Nil(_) => out.push_str("nil"),
            Arg::Bool(_, b) => out.push_str(if *b { "true" } else { "false" }),
            Arg::Number(_, n) => out.push_str(&n.text),
            Arg::Str { quoted, .. } => out.push_str(quoted),
            Arg::Pipe(p) => p.write(out),
        }
    }
}

impl std::fmt::Display for Arg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        self.write(&mut s);
        f.write_str(&s)
    }
}

impl Pipe {
    fn write(&self, out: &mut String) {
        if !self.decl.is_empty() {
            out.push_str(&self.decl.join(", "));
            out.push_str(if self.is_assign { " = " } else { " := " });
        }
        for (i, c) in self.cmds.iter().enumerate() {
            if i > 0 {
                out.push_str(" | ");
            }
            c.write(out);
        }
    }
}

impl std::fmt::Display for Pipe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        self.write(&mut s);
        f.write_str(&s)
    }
}

impl Cmd {
    fn write(&self, out: &mut String) {
        out.push_str(&args_text(&self.args));
    }
}

/// A command's text: its arguments, parenthesized pipelines in parentheses.
pub fn args_text(args: &[Arg]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if let Arg::Pipe(p) = a {
            out.push('(');
            p.write(&mut out);
            out.push(')');
        } else {
            a.write(&mut out);
        }
    }
    out
}

impl std::fmt::Display for Cmd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        self.write(&mut s);
        f.write_str(&s)
    }
}

/// Node strings for execution errors about a whole node (`{{template "x" .}}`, ranges).
pub fn node_string(n: &Node) -> String {
    let mut s = String::new();
    write_node(n, &mut s);
    s
}

fn write_list(l: &[Node], out: &mut String) {
    l.iter().for_each(|n| write_node(n, out));
}

fn write_node(n: &Node, out: &mut String) {
    let branch = |name: &str, b: &Branch, out: &mut String| {
        out.push_str("{{");
        out.push_str(name);
        out.push(' ');
        b.pipe.write(out);
        out.push_str("}}");
        write_list(&b.list, out);
        if let Some(e) = &b.else_list {
            out.push_str("{{else}}");
            write_list(e, out);
        }
        out.push_str("{{end}}");
    };
    match n {
        Node::Text(t) => out.push_str(t),
        Node::Action { pipe, .. } => {
            out.push_str("{{");
            pipe.write(out);
            out.push_str("}}");
        }
        Node::If(b) => branch("if", b, out),
        Node::Range(b) => branch("range", b, out),
        Node::With(b) => branch("with", b, out),
        Node::Template { name, pipe, .. } => {
            out.push_str("{{template ");
            out.push_str(&quote(name));
            if let Some(p) = pipe {
                out.push(' ');
                p.write(out);
            }
            out.push_str("}}");
        }
        Node::Break => out.push_str("{{break}}"),
        Node::Continue => out.push_str("{{continue}}"),
    }
}

/// Whether a tree holds nothing but space (parse.IsEmptyTree): such a tree does not
/// replace an existing definition.
pub fn is_empty(list: &[Node]) -> bool {
    list.iter().all(|n| matches!(n, Node::Text(t) if t.trim_matches(|c: char| c.is_ascii_whitespace()).is_empty()))
}

/// What the end of a list was.
enum Stop {
    End,
    Else,
}

type Res<T> = Result<T, String>;

/// Parses `text` as template `name`: every tree it defines, in order of completion, or
/// Go's error text. `has_func` says whether a function name is defined (None: no check).
pub fn parse(
    name: &str,
    text: &str,
    delims: (&str, &str),
    has_func: Option<&dyn Fn(&str) -> bool>,
) -> Res<Vec<Tree>> {
    let defined = |f: &str| has_func.is_none_or(|h| h(f));
    let items =
        Lexer::new(text, delims.0, delims.1, !defined("break"), !defined("continue")).items();
    let mut p = Parser {
        items,
        next_item: 0,
        token: Vec::new(),
        peek_count: 0,
        vars: vec!["$".into()],
        name: name.into(),
        parse_name: name.into(),
        action_line: 0,
        range_depth: 0,
        has_func,
        text: Arc::from(text),
        trees: Vec::new(),
        nest: 0,
    };
    let root = p.parse_top()?;
    p.add(root)?;
    Ok(p.trees)
}

struct Parser<'f> {
    items: Vec<Item>,
    next_item: usize,
    /// Go's three-token lookahead: token[0] is the newest item taken from the lexer.
    token: Vec<Item>,
    peek_count: usize,
    vars: Vec<String>,
    name: String,
    parse_name: String,
    action_line: usize,
    range_depth: usize,
    has_func: Option<&'f dyn Fn(&str) -> bool>,
    text: Arc<str>,
    trees: Vec<Tree>,
    /// How many pipelines and blocks enclose the current one (see `MAX_NEST`).
    nest: usize,
}

/// How deeply pipelines (parenthesized or in blocks) may nest. Go has no limit; the parser
/// and the execution recurse on the M's stack, so gopark refuses deeper templates.
const MAX_NEST: usize = 100;

impl Parser<'_> {
    fn lex(&mut self) -> Item {
        if let Some(it) = self.items.get(self.next_item) {
            self.next_item += 1;
            return it.clone();
        }
        // After its last item (EOF or an error) the lexer returns EOF.
        let (pos, line) = self.items.last().map_or((0, 1), |l| (l.pos, l.line));
        Item { typ: T::Eof, pos, val: "EOF".into(), line }
    }

    fn set_token(&mut self, i: usize, it: Item) {
        while self.token.len() <= i {
            self.token.push(it.clone());
        }
        self.token[i] = it;
    }

    fn next(&mut self) -> Item {
        if self.peek_count > 0 {
            self.peek_count -= 1;
        } else {
            let it = self.lex();
            self.set_token(0, it);
        }
        self.token[self.peek_count].clone()
    }

    fn backup(&mut self) {
        self.peek_count += 1;
    }

    fn backup2(&mut self, t1: Item) {
        self.set_token(1, t1);
        self.peek_count = 2;
    }

    fn backup3(&mut self, t2: Item, t1: Item) {
        self.set_token(1, t1);
        self.set_token(2, t2);
        self.peek_count = 3;
    }

    fn peek(&mut self) -> Item {
        if self.peek_count > 0 {
            return self.token[self.peek_count - 1].clone();
        }
        self.peek_count = 1;
        let it = self.lex();
        self.set_token(0, it);
        self.token[0].clone()
    }

    fn next_non_space(&mut self) -> Item {
        loop {
            let t = self.next();
            if t.typ != T::Space {
                return t;
            }
        }
    }

    fn peek_non_space(&mut self) -> Item {
        let t = self.next_non_space();
        self.backup();
        t
    }

    fn errorf<X>(&self, msg: String) -> Res<X> {
        let line = self.token.first().map_or(1, |t| t.line);
        Err(format!("template: {}:{}: {}", self.parse_name, line, msg))
    }

    fn expect(&mut self, want: T, context: &str) -> Res<Item> {
        let t = self.next_non_space();
        if t.typ != want {
            return self.unexpected(&t, context);
        }
        Ok(t)
    }

    fn unexpected<X>(&self, t: &Item, context: &str) -> Res<X> {
        if t.typ == T::Error {
            let mut extra = String::new();
            if self.action_line != 0 && self.action_line != t.line {
                extra = format!(" in action started at {}:{}", self.parse_name, self.action_line);
                if t.val.ends_with(" action") {
                    extra = extra[" in action".len()..].to_string();
                }
            }
            return self.errorf(format!("{t}{extra}"));
        }
        self.errorf(format!("unexpected {t} in {context}"))
    }

    /// Records a finished tree (parse.go's add): an empty tree does not replace one.
    fn add(&mut self, root: Vec<Node>) -> Res<()> {
        let tree = Tree {
            name: self.name.clone(),
            parse_name: self.parse_name.clone(),
            root,
            text: self.text.clone(),
        };
        match self.trees.iter().position(|t| t.name == tree.name) {
            None => self.trees.push(tree),
            Some(i) if is_empty(&self.trees[i].root) => self.trees[i] = tree,
            Some(_) if !is_empty(&tree.root) => {
                return self.errorf(format!(
                    "template: multiple definition of template {}",
                    quote(&tree.name)
                ))
            }
            Some(_) => {}
        }
        Ok(())
    }

    fn parse_top(&mut self) -> Res<Vec<Node>> {
        let mut root = Vec::new();
        while self.peek().typ != T::Eof {
            if self.peek().typ == T::LeftDelim {
                let delim = self.next();
                if self.next_non_space().typ == T::Define {
                    self.sub_tree("definition", |p| p.parse_definition())?;
                    continue;
                }
                self.backup2(delim);
            }
            match self.text_or_action()? {
                Ok(n) => root.push(n),
                Err(Stop::End) => return self.errorf("unexpected {{end}}".into()),
                Err(Stop::Else) => return self.errorf("unexpected {{else}}".into()),
            }
        }
        Ok(root)
    }

    /// Parses a `{{define}}` or `{{block}}` body as a tree of its own (its own variables,
    /// range depth and action line), then returns to the enclosing one.
    fn sub_tree(&mut self, name: &str, f: impl FnOnce(&mut Self) -> Res<()>) -> Res<()> {
        let saved = (
            std::mem::replace(&mut self.vars, vec!["$".into()]),
            std::mem::replace(&mut self.name, name.into()),
            std::mem::take(&mut self.action_line),
            std::mem::take(&mut self.range_depth),
        );
        f(self)?;
        (self.vars, self.name, self.action_line, self.range_depth) = saved;
        Ok(())
    }

    fn parse_definition(&mut self) -> Res<()> {
        let context = "define clause";
        let t = self.next_non_space();
        if t.typ != T::String && t.typ != T::RawString {
            return self.unexpected(&t, context);
        }
        self.name = self.unquote(&t.val)?;
        self.expect(T::RightDelim, context)?;
        let (root, end) = self.item_list()?;
        if let Stop::Else = end {
            return self.errorf(format!("unexpected {{{{else}}}} in {context}"));
        }
        self.add(root)
    }

    fn unquote(&self, s: &str) -> Res<String> {
        match unquote(s) {
            Some(u) => Ok(u),
            None => self.errorf("invalid syntax".into()),
        }
    }

    fn item_list(&mut self) -> Res<(Vec<Node>, Stop)> {
        let mut list = Vec::new();
        while self.peek_non_space().typ != T::Eof {
            match self.text_or_action()? {
                Ok(n) => list.push(n),
                Err(stop) => return Ok((list, stop)),
            }
        }
        self.errorf("unexpected EOF".into())
    }

    /// A node, or the `{{end}}`/`{{else}}` that ends a list.
    fn text_or_action(&mut self) -> Res<Result<Node, Stop>> {
        let t = self.next_non_space();
        match t.typ {
            T::Text => Ok(Ok(Node::Text(t.val))),
            T::LeftDelim => {
                self.action_line = t.line;
                let r = self.action();
                self.action_line = 0;
                r
            }
            _ => self.unexpected(&t, "input"),
        }
    }

    fn action(&mut self) -> Res<Result<Node, Stop>> {
        let t = self.next_non_space();
        let node = match t.typ {
            T::Block => self.block_control()?,
            T::Break | T::Continue => {
                let word = if t.typ == T::Break { "break" } else { "continue" };
                let next = self.next_non_space();
                if next.typ != T::RightDelim {
                    return self.unexpected(&next, &["{{", word, "}}"].concat());
                }
                if self.range_depth == 0 {
                    return self.errorf(["{{", word, "}} outside {{range}}"].concat());
                }
                if t.typ == T::Break {
                    Node::Break
                } else {
                    Node::Continue
                }
            }
            T::Else => {
                let peek = self.peek_non_space();
                if peek.typ == T::If || peek.typ == T::With {
                    return Ok(Err(Stop::Else));
                }
                self.expect(T::RightDelim, "else")?;
                return Ok(Err(Stop::Else));
            }
            T::End => {
                self.expect(T::RightDelim, "end")?;
                return Ok(Err(Stop::End));
            }
            T::If => Node::If(self.control("if")?),
            T::Range => Node::Range(self.control("range")?),
            T::With => Node::With(self.control("with")?),
            T::Template => self.template_control()?,
            _ => {
                self.backup();
                let pos = self.peek().pos;
                Node::Action { pos, pipe: self.pipeline("command", T::RightDelim)? }
            }
        };
        Ok(Ok(node))
    }

    fn control(&mut self, context: &str) -> Res<Branch> {
        let mark = self.vars.len();
        self.nest += 1;
        let r = self.control_inner(context);
        self.nest -= 1;
        self.vars.truncate(mark);
        r
    }

    fn control_inner(&mut self, context: &str) -> Res<Branch> {
        let pipe = self.pipeline(context, T::RightDelim)?;
        if context == "range" {
            self.range_depth += 1;
        }
        let (list, next) = self.item_list()?;
        if context == "range" {
            self.range_depth -= 1;
        }
        let mut else_list = None;
        if let Stop::Else = next {
            let chained = match context {
                "if" if self.peek().typ == T::If => Some("if"),
                "with" if self.peek().typ == T::With => Some("with"),
                _ => None,
            };
            if let Some(kw) = chained {
                self.next();
                let b = self.control(kw)?;
                else_list = Some(vec![if kw == "if" { Node::If(b) } else { Node::With(b) }]);
            } else {
                let (l, next) = self.item_list()?;
                if let Stop::Else = next {
                    return self.errorf("expected end; found {{else}}".into());
                }
                else_list = Some(l);
            }
        }
        Ok(Branch { pos: pipe.pos, pipe, list, else_list })
    }

    fn block_control(&mut self) -> Res<Node> {
        let context = "block clause";
        let t = self.next_non_space();
        let name = self.template_name(&t, context)?;
        let pipe = self.pipeline(context, T::RightDelim)?;
        self.sub_tree(&name, |p| {
            let (root, end) = p.item_list()?;
            if let Stop::Else = end {
                return p.errorf(format!("unexpected {{{{else}}}} in {context}"));
            }
            p.add(root)
        })?;
        Ok(Node::Template { pos: t.pos, name, pipe: Some(pipe) })
    }

    fn template_control(&mut self) -> Res<Node> {
        let context = "template clause";
        let t = self.next_non_space();
        let name = self.template_name(&t, context)?;
        let mut pipe = None;
        if self.next_non_space().typ != T::RightDelim {
            self.backup();
            pipe = Some(self.pipeline(context, T::RightDelim)?);
        }
        Ok(Node::Template { pos: t.pos, name, pipe })
    }

    fn template_name(&mut self, t: &Item, context: &str) -> Res<String> {
        match t.typ {
            T::String | T::RawString => self.unquote(&t.val),
            _ => self.unexpected(t, context),
        }
    }

    fn pipeline(&mut self, context: &str, end: T) -> Res<Pipe> {
        if self.nest >= MAX_NEST {
            return self.errorf(format!(
                "gopark: actions nested more than {MAX_NEST} deep are not supported yet"
            ));
        }
        self.nest += 1;
        let r = self.pipeline_inner(context, end);
        self.nest -= 1;
        r
    }

    fn pipeline_inner(&mut self, context: &str, end: T) -> Res<Pipe> {
        let pos = self.peek_non_space().pos;
        let mut pipe = Pipe { pos, is_assign: false, decl: Vec::new(), cmds: Vec::new() };
        self.declarations(&mut pipe, context)?;
        loop {
            let t = self.next_non_space();
            match t.typ {
                x if x == end => {
                    self.check_pipeline(&pipe, context)?;
                    return Ok(pipe);
                }
                T::Bool
                | T::CharConstant
                | T::Complex
                | T::Dot
                | T::Field
                | T::Identifier
                | T::Number
                | T::Nil
                | T::RawString
                | T::String
                | T::Variable
                | T::LeftParen => {
                    self.backup();
                    let c = self.command()?;
                    pipe.cmds.push(c);
                }
                _ => return self.unexpected(&t, context),
            }
        }
    }

    /// The `$x :=`, `$x =` and `$i, $v :=` that may start a pipeline.
    fn declarations(&mut self, pipe: &mut Pipe, context: &str) -> Res<()> {
        loop {
            let v = self.peek_non_space();
            if v.typ != T::Variable {
                return Ok(());
            }
            self.next();
            let after = self.peek();
            let next = self.peek_non_space();
            match next.typ {
                T::Assign | T::Declare => {
                    pipe.is_assign = next.typ == T::Assign;
                    self.next_non_space();
                    pipe.decl.push(v.val.clone());
                    self.vars.push(v.val);
                    return Ok(());
                }
                T::Char if next.val == "," => {
                    self.next_non_space();
                    pipe.decl.push(v.val.clone());
                    self.vars.push(v.val);
                    if context == "range" && pipe.decl.len() < 2 {
                        match self.peek_non_space().typ {
                            T::Variable | T::RightDelim | T::RightParen => continue,
                            _ => return self.errorf("range can only initialize variables".into()),
                        }
                    }
                    return self.errorf(format!("too many declarations in {context}"));
                }
                _ if after.typ == T::Space => {
                    self.backup3(v, after);
                    return Ok(());
                }
                _ => {
                    self.backup2(v);
                    return Ok(());
                }
            }
        }
    }

    fn check_pipeline(&self, pipe: &Pipe, context: &str) -> Res<()> {
        if pipe.cmds.is_empty() {
            return self.errorf(format!("missing value for {context}"));
        }
        for (i, c) in pipe.cmds.iter().enumerate().skip(1) {
            if let Some(
                Arg::Bool(..) | Arg::Dot(_) | Arg::Nil(_) | Arg::Number(..) | Arg::Str { .. },
            ) = c.args.first()
            {
                return self.errorf(format!("non executable command in pipeline stage {}", i + 1));
            }
        }
        Ok(())
    }

    fn command(&mut self) -> Res<Cmd> {
        let pos = self.peek_non_space().pos;
        let mut cmd = Cmd { pos, args: Vec::new() };
        loop {
            self.peek_non_space();
            if let Some(op) = self.operand()? {
                cmd.args.push(op);
            }
            let t = self.next();
            match t.typ {
                T::Space => continue,
                T::RightDelim | T::RightParen => self.backup(),
                T::Pipe => {}
                _ => return self.unexpected(&t, "operand"),
            }
            break;
        }
        if cmd.args.is_empty() {
            return self.errorf("empty command".into());
        }
        Ok(cmd)
    }

    fn operand(&mut self) -> Res<Option<Arg>> {
        let Some(node) = self.term()? else { return Ok(None) };
        if self.peek().typ != T::Field {
            return Ok(Some(node));
        }
        let pos = self.peek().pos;
        let mut fields = Vec::new();
        while self.peek().typ == T::Field {
            fields.push(self.next().val[1..].to_string());
        }
        Ok(Some(match node {
            Arg::Field { mut idents, .. } => {
                idents.extend(fields);
                Arg::Field { pos, idents }
            }
            Arg::Variable { mut idents, .. } => {
                idents.extend(fields);
                Arg::Variable { pos, idents }
            }
            Arg::Bool(..) | Arg::Str { .. } | Arg::Number(..) | Arg::Nil(_) | Arg::Dot(_) => {
                return self
                    .errorf(format!("unexpected . after term {}", quote(&node.to_string())));
            }
            node => Arg::Chain { pos, node: Box::new(node), fields },
        }))
    }

    fn term(&mut self) -> Res<Option<Arg>> {
        let t = self.next_non_space();
        let pos = t.pos;
        Ok(Some(match t.typ {
            T::Identifier => {
                if let Some(h) = self.has_func {
                    if !h(&t.val) {
                        return self.errorf(format!("function {} not defined", quote(&t.val)));
                    }
                }
                Arg::Ident { pos, name: t.val }
            }
            T::Dot => Arg::Dot(pos),
            T::Nil => Arg::Nil(pos),
            T::Variable => {
                let idents: Vec<String> = t.val.split('.').map(String::from).collect();
                if !self.vars.contains(&idents[0]) {
                    return self.errorf(format!("undefined variable {}", quote(&idents[0])));
                }
                Arg::Variable { pos, idents }
            }
            T::Field => {
                Arg::Field { pos, idents: t.val[1..].split('.').map(String::from).collect() }
            }
            T::Bool => Arg::Bool(pos, t.val == "true"),
            T::CharConstant | T::Complex | T::Number => match number(&t.val, t.typ) {
                Ok(n) => Arg::Number(pos, n),
                Err(e) => return self.errorf(e),
            },
            T::LeftParen => {
                Arg::Pipe(Box::new(self.pipeline("parenthesized pipeline", T::RightParen)?))
            }
            T::String | T::RawString => {
                let text = self.unquote(&t.val)?;
                Arg::Str { pos, quoted: t.val, text }
            }
            _ => {
                self.backup();
                return Ok(None);
            }
        }))
    }
}

/// A Go string or character literal's value (strconv.Unquote); None when malformed or when
/// its bytes are not UTF-8.
pub fn unquote(s: &str) -> Option<String> {
    String::from_utf8(crate::library::strconv::unquote_bytes(s)?).ok()
}

/// A number constant's possible types (parse.go's newNumber).
fn number(text: &str, typ: T) -> Result<Num, String> {
    let mut n = Num { text: text.into(), int: None, uint: None, float: None, complex: false };
    if typ == T::CharConstant {
        let c = unquote(text).and_then(|s| s.chars().next());
        let Some(c) = c else { return Err(format!("malformed character constant: {text}")) };
        n.int = Some(c as i64);
        n.uint = Some(c as u64);
        n.float = Some(c as u32 as f64);
        return Ok(n);
    }
    if typ == T::Complex || text.ends_with('i') {
        return Err(format!(
            "gopark: complex constants in templates are not supported yet: {text}"
        ));
    }
    n.uint = parse_uint(text);
    n.int = parse_int(text);
    if n.int == Some(0) {
        n.uint = Some(0);
    }
    if let Some(i) = n.int {
        n.float = Some(i as f64);
    } else if let Some(u) = n.uint {
        n.float = Some(u as f64);
    } else if let Some(f) = parse_float(text) {
        if !text.contains(['.', 'e', 'E', 'p', 'P']) {
            return Err(format!("integer overflow: {}", quote(text)));
        }
        n.float = Some(f);
        if f.fract() == 0.0 && f >= i64::MIN as f64 && f < i64::MAX as f64 {
            n.int = Some(f as i64);
        }
        if f.fract() == 0.0 && f >= 0.0 && f < u64::MAX as f64 {
            n.uint = Some(f as u64);
        }
    }
    if n.int.is_none() && n.uint.is_none() && n.float.is_none() {
        return Err(format!("illegal number syntax: {}", quote(text)));
    }
    Ok(n)
}

/// strconv.ParseUint(s, 0, 64): a base prefix, underscores only between digits.
fn parse_uint(s: &str) -> Option<u64> {
    let (radix, digits) = match s.get(..2).map(|p| p.to_ascii_lowercase()) {
        Some(p) if p == "0x" => (16, &s[2..]),
        Some(p) if p == "0o" => (8, &s[2..]),
        Some(p) if p == "0b" => (2, &s[2..]),
        _ if s.len() > 1 && s.starts_with('0') => (8, &s[1..]),
        _ => (10, s),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    if digits.starts_with('+') || digits.starts_with('-') {
        return None;
    }
    u64::from_str_radix(&digits.replace('_', ""), radix).ok()
}

fn parse_int(s: &str) -> Option<i64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let u = parse_uint(body)?;
    if neg {
        if u <= i64::MAX as u64 + 1 {
            return Some((u as i64).wrapping_neg());
        }
        return None;
    }
    i64::try_from(u).ok()
}

fn parse_float(s: &str) -> Option<f64> {
    if s.contains("0x") || s.contains("0X") || s.contains('_') {
        return None;
    }
    s.parse::<f64>().ok().filter(|f| f.is_finite())
}
