//! Unit tests of code generation shapes.

use super::compile;
use crate::vm::op::Op;

fn prog(src: &str) -> crate::vm::program::Program {
    match compile("prog.go", src) {
        Ok(p) => p,
        Err(d) => panic!("compile errors: {:?}", d),
    }
}

#[test]
fn hello_world() {
    let p =
        prog("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\", 42)\n}\n");
    let main = &p.funcs[p.main as usize];
    assert_eq!(main.name, "main.main");
    assert_eq!(main.code.len(), main.lines.len());
    assert!(main
        .code
        .iter()
        .any(|op| matches!(op, Op::CallNative { nargs: 2, .. })));
    assert_eq!(p.types[0].name, "");
}
