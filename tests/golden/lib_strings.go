package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Hello, Gopher world"
	fmt.Println(strings.Contains(s, "Go"), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'w'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "world"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'G'), strings.IndexRune(s, 'w'), strings.IndexAny(s, "pq"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.Fields("  one two\tthree\n "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "))
	fmt.Println(strings.Repeat("na", 4), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.Title("her royal highness"))
	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimSpace("  \t pad \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"))
	fmt.Println(strings.TrimRight("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())

	upper := strings.ToUpper
	fmt.Println(upper("value"))

	fmt.Println(unicode.IsUpper('A'), unicode.IsLower('A'), unicode.IsLetter('é'), unicode.IsDigit('7'), unicode.IsSpace('\t'), unicode.IsPunct('!'))
	fmt.Printf("%c %c %d\n", unicode.ToUpper('q'), unicode.ToLower('Q'), unicode.MaxRune)
	fmt.Println(utf8.RuneCountInString("héllo, 世界"), utf8.RuneLen('世'), utf8.ValidString("ok"))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Printf("%c %d\n", r, size)
}
