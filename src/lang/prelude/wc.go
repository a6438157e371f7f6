// Package golang.org/x/tour/wc: the check of the Maps exercise (word count). Its cases and
// its PASS/FAIL report are x/tour's, so a solution prints what it prints on the Tour.

type gopark__wc__case struct {
	in   string
	want map[string]int
}

var gopark__wc__cases = []gopark__wc__case{
	{"I am learning Go!", map[string]int{"I": 1, "am": 1, "learning": 1, "Go!": 1}},
	{"The quick brown fox jumped over the lazy dog.", map[string]int{
		"The": 1, "quick": 1, "brown": 1, "fox": 1, "jumped": 1,
		"over": 1, "the": 1, "lazy": 1, "dog.": 1,
	}},
	{"I ate a donut. Then I ate another donut.", map[string]int{
		"I": 2, "ate": 2, "a": 1, "donut.": 2, "Then": 1, "another": 1,
	}},
	{"A man a plan a canal panama.", map[string]int{
		"A": 1, "man": 1, "a": 2, "plan": 1, "canal": 1, "panama.": 1,
	}},
}

// Test calls f on each case, stopping at the first whose counts differ.
func gopark__wc__Test(f func(string) map[string]int) {
	for _, c := range gopark__wc__cases {
		got := f(c.in)
		if !gopark__wc__same(got, c.want) {
			fmt.Printf("FAIL\n f(%q) =\n  %#v\n want:\n  %#v", c.in, got, c.want)
			return
		}
		fmt.Printf("PASS\n f(%q) = \n  %#v\n", c.in, got)
	}
}

func gopark__wc__same(got, want map[string]int) bool {
	if len(got) != len(want) {
		return false
	}
	for k, n := range want {
		if got[k] != n {
			return false
		}
	}
	return true
}
