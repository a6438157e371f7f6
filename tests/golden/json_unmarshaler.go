package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Color int

func (c *Color) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case `"red"`:
		*c = 1
	case `"green"`:
		*c = 2
	default:
		return errors.New("unknown color " + string(b))
	}
	return nil
}

type Name struct{ First, Last string }

func (n *Name) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	parts := strings.SplitN(s, " ", 2)
	n.First, n.Last = parts[0], parts[len(parts)-1]
	return nil
}

type Upper string

func (u *Upper) UnmarshalText(b []byte) error {
	*u = Upper(strings.ToUpper(string(b)))
	return nil
}

type Car struct {
	Paint  Color   `json:"paint"`
	Owner  Name    `json:"owner"`
	Driver *Name   `json:"driver"`
	Model  Upper   `json:"model"`
	Others []Name  `json:"others"`
	Year   int     `json:"year"`
}

func main() {
	var car Car
	err := json.Unmarshal([]byte(`{"paint": "green", "owner": "Ada Lovelace", "driver": "Alan Turing",
		"model": "roadster", "others": ["A B", "C D"], "year": 1950}`), &car)
	fmt.Printf("%+v %+v %+v %v %v %v\n", car.Paint, car.Owner, *car.Driver, car.Model, car.Others, err)

	var c Color
	fmt.Println(json.Unmarshal([]byte(`"red"`), &c), c)
	fmt.Println(json.Unmarshal([]byte(`"blue"`), &c), c)
	err = json.Unmarshal([]byte(`{"year": 2000, "paint": "pink"}`), &car)
	fmt.Println(err, car.Year)

	var names []Name
	fmt.Println(json.Unmarshal([]byte(`["x y", "z"]`), &names), names)
	var n Name
	fmt.Println(json.Unmarshal([]byte(`5`), &n), n)

	dec := json.NewDecoder(strings.NewReader(`"red" "green" "nope"`))
	for i := 0; i < 3; i++ {
		var col Color
		err := dec.Decode(&col)
		fmt.Println(col, err)
	}
}
