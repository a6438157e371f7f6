package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGINT, syscall.SIGTERM)
	signal.Reset(syscall.SIGINT)
	fmt.Println("waiting")
	fmt.Println(<-c)
}
