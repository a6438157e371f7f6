package main

import (
	"errors"
	"fmt"
	"log"
	"log/slog"
	"os"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	slog.Info("hello", "count", 3)
	slog.Warn("quoted", "s", "a b", "n", nil)
	slog.Debug("not shown")
	slog.Error("failed", "err", fmt.Errorf("wrap: %w", errors.New("file does not exist")))
	log.SetPrefix("app: ")
	slog.With("k", 1).WithGroup("g").Info("grouped", "x", 2)
	log.SetFlags(log.Lmsgprefix)
	slog.Default().Info("msgprefix")
	fmt.Println(log.Prefix(), log.Flags())

	var sb strings.Builder
	log.SetOutput(&sb)
	slog.Info("into builder")
	log.Print("plain log")
	fmt.Print(sb.String())
	log.SetOutput(os.Stdout)
	log.SetPrefix("")

	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}})
	slog.SetDefault(slog.New(h))
	slog.Info("through text handler", "a", 1)
	slog.With("w", true).Warn("with")
}
