//! Superinstructions: a pass over compiled code that fuses the commonest instruction pairs
//! of loops and calls (compare + conditional jump, increment + back edge, argument + call,
//! sum + return)
//! into one dispatch each, then
//! a constant load into the fused compare that follows it (`i < 10`, `n%d == 0`), and last
//! such a compare into the return its fall-through reaches (`if n < 2 { return n }`).
//!
//! The pass never moves code, so jump targets and line tables stay valid: the first
//! instruction of a pair is replaced by the fused one, which does the work of both and then
//! skips (or jumps past) the second; the second stays in place, so code that jumps straight
//! to it behaves as before. The fused compare still writes its destination register, in case
//! later code reads it.

use crate::vm::op::{Cmp, Op};
use crate::vm::program::Program;

pub fn optimize(prog: &mut Program) {
    for f in &mut prog.funcs {
        for i in 0..f.code.len().saturating_sub(1) {
            if let Some(fused) = fuse(f.code[i], f.code[i + 1]) {
                f.code[i] = fused;
            }
        }
        // After the pairs, so that the compare after a constant load is already fused.
        for i in 0..f.code.len().saturating_sub(1) {
            if let Some(fused) = fuse_const(f.code[i], f.code[i + 1]) {
                f.code[i] = fused;
            }
        }
        // After the constants: a fused compare whose fall-through returns.
        for i in 0..f.code.len().saturating_sub(3) {
            if let Some(fused) = fuse_ret(f.code[i], f.code[i + 3]) {
                f.code[i] = fused;
            }
        }
    }
}

/// `LoadInt` + `CmpJmpI` comparing with the loaded register -> `CmpJmpIK`, when the
/// constant fits the instruction.
fn fuse_const(first: Op, second: Op) -> Option<Op> {
    let (Op::LoadInt { dst: kdst, v }, Op::CmpJmpI { cmp, jump_if, dst, a, b, to }) =
        (first, second)
    else {
        return None;
    };
    let k = i16::try_from(v).ok()?;
    if b == kdst {
        Some(Op::CmpJmpIK { cmp, jump_if, dst, a, kdst, k, to })
    } else if a == kdst {
        Some(Op::CmpJmpIK { cmp: cmp.swap(), jump_if, dst, a: b, kdst, k, to })
    } else {
        None
    }
}

/// `CmpJmpIK { jump_if: false }` + the `Ret { n: 1 }` its fall-through reaches (three
/// instructions on, past the compare and jump it replaced) -> `CmpRetIK`.
fn fuse_ret(first: Op, fall_through: Op) -> Option<Op> {
    match (first, fall_through) {
        (Op::CmpJmpIK { cmp, jump_if: false, dst, a, kdst, k, to }, Op::Ret { src, n: 1 }) => {
            Some(Op::CmpRetIK { cmp, dst, a, kdst, k, src, to })
        }
        _ => None,
    }
}

fn fuse(first: Op, second: Op) -> Option<Op> {
    let cmp = match first {
        Op::EqI { dst, a, b } => Some((Cmp::Eq, dst, a, b)),
        Op::NeI { dst, a, b } => Some((Cmp::Ne, dst, a, b)),
        Op::LtI { dst, a, b } => Some((Cmp::Lt, dst, a, b)),
        Op::LeI { dst, a, b } => Some((Cmp::Le, dst, a, b)),
        Op::GtI { dst, a, b } => Some((Cmp::Gt, dst, a, b)),
        Op::GeI { dst, a, b } => Some((Cmp::Ge, dst, a, b)),
        _ => None,
    };
    if let Some((cmp, dst, a, b)) = cmp {
        return match second {
            Op::JmpIf { c, to } if c == dst => {
                Some(Op::CmpJmpI { cmp, jump_if: true, dst, a, b, to })
            }
            Op::JmpIfNot { c, to } if c == dst => {
                Some(Op::CmpJmpI { cmp, jump_if: false, dst, a, b, to })
            }
            _ => None,
        };
    }
    match (first, second) {
        (Op::AddIK { dst, a, k }, Op::Jmp { to }) => Some(Op::AddIKJmp { dst, a, k, to }),
        (Op::AddI { dst, a, b }, Op::Ret { src, n: 1 }) if src == dst => Some(Op::AddIRet { a, b }),
        (Op::Move { dst, src }, Op::Call { func, base }) => {
            Some(Op::ArgCall { add: false, dst, a: src, k: 0, func, base })
        }
        (Op::AddIK { dst, a, k }, Op::Call { func, base }) => {
            let k = i16::try_from(k).ok()?;
            Some(Op::ArgCall { add: true, dst, a, k, func, base })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::program::Func;

    #[test]
    fn fuses_pairs_in_place_and_keeps_targets() {
        let mut prog = Program {
            funcs: vec![Func {
                code: vec![
                    Op::LtI { dst: 2, a: 0, b: 1 },
                    Op::JmpIfNot { c: 2, to: 4 },
                    Op::AddIK { dst: 0, a: 0, k: 1 },
                    Op::Jmp { to: 0 },
                    Op::LtI { dst: 2, a: 0, b: 1 },
                    Op::JmpIf { c: 3, to: 0 }, // a different register: not fused
                ],
                ..Default::default()
            }],
            ..Default::default()
        };
        optimize(&mut prog);
        let code = &prog.funcs[0].code;
        assert_eq!(code.len(), 6);
        assert_eq!(
            code[0],
            Op::CmpJmpI { cmp: Cmp::Lt, jump_if: false, dst: 2, a: 0, b: 1, to: 4 }
        );
        assert_eq!(code[1], Op::JmpIfNot { c: 2, to: 4 });
        assert_eq!(code[2], Op::AddIKJmp { dst: 0, a: 0, k: 1, to: 0 });
        assert_eq!(code[4], Op::LtI { dst: 2, a: 0, b: 1 });
    }

    #[test]
    fn fuses_an_argument_into_the_call_after_it() {
        let mut prog = Program {
            funcs: vec![Func {
                code: vec![
                    Op::AddIK { dst: 3, a: 0, k: -1 },
                    Op::Call { func: 0, base: 3 },
                    Op::Move { dst: 4, src: 1 },
                    Op::Call { func: 0, base: 4 },
                    Op::Ret { src: 0, n: 0 },
                ],
                ..Default::default()
            }],
            ..Default::default()
        };
        optimize(&mut prog);
        let code = &prog.funcs[0].code;
        assert_eq!(code[0], Op::ArgCall { add: true, dst: 3, a: 0, k: -1, func: 0, base: 3 });
        assert_eq!(code[1], Op::Call { func: 0, base: 3 });
        assert_eq!(code[2], Op::ArgCall { add: false, dst: 4, a: 1, k: 0, func: 0, base: 4 });
    }

    #[test]
    fn fuses_a_sum_into_the_return_after_it() {
        let mut prog = Program {
            funcs: vec![Func {
                code: vec![
                    Op::AddI { dst: 1, a: 2, b: 3 },
                    Op::Ret { src: 1, n: 1 },
                    Op::AddI { dst: 1, a: 2, b: 3 },
                    Op::Ret { src: 2, n: 1 }, // returns another register: not fused
                    Op::AddI { dst: 0, a: 2, b: 3 },
                    Op::Ret { src: 0, n: 2 }, // two results: not fused
                ],
                ..Default::default()
            }],
            ..Default::default()
        };
        optimize(&mut prog);
        let code = &prog.funcs[0].code;
        assert_eq!(code[0], Op::AddIRet { a: 2, b: 3 });
        assert_eq!(code[1], Op::Ret { src: 1, n: 1 });
        assert_eq!(code[2], Op::AddI { dst: 1, a: 2, b: 3 });
        assert_eq!(code[4], Op::AddI { dst: 0, a: 2, b: 3 });
    }

    #[test]
    fn fuses_a_constant_into_the_compare_after_it() {
        let mut prog = Program {
            funcs: vec![Func {
                code: vec![
                    Op::LoadInt { dst: 2, v: 2 },
                    Op::LtI { dst: 1, a: 0, b: 2 },
                    Op::JmpIfNot { c: 1, to: 7 },
                    Op::LoadInt { dst: 3, v: 5 },
                    Op::LtI { dst: 1, a: 3, b: 0 },
                    Op::JmpIf { c: 1, to: 0 },
                    Op::LoadInt { dst: 3, v: 1 << 20 },
                    Op::LtI { dst: 1, a: 3, b: 0 },
                    Op::JmpIf { c: 1, to: 0 },
                ],
                ..Default::default()
            }],
            ..Default::default()
        };
        optimize(&mut prog);
        let code = &prog.funcs[0].code;
        assert_eq!(
            code[0],
            Op::CmpJmpIK { cmp: Cmp::Lt, jump_if: false, dst: 1, a: 0, kdst: 2, k: 2, to: 7 }
        );
        assert_eq!(
            code[1],
            Op::CmpJmpI { cmp: Cmp::Lt, jump_if: false, dst: 1, a: 0, b: 2, to: 7 }
        );
        // 5 < x is x > 5.
        assert_eq!(
            code[3],
            Op::CmpJmpIK { cmp: Cmp::Gt, jump_if: true, dst: 1, a: 0, kdst: 3, k: 5, to: 0 }
        );
        // Too large for the instruction: left alone.
        assert_eq!(code[6], Op::LoadInt { dst: 3, v: 1 << 20 });
    }

    /// `code` as one function's, after the pass.
    fn optimized(code: Vec<Op>) -> Vec<Op> {
        let mut prog =
            Program { funcs: vec![Func { code, ..Default::default() }], ..Default::default() };
        optimize(&mut prog);
        prog.funcs.swap_remove(0).code
    }

    #[test]
    fn fuses_a_base_case_return_into_its_compare() {
        let code = optimized(vec![
            Op::LoadInt { dst: 2, v: 2 },
            Op::LtI { dst: 1, a: 0, b: 2 },
            Op::JmpIfNot { c: 1, to: 4 },
            Op::Ret { src: 0, n: 1 },
            Op::LoadInt { dst: 2, v: 2 },
            Op::LtI { dst: 1, a: 0, b: 2 },
            Op::JmpIf { c: 1, to: 0 }, // returns when the compare fails: not fused
            Op::Ret { src: 0, n: 1 },
        ]);
        assert_eq!(
            code[0],
            Op::CmpRetIK { cmp: Cmp::Lt, dst: 1, a: 0, kdst: 2, k: 2, src: 0, to: 4 }
        );
        assert_eq!(code[3], Op::Ret { src: 0, n: 1 });
        assert!(matches!(code[4], Op::CmpJmpIK { jump_if: true, .. }));
    }
}
