// Mistakes a learner makes with A Tour of Go's packages get Go's messages, with the types
// named as Go names them (image.Image, *tree.Tree).
package main

import (
	"image"
	"image/color"

	"golang.org/x/tour/pic"
	"golang.org/x/tour/tree"
	"golang.org/x/tour/wc"
)

type Image struct{}

func (Image) Bounds() image.Rectangle { return image.Rect(0, 0, 1, 1) }
func (Image) ColorModel() color.Model { return color.RGBAModel }

func main() {
	pic.ShowImage(Image{})
	var n int = tree.New(1)
	pic.Show(func(dx, dy int) [][]int { return nil })
	t := tree.Tree{1, 2, 3}
	var c color.Color = color.RGBA{1, 2, 3}
	_ = tree.insert
	wc.Test(func(s string) map[string]int)
	var p image.Point = image.Rect(0, 0, 1, 1)
	_, _, _, _ = n, t, c, p
}
