// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

type rec struct {
	a, b, c, d int
	s          string
}

func main() {
	var rs []rec
	for i := 0; ; i++ {
		rs = append(rs, rec{a: i, s: "x"})
	}
}
