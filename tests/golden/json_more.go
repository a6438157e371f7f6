package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Type string `json:"type"`
	ID   int    `json:"id"`
}

type chunky struct {
	s string
	i int
}

func (c *chunky) Read(p []byte) (int, error) {
	if c.i >= len(c.s) {
		return 0, io.EOF
	}
	n := copy(p[:min(5, len(p))], c.s[c.i:])
	c.i += n
	return n, nil
}

func main() {
	lines := "{\"type\": \"start\", \"id\": 1}\n{\"type\": \"tick\", \"id\": 2}\n\n{\"type\": \"stop\", \"id\": 3}\n  "
	dec := json.NewDecoder(strings.NewReader(lines))
	for dec.More() {
		var e Event
		if err := dec.Decode(&e); err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%+v\n", e)
	}
	d2 := json.NewDecoder(&chunky{s: lines})
	n := 0
	for d2.More() {
		var e map[string]any
		d2.Decode(&e)
		n++
		fmt.Println(e["type"], e["id"])
	}
	fmt.Println(n, "events")
	d3 := json.NewDecoder(strings.NewReader(""))
	fmt.Println(d3.More())
}
