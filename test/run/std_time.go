package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, 100 * time.Millisecond,
		time.Second, 1500 * time.Millisecond, 2*time.Minute + 3*time.Second, 90 * time.Minute,
		-2 * time.Second, 26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		1<<63 - 1, -1 << 63, 61 * time.Second, 3*time.Hour + 500*time.Millisecond}
	for _, d := range ds {
		fmt.Println(d, d.String(), int64(d), d.Milliseconds(), d.Microseconds())
	}
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour), (-d).Abs(), d.Round(7*time.Second))
	fmt.Printf("%v %d %s\n", 2*time.Second, 2*time.Second, time.Duration(1234567))

	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 5*time.Second)
	later := start.Add(time.Hour)
	fmt.Println(later.Sub(start), later.After(start), start.Before(later), start.Equal(start), later.Compare(start))
	fmt.Println(time.Until(later) > 59*time.Minute)

	t := time.Unix(1700000000, 123456789)
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli(), t.Nanosecond())
	fmt.Println(time.Unix(-1, 5).Unix(), time.UnixMilli(1500).UnixNano())
	fmt.Println(time.Now().Unix() > 1700000000)
}
