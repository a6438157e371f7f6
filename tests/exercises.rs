//! Every exercise under exercises/ parses, its starting program fails at least one check
//! (there is something to do), and the solution under tests/exercises/ passes them all.

use gopark::exercise::Exercise;
use std::path::Path;

fn exercises() -> Vec<(String, Exercise)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises");
    let mut out: Vec<(String, Exercise)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let ex = Exercise::parse(&std::fs::read_to_string(&p).unwrap())
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, ex)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn there_are_at_least_eight_exercises() {
    assert!(exercises().len() >= 8);
}

#[test]
fn starters_fail_and_solutions_pass() {
    let sols = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/exercises");
    let mut problems = Vec::new();
    for (name, ex) in exercises() {
        let starter = ex.check(&ex.starter);
        if starter.iter().all(|v| v.passed) {
            problems.push(format!("{name}: the starting program already passes every check"));
        }
        let sol = std::fs::read_to_string(sols.join(format!("{name}.go")))
            .unwrap_or_else(|_| panic!("{name}: no solution in tests/exercises"));
        for v in ex.check(&sol).iter().filter(|v| !v.passed) {
            problems.push(format!("{name}: solution fails '{}': {}", v.name, v.detail));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_broken_exercise_file_is_a_clear_error() {
    let err = Exercise::parse("title = \"x\"\ntask = \"y\"\nstarter = \"z\"\n").unwrap_err();
    assert!(err.contains("[[check]]"), "{err}");
    let err = Exercise::parse("title = 1").unwrap_err();
    assert!(err.contains("title"), "{err}");
    let bad_kind = "title = \"x\"\ntask = \"y\"\nstarter = \"z\"\n[[check]]\nkind = \"vibes\"\n";
    assert!(Exercise::parse(bad_kind).unwrap_err().contains("vibes"));
}

#[test]
fn a_program_that_does_not_compile_fails_with_the_compiler_message() {
    let (_, ex) = exercises().remove(0);
    let v = ex.check("package main\n\nfunc main() {\n\tx := 1\n}\n");
    assert_eq!(v.len(), 1);
    assert!(!v[0].passed);
    assert!(v[0].detail.contains("prog.go:4:2: declared and not used: x"), "{}", v[0].detail);
}

#[test]
fn stopping_with_context_rejects_a_cancel_without_waiting() {
    let (_, ex) = exercises()
        .into_iter()
        .find(|(n, _)| n == "09-stop-with-context")
        .expect("the context exercise exists");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/exercises/wrong");
    let wrong = std::fs::read_to_string(dir.join("09-stop-with-context.go")).unwrap();
    let v = ex.check(&wrong);
    let failed: Vec<&str> = v.iter().filter(|v| !v.passed).map(|v| v.name.as_str()).collect();
    assert!(failed.iter().any(|n| n.contains("no goroutine")), "{v:?}");
    assert!(failed.iter().any(|n| n.contains("output")), "{v:?}");
}
