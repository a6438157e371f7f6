package main

import "fmt"

type MyInt int

type C interface{ ~MyInt }

func H[T fmt.Stringer](x T) string { return x.String() }

func main() {
	fmt.Println(H(3))
}
