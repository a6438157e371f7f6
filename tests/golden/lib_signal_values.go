package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// Signal values print as Go prints them, and registering for them (with nothing ever
// raised) leaves the program free to finish.
func main() {
	fmt.Println(os.Interrupt, os.Kill, syscall.SIGTERM, syscall.SIGHUP)
	fmt.Printf("%v %d %T %T\n", os.Interrupt, syscall.SIGINT, os.Interrupt, syscall.SIGTERM)
	fmt.Println(os.Interrupt == syscall.SIGINT, os.Signal(syscall.SIGTERM) == os.Interrupt)
	var s os.Signal = syscall.SIGUSR1
	fmt.Println(s.String())
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	signal.Notify(c)
	select {
	case sig := <-c:
		fmt.Println("unexpected", sig)
	default:
		fmt.Println("no signal yet")
	}
	signal.Stop(c)
	signal.Reset()
	fmt.Println("done")
}
