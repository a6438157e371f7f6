package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13Reader struct {
	r io.Reader
}

func (rot *rot13Reader) Read(p []byte) (int, error) {
	n, err := rot.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type upper struct{ sb strings.Builder }

func (u *upper) Write(p []byte) (int, error) {
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!")
	r := rot13Reader{s}
	n, err := io.Copy(os.Stdout, &r)
	fmt.Println()
	fmt.Println(n, err)
	var sb strings.Builder
	n, err = io.Copy(&sb, strings.NewReader("hello"))
	fmt.Println(sb.String(), n, err)
	u := &upper{}
	io.Copy(u, &rot13Reader{strings.NewReader("uryyb")})
	fmt.Println(u.sb.String())
}
