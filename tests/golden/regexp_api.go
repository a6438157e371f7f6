package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	ok, err := regexp.MatchString(`^h(el+)o$`, "hello")
	fmt.Println(ok, err)
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(re)
	fmt.Println(re.String(), re.NumSubexp())
	s := "alice@example.com, bob@test.com and carol@site.org"
	fmt.Println(re.MatchString(s))
	fmt.Println(re.FindString(s))
	fmt.Println(re.FindStringIndex(s))
	fmt.Println(re.FindStringSubmatch(s))
	fmt.Println(re.FindStringSubmatchIndex(s))
	fmt.Println(re.FindAllString(s, -1))
	fmt.Println(re.FindAllString(s, 1))
	fmt.Println(re.FindAllStringSubmatch(s, -1))
	fmt.Println(re.FindAllStringSubmatchIndex(s, -1))
	fmt.Println(re.FindAllStringIndex(s, -1))
	fmt.Println(re.ReplaceAllString(s, "<$2:$1>"))
	fmt.Println(re.ReplaceAllString(s, "$1x"))
	fmt.Println(re.ReplaceAllLiteralString(s, "<$1>"))
	fmt.Println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	fmt.Printf("%q\n", re.ReplaceAllFunc([]byte(s), bytes.ToUpper))
	fmt.Printf("%q\n", re.Find([]byte(s)))
	fmt.Println(re.Match([]byte("x@y.com")))
	fmt.Println(re.FindString("nothing here") == "", re.FindStringSubmatch("none") == nil, re.FindAllString("none", -1) == nil)
	fmt.Println(len(re.FindStringIndex("none")))

	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	fmt.Println(named.SubexpNames(), named.SubexpIndex("month"), named.SubexpIndex("day"))
	fmt.Println(named.ReplaceAllString("2024-03 and 1999-12", "${month}/${year}"))

	sp := regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", sp.Split("abaabaccadaaae", 5))
	fmt.Printf("%q\n", sp.Split("abaabaccadaaae", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`,\s*`).Split("a, b,c,   d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x`).Split("", -1))
	fmt.Printf("%q\n", sp.FindAllString("baaab", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a|b`).FindAllStringIndex("xaxbx", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))

	_, err = regexp.Compile(`a(b`)
	fmt.Println(err)
	_, err = regexp.Compile(`a)b`)
	fmt.Println(err)
	_, err = regexp.Compile(`[a-z`)
	fmt.Println(err)
	_, err = regexp.Compile(`*a`)
	fmt.Println(err)
	ok, err = regexp.MatchString(`(`, "x")
	fmt.Println(ok, err)
	ci := regexp.MustCompile(`(?i)go+`)
	fmt.Println(ci.FindAllString("Go GOOO gopher", -1))
	fmt.Println(regexp.MustCompile(`\d+`).FindAllString("a1 b22 c333 ٣", -1))
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`a(`)
}
