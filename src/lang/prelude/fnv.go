// Package hash/fnv, written from its documentation: FNV-1 and FNV-1a over 32 and 64 bits
// (offset basis and prime from the FNV specification). Sum appends the big-endian hash.

type gopark__fnv__sum32 struct {
	h uint32
	a bool // FNV-1a: xor before multiplying
}

type gopark__fnv__sum64 struct {
	h uint64
	a bool
}

func gopark__fnv__New32() *gopark__fnv__sum32  { return &gopark__fnv__sum32{2166136261, false} }
func gopark__fnv__New32a() *gopark__fnv__sum32 { return &gopark__fnv__sum32{2166136261, true} }
func gopark__fnv__New64() *gopark__fnv__sum64 {
	return &gopark__fnv__sum64{14695981039346656037, false}
}
func gopark__fnv__New64a() *gopark__fnv__sum64 {
	return &gopark__fnv__sum64{14695981039346656037, true}
}

func (s *gopark__fnv__sum32) Write(data []byte) (int, error) {
	for _, c := range data {
		if s.a {
			s.h ^= uint32(c)
			s.h *= 16777619
		} else {
			s.h *= 16777619
			s.h ^= uint32(c)
		}
	}
	return len(data), nil
}

func (s *gopark__fnv__sum64) Write(data []byte) (int, error) {
	for _, c := range data {
		if s.a {
			s.h ^= uint64(c)
			s.h *= 1099511628211
		} else {
			s.h *= 1099511628211
			s.h ^= uint64(c)
		}
	}
	return len(data), nil
}

func (s *gopark__fnv__sum32) Sum32() uint32 { return s.h }
func (s *gopark__fnv__sum64) Sum64() uint64 { return s.h }
func (s *gopark__fnv__sum32) Reset()        { s.h = 2166136261 }
func (s *gopark__fnv__sum64) Reset()        { s.h = 14695981039346656037 }
func (s *gopark__fnv__sum32) Size() int     { return 4 }
func (s *gopark__fnv__sum64) Size() int     { return 8 }
func (s *gopark__fnv__sum32) BlockSize() int { return 1 }
func (s *gopark__fnv__sum64) BlockSize() int { return 1 }

func (s *gopark__fnv__sum32) Sum(in []byte) []byte {
	return append(in, byte(s.h>>24), byte(s.h>>16), byte(s.h>>8), byte(s.h))
}

func (s *gopark__fnv__sum64) Sum(in []byte) []byte {
	for i := 56; i >= 0; i -= 8 {
		in = append(in, byte(s.h>>uint(i)))
	}
	return in
}
