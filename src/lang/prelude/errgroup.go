// Package golang.org/x/sync/errgroup, written from its documentation (as x/sync v0.3.0 on behaves:
// a group's context is canceled with the first error as its cause).

// A Group is goroutines working on parts of one task; its zero value has no limit and does
// not cancel anything on an error.
type gopark__errgroup__Group struct {
	cancel func(error) // the WithContext context's cause-cancel, nil for a zero Group
	wg     sync.WaitGroup
	// sem holds a token per running goroutine when SetLimit set a limit (nil: none).
	sem     chan struct{}
	errOnce sync.Once
	err     error
}

// WithContext is a Group whose context is canceled when a function passed to Go first
// returns an error (the error is the context's cause), or when Wait first returns.
func gopark__errgroup__WithContext(ctx context.Context) (*gopark__errgroup__Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &gopark__errgroup__Group{cancel: cancel}, ctx
}

// Wait waits for every goroutine started by Go and returns the first error one returned.
func (g *gopark__errgroup__Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

// Go runs f in a new goroutine, waiting first for a free slot when the group has a limit.
func (g *gopark__errgroup__Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	// The goroutine calls f itself, so a traceback shows errgroup.(*Group).Go.func1 as Go's.
	go func() {
		defer g.done()
		if err := f(); err != nil {
			g.fail(err)
		}
	}()
}

// TryGo runs f in a new goroutine only if the group's limit leaves room for it now.
func (g *gopark__errgroup__Group) TryGo(f func() error) bool {
	if g.sem != nil {
		select {
		case g.sem <- struct{}{}:
		default:
			return false
		}
	}
	g.wg.Add(1)
	go func() {
		defer g.done()
		if err := f(); err != nil {
			g.fail(err)
		}
	}()
	return true
}

// fail keeps err if it is the group's first error, and cancels the group's context with it.
func (g *gopark__errgroup__Group) fail(err error) {
	g.errOnce.Do(func() {
		g.err = err
		if g.cancel != nil {
			g.cancel(err)
		}
	})
}

// done frees a goroutine's slot and tells Wait it is done.
func (g *gopark__errgroup__Group) done() {
	if g.sem != nil {
		<-g.sem
	}
	g.wg.Done()
}

// SetLimit bounds the group's running goroutines to n (no bound when n is negative); the
// limit cannot change while goroutines of the group run.
func (g *gopark__errgroup__Group) SetLimit(n int) {
	if n < 0 {
		g.sem = nil
		return
	}
	if active := len(g.sem); active != 0 {
		panic(fmt.Errorf("errgroup: modify limit while %v goroutines in the group are still active", active))
	}
	g.sem = make(chan struct{}, n)
}
