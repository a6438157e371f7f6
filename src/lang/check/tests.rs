//! Checker unit tests: Go's messages and positions, and the facts recorded for codegen.

use crate::lang::check_source;

fn errors(src: &str) -> Vec<String> {
    match check_source("prog.go", src) {
        Ok(_) => vec![],
        Err(d) => d.iter().map(|d| d.to_string()).collect(),
    }
}

/// Wraps statements in a main function (with fmt imported and used).
fn in_main(body: &str) -> String {
    format!(
        "package main\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n\nfunc main() {{\n{}\n}}\n",
        body
    )
}

#[track_caller]
fn assert_errors(body: &str, want: &[&str]) {
    let got = errors(&in_main(body));
    let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
    assert_eq!(got, want, "source:\n{}", body);
}

#[test]
fn untyped_constants() {
    assert_errors("\tvar x int8 = 200\n\t_ = x", &["8:15: cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows)"]);
    assert_errors("\tx := 1 << 70\n\t_ = x", &["8:7: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)"]);
    assert_errors("\tconst c = 10\n\tvar f float64 = c / 4\n\t_ = f", &[]);
    assert_errors(
        "\tx := 3\n\t_ = x + 1.5",
        &["9:10: 1.5 (untyped float constant) truncated to int"],
    );
    assert_errors(
        "\t_ = 1 + \"a\"",
        &["8:6: invalid operation: 1 + \"a\" (mismatched types untyped int and untyped string)"],
    );
    assert_errors("\tconst big = 1 << 100\n\t_ = big >> 98", &[]);
}

#[test]
fn assignability_and_channels() {
    assert_errors(
        "\tc := make(chan int)\n\tvar r <-chan int = c\n\tvar s chan<- int = c\n\t_, _ = r, s",
        &[],
    );
    assert_errors(
        "\tvar r <-chan int\n\tvar c chan int = r\n\t_ = c",
        &["9:19: cannot use r (variable of type <-chan int) as chan int value in variable declaration"],
    );
    assert_errors(
        "\tc := make(chan string)\n\tc <- 1",
        &["9:7: cannot use 1 (untyped int constant) as string value in send"],
    );
    assert_errors("\tvar r <-chan int\n\tclose(r)", &["9:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)"]);
    assert_errors(
        "\tx := 1\n\t<-x",
        &["9:4: invalid operation: cannot receive from non-channel x (variable of type int)"],
    );
    assert_errors("\tvar c chan int\n\t_ = c == nil", &[]);
}

#[test]
fn calls_and_results() {
    let src = "package main\n\nfunc two() (int, int) { return 1, 2 }\n\nfunc main() {\n\ta := two()\n\t_ = a\n}\n";
    assert_eq!(errors(src), vec!["6:7: assignment mismatch: 1 variable but two returns 2 values"]);
    let src = "package main\n\nfunc f(s string) {}\n\nfunc main() {\n\tf(1)\n}\n";
    assert_eq!(
        errors(src),
        vec!["6:4: cannot use 1 (untyped int constant) as string value in argument to f"]
    );
    let src = "package main\n\nfunc f() int {\n\treturn \"s\"\n}\n\nfunc main() { f() }\n";
    assert_eq!(
        errors(src),
        vec!["4:9: cannot use \"s\" (untyped string constant) as int value in return statement"]
    );
    assert_errors(
        "\tx := 1\n\tx()",
        &["9:2: invalid operation: cannot call non-function x (variable of type int)"],
    );
    assert_errors("\tlen(\"abc\")", &["8:2: len(\"abc\") (constant 3 of type int) is not used"]);
    assert_errors(
        "\tgo len(\"a\")",
        &["8:5: go discards result of len(\"a\") (constant 1 of type int)"],
    );
}

#[test]
fn statements() {
    assert_errors("\tfor {\n\t\tbreak\n\t}\n\tcontinue", &["11:2: continue is not in a loop"]);
    assert_errors("L:\n\tfor {\n\t}", &["8:1: label L defined and not used"]);
    assert_errors(
        "\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}",
        &["10:3: cannot fallthrough final case in switch"],
    );
    assert_errors(
        "\tx, y := 1, 2\n\tx, y := 3, 4\n\t_, _ = x, y",
        &["9:7: no new variables on left side of :="],
    );
    assert_errors(
        "\tvar x int\n\tx, x := 1, 2",
        &["8:6: declared and not used: x", "9:5: x repeated on left side of :="],
    );
    assert_errors(
        "\ti := 0\n\ti++\n\ti = \"s\"",
        &["10:6: cannot use \"s\" (untyped string constant) as int value in assignment"],
    );
    assert_errors(
        "\tconst c = 1\n\tc = 2",
        &["9:2: cannot assign to c (neither addressable nor a map index expression)"],
    );
}

#[test]
fn unused_and_undefined() {
    assert_errors("\tx, y := 1, 2\n\t_ = x", &["8:5: declared and not used: y"]);
    assert_errors("\tx := 1\n\tx = 2", &["8:2: declared and not used: x"]);
    assert_errors("\tx := 1\n\tfunc() { x = 2 }()", &["8:2: declared and not used: x"]);
    assert_errors("\t_ = undefinedName", &["8:6: undefined: undefinedName"]);
    assert_errors("\t_ = fmt.Nope", &["8:10: undefined: fmt.Nope"]);
}

#[test]
fn capture_facts() {
    let src = "package main\n\nfunc main() {\n\ta := 1\n\tb := 2\n\tc := 3\n\tf := func() int { b++; return a + b }\n\t_ = f\n\tp := &c\n\t_ = p\n}\n";
    let (_, info) = check_source("prog.go", src).unwrap();
    let by_name =
        |n: &str| info.objects.iter().find(|o| o.name == n && o.is_var()).unwrap().clone();
    let (a, b, c) = (by_name("a"), by_name("b"), by_name("c"));
    assert!(a.captured && !a.reassigned && !a.boxed(), "captured by value");
    assert!(b.captured && b.reassigned && b.boxed(), "captured and changed: boxed");
    assert!(!c.captured && c.addr_taken && c.boxed(), "address taken: boxed");
    let lit = info.funcs.iter().find(|f| f.name == "main.main.func1").unwrap();
    assert_eq!(lit.captures.len(), 2);
}

#[test]
fn nested_closures_thread_captures() {
    let src = "package main\n\nfunc main() {\n\tx := 1\n\tf := func() func() int {\n\t\treturn func() int { return x }\n\t}\n\t_ = f\n}\n";
    let (_, info) = check_source("prog.go", src).unwrap();
    let outer = info.funcs.iter().find(|f| f.name == "main.main.func1").unwrap();
    let inner = info.funcs.iter().find(|f| f.name == "main.main.func1.1").unwrap();
    assert_eq!(outer.captures, inner.captures);
    assert_eq!(outer.captures.len(), 1);
}

#[test]
fn slice_type_errors() {
    // Each message below was checked against Go 1.23's compiler.
    assert_errors(
        "\t_ = append(nil, 1)",
        &["8:13: first argument to append must be a slice; have untyped nil"],
    );
    assert_errors(
        "\tx := 3\n\t_ = append(x, 1)",
        &["9:13: first argument to append must be a slice; have x (variable of type int)"],
    );
    assert_errors("\ts := []int{1, 2}\n\t_ = s[1:0]", &["9:10: invalid slice indices: 0 < 1"]);
    assert_errors(
        "\ts := []int{1}\n\t_ = s[\"a\"]",
        &["9:8: cannot convert \"a\" (untyped string constant) to type int"],
    );
    assert_errors(
        "\t_ = make([]int)",
        &["8:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1"],
    );
    assert_errors(
        "\t_ = make([]int, 5, 2)",
        &["8:18: invalid argument: length and capacity swapped"],
    );
    assert_errors(
        "\ts := []int{1}\n\t_ = copy(s, []string{})",
        &["9:11: invalid argument: arguments to copy s (variable of type []int) and []string{} (value of type []string) have different element types int and string"],
    );
    assert_errors(
        "\ts := []int{1}\n\t_ = copy(s, 3)",
        &["9:11: invalid argument: copy expects slice arguments; found s (variable of type []int) and 3 (untyped int constant)"],
    );
    assert_errors(
        "\tx := 3\n\t_ = x[1:]",
        &["9:6: invalid operation: cannot slice x (variable of type int)"],
    );
    assert_errors("\t_ = \"abc\"[1:2:3]", &["8:16: invalid operation: 3-index slice of string"]);
    assert_errors(
        "\ts := []int{1}\n\tappend(s, 1)",
        &["9:2: append(s, 1) (value of type []int) is not used"],
    );
    assert_errors(
        "\ts := []int{1}\n\t_ = s[-1]",
        &["9:8: invalid argument: index -1 (constant of type int) must not be negative"],
    );
    assert_errors("\t_ = \"abc\"[:5]", &["8:13: invalid argument: index 5 out of bounds [0:4]"]);
    assert_errors(
        "\t_ = []int{2: 1, 2: 3}",
        &["8:18: duplicate index 2 in array or slice literal"],
    );
    assert_errors(
        "\tvar m []string = []int{}\n\t_ = m",
        &["8:19: cannot use []int{} (value of type []int) as []string value in variable declaration"],
    );
    assert_errors(
        "\ts := []int{1}\n\t_ = s == s",
        &["9:6: invalid operation: s == s (slice can only be compared to nil)"],
    );
    assert_errors(
        "\ts := []int{1}\n\tfmt.Println(s...)",
        &["9:14: cannot use s (variable of type []int) as []any value in argument to fmt.Println"],
    );
    assert_errors("\tvar a [3]int\n\t_ = a", &[]);
    assert_errors(
        "\tvar a [...]int\n\t_ = a",
        &["8:8: invalid use of [...] array (outside a composite literal)"],
    );
    assert_errors(
        "\tvar s []int\n\t_ = s == nil\n\ts = nil\n\tfor i, v := range s {\n\t\t_, _ = i, v\n\t}",
        &[],
    );
}

#[test]
fn variadic_calls() {
    let src = "package main\n\nfunc f(a int) {}\n\nfunc v(a int, xs ...int) {}\n\nfunc main() {\n\ts := []int{1}\n\tf(s...)\n\tv()\n\tv(1, s)\n\tv(1, 2, s...)\n\tv(1, s...)\n\tv(1, 2, 3)\n}\n";
    assert_eq!(
        errors(src),
        vec![
            "9:2: cannot use ... in call to non-variadic f",
            "10:2: not enough arguments in call to v\n\thave ()\n\twant (int, ...int)",
            "11:7: cannot use s (variable of type []int) as int value in argument to v",
            "12:10: too many arguments in call to v\n\thave (number, number, []int)\n\twant (int, ...int)",
        ]
    );
}

// ---- embedding, method sets and interfaces (expected messages recorded from Go 1.23)

/// An embedded sync.Mutex and sync.WaitGroup (and fields through an embedded pointer) are
/// promoted: the Tour crawler's shape is a valid program.
#[test]
fn embedded_library_types_promote_their_methods() {
    let src = r#"package main

import "sync"

type counter struct {
	sync.Mutex
	n map[string]int
}

func (c *counter) inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.n[k]++
}

type group struct {
	sync.WaitGroup
	*counter
}

func main() {
	g := group{counter: &counter{n: map[string]int{}}}
	g.Add(1)
	go func() {
		defer g.Done()
		g.inc("a")
	}()
	g.Wait()
	g.Lock()
	_ = g.n["a"]
	g.Unlock()
}
"#;
    assert_eq!(errors(src), Vec::<String>::new());
}

/// Promoted value methods are in the method set of the value, pointer methods through an
/// embedded pointer too; shallower fields shadow deeper ones.
#[test]
fn promoted_methods_satisfy_interfaces_at_any_depth() {
    let src = r#"package main

type Namer interface{ Name() string }

type base struct{ name string }

func (b base) Name() string { return b.name }
func (b *base) Rename(s string) { b.name = s }

type mid struct{ base }
type top struct {
	*mid
	name int
}

func main() {
	t := top{mid: &mid{base{"x"}}}
	var n Namer = t
	var m Namer = mid{}
	t.Rename("y")
	_ = t.name + 1
	_ = t.base.name + "!"
	f := t.Name
	_, _, _ = n, m, f
}
"#;
    assert_eq!(errors(src), Vec::<String>::new());
}

/// Ambiguous selectors and method-set failures, in go/types' words.
#[test]
fn embedding_errors_match_go() {
    let src = r#"package main

type A struct{ X int }

func (A) M()  {}
func (*A) P() {}

type B struct{ X int }

func (B) M() {}

type C struct {
	A
	B
}

type D struct{ A }

type I interface{ M() }
type J interface{ P() }
type K interface{ X() }
type L interface{ M() int }

func main() {
	var c C
	_ = c.X
	c.M()
	var i I = c
	D{}.P()
	var j J = D{}
	var j2 J = &D{}
	var k K = D{}
	var l L = D{}
	_ = D{X: 1}
	_, _, _, _, _ = i, j, j2, k, l
}
"#;
    let want = [
        "26:8: ambiguous selector c.X",
        "27:4: ambiguous selector c.M",
        "28:12: cannot use c (variable of type C) as I value in variable declaration: C does not implement I (ambiguous selector C.M)",
        "29:6: cannot call pointer method P on D",
        "30:12: cannot use D{} (value of type D) as J value in variable declaration: D does not implement J (method P has pointer receiver)",
        "32:12: cannot use D{} (value of type D) as K value in variable declaration: D does not implement K (D.X is a field, not a method)",
        "33:12: cannot use D{} (value of type D) as L value in variable declaration: D does not implement L (wrong type for method M)\n\t\thave M()\n\t\twant M() int",
        "34:8: unknown field X in struct literal of type D",
    ];
    assert_eq!(errors(src), want);
}

/// A pointer method needs an addressable receiver unless the path goes through a pointer;
/// misspelled promoted library methods get the "but does have" hint.
#[test]
fn addressability_through_embedding_matches_go() {
    let src = r#"package main

import "sync"

type T struct{ x int }

func (t *T) Set() {}

type W struct{ T }
type PW struct{ *T }
type Locked struct{ sync.Mutex }

func mk() W   { return W{} }
func mkp() PW { return PW{&T{}} }

func main() {
	mk().x = 1
	mkp().x = 2
	mk().Set()
	mkp().Set()
	m := map[string]Locked{}
	m["a"].Lock()
	var l Locked
	l.lock()
	l.Mutex.unlock()
	f := W.Set
	_ = f
}
"#;
    let want = [
        "17:2: cannot assign to mk().x (neither addressable nor a map index expression)",
        "19:7: cannot call pointer method Set on W",
        "22:9: cannot call pointer method Lock on Locked",
        "24:4: l.lock undefined (type Locked has no field or method lock, but does have method Lock)",
        "25:10: l.Mutex.unlock undefined (type sync.Mutex has no field or method unlock, but does have method Unlock)",
        "26:9: invalid method expression W.Set (needs pointer receiver (*W).Set)",
    ];
    assert_eq!(errors(src), want);
}

/// Duplicate methods through embedded interfaces, the method named by "missing method"
/// (exported names first, then by name), pointers to interfaces.
#[test]
fn interface_method_sets_match_go() {
    let src = r#"package main

type R interface{ Read() int }
type R2 interface{ Read() string }
type I1 interface {
	R
	R2
}
type I2 interface {
	M()
	M()
}
type Z interface {
	b()
	a()
	C()
	B()
}
type T struct{}

func main() {
	var z Z = T{}
	var p *R
	p.Read()
	var e error = T{}
	var q interface{ R; Close() } = T{}
	_, _, _ = z, e, q
}
"#;
    let want = [
        "7:2: duplicate method Read\n\tprog.go:6:2: other declaration of method Read",
        "11:2: duplicate method M\n\tprog.go:10:2: other declaration of method M",
        "22:12: cannot use T{} (value of type T) as Z value in variable declaration: T does not implement Z (missing method B)",
        "24:4: p.Read undefined (type *R is pointer to interface, not interface)",
        "25:16: cannot use T{} (value of type T) as error value in variable declaration: T does not implement error (missing method Error)",
        "26:34: cannot use T{} (value of type T) as interface{Close(); R} value in variable declaration: T does not implement interface{Close(); R} (missing method Close)",
    ];
    assert_eq!(errors(src), want);
}

/// Type assertions and type switches are checked (and compiled code refuses them later).
#[test]
fn type_assertions_and_switches_match_go() {
    let src = r#"package main

type R interface{ Read() int }
type W interface{ Write(int) }
type RW interface {
	R
	W
	Close()
}
type T struct{}

func (T) Read() int  { return 0 }
func (*T) Write(int) {}

type U int

func main() {
	var rw RW
	var r R = rw
	var w W = r
	var x any = 1
	var n int
	_ = n.(int)
	_ = r.(T)
	_ = r.(*T)
	_ = rw.(T)
	switch v := x.(type) {
	case int, string:
	case int:
	}
	switch n.(type) {
	}
	switch r.(type) {
	case T:
	case U:
	}
	var v2 T = r
	_ = T(r)
	_, _, _ = r, w, v2
}
"#;
    let want = [
        "20:12: cannot use r (variable of type R) as W value in variable declaration: R does not implement W (missing method Write)",
        "23:6: invalid operation: n (variable of type int) is not an interface",
        "26:6: impossible type assertion: rw.(T)\n\tT does not implement RW (missing method Close)",
        "27:9: v declared and not used",
        "29:7: duplicate case int in type switch\n\tprog.go:28:7: previous case",
        "31:9: n (variable of type int) is not an interface",
        "35:7: impossible type switch case: U\n\tr (variable of type R) cannot have dynamic type U (missing method Read)",
        "37:13: cannot use r (variable of type R) as T value in variable declaration: need type assertion",
        "38:8: cannot convert r (variable of type R) to type T: need type assertion",
    ];
    assert_eq!(errors(src), want);
}

/// Valid type switches: nil cases, interface cases, several types per clause.
#[test]
fn type_switch_clauses_declare_their_variable() {
    let src = r#"package main

import "fmt"

type E struct{ msg string }

func (e E) Error() string { return e.msg }

func get() (int, error) { return 0, E{"x"} }

func main() {
	_, err := get()
	if e, ok := err.(E); ok {
		fmt.Println(e.msg)
	}
	switch v := err.(type) {
	case nil:
		fmt.Println(v == nil)
	case E:
		fmt.Println(v.msg)
	case interface{ Timeout() bool }:
		fmt.Println(v.Timeout())
	case *E, interface{ String() string }:
		fmt.Println(v.Error())
	}
	switch err.(type) {
	case E:
		fallthrough
	default:
	}
}
"#;
    let want = ["28:3: cannot fallthrough in type switch"];
    assert_eq!(errors(src), want);
}

/// Every standard package imports; what gopark lacks is "not supported yet", and only a
/// name Go lacks too is "undefined".
#[test]
fn standard_library_gaps_are_not_blamed_on_the_program() {
    let src = "package main\n\nimport (\n\t\"encoding/csv\"\n\t\"fmt\"\n\t\"hash/crc32\"\n\t\"os\"\n\t\"sync\"\n)\n\nfunc main() {\n\t_ = csv.NewReader(os.Stdin)\n\tfmt.Println(crc32.Size)\n\tvar o os.Process\n\tvar b sync.Bogus\n\t_, _ = o, b\n}\n";
    let want = [
        "12:10: csv.NewReader is not supported by gopark yet (package encoding/csv is not supported yet)",
        "13:20: crc32.Size is not supported by gopark yet (package hash/crc32 is not supported yet)",
        "14:11: os.Process is not supported by gopark yet",
        "15:13: undefined: sync.Bogus",
    ];
    assert_eq!(errors(src), want);
    let src = "package main\n\nimport \"golang.org/x/exp/slices\"\n\nfunc main() { slices.Sort([]int{}) }\n";
    assert_eq!(
        errors(src),
        ["3:8: package golang.org/x/exp/slices is not supported yet (gopark runs one file with the standard library)"]
    );
    // A Tour of Go's packages are there (written in Go, lang/prelude/); image only in part.
    let src = "package main\n\nimport (\n\t\"image\"\n\t\"golang.org/x/tour/tree\"\n)\n\nfunc main() {\n\t_ = tree.New(1)\n\t_ = tree.insert\n\tvar t tree.Bogus\n\t_ = t\n\t_ = image.NewPaletted\n\t_ = image.Rect(0, 0, 1, 1).Dx()\n}\n";
    assert_eq!(
        errors(src),
        [
            "10:11: undefined: tree.insert",
            "11:13: undefined: tree.Bogus",
            "13:12: image.NewPaletted is not supported by gopark yet",
        ]
    );
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"math\"\n)\n\nfunc main() {\n\tfmt.Println(math.pi)\n}\n";
    assert_eq!(errors(src), ["9:19: undefined: math.pi"]);
}

/// Interfaces that embed themselves, directly or through another, are Go's invalid
/// recursive types; embedding one declared later is fine.
#[test]
fn interface_embedding_cycles() {
    let src = "package main\n\ntype I interface{ I }\ntype J interface{ K }\ntype K interface {\n\tJ\n\tM()\n}\n\ntype A interface{ B }\ntype B interface{ M() }\n\nfunc main() {}\n";
    let want = [
        "3:6: invalid recursive type: I refers to itself",
        "4:6: invalid recursive type J\n\tprog.go:4:6: J refers to\n\tprog.go:5:6: K refers to\n\tprog.go:4:6: J",
    ];
    assert_eq!(errors(src), want);
}

/// Only T and *T with T not a pointer (nor *I with I an interface) can be embedded; an
/// embedded field's name is where its type's name is.
#[test]
fn embedded_field_types_match_go() {
    let src = "package main\n\ntype I interface{ M() }\ntype T struct{}\ntype P *T\n\ntype S1 struct{ *I }\ntype S2 struct{ P }\ntype S3 struct{ *P }\ntype S4 struct {\n\tT\n\t*T\n}\ntype S5 struct{ *S5 }\n\nfunc main() {}\n";
    let want = [
        "7:17: embedded field type cannot be a pointer to an interface",
        "8:17: embedded field type cannot be a pointer",
        "9:17: embedded field type cannot be a pointer",
        "12:3: T redeclared\n\tprog.go:11:2: other declaration of T",
    ];
    assert_eq!(errors(src), want);
}

/// A field or method spelled in another case is named in the message (go/types
/// lookupError), for selectors through embedding and for struct literal keys.
#[test]
fn misspelled_fields_get_gos_hint() {
    let src = "package main\n\ntype U struct{ X int }\ntype V struct{ U }\n\nfunc main() {\n\t_ = U{x: 1}\n\tvar v V\n\t_ = v.x\n\t_ = v.u\n\t_ = V{u: U{}}\n}\n";
    let want = [
        "7:8: unknown field x in struct literal of type U, but does have X",
        "9:8: v.x undefined (type V has no field or method x, but does have field X)",
        "10:8: v.u undefined (type V has no field or method u, but does have field U)",
        "11:8: unknown field u in struct literal of type V, but does have U",
    ];
    assert_eq!(errors(src), want);
}

/// Valid Go that an audit against Go's own test programs found blamed: blank methods, nil
/// converted to a map, an interface case in a switch on true, range over a rune constant,
/// shifts that keep an untyped rune, copy from a string and between named slice types.
#[test]
fn valid_corners_are_not_blamed() {
    let src = r#"package main

import "fmt"

type T struct{ _, _ int }

func (T) _() {}
func (T) _() {}

type bytes []byte

func main() {
	m := map[string]int(nil)
	switch i := interface{}(true); {
	case i:
		fmt.Println(m == nil)
	}
	for r := range 'c' {
		var p *rune = &r
		_ = p
	}
	const c = 'a' << 1
	var r rune = c
	b := make(bytes, 3)
	n := copy(b, "hey") + copy(bytes(nil), b)
	fmt.Println(r, n)
}
"#;
    assert_eq!(errors(src), Vec::<String>::new());
}

/// Values of unsupported types (runtime.TypeAssertionError here) and what depends on them get no
/// follow-on errors: only "not supported yet", where the unsupported thing is; arrays,
/// array map keys and array literals are valid.
#[test]
fn unsupported_types_have_no_follow_on_errors() {
    let src = r#"package main

import "runtime"

type A [2]int

func g(a A, p *A) int { return len(a) + a[0] + p[1] }

func h() *[4]int { return nil }

func main() {
	m := map[A]int{}
	_ = m
	_ = [2]struct{ x int }{{1}, {2}}
	defer func() {
		if _, ok := recover().(*runtime.TypeAssertionError); ok {
		}
	}()
	_ = g
	_ = h
}
"#;
    let want = ["16:35: runtime.TypeAssertionError is not supported by gopark yet"];
    assert_eq!(errors(src), want);
}

/// Generic functions and types (the Tour's "Type parameters" and "Generic types"), with
/// constraints from the library (cmp.Ordered), unions and embedded instances, check
/// without errors.
#[test]
fn generics_check() {
    let src = r#"package main

import (
	"cmp"
	"fmt"
)

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Number interface {
	~int | ~int64 | float64
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Named struct {
	Pair[string, int]
	*List[int]
}

func Apply(f func(List[int]) int, p Pair[int, int]) {}

func main() {
	si := []int{10, 20, 15, -10}
	fmt.Println(Index(si, 15), Max[int](1, 2))
	var l *List[int]
	l = l.Push(1)
	p := Pair[string, int]{"a", 1}
	fmt.Println(l.val, p.Key, Named{})
}
"#;
    let want: [&str; 0] = [];
    assert_eq!(errors(src), want);
}

/// Interfaces embedding each other through a method's signature, goto's labels, the
/// variables a range with an unsupported operand assigns, multi-valued calls to builtins
/// and elided &[]T literals: Go's own errors (here only the unused variables), and
/// "not supported yet" for the rest.
#[test]
fn more_valid_corners_are_not_blamed() {
    let src = r#"package main

type I1 interface{ m() I2 }
type I2 interface{ I1 }

type T struct{}

func (T) m() I2 { return nil }

func two() (int, int) { return 1, 2 }

func main() {
	var i2 I2 = T{}
	var i1 I1 = i2
	_ = i1
	x, y := 0, 'a'
	for x, y = range "ab" {
	}
	goto end
end:
	println(two())
	_ = map[string]*[]int{"k": {1}}
}
"#;
    let want = [
        "16:2: declared and not used: x",
        "16:5: declared and not used: y",
        "22:29: taking the address of this composite literal is not supported yet",
    ];
    assert_eq!(errors(src), want);
}

/// Malformed generic programs end with a diagnostic, never a crash: an instance that
/// contains itself by value, an instantiation cycle, bad type argument counts.
#[test]
fn malformed_generics_are_errors() {
    let cases = [
        ("type E[T any] struct{ e E[T] }\nvar _ E[int]", "invalid recursive type: E refers to itself"),
        ("func F[T any](n int) { if n > 0 { F[*T](n - 1) } }\nvar _ = func() int { F[int](1); return 0 }()", "instantiation cycle:"),
        ("func G[T any]() {}\nvar _ = G[int, string]", "got 2 type arguments but want 1"),
        ("type P[K comparable, V any] struct{}\nvar _ P[int]", "not enough type arguments for type P: have 1, want 2"),
        ("func K[T comparable](x T) {}\nvar _ = func() int { K(func() {}); return 0 }()", "func() does not satisfy comparable"),
    ];
    for (decls, want) in cases {
        let src = format!("package main\n\n{decls}\n\nfunc main() {{}}\n");
        let errs = errors(&src);
        assert!(errs.iter().any(|e| e.contains(want)), "{decls}: {errs:?}");
    }
}

/// Method values and method expressions of library types: the valid forms check (also
/// (*T).M of a value method, a wrapper that dereferences); T.M of a pointer method has Go's
/// message.
#[test]
fn library_method_values_and_expressions() {
    let src = r#"package main

import (
	"runtime"
	"strings"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	done := wg.Done
	add := (*sync.WaitGroup).Add
	str := time.Duration.String
	var sb strings.Builder
	w := sb.WriteString
	pool := sync.Pool{New: func() any { return 1 }}
	runtime.MemProfileRate = 0
	_, _, _, _, _ = done, add, str, w, pool.Get
	_ = sync.WaitGroup.Done
	_ = (*time.Duration).String
}
"#;
    let want = [
        "20:21: invalid method expression sync.WaitGroup.Done (needs pointer receiver (*sync.WaitGroup).Done)",
    ];
    assert_eq!(errors(src), want);
}

/// A library method gopark lacks is refused as not supported, never as undefined (the
/// program is valid Go).
#[test]
fn missing_library_methods_are_not_supported() {
    let src = r#"package main

import "time"

func main() {
	t := time.Now()
	dst := t.IsDST()
	println(dst)
}
"#;
    let want = ["7:11: method time.Time.IsDST is not supported by gopark yet"];
    assert_eq!(errors(src), want);
}
