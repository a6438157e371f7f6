package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type City struct {
	Name  string
	Temps []Temp
	calls int
}

func (c *City) Max() Temp {
	c.calls++
	m := c.Temps[0]
	for _, t := range c.Temps {
		if t > m {
			m = t
		}
	}
	return m
}

func (c *City) Check(limit Temp) (bool, error) {
	if limit < 0 {
		return false, errors.New("negative limit")
	}
	return c.Max() > limit, nil
}

// Println inside a method: output order shows when the template's own output is written.
func (c *City) Loud() string {
	fmt.Println("[Loud called]")
	return strings.ToUpper(c.Name)
}

type upperWriter struct{ n int }

func (w *upperWriter) Write(p []byte) (int, error) {
	w.n++
	fmt.Print(strings.ToUpper(string(p)))
	return len(p), nil
}

type Counter struct{ ch chan int }

func (c Counter) Next() int { return <-c.ch }

func main() {
	cities := map[string]*City{
		"osl": {Name: "Oslo", Temps: []Temp{-3, 4.5, 2}},
		"rom": {Name: "Rome", Temps: []Temp{14, 18.25}},
	}
	t := template.Must(template.New("w").Parse(`{{range $k, $c := .}}{{$k}}: {{$c.Name}} max {{$c.Max}} hot={{$c.Check 10.0}} first={{index $c.Temps 0}}
{{end}}`))
	if err := t.Execute(os.Stdout, cities); err != nil {
		fmt.Println(err)
	}
	fmt.Println(cities["osl"].calls, cities["rom"].calls)

	t2 := template.Must(template.New("neg").Parse(`{{.Check -1.0}}`))
	fmt.Println(t2.Execute(os.Stdout, cities["osl"]))

	t3 := template.Must(template.New("loud").Parse("before {{.Loud}} after\n"))
	t3.Execute(os.Stdout, cities["rom"])

	w := &upperWriter{}
	template.Must(template.New("uw").Parse("hello {{.Name}} and {{.Max}}\n")).Execute(w, cities["osl"])
	fmt.Println("writes:", w.n)

	bw := bufio.NewWriter(os.Stdout)
	template.Must(template.New("bw").Parse(`{{define "row"}}<{{.}}>{{end}}{{range .}}{{template "row" .}}{{end}}` + "\n")).Execute(bw, []int{3, 1, 2})
	bw.Flush()

	ch := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i * 10
		}
	}()
	template.Must(template.New("ch").Parse("{{.Next}} {{.Next}} {{.Next}}\n")).Execute(os.Stdout, Counter{ch})

	lay := template.Must(template.New("layout").Parse(`[{{block "content" .}}default {{.}}{{end}}]` + "\n"))
	lay.Execute(os.Stdout, "x")
	template.Must(lay.New("content").Parse(`custom {{.}}`))
	lay.Execute(os.Stdout, "y")
	fmt.Println(lay.DefinedTemplates() != "")

	keys := []string{}
	for k := range cities {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	funcs := template.FuncMap{"city": func(k string) *City { return cities[k] }, "keys": func() []string { return keys }}
	template.Must(template.New("f").Funcs(funcs).Parse(`{{range keys}}{{(city .).Name}} {{end}}{{with city "osl"}}{{.Name}}{{end}}{{with city "nope"}}x{{else}} none{{end}}` + "\n")).Execute(os.Stdout, nil)
}
