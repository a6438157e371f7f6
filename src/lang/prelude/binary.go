// Package encoding/binary, written from its documentation: the byte orders (each a type of
// its own with no fields, so ByteOrder values compare and print as Go's do) and the varint
// encoding (7 bits a byte, low group first, the top bit marking "more follows"; Varint
// zig-zags the sign into bit 0). Read, Write, Size, Append, Encode and Decode are not
// written yet.

const gopark__binary__MaxVarintLen16 = 3
const gopark__binary__MaxVarintLen32 = 5
const gopark__binary__MaxVarintLen64 = 10

type gopark__binary__ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

type gopark__binary__AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

type gopark__binary__littleEndian struct{}

type gopark__binary__bigEndian struct{}

// The machine's order: little-endian on the targets Go runs the playground on.
type gopark__binary__nativeEndian struct {
	gopark__binary__littleEndian
}

var gopark__binary__LittleEndian gopark__binary__littleEndian
var gopark__binary__BigEndian gopark__binary__bigEndian
var gopark__binary__NativeEndian gopark__binary__nativeEndian

func (gopark__binary__nativeEndian) String() string   { return "NativeEndian" }
func (gopark__binary__nativeEndian) GoString() string { return "binary.NativeEndian" }

// Each method indexes its last byte first, so a short slice panics before anything is read
// or written, with the index Go's message names.

func (gopark__binary__littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (gopark__binary__littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (gopark__binary__littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (gopark__binary__littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v), byte(v>>8)
}

func (gopark__binary__littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func (gopark__binary__littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func (gopark__binary__littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (gopark__binary__littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (gopark__binary__littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24),
		byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56))
}

func (gopark__binary__littleEndian) String() string   { return "LittleEndian" }
func (gopark__binary__littleEndian) GoString() string { return "binary.LittleEndian" }

func (gopark__binary__bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (gopark__binary__bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (gopark__binary__bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (gopark__binary__bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v>>8), byte(v)
}

func (gopark__binary__bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	for i := 0; i < 4; i++ {
		b[i] = byte(v >> (24 - 8*i))
	}
}

func (gopark__binary__bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (56 - 8*i))
	}
}

func (gopark__binary__bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (gopark__binary__bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (gopark__binary__bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32),
		byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (gopark__binary__bigEndian) String() string   { return "BigEndian" }
func (gopark__binary__bigEndian) GoString() string { return "binary.BigEndian" }

func gopark__binary__AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

func gopark__binary__PutUvarint(buf []byte, x uint64) int {
	n := 0
	for ; x >= 0x80; n++ {
		buf[n] = byte(x) | 0x80
		x >>= 7
	}
	buf[n] = byte(x)
	return n + 1
}

// zig-zag: 0, -1, 1, -2, ... become 0, 1, 2, 3, ...
func gopark__binary__zigzag(x int64) uint64 {
	if x < 0 {
		return ^(uint64(x) << 1)
	}
	return uint64(x) << 1
}

func gopark__binary__unzigzag(u uint64) int64 {
	if u&1 != 0 {
		return ^int64(u >> 1)
	}
	return int64(u >> 1)
}

func gopark__binary__AppendVarint(buf []byte, x int64) []byte {
	return gopark__binary__AppendUvarint(buf, gopark__binary__zigzag(x))
}

func gopark__binary__PutVarint(buf []byte, x int64) int {
	return gopark__binary__PutUvarint(buf, gopark__binary__zigzag(x))
}

// Uvarint decodes buf's first varint: (value, bytes read); (0, 0) when buf ends first, and
// (0, -bytes read) when the value does not fit in 64 bits (a last byte above 1 in 10th
// place, or no last byte among the first 10).
func gopark__binary__Uvarint(buf []byte) (uint64, int) {
	var x uint64
	for i, b := range buf {
		if i == gopark__binary__MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if i == gopark__binary__MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<(7*i), i + 1
		}
		x |= uint64(b&0x7f) << (7 * i)
	}
	return 0, 0
}

func gopark__binary__Varint(buf []byte) (int64, int) {
	u, n := gopark__binary__Uvarint(buf)
	return gopark__binary__unzigzag(u), n
}

var gopark__binary__errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads one varint byte by byte: io.EOF only when no byte came, else
// io.ErrUnexpectedEOF for one cut short.
func gopark__binary__ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	for i := 0; i < gopark__binary__MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == gopark__binary__MaxVarintLen64-1 && b > 1 {
				return x, gopark__binary__errOverflow
			}
			return x | uint64(b)<<(7*i), nil
		}
		x |= uint64(b&0x7f) << (7 * i)
	}
	return x, gopark__binary__errOverflow
}

func gopark__binary__ReadVarint(r io.ByteReader) (int64, error) {
	u, err := gopark__binary__ReadUvarint(r)
	return gopark__binary__unzigzag(u), err
}
