// Package golang.org/x/sync/semaphore, written from its documentation: a weighted
// semaphore whose waiters are served first come, first served.

type gopark__semaphore__Weighted struct {
	size    int64
	cur     int64
	mu      sync.Mutex
	waiters []*gopark__semaphore__waiter // blocked Acquire calls, oldest first
}

// A waiter is a blocked Acquire of n; granted is closed when its n are taken for it.
type gopark__semaphore__waiter struct {
	n       int64
	granted chan struct{}
}

// NewWeighted is a semaphore of total weight n.
func gopark__semaphore__NewWeighted(n int64) *gopark__semaphore__Weighted {
	return &gopark__semaphore__Weighted{size: n}
}

// Acquire takes n, blocking until they are free (after earlier waiters) or ctx is done; on
// failure it returns ctx.Err() and holds nothing.
func (s *gopark__semaphore__Weighted) Acquire(ctx context.Context, n int64) error {
	done := ctx.Done()
	s.mu.Lock()
	// A context already done fails the call even when n is free (x/sync v0.7.0 on).
	select {
	case <-done:
		s.mu.Unlock()
		return ctx.Err()
	default:
	}
	if len(s.waiters) == 0 && s.size-s.cur >= n {
		s.cur += n
		s.mu.Unlock()
		return nil
	}
	if n > s.size {
		// Never satisfiable: wait for ctx without holding up the queue.
		s.mu.Unlock()
		<-done
		return ctx.Err()
	}
	w := &gopark__semaphore__waiter{n: n, granted: make(chan struct{})}
	s.waiters = append(s.waiters, w)
	s.mu.Unlock()
	select {
	case <-w.granted:
		// Granted; a context done meanwhile still fails the call.
		select {
		case <-done:
			s.Release(n)
			return ctx.Err()
		default:
			return nil
		}
	case <-done:
		s.giveUp(w)
		return ctx.Err()
	}
}

// giveUp withdraws the waiter w after its context is done: it returns what was granted to
// it meanwhile, or leaves the queue (letting those behind it in if it was first).
func (s *gopark__semaphore__Weighted) giveUp(w *gopark__semaphore__waiter) {
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-w.granted:
		s.cur -= w.n
	default:
		for i, q := range s.waiters {
			if q == w {
				s.waiters = append(s.waiters[:i], s.waiters[i+1:]...)
				break
			}
		}
	}
	s.notifyWaiters()
}

// TryAcquire takes n if they are free now and nobody waits, and reports whether it did.
func (s *gopark__semaphore__Weighted) TryAcquire(n int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.waiters) != 0 || s.size-s.cur < n {
		return false
	}
	s.cur += n
	return true
}

// Release gives back n, waking the waiters that now fit, in order.
func (s *gopark__semaphore__Weighted) Release(n int64) {
	s.mu.Lock()
	s.cur -= n
	if s.cur < 0 {
		s.mu.Unlock()
		panic("semaphore: released more than held")
	}
	s.notifyWaiters()
	s.mu.Unlock()
}

// notifyWaiters wakes waiters from the front of the queue while the first one fits (a large
// request at the front is not overtaken by smaller ones behind it, so it cannot starve).
func (s *gopark__semaphore__Weighted) notifyWaiters() {
	for len(s.waiters) > 0 {
		w := s.waiters[0]
		if s.size-s.cur < w.n {
			return
		}
		s.cur += w.n
		s.waiters[0] = nil
		s.waiters = s.waiters[1:]
		close(w.granted)
	}
}
