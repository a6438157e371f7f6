package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 1.25}, {"banana", 12, 0.5}, {"cherry", 100, 12.75}, {"kiwi", 7, 3}}

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tQTY\tPRICE\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t\n", r.name, r.qty, r.price)
	}
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbbb\tc")
	fmt.Fprintln(w, "x\ty")
	fmt.Fprintln(w, "no tabs here")
	fmt.Fprintln(w, "1\t22\t333\t4444\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 0, '\t', 0)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, '-', tabwriter.Debug)
	fmt.Fprint(w, "key\tvalue\n")
	fmt.Fprint(w, "héllo\twörld\n\f")
	fmt.Fprint(w, "\tindented\tx\n")
	fmt.Fprint(w, "partial\tline")
	w.Flush()
	fmt.Println()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "a\t\tb")
	fmt.Fprintln(w, "aa\t\tbb")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, ' ', tabwriter.TabIndent)
	fmt.Fprintln(w, "\t\tx\ty")
	fmt.Fprintln(w, "\tlonger\tz")
	fmt.Fprintln(w, "esc\xffa\tb\xff\tq"[:0]+"esc\tq")
	w.Flush()
	fmt.Printf("%T\n", w)
}
