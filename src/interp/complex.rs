//! Complex numbers (`Op::Cplx`): immutable two-float objects, handle 0 for 0+0i.

use super::alloc::alloc_value;
use super::Exit;
use crate::rt::obj::complex_obj;
use crate::sched::{MCtx, Runtime};
use crate::vm::op::CplxOp;
use crate::vm::value::Value;

/// Runs one complex operation on registers `a` and `b`.
pub(super) fn exec(
    rt: &Runtime,
    m: &mut MCtx,
    op: CplxOp,
    a: Value,
    b: Value,
    single: bool,
) -> Result<Value, Exit> {
    let parts = |v: Value| rt.heap.complex(v);
    let round = |f: f64| if single { f as f32 as f64 } else { f };
    let c = match op {
        CplxOp::Make => (a.as_float(), b.as_float()),
        CplxOp::Real => return Ok(Value::float(round(parts(a).0))),
        CplxOp::Imag => return Ok(Value::float(round(parts(a).1))),
        CplxOp::Eq | CplxOp::Ne => {
            let eq = parts(a) == parts(b);
            return Ok(Value::bool(eq == (op == CplxOp::Eq)));
        }
        CplxOp::Neg => {
            let (re, im) = parts(a);
            (-re, -im)
        }
        CplxOp::Conv => parts(a),
        CplxOp::Add | CplxOp::Sub | CplxOp::Mul | CplxOp::Div => arith(op, parts(a), parts(b)),
    };
    new(rt, m, (round(c.0), round(c.1)))
}

/// `a op b` as Go computes it (complex64 operands were already rounded).
pub fn arith(op: CplxOp, (ar, ai): (f64, f64), (br, bi): (f64, f64)) -> (f64, f64) {
    match op {
        CplxOp::Add => (ar + br, ai + bi),
        CplxOp::Sub => (ar - br, ai - bi),
        CplxOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        _ => crate::rt::complex::div((ar, ai), (br, bi)),
    }
}

/// A complex value holding `c`.
pub(super) fn new(rt: &Runtime, m: &mut MCtx, c: (f64, f64)) -> Result<Value, Exit> {
    match complex_obj(c) {
        None => Ok(Value::ZERO),
        Some(o) => alloc_value(rt, m, o),
    }
}
