package main

import (
	"fmt"
	"sync"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

func loopDefers() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	for i := range 2 {
		defer func() { fmt.Println("closure", i) }()
	}
	fmt.Println("loop body done")
}

func named() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
			err = &MyErr{100}; fmt.Println("recovered:", r)
		}
	}()
	n = 10
	var s []int
	_ = s[5]
	return n, nil
}

func double() (x int) {
	defer func() { x *= 2 }()
	return 21
}

func callee(k int) int {
	if k == 0 {
		panic(&MyErr{7})
	}
	return 10 / k
}

func safe(k int) (res int, msg string) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			msg = "error: " + e.Error()
		} else if r != nil {
			msg = fmt.Sprint("value: ", r)
		}
	}()
	return callee(k), "ok"
}

func helper() interface{} { return recover() }

func notDirect() (got interface{}) {
	defer func() {
		got = helper()
		recover()
	}()
	panic("x")
}

func divide(a, b int) (q int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("divide:", r)
			q = 0
		}
	}()
	return a / b
}

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func methods() {
	t := T{"a"}
	defer t.Close()
	t.name = "b"
	defer t.Close()
	f := T{"c"}.Close
	defer f()
}

func nilMap() {
	defer func() { fmt.Println("nil map:", recover()) }()
	var m map[string]int
	m["a"] = 1
}

func nilPtr() {
	defer func() { fmt.Println("nil ptr:", recover()) }()
	var p *T
	fmt.Println(p.name)
}

func repanic() {
	defer func() { fmt.Println("outer got:", recover()) }()
	defer func() {
		r := recover()
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}

func main() {
	loopDefers()
	fmt.Println(named())
	fmt.Println(double())
	fmt.Println(safe(2))
	fmt.Println(safe(0))
	fmt.Println(notDirect())
	fmt.Println(divide(7, 0), divide(8, 2))
	methods()
	nilMap()
	nilPtr()
	repanic()
	fmt.Println(recover())
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("goroutine recovered", r)
				}
			}()
			if i == 1 {
				panic(fmt.Sprintf("g%d", i))
			}
		}()
		wg.Wait()
	}
	fmt.Println("end")
}
