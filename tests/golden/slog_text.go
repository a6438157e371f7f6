package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"
)

type point struct{ X, Y int }

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime})
	l := slog.New(h)
	l.Info("hello", "count", 3, "name", "gopher")
	l.Info("needs quoting", "msg2", "two words", "eq", "a=b", "q", `say "hi"`, "empty", "")
	l.Warn("kinds", "f", 3.25, "big", 1e21, "b", true, "d", 1500*time.Millisecond, "u", uint8(7))
	l.Error("values", "err", errors.New("boom"), "mine", &myErr{42}, "p", point{1, 2}, "t", celsius(21.5))
	l.Debug("hidden at INFO")
	l.Info("odd", "lonely")
	l.Info("bad key", 42, "x")
	l.Info("attrs", slog.String("s", "v"), slog.Int("i", -5), slog.Bool("ok", false),
		slog.Group("req", "method", "GET", slog.Int("status", 200)), slog.Any("nil", nil))
	l.Info("empty group", slog.Group("g"))
	l2 := l.With("user", "ann", "id", 7)
	l2.Info("with attrs", "extra", 1)
	l3 := l2.WithGroup("http")
	l3.Info("in group", "path", "/x", "code", 404)
	l3.Info("group, no attrs")
	l4 := l3.With("a", 1).WithGroup("inner")
	l4.Warn("deep", "b", 2)
	fmt.Println(slog.LevelWarn, slog.LevelDebug+1, slog.LevelError+2, slog.LevelInfo-1)

	var lv slog.LevelVar
	lv.Set(slog.LevelDebug)
	dbg := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: noTime}))
	dbg.Debug("now visible", "lv", lv.Level())
	lv.Set(slog.LevelError)
	dbg.Warn("hidden again")
	dbg.Log(nil, slog.LevelError+1, "custom level")

	up := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		if a.Key == "secret" {
			return slog.String("secret", "***")
		}
		if len(groups) > 0 {
			a.Key = groups[len(groups)-1] + "_" + a.Key
		}
		return a
	}
	r := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: up, Level: slog.LevelWarn}))
	r.Info("filtered")
	r.Warn("replaced", "secret", "hunter2", slog.Group("g", "k", "v"))
	fmt.Println(slog.String("k", "v"), slog.Int("n", 3))
}
