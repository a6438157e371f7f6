package main

import (
	"encoding/json"
	"fmt"
)

type Inner struct {
	B int `json:"b"`
}

type Item struct {
	Name  string `json:"name"`
	Price float64
	Qty   int `json:"qty"`
}

type Order struct {
	ID       int               `json:"id"`
	Customer string            `json:"customer"`
	Items    []Item            `json:"items"`
	Notes    map[string]string `json:"notes"`
	Paid     bool
	Ptr      *Inner            `json:"ptr"`
	Inner    Inner             `json:"inner"`
	Extra    any               `json:"extra"`
	Codes    [3]int            `json:"codes"`
	Small    int8              `json:"small"`
	U        uint              `json:"u"`
	Data     []byte            `json:"data"`
	Raw      json.RawMessage   `json:"raw"`
	hidden   int
}

type T struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
}

func try(data string, v any) {
	err := json.Unmarshal([]byte(data), v)
	fmt.Printf("%-45q err=%v\n", data, err)
}

func main() {
	var o Order
	data := `{"id": 17, "CUSTOMER": "Bob", "items": [{"name": "pen", "price": 1.25, "qty": 3}, {"NAME": "ink", "Price": 20}],
		"notes": {"gift": "yes"}, "paid": true, "ptr": {"b": 9}, "inner": {"b": 4}, "extra": {"a": [1, "x", true, null]},
		"codes": [1, 2, 3, 4], "small": -5, "u": 77, "data": "aGVsbG8=", "raw": {"keep": [1, 2]}, "hidden": 5, "unknown": 1}`
	if err := json.Unmarshal([]byte(data), &o); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", o.Items)
	fmt.Println(o.ID, o.Customer, o.Notes, o.Paid, o.Ptr.B, o.Inner.B, o.Extra, o.Codes, o.Small, o.U, string(o.Data), string(o.Raw), o.hidden)
	fmt.Printf("%T %v\n", o.Extra.(map[string]interface{})["a"], o.Extra.(map[string]interface{})["a"].([]interface{})[0])

	var anyv interface{}
	try(`[1, 2.5, "s", true, null, {"k": {"n": -0.5e1}}]`, &anyv)
	fmt.Println(anyv)
	for _, x := range anyv.([]interface{}) {
		fmt.Printf("%T ", x)
	}
	fmt.Println()

	var m map[string]int
	try(`{"a": 1, "b": 2}`, &m)
	fmt.Println(m, len(m))
	try(`{"c": 3}`, &m)
	fmt.Println(m)
	var mi map[int]string
	try(`{"1": "one", "20": "twenty"}`, &mi)
	fmt.Println(mi)

	var s []int
	try(`[5, 6, 7]`, &s)
	fmt.Println(s, len(s))
	try(`[]`, &s)
	fmt.Println(s == nil, len(s))
	try(`null`, &s)
	fmt.Println(s == nil)

	var n int
	try(`42`, &n)
	fmt.Println(n)
	var f float64
	try(`6.02e23`, &f)
	fmt.Println(f)
	var str string
	try(`"caf\u00e9 \ud83d\ude00 \n"`, &str)
	fmt.Printf("%q\n", str)
	var b bool
	try(`true`, &b)
	fmt.Println(b)

	// Errors.
	var t T
	try(``, &t)
	try(`{"name": "x"`, &t)
	try(`x`, &t)
	try(`{"name" "x"}`, &t)
	try(`{"name": "x",}`, &t)
	try(`[1 2]`, &s)
	try(`{"name": "x"} extra`, &t)
	try(`nul`, &t)
	try(`nulL`, &t)
	try(`01`, &n)
	try(`-`, &n)
	try(`1.`, &n)
	try(`1e`, &n)
	try("\"a\tb\"", &str)
	try(`"\q"`, &str)
	try(`"\u12x4"`, &str)
	try(`{"name": "Ann", "age": "old"}`, &t)
	fmt.Println(t)
	try(`{"name": 5, "age": 3}`, &t)
	fmt.Println(t)
	try(`{"age": 1.5}`, &t)
	try(`{"age": 1e2}`, &t)
	var i8 int8
	try(`300`, &i8)
	var u uint
	try(`-1`, &u)
	try(`"str"`, &n)
	try(`[1]`, &t)
	try(`{}`, &s)
	try(`{"items": [{"qty": "many"}]}`, &o)
	try(`{"inner": {"b": "x"}}`, &o)
	try(`{"name": "x"}`, t)
	try(`{"name": "x"}`, nil)
	var tp *T
	try(`{"name": "x"}`, tp)
	try(`1`, &tp)
	fmt.Println(tp == nil, *tp == T{})
	try(`{"name": "via ptr"}`, &tp)
	fmt.Println(*tp)
	try(`[1, 2]`, new([1]int))
	fmt.Println(json.Valid([]byte(`{"a": [1, 2, {"b": null}]}`)), json.Valid([]byte(`{"a": }`)), json.Valid(nil))
}
