package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	err := context.DeadlineExceeded
	fmt.Printf("%T %v %q\n", err, err, err.Error())
	t, ok := err.(interface{ Timeout() bool })
	fmt.Println(ok, t.Timeout())
	tmp, ok := err.(interface{ Temporary() bool })
	fmt.Println(ok, tmp.Temporary())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), ctx.Err() == context.DeadlineExceeded, errors.Is(ctx.Err(), context.DeadlineExceeded))
	fmt.Printf("%T\n", ctx.Err())
	ctx2, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(time.Millisecond))
	defer cancel2()
	select {
	case <-ctx2.Done():
		fmt.Println("deadline:", ctx2.Err(), context.Cause(ctx2))
	case <-time.After(time.Second):
	}
	wrapped := fmt.Errorf("op: %w", ctx.Err())
	fmt.Println(wrapped, errors.Is(wrapped, context.DeadlineExceeded), errors.Is(wrapped, context.Canceled))
	var ne interface{ Timeout() bool }
	fmt.Println(errors.As(wrapped, &ne), ne != nil && ne.Timeout())
}
