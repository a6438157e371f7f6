//! What package reflect does not offer is refused at compile time as not supported (the
//! programs are valid Go), never reported as undefined and never a crash at run time.

use gopark::compile::compile;

fn errors(src: &str) -> Vec<String> {
    match compile("prog.go", src) {
        Ok(_) => vec![],
        Err(d) => d.iter().map(|d| d.to_string()).collect(),
    }
}

#[test]
fn missing_reflect_members_are_not_supported() {
    let src = r#"package main

import "reflect"

func main() {
	t := reflect.TypeOf(1)
	v := reflect.ValueOf(1)
	_ = t.NumIn()
	v.Call(nil)
	_ = reflect.Append(v)
	var m reflect.Method
	_ = m.Type
	_ = reflect.TypeFor[int]()
	_ = v.MethodByName("X")
}
"#;
    let want = [
        "8:8: method reflect.Type.NumIn is not supported by gopark yet",
        "9:4: method reflect.Value.Call is not supported by gopark yet",
        "10:14: reflect.Append is not supported by gopark yet",
        "12:8: method reflect.Method.Type is not supported by gopark yet",
        "13:14: reflect.TypeFor is not supported by gopark yet",
        "14:8: method reflect.Value.MethodByName is not supported by gopark yet",
    ];
    assert_eq!(errors(src), want);
}

#[test]
fn supported_reflect_members_compile() {
    let src = r#"package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int `k:"v"`
}

func main() {
	t := reflect.TypeOf(T{})
	f := t.Field(0)
	fmt.Println(f.Tag.Get("k"), f.Offset, t.Size(), t.Kind() == reflect.Struct)
	v := reflect.ValueOf(&T{}).Elem()
	v.Field(0).SetInt(3)
	fmt.Println(v, reflect.DeepEqual(v.Interface(), T{3}))
}
"#;
    assert_eq!(errors(src), Vec::<String>::new());
}
