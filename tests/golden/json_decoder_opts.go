package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Config struct {
	Host string `json:"host"`
	Port int    `json:"port"`
}

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) { return []byte(`"warm"`), nil }

var _ json.Marshaler = Celsius(0)

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"host": "a", "debug": true, "port": 80}`))
	dec.DisallowUnknownFields()
	var c Config
	err := dec.Decode(&c)
	fmt.Println(c, err)

	var c2 Config
	err = json.NewDecoder(strings.NewReader(`{"host": "b", "debug": true}`)).Decode(&c2)
	fmt.Println(c2, err)

	var m json.Marshaler = Celsius(3)
	b, err := m.MarshalJSON()
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]json.Marshaler{"t": m})
	fmt.Println(string(b), err)
}
