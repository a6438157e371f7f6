package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gopark-files")
	check(err)
	defer os.RemoveAll(dir)
	check(os.Chdir(dir))

	// Create, Write, WriteString, Fprintf, a bufio.Writer.
	f, err := os.Create("notes.txt")
	check(err)
	n, err := f.Write([]byte("first line\n"))
	fmt.Println("Write:", n, err)
	n, err = f.WriteString("second line\n")
	fmt.Println("WriteString:", n, err)
	fmt.Fprintf(f, "third %d\n", 3)
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "buffered")
	check(w.Flush())
	fmt.Println("Name:", f.Name())
	check(f.Close())
	fmt.Println("close again:", f.Close())
	_, err = f.WriteString("late")
	fmt.Println("write after close:", err, errors.Is(err, fs.ErrClosed))

	// ReadFile, Open + Read, Seek, ReadAt, io.ReadFull.
	data, err := os.ReadFile("notes.txt")
	fmt.Printf("ReadFile: %q %v\n", data, err)
	g, err := os.Open("notes.txt")
	check(err)
	buf := make([]byte, 5)
	n, err = g.Read(buf)
	fmt.Printf("Read: %d %q %v\n", n, buf[:n], err)
	off, err := g.Seek(-9, io.SeekEnd)
	fmt.Println("Seek:", off, err)
	n, err = io.ReadFull(g, buf)
	fmt.Printf("ReadFull: %d %q %v\n", n, buf[:n], err)
	n, err = g.Read(buf)
	fmt.Printf("at end: %d %v\n", n, err)
	n, err = g.ReadAt(buf, 6)
	fmt.Printf("ReadAt: %d %q %v\n", n, buf[:n], err)
	n, err = g.ReadAt(buf, 40)
	fmt.Printf("short ReadAt: %d %q %v\n", n, buf[:n], err)
	_, err = g.Seek(-1, io.SeekStart)
	fmt.Println("bad Seek:", err)
	_, err = g.Write([]byte("x"))
	fmt.Println("write read-only:", err)

	// Scanner and ReadAll over a file.
	g.Seek(0, io.SeekStart)
	sc := bufio.NewScanner(g)
	for sc.Scan() {
		fmt.Println("line:", strings.ToUpper(sc.Text()))
	}
	g.Seek(0, io.SeekStart)
	all, err := io.ReadAll(g)
	fmt.Println("ReadAll:", len(all), err)
	g.Close()

	// OpenFile flags: O_APPEND, O_EXCL, O_TRUNC, io.Copy between files.
	a, err := os.OpenFile("notes.txt", os.O_APPEND|os.O_WRONLY, 0644)
	check(err)
	a.WriteString("appended\n")
	a.Close()
	_, err = os.OpenFile("notes.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println("O_EXCL:", err, os.IsExist(err), errors.Is(err, fs.ErrExist))
	src, _ := os.Open("notes.txt")
	dst, _ := os.Create("copy.txt")
	copied, err := io.Copy(dst, src)
	fmt.Println("Copy:", copied, err)
	src.Close()
	dst.Close()
	t, _ := os.OpenFile("copy.txt", os.O_TRUNC|os.O_RDWR, 0)
	t.WriteString("short\n")
	t.Close()
	data, _ = os.ReadFile("copy.txt")
	fmt.Printf("after O_TRUNC: %q\n", data)

	// Stat and FileMode.
	info, err := os.Stat("notes.txt")
	check(err)
	fmt.Println("Stat:", info.Name(), info.Size(), info.Mode(), info.IsDir(), info.Mode().IsRegular())
	check(os.WriteFile("secret", []byte("s"), 0600))
	info, _ = os.Stat("secret")
	fmt.Println("0600:", info.Mode(), info.Mode().Perm())
	_, err = os.Stat("missing.txt")
	fmt.Println("Stat missing:", err, os.IsNotExist(err))
	_, err = os.ReadFile("missing.txt")
	fmt.Println("ReadFile missing:", err, errors.Is(err, os.ErrNotExist))
	fmt.Printf("%T\n", err)
}
