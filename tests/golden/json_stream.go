package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type Msg struct {
	Kind string `json:"kind"`
	N    int    `json:"n,omitempty"`
	Body string `json:"body,omitempty"`
}

// countWriter is an io.Writer of the program's own.
type countWriter struct {
	calls int
	sb    strings.Builder
}

func (w *countWriter) Write(p []byte) (int, error) {
	w.calls++
	w.sb.Write(p)
	return len(p), nil
}

// slowReader hands out its text three bytes per Read.
type slowReader struct {
	s string
	i int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p[:min(3, len(p))], r.s[r.i:])
	r.i += n
	return n, nil
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(Msg{Kind: "hello", N: 1})
	enc.Encode([]int{1, 2})
	enc.Encode("<tag> & co")
	enc.SetEscapeHTML(false)
	enc.Encode("<tag> & co")
	enc.SetIndent("# ", "..")
	enc.Encode(map[string]any{"a": []int{1}, "b": Msg{Kind: "x"}})
	if err := enc.Encode(make(chan int)); err != nil {
		fmt.Println("encode error:", err)
	}

	var sb strings.Builder
	json.NewEncoder(&sb).Encode(Msg{Kind: "to builder"})
	fmt.Printf("%q\n", sb.String())

	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode([]string{"to", "buffer"})
	fmt.Print(buf.String())

	cw := &countWriter{}
	e2 := json.NewEncoder(cw)
	e2.Encode(1)
	e2.Encode(Msg{Kind: "custom"})
	fmt.Printf("%d writes: %q\n", cw.calls, cw.sb.String())

	stream := `{"kind": "a", "n": 1}
	{"kind": "b", "body": "text"}  [1, 2, 3]
	42 "str" {"kind": "c"`
	dec := json.NewDecoder(strings.NewReader(stream))
	for i := 0; i < 7; i++ {
		var v any
		err := dec.Decode(&v)
		fmt.Printf("%d: %v err=%v\n", i, v, err)
		if err != nil {
			break
		}
	}

	d2 := json.NewDecoder(&slowReader{s: `{"kind": "slow", "n": 12345} {"kind": "two"} 7`})
	for {
		var m Msg
		err := d2.Decode(&m)
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
		fmt.Printf("%+v err=%v\n", m, err)
		if err != nil {
			break
		}
	}

	d3 := json.NewDecoder(strings.NewReader(`{"kind": x}`))
	var m Msg
	fmt.Println(d3.Decode(&m))
	d4 := json.NewDecoder(strings.NewReader(`   `))
	fmt.Println(d4.Decode(&m) == io.EOF)

	var out bytes.Buffer
	err := json.Indent(&out, []byte(`{"a":[1,2,{}],"b":"x"}`), "", "    ")
	fmt.Println(out.String(), err)
	out.Reset()
	err = json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(out.String(), err)
	err = json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ] "))
	fmt.Println(err)
}
