package main

import (
	"bytes"
	"fmt"
	"log"
	"log/slog"
	"strings"
)

// withoutTime drops the time=... field of each text line.
func withoutTime(s string) string {
	var out []string
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		var keep []string
		for _, f := range strings.Split(line, " ") {
			if !strings.HasPrefix(f, "time=") {
				keep = append(keep, f)
			}
		}
		out = append(out, strings.Join(keep, " "))
	}
	return strings.Join(out, "\n")
}

func main() {
	log.SetFlags(log.LstdFlags | log.Lshortfile)
	var buf bytes.Buffer
	l := slog.New(slog.NewTextHandler(&buf, nil)).With("app", "demo")
	slog.SetDefault(l)
	fmt.Println("flags after SetDefault:", log.Flags())
	log.Print("from package log")
	log.Printf("formatted %d\n", 7)
	log.SetPrefix("pre: ")
	log.Println("with prefix")
	slog.Info("from slog", "n", 1)
	slog.Debug("hidden")
	fmt.Println(withoutTime(buf.String()))

	var jb bytes.Buffer
	slog.SetDefault(slog.New(slog.NewJSONHandler(&jb, &slog.HandlerOptions{Level: slog.LevelWarn})))
	log.SetPrefix("")
	log.Print("info is below warn")
	slog.Warn("warned")
	s := jb.String()
	fmt.Println(strings.Count(s, "\n"), strings.Contains(s, `"msg":"warned"`), strings.Contains(s, "below"))
}
