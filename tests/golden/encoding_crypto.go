package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
)

func main() {
	data := "abc123!?$*&()'-=@~"
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := enc.EncodeToString([]byte(data))
		d, err := enc.DecodeString(s)
		fmt.Println(s, string(d), err, enc.EncodedLen(len(data)), enc.DecodedLen(len(s)))
	}
	for _, s := range []string{"", "YQ==", "YWI=", "YWJj", "YQ", "Y", "YQ=", "Y===", "YW!j", "YWJj\nZGVm", "YQ==YQ=="} {
		d, err := base64.StdEncoding.DecodeString(s)
		fmt.Printf("%q %q %v\n", s, d, err)
	}
	for _, s := range []string{"YQ", "YWI", "Y", "YQ=="} {
		d, err := base64.RawStdEncoding.DecodeString(s)
		fmt.Printf("raw %q %q %v\n", s, d, err)
	}

	fmt.Println(hex.EncodeToString([]byte("Hello\x00\xff")))
	for _, s := range []string{"48656c6c6f", "4865f", "48zz", "ABcd"} {
		d, err := hex.DecodeString(s)
		fmt.Printf("%x %v\n", d, err)
	}

	fmt.Printf("%x\n", sha256.Sum256([]byte("hello world\n")))
	fmt.Printf("%x\n", sha1.Sum([]byte("hello world\n")))
	fmt.Printf("%x\n", md5.Sum([]byte("hello world\n")))
	fmt.Printf("%x\n", sha256.Sum224([]byte("")))
	for _, h := range []hash.Hash{sha256.New(), sha1.New(), md5.New()} {
		h.Write([]byte("sha256 "))
		h.Write([]byte("this string"))
		fmt.Printf("%T %d %d %x\n", h, h.Size(), h.BlockSize(), h.Sum(nil))
		fmt.Printf("%x\n", h.Sum([]byte("prefix")))
		h.Reset()
		fmt.Printf("%x\n", h.Sum(nil))
	}
	sum := sha256.Sum256(nil)
	fmt.Println(len(sum), sha256.Size, sha256.BlockSize)
}
