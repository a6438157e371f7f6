package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"unicode/utf16"
)

func short(name string, f func()) {
	defer func() { fmt.Println(name, "panics:", recover()) }()
	f()
}

func orders(o binary.ByteOrder, a binary.AppendByteOrder) {
	b := make([]byte, 8)
	o.PutUint16(b, 0x1234)
	fmt.Printf("%v %x %#x\n", o, b, o.Uint16(b))
	o.PutUint32(b, 0xdeadbeef)
	fmt.Printf("%s %x %#x\n", o, b, o.Uint32(b))
	o.PutUint64(b, 0x0102030405060708)
	fmt.Printf("%x %#x %d\n", b, o.Uint64(b), o.Uint64(b))
	out := a.AppendUint16(nil, 0xabcd)
	out = a.AppendUint32(out, 0x11223344)
	out = a.AppendUint64(out, 0x8877665544332211)
	fmt.Printf("%x %d\n", out, len(out))
}

func main() {
	orders(binary.BigEndian, binary.BigEndian)
	orders(binary.LittleEndian, binary.LittleEndian)
	orders(binary.NativeEndian, binary.NativeEndian)
	fmt.Printf("%v %s %#v %T %T %T\n", binary.BigEndian, binary.LittleEndian, binary.BigEndian,
		binary.BigEndian, binary.LittleEndian, binary.NativeEndian)
	fmt.Println(binary.BigEndian.String(), binary.NativeEndian.String(), binary.LittleEndian)
	var o binary.ByteOrder = binary.BigEndian
	fmt.Println(o == binary.BigEndian, o == binary.ByteOrder(binary.LittleEndian))
	fmt.Println(binary.BigEndian.Uint32([]byte{0, 0, 1, 0, 99}))
	short("Uint16", func() { binary.BigEndian.Uint16([]byte{1}) })
	short("PutUint32", func() { binary.LittleEndian.PutUint32(make([]byte, 2), 7) })
	short("Uint64", func() { binary.NativeEndian.Uint64(nil) })

	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
	buf := make([]byte, binary.MaxVarintLen64)
	for _, x := range []uint64{0, 1, 127, 128, 300, 16384, 1<<63 - 1, 1 << 63, ^uint64(0)} {
		n := binary.PutUvarint(buf, x)
		v, m := binary.Uvarint(buf[:n])
		fmt.Printf("%d: % x %d %d %x\n", x, buf[:n], v, m, binary.AppendUvarint([]byte{0xff}, x))
	}
	for _, x := range []int64{0, -1, 1, -2, 63, -64, 64, -65, 1<<63 - 1, -1 << 63} {
		n := binary.PutVarint(buf, x)
		v, m := binary.Varint(buf[:n])
		fmt.Printf("%d: % x %d %d %x\n", x, buf[:n], v, m, binary.AppendVarint(nil, x))
	}
	for _, b := range [][]byte{nil, {0x80}, {0x80, 0x80}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, {0x05, 0x06}} {
		v, n := binary.Uvarint(b)
		s, m := binary.Varint(b)
		fmt.Println(v, n, s, m)
	}
	r := bytes.NewReader([]byte{0xac, 0x02, 0x03, 0x80})
	for i := 0; i < 4; i++ {
		v, err := binary.ReadUvarint(r)
		fmt.Println("ReadUvarint", v, err)
	}
	r = bytes.NewReader([]byte{0x03, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	for i := 0; i < 3; i++ {
		v, err := binary.ReadVarint(r)
		fmt.Println("ReadVarint", v, err)
	}
	r = bytes.NewReader(bytes.Repeat([]byte{0x81}, 12))
	v, err := binary.ReadUvarint(r)
	fmt.Println("ReadUvarint", v, err, r.Len())
	short("PutUvarint", func() { binary.PutUvarint(make([]byte, 1), 300) })

	runes := []rune{'a', 'é', '€', 0x1f600, 0xd800, 0x10ffff, 0x110000, -1, 0xffff, 0x10000}
	enc := utf16.Encode(runes)
	fmt.Printf("%x %d %d\n", enc, len(enc), cap(enc))
	dec := utf16.Decode(enc)
	fmt.Printf("%x %d\n", dec, len(dec))
	fmt.Printf("%x\n", utf16.Decode([]uint16{0xd83d, 0xde00, 0xd83d, 0x41, 0xde00, 0xdbff, 0xdfff, 0xd800}))
	for _, r := range runes {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%x: %x %x %x %v %d %x\n", r, r1, r2, utf16.DecodeRune(r1, r2), utf16.IsSurrogate(r),
			utf16.RuneLen(r), utf16.AppendRune([]uint16{1}, r))
	}
	fmt.Printf("%x %x\n", utf16.DecodeRune('a', 0xdc00), utf16.DecodeRune(0xdbff, 0xdc00))
	fmt.Println(string(utf16.Decode(utf16.Encode([]rune("héllo, 世界 😀")))))
}
