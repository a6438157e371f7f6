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
    // The library's natives take variadic arguments as Go passes them: one []any.
    assert!(main.code.iter().any(|op| matches!(op, Op::SliceLit { n: 2, .. })));
    assert!(main.code.iter().any(|op| matches!(op, Op::CallNative { nargs: 1, .. })));
    assert_eq!(p.types[0].name, "");
}

fn func<'p>(p: &'p crate::vm::program::Program, name: &str) -> &'p crate::vm::program::Func {
    p.funcs.iter().find(|f| f.name == name).unwrap_or_else(|| panic!("no func {name}"))
}

#[test]
fn call_base_is_above_live_registers() {
    let p = prog("package main\n\nfunc add(a, b int) int { return a + b }\n\nfunc main() {\n\tx := 1\n\ty := add(x, add(x, 2))\n\tprintln(y)\n}\n");
    let main = func(&p, "main.main");
    // Every Call's base is above x and y's homes (registers 0 and 1).
    for op in &main.code {
        if let Op::Call { base, .. } = op {
            assert!(*base >= 2, "{:?}", main.code);
        }
    }
    let add = func(&p, "main.add");
    assert_eq!((add.nparams, add.nresults), (2, 1));
    assert!(
        // `return a + b`: the sum and the return fused (compile/peephole.rs).
        matches!(add.code[..], [Op::AddIRet { a: 0, b: 1 }, Op::Ret { n: 1, .. }, ..]),
        "{:?}",
        add.code
    );
}

#[test]
fn fmt_arguments_become_interfaces() {
    let p = prog("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 3\n\tfmt.Printf(\"%d %s\\n\", x, \"s\")\n\ts := fmt.Sprint(x)\n\tprintln(s)\n}\n");
    let main = func(&p, "main.main");
    let ifaces = main.code.iter().filter(|op| matches!(op, Op::MakeIface { .. })).count();
    assert!(ifaces >= 4, "{:?}", main.code);
    // Printf: format string (plain) at base, then the slice of two interface values.
    let printf = main.code.iter().position(|op| {
        matches!(op, Op::CallNative { native: crate::vm::Native::Lib(_), nargs: 2, .. })
    });
    assert!(printf.is_some(), "{:?}", main.code);
}

#[test]
fn waitgroup_ops() {
    let p = prog("package main\n\nimport \"sync\"\n\nfunc worker(wg *sync.WaitGroup) {\n\tdefer wg.Done()\n}\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo worker(&wg)\n\twg.Wait()\n}\n");
    let main = func(&p, "main.main");
    assert!(matches!(main.code[0], Op::NewWaitGroup { dst: 0 }), "{:?}", main.code);
    assert!(main.code.iter().any(|op| matches!(op, Op::WgAdd { wg: 0, .. })));
    assert!(main.code.iter().any(|op| matches!(op, Op::Go { nargs: 1, .. })));
    assert!(main.code.iter().any(|op| matches!(op, Op::WgWait { wg: 0 })));
    let worker = func(&p, "main.worker");
    // The deferred Done (a small function doing WgDone) runs before the final return.
    let ret = worker.code.iter().position(|op| matches!(op, Op::Ret { n: 0, .. }));
    let run = worker.code.iter().position(|op| matches!(op, Op::RunDefers { .. }));
    assert!(run.is_some() && run < ret, "{:?}", worker.code);
    assert!(worker.code.iter().any(|op| matches!(op, Op::Defer { nargs: 1, .. })));
    assert!(p.funcs.iter().any(|f| f.code.iter().any(|op| matches!(op, Op::WgDone { .. }))));
}

#[test]
fn boxed_loop_variable_gets_a_fresh_box_per_iteration() {
    let p = prog("package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tgo func() { i++ }()\n\t}\n}\n");
    let main = func(&p, "main.main");
    let boxes = main.code.iter().filter(|op| matches!(op, Op::NewBox { .. })).count();
    // One at the declaration, one per iteration before the post statement.
    assert_eq!(boxes, 2, "{:?}", main.code);
    assert!(main.code.iter().any(|op| matches!(op, Op::GoClosure { nargs: 0, .. })));
    let lit = func(&p, "main.main.func1");
    assert_eq!(lit.captures, vec![0]);
    assert!(matches!(lit.code[0], Op::LoadCapture { idx: 0, .. }));
    assert!(lit.code.iter().any(|op| matches!(op, Op::StoreBox { .. })));
}

#[test]
fn go_of_a_library_function_uses_a_thunk() {
    let p =
        prog("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tgo fmt.Println(\"x\", 1)\n}\n");
    let thunk = func(&p, "main.main.gowrap1");
    // Its one parameter is the []any of fmt.Println's arguments.
    assert_eq!(thunk.nparams, 1);
    assert!(matches!(thunk.code[0], Op::CallNative { base: 0, nargs: 1, .. }));
}

#[test]
fn package_init_runs_initialisers_in_dependency_order() {
    let p = prog("package main\n\nvar a = b + 1\nvar b = f()\n\nfunc f() int { return 2 }\n\nfunc init() { println(a) }\n\nfunc main() {}\n");
    let init = &p.funcs[p.init.unwrap() as usize];
    assert_eq!(init.name, "main.init");
    let stores: Vec<u32> = init
        .code
        .iter()
        .filter_map(|op| if let Op::StoreGlobal { g, .. } = op { Some(*g) } else { None })
        .collect();
    // b (global 1) before a (global 0).
    assert_eq!(stores, vec![1, 0]);
    assert!(init.code.iter().any(|op| matches!(op, Op::Call { .. })));
    assert!(p.funcs.iter().any(|f| f.name == "main.init.0"));
}

#[test]
fn functions_with_results_end_in_unreachable() {
    let p = prog("package main\n\nfunc f(x int) int {\n\tfor {\n\t\tif x > 0 {\n\t\t\treturn x\n\t\t}\n\t\tx++\n\t}\n}\n\nfunc main() { f(1) }\n");
    let f = func(&p, "main.f");
    assert!(matches!(f.code.last(), Some(Op::Unreachable)));
}

#[test]
fn sized_integers_wrap() {
    let p = prog("package main\n\nfunc main() {\n\tvar b int8 = 127\n\tb++\n\tvar u uint8 = 255\n\tu++\n\tprintln(b, u)\n}\n");
    let main = func(&p, "main.main");
    assert!(main.code.iter().any(|op| matches!(op, Op::ShrI { .. })));
    assert!(main.code.iter().any(|op| matches!(op, Op::AndI { .. })));
}

#[test]
fn loop_variable_changed_only_by_post_is_captured_by_value() {
    // Go 1.22 copies the variable per iteration and runs i++ on the next copy, so a
    // closure's copy never changes: no box needed.
    let p = prog("package main\n\nfunc main() {\n\tdone := make(chan bool)\n\tfor i := 0; i < 3; i++ {\n\t\tgo func() {\n\t\t\tprintln(i)\n\t\t\tdone <- true\n\t\t}()\n\t}\n\tfor range 3 {\n\t\t<-done\n\t}\n}\n");
    let main = func(&p, "main.main");
    assert!(!main.code.iter().any(|op| matches!(op, Op::NewBox { .. })), "{:?}", main.code);
}

#[test]
fn a_call_result_is_used_where_it_lands() {
    let p = prog("package main\n\nfunc f(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn f(n-1) + f(n-2)\n}\n\nfunc main() {\n\tprintln(f(3))\n}\n");
    let f = func(&p, "main.f");
    // Each call's result stays in the first register of its window, which the sum reads.
    assert!(!f.code.iter().any(|op| matches!(op, Op::Move { .. })), "{:?}", f.code);
    let bases: Vec<u16> = f
        .code
        .iter()
        .filter_map(|op| match op {
            Op::Call { base, .. } => Some(*base),
            _ => None,
        })
        .collect();
    assert!(
        f.code.iter().any(|op| matches!(op, Op::AddIRet { a, b } if [*a, *b] == bases[..])),
        "{:?}",
        f.code
    );
}
