package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	fmt.Println("serving")
	<-ctx.Done()
	fmt.Println("shutting down:", ctx.Err())
}
