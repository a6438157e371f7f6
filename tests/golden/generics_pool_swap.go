package main

import (
	"fmt"
	"sync"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.Val), p.Key} }

type Lener interface {
	~string | ~[]byte
}

func TotalLen[T Lener](xs ...T) int {
	n := 0
	for _, x := range xs {
		n += len(x)
	}
	return n
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Job[T any] struct {
	ID  int
	Arg T
}

func Pool[T, R any](workers int, jobs []Job[T], f func(T) R) map[int]R {
	in := make(chan Job[T])
	type result struct {
		id int
		r  R
	}
	out := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- result{j.ID, f(j.Arg)}
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			in <- j
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	res := map[int]R{}
	for r := range out {
		res[r.id] = r.r
	}
	return res
}

func send[T any](c chan<- T, v T, wg *sync.WaitGroup) {
	defer wg.Done()
	c <- v
}

func main() {
	p := Pair[int, float64]{1, 2.5}
	fmt.Printf("%v %T\n", p.Swap(), p.Swap())
	fmt.Println(TotalLen("ab", "cde"), TotalLen([]byte("x")))
	fmt.Println(Map[int](([]int{1, 2}), func(i int) string { return fmt.Sprint(i * 10) }))
	jobs := []Job[int]{{1, 3}, {2, 4}, {3, 5}}
	fmt.Println(Pool(2, jobs, func(x int) int { return x * x }))
	c := make(chan string, 2)
	var wg sync.WaitGroup
	wg.Add(2)
	go send[string](c, "a", &wg)
	go send(c, "b", &wg)
	wg.Wait()
	fmt.Println(len(c))
}
