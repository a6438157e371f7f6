package main

import "fmt"

// Go by Example "Closing Channels", adapted so that the output order does not
// depend on the scheduler: the worker reports through a second channel.
func main() {
	jobs := make(chan int, 5)
	log := make(chan string, 10)
	done := make(chan bool)

	go func() {
		for {
			j, more := <-jobs
			if more {
				log <- fmt.Sprintf("received job %d", j)
			} else {
				log <- "received all jobs"
				close(log)
				done <- true
				return
			}
		}
	}()

	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(jobs)
	fmt.Println("sent all jobs")

	<-done
	for line := range log {
		fmt.Println(line)
	}

	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)
}
