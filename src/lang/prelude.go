// The part of the standard library gopark writes in Go: generic functions of packages slices
// and maps whose natural implementation is Go code over Go iterators and type parameters.
// lang::check_source appends this text to a program that names either package; the checker
// resolves slices.X / maps.X to gopark__slices__X / gopark__maps__X and names their instances
// as Go does (slices.Collect[...]). It may name iter.Seq without importing iter.
// Each function does what Go 1.23's does, written from its documentation.

func gopark__slices__All[S ~[]E, E any](s S) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func gopark__slices__Values[S ~[]E, E any](s S) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func gopark__slices__Backward[S ~[]E, E any](s S) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

func gopark__slices__AppendSeq[S ~[]E, E any](s S, seq iter.Seq[E]) S {
	for v := range seq {
		s = append(s, v)
	}
	return s
}

func gopark__slices__Collect[E any](seq iter.Seq[E]) []E {
	return gopark__slices__AppendSeq([]E(nil), seq)
}

func gopark__slices__Sorted[E ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string](seq iter.Seq[E]) []E {
	s := gopark__slices__Collect(seq)
	gopark__mergeSort(s, func(a, b E) bool { return a < b || (a != a && b == b) })
	return s
}

func gopark__slices__SortedStableFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := gopark__slices__Collect(seq)
	gopark__mergeSort(s, func(a, b E) bool { return cmp(a, b) < 0 })
	return s
}

func gopark__slices__SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	// Go's SortedFunc is not stable; a stable sort is one of the orders it may give.
	return gopark__slices__SortedStableFunc(seq, cmp)
}

// sync.OnceFunc, OnceValue and OnceValues: f runs once, at the first call, and later calls
// wait for it; if f panicked, every call panics with the same value. (F ~func() is only
// there to make OnceFunc generic, which the prelude's functions are.)
func gopark__sync__OnceFunc[F ~func()](f F) func() {
	var (
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	do := gopark__once(g)
	return func() {
		do()
		if !valid {
			panic(p)
		}
	}
}

func gopark__sync__OnceValue[T any](f func() T) func() T {
	var (
		valid  bool
		p      any
		result T
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	do := gopark__once(g)
	return func() T {
		do()
		if !valid {
			panic(p)
		}
		return result
	}
}

func gopark__sync__OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		valid bool
		p     any
		r1    T1
		r2    T2
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	do := gopark__once(g)
	return func() (T1, T2) {
		do()
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

// What sync.Once.Do does, with a channel as its mutex (the prelude imports nothing): the
// first caller runs g; the others wait until it has returned or panicked.
func gopark__once(g func()) func() {
	lock := make(chan struct{}, 1)
	done := false
	return func() {
		lock <- struct{}{}
		defer func() { <-lock }()
		if !done {
			done = true
			g()
		}
	}
}

// runtime.MemProfileRate: programs set it (to 0, to turn memory profiling off); gopark
// keeps no memory profile, so the value is only stored.
var gopark__runtime__MemProfileRate int = 512 * 1024

// A stable sort: for ordered values (Sorted) and stable sorts, every correct sort gives
// the order Go gives.
func gopark__mergeSort[E any](s []E, less func(a, b E) bool) {
	if len(s) < 2 {
		return
	}
	if len(s) <= 12 {
		for i := 1; i < len(s); i++ {
			for j := i; j > 0 && less(s[j], s[j-1]); j-- {
				s[j], s[j-1] = s[j-1], s[j]
			}
		}
		return
	}
	m := len(s) / 2
	gopark__mergeSort(s[:m], less)
	gopark__mergeSort(s[m:], less)
	merged := make([]E, 0, len(s))
	i, j := 0, m
	for i < m && j < len(s) {
		if less(s[j], s[i]) {
			merged = append(merged, s[j])
			j++
		} else {
			merged = append(merged, s[i])
			i++
		}
	}
	merged = append(merged, s[i:m]...)
	merged = append(merged, s[j:]...)
	copy(s, merged)
}

func gopark__slices__Chunk[S ~[]E, E any](s S, n int) iter.Seq[S] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(S) bool) {
		for i := 0; i < len(s); i += n {
			end := min(n, len(s[i:]))
			if !yield(s[i : i+end : i+end]) {
				return
			}
		}
	}
}

func gopark__slices__Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S([]E{}), s...)
}

func gopark__slices__Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if s[k] != s[k-1] {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

func gopark__slices__Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:]
	if len(v) == 0 {
		return s
	}
	out := make(S, 0, len(s)+len(v))
	out = append(out, s[:i]...)
	out = append(out, v...)
	return append(out, s[i:]...)
}

func gopark__slices__Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)]
	if i == j {
		return s
	}
	oldlen := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):oldlen])
	return s
}

func gopark__slices__Concat[S ~[]E, E any](ss ...S) S {
	size := 0
	for _, s := range ss {
		size += len(s)
	}
	out := make(S, 0, size)
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

func gopark__slices__Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	out := make(S, 0, len(x)*count)
	for i := 0; i < count; i++ {
		out = append(out, x...)
	}
	return out
}

func gopark__maps__Keys[M ~map[K]V, K comparable, V any](m M) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func gopark__maps__Values[M ~map[K]V, K comparable, V any](m M) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range m {
			if !yield(v) {
				return
			}
		}
	}
}

func gopark__maps__All[M ~map[K]V, K comparable, V any](m M) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

func gopark__maps__Insert[M ~map[K]V, K comparable, V any](m M, seq iter.Seq2[K, V]) {
	for k, v := range seq {
		m[k] = v
	}
}

func gopark__maps__Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V {
	m := make(map[K]V)
	for k, v := range seq {
		m[k] = v
	}
	return m
}

func gopark__maps__Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	out := make(M, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func gopark__maps__Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2) {
	for k, v := range src {
		dst[k] = v
	}
}

func gopark__maps__DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool) {
	for k, v := range m {
		if del(k, v) {
			delete(m, k)
		}
	}
}

func gopark__maps__EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		if v2, ok := m2[k]; !ok || !eq(v1, v2) {
			return false
		}
	}
	return true
}

// errors.AsType (Go 1.26): errors.As with the target's type as a type argument.
func gopark__errors__AsType[E error](err error) (E, bool) {
	var target E
	if errors.As(err, &target) {
		return target, true
	}
	var zero E
	return zero, false
}

// The iterator forms of strings' and bytes' splitting functions (Go 1.24): the same parts as
// Split, SplitAfter, Fields and FieldsFunc, yielded one by one (by slices.Values).
func gopark__strings__SplitSeq(s, sep string) iter.Seq[string] {
	return gopark__slices__Values(strings.Split(s, sep))
}

func gopark__strings__SplitAfterSeq(s, sep string) iter.Seq[string] {
	return gopark__slices__Values(strings.SplitAfter(s, sep))
}

func gopark__strings__FieldsSeq(s string) iter.Seq[string] {
	return gopark__slices__Values(strings.Fields(s))
}

func gopark__strings__FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return gopark__slices__Values(strings.FieldsFunc(s, f))
}

// strings.Lines: the newline-terminated lines of s, each with its newline; a last line
// without one is yielded as it is; an empty s yields nothing.
func gopark__strings__Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			line := s
			if i := strings.IndexByte(s, '\n'); i >= 0 {
				line = s[:i+1]
			}
			s = s[len(line):]
			if !yield(line) {
				return
			}
		}
	}
}

func gopark__bytes__SplitSeq(s, sep []byte) iter.Seq[[]byte] {
	return gopark__slices__Values(bytes.Split(s, sep))
}

func gopark__bytes__SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] {
	if len(sep) == 0 {
		return gopark__slices__Values(bytes.Split(s, sep)) // each UTF-8 sequence, as SplitAfter
	}
	var parts [][]byte
	for {
		i := bytes.Index(s, sep)
		if i < 0 {
			break
		}
		end := i + len(sep)
		parts = append(parts, s[:end:end])
		s = s[end:]
	}
	return gopark__slices__Values(append(parts, s))
}

func gopark__bytes__FieldsSeq(s []byte) iter.Seq[[]byte] {
	return gopark__slices__Values(bytes.Fields(s))
}

func gopark__bytes__FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	var parts [][]byte
	start := -1
	for i, r := range string(s) {
		if !f(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			parts = append(parts, s[start:i:i])
			start = -1
		}
	}
	if start >= 0 {
		parts = append(parts, s[start:len(s):len(s)])
	}
	return gopark__slices__Values(parts)
}

// bytes.Lines: as strings.Lines; each line is a slice of s (capacity cut at its end).
func gopark__bytes__Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			line := s
			if i := bytes.IndexByte(s, '\n'); i >= 0 {
				line = s[:i+1:i+1]
			}
			s = s[len(line):]
			if !yield(line) {
				return
			}
		}
	}
}

// filepath.WalkDir: root, then each directory's entries in lexical order, depth first;
// fn's fs.SkipDir skips a directory (or the rest of a file's directory), fs.SkipAll stops.
func gopark__filepath__WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = gopark__walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == fs.SkipDir || err == fs.SkipAll {
		return nil
	}
	return err
}

func gopark__walkDir(path string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(path, d, nil); err != nil || !d.IsDir() {
		if err == fs.SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		// A second call reports the error; SkipDir there skips the directory.
		if err = fn(path, d, err); err != nil {
			if err == fs.SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := gopark__walkDir(filepath.Join(path, e.Name()), e, fn); err != nil {
			if err == fs.SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// filepath.Walk: as WalkDir, with each file's Lstat FileInfo.
func gopark__filepath__Walk(root string, fn filepath.WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = gopark__walk(root, info, fn)
	}
	if err == fs.SkipDir || err == fs.SkipAll {
		return nil
	}
	return err
}

func gopark__walk(path string, info fs.FileInfo, fn filepath.WalkFunc) error {
	if !info.IsDir() {
		return fn(path, info, nil)
	}
	entries, err := os.ReadDir(path)
	err1 := fn(path, info, err)
	if err != nil || err1 != nil {
		return err1
	}
	for _, e := range entries {
		name := filepath.Join(path, e.Name())
		fi, err := os.Lstat(name)
		if err != nil {
			if err := fn(name, fi, err); err != nil && err != fs.SkipDir {
				return err
			}
			continue
		}
		if err := gopark__walk(name, fi, fn); err != nil && (!fi.IsDir() || err != fs.SkipDir) {
			return err
		}
	}
	return nil
}

// iter.Pull and iter.Pull2: seq runs on a goroutine of its own that takes turns with the
// caller over unbuffered channels, so exactly one of them runs at a time, as with Go's
// coroutine (a goroutine too: runtime.NumGoroutine counts it from Pull on). next gives seq
// the turn until it yields or returns; stop makes the pending yield (and any later one)
// return false. A panic in seq is recovered on its goroutine and raised again by the next
// or stop call that gave it the turn, as the documentation says. The closures are numbered
// as Go's are: the goroutine's body is func1, next func2 and stop func3.
func gopark__iter__Pull[V any](seq iter.Seq[V]) (func() (V, bool), func()) {
	p := gopark__newPuller[struct{}, V]()
	go func() {
		p.run(func(yield func(struct{}, V) bool) {
			seq(func(v V) bool { return yield(struct{}{}, v) })
		})
	}()
	next := func() (V, bool) {
		if p.idle() {
			var zero V
			return zero, false
		}
		if r := p.resume(true); r != nil {
			panic(r)
		}
		return p.val, p.more
	}
	stop := func() {
		if r := p.stop(); r != nil {
			panic(r)
		}
	}
	return next, stop
}

func gopark__iter__Pull2[K, V any](seq iter.Seq2[K, V]) (func() (K, V, bool), func()) {
	p := gopark__newPuller[K, V]()
	go func() { p.run(seq) }()
	next := func() (K, V, bool) {
		if p.idle() {
			var zk K
			var zv V
			return zk, zv, false
		}
		if r := p.resume(true); r != nil {
			panic(r)
		}
		return p.key, p.val, p.more
	}
	stop := func() {
		if r := p.stop(); r != nil {
			panic(r)
		}
	}
	return next, stop
}

// The state iter.Pull and Pull2 share between the caller and seq's goroutine; the channels
// order every access (one side runs at a time).
type gopark__puller[K, V any] struct {
	key      K
	val      V
	more     bool
	stopping bool // stop was called: every yield from now on returns false
	finished bool // seq returned or panicked
	failed   any  // what seq panicked with, until resume hands it to the caller
	wake     chan bool     // to seq's goroutine: go on (true) or stop (false)
	turn     chan struct{} // from it: it yielded or finished
}

func gopark__newPuller[K, V any]() *gopark__puller[K, V] {
	return &gopark__puller[K, V]{wake: make(chan bool), turn: make(chan struct{})}
}

// run is seq's goroutine: it waits for the first turn, then runs seq to the end.
func (p *gopark__puller[K, V]) run(seq func(yield func(K, V) bool)) {
	defer func() {
		p.failed = recover()
		p.finished, p.more = true, false
		var zk K
		var zv V
		p.key, p.val = zk, zv
		p.turn <- struct{}{}
	}()
	if !<-p.wake {
		return
	}
	seq(func(k K, v V) bool {
		if p.stopping {
			return false
		}
		p.key, p.val, p.more = k, v, true
		p.turn <- struct{}{}
		return <-p.wake
	})
}

// idle: seq's goroutine has ended or is ending, so next has nothing more to give.
func (p *gopark__puller[K, V]) idle() bool { return p.finished || p.stopping }

// resume gives seq the turn and waits for it back; the result is seq's panic, if any.
func (p *gopark__puller[K, V]) resume(goOn bool) any {
	p.wake <- goOn
	<-p.turn
	r := p.failed
	p.failed = nil
	return r
}

// stop ends seq (its pending yield returns false) unless it has ended.
func (p *gopark__puller[K, V]) stop() any {
	if p.idle() {
		return nil
	}
	p.stopping = true
	return p.resume(false)
}
