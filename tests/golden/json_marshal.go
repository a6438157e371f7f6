package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Base struct {
	ID      int `json:"id"`
	Created string
}

type Person struct {
	Base
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    string            `json:"-"`
	Dash     string            `json:"-,"`
	secret   string
	Tags     []string          `json:"tags"`
	Addr     *Address          `json:"addr,omitempty"`
	Home     *Address          `json:"home"`
	Meta     map[string]any    `json:"meta,omitempty"`
	Scores   map[int]float64   `json:"scores"`
	Count    int64             `json:"count,string"`
	Ratio    float32           `json:"ratio"`
	Any      interface{}       `json:"any"`
	Raw      json.RawMessage   `json:"raw"`
	Bytes    []byte            `json:"bytes"`
	Grid     [2][2]int         `json:"grid"`
	Flags    map[string]bool   `json:"flags"`
	Ptr      *int              `json:"ptr"`
}

type Celsius float64

type Wrapper struct {
	Temp  Celsius
	Inner struct {
		X, Y int
	}
}

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	show(nil)
	show(true)
	show(42)
	show(-7)
	show(uint8(200))
	show(3.0)
	show(2.5e-7)
	show(1e21)
	show(1e20)
	show(123456789.125)
	show(float32(0.1))
	show(-0.0)
	show("plain")
	show("quote\" backslash\\ tab\t nl\n cr\r <b>&amp; \x01 \u2028 é 日本")
	show(string([]byte{'a', 0xff, 'b'}))
	show([]int{1, 2, 3})
	show([]string{})
	show([]int(nil))
	show([]byte("hello, world"))
	show([3]bool{true, false, true})
	show(map[string]int{"z": 1, "a": 2, "m": 3})
	show(map[int]string{10: "ten", 2: "two", -1: "minus"})
	show(map[string]int(nil))
	show(map[string][]int{"x": {1}, "y": nil})
	n := 5
	p := Person{
		Base:   Base{ID: 7, Created: "today"},
		Name:   "Ann",
		Email:  "a@b.c",
		Dash:   "dash",
		secret: "s",
		Tags:   []string{"a", "b"},
		Home:   &Address{Street: "Main"},
		Scores: map[int]float64{3: 1.5, 1: 2},
		Count:  99,
		Ratio:  0.25,
		Any:    []any{1, "two", nil, 3.5, map[string]any{"k": false}},
		Raw:    json.RawMessage(`{"pre": [1, 2]}`),
		Bytes:  []byte{0, 1, 2, 250},
		Flags:  map[string]bool{"on": true},
		Ptr:    &n,
	}
	show(p)
	show(&p)
	show(&Address{Street: "S"})
	show((*Address)(nil))
	show(Wrapper{Temp: 36.6})
	show([]*Address{{Street: "x"}, nil})
	show(struct {
		A int `json:"a"`
		b int
		C any `json:"c,omitempty"`
	}{A: 1, b: 2})
	show(math.NaN())
	show(math.Inf(-1))
	show(make(chan int))
	show(map[bool]int{true: 1})
	show(func() {})
	show([]any{math.Inf(1)})

	out, _ := json.MarshalIndent(map[string]any{"b": []int{1, 2}, "a": map[string]any{}, "c": []int{}}, "", "  ")
	fmt.Println(string(out))
	out, _ = json.MarshalIndent(p.Home, ">", "\t")
	fmt.Println(string(out))
	out, _ = json.MarshalIndent([]int{}, "", "  ")
	fmt.Println(string(out))
}
