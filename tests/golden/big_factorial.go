package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	fmt.Println(factorial(50))
	fmt.Println("100! has", len(factorial(100).String()), "digits")
	fmt.Println(fib(300))
	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok)
	y, _ := new(big.Int).SetString("-987654321987654321", 0)
	fmt.Println(y, y.Sign(), y.Cmp(x), x.Cmp(y), x.Cmp(x))
	z := new(big.Int)
	fmt.Println(z.Add(x, y), z.Sign())
	fmt.Println(new(big.Int).Sub(y, x))
	fmt.Println(new(big.Int).Mul(x, y))
	fmt.Println(new(big.Int).Quo(x, y), new(big.Int).Rem(x, y))
	fmt.Println(new(big.Int).Div(y, big.NewInt(7)), new(big.Int).Mod(y, big.NewInt(7)))
	fmt.Println(new(big.Int).Quo(y, big.NewInt(7)), new(big.Int).Rem(y, big.NewInt(7)))
	q, r := new(big.Int).QuoRem(x, big.NewInt(1000000007), new(big.Int))
	fmt.Println(q, r)
	d, m := new(big.Int).DivMod(big.NewInt(-17), big.NewInt(-5), new(big.Int))
	fmt.Println(d, m)
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(200), nil))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000000007)))
	fmt.Println(new(big.Int).Exp(big.NewInt(-3), big.NewInt(3), big.NewInt(7)))
	fmt.Println(new(big.Int).Sqrt(x), new(big.Int).Sqrt(big.NewInt(16)), new(big.Int).Sqrt(big.NewInt(15)))
	fmt.Println(x.Text(16), x.Text(2), y.Text(36), x.Text(62))
	fmt.Println(big.NewInt(42).Int64(), y.IsInt64(), x.IsInt64(), x.Int64(), x.Uint64(), x.BitLen())
	for _, p := range []int64{1, 2, 17, 91, 97, 7919, 1000003, 2147483647, 4294967297} {
		fmt.Print(p, big.NewInt(p).ProbablyPrime(20), " ")
	}
	fmt.Println()
	m61, _ := new(big.Int).SetString("2305843009213693951", 10)
	m67 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 67), big.NewInt(1))
	m127 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))
	fmt.Println(m61.ProbablyPrime(10), m67.ProbablyPrime(10), m127.ProbablyPrime(10), m127)
	fmt.Println(new(big.Int).Abs(y), new(big.Int).Neg(x), new(big.Int).Neg(big.NewInt(0)))
	a, b := big.NewInt(240), big.NewInt(46)
	gx, gy := new(big.Int), new(big.Int)
	g := new(big.Int).GCD(gx, gy, a, b)
	fmt.Println(g, gx, gy)
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(-12), big.NewInt(18)))
	fmt.Println(new(big.Int).MulRange(1, 20), new(big.Int).MulRange(-5, -1), new(big.Int).MulRange(5, 1))
	fmt.Println(new(big.Int).Binomial(50, 25), new(big.Int).Binomial(10, 3), new(big.Int).Binomial(3, 5))
	fmt.Println(new(big.Int).Rsh(big.NewInt(-7), 1), new(big.Int).Rsh(x, 40), new(big.Int).Lsh(y, 3))
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)))
	var zero big.Int
	fmt.Println(zero.String(), zero.Sign())
	_, ok = new(big.Int).SetString("12a", 10)
	fmt.Println(ok)
	h, _ := new(big.Int).SetString("ff_ff", 0)
	fmt.Println(h, new(big.Int).SetBytes([]byte{1, 0, 0}), big.NewInt(65536).Bytes())
	fmt.Printf("%v %s %T\n", x, y, x)
	var nilp *big.Int
	fmt.Println(nilp)
	big1, _ := new(big.Int).SetString("340282366920938463463374607431768211457", 10)
	big2, _ := new(big.Int).SetString("18446744073709551629", 10)
	fmt.Println(new(big.Int).Quo(big1, big2), new(big.Int).Rem(big1, big2))
	fmt.Println(new(big.Int).Quo(factorial(60), factorial(58)))
}
