// Packages image and image/color as A Tour of Go's Images lessons use them: rectangles and
// points, the Image interface (satisfied by the program's own type), RGBA images, colors and
// the 16-bit premultiplied values their RGBA methods return.
package main

import (
	"fmt"
	"image"
	"image/color"
)

// Checker is the program's own image: a checkerboard of 8-pixel squares.
type Checker struct {
	W, H int
}

func (c Checker) ColorModel() color.Model { return color.GrayModel }
func (c Checker) Bounds() image.Rectangle { return image.Rect(0, 0, c.W, c.H) }
func (c Checker) At(x, y int) color.Color {
	if (x/8+y/8)%2 == 0 {
		return color.Gray{0x20}
	}
	return color.Gray{0xe0}
}

func describe(m image.Image) {
	b := m.Bounds()
	fmt.Printf("%T %v %dx%d\n", m, b, b.Dx(), b.Dy())
	for _, p := range []image.Point{{0, 0}, {9, 1}, {b.Max.X - 1, b.Max.Y - 1}} {
		c := m.At(p.X, p.Y)
		fmt.Print(p, " ", c, " ")
		fmt.Println(c.RGBA())
	}
	fmt.Println(m.ColorModel().Convert(color.RGBA{0x80, 0x40, 0x20, 0xff}))
}

func main() {
	m := image.NewRGBA(image.Rect(0, 0, 100, 100))
	fmt.Println(m.Bounds())
	fmt.Println(m.At(0, 0).RGBA())
	fmt.Println(len(m.Pix), m.Stride, m.Rect, m.Opaque())

	m.Set(3, 4, color.RGBA{255, 0, 0, 255})
	m.Set(5, 6, color.NRGBA{255, 128, 0, 128})
	m.Set(200, 6, color.White)
	fmt.Println(m.At(3, 4), m.At(5, 6), m.RGBAAt(3, 4).R, m.PixOffset(3, 4), m.At(200, 6))
	describe(m)
	describe(Checker{20, 12})
	var img image.Image = Checker{8, 8}
	_, isChecker := img.(Checker)
	fmt.Println(isChecker)

	r := image.Rect(10, 20, 0, 5)
	fmt.Println(r, r.Dx(), r.Dy(), r.Size(), r.Empty(), r.Min, r.Max)
	s := image.Rectangle{image.Pt(5, 5), image.Pt(30, 8)}
	fmt.Println(r.Intersect(s), r.Union(s), r.Overlaps(s), s.In(r), r.Add(image.Pt(1, 1)), s.Sub(s.Min))
	fmt.Println(image.Rect(0, 0, 3, 3).Intersect(image.Rect(5, 5, 6, 6)), image.ZR.Empty(), image.ZP)
	p := image.Pt(3, 4)
	fmt.Println(p.Add(p), p.Sub(image.Pt(1, 1)), p.Mul(3), p.Div(2), p.In(r), p.Eq(image.Point{3, 4}))
	fmt.Printf("%v %+v %#v %T\n", p, r, s, r)
	sub := m.SubImage(image.Rect(2, 2, 6, 7))
	fmt.Println(sub.Bounds(), sub.At(3, 4), sub.At(0, 0))

	colors := []color.Color{
		color.RGBA{0x11, 0x22, 0x33, 0x44},
		color.RGBA64{0x1111, 0x2222, 0x3333, 0xffff},
		color.NRGBA{0x80, 0x40, 0x20, 0x80},
		color.Gray{0x7f},
		color.Gray16{0x1234},
		color.Alpha{0x80},
		color.Alpha16{0x8000},
		color.Black, color.White, color.Transparent, color.Opaque,
	}
	models := []color.Model{color.RGBAModel, color.RGBA64Model, color.NRGBAModel, color.GrayModel, color.AlphaModel}
	for _, c := range colors {
		r, g, b, a := c.RGBA()
		fmt.Printf("%T %v -> %d %d %d %d ->", c, c, r, g, b, a)
		for _, md := range models {
			fmt.Print(" ", md.Convert(c))
		}
		fmt.Println()
	}
	fmt.Printf("%T\n", color.RGBAModel)
	gray := color.ModelFunc(func(c color.Color) color.Color {
		return color.GrayModel.Convert(c)
	})
	fmt.Println(gray.Convert(color.RGBA{200, 100, 50, 255}), color.RGBA{1, 2, 3, 4} == color.RGBA{1, 2, 3, 4})
}
