package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID   int
	Data []int
}

type Result struct {
	Job   Job
	Sum   int
	By    int
	Valid bool
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		s := 0
		for _, d := range j.Data {
			s += d
		}
		results <- Result{Job: j, Sum: s, By: id, Valid: s%2 == 0}
	}
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 9; i++ {
		jobs <- Job{ID: i, Data: []int{i, i * 2, i * 3}}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	byID := make([]Result, 9)
	for r := range results {
		byID[r.Job.ID] = r
	}
	for _, r := range byID {
		fmt.Printf("%d %v %d %t\n", r.Job.ID, r.Job.Data, r.Sum, r.Valid)
	}
	first := byID[0]
	first.Job.Data[0] = 42 // slices inside structs share their backing array
	fmt.Println(byID[0].Job.Data, first.Sum == byID[0].Sum)
}
