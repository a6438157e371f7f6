package main

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var sb strings.Builder
	for _, x := range []any{&wg, &sb, time.Second, time.Now(), fmt.Errorf("x"), []error{nil}, [0]int{}, struct{}{}, new(int)} {
		t := reflect.TypeOf(x)
		fmt.Println(t, t.Kind(), t.Name(), t.PkgPath(), t.Size())
	}
	v := reflect.ValueOf(&wg)
	fmt.Println(v.Kind(), v.Type(), reflect.Zero(reflect.TypeOf(time.Second)))
	defer func() { fmt.Println(recover()) }()
	fmt.Println(reflect.TypeOf(&sb).Elem())
}
