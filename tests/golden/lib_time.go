package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(time.Duration(1500)*time.Microsecond, 2*time.Nanosecond, time.Duration(0), -3*time.Second)
	fmt.Println(d.Round(time.Minute), d.Truncate(time.Hour))
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err)
	_, err = time.ParseDuration("bogus")
	fmt.Println(err)

	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format(time.Kitchen))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format("Mon Jan _2 3:04PM"), t.Format(time.ANSIC))
	fmt.Println(t.Unix(), t.UnixMilli(), time.Unix(0, 0).UTC())
	u := t.Add(36 * time.Hour)
	fmt.Println(u, u.Sub(t), u.After(t), u.Before(t), t.Equal(t))
	fmt.Println(time.Date(2023, 13, 32, 25, 0, 0, 0, time.UTC))

	start := time.Now()
	timer := time.NewTimer(50 * time.Millisecond)
	<-timer.C
	fmt.Println("timer fired", time.Since(start) >= 50*time.Millisecond)

	stopped := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", stopped.Stop(), "again:", stopped.Stop())

	reset := time.NewTimer(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	// Go 1.23: Reset discards the value that was due (the timer fired during the sleep).
	reset.Reset(time.Hour)
	select {
	case <-reset.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value after Reset")
	}
	reset.Reset(20 * time.Millisecond)
	<-reset.C
	fmt.Println("reset fired")

	ticker := time.NewTicker(20 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-ticker.C
		fmt.Println("tick", i)
	}
	ticker.Stop()
	select {
	case <-ticker.C:
		fmt.Println("tick after stop")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("ticker stopped")
	}
}
