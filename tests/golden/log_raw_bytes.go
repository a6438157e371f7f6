package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

type S string

func (s S) String() string { return "str\xfe" + string(s) }

func main() {
	bad := "a\xffb\xc0"
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("p\xfa: ")
	fmt.Printf("%q\n", log.Prefix())
	log.Println(bad, []byte(bad), S("x"))
	log.Printf("%s|%q|%x|%v", bad, bad, bad, S("y"))
	log.Print(bad)
	log.Output(1, "out\xf0")
	var buf bytes.Buffer
	l := log.New(&buf, "\xf1", log.Lmsgprefix)
	l.Print(bad)
	os.Stdout.Write(buf.Bytes())
	fmt.Println(buf.Len())
	var sb strings.Builder
	l2 := log.New(&sb, "", 0)
	l2.Printf("%s", bad)
	fmt.Print(sb.String())
	fmt.Println(sb.Len())
}
