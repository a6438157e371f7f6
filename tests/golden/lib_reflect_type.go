package main

import (
	"fmt"
	"reflect"
)

type Person struct {
	Name    string `json:"name" db:"person_name"`
	Age     int    `json:"age,omitempty"`
	email   string
	Address *Address
}

type Address struct {
	City string
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c Celsius) Double() Celsius { return c * 2 }
func (c Celsius) hidden()        {}

type Shape interface {
	Area() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func main() {
	vals := []any{1, "hi", 3.5, true, []int{1}, map[string]int{}, Person{}, &Person{}, Celsius(1), [3]int{}, make(chan int), func(int) string { return "" }, int8(1), uint16(2), 'x', byte(1), float32(1), complex(1, 2)}
	for _, v := range vals {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.Kind(), t.Name(), t.String())
	}
	fmt.Println(reflect.TypeOf(nil))
	t := reflect.TypeOf(Person{})
	fmt.Printf("%T %v %s\n", t, t, t)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(i, f.Name, f.Type, f.Tag, f.Tag.Get("json"), f.Tag.Get("db"), f.Anonymous, f.Index, f.PkgPath)
		v, ok := f.Tag.Lookup("db")
		fmt.Printf("%q %v\n", v, ok)
	}
	fmt.Println(reflect.TypeOf([]int{}).Elem(), reflect.TypeOf(map[string]bool{}).Key(), reflect.TypeOf(map[string]bool{}).Elem())
	fmt.Println(reflect.TypeOf(&Person{}).Elem().Name(), reflect.TypeOf([4]string{}).Len())
	ct := reflect.TypeOf(Celsius(0))
	fmt.Println(ct.NumMethod())
	for i := 0; i < ct.NumMethod(); i++ {
		fmt.Println(ct.Method(i).Name)
	}
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf("a"))
	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(shape, shape.Kind(), shape.NumMethod())
	fmt.Println(reflect.TypeOf(Square{}).Implements(shape), reflect.TypeOf(Person{}).Implements(shape))
	fmt.Println(reflect.Int, reflect.String, reflect.Struct, reflect.Ptr, reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func, reflect.Chan, reflect.Interface, reflect.Kind(100))
	fmt.Println(reflect.TypeOf(Person{}).PkgPath(), reflect.TypeOf(1).PkgPath())
	sf, ok := t.FieldByName("Age")
	fmt.Println(sf.Name, sf.Type, ok)
	_, ok = t.FieldByName("Nope")
	fmt.Println(ok)
	fmt.Println(reflect.TypeOf(1).Comparable(), reflect.TypeOf([]int{}).Comparable())
	var e error = fmt.Errorf("x")
	fmt.Println(reflect.TypeOf(e), reflect.TypeOf(&e).Elem(), reflect.TypeOf(&e).Elem().Kind())
	fmt.Println(reflect.TypeOf(int64(1)).Kind(), reflect.TypeOf(uint(1)).Kind(), reflect.TypeOf(uintptr(1)).Kind())
}
