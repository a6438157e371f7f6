// GOTRACEBACK=none
// With GOTRACEBACK=none a panic prints only the panic line(s).
package main

type T struct{ n int }

func main() {
	var p *T
	println(p.n)
}
