package main

import (
	"fmt"
	"log/slog"
	"strings"
	"time"
)

type upper struct{ n int }

func (u *upper) Write(p []byte) (int, error) {
	u.n++
	fmt.Print(strings.ToUpper(string(p)))
	return len(p), nil
}

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f C", float64(t)) }

func main() {
	w := &upper{}
	drop := func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(g) == 0 {
			return slog.Attr{}
		}
		if a.Value.Kind() == slog.KindDuration {
			return slog.String(a.Key, "dur:"+a.Value.String())
		}
		return a
	}
	l := slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{ReplaceAttr: drop}))
	l.Info("custom writer", "t", temp(21.5), "d", 3*time.Second, slog.Group("g", slog.Duration("in", time.Minute)))
	l.WithGroup("a").WithGroup("b").Info("nested", "x", 1)
	l.WithGroup("a").With("y", 2).WithGroup("b").Info("mixed")
	tl := slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{ReplaceAttr: drop}))
	tl.Info("text", "t", temp(3), "tm", time.Date(2024, 1, 2, 3, 4, 5, 600000000, time.UTC), "ptr", &w.n == nil)
	tl.Info("tabs", "s", "a\tb", "nl", "x\ny", "uni", "héllo", "eq=", "v")
	fmt.Println(w.n)
}
