package main

import (
	"fmt"
	"time"
)

func main() {
	t0, err := time.Parse("3 04 PM", "8 41 PM")
	fmt.Println(t0, err, t0.Year(), t0.IsZero())
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix())
	d := time.Date(1776, time.July, 4, 12, 30, 0, 0, time.UTC)
	fmt.Println(d, d.Weekday(), d.YearDay(), d.Unix())
	fmt.Println(d.Format(time.RFC1123), d.Format("2006-01-02T15:04:05.000Z07:00"))
	far := time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)
	fmt.Println(far, far.After(d), d.Before(far), far.Equal(far))
	fmt.Println(far.Sub(d), d.Sub(far))
	fmt.Println(d.Add(24*time.Hour), d.AddDate(100, 1, 1))
	near := time.Date(2024, 2, 29, 1, 2, 3, 456789012, time.UTC)
	fmt.Println(near, near.Nanosecond(), near.Sub(d))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC) == zero, time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).Truncate(time.Hour))
	old, err := time.Parse("2006-01-02", "1492-10-12")
	fmt.Println(old, err, old.Month(), old.Day(), old.Weekday())
	fmt.Println(time.Unix(-10000000000, 0).UTC(), time.Unix(0, 0).UTC())
}
