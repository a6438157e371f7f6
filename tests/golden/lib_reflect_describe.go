package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Config struct {
	Host    string            `env:"HOST" default:"localhost"`
	Port    int               `env:"PORT" default:"8080"`
	Debug   bool              `env:"DEBUG"`
	Ratio   float64           `env:"RATIO"`
	Tags    []string          `env:"TAGS"`
	Limits  map[string]int    `env:"LIMITS"`
	Owner   *Person           `env:"-"`
	Meta    Meta              `env:"META"`
	private int
}

type Person struct {
	Name string
	Age  int
}

type Meta struct {
	Version int8
	Flag    bool
	Count   int32
}

type Animal interface{ Sound() string }

type Dog struct{ Name string }

func (d Dog) Sound() string   { return "woof" }
func (d Dog) String() string  { return "Dog(" + d.Name + ")" }
func (d *Dog) Rename(n string) { d.Name = n }

func describe(v reflect.Value, depth int) string {
	ind := strings.Repeat("  ", depth)
	switch v.Kind() {
	case reflect.Invalid:
		return ind + "invalid"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("%sint %d", ind, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return fmt.Sprintf("%suint %d", ind, v.Uint())
	case reflect.Float32, reflect.Float64:
		return fmt.Sprintf("%sfloat %g", ind, v.Float())
	case reflect.Bool:
		return fmt.Sprintf("%sbool %t", ind, v.Bool())
	case reflect.String:
		return fmt.Sprintf("%sstring %q", ind, v.String())
	case reflect.Slice, reflect.Array:
		s := fmt.Sprintf("%s%s len=%d", ind, v.Kind(), v.Len())
		for i := 0; i < v.Len(); i++ {
			s += "\n" + describe(v.Index(i), depth+1)
		}
		return s
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		s := fmt.Sprintf("%smap len=%d", ind, v.Len())
		for _, k := range keys {
			s += fmt.Sprintf("\n%s  %v =>\n%s", ind, k, describe(v.MapIndex(k), depth+2))
		}
		return s
	case reflect.Ptr:
		if v.IsNil() {
			return ind + "nil pointer to " + v.Type().Elem().String()
		}
		return ind + "pointer to\n" + describe(v.Elem(), depth+1)
	case reflect.Interface:
		if v.IsNil() {
			return ind + "nil interface"
		}
		return ind + "interface holding\n" + describe(v.Elem(), depth+1)
	case reflect.Struct:
		t := v.Type()
		s := fmt.Sprintf("%sstruct %s {", ind, t.Name())
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			s += fmt.Sprintf("\n%s  %s (%s, exported=%v):\n%s", ind, f.Name, f.Type, f.IsExported(), describe(v.Field(i), depth+2))
		}
		return s + "\n" + ind + "}"
	default:
		return ind + "other " + v.Kind().String()
	}
}

func main() {
	cfg := Config{Host: "example.com", Port: 443, Tags: []string{"a", "b"}, Limits: map[string]int{"x": 1, "y": 2},
		Owner: &Person{"Bob", 40}, Meta: Meta{1, true, 7}}
	fmt.Println(describe(reflect.ValueOf(cfg), 0))
	t := reflect.TypeOf(cfg)
	fmt.Println("size", t.Size(), "align", t.Align())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%-8s %-16s offset=%-3d env=%-7q default=%q\n", f.Name, f.Type, f.Offset, f.Tag.Get("env"), f.Tag.Get("default"))
	}
	mt := reflect.TypeOf(Meta{})
	fmt.Println(mt.Size(), mt.Field(2).Offset, reflect.TypeOf("").Size(), reflect.TypeOf([]int{}).Size(), reflect.TypeOf(map[int]int{}).Size())

	var a Animal = Dog{"rex"}
	at := reflect.TypeOf(a)
	fmt.Println(at, at.NumMethod(), reflect.TypeOf(&Dog{}).NumMethod())
	for i := 0; i < at.NumMethod(); i++ {
		fmt.Println(" method", at.Method(i).Name)
	}
	pt := reflect.TypeOf(&Dog{})
	for i := 0; i < pt.NumMethod(); i++ {
		fmt.Println(" ptr method", pt.Method(i).Name)
	}
	fmt.Println(reflect.ValueOf(a), reflect.ValueOf(a).Field(0))

	iter := reflect.ValueOf(map[string]int{"only": 1}).MapRange()
	for iter.Next() {
		fmt.Println(iter.Key(), iter.Value())
	}
	v := reflect.ValueOf(int16(5))
	fmt.Println(v.CanInt(), v.CanUint(), v.CanFloat())
	fmt.Println(describe(reflect.ValueOf([]any{nil, 1, "x", (*int)(nil)}), 0))
}
