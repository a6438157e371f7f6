//! Where a goto may jump (the spec's rules, with gc's messages): its label must exist in
//! the function, must not be inside a block the goto is outside of ("jumps into block"),
//! and a forward jump must not skip a variable declaration in the label's block ("jumps
//! over declaration"). After types2's labels.go, done as one walk that records, for every
//! label and goto, the chain of blocks around it and its statement's index in each.

use crate::lang::ast::{AssignOp, Block, Decl, Expr, Name, Stmt};
use crate::lang::token::{Pos, Tok};
use std::collections::HashMap;

/// One block on the way down: its id and the index of the statement that leads further in.
type Path = Vec<(usize, usize)>;

#[derive(Default)]
struct Walk {
    /// Where each block starts (as gc reports it), by block id.
    starts: Vec<Pos>,
    /// The variable declarations of each block: (statement index, first name, its position).
    decls: HashMap<usize, Vec<(usize, String, Pos)>>,
    labels: HashMap<String, Path>,
    gotos: Vec<(Name, Path)>,
}

impl Walk {
    fn list(&mut self, start: Pos, stmts: &[Stmt], path: &mut Path) {
        let id = self.starts.len();
        self.starts.push(start);
        for (i, s) in stmts.iter().enumerate() {
            path.push((id, i));
            self.stmt(id, i, s, path);
            path.pop();
        }
    }

    fn stmt(&mut self, id: usize, i: usize, s: &Stmt, path: &mut Path) {
        match s {
            Stmt::Labeled { label, stmt, .. } => {
                self.labels.entry(label.value.clone()).or_insert_with(|| path.clone());
                self.stmt(id, i, stmt, path);
            }
            Stmt::Branch { tok: Tok::Goto, label: Some(l), .. } => {
                self.gotos.push((l.clone(), path.clone()))
            }
            Stmt::Decl { decls, .. } => {
                for d in decls {
                    if let Decl::Var(spec) = d {
                        if let Some(n) = spec.names.first() {
                            self.decls.entry(id).or_default().push((i, n.value.clone(), n.pos));
                        }
                    }
                }
            }
            Stmt::Assign { op: AssignOp::Define, lhs, pos, .. } => {
                let name = lhs.list().first().and_then(|e: &&Expr| e.is_name()).unwrap_or("_");
                self.decls.entry(id).or_default().push((i, name.to_string(), *pos));
            }
            Stmt::Block(b) => self.block(b, path),
            Stmt::If { then, els, .. } => {
                self.block(then, path);
                if let Some(e) = els {
                    // An else statement is a block of its own (or an if, holding blocks).
                    self.stmt(id, i, e, path);
                }
            }
            Stmt::For { body, .. } => self.block(body, path),
            Stmt::Switch { body, .. } => {
                for c in body {
                    self.list(c.pos, &c.body, path);
                }
            }
            Stmt::Select { body, .. } => {
                for c in body {
                    self.list(c.pos, &c.body, path);
                }
            }
            _ => {}
        }
    }

    fn block(&mut self, b: &Block, path: &mut Path) {
        self.list(b.pos, &b.stmts, path);
    }
}

/// The goto errors of a function body, as (position, message), in source order. `at`
/// formats a position inside a message as gc does.
pub(super) fn check(body: &Block, at: &dyn Fn(Pos) -> String) -> Vec<(Pos, String)> {
    let mut w = Walk::default();
    w.block(body, &mut Vec::new());
    let mut errs = Vec::new();
    for (name, g) in &w.gotos {
        let Some(l) = w.labels.get(&name.value) else {
            errs.push((name.pos, format!("label {} not defined", name.value)));
            continue;
        };
        // The label's blocks must all be around the goto too.
        let k = l.len() - 1;
        if let Some(p) = (0..=k).find(|&p| g.get(p).map(|x| x.0) != Some(l[p].0)) {
            let start = w.starts[l[p].0];
            let msg = format!("goto {} jumps into block starting at {}", name.value, at(start));
            errs.push((name.pos, msg));
            continue;
        }
        // A forward jump in the label's block must not pass a declaration.
        let (block, li) = l[k];
        let gi = g[k].1;
        if li > gi {
            let skipped = w
                .decls
                .get(&block)
                .and_then(|d| d.iter().filter(|(i, _, _)| *i > gi && *i < li).next_back());
            if let Some((_, var, pos)) = skipped {
                let msg = format!(
                    "goto {} jumps over declaration of {} at {}",
                    name.value,
                    var,
                    at(*pos)
                );
                errs.push((name.pos, msg));
            }
        }
    }
    errs.sort_by_key(|e| e.0);
    errs
}
