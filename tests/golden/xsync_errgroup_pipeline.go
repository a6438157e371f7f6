// A pipeline run by an errgroup: a producer, a bounded set of workers and a collector,
// all stopped by the group's context when one stage fails.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"golang.org/x/sync/errgroup"
)

type result struct {
	n, square int
}

func pipeline(items []int, workers int) ([]result, error) {
	g, ctx := errgroup.WithContext(context.Background())
	jobs := make(chan int)
	g.Go(func() error {
		defer close(jobs)
		for _, n := range items {
			select {
			case jobs <- n:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})

	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		g.Go(func() error {
			defer wg.Done()
			for n := range jobs {
				if n < 0 {
					return fmt.Errorf("negative input %d", n)
				}
				select {
				case results <- result{n, n * n}:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var out []result
	for r := range results {
		out = append(out, r)
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return out[i].n < out[j].n })
	return out, nil
}

func main() {
	out, err := pipeline([]int{5, 3, 8, 1, 9, 2, 7}, 3)
	fmt.Println(out, err)
	out, err = pipeline([]int{4, 6, -1, 10, 12, 14, 16, 18, 20}, 2)
	fmt.Println(out, err)
}
