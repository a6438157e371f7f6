//! The builtins complex, real and imag (go/types builtins.go _Complex, _Real, _Imag).

use super::expr::Operand;
use super::{Builtin, Checker, Mode};
use crate::lang::ast::{expr_string, Expr};
use crate::lang::constant::Value;
use crate::lang::types::{identical, BasicKind, Type};

impl<'a> Checker<'a> {
    /// `complex(x, y)`, `real(x)` or `imag(x)`; the argument count is already checked.
    pub(crate) fn complex_builtin(
        &mut self,
        b: Builtin,
        e: &'a Expr,
        args: &'a [Expr],
    ) -> Operand<'a> {
        let inv = Operand::invalid(e);
        if b == Builtin::Complex {
            return self.complex_call(e, args);
        }
        let mut x = self.expr(&args[0]);
        if x.is_invalid() {
            return inv;
        }
        if x.ty.is_untyped() {
            if x.mode == Mode::Constant && x.ty.is_numeric() {
                // An untyped constant number is also a complex constant.
                x.ty = Type::Basic(BasicKind::UntypedComplex);
            } else {
                self.convert_untyped(&mut x, &Type::Basic(BasicKind::Complex128));
                if x.is_invalid() {
                    return inv;
                }
            }
        }
        const PARTS: [(BasicKind, BasicKind); 3] = [
            (BasicKind::Complex64, BasicKind::Float32),
            (BasicKind::Complex128, BasicKind::Float64),
            (BasicKind::UntypedComplex, BasicKind::UntypedFloat),
        ];
        let Some(res) = self.result_kind(&x, &PARTS, "argument has type {}, expected complex type")
        else {
            return inv;
        };
        let val = match (x.mode, x.val.complex_parts()) {
            (Mode::Constant, Some((re, im))) => {
                // An integer part is a float constant here (real(2+0i) is untyped float 2).
                match if b == Builtin::Real { re } else { im } {
                    Value::Int(i) => Value::Rat(i, 1),
                    part => part,
                }
            }
            _ => Value::Unknown,
        };
        let mode = if val == Value::Unknown { Mode::Value } else { Mode::Constant };
        Operand { mode, expr: Some(e), ty: Type::Basic(res), val }
    }

    fn complex_call(&mut self, e: &'a Expr, args: &'a [Expr]) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let mut x = self.expr(&args[0]);
        let mut y = self.expr(&args[1]);
        if x.is_invalid() || y.is_invalid() {
            return inv;
        }
        match (x.ty.is_untyped(), y.ty.is_untyped()) {
            (false, false) => {}
            (true, false) => self.convert_untyped(&mut x, &y.ty.clone()),
            (false, true) => self.convert_untyped(&mut y, &x.ty.clone()),
            (true, true) => {
                if x.mode == Mode::Constant && y.mode == Mode::Constant {
                    for o in [&mut x, &mut y] {
                        if o.ty.is_numeric() && o.val.to_float().is_some() {
                            o.ty = Type::Basic(BasicKind::UntypedFloat);
                        }
                    }
                } else {
                    self.convert_untyped(&mut x, &Type::Basic(BasicKind::Float64));
                    self.convert_untyped(&mut y, &Type::Basic(BasicKind::Float64));
                }
            }
        }
        if x.is_invalid() || y.is_invalid() {
            return inv;
        }
        if !identical(&x.ty, &y.ty) {
            let msg = format!(
                "invalid operation: {} (mismatched types {} and {})",
                expr_string(e),
                self.ts(&x.ty),
                self.ts(&y.ty)
            );
            self.error(x.pos(), msg);
            return inv;
        }
        const WHOLE: [(BasicKind, BasicKind); 3] = [
            (BasicKind::Float32, BasicKind::Complex64),
            (BasicKind::Float64, BasicKind::Complex128),
            (BasicKind::UntypedFloat, BasicKind::UntypedComplex),
        ];
        let Some(res) =
            self.result_kind(&x, &WHOLE, "arguments have type {}, expected floating-point")
        else {
            return inv;
        };
        let val = match (x.mode, y.mode, x.val.complex_parts(), y.val.complex_parts()) {
            (Mode::Constant, Mode::Constant, Some((re, _)), Some((im, _))) => {
                Value::complex(re, im)
            }
            _ => Value::Unknown,
        };
        let mode = if val == Value::Unknown { Mode::Value } else { Mode::Constant };
        Operand { mode, expr: Some(e), ty: Type::Basic(res), val }
    }

    /// The result kind for `x`'s kind in `table`, or the error `invalid argument: {what}`
    /// (with x's type for `{}`) and None.
    fn result_kind(
        &mut self,
        x: &Operand<'a>,
        table: &[(BasicKind, BasicKind)],
        what: &str,
    ) -> Option<BasicKind> {
        let k = x.ty.underlying().basic_kind();
        if let Some((_, r)) = table.iter().find(|(from, _)| Some(*from) == k) {
            return Some(*r);
        }
        let msg = format!("invalid argument: {}", what.replace("{}", &self.ts(&x.ty)));
        self.error(x.pos(), msg);
        None
    }
}
