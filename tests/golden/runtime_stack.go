package main

// runtime.Stack, runtime/debug.Stack and debug.PrintStack: the running goroutine's frames
// as Go prints them (function names and lines; the file paths and pc offsets, which depend on
// the machine, are cut here), from plain calls, a deferred call during a panic, and a
// goroutine; runtime/debug's settings return the previous value.

import (
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
)

// show prints a stack in the parts that do not depend on the machine: function names
// without their argument words, goroutine states without ids, and each location as its line
// (and file, for Go's own files) without the pc offset.
func show(stack []byte) {
	for _, line := range strings.Split(strings.TrimSpace(string(stack)), "\n") {
		switch {
		case strings.HasPrefix(line, "\t"):
			loc := strings.Fields(line)[0]
			file, at, _ := strings.Cut(filepath.Base(loc), ":")
			if !strings.Contains(loc, "/src/") {
				file = "prog"
			}
			fmt.Println("\t" + file + " line " + at)
		case strings.HasPrefix(line, "goroutine "):
			fmt.Println("goroutine", strings.Fields(line)[2])
		case strings.HasPrefix(line, "created by "):
			fmt.Println(line[:strings.LastIndex(line, " ")])
		default:
			name, _, _ := strings.Cut(line, "(")
			fmt.Println(name + "(...)")
		}
	}
}

type T struct{}

func (T) method() {
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, false)
	show(buf[:n])
}

func inner(depth int) {
	if depth > 0 {
		inner(depth - 1)
		return
	}
	show(debug.Stack())
}

func recovering() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		show(debug.Stack())
	}()
	var m map[string]int
	m["x"] = 1
}

func main() {
	T{}.method()
	inner(2)
	recovering()
	done := make(chan bool)
	go func() {
		show(debug.Stack())
		done <- true
	}()
	<-done
	small := make([]byte, 9)
	fmt.Println(runtime.Stack(small, false), string(small))
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-1), debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxThreads(100))
	debug.FreeOSMemory()
	debug.PrintStack()
}
