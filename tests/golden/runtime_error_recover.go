package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

// Workers that recover run-time panics and tell them apart from their own with
// runtime.Error, then a re-panic of a runtime error ends the program.
func safely(id int, f func(), errs chan<- error, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		r := recover()
		if r == nil {
			errs <- nil
			return
		}
		if re, ok := r.(runtime.Error); ok {
			errs <- fmt.Errorf("worker %d: runtime error recovered: %v", id, re)
			return
		}
		errs <- fmt.Errorf("worker %d: panic: %v", id, r)
	}()
	f()
}

func main() {
	var m map[string]int
	var s []int
	zero := 0
	jobs := []func(){
		func() { _ = 10 / zero },
		func() { m["a"] = 1 },
		func() { _ = s[5] },
		func() { panic("plain panic") },
		func() { panic(errors.New("an error value")) },
		func() {},
	}
	var wg sync.WaitGroup
	for i, j := range jobs {
		errs := make(chan error, 1)
		wg.Add(1)
		go safely(i, j, errs, &wg)
		wg.Wait()
		fmt.Println(<-errs)
	}
	var err error = errors.New("not a runtime error")
	_, ok := err.(runtime.Error)
	fmt.Println("plain error is runtime.Error:", ok)
	defer func() {
		r := recover()
		_, ok := r.(runtime.Error)
		fmt.Println("main recovered runtime.Error:", ok)
		panic(r)
	}()
	var p *struct{ n int }
	fmt.Println(p.n)
}
