"""Differential fuzzing of the compiler against Go (not run by cargo test).

Generates a random but valid Go program (integer arithmetic, sized ints, closures that
capture and change variables, loops with per-iteration variables, switch, goroutines
with a WaitGroup and channels) from a seed:

    python3 tests/compile_programs/difffuzz.py SEED > p.go
    go run p.go > want.txt
    gopark run --mode deterministic p.go > got.txt && cmp want.txt got.txt

Programs that Go rejects (a generated constant overflow, say) are skipped by the loop
in the report of the session that wrote this; every program Go accepts must print the
same thing under gopark.
"""
import random, sys
seed = int(sys.argv[1]); random.seed(seed)
VARS = ['a','b','c','d','e']
def atom(vs, depth=0):
    r = random.random()
    if depth > 4: r = r * 0.7
    if r < 0.45: return random.choice(vs)
    if r < 0.7: return str(random.randint(-20, 20))
    if r < 0.8: return 'f(%s)' % expr(vs, depth+1)
    if r < 0.9: return 'g(%s, %s)' % (expr(vs,depth+1), expr(vs,depth+1))
    return 'h()'
def expr(vs, depth=0):
    if depth > 2 or random.random() < 0.3: return atom(vs, depth)
    op = random.choice(['+','-','*','&','|','^','&^','%7+','/3+', '<<2+', '>>1+'])
    x, y = expr(vs, depth+1), expr(vs, depth+1)
    if op == '%7+': return '(%s %% 7 + %s)' % (x, y)
    if op == '/3+': return '(%s / 3 + %s)' % (x, y)
    if op == '<<2+': return '(%s << 2 + %s)' % (x, y)
    if op == '>>1+': return '(%s >> 1 - %s)' % (x, y)
    return '(%s %s %s)' % (x, op, y)
def cond(vs):
    c = '%s %s %s' % (expr(vs,1), random.choice(['<','<=','==','!=','>','>=']), expr(vs,1))
    if random.random() < 0.3: c = '(%s) %s (%s)' % (c, random.choice(['&&','||']), cond(vs))
    if random.random() < 0.1: c = '!(%s)' % c
    return c
def stmts(vs, depth, n):
    out = []
    for _ in range(n):
        r = random.random()
        v = random.choice(vs)
        ind = '\t' * (depth+1)
        if r < 0.3: out.append('%s%s = %s' % (ind, v, expr(vs)))
        elif r < 0.4: out.append('%s%s %s= %s' % (ind, v, random.choice(['+','-','*','|','^']), expr(vs)))
        elif r < 0.45: out.append('%s%s++' % (ind, v))
        elif r < 0.5: out.append('%s%s, %s = %s, %s' % (ind, v, random.choice(vs), random.choice(vs), v))
        elif r < 0.6 and depth < 3:
            out.append('%sif %s {' % (ind, cond(vs))); out += stmts(vs, depth+1, 2)
            if random.random() < 0.5: out.append('%s} else {' % ind); out += stmts(vs, depth+1, 2)
            out.append('%s}' % ind)
        elif r < 0.68 and depth < 3:
            k = random.randint(0, 4)
            out.append('%sfor i := range %d {' % (ind, k)); out.append('%s\t%s += i' % (ind, v)); out += stmts(vs, depth+1, 2); out.append('%s}' % ind)
        elif r < 0.74 and depth < 3:
            out.append('%sfor j := 0; j < %d; j++ {' % (ind, random.randint(0,3)))
            out.append('%s\tif %s { continue }' % (ind, cond(vs)))
            out += stmts(vs, depth+1, 2)
            out.append('%s\tif %s { break }' % (ind, cond(vs)))
            out.append('%s}' % ind)
        elif r < 0.8 and depth < 3:
            out.append('%sswitch %s %% 3 {' % (ind, v))
            out.append('%scase 0:' % ind); out += stmts(vs, depth+1, 1)
            out.append('%scase 1, -1:' % ind); out += stmts(vs, depth+1, 1)
            out.append('%sdefault:' % ind); out += stmts(vs, depth+1, 1)
            out.append('%s}' % ind)
        elif r < 0.86:
            out.append('%sfunc() { %s = %s }()' % (ind, v, expr(vs, 1)))
        elif r < 0.9:
            out.append('%s%s, %s = two(%s)' % (ind, v, random.choice(vs), expr(vs,1)))
        elif r < 0.94:
            out.append('%sfmt.Println(%s, %s)' % (ind, expr(vs), cond(vs)))
        else:
            out.append('%sadd(%s)' % (ind, expr(vs, 1)))
    return out
print('package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n')
print('func f(x int) int { return x*3 - 1 }')
print('func g(x, y int) int { if x > y { return x - y }; return y - x + 1 }')
print('func two(x int) (int, int) { return x + 1, x - 1 }')
print('var counter = 7')
print('func h() int { counter++; return counter }')
print('func main() {')
for v in VARS: print('\t%s := %d' % (v, random.randint(-5, 5)))
print('\tvar i8 int8 = %d' % random.randint(-128,127))
print('\tvar u8 uint8 = %d' % random.randint(0,255))
print('\tadd := func(k int) { a += k; i8 += int8(k); u8 -= uint8(k) }')
print('\n'.join(stmts(VARS, 0, 14)))
print('\tfch := make(chan func() int, 100)')
print('\tfor j := %d; j < %d; j++ {' % (random.randint(-2, 1), random.randint(2, 6)))
print('\t\tfch <- func() int { return j * %d + %s }' % (random.randint(1, 9), random.choice(VARS)))
if random.random() < 0.5: print('\t\tif %s { j++ }' % cond(VARS + ['j']).replace('h()', '3'))
if random.random() < 0.3: print('\t\tfunc() { j += 0 }()')
print('\t}')
print('\tclose(fch)')
print('\tft := 0')
print('\tfor fn := range fch {')
print('\t\tft += fn()')
print('\t}')
print('\tfmt.Println("ft", ft)')
print('\tres := make(chan int, 8)')
print('\tvar wg sync.WaitGroup')
print('\tfor w := range 4 {')
print('\t\twg.Add(1)')
print('\t\tgo func(k int) {')
print('\t\t\tdefer wg.Done()')
print('\t\t\tres <- k * (%s)' % expr(['a','b','c','d','e','w','k']).replace('h()', '1'))
print('\t\t}(w + %s)' % expr(VARS).replace('h()','2'))
print('\t}')
print('\twg.Wait()')
print('\tclose(res)')
print('\tsum := 0')
print('\tfor r := range res {')
print('\t\tsum += r')
print('\t}')
print('\tfmt.Println(a, b, c, d, e, i8, u8, counter, sum)')
print('}')
