package time

// The clocks (time.c): CLOCK_REALTIME and CLOCK_MONOTONIC in nanoseconds.
func wallNanos() int64
func monoNanos() int64
func sleepNanos(ns int64)

// A Time represents an instant with nanosecond precision: wall-clock nanoseconds since
// the Unix epoch, plus a monotonic clock reading used by Sub/Since/Until when both times
// have one (as Go's do). Times are UTC; there are no locations yet.
type Time struct {
	wall int64 // nanoseconds since 1970-01-01 UTC
	mono int64 // monotonic clock reading, 0 when absent
}

// Now returns the current time.
func Now() Time {
	return Time{wall: wallNanos(), mono: monoNanos()}
}

// Unix returns the Time corresponding to the given Unix time (sec seconds and nsec
// nanoseconds since January 1, 1970 UTC).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{wall: sec*1e9 + nsec}
}

// UnixMilli returns the Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the Time corresponding to the given Unix time in microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 {
	s := t.wall / 1e9
	if t.wall%1e9 < 0 {
		s--
	}
	return s
}

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.wall }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return floorDiv(t.wall, 1e6) }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return floorDiv(t.wall, 1e3) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int {
	n := t.wall % 1e9
	if n < 0 {
		n += 1e9
	}
	return int(n)
}

// IsZero reports whether t represents the zero time instant. (golc's zero Time is the
// Unix epoch rather than January 1, year 1.)
func (t Time) IsZero() bool { return t.wall == 0 && t.mono == 0 }

// Sub returns the duration t-u, saturating at the minimum/maximum Duration.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return subSat(t.mono, u.mono)
	}
	return subSat(t.wall, u.wall)
}

func subSat(a, b int64) Duration {
	d := Duration(a - b)
	if (d < 0) != (a < b) {
		if a < b {
			return minDuration
		}
		return maxDuration
	}
	return d
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	t.wall += int64(d)
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool { return t.Sub(u) > 0 }

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool { return t.Sub(u) < 0 }

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool { return t.Sub(u) == 0 }

// Compare compares the time instant t with u: -1, 0 or +1.
func (t Time) Compare(u Time) int {
	d := t.Sub(u)
	if d < 0 {
		return -1
	}
	if d > 0 {
		return 1
	}
	return 0
}

// Since returns the time elapsed since t (shorthand for time.Now().Sub(t)).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t (shorthand for t.Sub(time.Now())).
func Until(t Time) Duration { return t.Sub(Now()) }

// Sleep pauses the current goroutine for at least the duration d. A negative or zero
// duration causes Sleep to return immediately.
func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	sleepNanos(int64(d))
}
