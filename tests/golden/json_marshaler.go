package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %.1f}`, float64(c))), nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) {
	return []byte(strings.Repeat("*", int(l))), nil
}

type Point struct{ X, Y int }

// A pointer receiver: used only where the value is addressable.
func (p *Point) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("[%d,%d]", p.X, p.Y)), nil
}

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte("{oops"), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, errors.New("no can do") }

type Reading struct {
	Temp  Celsius  `json:"temp"`
	Lvl   Level    `json:"lvl"`
	At    *Point   `json:"at"`
	Nowhere *Point `json:"nowhere"`
	Path  []Point  `json:"path"`
	Stamp time.Time
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	r := Reading{Temp: 21.5, Lvl: 3, At: &Point{1, 2}, Path: []Point{{3, 4}},
		Stamp: time.Date(2024, 5, 6, 7, 8, 9, 500, time.UTC)}
	show(r)
	show(&r)
	show(Point{5, 6})
	show(&Point{5, 6})
	show([]Celsius{1, 2.25})
	show(map[string]Level{"a": 1, "b": 0})
	show(Bad{})
	show([]any{1, Failing{}})
	out, err := json.MarshalIndent(map[string]any{"t": Celsius(3)}, "", " ")
	fmt.Println(string(out), err)
	show(time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC))
}
