package main

import (
	"log"
	"log/slog"
	"os"
)

type S string

func (s S) String() string { return "str\xfe" + string(s) }

func noTime(g []string, a slog.Attr) slog.Attr {
	if a.Key == "time" {
		return slog.Attr{}
	}
	return a
}

func main() {
	bad := "a\xffb\xc0"
	th := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime}))
	th.Info(bad, "k", bad, "b", []byte(bad), "s", S("z"), bad, 1)
	th.With("w", bad).WithGroup("g\xf0").Warn("msg", "k", bad)
	jh := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime}))
	jh.Info(bad, "k", bad, "s", S("z"))
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	slog.Info(bad, "k", bad)
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug})))
	log.SetFlags(0)
}
