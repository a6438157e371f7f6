//! Tidy check: every module depends only on the layers below it (see ARCHITECTURE.md).
//!
//! Each folder (or single-file module) under `src/` is one layer. The table below lists, for
//! each layer, every other layer it may name; any `crate::X` path in its code (comments
//! excluded) that names a layer outside its list fails the test. The table is the picture
//! ARCHITECTURE.md draws, so a new edge has to be added here on purpose.

use std::collections::BTreeSet;
use std::path::Path;

/// (layer, layers it may use). Bottom first.
const LAYERS: &[(&str, &[&str])] = &[
    ("sys", &[]),
    ("vm", &[]),
    ("trace", &["vm"]),
    ("heap", &["sys", "vm"]),
    ("rt", &["sys", "vm", "heap", "trace"]),
    ("sched", &["sys", "vm", "heap", "trace", "rt"]),
    ("library", &["sys", "vm", "heap", "trace", "rt", "sched"]),
    // The checker reads the library table's Go declarations, and the code generator its
    // native ids (nothing else of it): the front end sits above the table it type-checks
    // against.
    ("lang", &["library"]),
    ("compile", &["lang", "vm", "library"]),
    ("interp", &["sys", "vm", "heap", "trace", "rt", "sched", "library"]),
    ("run", &["sys", "vm", "heap", "trace", "rt", "sched", "interp"]),
    ("exercise", &["vm", "lang", "compile", "sched", "run"]),
    ("serve", &[]),
    ("web", &["sys", "vm", "trace", "lang", "compile", "sched", "run", "exercise"]),
];

/// Every `.rs` file of a layer: `src/NAME/**.rs` or `src/NAME.rs`.
fn sources(layer: &str) -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let file = src.join(format!("{layer}.rs"));
    if file.exists() {
        out.push((file.display().to_string(), std::fs::read_to_string(&file).unwrap()));
    }
    let mut dirs = vec![src.join(layer)];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    assert!(!out.is_empty(), "layer {layer} has no sources");
    out
}

/// The layers a file names through `crate::X` (comment lines skipped).
fn used_layers(text: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            let name: String =
                after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                used.insert(name);
            }
            rest = after;
        }
    }
    used
}

#[test]
fn every_layer_uses_only_the_layers_below_it() {
    let known: BTreeSet<&str> = LAYERS.iter().map(|(l, _)| *l).collect();
    let mut violations = Vec::new();
    for (layer, allowed) in LAYERS {
        for (path, text) in sources(layer) {
            for used in used_layers(&text) {
                if used == *layer {
                    continue;
                }
                if !known.contains(used.as_str()) {
                    violations
                        .push(format!("{path}: names crate::{used}, which is not a known layer"));
                } else if !allowed.contains(&used.as_str()) {
                    violations
                        .push(format!("{path}: layer `{layer}` must not use `crate::{used}`"));
                }
            }
        }
    }
    assert!(violations.is_empty(), "layering violations:\n{}", violations.join("\n"));
}

#[test]
fn every_module_of_the_crate_is_a_layer() {
    // A new top-level module must be placed in the table above.
    let lib =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let known: BTreeSet<&str> = LAYERS.iter().map(|(l, _)| *l).collect();
    for line in lib.lines() {
        if let Some(name) = line.trim().strip_prefix("pub mod ").and_then(|r| r.strip_suffix(';')) {
            assert!(
                known.contains(name),
                "src/lib.rs declares `{name}`, which tests/layers.rs does not place"
            );
        }
    }
}

#[test]
fn the_table_is_acyclic_and_bottom_up() {
    // Each layer may only use layers listed before it, so the table itself has no cycle.
    for (i, (layer, allowed)) in LAYERS.iter().enumerate() {
        for a in *allowed {
            let j = LAYERS
                .iter()
                .position(|(l, _)| l == a)
                .unwrap_or_else(|| panic!("{layer} allows unknown {a}"));
            assert!(j < i, "{layer} may use {a}, which is not below it");
        }
    }
}

#[test]
fn the_checker_notices_a_violation() {
    // The scanner itself must find an edge, or the test above could pass vacuously.
    let used = used_layers(
        "use crate::sched::Runtime; // crate::web in a comment\nlet x = crate::interp::run;",
    );
    assert_eq!(
        used.into_iter().collect::<Vec<_>>(),
        vec!["interp".to_string(), "sched".to_string()]
    );
}
