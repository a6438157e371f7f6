package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"log/slog"
)

type Base struct {
	ID int `xml:"id,attr"`
}

type Item struct {
	*Base
	XMLName xml.Name `xml:"item"`
	Price   float64  `xml:"price"`
	Tags    []string `xml:"tags>tag,omitempty"`
	Note    *string  `xml:"note,omitempty"`
}

type Catalog struct {
	XMLName xml.Name `xml:"catalog"`
	Items   []Item   `xml:"item"`
	Count   int      `xml:"count,attr"`
}

func main() {
	c := Catalog{Items: []Item{{Base: &Base{ID: 1}, Price: 2.5}, {Base: &Base{ID: 2}, Price: 1e21, Tags: []string{"x"}}}, Count: 2}
	out, err := xml.MarshalIndent(c, "", "  ")
	fmt.Println(string(out), err)
	var back Catalog
	err = xml.Unmarshal(out, &back)
	fmt.Println(err, len(back.Items), back.Items[0].Base.ID, back.Items[1].Base.ID, back.Items[1].Tags, back.Count)
	enc := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" { return slog.Attr{} }
		if a.Key == "level" { return slog.String("lvl", a.Value.String()) }
		return a
	}}))
	enc.Info("catalog", "items", len(back.Items), "first", back.Items[0].Price)
	enc.Info("kind", "k", slog.IntValue(3).Kind(), "s", slog.AnyValue(2.5).String())
}
