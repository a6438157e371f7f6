package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "")
	log.SetFlags(0)
	log.Println("no header", celsius(21.5))
	log.SetPrefix("app: ")
	log.Printf("prefixed %d", 1)
	log.SetFlags(log.Lmsgprefix)
	log.Print("message prefix")
	log.SetFlags(log.Lshortfile)
	log.Println("with file")
	fmt.Println(log.Flags(), log.Prefix())

	l := log.New(os.Stdout, "out: ", 0)
	l.Println("to stdout", 3, celsius(-4))
	l.SetPrefix("[x] ")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Printf("at a line %s", "here")
	fmt.Println(l.Flags(), l.Prefix(), l.Writer() != nil)

	var sb strings.Builder
	sl := log.New(&sb, "sb ", log.Lmsgprefix)
	sl.Print("one")
	sl.Print("two\n")
	fmt.Printf("%q\n", sb.String())
	var buf bytes.Buffer
	bl := log.New(&buf, "", 0)
	bl.Println("into a buffer")
	fmt.Print(buf.String())

	defer func() { fmt.Println("recovered:", recover()) }()
	l.Panicf("bad %d", 7)
}
