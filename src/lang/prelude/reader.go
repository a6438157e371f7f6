// Package golang.org/x/tour/reader: the check of the Readers exercise, a reader that gives
// an endless stream of 'A's. It reads up to 1 MiB (or 1<<20 calls) and prints OK!, or says
// on standard error what went wrong, in x/tour's words.

func gopark__reader__Validate(r io.Reader) {
	buf := make([]byte, 1024, 2048)
	calls, total := 0, 0
	for calls < 1<<20 && total < 1<<20 {
		n, err := r.Read(buf)
		for j, c := range buf[:n] {
			if c != 'A' {
				fmt.Fprintf(os.Stderr, "got byte %x at offset %v, want 'A'\n", c, total+j)
				return
			}
		}
		total += n
		if err != nil {
			fmt.Fprintf(os.Stderr, "read error: %v\n", err)
			return
		}
		calls++
	}
	if total == 0 {
		fmt.Fprintf(os.Stderr, "read zero bytes after %d Read calls\n", calls)
		return
	}
	fmt.Println("OK!")
}
