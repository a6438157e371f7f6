package main

import (
	"fmt"
	"os"
)

func main() {
	var f *os.File
	fmt.Println(f.Close())
	_, err := f.Seek(0, 0)
	fmt.Println(err)
	n, err := f.Write([]byte("x"))
	fmt.Println(n, err)
}

func init() {
	var f *os.File
	_, err := f.Read(make([]byte, 3))
	fmt.Println("read:", err)
	_, err = f.Stat()
	fmt.Println("stat:", err, f.Sync())
	_, err = f.ReadDir(-1)
	fmt.Println("readdir:", err)
	_, err = f.WriteString("s")
	fmt.Println("ws:", err)
}
