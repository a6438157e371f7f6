package main

import (
	"container/ring"
	"fmt"
)

func main() {
	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(p any) {
		fmt.Println(p.(int))
	})
	sum := 0
	r.Move(2).Do(func(p any) { sum += p.(int) })
	fmt.Println("sum", sum)
	var nilr *ring.Ring
	nilr.Do(func(any) { fmt.Println("never") })
	r.Unlink(3)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	var z ring.Ring
	z.Do(func(p any) { fmt.Println("zero ring value", p) })
}
