package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	dir, err := os.MkdirTemp("", "gopark-pe")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.Chdir(dir)
	_, err = os.Open("missing.txt")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("Op:", pe.Op, "Path:", pe.Path, "Err:", pe.Err)
	}
	fmt.Println(err, errors.Unwrap(err) != nil, os.IsNotExist(err))
	var ope *os.PathError
	fmt.Println(errors.As(err, &ope), ope.Error())
	wrapped := fmt.Errorf("loading: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, fs.ErrNotExist), os.IsNotExist(wrapped))
	mine := &fs.PathError{Op: "parse", Path: "x.conf", Err: errors.New("bad line")}
	fmt.Println(mine, mine.Error())
	var e error = mine
	fmt.Printf("%T %v\n", e, e)
	_, err = os.ReadFile("/tmp")
	fmt.Println(err)
}
