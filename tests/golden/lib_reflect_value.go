package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Inner struct{ X, Y int }

type User struct {
	Name   string
	Age    int
	Tags   []string
	Inner  Inner
	secret string
	Score  float64
	Ok     bool
	Ptr    *int
	Any    any
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	n := 7
	u := User{Name: "Ann", Age: 30, Tags: []string{"a", "b"}, Inner: Inner{1, 2}, secret: "s", Score: 1.5, Ok: true, Ptr: &n, Any: 42}
	v := reflect.ValueOf(u)
	fmt.Println(v.Kind(), v.Type(), v.NumField())
	fmt.Printf("%T\n", v)
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() == reflect.Ptr {
			f = f.Elem()
		}
		fmt.Println(v.Type().Field(i).Name, f.Kind(), f, f.Type(), f.CanInterface())
	}
	fmt.Println(v.Field(0).String(), v.Field(1).Int(), v.Field(5).Float(), v.Field(6).Bool())
	fmt.Println(v.Field(1).String(), v.Field(3).String())
	fmt.Println(v.FieldByName("Age"), v.FieldByName("Nope").IsValid())
	fmt.Println(v.Field(2).Len(), v.Field(2).Cap(), v.Field(2).Index(1))
	fmt.Println(v.Field(7).Elem(), v.Field(7).IsNil(), v.Field(8).Elem(), v.Field(8).Elem().Kind())
	fmt.Println(v.FieldByName("X"), v.Field(3).Field(1))
	fmt.Println(v.Field(0).Interface(), v.Interface().(User).Tags)
	var x any = v.Field(2).Interface()
	fmt.Println(x.([]string))

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	mv := reflect.ValueOf(m)
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Println(k, mv.MapIndex(k))
	}
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf("zz")).IsValid())

	var nilp *User
	fmt.Println(reflect.ValueOf(nilp).IsNil(), reflect.ValueOf(nilp).Elem().IsValid())
	var s []int
	fmt.Println(reflect.ValueOf(s).IsNil(), reflect.ValueOf([]int{}).IsNil())
	fmt.Println(reflect.ValueOf(0).IsZero(), reflect.ValueOf(1).IsZero(), reflect.ValueOf(User{}).IsZero(), reflect.ValueOf(u).IsZero(), reflect.ValueOf("").IsZero())
	var zero reflect.Value
	fmt.Println(zero.IsValid(), zero.Kind(), zero.String(), zero)
	fmt.Println(reflect.ValueOf(nil).IsValid())
	c := reflect.ValueOf(Celsius(21.5))
	fmt.Println(c, c.Float(), c.NumMethod(), c.Kind(), c.Type())
	arr := [3]int{4, 5, 6}
	av := reflect.ValueOf(arr)
	fmt.Println(av.Len(), av.Index(2), av.Index(0).CanSet(), av)
	fmt.Println(reflect.ValueOf(uint8(200)).Uint(), reflect.ValueOf(int8(-3)).Int())
	fmt.Println(reflect.ValueOf("héllo").Len(), reflect.ValueOf("héllo").Index(1))
	fmt.Println(reflect.Zero(reflect.TypeOf(0)), reflect.Zero(reflect.TypeOf(u)).Field(0).String() == "")
	p := reflect.New(reflect.TypeOf(0))
	p.Elem().SetInt(99)
	fmt.Println(p.Elem(), p.Kind(), p.Type(), *(p.Interface().(*int)))
	fmt.Println(reflect.Indirect(reflect.ValueOf(&n)), reflect.Indirect(reflect.ValueOf(n)))
	ch := make(chan int, 4)
	ch <- 1
	fmt.Println(reflect.ValueOf(ch).Len(), reflect.ValueOf(ch).Cap())
	fmt.Printf("%v %d %s\n", reflect.ValueOf(5), reflect.ValueOf(5), reflect.ValueOf("s"))
	fmt.Println(reflect.ValueOf(&u).Elem().Field(0).CanSet(), reflect.ValueOf(&u).Elem().Field(4).CanSet(), reflect.ValueOf(&u).Elem().CanAddr(), v.CanAddr())
}
