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
