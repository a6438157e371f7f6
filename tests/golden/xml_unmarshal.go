package main

import (
	"encoding/xml"
	"fmt"
)

type Email struct {
	Where string `xml:"where,attr"`
	Addr  string
}

type Address struct {
	City, State string
}

type Result struct {
	XMLName xml.Name `xml:"Person"`
	Name    string   `xml:"FullName"`
	Phone   string
	Email   []Email
	Groups  []string `xml:"Group>Value"`
	Address
	Age     int     `xml:"age,attr"`
	Ratio   float64 `xml:"ratio"`
	Ok      bool    `xml:"ok"`
	Nick    *string `xml:"nick"`
	Comment string  `xml:",comment"`
	Skip    string  `xml:"-"`
}

type Inner struct {
	Raw  string `xml:",innerxml"`
	Text string `xml:",chardata"`
	Kids []Kid  `xml:"kid"`
}

type Kid struct {
	N    int    `xml:"n,attr"`
	Name xml.Name
	Body []byte `xml:",chardata"`
}

func main() {
	v := Result{Name: "none", Phone: "none"}
	data := `<?xml version="1.0"?>
		<!-- header comment -->
		<Person age=" 42 ">
			<FullName>Grace R. Emlin</FullName>
			<Company>Example Inc.</Company>
			<Email where="home">
				<Addr>gre@example.com</Addr>
			</Email>
			<Email where='work'>
				<Addr>gre@work.com</Addr>
			</Email>
			<Group>
				<Value>Friends</Value>
				<Value>Squash</Value>
			</Group>
			<City>Hanga Roa</City>
			<State>Easter Island</State>
			<ratio> 0.75 </ratio>
			<ok>true</ok>
			<nick>G &amp; R &#x263A;</nick>
			<!-- in person -->
			<Skip>no</Skip>
		</Person>
	`
	err := xml.Unmarshal([]byte(data), &v)
	fmt.Println(err)
	fmt.Printf("XMLName: %#v\n", v.XMLName)
	fmt.Printf("Name: %q\n", v.Name)
	fmt.Printf("Phone: %q\n", v.Phone)
	fmt.Printf("Email: %v\n", v.Email)
	fmt.Printf("Groups: %v\n", v.Groups)
	fmt.Printf("Address: %v\n", v.Address)
	fmt.Println(v.Age, v.Ratio, v.Ok, *v.Nick, v.Comment == " in person ", v.Skip)

	var in Inner
	err = xml.Unmarshal([]byte(`<x>a<kid n="1">one</kid>b<![CDATA[<c>]]><kid n="2"/><kid>3</kid></x>`), &in)
	fmt.Println(err)
	fmt.Printf("%q %q\n", in.Raw, in.Text)
	for _, k := range in.Kids {
		fmt.Println(k.N, k.Name.Local, string(k.Body), k.Body == nil)
	}

	var n int
	fmt.Println(xml.Unmarshal([]byte("<n> 17 </n>"), &n), n)
	var s string
	fmt.Println(xml.Unmarshal([]byte("<s>x<y>skipped</y>z</s>"), &s), s)
	var list []string
	fmt.Println(xml.Unmarshal([]byte("<a>1</a>"), &list), list)

	errs := []string{
		"",
		"   ",
		"<a>",
		"<a></b>",
		"<a>\n<b>\n</a>",
		"</a>",
		"<a>&bogus;</a>",
		"<a>&amp</a>",
		"<a x=1/>",
		"<Other/>",
		"<Person age=\"x\"/>",
		"<Person><ratio>abc</ratio></Person>",
		"<Person><ok>maybe</ok></Person>",
		"<Person age=\"99999999999999999999\"/>",
	}
	for _, e := range errs {
		var r Result
		fmt.Printf("%q: %v\n", e, xml.Unmarshal([]byte(e), &r))
	}
	var r Result
	fmt.Println(xml.Unmarshal([]byte("<Person/>"), r))
	fmt.Println(xml.Unmarshal([]byte("<Person/>"), nil))
	var rp *Result
	fmt.Println(xml.Unmarshal([]byte("<Person/>"), rp))
	var u8 uint8
	fmt.Println(xml.Unmarshal([]byte("<u>300</u>"), &u8), u8)
	fmt.Println(xml.Unmarshal([]byte("<u>-1</u>"), &u8), u8)
	var m map[string]int
	fmt.Println(xml.Unmarshal([]byte("<u>1</u>"), &m))
}
