package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("tick", i)
		}
		done <- true
	}()
	<-done
	defer fmt.Println("deferred calls do not run")
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("never")
	}()
	os.Exit(3)
}
