// Package io/ioutil (deprecated since Go 1.16, still in older tutorials), written in Go:
// each function is the io or os function that replaced it, as Go's own package now is.

func gopark__ioutil__ReadAll(r io.Reader) ([]byte, error) {
	return io.ReadAll(r)
}

func gopark__ioutil__ReadFile(filename string) ([]byte, error) {
	return os.ReadFile(filename)
}

func gopark__ioutil__WriteFile(filename string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

func gopark__ioutil__TempDir(dir, pattern string) (string, error) {
	return os.MkdirTemp(dir, pattern)
}

func gopark__ioutil__TempFile(dir, pattern string) (*os.File, error) {
	return os.CreateTemp(dir, pattern)
}

var gopark__ioutil__Discard io.Writer = io.Discard
