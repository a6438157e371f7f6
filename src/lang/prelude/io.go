// Package io's helpers over Readers and Writers, written in Go from their documentation
// (Copy, ReadAll, Reader, Writer and EOF are native, library/io.rs).

type gopark__io__Closer interface {
	Close() error
}

type gopark__io__ReadWriter interface {
	io.Reader
	io.Writer
}

type gopark__io__ReadCloser interface {
	io.Reader
	gopark__io__Closer
}

type gopark__io__WriteCloser interface {
	io.Writer
	gopark__io__Closer
}

type gopark__io__LimitedReader struct {
	R io.Reader
	N int64
}

func gopark__io__LimitReader(r io.Reader, n int64) io.Reader {
	return &gopark__io__LimitedReader{r, n}
}

func (l *gopark__io__LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > l.N {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return
}

type gopark__io__teeReader struct {
	r io.Reader
	w io.Writer
}

func gopark__io__TeeReader(r io.Reader, w io.Writer) io.Reader {
	return &gopark__io__teeReader{r, w}
}

func (t *gopark__io__teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if n, err := t.w.Write(p[:n]); err != nil {
			return n, err
		}
	}
	return
}

type gopark__io__multiWriter struct {
	writers []io.Writer
}

func gopark__io__MultiWriter(writers ...io.Writer) io.Writer {
	all := make([]io.Writer, 0, len(writers))
	for _, w := range writers {
		if mw, ok := w.(*gopark__io__multiWriter); ok {
			all = append(all, mw.writers...)
		} else {
			all = append(all, w)
		}
	}
	return &gopark__io__multiWriter{all}
}

func (t *gopark__io__multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err != nil {
			return
		}
		if n != len(p) {
			return n, gopark__io__ErrShortWrite
		}
	}
	return len(p), nil
}

var gopark__io__ErrShortWrite = errors.New("short write")

type gopark__io__multiReader struct {
	readers []io.Reader
}

func gopark__io__MultiReader(readers ...io.Reader) io.Reader {
	r := make([]io.Reader, len(readers))
	copy(r, readers)
	return &gopark__io__multiReader{r}
}

func (mr *gopark__io__multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		n, err = mr.readers[0].Read(p)
		if err == io.EOF {
			mr.readers = mr.readers[1:]
		}
		if n > 0 || err != io.EOF {
			if err == io.EOF && len(mr.readers) > 0 {
				err = nil
			}
			return
		}
	}
	return 0, io.EOF
}

// ReadAtLeast reads into buf until it has min bytes: io.EOF if it read none,
// io.ErrUnexpectedEOF if it read some.
func gopark__io__ReadAtLeast(r io.Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, io.ErrShortBuffer
	}
	for n < min && err == nil {
		var nn int
		nn, err = r.Read(buf[n:])
		n += nn
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return
}

func gopark__io__ReadFull(r io.Reader, buf []byte) (n int, err error) {
	return gopark__io__ReadAtLeast(r, buf, len(buf))
}

func gopark__io__WriteString(w io.Writer, s string) (n int, err error) {
	return w.Write([]byte(s))
}

type gopark__io__discard struct{}

func (gopark__io__discard) Write(p []byte) (int, error) { return len(p), nil }

var gopark__io__Discard io.Writer = gopark__io__discard{}

// io.Pipe: a synchronous pipe with no buffer. A Write hands its bytes to Reads over wrCh
// (each Read answers how many it took over rdCh) until all are taken; done is closed when
// either end closes, with the first error of each end kept.
var gopark__io__ErrClosedPipe = errors.New("io: read/write on closed pipe")

type gopark__io__pipe struct {
	wrMu   sync.Mutex // one Write at a time, so its bytes stay together
	wrCh   chan []byte
	rdCh   chan int
	mu     sync.Mutex // guards rerr, werr and closed
	rerr   error      // why the read end closed
	werr   error      // why the write end closed
	closed bool
	done   chan struct{}
}

type gopark__io__PipeReader struct{ p *gopark__io__pipe }
type gopark__io__PipeWriter struct{ p *gopark__io__pipe }

func gopark__io__Pipe() (*gopark__io__PipeReader, *gopark__io__PipeWriter) {
	p := &gopark__io__pipe{wrCh: make(chan []byte), rdCh: make(chan int), done: make(chan struct{})}
	return &gopark__io__PipeReader{p}, &gopark__io__PipeWriter{p}
}

// readErr is what a Read returns once the pipe is closed: the writer's error (EOF after a
// plain Close) unless the read end itself was closed.
func (p *gopark__io__pipe) readErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.rerr == nil && p.werr != nil {
		return p.werr
	}
	return gopark__io__ErrClosedPipe
}

func (p *gopark__io__pipe) writeErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.werr == nil && p.rerr != nil {
		return p.rerr
	}
	return gopark__io__ErrClosedPipe
}

func (p *gopark__io__pipe) read(b []byte) (int, error) {
	select {
	case <-p.done:
		return 0, p.readErr()
	default:
	}
	select {
	case bw := <-p.wrCh:
		n := copy(b, bw)
		p.rdCh <- n
		return n, nil
	case <-p.done:
		return 0, p.readErr()
	}
}

func (p *gopark__io__pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeErr()
	default:
	}
	p.wrMu.Lock()
	defer p.wrMu.Unlock()
	for once := true; once || len(b) > 0; once = false {
		select {
		case p.wrCh <- b:
			nw := <-p.rdCh
			b = b[nw:]
			n += nw
		case <-p.done:
			return n, p.writeErr()
		}
	}
	return n, nil
}

// close records the end's first error and closes done once.
func (p *gopark__io__pipe) close(errp *error, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if *errp == nil {
		*errp = err
	}
	if !p.closed {
		p.closed = true
		close(p.done)
	}
}

func (r *gopark__io__PipeReader) Read(data []byte) (int, error) { return r.p.read(data) }
func (r *gopark__io__PipeReader) Close() error                  { return r.CloseWithError(nil) }
func (r *gopark__io__PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = gopark__io__ErrClosedPipe
	}
	r.p.close(&r.p.rerr, err)
	return nil
}

func (w *gopark__io__PipeWriter) Write(data []byte) (int, error) { return w.p.write(data) }
func (w *gopark__io__PipeWriter) Close() error                   { return w.CloseWithError(nil) }
func (w *gopark__io__PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = io.EOF
	}
	w.p.close(&w.p.werr, err)
	return nil
}
