// Package image/color (part of it), written from its documentation: colors convert to
// 16-bit alpha-premultiplied RGBA as Go's do (an 8-bit value v becomes v<<8 | v).

type gopark__color__Color interface {
	RGBA() (r, g, b, a uint32)
}

type gopark__color__Model interface {
	Convert(c gopark__color__Color) gopark__color__Color
}

func gopark__color__ModelFunc(f func(gopark__color__Color) gopark__color__Color) gopark__color__Model {
	return &gopark__color__modelFunc{f}
}

type gopark__color__modelFunc struct {
	f func(gopark__color__Color) gopark__color__Color
}

func (m *gopark__color__modelFunc) Convert(c gopark__color__Color) gopark__color__Color {
	return m.f(c)
}

// gopark__color__wide widens an 8-bit channel to 16 bits.
func gopark__color__wide(v uint8) uint32 {
	return uint32(v) * 0x101
}

type gopark__color__RGBA struct {
	R, G, B, A uint8
}

func (c gopark__color__RGBA) RGBA() (r, g, b, a uint32) {
	w := gopark__color__wide
	return w(c.R), w(c.G), w(c.B), w(c.A)
}

type gopark__color__RGBA64 struct {
	R, G, B, A uint16
}

func (c gopark__color__RGBA64) RGBA() (r, g, b, a uint32) {
	return uint32(c.R), uint32(c.G), uint32(c.B), uint32(c.A)
}

// NRGBA is not premultiplied: each channel is scaled by alpha.
type gopark__color__NRGBA struct {
	R, G, B, A uint8
}

func (c gopark__color__NRGBA) RGBA() (r, g, b, a uint32) {
	w := gopark__color__wide
	a = uint32(c.A)
	return w(c.R) * a / 0xff, w(c.G) * a / 0xff, w(c.B) * a / 0xff, w(c.A)
}

type gopark__color__Gray struct {
	Y uint8
}

func (c gopark__color__Gray) RGBA() (r, g, b, a uint32) {
	y := gopark__color__wide(c.Y)
	return y, y, y, 0xffff
}

type gopark__color__Gray16 struct {
	Y uint16
}

func (c gopark__color__Gray16) RGBA() (r, g, b, a uint32) {
	y := uint32(c.Y)
	return y, y, y, 0xffff
}

type gopark__color__Alpha struct {
	A uint8
}

func (c gopark__color__Alpha) RGBA() (r, g, b, a uint32) {
	a = gopark__color__wide(c.A)
	return a, a, a, a
}

type gopark__color__Alpha16 struct {
	A uint16
}

func (c gopark__color__Alpha16) RGBA() (r, g, b, a uint32) {
	a = uint32(c.A)
	return a, a, a, a
}

var (
	gopark__color__RGBAModel    = gopark__color__ModelFunc(gopark__color__rgbaModel)
	gopark__color__RGBA64Model  = gopark__color__ModelFunc(gopark__color__rgba64Model)
	gopark__color__NRGBAModel   = gopark__color__ModelFunc(gopark__color__nrgbaModel)
	gopark__color__GrayModel    = gopark__color__ModelFunc(gopark__color__grayModel)
	gopark__color__AlphaModel   = gopark__color__ModelFunc(gopark__color__alphaModel)
	gopark__color__Black        = gopark__color__Gray16{0}
	gopark__color__White        = gopark__color__Gray16{0xffff}
	gopark__color__Transparent  = gopark__color__Alpha16{0}
	gopark__color__Opaque       = gopark__color__Alpha16{0xffff}
)

func gopark__color__rgbaModel(c gopark__color__Color) gopark__color__Color {
	if _, ok := c.(gopark__color__RGBA); ok {
		return c
	}
	r, g, b, a := c.RGBA()
	return gopark__color__RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func gopark__color__rgba64Model(c gopark__color__Color) gopark__color__Color {
	if _, ok := c.(gopark__color__RGBA64); ok {
		return c
	}
	r, g, b, a := c.RGBA()
	return gopark__color__RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

func gopark__color__nrgbaModel(c gopark__color__Color) gopark__color__Color {
	if _, ok := c.(gopark__color__NRGBA); ok {
		return c
	}
	r, g, b, a := c.RGBA()
	switch a {
	case 0xffff:
		return gopark__color__NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0xff}
	case 0:
		return gopark__color__NRGBA{0, 0, 0, 0}
	}
	// Undo the premultiplication.
	r, g, b = r*0xffff/a, g*0xffff/a, b*0xffff/a
	return gopark__color__NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func gopark__color__grayModel(c gopark__color__Color) gopark__color__Color {
	if _, ok := c.(gopark__color__Gray); ok {
		return c
	}
	r, g, b, _ := c.RGBA()
	// The JFIF luma weights 0.299, 0.587, 0.114, scaled by 1<<16 (they sum to 1<<16).
	y := (19595*r + 38470*g + 7471*b + 1<<15) >> 24
	return gopark__color__Gray{uint8(y)}
}

func gopark__color__alphaModel(c gopark__color__Color) gopark__color__Color {
	if _, ok := c.(gopark__color__Alpha); ok {
		return c
	}
	_, _, _, a := c.RGBA()
	return gopark__color__Alpha{uint8(a >> 8)}
}
