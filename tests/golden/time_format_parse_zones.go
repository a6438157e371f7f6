package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	// A fixed instant instead of time.Now, in a zone of its own.
	t := time.Date(2024, time.February, 29, 18, 5, 9, 123456789, time.FixedZone("CET", 3600))
	p(t.Format(time.RFC3339))
	p(t.Format(time.RFC3339Nano))
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)
	p(t.Format("3:04PM"))
	p(t.Format("Mon Jan _2 15:04:05 2006"))
	p(t.Format("2006-01-02T15:04:05.999999-07:00"))
	p(t.Format(time.Kitchen), t.Format(time.ANSIC), t.Format(time.UnixDate), t.Format(time.RubyDate))
	p(t.Format(time.RFC850), t.Format(time.Stamp), t.Format(time.StampMicro), t.Format(time.DateTime))
	form := "3 04 PM"
	t2, e := time.Parse(form, "8 41 PM")
	p(t2, e)
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n",
		t.Year(), t.Month(), t.Day(),
		t.Hour(), t.Minute(), t.Second())
	ansic := "Mon Jan _2 15:04:05 2006"
	_, e = time.Parse(ansic, "8:41PM")
	p(e)

	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	now := t
	p(then.Before(now), then.After(now), then.Equal(now))
	diff := now.Sub(then)
	p(diff)
	p(diff.Hours(), diff.Minutes(), diff.Seconds(), diff.Nanoseconds())
	p(then.Add(diff), then.Add(-diff))
	p(now.In(time.UTC).Format(time.RFC3339), now.UTC().Format(time.RFC822Z))
	tokyo := time.FixedZone("JST", 9*3600)
	for _, loc := range []*time.Location{time.UTC, tokyo, time.FixedZone("NST", -(3*3600 + 1800))} {
		x := now.In(loc)
		fmt.Printf("%-4v %v %s %d\n", loc, x, x.Format(time.RFC1123Z), x.Day())
	}
	y, w := now.In(tokyo).ISOWeek()
	p(y, w)
	p(now.Unix(), now.In(tokyo).Unix(), now.UnixMilli())
	p(time.Unix(1700000000, 0).In(tokyo))
	p(now.Round(0).Equal(now), now.Truncate(24*time.Hour))
}
