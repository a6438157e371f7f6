package main

import (
	"fmt"
	"strings"
	"sync"
)

type List[T any] struct {
	items []T
}

func (l *List[T]) Add(v T)   { l.items = append(l.items, v) }
func (l List[T]) Len() int   { return len(l.items) }
func (l *List[T]) Items() []T { return l.items }

type Named[T any] struct {
	List[T]
	Name string
}

type Counter[K comparable] struct {
	mu sync.Mutex
	m  map[K]int
}

func NewCounter[K comparable]() *Counter[K] {
	return &Counter[K]{m: make(map[K]int)}
}

func (c *Counter[K]) Inc(k K) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func Countdown[T any](n int, v T) []T {
	if n == 0 {
		return nil
	}
	return append(Countdown[T](n-1, v), v)
}

func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }

func unused[T any](x T) string { return strings.Repeat("x", 2) }

func worker[T any](id int, in <-chan T, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		out <- fmt.Sprintf("w%d:%v", id, v)
	}
}

type Celsius float64
type Name string

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Num interface{ ~int | ~float64 }

func Scale[S ~[]E, E Num](s S, c E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * c
	}
	return out
}

type Vec []float64

func (v Vec) Sum() float64 {
	t := 0.0
	for _, x := range v {
		t += x
	}
	return t
}

func main() {
	n := Named[string]{Name: "n"}
	n.Add("a")
	n.Add("b")
	fmt.Println(n.Len(), n.Items(), n.Name)
	c := NewCounter[string]()
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("k")
		}()
	}
	wg.Wait()
	fmt.Println(c.m["k"])
	fmt.Println(Countdown(3, "z"))
	fmt.Println(Upper(Name("bob")))
	in := make(chan int)
	out := make(chan string, 10)
	var wg2 sync.WaitGroup
	wg2.Add(1)
	go worker(1, in, out, &wg2)
	in <- 5
	in <- 6
	close(in)
	wg2.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println(Describe(1), Describe("s"), Describe(Celsius(2)))
	v := Scale(Vec{1, 2}, 2)
	fmt.Println(v, v.Sum())
	defer fmt.Println(Describe[float64](1.5))
}
