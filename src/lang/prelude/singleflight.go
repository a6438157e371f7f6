// Package golang.org/x/sync/singleflight, written from its documentation: calls with the
// same key made while one is running wait for it and share its results.

// A Group's zero value is ready to use.
type gopark__singleflight__Group struct {
	mu sync.Mutex
	m  map[string]*gopark__singleflight__call // running calls by key
}

// Result is what DoChan sends: the call's results and whether they went to several callers.
type gopark__singleflight__Result struct {
	Val    interface{}
	Err    error
	Shared bool
}

// A call is one running function and the callers waiting for it.
type gopark__singleflight__call struct {
	done     sync.WaitGroup
	val      interface{}
	err      error
	panicked bool
	panicVal interface{}
	dups     int
	chans    []chan<- gopark__singleflight__Result
}

// Do runs fn once for all the callers of key while it runs, and returns its results to each
// (shared reports whether they were given to more than one caller).
func (g *gopark__singleflight__Group) Do(key string, fn func() (interface{}, error)) (v interface{}, err error, shared bool) {
	g.mu.Lock()
	if c, running := g.m[key]; running {
		c.dups++
		g.mu.Unlock()
		c.done.Wait()
		if c.panicked {
			panic(c.panicVal)
		}
		return c.val, c.err, true
	}
	c := g.begin(key)
	g.mu.Unlock()
	g.doCall(c, key, fn)
	return c.val, c.err, c.dups > 0
}

// DoChan is Do without waiting: the results arrive on the channel.
func (g *gopark__singleflight__Group) DoChan(key string, fn func() (interface{}, error)) <-chan gopark__singleflight__Result {
	ch := make(chan gopark__singleflight__Result, 1)
	g.mu.Lock()
	if c, running := g.m[key]; running {
		c.dups++
		c.chans = append(c.chans, ch)
		g.mu.Unlock()
		return ch
	}
	c := g.begin(key)
	c.chans = append(c.chans, ch)
	g.mu.Unlock()
	go g.doCall(c, key, fn)
	return ch
}

// Forget makes later calls of key run their function rather than wait for the running one.
func (g *gopark__singleflight__Group) Forget(key string) {
	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
}

// begin records a new running call of key (g.mu held).
func (g *gopark__singleflight__Group) begin(key string) *gopark__singleflight__call {
	if g.m == nil {
		g.m = make(map[string]*gopark__singleflight__call)
	}
	c := new(gopark__singleflight__call)
	c.done.Add(1)
	g.m[key] = c
	return c
}

// doCall calls fn for c and hands its results to c's waiters; a panic of fn reaches every
// caller waiting in Do (and the one that ran it) after the key is free again.
func (g *gopark__singleflight__Group) doCall(c *gopark__singleflight__call, key string, fn func() (interface{}, error)) {
	returned := false
	defer func() {
		if !returned {
			c.panicked = true
			c.panicVal = recover()
		}
		g.mu.Lock()
		c.done.Done()
		if g.m[key] == c {
			delete(g.m, key)
		}
		g.mu.Unlock()
		if c.panicked {
			panic(c.panicVal)
		}
		for _, ch := range c.chans {
			ch <- gopark__singleflight__Result{c.val, c.err, c.dups > 0}
		}
	}()
	c.val, c.err = fn()
	returned = true
}
