// stdout-prefix: 5
package main

import "fmt"

func main() {
	var v struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f struct{ f int } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }
	v.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f = 5
	fmt.Println(v.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f)
}
