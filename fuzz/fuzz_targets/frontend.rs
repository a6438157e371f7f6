//! Any bytes through the scanner, parser, checker and compiler: diagnostics or a program,
//! never a panic, and every diagnostic has a position inside the source.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(diags) = gopark::compile::compile_bytes("prog.go", data) {
        assert!(!diags.is_empty(), "an error without a diagnostic");
        for d in &diags {
            let text = d.render("prog.go");
            assert!(text.starts_with("prog.go:"), "{text}");
        }
    }
});
