package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

func worker(ctx context.Context, id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		default:
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Println(bg.Err(), bg.Done() == nil)
	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx)
	fmt.Println(ctx.Err())
	vctx := context.WithValue(ctx, key("user"), "gopher")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")), vctx.Value("user"))
	fmt.Println(vctx)
	child, cancelChild := context.WithCancel(vctx)
	defer cancelChild()
	var wg sync.WaitGroup
	out := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(child, i, &wg, out)
	}
	time.Sleep(25 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		_ = s
		n++
	}
	fmt.Println("stopped", n)
	fmt.Println(child.Err(), errors.Is(child.Err(), context.Canceled), child.Err() == context.Canceled)
	fmt.Println(context.Cause(child))
	cancel()
	// A child of a canceled parent is canceled at once.
	late, c2 := context.WithCancel(ctx)
	defer c2()
	<-late.Done()
	fmt.Println("late:", late.Err())

	tctx, tcancel := context.WithTimeout(bg, 50*time.Millisecond)
	defer tcancel()
	start := time.Now()
	<-tctx.Done()
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded), time.Since(start) >= 50*time.Millisecond)
	_, ok := tctx.Deadline()
	fmt.Println("deadline", ok)
	_, ok = bg.Deadline()
	fmt.Println("bg deadline", ok)

	cctx, ccancel := context.WithCancelCause(bg)
	ccancel(errors.New("boom"))
	fmt.Println(cctx.Err(), context.Cause(cctx))

	actx, acancel := context.WithCancel(bg)
	done := make(chan bool)
	stop := context.AfterFunc(actx, func() { fmt.Println("after func ran"); done <- true })
	stop2 := context.AfterFunc(actx, func() { fmt.Println("never") })
	fmt.Println("stop2:", stop2())
	acancel()
	<-done
	fmt.Println("stop after run:", stop())
	wctx := context.WithoutCancel(actx)
	fmt.Println(wctx.Err(), wctx.Done() == nil, wctx)

	select {
	case <-time.After(time.Second):
		fmt.Println("timeout")
	case <-func() <-chan struct{} { c, _ := context.WithTimeout(bg, 10*time.Millisecond); return c.Done() }():
		fmt.Println("ctx first")
	}
	var f context.CancelFunc = cancel
	go f()
	var s fmt.Stringer = ctx.(fmt.Stringer)
	fmt.Println(s.String())
	fmt.Printf("%v %T\n", context.Canceled, ctx)
}
