package main

import (
	"fmt"
	"io/ioutil"
	"path/filepath"
	"runtime"
	"strings"
)

func where(skip int) string {
	_, file, line, ok := runtime.Caller(skip)
	return fmt.Sprintf("%s:%d %v", filepath.Base(file), line, ok)
}

func logf(msg string) {
	fmt.Println(where(2), msg)
}

type T struct{}

func (T) M() { logf("from a method") }

func main() {
	fmt.Println(where(0))
	fmt.Println(where(1))
	logf("hello")
	T{}.M()
	func() {
		logf("closure")
	}()
	done := make(chan bool)
	go func() {
		logf("goroutine")
		done <- true
	}()
	<-done
	_, _, _, ok := runtime.Caller(50)
	fmt.Println(ok)
	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(pc != 0)

	data, err := ioutil.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(data), err)
	fmt.Println(ioutil.WriteFile("/tmp/ioutil.txt", []byte("saved\n"), 0644))
	b, err := ioutil.ReadFile("/tmp/ioutil.txt")
	fmt.Printf("%q %v\n", b, err)
	_, err = ioutil.ReadFile("/tmp/missing.txt")
	fmt.Println(err)
	dir, err := ioutil.TempDir("", "x")
	fmt.Println(dir != "", err)
	f, err := ioutil.TempFile(dir, "f")
	fmt.Println(f != nil, err)
	n, err := fmt.Fprint(ioutil.Discard, "gone")
	fmt.Println(n, err)
}
