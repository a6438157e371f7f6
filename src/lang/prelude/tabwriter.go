// Package text/tabwriter, written from its documentation: a Writer buffers cells (text
// terminated by '\t' or '\v') and lines, and writes them aligned in columns when a line
// without tabs, a '\f' or Flush ends the column blocks. A column block is a run of
// consecutive lines that all have a cell in that column; its width is the widest cell plus
// padding (at least minwidth). The last cell of a line is never aligned.

const (
	gopark__tabwriter__FilterHTML uint = 1 << iota
	gopark__tabwriter__StripEscape
	gopark__tabwriter__AlignRight
	gopark__tabwriter__DiscardEmptyColumns
	gopark__tabwriter__TabIndent
	gopark__tabwriter__Debug
)

const gopark__tabwriter__Escape = '\xff'

type gopark__tabwriter__cell struct {
	text  string
	width int  // in runes, escape characters excluded
	htab  bool // ended by '\t' (not '\v')
}

type gopark__tabwriter__Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	lines   [][]gopark__tabwriter__cell
	text    []byte // the current cell's text
	width   int    // the current cell's width
	escaped bool   // inside Escape characters
	out     []byte // formatted text waiting for one Write
	widths  []int  // the widths of the enclosing column blocks while formatting
}

func gopark__tabwriter__NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *gopark__tabwriter__Writer {
	return new(gopark__tabwriter__Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

func (b *gopark__tabwriter__Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *gopark__tabwriter__Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	if padchar == '\t' {
		// Tab padding cannot align to the right.
		flags &^= gopark__tabwriter__AlignRight
	}
	*b = gopark__tabwriter__Writer{output: output, minwidth: minwidth, tabwidth: tabwidth,
		padding: padding, padchar: padchar, flags: flags}
	b.lines = [][]gopark__tabwriter__cell{nil}
	return b
}

// Write buffers buf; a line with a single cell or a '\f' formats and writes what is buffered.
func (b *gopark__tabwriter__Writer) Write(buf []byte) (int, error) {
	for _, ch := range buf {
		if b.escaped {
			if ch == gopark__tabwriter__Escape {
				b.escaped = false
				if b.flags&gopark__tabwriter__StripEscape == 0 {
					b.text = append(b.text, ch)
				}
				continue
			}
			b.text = append(b.text, ch)
			if ch < 0x80 || ch >= 0xC0 {
				b.width++
			}
			continue
		}
		switch ch {
		case '\t', '\v':
			b.endCell(ch == '\t')
		case '\n', '\f':
			n := b.endCell(false)
			b.lines = append(b.lines, nil)
			if ch == '\f' || n == 1 {
				// A line of one cell cannot widen any column: what is buffered is final.
				if err := b.flush(); err != nil {
					return 0, err
				}
				if ch == '\f' && b.flags&gopark__tabwriter__Debug != 0 {
					if _, err := b.output.Write([]byte("---\n")); err != nil {
						return 0, err
					}
				}
			}
		case gopark__tabwriter__Escape:
			b.escaped = true
			if b.flags&gopark__tabwriter__StripEscape == 0 {
				b.text = append(b.text, ch)
			}
		default:
			b.text = append(b.text, ch)
			// Count runes: every byte but UTF-8 continuation bytes.
			if ch < 0x80 || ch >= 0xC0 {
				b.width++
			}
		}
	}
	return len(buf), nil
}

// endCell ends the current cell and returns how many cells its line now has.
func (b *gopark__tabwriter__Writer) endCell(htab bool) int {
	i := len(b.lines) - 1
	b.lines[i] = append(b.lines[i], gopark__tabwriter__cell{string(b.text), b.width, htab})
	b.text = b.text[:0]
	b.width = 0
	return len(b.lines[i])
}

// Flush writes everything buffered, ending a last line that has no newline yet.
func (b *gopark__tabwriter__Writer) Flush() error {
	if b.escaped {
		b.escaped = false
		if b.flags&gopark__tabwriter__StripEscape == 0 {
			b.text = append(b.text, gopark__tabwriter__Escape)
		}
	}
	if len(b.text) > 0 {
		b.endCell(false)
	}
	return b.flush()
}

func (b *gopark__tabwriter__Writer) flush() error {
	b.out = b.out[:0]
	b.widths = b.widths[:0]
	b.format(0, len(b.lines))
	b.lines = [][]gopark__tabwriter__cell{nil}
	if len(b.out) == 0 {
		return nil
	}
	_, err := b.output.Write(b.out)
	return err
}

// format writes lines [line0, line1), whose cells in the columns before len(b.widths) are
// already measured: each block of lines having a cell in the next column is measured and
// formatted recursively.
func (b *gopark__tabwriter__Writer) format(line0, line1 int) {
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if column >= len(b.lines[this])-1 {
			continue
		}
		b.writeLines(line0, this)
		line0 = this
		width, empty := b.minwidth, true
		for ; this < line1 && column < len(b.lines[this])-1; this++ {
			c := b.lines[this][column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				empty = false
			}
		}
		if empty && b.flags&gopark__tabwriter__DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		b.format(line0, this)
		b.widths = b.widths[:column]
		line0 = this
	}
	b.writeLines(line0, line1)
}

func (b *gopark__tabwriter__Writer) writeLines(line0, line1 int) {
	debug := b.flags&gopark__tabwriter__Debug != 0
	right := b.flags&gopark__tabwriter__AlignRight != 0
	for i := line0; i < line1; i++ {
		tabs := b.flags&gopark__tabwriter__TabIndent != 0
		for j, c := range b.lines[i] {
			if j > 0 && debug {
				b.out = append(b.out, '|')
			}
			aligned := j < len(b.widths)
			switch {
			case len(c.text) == 0:
				if aligned {
					b.pad(c.width, b.widths[j], tabs)
				}
			case right:
				tabs = false
				if aligned {
					b.pad(c.width, b.widths[j], false)
				}
				b.out = append(b.out, c.text...)
			default:
				tabs = false
				b.out = append(b.out, c.text...)
				if aligned {
					b.pad(c.width, b.widths[j], false)
				}
			}
		}
		// The last line is the one still being written: it has no newline yet.
		if i+1 < len(b.lines) {
			b.out = append(b.out, '\n')
		}
	}
}

// pad fills a cell of text width textw up to cellw: with padchar, or with tabs (each
// standing for tabwidth columns) when padchar is '\t' or a leading empty cell is indented.
func (b *gopark__tabwriter__Writer) pad(textw, cellw int, tabs bool) {
	if b.padchar == '\t' || tabs {
		if b.tabwidth == 0 {
			return
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		for n := cellw - textw; n > 0; n -= b.tabwidth {
			b.out = append(b.out, '\t')
		}
		return
	}
	for n := cellw - textw; n > 0; n-- {
		b.out = append(b.out, b.padchar)
	}
}
