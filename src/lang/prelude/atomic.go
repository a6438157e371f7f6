// Package sync/atomic's generic Pointer[T], written in Go (the rest of the package is native,
// library/atomic.rs). A goroutine may be stopped between any two instructions, so each
// operation holds a mutex of its own to be indivisible.

type gopark__atomic__Pointer[T any] struct {
	mu sync.Mutex
	v  *T
}

func (p *gopark__atomic__Pointer[T]) Load() *T {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.v
}

func (p *gopark__atomic__Pointer[T]) Store(val *T) {
	p.mu.Lock()
	p.v = val
	p.mu.Unlock()
}

func (p *gopark__atomic__Pointer[T]) Swap(new *T) (old *T) {
	p.mu.Lock()
	defer p.mu.Unlock()
	old, p.v = p.v, new
	return old
}

func (p *gopark__atomic__Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.v != old {
		return false
	}
	p.v = new
	return true
}
