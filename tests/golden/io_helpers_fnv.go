package main

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"sort"
	"strings"
	"unicode/utf8"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

func main() {
	data, err := io.ReadAll(io.LimitReader(strings.NewReader("abcdefghij"), 4))
	fmt.Printf("%s %v\n", data, err)
	var buf1, buf2 bytes.Buffer
	w := io.MultiWriter(&buf1, &buf2)
	fmt.Fprintf(w, "to both %d", 2)
	fmt.Println(buf1.String(), "|", buf2.String())
	var log bytes.Buffer
	all, _ := io.ReadAll(io.TeeReader(strings.NewReader("teed"), &log))
	fmt.Println(string(all), log.String())
	io.Copy(os.Stdout, upper{io.MultiReader(strings.NewReader("one "), strings.NewReader("two\n"))})
	n, err := io.ReadFull(strings.NewReader("ab"), make([]byte, 5))
	fmt.Println(n, err)
	n, err = io.ReadFull(strings.NewReader(""), make([]byte, 5))
	fmt.Println(n, err)
	io.WriteString(os.Stdout, "written\n")
	fmt.Fprintln(io.Discard, "nothing")
	lr := &io.LimitedReader{R: strings.NewReader("xyz"), N: 2}
	b, _ := io.ReadAll(lr)
	fmt.Printf("%s %d %T\n", b, lr.N, lr)

	for _, s := range []string{"", "a", "hello world"} {
		h32, h32a, h64, h64a := fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a()
		for _, h := range []io.Writer{h32, h32a, h64, h64a} {
			h.Write([]byte(s))
		}
		fmt.Println(h32.Sum32(), h32a.Sum32(), h64.Sum64(), h64a.Sum64())
		fmt.Printf("%x %x\n", h32a.Sum(nil), h64a.Sum([]byte{1}))
	}

	people := []string{"bob", "alice", "dave", "carol"}
	sort.Sort(sort.Reverse(sort.StringSlice(people)))
	fmt.Println(people)
	ints := sort.IntSlice{5, 1, 4}
	ints.Sort()
	fmt.Println(ints, ints.Search(4), sort.IsSorted(sort.Reverse(ints)))
	fl := sort.Float64Slice{2.5, -1, 3}
	sort.Sort(fl)
	fmt.Println(fl, fl.Search(2.5))
	p := make([]byte, 8)
	k := utf8.EncodeRune(p, '世')
	fmt.Println(p[:k], k, utf8.AppendRune([]byte("a"), 'é'), utf8.EncodeRune(p, -1), p[:3])
}
