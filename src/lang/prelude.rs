//! The Go-written part of the library: text appended to the program before it is checked.
//!
//! `prelude.go` holds generic functions of the standard library (slices, maps, sync.Once*,
//! runtime.MemProfileRate), appended when the program names one of them. The files under
//! `prelude/` are whole packages (image, image/color and A Tour of Go's golang.org/x/tour/...),
//! each appended when the program imports it (or a package that needs it). A package's
//! declarations are named `gopark__PKG__Name` (PKG the last element of its path), so they
//! share the program's package scope without clashing with its names; the checker resolves
//! `tree.New` to `gopark__tree__New` (exported names only), and types and functions are named
//! as Go names them (`*tree.Tree`, `golang.org/x/tour/tree.(*Tree).String`). The appended
//! text is checked with a file scope of its own (Go's files of one package each have their
//! own imports), which imports `PRELUDE_IMPORTS` and sees none of the program's imports.

use super::{ast, parser, ErrorList};

/// The generic functions of the standard library written in Go (see the file's comment).
pub const PRELUDE: &str = include_str!("prelude.go");

/// The iterator functions of strings and bytes (Go 1.24) that the prelude has.
const STRING_SEQS: [&str; 10] = [
    "strings.Lines",
    "strings.SplitSeq",
    "strings.SplitAfterSeq",
    "strings.FieldsSeq",
    "strings.FieldsFuncSeq",
    "bytes.Lines",
    "bytes.SplitSeq",
    "bytes.SplitAfterSeq",
    "bytes.FieldsSeq",
    "bytes.FieldsFuncSeq",
];

/// A library package written in Go.
pub struct PreludePackage {
    pub path: &'static str,
    pub text: &'static str,
    /// Packages whose declarations its text uses (appended before it).
    pub needs: &'static [&'static str],
}

/// The packages written in Go, each after the packages it needs.
pub const PRELUDE_PACKAGES: &[PreludePackage] = &[
    PreludePackage { path: "image/color", text: include_str!("prelude/color.go"), needs: &[] },
    PreludePackage {
        path: "image",
        text: include_str!("prelude/image.go"),
        needs: &["image/color"],
    },
    PreludePackage {
        path: "golang.org/x/tour/tree",
        text: include_str!("prelude/tree.go"),
        needs: &[],
    },
    PreludePackage {
        path: "golang.org/x/tour/reader",
        text: include_str!("prelude/reader.go"),
        needs: &[],
    },
    PreludePackage {
        path: "golang.org/x/tour/wc",
        text: include_str!("prelude/wc.go"),
        needs: &[],
    },
    PreludePackage {
        path: "golang.org/x/tour/pic",
        text: include_str!("prelude/pic.go"),
        needs: &["image", "image/color"],
    },
    PreludePackage { path: "sort", text: include_str!("prelude/sortrev.go"), needs: &[] },
    PreludePackage { path: "io", text: include_str!("prelude/io.go"), needs: &[] },
    PreludePackage { path: "io/ioutil", text: include_str!("prelude/ioutil.go"), needs: &["io"] },
    PreludePackage { path: "unicode/utf8", text: include_str!("prelude/utf8enc.go"), needs: &[] },
    PreludePackage {
        path: "bytes",
        text: include_str!("prelude/bytesfunc.go"),
        needs: &["unicode/utf8"],
    },
    PreludePackage { path: "math/rand/v2", text: include_str!("prelude/randv2.go"), needs: &[] },
    PreludePackage { path: "hash/fnv", text: include_str!("prelude/fnv.go"), needs: &[] },
    PreludePackage { path: "encoding/binary", text: include_str!("prelude/binary.go"), needs: &[] },
    PreludePackage { path: "unicode/utf16", text: include_str!("prelude/utf16.go"), needs: &[] },
    PreludePackage { path: "sync/atomic", text: include_str!("prelude/atomic.go"), needs: &[] },
    PreludePackage { path: "strconv", text: include_str!("prelude/strconv.go"), needs: &[] },
    PreludePackage { path: "math/big", text: include_str!("prelude/big.go"), needs: &[] },
    PreludePackage {
        path: "text/tabwriter",
        text: include_str!("prelude/tabwriter.go"),
        needs: &[],
    },
    PreludePackage { path: "text/scanner", text: include_str!("prelude/scanner.go"), needs: &[] },
    PreludePackage {
        path: "golang.org/x/sync/errgroup",
        text: include_str!("prelude/errgroup.go"),
        needs: &[],
    },
    PreludePackage {
        path: "golang.org/x/sync/semaphore",
        text: include_str!("prelude/semaphore.go"),
        needs: &[],
    },
    PreludePackage {
        path: "golang.org/x/sync/singleflight",
        text: include_str!("prelude/singleflight.go"),
        needs: &[],
    },
];

/// The packages the appended text may name without importing them (its file scope's
/// imports): (name, import path). `gopark` is the library's internal helpers (path "",
/// which no program can import), such as the PNG encoder behind pic.ShowImage.
pub const PRELUDE_IMPORTS: &[(&str, &str)] = &[
    ("errors", "errors"),
    ("fmt", "fmt"),
    ("io", "io"),
    ("os", "os"),
    ("rand", "math/rand"),
    ("sort", "sort"),
    ("strconv", "strconv"),
    ("sync", "sync"),
    ("strings", "strings"),
    ("bytes", "bytes"),
    ("unicode", "unicode"),
    ("utf8", "unicode/utf8"),
    ("context", "context"),
    ("fs", "io/fs"),
    ("filepath", "path/filepath"),
    ("gopark", ""),
];

/// Whether `path` is a package written in Go (see `PRELUDE_PACKAGES`).
pub fn is_prelude_package(path: &str) -> bool {
    PRELUDE_PACKAGES.iter().any(|p| p.path == path)
}

/// `file` parsed again with the prelude appended, if the program names package slices or
/// maps, sync.Once* or runtime.MemProfileRate, or imports a package written in Go (and so may
/// use one of its declarations); otherwise `file` itself. The program's positions are
/// unchanged: the prelude starts on a line of its own after them.
pub fn with_prelude(src: &str, file: ast::File) -> ast::File {
    let names =
        ["slices.", "maps.", "sync.Once", "runtime.MemProfileRate", "errors.AsType", "iter.Pull"]
            .into_iter()
            .chain(STRING_SEQS)
            .chain(["filepath.Walk"]);
    let std = names.into_iter().any(|n| src.contains(n));
    let packages = imported_prelude_packages(&file);
    if !std && packages.is_empty() {
        return file;
    }
    let first = src.lines().count() as u32 + 2;
    let mut full = format!("{src}\n\n");
    if std {
        full.push_str(PRELUDE);
    }
    for p in packages {
        full.push('\n');
        full.push_str(p.text);
    }
    let mut errs = ErrorList::default();
    match parser::parse(&full, &mut errs) {
        Some(mut f) if errs.is_empty() => {
            f.prelude_line = first;
            f
        }
        // Cannot happen (the program parsed, the prelude is tested); keep the program.
        _ => file,
    }
}

/// The packages written in Go that the program imports, with those they need, in the
/// table's order.
fn imported_prelude_packages(file: &ast::File) -> Vec<&'static PreludePackage> {
    let mut want: Vec<&str> = file
        .decls
        .iter()
        .filter_map(|d| match d {
            ast::Decl::Import(ast::ImportDecl { path: Some((lit, _, _)), .. }) => {
                let p = super::constant::string_lit(lit);
                PRELUDE_PACKAGES.iter().find(|pp| pp.path.as_bytes() == p).map(|pp| pp.path)
            }
            _ => None,
        })
        .collect();
    // The table lists a package after those it needs, so one pass backwards closes the set.
    for p in PRELUDE_PACKAGES.iter().rev() {
        if want.contains(&p.path) {
            want.extend(p.needs);
        }
    }
    PRELUDE_PACKAGES.iter().filter(|p| want.contains(&p.path)).collect()
}

/// The package name and Go name of a prelude declaration's name: `gopark__tree__Tree` is
/// ("tree", "Tree").
pub fn split_name(name: &str) -> Option<(&str, &str)> {
    name.strip_prefix("gopark__")?.split_once("__")
}

/// The import path of the prelude package named `pkg` (its path's last element).
fn path_of(pkg: &str) -> &str {
    PRELUDE_PACKAGES
        .iter()
        .map(|p| p.path)
        .find(|p| p.rsplit('/').next() == Some(pkg))
        .unwrap_or(pkg)
}

/// A function's traceback name as Go prints it, if it is declared by a prelude package:
/// `main.gopark__tree__New` is `golang.org/x/tour/tree.New`, `main.(*gopark__tree__Tree).String`
/// is `golang.org/x/tour/tree.(*Tree).String` (closures keep their `.func1` suffixes).
pub fn go_func_name(name: &str) -> Option<String> {
    let rest = name.strip_prefix("main.")?;
    let (open, rest) = match rest.strip_prefix("(*") {
        Some(r) => ("(*", r),
        None => ("", rest),
    };
    let (pkg, tail) = split_name(rest)?;
    if !PRELUDE_PACKAGES.iter().any(|p| p.path.rsplit('/').next() == Some(pkg)) {
        return None;
    }
    Some(format!("{}.{open}{tail}", path_of(pkg)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(split_name("gopark__tree__Tree"), Some(("tree", "Tree")));
        assert_eq!(split_name("Tree"), None);
        assert_eq!(
            go_func_name("main.(*gopark__tree__Tree).String").as_deref(),
            Some("golang.org/x/tour/tree.(*Tree).String")
        );
        assert_eq!(
            go_func_name("main.gopark__color__RGBA.RGBA").as_deref(),
            Some("image/color.RGBA.RGBA")
        );
        assert_eq!(go_func_name("main.gopark__slices__All[...]"), None);
        assert_eq!(go_func_name("main.main"), None);
    }

    /// Every package's text parses and checks when imported alone.
    #[test]
    fn packages_check() {
        for p in PRELUDE_PACKAGES {
            let name = p.path.rsplit('/').next().unwrap_or(p.path);
            let src = format!("package main\n\nimport _ \"{}\"\n\nfunc main() {{}}\n", p.path);
            let r = super::super::check_source("prog.go", &src);
            assert!(r.is_ok(), "{name}: {:?}", r.err());
        }
    }
}
