package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("plain", 1, 2)
	log.Println("line", 1, 2)
	log.Printf("formatted %d%%", 50)
	log.SetFlags(log.Lshortfile)
	log.Print("short file")
	log.SetPrefix("[p] ")
	log.Print("prefix first")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Print("prefix after file")
	log.SetFlags(log.Lmsgprefix)
	log.Print("ends with newline\n")
	log.Print()
	fmt.Println(log.Flags() == log.Lmsgprefix, log.Prefix())
	log.Output(1, "via Output")

	var buf bytes.Buffer
	l := log.New(&buf, "buf: ", 0)
	l.Println("one")
	l.SetPrefix("b2: ")
	l.SetFlags(log.Lmsgprefix | log.Lshortfile)
	l.Printf("two %v", []int{1, 2})
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == &buf)

	var sb strings.Builder
	l.SetOutput(&sb)
	l.SetFlags(0)
	l.Output(2, "to builder")
	fmt.Printf("%q\n", sb.String())

	w := log.New(os.Stdout, "", 0)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		w.Panicf("bad %s", "thing")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicln("std", "panic")
	}()
	fmt.Println(log.Writer() == os.Stdout)
	log.SetOutput(os.Stderr)
	log.SetFlags(0)
	log.SetPrefix("")
	log.Fatalf("fatal: %d", 3)
	fmt.Println("not reached")
}
