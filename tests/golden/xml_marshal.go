package main

import (
	"encoding/xml"
	"fmt"
)

type Address struct {
	City, State string
}

type Person struct {
	XMLName   xml.Name `xml:"person"`
	Id        int      `xml:"id,attr"`
	FirstName string   `xml:"name>first"`
	LastName  string   `xml:"name>last"`
	Age       int      `xml:"age"`
	Height    float32  `xml:"height,omitempty"`
	Married   bool
	Address
	Comment string   `xml:",comment"`
	Emails  []string `xml:"email"`
	Nick    *string  `xml:"nick"`
	Secret  string   `xml:"-"`
	hidden  int
}

type Note struct {
	Lang string `xml:"lang,attr,omitempty"`
	Text string `xml:",chardata"`
}

type Doc struct {
	XMLName xml.Name
	Title   string   `xml:"title"`
	Notes   []Note   `xml:"notes>note"`
	Raw     string   `xml:",innerxml"`
	Data    []byte   `xml:"data"`
	Score   *float64 `xml:"score,attr"`
	Tags    []string `xml:"tag,attr"`
	Any     any      `xml:"any"`
	Code    string   `xml:",cdata"`
}

type Bare struct {
	A int
	B string `xml:"b,omitempty"`
}

func show(v any) {
	out, err := xml.Marshal(v)
	fmt.Printf("%s | %v\n", out, err)
}

func main() {
	nick := "jd"
	p := &Person{Id: 13, FirstName: "John", LastName: "Doe", Age: 42, Married: false,
		Address: Address{"Hanga Roa", "Easter Island"}, Comment: " Need more details. ",
		Emails: []string{"a@x", "b@x"}, Nick: &nick, Secret: "s"}
	out, err := xml.MarshalIndent(p, "  ", "    ")
	fmt.Println(string(out), err)
	show(p)
	score := 9.5
	d := Doc{XMLName: xml.Name{Local: "doc"}, Title: `Tom & "Jerry" <3 'x'`,
		Notes: []Note{{"en", "hi\tthere\n"}, {"", "bye"}}, Data: []byte("bytes"),
		Score: &score, Tags: []string{"a", "b"}, Any: 7, Code: "if a < b]]>c"}
	show(d)
	out, _ = xml.MarshalIndent(d, "", "\t")
	fmt.Println(string(out))
	show(Bare{A: 1})
	show(&Bare{B: "x"})
	show(42)
	show("text <b>")
	show([]int{1, 2})
	show(nil)
	show((*Bare)(nil))
	show(map[string]int{"a": 1})
	show(struct{ X int }{1})
	show(Doc{XMLName: xml.Name{Space: "urn:x", Local: "d"}})
	type Bad struct {
		C string `xml:",comment"`
	}
	show(Bad{"a--b"})
	show(Bad{"end-"})
	fmt.Print(xml.Header)
}
