//! Executing a template (exec.go's walk and eval functions): an async walk of the tree
//! (a library coroutine, library/task.rs) whose heap reads are native steps (`with`) and
//! whose calls of the program's methods, FuncMap functions, String and Error methods and
//! Write methods are Go calls on the goroutine's stack. Errors carry Go's texts and
//! locations ("template: t:1:7: executing \"t\" at <.Foo>: ...").

use super::parse::{node_string, Arg, Branch, Node, Num, Pipe, Tree};
use super::value::{self as val, kind, type_name};
use super::{read_common, tree_of, Common};
use crate::library::task::Ctx;
use crate::library::{Call, Fault, GO_CALL_REGS};
use crate::rt::fmt::quote;
use crate::sys::{lock, Mutex};
use crate::vm::op::{FuncId, TypeId};
use crate::vm::program::{FuncSig, Program, TypeKind};
use crate::vm::value::Value;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use super::builtins::{bad_arg_count, bad_results};
pub use super::builtins::{check_func, html_escape, js_escape};

/// How many lists and pipelines the walk may be inside at once: it recurses on the M's
/// stack while it is polled, 1 to 2 KB a level in a release build (2000 levels overflowed
/// an M thread's 2 MiB), so 640 leaves room; a template calling itself uses two levels a
/// call, so recursion stops near 300 calls deep.
const MAX_LEVEL: usize = 640;

/// Why a walk stopped early.
pub(super) enum Stop {
    /// An execution error: its whole text.
    Err(String),
    /// The writer's error, returned as Execute's.
    Write(Value),
    Break,
    Continue,
    /// A panic or fatal error of the runtime.
    Fault(Fault),
}

pub(super) type Res<T> = Result<T, Stop>;
type Fut<'a, T> = Pin<Box<dyn Future<Output = Res<T>> + Send + 'a>>;

/// Runs `f` with the runtime (heap reads and allocation) at the coroutine's next step.
pub(super) async fn with<T: Send + 'static>(
    ctx: &Ctx,
    mut f: impl FnMut(&mut Call) -> Result<T, Fault> + Send + 'static,
) -> T {
    let slot = Arc::new(Mutex::new(None));
    let out = slot.clone();
    ctx.native(move |c| {
        let v = f(c)?;
        *lock(&out) = Some(v);
        Ok(vec![])
    })
    .await;
    let v = lock(&slot).take();
    match v {
        Some(v) => v,
        None => crate::sys::internal_error("a template step returned nothing"),
    }
}

/// The function a Go call runs.
pub(super) enum GoFn {
    Func(FuncId),
    Closure(Value),
}

/// Template `t`'s Execute: writes to `w` as it walks; its result is the error.
pub fn execute(c: &mut Call, t: Value, w: Value, data: Value) -> Result<(), Fault> {
    let f = super::fields(c, t)?;
    let name = c.text(f[super::NAME]).to_string();
    let common = read_common(c, f[super::COMMON]);
    let Some((_, trees, i)) = tree_of(c, t)? else {
        let msg = format!("template: {name}: {} is an incomplete or empty template", quote(&name));
        return c.ret_err(Some(msg));
    };
    let native_w = w.t == 0
        || matches!(
            c.rt.prog.type_name(w.t),
            "*os.File" | "*strings.Builder" | "*bytes.Buffer" | "*bufio.Writer"
        );
    let in_memory_w = matches!(c.rt.prog.type_name(w.t), "*strings.Builder" | "*bytes.Buffer");
    let prog = c.rt.prog.clone();
    let ids = Ids::new(&prog);
    c.task(move |ctx| async move {
        let mut ex = Exec {
            ctx,
            prog,
            ids,
            w,
            native_w,
            in_memory_w,
            out: Vec::new(),
            common,
            name,
            trees,
            tree: i,
            vars: vec![("$".into(), data)],
            level: 0,
            at: None,
            cmd_at: None,
        };
        let r = ex.run(data).await;
        let r = match r {
            Ok(()) => ex.flush().await,
            Err(e) => {
                // What was written before the error stays written, as in Go.
                let _ = ex.flush().await;
                Err(e)
            }
        };
        match r {
            Ok(()) => Ok(vec![Value::ZERO]),
            Err(Stop::Write(e)) => Ok(vec![e]),
            Err(Stop::Err(msg)) => {
                let e = with(&ex.ctx, move |c| c.new_error(&msg)).await;
                Ok(vec![e])
            }
            Err(Stop::Fault(f)) => Err(f),
            Err(Stop::Break | Stop::Continue) => {
                crate::sys::internal_error("break or continue outside range")
            }
        }
    });
    Ok(())
}

/// The type ids of the basic types template constants and builtins make.
#[derive(Clone, Copy)]
pub(super) struct Ids {
    pub int: TypeId,
    pub float: TypeId,
    pub string: TypeId,
    pub bool: TypeId,
    pub byte: TypeId,
}

impl Ids {
    fn new(prog: &Program) -> Ids {
        let id = |n: &str| prog.types.iter().position(|t| t.name == n).unwrap_or(0) as TypeId;
        Ids {
            int: id("int"),
            float: id("float64"),
            string: id("string"),
            bool: id("bool"),
            byte: id("uint8"),
        }
    }
}

pub(super) struct Exec {
    pub ctx: Ctx,
    pub prog: Arc<Program>,
    pub ids: Ids,
    w: Value,
    /// The writer is one of the library's: output is collected and written in one piece
    /// before each Go call and at the end (Go's writes in between are not observable).
    native_w: bool,
    /// The writer is a strings.Builder or bytes.Buffer: no Go call can see the order of
    /// its writes, so the output is written once at the end (appending to a builder
    /// copies its string).
    in_memory_w: bool,
    out: Vec<u8>,
    pub common: Common,
    /// The template executing and its tree (`trees[tree]`).
    name: String,
    trees: Arc<Vec<Tree>>,
    tree: usize,
    vars: Vec<(String, Value)>,
    /// How many lists and pipelines the walk is inside (see `enter`).
    level: usize,
    /// The node being evaluated (Go's state.node), for errors: its position and text.
    pub(super) at: Option<(usize, String)>,
    /// The command a function call heads, where Go reports "error calling" for it.
    pub(super) cmd_at: Option<(usize, String)>,
}

impl Exec {
    pub fn at(&mut self, pos: usize, text: impl ToString) {
        self.at = Some((pos, text.to_string()));
    }

    /// An execution error (state.errorf), located at the current node.
    pub fn errorf<T>(&self, msg: impl AsRef<str>) -> Res<T> {
        let msg = msg.as_ref();
        let Some((pos, context)) = &self.at else {
            return Err(Stop::Err(format!("template: {}: {msg}", self.name)));
        };
        let tree = &self.trees[self.tree];
        let before = &tree.text[..(*pos).min(tree.text.len())];
        let line = 1 + before.matches('\n').count();
        let col = match before.rfind('\n') {
            Some(i) => pos - (i + 1),
            None => *pos,
        };
        Err(Stop::Err(format!(
            "template: {}:{line}:{col}: executing {} at <{context}>: {msg}",
            tree.parse_name,
            quote(&self.name)
        )))
    }

    pub fn type_name(&self, t: TypeId) -> String {
        type_name(&self.prog, t)
    }

    pub fn kind(&self, t: TypeId) -> Option<&TypeKind> {
        kind(&self.prog, t)
    }

    /// A new heap value made by `f`, kept alive while the walk is suspended.
    pub async fn make(
        &self,
        f: impl FnMut(&mut Call) -> Result<Value, Fault> + Send + 'static,
    ) -> Value {
        let v = with(&self.ctx, f).await;
        if v.h != 0 {
            self.ctx.keep(v);
        }
        v
    }

    pub async fn string(&self, s: String) -> Value {
        let t = self.ids.string;
        // Template text is fmt's text (`rt::rawtext`): a string's bytes as they are.
        let v = self.make(move |c| c.new_bytes(&crate::rt::rawtext::bytes(&s))).await;
        Value { t, ..v }
    }

    pub fn int(&self, i: i64) -> Value {
        Value { t: self.ids.int, ..Value::int(i) }
    }

    pub fn bool(&self, b: bool) -> Value {
        Value { t: self.ids.bool, ..Value::bool(b) }
    }

    // ---- output

    async fn write(&mut self, b: &[u8]) -> Res<()> {
        self.out.extend_from_slice(b);
        if !self.native_w {
            self.flush().await?;
        }
        Ok(())
    }

    /// Writes what was collected.
    pub async fn flush(&mut self) -> Res<()> {
        if self.out.is_empty() {
            return Ok(());
        }
        let bytes = std::mem::take(&mut self.out);
        let w = self.w;
        if self.native_w {
            with(&self.ctx, move |c| write_native(c, w, &bytes)).await;
            return Ok(());
        }
        let chunk = self
            .make(move |c| c.new_slice(bytes.iter().map(|&b| Value::int(b as i64)).collect()))
            .await;
        let r = self.ctx.method(w, "Write", &[chunk], 2).await;
        match r.get(1) {
            Some(e) if e.t != 0 => {
                self.ctx.keep(*e);
                Err(Stop::Write(*e))
            }
            _ => Ok(()),
        }
    }

    /// Calls Go function `f` with `args` (parameter values): its `nres` results.
    pub async fn call_go(&mut self, f: GoFn, args: Vec<Value>, nres: usize) -> Res<Vec<Value>> {
        if args.len().max(nres) + 1 > GO_CALL_REGS as usize {
            return Err(Stop::Fault(Fault::Panic(format!(
                "gopark: calling a function with more than {} arguments or results from a template is not supported yet",
                GO_CALL_REGS - 1
            ))));
        }
        if !self.in_memory_w {
            self.flush().await?;
        }
        let r = match f {
            GoFn::Func(id) => self.ctx.call_func(id, &args, nres).await,
            GoFn::Closure(v) => self.ctx.call(v, &args, nres).await,
        };
        r.iter().filter(|v| v.h != 0).for_each(|v| self.ctx.keep(*v));
        Ok(r)
    }

    /// fmt's Sprint, Sprintln or Sprintf of interface values, with the program's String and
    /// Error methods called as fmt would call them.
    pub async fn sprint(&mut self, how: Print, args: Vec<Value>) -> Res<String> {
        let mut results: Vec<String> = Vec::new();
        loop {
            let a: Vec<Value> = args.iter().map(|&v| val::plain(&self.prog, v)).collect();
            let (done, h) = (results.clone(), how.clone());
            let (s, wanted) = with(&self.ctx, move |c| {
                let calls = crate::rt::methods::MethodCalls::new(done.clone());
                let env = crate::rt::fmt::Env {
                    heap: &c.rt.heap,
                    prog: &c.rt.prog,
                    methods: Some(&calls),
                };
                use crate::rt::fmt::{sprint_text, sprintf_text, PrintKind};
                let s = match &h {
                    Print::Print => sprint_text(&env, PrintKind::Print, &a),
                    Print::Println => sprint_text(&env, PrintKind::Println, &a),
                    Print::Printf(f) => sprintf_text(&env, f, &a),
                };
                Ok((s, calls.wanted()))
            })
            .await;
            let Some(w) = wanted else { return Ok(s) };
            let Some(d) = w.format else {
                let r = self.call_go(GoFn::Func(w.func), vec![w.recv], 1).await?;
                let text = with(&self.ctx, move |c| Ok(c.rt.heap.text(r[0]).to_string())).await;
                results.push(text);
                continue;
            };
            // A Format method writes to a fmt.State: its bytes are the result.
            let state = self.make(move |c| crate::library::fmt::new_state(c, &d)).await;
            let verb = Value::int(d.verb as i64);
            self.call_go(GoFn::Func(w.func), vec![w.recv, state, verb], 0).await?;
            let text =
                with(&self.ctx, move |c| Ok(crate::library::fmt::state_text(c, state))).await;
            results.push(text);
        }
    }

    // ---- walking

    async fn run(&mut self, data: Value) -> Res<()> {
        let trees = self.trees.clone();
        self.walk_list(data, &trees[self.tree].root).await
    }

    fn walk_list<'a>(&'a mut self, dot: Value, list: &'a [Node]) -> Fut<'a, ()> {
        Box::pin(async move {
            self.enter()?;
            for n in list {
                if let Err(e) = self.walk(dot, n).await {
                    self.level -= 1;
                    return Err(e);
                }
            }
            self.level -= 1;
            Ok(())
        })
    }

    /// One level deeper in the walk's recursion (see `MAX_LEVEL`).
    fn enter(&mut self) -> Res<()> {
        if self.level >= MAX_LEVEL {
            return Err(Stop::Fault(Fault::Panic(
                "gopark: template execution nested this deep (blocks within templates called from templates) is not supported yet".into(),
            )));
        }
        self.level += 1;
        Ok(())
    }

    async fn walk(&mut self, dot: Value, node: &Node) -> Res<()> {
        match node {
            Node::Text(t) => self.write(&crate::rt::rawtext::bytes(t)).await,
            Node::Action { pos, pipe } => {
                let v = self.eval_pipeline(dot, pipe).await?;
                if pipe.decl.is_empty() {
                    self.at(*pos, node_string(node));
                    self.print_value(node, v).await?;
                }
                Ok(())
            }
            Node::If(b) => self.walk_if_or_with(false, dot, b).await,
            Node::With(b) => self.walk_if_or_with(true, dot, b).await,
            Node::Range(b) => self.walk_range(dot, b).await,
            Node::Template { pos, name, pipe } => {
                self.at(*pos, node_string(node));
                self.walk_template(dot, name, pipe.as_ref()).await
            }
            Node::Break => Err(Stop::Break),
            Node::Continue => Err(Stop::Continue),
        }
    }

    async fn walk_if_or_with(&mut self, with_: bool, dot: Value, b: &Branch) -> Res<()> {
        let mark = self.vars.len();
        let r = self.if_or_with(with_, dot, b).await;
        self.vars.truncate(mark);
        r
    }

    async fn if_or_with(&mut self, with_: bool, dot: Value, b: &Branch) -> Res<()> {
        let v = self.eval_pipeline(dot, &b.pipe).await?;
        let Some(truth) = with(&self.ctx, move |c| Ok(val::truth(c, v))).await else {
            let text = self.sprint(Print::Print, vec![v]).await?;
            return self.errorf(format!("if/with can't use {text}"));
        };
        if truth {
            let dot = if with_ { v } else { dot };
            self.walk_list(dot, &b.list).await
        } else if let Some(e) = &b.else_list {
            self.walk_list(dot, e).await
        } else {
            Ok(())
        }
    }

    async fn walk_range(&mut self, dot: Value, r: &Branch) -> Res<()> {
        let mark = self.vars.len();
        let kept = self.ctx.mark();
        let res = self.range(dot, r).await;
        self.vars.truncate(mark);
        self.release(kept);
        match res {
            Err(Stop::Break) => Ok(()),
            other => other,
        }
    }

    async fn range(&mut self, dot: Value, r: &Branch) -> Res<()> {
        let v = self.eval_pipeline(dot, &r.pipe).await?;
        let (v, _) = with(&self.ctx, move |c| val::indirect(c, v)).await;
        let items = self.range_items(v).await?;
        if items.is_empty() {
            if let Some(e) = &r.else_list {
                return self.walk_list(dot, e).await;
            }
            return Ok(());
        }
        let mark = self.vars.len();
        let kept = self.ctx.mark();
        for (index, elem) in items {
            self.set_range_vars(&r.pipe, index, elem)?;
            let res = self.walk_list(elem, &r.list).await;
            self.vars.truncate(mark);
            self.release(kept);
            match res {
                Ok(()) | Err(Stop::Continue) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Stops keeping the values made since `mark`, except those the variables hold.
    fn release(&self, mark: usize) {
        self.ctx.release(mark);
        self.vars.iter().filter(|(_, v)| v.h != 0).for_each(|(_, v)| self.ctx.keep(*v));
    }

    /// The (index or key, element) pairs a range visits, as interface values.
    async fn range_items(&mut self, v: Value) -> Res<Vec<(Value, Value)>> {
        let int = self.ids.int;
        match self.kind(v.t) {
            None => Ok(Vec::new()),
            Some(TypeKind::Slice { .. } | TypeKind::Array { .. }) => {
                let items = with(&self.ctx, move |c| {
                    let Some((raw, elem)) = val::elems(c, v) else { return Ok(Vec::new()) };
                    let mut out = Vec::with_capacity(raw.len());
                    for (i, e) in raw.into_iter().enumerate() {
                        out.push((
                            Value { t: int, ..Value::int(i as i64) },
                            val::to_iface(c, e, elem)?,
                        ));
                    }
                    Ok(out)
                })
                .await;
                self.keep_all(&items);
                Ok(items)
            }
            Some(TypeKind::Map { .. }) => {
                let items = with(&self.ctx, move |c| {
                    let Some((pairs, kt, et)) = val::sorted_pairs(c, v) else {
                        return Ok(Vec::new());
                    };
                    let mut out = Vec::with_capacity(pairs.len());
                    for (k, e) in pairs {
                        out.push((val::to_iface(c, k, kt)?, val::to_iface(c, e, et)?));
                    }
                    Ok(out)
                })
                .await;
                self.keep_all(&items);
                Ok(items)
            }
            Some(TypeKind::Chan { .. }) => Err(Stop::Fault(Fault::Panic(
                "gopark: range over a channel in a template is not supported yet".into(),
            ))),
            Some(_) => {
                let text = self.sprint(Print::Print, vec![v]).await?;
                self.errorf(format!("range can't iterate over {text}"))
            }
        }
    }

    fn keep_all(&self, items: &[(Value, Value)]) {
        for (a, b) in items {
            [a, b].into_iter().filter(|v| v.h != 0).for_each(|v| self.ctx.keep(*v));
        }
    }

    /// Sets `$i, $v` (or `$v`) of a range for one iteration.
    fn set_range_vars(&mut self, pipe: &Pipe, index: Value, elem: Value) -> Res<()> {
        let n = self.vars.len();
        match (pipe.decl.len(), pipe.is_assign) {
            (0, _) => {}
            (1, false) => self.vars[n - 1].1 = elem,
            (_, false) => {
                self.vars[n - 1].1 = elem;
                self.vars[n - 2].1 = index;
            }
            (1, true) => self.set_var(&pipe.decl[0], elem)?,
            (_, true) => {
                self.set_var(&pipe.decl[0], index)?;
                self.set_var(&pipe.decl[1], elem)?;
            }
        }
        Ok(())
    }

    fn set_var(&mut self, name: &str, v: Value) -> Res<()> {
        match self.vars.iter_mut().rev().find(|(n, _)| n == name) {
            Some(slot) => {
                slot.1 = v;
                Ok(())
            }
            None => self.errorf(format!("undefined variable: {name}")),
        }
    }

    fn var_value(&self, name: &str) -> Res<Value> {
        match self.vars.iter().rev().find(|(n, _)| n == name) {
            Some((_, v)) => Ok(*v),
            None => self.errorf(format!("undefined variable: {name}")),
        }
    }

    async fn walk_template(&mut self, dot: Value, name: &str, pipe: Option<&Pipe>) -> Res<()> {
        let Some(&(_, t)) = self.common.tmpls.iter().find(|(n, _)| n == name) else {
            return self.errorf(format!("template {} not defined", quote(name)));
        };
        let found = with(&self.ctx, move |c| tree_of(c, t)).await;
        let Some((tname, trees, i)) = found else {
            return self.errorf(format!("template {} not defined", quote(name)));
        };
        let dot = match pipe {
            Some(p) => self.eval_pipeline(dot, p).await?,
            None => Value::ZERO,
        };
        let saved_vars = std::mem::replace(&mut self.vars, vec![("$".into(), dot)]);
        let saved = (
            std::mem::replace(&mut self.name, tname),
            std::mem::replace(&mut self.trees, trees.clone()),
            std::mem::replace(&mut self.tree, i),
        );
        let r = self.walk_list(dot, &trees[i].root).await;
        (self.name, self.trees, self.tree) = saved;
        self.vars = saved_vars;
        r
    }

    /// Prints a pipeline's value as fmt.Fprint would (printableValue: through pointers to
    /// a value that has no String or Error method of its own).
    async fn print_value(&mut self, node: &Node, v: Value) -> Res<()> {
        if v.t == 0 {
            return self.write(b"<no value>").await;
        }
        let (pv, ok) = with(&self.ctx, move |c| Ok(printable(c, v)?)).await;
        if !ok {
            let t = self.type_name(v.t);
            return self.errorf(format!("can't print {} of type {t}", node_arg_text(node)));
        }
        let s = self.sprint(Print::Print, vec![pv]).await?;
        self.write(&crate::rt::rawtext::bytes(&s)).await
    }

    // ---- pipelines and commands

    pub fn eval_pipeline<'a>(&'a mut self, dot: Value, pipe: &'a Pipe) -> Fut<'a, Value> {
        Box::pin(async move {
            self.at(pipe.pos, pipe);
            self.enter()?;
            let mut value = None;
            for cmd in &pipe.cmds {
                match self.eval_command(dot, &cmd.args, value).await {
                    Ok(v) => value = Some(v),
                    Err(e) => {
                        self.level -= 1;
                        return Err(e);
                    }
                }
            }
            self.level -= 1;
            let value = value.unwrap_or(Value::ZERO);
            for name in &pipe.decl {
                if pipe.is_assign {
                    self.set_var(name, value)?;
                } else {
                    self.vars.push((name.clone(), value));
                }
            }
            Ok(value)
        })
    }

    fn not_a_function(&self, args: &[Arg], fin: Option<Value>) -> Res<()> {
        if args.len() > 1 || fin.is_some() {
            return self.errorf(format!("can't give argument to non-function {}", args[0]));
        }
        Ok(())
    }

    async fn eval_command(&mut self, dot: Value, args: &[Arg], fin: Option<Value>) -> Res<Value> {
        let first = &args[0];
        match first {
            Arg::Field { pos, idents } => {
                self.at(*pos, first);
                self.eval_field_chain(dot, dot, idents, Some(args), fin).await
            }
            Arg::Chain { .. } => self.eval_chain(dot, first, Some(args), fin).await,
            Arg::Ident { pos, name } => {
                self.at(*pos, first);
                self.cmd_at = Some((*pos, super::parse::args_text(args)));
                self.eval_function(dot, name, first, Some(args), fin).await
            }
            Arg::Pipe(p) => {
                self.not_a_function(args, fin)?;
                self.eval_pipeline(dot, p).await
            }
            Arg::Variable { .. } => self.eval_variable(dot, first, Some(args), fin).await,
            _ => {
                self.at(first.pos(), first);
                self.not_a_function(args, fin)?;
                match first {
                    Arg::Bool(_, b) => Ok(self.bool(*b)),
                    Arg::Dot(_) => Ok(dot),
                    Arg::Nil(_) => self.errorf("nil is not a command"),
                    Arg::Number(pos, n) => self.ideal_constant(*pos, n),
                    Arg::Str { text, .. } => Ok(self.string(text.clone()).await),
                    _ => {
                        self.errorf(format!("can't evaluate command {}", quote(&first.to_string())))
                    }
                }
            }
        }
    }

    pub fn ideal_constant(&mut self, pos: usize, n: &Num) -> Res<Value> {
        self.at(pos, &n.text);
        let t = &n.text;
        let hex_int = t.len() > 2
            && t.starts_with('0')
            && t[1..].starts_with(['x', 'X'])
            && !t.contains(['p', 'P']);
        let rune = t.starts_with('\'');
        if let (Some(f), false, false, true) =
            (n.float, hex_int, rune, t.contains(['.', 'e', 'E', 'p', 'P']))
        {
            return Ok(Value { t: self.ids.float, ..Value::float(f) });
        }
        if let Some(i) = n.int {
            return Ok(self.int(i));
        }
        if n.uint.is_some() {
            return self.errorf(format!("{t} overflows int"));
        }
        Ok(Value::ZERO)
    }

    fn eval_chain<'a>(
        &'a mut self,
        dot: Value,
        chain: &'a Arg,
        args: Option<&'a [Arg]>,
        fin: Option<Value>,
    ) -> Fut<'a, Value> {
        Box::pin(async move {
            let Arg::Chain { pos, node, fields } = chain else { return Ok(Value::ZERO) };
            self.at(*pos, chain);
            if let Arg::Nil(_) = **node {
                return self.errorf(format!("indirection through explicit nil in {chain}"));
            }
            let recv = self.eval_arg(dot, None, node).await?;
            self.eval_field_chain(dot, recv, fields, args, fin).await
        })
    }

    async fn eval_variable(
        &mut self,
        dot: Value,
        var: &Arg,
        args: Option<&[Arg]>,
        fin: Option<Value>,
    ) -> Res<Value> {
        let Arg::Variable { pos, idents } = var else { return Ok(Value::ZERO) };
        self.at(*pos, var);
        let value = self.var_value(&idents[0])?;
        if idents.len() == 1 {
            self.not_a_function(args.unwrap_or(std::slice::from_ref(var)), fin)?;
            return Ok(value);
        }
        self.eval_field_chain(dot, value, &idents[1..], args, fin).await
    }

    async fn eval_field_chain(
        &mut self,
        dot: Value,
        mut recv: Value,
        idents: &[String],
        args: Option<&[Arg]>,
        fin: Option<Value>,
    ) -> Res<Value> {
        let n = idents.len();
        for id in &idents[..n - 1] {
            recv = self.eval_field(dot, id, None, None, recv).await?;
        }
        self.eval_field(dot, &idents[n - 1], args, fin, recv).await
    }

    /// `.name` of `recv`: a method call, a struct field or a map entry (evalField).
    async fn eval_field(
        &mut self,
        dot: Value,
        name: &str,
        args: Option<&[Arg]>,
        fin: Option<Value>,
        recv: Value,
    ) -> Res<Value> {
        if recv.t == 0 {
            if self.common.missing == 2 {
                return self.errorf(format!("nil data; no entry for key {}", quote(name)));
            }
            return Ok(Value::ZERO);
        }
        let typ = self.type_name(recv.t);
        if let Some((f, sel)) =
            self.method(recv.t, name).or_else(|| self.pointer_method(recv, name))
        {
            let sig = self.prog.selector_sigs.get(&sel).cloned().unwrap_or_default();
            let recv = val::plain(&self.prog, recv);
            let callee = Callee::Method { func: f, recv: Value { t: 0, ..recv }, sig };
            let at = self.at.clone();
            return self.eval_call(dot, callee, name, at, args, fin).await;
        }
        let (r, is_nil) = with(&self.ctx, move |c| val::indirect(c, recv)).await;
        let has_args = args.is_some_and(|a| a.len() > 1) || fin.is_some();
        match self.kind(r.t) {
            Some(TypeKind::Struct { .. }) => {
                let n = name.to_string();
                let found = with(&self.ctx, move |c| {
                    let Some(f) = val::field(c, r, &n) else { return Ok(None) };
                    Ok(Some((f.exported, val::to_iface(c, f.raw, f.ty)?)))
                })
                .await;
                if let Some((exported, v)) = found {
                    if !exported {
                        return self
                            .errorf(format!("{name} is an unexported field of struct type {typ}"));
                    }
                    if has_args {
                        return self.errorf(format!(
                            "{name} has arguments but cannot be invoked as function"
                        ));
                    }
                    if v.h != 0 {
                        self.ctx.keep(v);
                    }
                    return Ok(v);
                }
            }
            Some(&TypeKind::Map { key, elem }) if self.string_keyed(key) => {
                if has_args {
                    return self.errorf(format!("{name} is not a method but has arguments"));
                }
                return self.map_field(r, key, elem, name).await;
            }
            Some(TypeKind::StructPtr { elem }) if is_nil => {
                let elem = *elem;
                let n = name.to_string();
                let has_field = with(&self.ctx, move |c| {
                    let probe = Value { t: elem, h: 0, w: 0 };
                    Ok(struct_has_field(c, probe, &n))
                })
                .await;
                if has_field {
                    return self.errorf(format!("nil pointer evaluating {typ}.{name}"));
                }
            }
            Some(TypeKind::Pointer) if is_nil => {
                return self.errorf(format!("nil pointer evaluating {typ}.{name}"));
            }
            _ => {}
        }
        self.errorf(format!("can't evaluate field {name} in type {typ}"))
    }

    /// Whether a map with keys of type `key` can be indexed by a field name (a string is
    /// assignable to the key type).
    fn string_keyed(&self, key: TypeId) -> bool {
        key == self.ids.string
            || matches!(self.kind(key), Some(TypeKind::Interface)) && {
                self.prog.types[key as usize].iface.is_empty()
            }
    }

    async fn map_field(&mut self, m: Value, key: TypeId, elem: TypeId, name: &str) -> Res<Value> {
        let k = self.string(name.to_string()).await;
        let found = with(&self.ctx, move |c| match val::map_get(c, m, key, k) {
            Some(raw) => Ok(Some(val::to_iface(c, raw, elem)?)),
            None => Ok(None),
        })
        .await;
        if let Some(v) = found {
            if v.h != 0 {
                self.ctx.keep(v);
            }
            return Ok(v);
        }
        match self.common.missing {
            1 => Ok(self.make(move |c| val::zero(c, elem)).await),
            2 => self.errorf(format!("map has no entry for key {}", quote(name))),
            _ => Ok(Value::ZERO),
        }
    }

    /// The exported method `name` of type `t`: its function and selector.
    fn method(&self, t: TypeId, name: &str) -> Option<(FuncId, u32)> {
        if !name.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let d = self.prog.types.get(t as usize)?;
        d.methods.iter().find_map(|&(sel, f)| {
            let s = self.prog.selectors.get(sel as usize)?;
            (s.strip_prefix(name)?.starts_with('(')).then_some((f, sel))
        })
    }

    /// A pointer method of an addressable struct value (Go calls it through its address).
    fn pointer_method(&self, recv: Value, name: &str) -> Option<(FuncId, u32)> {
        if !val::addressable(recv) {
            return None;
        }
        self.method(pointer_type(&self.prog, recv.t)?, name)
    }

    pub fn eval_function<'a>(
        &'a mut self,
        dot: Value,
        name: &'a str,
        node: &'a Arg,
        args: Option<&'a [Arg]>,
        fin: Option<Value>,
    ) -> Fut<'a, Value> {
        Box::pin(async move {
            let cmd_at = self.cmd_at.take();
            self.at(node.pos(), node);
            let call_at = cmd_at.or_else(|| self.at.clone());
            if let Some(&(_, f)) = self.common.funcs.iter().find(|(n, _)| n == name) {
                let sig = self.prog.func_sigs.get(&f.t).cloned().unwrap_or_default();
                let callee = Callee::Func { f, sig };
                return self.eval_call(dot, callee, name, call_at, args, fin).await;
            }
            if super::BUILTINS.contains(&name) {
                return self.eval_builtin(dot, name, call_at, args, fin).await;
            }
            self.errorf(format!("{} is not a defined function", quote(name)))
        })
    }

    /// Calls a method or FuncMap function with the template's arguments (evalCall).
    async fn eval_call(
        &mut self,
        dot: Value,
        callee: Callee,
        name: &str,
        node: Option<(usize, String)>,
        args: Option<&[Arg]>,
        fin: Option<Value>,
    ) -> Res<Value> {
        let args = args.map_or(&[][..], |a| &a[1..]);
        let sig = callee.sig().clone();
        let argv = self.eval_args(dot, name, &sig, args, fin).await?;
        let (go, mut params) = match callee {
            Callee::Method { func, recv, .. } => (GoFn::Func(func), vec![recv]),
            Callee::Func { f, .. } => (GoFn::Closure(Value { t: 0, ..f }), Vec::new()),
        };
        params.extend(self.pack(&sig, argv).await);
        let r = self.call_go(go, params, sig.results.len()).await?;
        self.at = node;
        if let (Some(e), 2) = (r.get(1), sig.results.len()) {
            if e.t != 0 {
                let text = self.sprint(Print::Print, vec![*e]).await?;
                return self.errorf(format!("error calling {name}: {text}"));
            }
        }
        let (raw, ty) = (r.first().copied().unwrap_or_default(), sig.results[0]);
        Ok(self.make(move |c| val::to_iface(c, raw, ty)).await)
    }

    /// The arguments of a call as interface values of the parameters' types, with Go's
    /// checks of their number and of the function's results.
    async fn eval_args(
        &mut self,
        dot: Value,
        name: &str,
        sig: &FuncSig,
        args: &[Arg],
        fin: Option<Value>,
    ) -> Res<Vec<Value>> {
        let n_in = args.len() + fin.is_some() as usize;
        let np = sig.params.len();
        let fixed = if sig.variadic { np - 1 } else { args.len() };
        if let Some(msg) = bad_arg_count(name, np, sig.variadic, n_in, args.len()) {
            return self.errorf(msg);
        }
        if let Some(msg) = bad_results(&self.prog, name, &sig.results) {
            return self.errorf(msg);
        }
        let mut argv = Vec::with_capacity(n_in);
        for (i, a) in args.iter().enumerate() {
            let ty = if i < fixed { sig.params[i] } else { sig.params[np - 1] };
            argv.push(self.eval_arg(dot, Some(ty), a).await?);
        }
        if let Some(f) = fin {
            let ty = if sig.variadic && n_in - 1 < fixed {
                sig.params[n_in - 1]
            } else {
                sig.params[np - 1]
            };
            argv.push(self.validate_type(f, Some(ty)).await?);
        }
        Ok(argv)
    }

    /// The interface-valued arguments as the parameters take them (a variadic tail packed
    /// into a slice).
    pub(super) async fn pack(&self, sig: &FuncSig, argv: Vec<Value>) -> Vec<Value> {
        let sig = sig.clone();
        let v = with(&self.ctx, move |c| {
            let np = sig.params.len();
            let fixed = if sig.variadic { np - 1 } else { np };
            let mut out: Vec<Value> = argv
                .iter()
                .take(fixed)
                .zip(&sig.params)
                .map(|(&a, &t)| val::to_param(c, a, t))
                .collect();
            if sig.variadic {
                let elem = sig.params[np - 1];
                let tail: Vec<Value> = argv[fixed.min(argv.len())..]
                    .iter()
                    .map(|&a| val::to_param(c, a, elem))
                    .collect();
                out.push(c.new_slice(tail)?);
            }
            Ok(out)
        })
        .await;
        v.iter().filter(|x| x.h != 0).for_each(|x| self.ctx.keep(*x));
        v
    }

    /// An argument for a parameter of type `ty` (None: any value, as reflect.Value
    /// parameters of the builtins take), constants converted to it (evalArg).
    pub fn eval_arg<'a>(
        &'a mut self,
        dot: Value,
        ty: Option<TypeId>,
        n: &'a Arg,
    ) -> Fut<'a, Value> {
        Box::pin(async move {
            self.at(n.pos(), n);
            let v = match n {
                Arg::Dot(_) => dot,
                Arg::Nil(_) => {
                    let t = ty.unwrap_or(0);
                    if ty.is_some() && val::can_be_nil(&self.prog, t) {
                        return Ok(self.make(move |c| val::zero(c, t)).await);
                    }
                    let tn = ty.map_or("<nil>".to_string(), |t| self.type_name(t));
                    return self.errorf(format!("cannot assign nil to {tn}"));
                }
                Arg::Field { idents, .. } => {
                    self.eval_field_chain(dot, dot, idents, Some(std::slice::from_ref(n)), None)
                        .await?
                }
                Arg::Variable { .. } => self.eval_variable(dot, n, None, None).await?,
                Arg::Pipe(p) => self.eval_pipeline(dot, p).await?,
                Arg::Ident { name, .. } => self.eval_function(dot, name, n, None, None).await?,
                Arg::Chain { .. } => self.eval_chain(dot, n, None, None).await?,
                _ => return self.eval_constant(ty, n).await,
            };
            self.validate_type(v, ty).await
        })
    }

    /// A constant argument for a parameter of type `ty`.
    async fn eval_constant(&mut self, ty: Option<TypeId>, n: &Arg) -> Res<Value> {
        let any = ty.is_none_or(|t| {
            matches!(self.kind(t), Some(TypeKind::Interface))
                && self.prog.types[t as usize].iface.is_empty()
        });
        if any {
            return match n {
                Arg::Bool(_, b) => Ok(self.bool(*b)),
                Arg::Number(pos, num) => self.ideal_constant(*pos, num),
                Arg::Str { text, .. } => Ok(self.string(text.clone()).await),
                _ => self
                    .errorf(format!("can't handle assignment of {n} to empty interface argument")),
            };
        }
        let t = ty.unwrap_or(0);
        let typed = |w: Value| Value { t, ..w };
        match (self.kind(t), n) {
            (Some(TypeKind::Bool), Arg::Bool(_, b)) => Ok(typed(Value::bool(*b))),
            (Some(TypeKind::Bool), _) => self.errorf(format!("expected bool; found {n}")),
            (Some(TypeKind::String), Arg::Str { text, .. }) => {
                let v = self.string(text.clone()).await;
                Ok(typed(v))
            }
            (Some(TypeKind::String), _) => self.errorf(format!("expected string; found {n}")),
            (
                Some(TypeKind::Int { signed: true, .. }),
                Arg::Number(_, Num { int: Some(i), .. }),
            ) => Ok(typed(Value::int(*i))),
            (Some(TypeKind::Int { signed: true, .. }), _) => {
                self.errorf(format!("expected integer; found {n}"))
            }
            (Some(TypeKind::Int { .. }), Arg::Number(_, Num { uint: Some(u), .. })) => {
                Ok(typed(Value { w: *u, ..Value::ZERO }))
            }
            (Some(TypeKind::Int { .. }), _) => {
                self.errorf(format!("expected unsigned integer; found {n}"))
            }
            (
                Some(TypeKind::Float64 | TypeKind::Float32),
                Arg::Number(_, Num { float: Some(f), .. }),
            ) => Ok(typed(Value::float(*f))),
            (Some(TypeKind::Float64 | TypeKind::Float32), _) => {
                self.errorf(format!("expected float; found {n}"))
            }
            _ => self.errorf(format!("can't handle {n} for arg of type {}", self.type_name(t))),
        }
    }

    /// Checks that `v` suits a parameter of type `ty` (validateType).
    pub async fn validate_type(&mut self, v: Value, ty: Option<TypeId>) -> Res<Value> {
        let Some(t) = ty else { return Ok(v) };
        if v.t == 0 {
            if val::can_be_nil(&self.prog, t) {
                return Ok(self.make(move |c| val::zero(c, t)).await);
            }
            return self.errorf(format!("invalid value; expected {}", self.type_name(t)));
        }
        if v.t == t || self.assignable(v.t, t) {
            return Ok(v);
        }
        if let Some(&TypeKind::StructPtr { elem }) = self.kind(v.t) {
            if elem == t {
                if v.h == 0 {
                    return self.errorf(format!(
                        "dereference of nil pointer of type {}",
                        self.type_name(t)
                    ));
                }
                return Ok(Value { t: elem, ..v });
            }
        }
        self.errorf(format!(
            "wrong type for value; expected {}; got {}",
            self.type_name(t),
            self.type_name(v.t)
        ))
    }

    /// Whether a value of dynamic type `from` may be passed as type `to` (an interface it
    /// implements).
    fn assignable(&self, from: TypeId, to: TypeId) -> bool {
        let d = &self.prog.types;
        matches!(self.kind(to), Some(TypeKind::Interface))
            && d.get(from as usize).zip(d.get(to as usize)).is_some_and(|(f, i)| f.implements(i))
    }
}

/// A method or FuncMap function to call.
enum Callee {
    Method { func: FuncId, recv: Value, sig: FuncSig },
    Func { f: Value, sig: FuncSig },
}

impl Callee {
    fn sig(&self) -> &FuncSig {
        match self {
            Callee::Method { sig, .. } | Callee::Func { sig, .. } => sig,
        }
    }
}

#[derive(Clone)]
pub(super) enum Print {
    Print,
    Println,
    Printf(String),
}

/// Whether struct type `t` (described by the probe's type) has a field `name`.
fn struct_has_field(c: &Call, probe: Value, name: &str) -> bool {
    match kind(&c.rt.prog, probe.t) {
        Some(TypeKind::Struct { fields }) => fields.iter().any(|(n, _)| n == name),
        _ => false,
    }
}

/// The text of a node for "can't print" (the action's pipeline).
fn node_arg_text(node: &Node) -> String {
    match node {
        Node::Action { pipe, .. } => pipe.to_string(),
        n => node_string(n),
    }
}

/// The id of the pointer type to type `t`, if the program has one.
fn pointer_type(prog: &Program, t: TypeId) -> Option<TypeId> {
    let name = format!("*{}", prog.type_name(t));
    let found = prog.types.iter().position(|d| {
        d.name == name && matches!(d.kind, TypeKind::StructPtr { elem } if elem == t)
    });
    found.map(|i| i as TypeId)
}

/// printableValue: the value fmt.Fprint gets, and whether it can be printed.
fn printable(c: &mut Call, v: Value) -> Result<(Value, bool), Fault> {
    let prog = c.rt.prog.clone();
    let has_methods = |t: TypeId| {
        prog.types
            .get(t as usize)
            .is_some_and(|d| d.string_method.is_some() || d.error_method.is_some())
    };
    if val::addressable(v) && !has_methods(v.t) {
        if let Some(p) = pointer_type(&prog, v.t).filter(|&p| has_methods(p)) {
            return Ok((Value { t: p, ..val::plain(&prog, v) }, true));
        }
    }
    let mut v = val::plain(&prog, v);
    if matches!(kind(&prog, v.t), Some(TypeKind::StructPtr { .. } | TypeKind::Pointer)) {
        let (x, is_nil) = val::indirect(c, v)?;
        if !is_nil && !has_methods(x.t) && has_methods(v.t) {
            return Ok((v, true));
        }
        v = x;
    }
    let ok = has_methods(v.t)
        || !matches!(kind(&prog, v.t), Some(TypeKind::Chan { .. } | TypeKind::Func));
    Ok((v, ok))
}

/// Writes to one of the library's writers.
fn write_native(c: &mut Call, w: Value, bytes: &[u8]) -> Result<(), Fault> {
    match c.rt.prog.type_name(w.t) {
        _ if w.t == 0 => Err(Fault::Panic(super::NIL_DEREF.into())),
        "*os.File" => {
            let fd = super::super::json_encode::parts(c, w.h).first().map_or(1, |v| v.w as u32);
            c.rt.write(c.m, c.g.id, fd, bytes);
            Ok(())
        }
        "*bufio.Writer" => super::super::bufio::write_native(c, w, bytes),
        _ => super::super::strings::append_bytes(c, w, bytes),
    }
}
