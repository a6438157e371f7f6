//! Per-function generation state: the register stack, local variable homes, jump labels,
//! enclosing loops (for break/continue), and static defers.

use super::Gen;
use crate::lang::check::{FuncIdx, ObjId};
use crate::lang::token::Pos;
use crate::lang::types::Signature;
use crate::vm::op::{FuncId, Op, Reg};
use std::collections::HashMap;
use std::rc::Rc;

/// A jump target, bound to a code position once known.
#[derive(Debug, Default)]
pub(crate) struct Label {
    pub(crate) at: Option<u32>,
    pub(crate) patches: Vec<usize>,
}

/// An enclosing breakable statement.
#[derive(Debug)]
pub(crate) struct LoopCtx {
    pub(crate) label: Option<String>,
    pub(crate) brk: usize,
    /// None for switch statements (continue skips them).
    pub(crate) cont: Option<usize>,
}

#[derive(Debug, Clone)]
pub(crate) enum DeferKind {
    /// Call a function: args in regs.
    Call(FuncId),
    /// Call the closure in regs[0] with args regs[1..].
    Closure,
    /// Call a native with args in regs.
    Native(crate::vm::op::Native),
    /// wg.Add(n): regs = [wg, n]; wg.Done(), wg.Wait(): regs = [wg].
    WgAdd,
    WgDone,
    WgWait,
    /// mu.Lock() / mu.Unlock(): regs = [mu].
    MutexLock,
    MutexUnlock,
    /// close(ch).
    Close,
    /// panic(v).
    Panic,
}

pub(crate) struct Fb {
    pub(crate) id: FuncId,
    /// The checker's function (u32::MAX for synthesized functions).
    pub(crate) fidx: FuncIdx,
    /// The signature (for synthesized functions, empty).
    #[allow(dead_code)]
    pub(crate) sig: Rc<Signature>,
    pub(crate) code: Vec<crate::vm::op::Op>,
    pub(crate) lines: Vec<u32>,
    pub(crate) line: u32,
    /// Next free register.
    pub(crate) top: Reg,
    /// Registers below this hold live locals (temporaries are released down to it).
    pub(crate) locals_top: Reg,
    /// Highest register count used.
    pub(crate) max: u16,
    /// Home register of each local variable (value, or box handle for boxed ones).
    pub(crate) vars: HashMap<ObjId, Reg>,
    pub(crate) labels: Vec<Label>,
    pub(crate) loops: Vec<LoopCtx>,
    /// Some(n) when the function has defer statements: the registers a deferred call
    /// needs (the pending call's function, then the arguments).
    pub(crate) defer_regs: Option<u16>,
    pub(crate) loop_depth: u32,
    /// Label name for the next for/switch statement (from a labeled statement).
    pub(crate) pending_label: Option<String>,
    /// The code label of each statement label, made by the first goto or the label itself
    /// (a goto may come before its label).
    pub(crate) goto_targets: HashMap<String, usize>,
    /// In the body of a range over a function: the register with its loop's "stopped" box.
    pub(crate) range_done: Option<Reg>,
}

impl Fb {
    pub(crate) fn new(id: FuncId, fidx: FuncIdx, sig: Rc<Signature>, line: u32) -> Fb {
        Fb {
            id,
            fidx,
            sig,
            code: Vec::new(),
            lines: Vec::new(),
            line,
            top: 0,
            locals_top: 0,
            max: 0,
            vars: HashMap::new(),
            labels: Vec::new(),
            loops: Vec::new(),
            defer_regs: None,
            loop_depth: 0,
            pending_label: None,
            goto_targets: HashMap::new(),
            range_done: None,
        }
    }

    /// Points every jump at its label's position.
    pub(crate) fn patch_labels(&mut self) {
        let end = self.code.len() as u32;
        for l in &self.labels {
            let to = l.at.unwrap_or(end);
            for &p in &l.patches {
                match &mut self.code[p] {
                    Op::Jmp { to: t } | Op::JmpIf { to: t, .. } | Op::JmpIfNot { to: t, .. } => {
                        *t = to
                    }
                    _ => {}
                }
            }
        }
    }
}

impl<'a> Gen<'a> {
    pub(crate) fn f(&mut self) -> &mut Fb {
        self.fs.last_mut().expect("no function being generated")
    }

    pub(crate) fn set_line(&mut self, pos: Pos) {
        if pos.line > 0 {
            self.f().line = pos.line;
        }
    }

    pub(crate) fn emit(&mut self, op: Op) -> usize {
        let f = self.f();
        f.code.push(op);
        f.lines.push(f.line);
        f.code.len() - 1
    }

    /// A new temporary register on top of the stack.
    pub(crate) fn alloc(&mut self) -> Reg {
        self.alloc_n(1)
    }

    /// `n` consecutive new registers; returns the first.
    pub(crate) fn alloc_n(&mut self, n: u16) -> Reg {
        let f = self.f();
        let r = f.top;
        let top = (f.top as u32 + n as u32).min(u16::MAX as u32 - 16) as u16;
        f.top = top;
        if f.top > f.max {
            f.max = f.top;
        }
        r
    }

    /// Makes sure the frame has room for `n` registers from `base` (call results).
    pub(crate) fn reserve_to(&mut self, base: Reg, n: u16) {
        let f = self.f();
        let end = (base as u32 + n as u32).min(u16::MAX as u32 - 16) as u16;
        if end > f.max {
            f.max = end;
        }
    }

    /// A new local variable register (lives until the end of its block).
    pub(crate) fn alloc_local(&mut self) -> Reg {
        let r = self.alloc();
        let f = self.f();
        if f.top > f.locals_top {
            f.locals_top = f.top;
        }
        r
    }

    /// Releases temporaries (end of a statement).
    pub(crate) fn release_temps(&mut self) {
        let f = self.f();
        f.top = f.locals_top;
    }

    /// Opens a block: returns the state to restore at its end.
    pub(crate) fn open_block(&mut self) -> (Reg, Reg) {
        let f = self.f();
        (f.top, f.locals_top)
    }

    pub(crate) fn close_block(&mut self, saved: (Reg, Reg)) {
        let f = self.f();
        f.top = saved.0;
        f.locals_top = saved.1;
    }

    // ---- labels

    pub(crate) fn new_label(&mut self) -> usize {
        let f = self.f();
        f.labels.push(Label::default());
        f.labels.len() - 1
    }

    pub(crate) fn bind(&mut self, l: usize) {
        let f = self.f();
        let at = f.code.len() as u32;
        f.labels[l].at = Some(at);
    }

    pub(crate) fn jmp(&mut self, l: usize) {
        let i = self.emit(Op::Jmp { to: 0 });
        self.f().labels[l].patches.push(i);
    }

    pub(crate) fn jmp_if(&mut self, c: Reg, l: usize) {
        let i = self.emit(Op::JmpIf { c, to: 0 });
        self.f().labels[l].patches.push(i);
    }

    pub(crate) fn jmp_if_not(&mut self, c: Reg, l: usize) {
        let i = self.emit(Op::JmpIfNot { c, to: 0 });
        self.f().labels[l].patches.push(i);
    }

    // ---- small emitters

    pub(crate) fn load_int(&mut self, dst: Reg, v: i64) {
        self.emit(Op::LoadInt { dst, v });
    }

    pub(crate) fn int_temp(&mut self, v: i64) -> Reg {
        let r = self.alloc();
        self.load_int(r, v);
        r
    }

    pub(crate) fn mov(&mut self, dst: Reg, src: Reg) {
        if dst != src {
            self.emit(Op::Move { dst, src });
        }
    }
}
