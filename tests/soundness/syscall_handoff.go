package main

import (
	"fmt"
	"sync"
	"syscall"
)

// One goroutine blocks its M in a system call for 50 ms while another computes. With one P,
// sysmon hands the P of the blocked M to a spare M after 20 us, so the computation (long
// enough to be preempted at 10 ms, so that the call starts while it has work left) goes on
// during the call; when the call returns, its goroutine finds its P taken and waits for one.
func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		ts := syscall.Timespec{Sec: 0, Nsec: 50000000}
		syscall.Nanosleep(&ts, nil)
		fmt.Println("syscall returned")
	}()
	go func() {
		defer wg.Done()
		x := 0
		for i := 0; i < 30000000; i++ {
			x += i
		}
		fmt.Println("computed", x)
	}()
	wg.Wait()
}
