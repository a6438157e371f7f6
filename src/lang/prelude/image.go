// Package image (points, rectangles, the Image interface and RGBA images), written from its
// documentation.

// The builtins min and max, which a program may redeclare in the package scope it shares with
// this text.
func gopark__image__min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func gopark__image__max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

type gopark__image__Point struct {
	X, Y int
}

func (p gopark__image__Point) String() string {
	return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")"
}

func (p gopark__image__Point) Add(q gopark__image__Point) gopark__image__Point {
	return gopark__image__Point{p.X + q.X, p.Y + q.Y}
}

func (p gopark__image__Point) Sub(q gopark__image__Point) gopark__image__Point {
	return gopark__image__Point{p.X - q.X, p.Y - q.Y}
}

func (p gopark__image__Point) Mul(k int) gopark__image__Point {
	return gopark__image__Point{p.X * k, p.Y * k}
}

func (p gopark__image__Point) Div(k int) gopark__image__Point {
	return gopark__image__Point{p.X / k, p.Y / k}
}

func (p gopark__image__Point) Eq(q gopark__image__Point) bool {
	return p == q
}

// In reports whether p lies in r (Min inclusive, Max exclusive).
func (p gopark__image__Point) In(r gopark__image__Rectangle) bool {
	return r.Min.X <= p.X && p.X < r.Max.X && r.Min.Y <= p.Y && p.Y < r.Max.Y
}

func gopark__image__Pt(X, Y int) gopark__image__Point {
	return gopark__image__Point{X, Y}
}

var gopark__image__ZP gopark__image__Point

type gopark__image__Rectangle struct {
	Min, Max gopark__image__Point
}

var gopark__image__ZR gopark__image__Rectangle

func (r gopark__image__Rectangle) String() string {
	return r.Min.String() + "-" + r.Max.String()
}

func (r gopark__image__Rectangle) Dx() int {
	return r.Max.X - r.Min.X
}

func (r gopark__image__Rectangle) Dy() int {
	return r.Max.Y - r.Min.Y
}

func (r gopark__image__Rectangle) Size() gopark__image__Point {
	return r.Max.Sub(r.Min)
}

func (r gopark__image__Rectangle) Empty() bool {
	return r.Min.X >= r.Max.X || r.Min.Y >= r.Max.Y
}

// Eq reports whether r and s hold the same points (all empty rectangles are equal).
func (r gopark__image__Rectangle) Eq(s gopark__image__Rectangle) bool {
	return r == s || r.Empty() && s.Empty()
}

func (r gopark__image__Rectangle) Add(p gopark__image__Point) gopark__image__Rectangle {
	return gopark__image__Rectangle{r.Min.Add(p), r.Max.Add(p)}
}

func (r gopark__image__Rectangle) Sub(p gopark__image__Point) gopark__image__Rectangle {
	return gopark__image__Rectangle{r.Min.Sub(p), r.Max.Sub(p)}
}

// In reports whether every point of r is in s.
func (r gopark__image__Rectangle) In(s gopark__image__Rectangle) bool {
	if r.Empty() {
		return true
	}
	return s.Min.X <= r.Min.X && r.Max.X <= s.Max.X && s.Min.Y <= r.Min.Y && r.Max.Y <= s.Max.Y
}

func (r gopark__image__Rectangle) Overlaps(s gopark__image__Rectangle) bool {
	return !r.Empty() && !s.Empty() &&
		r.Min.X < s.Max.X && s.Min.X < r.Max.X && r.Min.Y < s.Max.Y && s.Min.Y < r.Max.Y
}

// Intersect is the largest rectangle in both r and s; ZR if they do not overlap.
func (r gopark__image__Rectangle) Intersect(s gopark__image__Rectangle) gopark__image__Rectangle {
	r.Min.X, r.Min.Y = gopark__image__max(r.Min.X, s.Min.X), gopark__image__max(r.Min.Y, s.Min.Y)
	r.Max.X, r.Max.Y = gopark__image__min(r.Max.X, s.Max.X), gopark__image__min(r.Max.Y, s.Max.Y)
	if r.Empty() {
		return gopark__image__ZR
	}
	return r
}

// Union is the smallest rectangle holding both r and s (an empty one adds nothing).
func (r gopark__image__Rectangle) Union(s gopark__image__Rectangle) gopark__image__Rectangle {
	if r.Empty() {
		return s
	}
	if s.Empty() {
		return r
	}
	r.Min.X, r.Min.Y = gopark__image__min(r.Min.X, s.Min.X), gopark__image__min(r.Min.Y, s.Min.Y)
	r.Max.X, r.Max.Y = gopark__image__max(r.Max.X, s.Max.X), gopark__image__max(r.Max.Y, s.Max.Y)
	return r
}

func (r gopark__image__Rectangle) Canon() gopark__image__Rectangle {
	return gopark__image__Rect(r.Min.X, r.Min.Y, r.Max.X, r.Max.Y)
}

// Rect is the rectangle with corners (x0, y0) and (x1, y1), swapped as needed so that
// Min is the smaller.
func gopark__image__Rect(x0, y0, x1, y1 int) gopark__image__Rectangle {
	return gopark__image__Rectangle{
		gopark__image__Point{gopark__image__min(x0, x1), gopark__image__min(y0, y1)},
		gopark__image__Point{gopark__image__max(x0, x1), gopark__image__max(y0, y1)},
	}
}

type gopark__image__Image interface {
	ColorModel() gopark__color__Model
	Bounds() gopark__image__Rectangle
	At(x, y int) gopark__color__Color
}

// RGBA holds 4 bytes per pixel (R, G, B, A, premultiplied), row after row.
type gopark__image__RGBA struct {
	Pix    []uint8
	Stride int
	Rect   gopark__image__Rectangle
}

func gopark__image__NewRGBA(r gopark__image__Rectangle) *gopark__image__RGBA {
	w, h := r.Dx(), r.Dy()
	if w < 0 || h < 0 || w > 0 && h > int(^uint(0)>>1)/4/w {
		panic("image: NewRGBA Rectangle has huge or negative dimensions")
	}
	return &gopark__image__RGBA{Pix: make([]uint8, 4*w*h), Stride: 4 * w, Rect: r}
}

func (p *gopark__image__RGBA) ColorModel() gopark__color__Model {
	return gopark__color__RGBAModel
}

func (p *gopark__image__RGBA) Bounds() gopark__image__Rectangle {
	return p.Rect
}

func (p *gopark__image__RGBA) At(x, y int) gopark__color__Color {
	return p.RGBAAt(x, y)
}

func (p *gopark__image__RGBA) RGBAAt(x, y int) gopark__color__RGBA {
	if !(gopark__image__Point{x, y}.In(p.Rect)) {
		return gopark__color__RGBA{}
	}
	i := p.PixOffset(x, y)
	return gopark__color__RGBA{p.Pix[i], p.Pix[i+1], p.Pix[i+2], p.Pix[i+3]}
}

func (p *gopark__image__RGBA) PixOffset(x, y int) int {
	return (y-p.Rect.Min.Y)*p.Stride + (x-p.Rect.Min.X)*4
}

func (p *gopark__image__RGBA) Set(x, y int, c gopark__color__Color) {
	p.SetRGBA(x, y, gopark__color__RGBAModel.Convert(c).(gopark__color__RGBA))
}

func (p *gopark__image__RGBA) SetRGBA(x, y int, c gopark__color__RGBA) {
	if !(gopark__image__Point{x, y}.In(p.Rect)) {
		return
	}
	i := p.PixOffset(x, y)
	p.Pix[i], p.Pix[i+1], p.Pix[i+2], p.Pix[i+3] = c.R, c.G, c.B, c.A
}

// Opaque reports whether every pixel in the bounds has alpha 0xff.
func (p *gopark__image__RGBA) Opaque() bool {
	for y := p.Rect.Min.Y; y < p.Rect.Max.Y; y++ {
		for x := p.Rect.Min.X; x < p.Rect.Max.X; x++ {
			if p.Pix[p.PixOffset(x, y)+3] != 0xff {
				return false
			}
		}
	}
	return true
}

func (p *gopark__image__RGBA) SubImage(r gopark__image__Rectangle) gopark__image__Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &gopark__image__RGBA{}
	}
	i := p.PixOffset(r.Min.X, r.Min.Y)
	return &gopark__image__RGBA{Pix: p.Pix[i:], Stride: p.Stride, Rect: r}
}
