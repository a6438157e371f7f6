package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errShutdown)
	fmt.Println(ctx.Err())
	fmt.Println(context.Cause(ctx))
	fmt.Println(errors.Is(context.Cause(ctx), errShutdown))

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(ctx2.Err(), context.Cause(ctx2))

	ctx3, cancel3 := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, errors.New("too slow"))
	defer cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), "|", context.Cause(ctx3))

	fmt.Println(context.Cause(context.Background()))

	stop := context.AfterFunc(ctx, func() { fmt.Println("ran at once: ctx was already canceled") })
	time.Sleep(5 * time.Millisecond)
	fmt.Println("stop returned", stop())

	ctx4, cancel4 := context.WithCancel(context.Background())
	done := make(chan bool)
	context.AfterFunc(ctx4, func() { fmt.Println("after func ran"); done <- true })
	cancel4()
	<-done
}
