//! Code for complex numbers (`Op::Cplx`): constants, arithmetic, comparison, conversions
//! and the builtins complex, real and imag.

use super::Gen;
use crate::lang::ast::Expr;
use crate::lang::token::Operator;
use crate::lang::types::{BasicKind, Type};
use crate::vm::op::{CplxOp, Op, Reg};

/// Whether `t` is a complex type (complex64, complex128 or a type defined from one).
pub(crate) fn is_complex(t: &Type) -> bool {
    t.underlying().basic_kind().is_some_and(|k| k.is_complex())
}

/// Whether `t` is complex64 (or a float32, for real and imag's results).
fn single(t: &Type) -> bool {
    matches!(t.underlying().basic_kind(), Some(BasicKind::Complex64 | BasicKind::Float32))
}

impl Gen<'_> {
    fn cplx(&mut self, op: CplxOp, dst: Reg, a: Reg, b: Reg, t: &Type) {
        self.emit(Op::Cplx { op, dst, a, b, single: single(t) });
    }

    /// dst = the complex constant re+im·i.
    pub(crate) fn load_complex(&mut self, dst: Reg, (re, im): (f64, f64)) {
        let a = self.alloc_n(2);
        self.emit(Op::LoadFloat { dst: a, v: re });
        self.emit(Op::LoadFloat { dst: a + 1, v: im });
        self.emit(Op::Cplx { op: CplxOp::Make, dst, a, b: a + 1, single: false });
    }

    /// dst = a op b for complex operands of type `t`; false if `op` is no complex operator.
    pub(crate) fn complex_arith(
        &mut self,
        op: Operator,
        t: &Type,
        dst: Reg,
        a: Reg,
        b: Reg,
    ) -> bool {
        let o = match op {
            Operator::Add => CplxOp::Add,
            Operator::Sub => CplxOp::Sub,
            Operator::Mul => CplxOp::Mul,
            Operator::Div => CplxOp::Div,
            Operator::Eql => CplxOp::Eq,
            Operator::Neq => CplxOp::Ne,
            _ => return false,
        };
        self.cplx(o, dst, a, b, t);
        true
    }

    /// dst = -a.
    pub(crate) fn complex_neg(&mut self, t: &Type, dst: Reg, a: Reg) {
        self.cplx(CplxOp::Neg, dst, a, a, t);
    }

    /// dst = T(a) between complex types (complex64's parts are rounded).
    pub(crate) fn complex_conv(&mut self, to: &Type, dst: Reg, a: Reg) {
        self.cplx(CplxOp::Conv, dst, a, a, to);
    }

    /// complex(x, y) (`Make`), real(x) or imag(x) (not constant) of result type `t`.
    pub(crate) fn complex_builtin(&mut self, op: CplxOp, t: &Type, args: &[Expr]) -> Reg {
        let dst = self.alloc();
        let a = self.expr(&args[0]);
        let b = match args.get(1) {
            Some(y) => self.expr(y),
            None => a,
        };
        self.cplx(op, dst, a, b, t);
        dst
    }
}
