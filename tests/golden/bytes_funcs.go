package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := []byte("  Hello, Gopher! Hello again.  ")
	fmt.Printf("%q\n", bytes.TrimSpace(b))
	fmt.Printf("%q\n", bytes.ToUpper(b))
	fmt.Printf("%q\n", bytes.ToLower(b))
	fmt.Println(bytes.Contains(b, []byte("Gopher")), bytes.Contains(b, []byte("gopher")))
	fmt.Println(bytes.Count(b, []byte("Hello")), bytes.Index(b, []byte("again")), bytes.LastIndex(b, []byte("Hello")))
	fmt.Println(bytes.HasPrefix(b, []byte("  H")), bytes.HasSuffix(b, []byte(".")))
	fmt.Printf("%q\n", bytes.Fields(b))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	fmt.Printf("%q\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q\n", bytes.ReplaceAll(b, []byte("Hello"), []byte("Bye")))
	fmt.Printf("%q\n", bytes.Replace(b, []byte("Hello"), []byte("Bye"), 1))
	fmt.Printf("%q\n", bytes.Trim([]byte("xxhixx"), "x"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Println(bytes.Equal([]byte("go"), []byte("go")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.IndexByte(b, 'G'), bytes.IndexRune(b, '!'), bytes.ContainsRune(b, 'z'))
	up := bytes.ToUpper([]byte("abc"))
	up[0] = 'z'
	fmt.Println(string(up), len(bytes.Fields([]byte("   "))))
}
