// Every form of select receive: assignment to locals, captured (boxed) variables,
// globals and interfaces, comma-ok, closed and nil channels, default, labeled loops.
package main

import "fmt"

var g int
var gok bool

func main() {
	ch := make(chan int, 10)
	var x int
	var ok bool
	var a any
	f := func() int { return x }
	for i := 1; i <= 5; i++ {
		ch <- i
	}
	close(ch)
	ch2 := make(chan int, 10)
	select {
	case x = <-ch:
		fmt.Println("x", x, f())
	}
	x = 100
	select {
	case g, gok = <-ch:
		fmt.Println("g", g, gok)
	}
	select {
	case a = <-ch:
		fmt.Println("a", a)
	}
	select {
	case x, ok = <-ch:
		fmt.Println("x ok", x, ok, f())
	}
	select {
	case v, ok := <-ch:
		fp := func() { fmt.Println("cap", v, ok) }
		v = 7
		fp()
	}
	select {
	case v, ok := <-ch:
		fmt.Println("closed", v, ok)
	}
	select {
	case ch2 <- 42:
		fmt.Println("sent")
	default:
		fmt.Println("default")
	}
	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("bad")
	case <-nilch:
		fmt.Println("bad")
	default:
		fmt.Println("nil default")
	}
	fmt.Println(<-ch2)
	n := 0
outer:
	for i := 0; ; i++ {
		select {
		case ch2 <- i:
			n++
			if n == 3 {
				break outer
			}
			continue outer
		default:
			break
		}
	}
	fmt.Println(n, len(ch2))
	count := 0
	for {
		select {
		case v := <-ch2:
			count += v
			if v == 2 {
				break
			}
			continue
		default:
		}
		break
	}
	fmt.Println("count", count)
}
