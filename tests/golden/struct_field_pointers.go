package main

import "fmt"

type Count int

func (c *Count) Inc() { *c++ }

type Stats struct {
	Hits  Count
	Name  string
	Inner struct{ N int }
}

func incr(p *int) { *p++ }

func setName(s *string, v string) { *s = v }

func main() {
	var st Stats
	st.Hits.Inc()
	st.Hits.Inc()
	setName(&st.Name, "stats")
	incr(&st.Inner.N)
	p := &st.Inner.N
	*p += 10
	fmt.Printf("%+v\n", st)
	xs := []int{1, 2, 3}
	q := &xs[1]
	*q = 20
	incr(&xs[2])
	fmt.Println(xs, *q, q == &xs[1], q == &xs[2])
	sp := &st
	incr((*int)(nil))
	_ = sp
}
