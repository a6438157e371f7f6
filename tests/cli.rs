//! The CLI contract: output, exit status, compile errors, traces (DESIGN.md).

use std::path::{Path, PathBuf};
use std::process::Command;

fn gopark() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gopark"))
}

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{name}.go"))
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gopark-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn pingpong_prints_what_go_prints() {
    let expected = std::fs::read_to_string(golden("pingpong").with_extension("out")).unwrap();
    for mode in ["threads", "deterministic"] {
        let out = gopark()
            .args(["run"])
            .arg(golden("pingpong"))
            .args(["--procs", "2", "--mode", mode])
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "{mode}");
        assert_eq!(out.status.code(), Some(0), "{mode}");
    }
}

#[test]
fn deadlock_exits_2_with_gos_message() {
    let out = gopark().arg("run").arg(golden("deadlock_main")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .starts_with("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 ["));
}

#[test]
fn compile_error_exits_1_with_file_line_col() {
    let f = tmp("bad.go");
    std::fs::write(&f, "package main\n\nfunc main() {\n\tx := 1\n}\n").unwrap();
    let out = gopark().arg("run").arg(&f).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err, format!("{}:4:2: declared and not used: x\n", f.display()));
}

#[test]
fn deterministic_traces_are_byte_identical() {
    let (a, b) = (tmp("a.json"), tmp("b.json"));
    for t in [&a, &b] {
        let out = gopark()
            .arg("run")
            .arg(golden("pingpong"))
            .args(["--mode", "deterministic", "--seed", "7", "--procs", "2", "--trace"])
            .arg(t)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
    }
    let (ja, jb) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert!(ja.len() > 1000, "a real trace");
    assert!(ja == jb, "same seed, same trace");
    // Every run slice carries g, p and m.
    let text = String::from_utf8(ja).unwrap();
    let slices: Vec<&str> = text.lines().filter(|l| l.contains("\"ph\":\"X\"")).collect();
    assert!(!slices.is_empty());
    assert!(slices
        .iter()
        .all(|l| l.contains("\"g\":") && l.contains("\"p\":") && l.contains("\"m\":")));
}

#[test]
fn bad_flags_are_usage_errors() {
    let out = gopark().args(["run", "--procs", "zero", "x.go"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--procs"));
    // A misspelt flag is named, with the right one suggested.
    let out = gopark().args(["run", "--procz", "2", "x.go"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("'--procz'") && err.contains("'--procs'"), "{err}");
    let out = gopark().args(["run", "--max-time", "10", "x.go"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "a duration needs a unit, as in Go");
}

#[test]
fn help_and_version_exit_0() {
    for args in [&["--help"][..], &["run", "--help"], &["serve", "--help"], &["--version"]] {
        let out = gopark().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(!out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_missing_file_is_reported_as_go_does() {
    let out = gopark().args(["run", "/nonexistent/x.go"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "open /nonexistent/x.go: no such file or directory\n"
    );
}

#[test]
fn limits_take_human_units_and_flag_equals_value() {
    let f = tmp("spin.go");
    std::fs::write(&f, "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n").unwrap();
    let out = gopark().arg("run").arg(&f).arg("--max-time=300ms").output().unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gopark: time limit"));
}

#[test]
fn check_reports_each_check_and_exits_0_only_when_all_pass() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ex = root.join("exercises/01-fix-deadlock.toml");
    let out = gopark().arg("check").arg(&ex).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "the starting program deadlocks");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("FAIL  never deadlocks"), "{text}");
    assert!(text.contains("all goroutines are asleep"), "{text}");
    let sol = root.join("tests/exercises/01-fix-deadlock.go");
    let out = gopark().arg("check").arg(&ex).arg(&sol).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(String::from_utf8_lossy(&out.stdout).contains("3 of 3 checks passed"));
}

/// `echo ... | gopark run prog.go ARGS`: the program reads the process's standard input
/// (blocking in a system call until the bytes come) and gets its arguments, after the file
/// or after `--`, in both modes; the flag golden program's Go output is the reference.
#[test]
fn stdin_and_arguments_reach_the_program() {
    use std::io::Write;
    use std::process::Stdio;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let input = std::fs::read(dir.join("bufio_line_filter.stdin")).unwrap();
    let expected = std::fs::read(dir.join("bufio_line_filter.out")).unwrap();
    for mode in ["threads", "deterministic"] {
        let mut child = gopark()
            .arg("run")
            .arg(golden("bufio_line_filter"))
            .args(["--mode", mode])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        // Two writes apart in time: the program blocks in between.
        let (first, rest) = input.split_at(input.len() / 2);
        stdin.write_all(first).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(50));
        stdin.write_all(rest).unwrap();
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&expected));
        assert_eq!(out.status.code(), Some(0), "{mode}");
    }
    let args = std::fs::read_to_string(dir.join("flag_basic.args")).unwrap();
    let expected = std::fs::read(dir.join("flag_basic.out")).unwrap();
    let out = gopark()
        .arg("run")
        .arg(golden("flag_basic"))
        .args(["--mode", "deterministic", "--"])
        .args(args.split_whitespace())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&expected));
}

/// sync.WaitGroup.Go (Go 1.25): the program of golden waitgroup_go_equiv written with wg.Go
/// (called directly and as a method value of an embedded WaitGroup) prints what Go 1.23
/// prints for the Add/go/Done version.
#[test]
fn waitgroup_go_does_what_add_go_done_does() {
    let equiv = std::fs::read_to_string(golden("waitgroup_go_equiv")).unwrap();
    let with_go = equiv
        .replace("\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n", "\t\twg.Go(func() {\n")
        .replace("\t\tg.Add(1)\n\t\tgo func() {\n\t\t\tdefer g.Done()\n", "\t\tstart(func() {\n")
        .replace("\t\t}()\n", "\t\t})\n")
        .replace("\tfor i := 0; i < 3; i++ {", "\tstart := g.Go\n\tfor i := 0; i < 3; i++ {");
    assert!(with_go.contains("wg.Go(func()") && with_go.contains("start(func()"), "{with_go}");
    let path = tmp("wg_go.go");
    std::fs::write(&path, with_go).unwrap();
    let expected =
        std::fs::read_to_string(golden("waitgroup_go_equiv").with_extension("out")).unwrap();
    for mode in ["threads", "deterministic"] {
        let out = gopark().arg("run").arg(&path).args(["--mode", mode]).output().unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            expected,
            "{mode}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.status.code(), Some(0), "{mode}");
    }
}

/// golang.org/x/tour/pic prints "IMAGE:" + base64 of a PNG (the Go playground's picture
/// line); its bytes are not Go's encoder's, so the picture is checked by decoding it.
#[test]
fn pic_prints_a_png_of_the_picture() {
    use base64::Engine;
    let f = tmp("pic.go");
    let src = r#"package main

import (
	"image"
	"image/color"

	"golang.org/x/tour/pic"
)

type Img struct{}

func (Img) ColorModel() color.Model { return color.NRGBAModel }
func (Img) Bounds() image.Rectangle { return image.Rect(10, 20, 13, 22) }
func (Img) At(x, y int) color.Color  { return color.NRGBA{uint8(x), uint8(y), 200, uint8(100 + x)} }

func main() {
	pic.Show(func(dx, dy int) [][]uint8 {
		p := make([][]uint8, dy)
		for y := range p {
			p[y] = make([]uint8, dx)
			for x := range p[y] {
				p[y][x] = uint8(x * y)
			}
		}
		return p
	})
	pic.ShowImage(Img{})
}
"#;
    std::fs::write(&f, src).unwrap();
    let out = gopark().arg("run").arg(&f).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let pictures: Vec<(u32, u32, Vec<u8>)> = stdout
        .lines()
        .map(|l| {
            let b64 = l.strip_prefix("IMAGE:").expect("an IMAGE: line");
            let png = base64::engine::general_purpose::STANDARD.decode(b64).unwrap();
            let mut r = png::Decoder::new(&png[..]).read_info().unwrap();
            let mut buf = vec![0; r.output_buffer_size()];
            let info = r.next_frame(&mut buf).unwrap();
            assert_eq!(info.color_type, png::ColorType::Rgba);
            buf.truncate(info.buffer_size());
            (info.width, info.height, buf)
        })
        .collect();
    assert_eq!(pictures.len(), 2);
    // pic.Show: 256x256, value v = x*y as bluescale (v, v, 255).
    let (w, h, pix) = &pictures[0];
    assert_eq!((*w, *h), (256, 256));
    for (x, y) in [(0, 0), (3, 5), (255, 255), (17, 200)] {
        let v = (x * y) as u8;
        let i = (y * 256 + x) * 4;
        assert_eq!(&pix[i..i + 4], &[v, v, 255, 255], "pixel ({x}, {y})");
    }
    // pic.ShowImage: the bounds (10,20)-(13,22), not premultiplied, exactly as At gave them.
    let (w, h, pix) = &pictures[1];
    assert_eq!((*w, *h), (3, 2));
    let want: Vec<u8> =
        (20..22u8).flat_map(|y| (10..13u8).flat_map(move |x| [x, y, 200, 100 + x])).collect();
    assert_eq!(pix, &want);
}
