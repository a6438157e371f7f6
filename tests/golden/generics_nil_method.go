package main

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

func Wait[T any](c chan T) T { return <-c }

func main() {
	var b *Box[int]
	go func() { Wait(make(chan int)) }()
	_ = b.Get()
}
