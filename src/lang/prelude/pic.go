// Package golang.org/x/tour/pic: shows a picture as the Go playground does, by printing
// "IMAGE:" and the base64 of a PNG on one line (the page draws such a line as an image).

// Show draws f's 256x256 grid of values as bluescale: 0 is blue, 255 white.
func gopark__pic__Show(f func(dx, dy int) [][]uint8) {
	const dx, dy = 256, 256
	data := f(dx, dy)
	m := gopark__image__NewRGBA(gopark__image__Rect(0, 0, dx, dy))
	for y := 0; y < dy; y++ {
		for x := 0; x < dx; x++ {
			v := data[y][x]
			i := y*m.Stride + x*4
			m.Pix[i], m.Pix[i+1], m.Pix[i+2], m.Pix[i+3] = v, v, 255, 255
		}
	}
	gopark__pic__ShowImage(m)
}

// ShowImage prints m as a PNG of its bounds, its colors converted to non-premultiplied RGBA
// as Go's PNG encoder converts them.
func gopark__pic__ShowImage(m gopark__image__Image) {
	b := m.Bounds()
	w, h := b.Dx(), b.Dy()
	if w <= 0 || h <= 0 {
		panic(fmt.Errorf("png: invalid format: invalid image size: %dx%d", w, h))
	}
	pix := make([]byte, 0, 4*w*h)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := gopark__color__NRGBAModel.Convert(m.At(x, y)).(gopark__color__NRGBA)
			pix = append(pix, c.R, c.G, c.B, c.A)
		}
	}
	fmt.Println("IMAGE:" + gopark.pngBase64(w, h, string(pix)))
}
