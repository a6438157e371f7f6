package main

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"strings"
	"time"
)

type point struct {
	X, Y int
	Tag  string `json:"tag,omitempty"`
}

func main() {
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}
	l := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	l.Info("hi there")
	l.Info("hello again", "key", "val", "age", 25)
	l.Debug("kinds", "f", 2.5, "b", false, "d", 2*time.Second, "u", uint(3), "neg", -7)
	l.Warn("escapes", "s", "tab\there \"quoted\" <b>&amp;</b>", "uni", "héllo\u2028")
	l.Error("values", "err", errors.New("bad thing"), "p", point{1, 2, ""}, "m", map[string]int{"b": 2, "a": 1},
		"sl", []string{"x", "y"}, "nil", nil, "bytes", []byte("hi"))
	l.Info("nan", "x", math.NaN())
	l.Info("groups", slog.Group("req", "method", "GET", "code", 200), slog.Group("empty"), "odd")
	g := l.With("app", "demo").WithGroup("ctx")
	g.Info("in group", "id", 1)
	g.Info("no attrs")
	g.With("k", "v").Info("both", slog.Group("", "inl", 1))

	var buf bytes.Buffer
	bl := slog.New(slog.NewJSONHandler(&buf, opts))
	bl.Info("to buffer", "n", 1)
	bl.Warn("second")
	fmt.Print(strings.ToUpper(buf.String()))

	var sb strings.Builder
	tl := slog.New(slog.NewTextHandler(&sb, opts))
	tl.Info("builder", "x", 1.0/3)
	fmt.Print(sb.String())
	fmt.Println(l.Enabled(nil, slog.LevelDebug), tl.Enabled(nil, slog.LevelDebug-1))
}
