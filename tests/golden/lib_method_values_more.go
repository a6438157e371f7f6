// More library methods as values: time.Time.Format, Ticker.Stop,
// Rand.Intn, context.Context.Done, atomic.Int64.Add/Load, Builder.String.
package main

import (
	"context"
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"sync/atomic"
	"time"
)

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	t := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	format := t.Format
	fmt.Println(format("2006-01-02"))
	tk := time.NewTicker(time.Millisecond)
	stop := tk.Stop
	stop()
	fmt.Println(apply(strings.ToLower, "ABC"))
	rnd := rand.New(rand.NewSource(1))
	intn := rnd.Intn
	_ = intn(10)
	ctx, cancel := context.WithCancel(context.Background())
	done := ctx.Done
	cancel()
	<-done()
	fmt.Println(ctx.Err())
	var n atomic.Int64
	inc := n.Add
	inc(5)
	load := n.Load
	fmt.Println(load())
	xs := []int{3, 1, 2}
	sorter := sort.Ints
	sorter(xs)
	fmt.Println(xs)
	var sb strings.Builder
	fp := fmt.Fprintf
	fp(&sb, "%d", 42)
	ss := sb.String
	fmt.Println(ss(), strings.Map(func(r rune) rune { return r + 1 }, "abc"))
	up := apply
	fmt.Println(up(strings.ToUpper, "x"))
}
