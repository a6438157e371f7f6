package main

import (
	"encoding/xml"
	"fmt"
)

type Item struct {
	Name  string `xml:"name"`
	Count int    `xml:"count"`
}

type Any struct {
	XMLName xml.Name
	ID      string `xml:"id,attr"`
	Items   []Item `xml:"item"`
	Text    string `xml:",chardata"`
}

type NS struct {
	XMLName xml.Name `xml:"urn:books book"`
	Title   string   `xml:"urn:books title"`
	Lang    string   `xml:"lang,attr"`
}

func main() {
	docs := []string{
		"<a>",
		"<a></b>",
		"<a>\n<b>\n</a>",
		"<a>&bogus;</a>",
		"<a>&amp</a>",
		"<a x=1/>",
		"<a x='1'",
		"<a><item><name>x</name></item><item><count>z</count></item>",
		"<a><item><name>ok</name></item>\n<item><name>half</name>",
		"<a id=\"7\">t<!-- c --><?pi x?>u</a>trailing junk <",
		"<root><item><count>5</count></item></root>",
		"<a>\r\nx\ry</a>",
		"<a>&#0;</a>",
		"<a>&#x41;&#66;&lt;&gt;&apos;&quot;</a>",
		"<1a/>",
		"< a/>",
	}
	for _, d := range docs {
		var v Any
		err := xml.Unmarshal([]byte(d), &v)
		fmt.Printf("%q\n  -> %v | %q %q %v %q\n", d, err, v.XMLName.Local, v.ID, v.Items, v.Text)
	}
	var b NS
	fmt.Println(xml.Unmarshal([]byte(`<book xmlns="urn:books" lang="en"><title>Go</title></book>`), &b), b.Title, b.Lang, b.XMLName.Space)
	var b2 NS
	fmt.Println(xml.Unmarshal([]byte(`<b:book xmlns:b="urn:books"><b:title>P</b:title><title>no</title></b:book>`), &b2), b2.Title)
	var b3 NS
	fmt.Println(xml.Unmarshal([]byte(`<book><title>x</title></book>`), &b3))
	out, err := xml.Marshal(NS{Title: "T", Lang: "fr"})
	fmt.Println(string(out), err)
}
