package main

import (
	"context"
	"fmt"
)

type ctxKey string

type userKey struct{}

func handle(ctx context.Context) {
	if v := ctx.Value(ctxKey("request-id")); v != nil {
		fmt.Println("request id:", v)
	} else {
		fmt.Println("no request id")
	}
	if u, ok := ctx.Value(userKey{}).(string); ok {
		fmt.Println("user:", u)
	}
	fmt.Println("string key sees it:", ctx.Value("request-id"))
}

func main() {
	ctx := context.Background()
	handle(ctx)
	ctx = context.WithValue(ctx, ctxKey("request-id"), 42)
	ctx = context.WithValue(ctx, userKey{}, "gopher")
	handle(ctx)
	inner := context.WithValue(ctx, ctxKey("request-id"), 43)
	handle(inner)
	handle(ctx)
	cctx, cancel := context.WithCancel(inner)
	cancel()
	fmt.Println(cctx.Value(userKey{}), cctx.Err())
}
