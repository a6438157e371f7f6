package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	fmt.Printf("%T %T\n", pr, pw)
	go func() {
		defer pw.Close()
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println(sc.Err())

	pr, pw = io.Pipe()
	// The writer's result is printed by main: Write returns when the last read took the
	// data, so a print in the writer would race with the reader's.
	done := make(chan string)
	go func() {
		n, err := pw.Write([]byte("hello world"))
		pw.CloseWithError(errors.New("producer failed"))
		done <- fmt.Sprintln("write:", n, err)
	}()
	buf := make([]byte, 4)
	for {
		n, err := pr.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Print(<-done)
	n, err := pw.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)

	pr, pw = io.Pipe()
	pr.Close()
	n, err = pw.Write([]byte("late"))
	fmt.Println(n, err)
	n, err = pr.Read(buf)
	fmt.Println(n, err)

	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("consumer gone"))
	_, err = pw.Write([]byte("z"))
	fmt.Println(err)

	pr, pw = io.Pipe()
	go func() {
		io.Copy(pw, strings.NewReader("copied through\n"))
		pw.Close()
	}()
	io.Copy(os.Stdout, pr)
	var r io.ReadCloser = pr
	var w io.WriteCloser = pw
	fmt.Println(r.Close(), w.Close())
}
