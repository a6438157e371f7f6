//! The VM and scheduler on hand-assembled bytecode, independent of the compiler.

use gopark::run::run_native;
use gopark::sched::{Config, Mode};
use gopark::trace::Kind;
use gopark::vm::op::{Native, Op};
use gopark::vm::{Func, Program, TypeDesc, TypeKind};
use std::sync::Arc;

fn func(name: &str, nparams: u16, nregs: u16, code: Vec<Op>) -> Func {
    let lines = (0..code.len() as u32).map(|i| i + 10).collect();
    Func {
        name: name.into(),
        nparams,
        nresults: 0,
        nregs,
        code,
        lines,
        captures: vec![],
        line: 1,
        ..Default::default()
    }
}

fn types() -> Vec<TypeDesc> {
    vec![
        TypeDesc::new(String::new(), TypeKind::Invalid),
        TypeDesc::new("int".into(), TypeKind::Int { bits: 64, signed: true }),
    ]
}

fn program(funcs: Vec<Func>) -> Arc<Program> {
    Arc::new(Program {
        file: "prog.go".into(),
        funcs,
        strings: vec![],
        types: types(),
        nglobals: 0,
        init: None,
        main: 0,
        ..Default::default()
    })
}

fn cfg(mode: Mode, procs: usize) -> Config {
    Config { procs, mode, seed: 7, ..Config::default() }
}

/// main: ch := make(chan int); go worker(ch); fmt.Println(<-ch)
/// worker(ch): ch <- 42
fn handoff() -> Arc<Program> {
    program(vec![
        func(
            "main.main",
            0,
            8,
            vec![
                Op::LoadInt { dst: 1, v: 0 },
                Op::MakeChan { dst: 0, cap: 1, elem: 1 },
                Op::Move { dst: 2, src: 0 },
                Op::Go { func: 1, base: 2, nargs: 1 },
                Op::Recv { dst: 3, ch: 0 },
                Op::MakeIface { dst: 4, src: 3, ty: 1 },
                Op::CallNative { native: Native::FmtPrintln, base: 4, nargs: 1 },
                Op::Ret { src: 0, n: 0 },
            ],
        ),
        func(
            "main.worker",
            1,
            2,
            vec![Op::LoadInt { dst: 1, v: 42 }, Op::Send { ch: 0, v: 1 }, Op::Ret { src: 0, n: 0 }],
        ),
    ])
}

#[test]
fn unbuffered_handoff_in_both_modes() {
    for (mode, procs) in
        [(Mode::Threads, 1), (Mode::Threads, 2), (Mode::Deterministic, 1), (Mode::Deterministic, 3)]
    {
        let out = run_native(handoff(), cfg(mode, procs));
        assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n", "{mode:?} {procs}");
        assert_eq!(out.exit_code, 0);
        assert!(
            out.events.iter().any(|e| e.kind == Kind::GoUnblock),
            "a GoUnblock event names the waker"
        );
    }
}

#[test]
fn main_blocked_forever_is_a_deadlock() {
    let prog = program(vec![func(
        "main.main",
        0,
        3,
        vec![
            Op::LoadInt { dst: 1, v: 0 },
            Op::MakeChan { dst: 0, cap: 1, elem: 1 },
            Op::Recv { dst: 2, ch: 0 },
            Op::Ret { src: 0, n: 0 },
        ],
    )]);
    for mode in [Mode::Threads, Mode::Deterministic] {
        let out = run_native(prog.clone(), cfg(mode, 2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n\tprog.go:12\n"), "{mode:?}: {err}");
        assert_eq!(out.exit_code, 2);
    }
}

/// isprime(n) bool, and worker(w, k, n, ch) sending the count of primes i < n, i = w mod k.
pub fn primes(n: i64, workers: i64) -> Arc<Program> {
    let isprime = Func {
        nresults: 1,
        ..func(
            "main.isprime",
            1,
            5,
            vec![
                /*0*/ Op::LoadInt { dst: 1, v: 2 },
                /*1*/ Op::LtI { dst: 2, a: 0, b: 1 },
                /*2*/ Op::JmpIf { c: 2, to: 11 },
                // d := 2; for d*d <= n
                /*3*/
                Op::MulI { dst: 3, a: 1, b: 1 },
                /*4*/ Op::GtI { dst: 2, a: 3, b: 0 },
                /*5*/ Op::JmpIf { c: 2, to: 13 },
                /*6*/ Op::RemI { dst: 4, a: 0, b: 1 },
                /*7*/ Op::LoadInt { dst: 3, v: 0 },
                /*8*/ Op::EqI { dst: 2, a: 4, b: 3 },
                /*9*/ Op::JmpIf { c: 2, to: 11 },
                /*10*/ Op::AddIK { dst: 1, a: 1, k: 1 },
                // (jump back)
                /*11*/ Op::Jmp { to: 15 },
                /*12*/ Op::Nop,
                /*13*/ Op::LoadInt { dst: 0, v: 1 },
                /*14*/ Op::Ret { src: 0, n: 1 },
                /*15*/ Op::LoadInt { dst: 0, v: 0 },
                /*16*/ Op::Ret { src: 0, n: 1 },
            ],
        )
    };
    // Patch: after AddIK at 10 we must loop to 3; the "false" exits jump to 15.
    let mut isprime = isprime;
    isprime.code[10] = Op::AddIK { dst: 1, a: 1, k: 1 };
    isprime.code.insert(11, Op::Jmp { to: 3 });
    // indices shifted by one after 11: fix jump targets
    isprime.code[2] = Op::JmpIf { c: 2, to: 16 };
    isprime.code[5] = Op::JmpIf { c: 2, to: 14 };
    isprime.code[9] = Op::JmpIf { c: 2, to: 16 };
    isprime.lines = (0..isprime.code.len() as u32).collect();
    // worker(w, k, n, ch): regs 0..3 params, 4 count, 5 i, 6 cond, 7 call base
    let worker = func(
        "main.worker",
        4,
        10,
        vec![
            /*0*/ Op::LoadInt { dst: 4, v: 0 },
            /*1*/ Op::Move { dst: 5, src: 0 },
            /*2*/ Op::LtI { dst: 6, a: 5, b: 2 },
            /*3*/ Op::JmpIfNot { c: 6, to: 10 },
            /*4*/ Op::Move { dst: 7, src: 5 },
            /*5*/ Op::Call { func: 1, base: 7 },
            /*6*/ Op::JmpIfNot { c: 7, to: 8 },
            /*7*/ Op::AddIK { dst: 4, a: 4, k: 1 },
            /*8*/ Op::AddI { dst: 5, a: 5, b: 1 },
            /*9*/ Op::Jmp { to: 2 },
            /*10*/ Op::Send { ch: 3, v: 4 },
            /*11*/ Op::Ret { src: 0, n: 0 },
        ],
    );
    // main: ch := make(chan int, workers); for w := 0; w < workers; w++ { go worker(w, workers, n, ch) }
    //       total := 0; for w ... { total += <-ch }; println(total)
    let main = func(
        "main.main",
        0,
        16,
        vec![
            /*0*/ Op::LoadInt { dst: 1, v: workers },
            /*1*/
            Op::MakeChan { dst: 0, cap: 1, elem: 1 },
            /*2*/ Op::LoadInt { dst: 2, v: 0 },
            /*3*/ Op::LtI { dst: 3, a: 2, b: 1 },
            /*4*/ Op::JmpIfNot { c: 3, to: 11 },
            /*5*/ Op::Move { dst: 8, src: 2 },
            /*6*/ Op::Move { dst: 9, src: 1 },
            /*7*/ Op::LoadInt { dst: 10, v: n },
            /*8*/ Op::Move { dst: 11, src: 0 },
            /*9*/
            Op::Go { func: 2, base: 8, nargs: 4 },
            /*10*/ Op::AddIK { dst: 2, a: 2, k: 1 },
            // loop back handled below
            /*11*/ Op::LoadInt { dst: 4, v: 0 },
            /*12*/ Op::LoadInt { dst: 2, v: 0 },
            /*13*/ Op::LtI { dst: 3, a: 2, b: 1 },
            /*14*/ Op::JmpIfNot { c: 3, to: 19 },
            /*15*/ Op::Recv { dst: 5, ch: 0 },
            /*16*/ Op::AddI { dst: 4, a: 4, b: 5 },
            /*17*/ Op::AddIK { dst: 2, a: 2, k: 1 },
            /*18*/ Op::Jmp { to: 13 },
            /*19*/
            Op::MakeIface { dst: 6, src: 4, ty: 1 },
            /*20*/
            Op::CallNative { native: Native::FmtPrintln, base: 6, nargs: 1 },
            /*21*/ Op::Ret { src: 0, n: 0 },
        ],
    );
    let mut main = main;
    // Insert the jump back of the spawn loop after AddIK at 10 and fix targets.
    main.code.insert(11, Op::Jmp { to: 3 });
    main.code[4] = Op::JmpIfNot { c: 3, to: 12 };
    main.code[15] = Op::JmpIfNot { c: 3, to: 20 };
    main.code[19] = Op::Jmp { to: 14 };
    main.lines = (0..main.code.len() as u32).collect();
    // worker's i += k uses register 1 (k).
    program(vec![main, isprime, worker])
}

#[test]
fn parallel_primes_agree_across_modes() {
    let prog = primes(20_000, 3);
    for (mode, procs) in [(Mode::Threads, 1), (Mode::Threads, 2), (Mode::Deterministic, 2)] {
        let out = run_native(prog.clone(), Config { trace: true, ..cfg(mode, procs) });
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "2262\n",
            "{mode:?} procs={procs} stderr={}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.exit_code, 0);
    }
}

#[test]
fn deterministic_runs_are_identical() {
    let prog = primes(5_000, 4);
    let a = run_native(prog.clone(), Config { trace: true, ..cfg(Mode::Deterministic, 2) });
    let b = run_native(prog.clone(), Config { trace: true, ..cfg(Mode::Deterministic, 2) });
    assert_eq!(a.events, b.events);
    assert!(a.events.len() > 10);
    assert_eq!(a.stdout, b.stdout);
}

/// Timing probe (not a test of speed): `cargo test --release --test vm -- --ignored --nocapture`.
#[test]
#[ignore]
fn primes_speed_probe() {
    for procs in [1, 2] {
        let prog = primes(2_000_000, 4);
        let t = std::time::Instant::now();
        let out = run_native(prog, Config { trace: false, ..cfg(Mode::Threads, procs) });
        println!(
            "procs={procs}: {:?} -> {}",
            t.elapsed(),
            String::from_utf8_lossy(&out.stdout).trim()
        );
    }
}

/// for i := 0; i < n; i++ { p := new box } with a small heap: only collection keeps it alive.
fn garbage_loop(n: i64, keep: bool) -> Arc<Program> {
    program(vec![func(
        "main.main",
        0,
        6,
        vec![
            /*0*/ Op::LoadInt { dst: 0, v: 0 },
            /*1*/ Op::LoadInt { dst: 1, v: n },
            /*2*/ Op::LtI { dst: 2, a: 0, b: 1 },
            /*3*/ Op::JmpIfNot { c: 2, to: 8 },
            // keep: the new box points at the previous one (a growing chain); else garbage
            /*4*/
            Op::NewBox { dst: 3, src: if keep { 3 } else { 4 } },
            /*5*/ Op::AddIK { dst: 0, a: 0, k: 1 },
            /*6*/ Op::Jmp { to: 2 },
            /*7*/ Op::Nop,
            /*8*/ Op::Ret { src: 0, n: 0 },
        ],
    )])
}

#[test]
fn collector_reclaims_garbage_and_limit_stops_growth() {
    let mut c = cfg(Mode::Threads, 2);
    c.limits.max_heap_bytes = 1 << 20;
    let out = run_native(garbage_loop(200_000, false), c.clone());
    assert_eq!(out.exit_code, 0, "garbage is collected: {}", String::from_utf8_lossy(&out.stderr));
    let out = run_native(garbage_loop(200_000, true), c);
    assert_eq!(out.exit_code, 2);
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("fatal error: runtime: out of memory"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// main: a, b := make(chan int), make(chan int); go worker(b) (sends 7 on b)
///       select { case v := <-a: println(100+v) ; case v := <-b: println(v) }  -> prints the case index and value
///       select { case <-a: ; default: println(-1) }
///       select {}   -> deadlock "select (no cases)"
#[test]
fn select_blocks_on_all_cases_then_default_then_no_cases() {
    let prog = program(vec![
        func(
            "main.main",
            0,
            16,
            vec![
                /*0*/ Op::LoadInt { dst: 1, v: 0 },
                /*1*/
                Op::MakeChan { dst: 2, cap: 1, elem: 1 }, // a
                /*2*/
                Op::MakeChan { dst: 3, cap: 1, elem: 1 }, // b
                /*3*/ Op::Move { dst: 10, src: 3 },
                /*4*/
                Op::Go { func: 1, base: 10, nargs: 1 },
                /*5*/ Op::Move { dst: 4, src: 2 }, // case 0: <-a at base 4
                /*6*/ Op::Move { dst: 6, src: 3 }, // case 1: <-b at base 6
                /*7*/
                Op::Select { dst: 8, base: 4, n: 2, has_default: false, sends: 0 },
                /*8*/
                Op::MakeIface { dst: 11, src: 8, ty: 1 },
                /*9*/
                Op::MakeIface { dst: 12, src: 9, ty: 1 },
                /*10*/
                Op::CallNative { native: Native::FmtPrintln, base: 11, nargs: 2 },
                /*11*/
                Op::Select { dst: 8, base: 4, n: 1, has_default: true, sends: 0 },
                /*12*/
                Op::MakeIface { dst: 11, src: 8, ty: 1 },
                /*13*/
                Op::CallNative { native: Native::FmtPrintln, base: 11, nargs: 1 },
                /*14*/
                Op::Select { dst: 8, base: 4, n: 0, has_default: false, sends: 0 },
                /*15*/ Op::Ret { src: 0, n: 0 },
            ],
        ),
        func(
            "main.worker",
            1,
            2,
            vec![Op::LoadInt { dst: 1, v: 7 }, Op::Send { ch: 0, v: 1 }, Op::Ret { src: 0, n: 0 }],
        ),
    ]);
    for (mode, procs) in
        [(Mode::Threads, 1), (Mode::Threads, 2), (Mode::Deterministic, 1), (Mode::Deterministic, 2)]
    {
        let out = run_native(prog.clone(), cfg(mode, procs));
        assert_eq!(String::from_utf8_lossy(&out.stdout), "1 7\n-1\n", "{mode:?} {procs}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select (no cases)]:"), "{err}");
        assert_eq!(out.exit_code, 2);
    }
}

/// Two selects racing to receive from one sender: exactly one gets each value (claims are
/// exclusive), over many rounds and seeds.
#[test]
fn select_claims_are_exclusive() {
    // worker(ch, out): for i := 0; i < 200; i++ { select { case v := <-ch: out <- v } }
    // main: ch := make(chan int); out := make(chan int, 1000); go worker(ch, out) x2;
    //       for i := 0; i < 400; i++ { ch <- 1 }; sum 400 values from out; println(sum)
    let worker = func(
        "main.worker",
        2,
        10,
        vec![
            /*0*/ Op::LoadInt { dst: 2, v: 0 },
            /*1*/ Op::LoadInt { dst: 3, v: 200 },
            /*2*/ Op::LtI { dst: 4, a: 2, b: 3 },
            /*3*/ Op::JmpIfNot { c: 4, to: 9 },
            /*4*/ Op::Move { dst: 5, src: 0 },
            /*5*/
            Op::Select { dst: 7, base: 5, n: 1, has_default: false, sends: 0 },
            /*6*/ Op::Send { ch: 1, v: 8 },
            /*7*/ Op::AddIK { dst: 2, a: 2, k: 1 },
            /*8*/ Op::Jmp { to: 2 },
            /*9*/ Op::Ret { src: 0, n: 0 },
        ],
    );
    let main = func(
        "main.main",
        0,
        20,
        vec![
            /*0*/ Op::LoadInt { dst: 1, v: 0 },
            /*1*/
            Op::MakeChan { dst: 2, cap: 1, elem: 1 },
            /*2*/ Op::LoadInt { dst: 1, v: 1000 },
            /*3*/
            Op::MakeChan { dst: 3, cap: 1, elem: 1 },
            /*4*/ Op::Move { dst: 10, src: 2 },
            /*5*/ Op::Move { dst: 11, src: 3 },
            /*6*/
            Op::Go { func: 1, base: 10, nargs: 2 },
            /*7*/
            Op::Go { func: 1, base: 10, nargs: 2 },
            /*8*/ Op::LoadInt { dst: 4, v: 0 },
            /*9*/ Op::LoadInt { dst: 5, v: 400 },
            /*10*/ Op::LoadInt { dst: 6, v: 1 },
            /*11*/ Op::LtI { dst: 7, a: 4, b: 5 },
            /*12*/ Op::JmpIfNot { c: 7, to: 16 },
            /*13*/ Op::Send { ch: 2, v: 6 },
            /*14*/ Op::AddIK { dst: 4, a: 4, k: 1 },
            /*15*/ Op::Jmp { to: 11 },
            /*16*/ Op::LoadInt { dst: 4, v: 0 },
            /*17*/ Op::LoadInt { dst: 8, v: 0 },
            /*18*/ Op::LtI { dst: 7, a: 4, b: 5 },
            /*19*/ Op::JmpIfNot { c: 7, to: 24 },
            /*20*/ Op::Recv { dst: 9, ch: 3 },
            /*21*/ Op::AddI { dst: 8, a: 8, b: 9 },
            /*22*/ Op::AddIK { dst: 4, a: 4, k: 1 },
            /*23*/ Op::Jmp { to: 18 },
            /*24*/
            Op::MakeIface { dst: 10, src: 8, ty: 1 },
            /*25*/
            Op::CallNative { native: Native::FmtPrintln, base: 10, nargs: 1 },
            /*26*/ Op::Ret { src: 0, n: 0 },
        ],
    );
    let prog = program(vec![main, worker]);
    for seed in 1..6 {
        for (mode, procs) in [(Mode::Threads, 2), (Mode::Deterministic, 2)] {
            let out = run_native(prog.clone(), Config { seed, ..cfg(mode, procs) });
            assert_eq!(
                String::from_utf8_lossy(&out.stdout),
                "400\n",
                "{mode:?} seed {seed}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

/// An internal error (our bug) on one M ends the run with a message; the other Ms, parked,
/// are woken instead of waiting forever.
#[test]
fn an_internal_error_ends_the_run_instead_of_hanging() {
    let prog = program(vec![func(
        "main.main",
        0,
        2,
        vec![Op::LoadCapture { dst: 0, idx: 0 }, Op::Ret { src: 0, n: 0 }],
    )]);
    for mode in [Mode::Threads, Mode::Deterministic] {
        let out = run_native(prog.clone(), cfg(mode, 3));
        assert_eq!(out.exit_code, 2);
        assert!(String::from_utf8_lossy(&out.stderr)
            .contains("gopark internal error: LoadCapture outside a closure"));
    }
}
