//! Tidy check: layers depend only downward (see ARCHITECTURE.md).
//! lang knows nothing of the runtime; trace knows nothing above it; rt never runs the interpreter.

use std::path::Path;

fn sources(dir: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir);
    for entry in std::fs::read_dir(&root).unwrap_or_else(|e| panic!("{}: {e}", root.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
    out
}

fn forbid(dir: &str, forbidden: &[&str]) {
    for (path, text) in sources(dir) {
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for f in forbidden {
                assert!(
                    !line.contains(f),
                    "{path}: layer `{dir}` must not use `{f}`: {line}"
                );
            }
        }
    }
}

#[test]
fn lang_is_independent_of_the_runtime() {
    forbid(
        "lang",
        &[
            "crate::vm",
            "crate::sched",
            "crate::rt",
            "crate::trace",
            "crate::compile",
            "crate::web",
        ],
    );
}

#[test]
fn trace_is_the_bottom_layer() {
    forbid(
        "trace",
        &[
            "crate::sched",
            "crate::rt",
            "crate::lang",
            "crate::compile",
            "crate::web",
            "crate::vm::interp",
            "crate::vm::heap",
        ],
    );
}

#[test]
fn runtime_objects_do_not_run_code() {
    forbid(
        "rt",
        &[
            "crate::vm::interp",
            "crate::lang",
            "crate::compile",
            "crate::web",
        ],
    );
}

#[test]
fn compiler_does_not_touch_the_runtime() {
    forbid(
        "compile",
        &[
            "crate::sched",
            "crate::rt",
            "crate::vm::interp",
            "crate::vm::heap",
            "crate::web",
        ],
    );
}
