package testing

// Benchmarks: b.N calibrated to -test.benchtime as gc 1.26 calibrates it, timers,
// allocation counts from runtime.ReadMemStats around the timed loop, and gc's result
// line ("BenchmarkX-2  \t     100\t      35.03 ns/op\t  0 B/op\t  0 allocs/op").

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"
)

// durationOrCountFlag is -test.benchtime: a duration ("1s", "500ms") or a count ("100x").
type durationOrCountFlag struct {
	d time.Duration
	n int
}

func (f *durationOrCountFlag) set(s string) bool {
	if strings.HasSuffix(s, "x") {
		n, ok := atoiPositive(s[:len(s)-1])
		if !ok || n <= 0 {
			return false
		}
		*f = durationOrCountFlag{n: n}
		return true
	}
	d, ok := parseDuration(s)
	if !ok || d <= 0 {
		return false
	}
	*f = durationOrCountFlag{d: d}
	return true
}

// parseDuration accepts a decimal number with a unit (ns, us, µs, ms, s, m, h), possibly
// repeated ("1m30s"), like time.ParseDuration.
func parseDuration(s string) (time.Duration, bool) {
	units := []struct {
		name string
		d    float64
	}{{"ns", 1}, {"us", 1e3}, {"µs", 1e3}, {"ms", 1e6}, {"s", 1e9}, {"m", 60e9}, {"h", 3600e9}}
	if s == "" {
		return 0, false
	}
	total := 0.0
	for s != "" {
		i := 0
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
			i++
		}
		if i == 0 {
			return 0, false
		}
		num, frac, seenDot := 0.0, 1.0, false
		for _, ch := range s[:i] {
			if ch == '.' {
				if seenDot {
					return 0, false
				}
				seenDot = true
				continue
			}
			if seenDot {
				frac /= 10
				num += float64(ch-'0') * frac
			} else {
				num = num*10 + float64(ch-'0')
			}
		}
		s = s[i:]
		found := false
		for _, u := range units {
			// "m" must not take the "m" of "ms".
			if strings.HasPrefix(s, u.name) && !(u.name == "m" && strings.HasPrefix(s, "ms")) {
				total += num * u.d
				s = s[len(u.name):]
				found = true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return time.Duration(total), true
}

// B is passed to BenchmarkXxx functions to manage benchmark timing and iteration count.
type B struct {
	common
	N               int
	importPath      string
	benchFunc       func(b *B)
	benchTime       durationOrCountFlag
	bstate          *benchState
	timerOn         bool
	showAllocResult bool
	bytes           int64
	startAllocs     uint64
	startBytes      uint64
	netAllocs       uint64
	netBytes        uint64
	extra           map[string]float64
	result          BenchmarkResult
	loop            struct {
		n, i uint64 // b.Loop: target and current iteration
		done bool
	}
}

// InternalBenchmark is a benchmark of the package (listed by the generated test main).
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

var memStats runtime.MemStats // global: ReadMemStats must not allocate in the timed region

// StartTimer starts timing a test (benchmarks start with the timer on).
func (b *B) StartTimer() {
	if !b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.start = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing a test, e.g. around a costly set-up that should not count.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += time.Since(b.start)
		runtime.ReadMemStats(&memStats)
		b.netAllocs += memStats.Mallocs - b.startAllocs
		b.netBytes += memStats.TotalAlloc - b.startBytes
		b.timerOn = false
	}
}

// ResetTimer zeroes the elapsed time and memory counters; the timer keeps running.
func (b *B) ResetTimer() {
	if b.extra == nil {
		b.extra = map[string]float64{}
	} else {
		for k := range b.extra {
			delete(b.extra, k)
		}
	}
	if b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.start = time.Now()
	}
	b.duration = 0
	b.netAllocs = 0
	b.netBytes = 0
}

// Elapsed returns the measured elapsed time of the benchmark.
func (b *B) Elapsed() time.Duration {
	d := b.duration
	if b.timerOn {
		d += time.Since(b.start)
	}
	return d
}

// SetBytes records the number of bytes processed per operation (reported as MB/s).
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs enables malloc statistics (B/op, allocs/op) for this benchmark.
func (b *B) ReportAllocs() { b.showAllocResult = true }

// ReportMetric adds "n unit" to the reported benchmark results.
func (b *B) ReportMetric(n float64, unit string) {
	if unit == "" {
		panic("metric unit must not be empty")
	}
	if strings.ContainsAny(unit, " \t\n\r\v\f") {
		panic("metric unit must not contain whitespace")
	}
	b.extra[unit] = n
}

// runN runs the benchmark function once with b.N = n.
func (b *B) runN(n int) {
	runtime.GC() // a comparable start for each run
	b.N = n
	b.loop.n, b.loop.i, b.loop.done = 0, 0, false
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
	if b.loop.n > 0 && !b.loop.done && !b.failed {
		b.Error("benchmark function returned without B.Loop() == false (break or return in loop?)")
	}
	b.runCleanup()
}

// Loop reports whether the benchmark should run one more iteration: the first call
// resets the timer, and the loop calibrates itself to -benchtime within one call of the
// benchmark function, as with gc; b.N is then the number of iterations.
func (b *B) Loop() bool {
	if b.loop.i < b.loop.n {
		b.loop.i++
		return true
	}
	if !b.timerOn {
		b.Fatal("B.Loop called with timer stopped")
	}
	if b.loop.n == 0 {
		b.loop.n = 1
		if b.benchTime.n > 0 {
			b.loop.n = uint64(b.benchTime.n)
		}
		b.N = 0
		b.ResetTimer()
		b.loop.i++
		return true
	}
	more := false
	if b.benchTime.n == 0 {
		more = b.stopOrScaleBLoop()
	}
	if !more {
		b.StopTimer()
		b.N = int(b.loop.n)
		b.loop.done = true
		return false
	}
	b.loop.i++
	return true
}

func (b *B) stopOrScaleBLoop() bool {
	t := b.Elapsed()
	if t >= b.benchTime.d {
		return false
	}
	prev := int64(b.loop.n)
	b.loop.n = uint64(predictN(b.benchTime.d.Nanoseconds(), prev, t.Nanoseconds(), prev))
	return uint64(prev) < b.loop.n
}

// run1 runs the first iteration (N=1); it reports whether more are needed.
func (b *B) run1() bool {
	if bs := b.bstate; bs != nil {
		if n := len(b.name) + bs.extLen + 1; n > bs.maxLen {
			bs.maxLen = n + 8 // slack, as gc, to avoid too many jumps in width
		}
	}
	go func() {
		defer func() { b.signal <- true }()
		b.runN(1)
	}()
	<-b.signal
	if b.failed {
		fmt.Printf("--- FAIL: %s\n%s", b.name, b.output)
		return false
	}
	if b.hasSub || b.finished {
		tag := "BENCH"
		if b.skipped {
			tag = "SKIP"
		}
		if b.chatty != nil && (len(b.output) > 0 || b.finished) {
			b.trimOutput()
			fmt.Printf("--- %s: %s\n%s", tag, b.name, b.output)
		}
		return false
	}
	return true
}

var labelsPrinted bool

func (b *B) printLabels() {
	if labelsPrinted {
		return
	}
	labelsPrinted = true
	fmt.Printf("goos: %s\n", runtime.GOOS)
	fmt.Printf("goarch: %s\n", runtime.GOARCH)
	if b.importPath != "" {
		fmt.Printf("pkg: %s\n", b.importPath)
	}
	if cpu := cpuName(); cpu != "" {
		fmt.Printf("cpu: %s\n", cpu)
	}
}

// cpuName is the "model name" of /proc/cpuinfo (gc's internal/sysinfo does the same on
// Linux, through cpuid first).
func cpuName() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// run runs the benchmark with its sub-benchmarks, or calibrates and reports it.
func (b *B) run() {
	if b.bstate != nil {
		b.printLabels()
		b.bstate.processBench(b)
	} else {
		b.doBench()
	}
}

func (b *B) doBench() BenchmarkResult {
	go b.launch()
	<-b.signal
	return b.result
}

const maxBenchPredictIters = 1000000000

// predictN is gc's estimate of the iterations needed to fill goalns: multiply before
// dividing, add 20%, grow at most 100x and at least by one, cap at 1e9.
func predictN(goalns, prevIters, prevns, last int64) int {
	if prevns == 0 {
		prevns = 1
	}
	n := goalns * prevIters / prevns
	n += n / 5
	n = min(n, 100*last)
	n = max(n, last+1)
	n = min(n, maxBenchPredictIters)
	return int(n)
}

// launch grows b.N until the benchmark runs for -benchtime (run1 already ran N=1).
func (b *B) launch() {
	defer func() { b.signal <- true }()
	if b.loop.n > 0 {
		// b.Loop already calibrated itself in run1
	} else if b.benchTime.n > 0 {
		if b.benchTime.n > 1 {
			b.runN(b.benchTime.n)
		}
	} else {
		d := b.benchTime.d
		for n := int64(1); !b.failed && b.duration < d && n < 1e9; {
			last := n
			n = int64(predictN(d.Nanoseconds(), int64(b.N), b.duration.Nanoseconds(), last))
			b.runN(int(n))
		}
	}
	b.result = BenchmarkResult{b.N, b.duration, b.bytes, b.netAllocs, b.netBytes, b.extra}
}

// Run benchmarks f as a sub-benchmark called name; b itself is then not measured.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	benchName, ok, partial := b.name, true, false
	if b.bstate != nil {
		benchName, ok, partial = b.bstate.match.fullName(&b.common, name)
	}
	if !ok {
		return true
	}
	sub := &B{
		common: common{
			signal: make(chan bool),
			name:   benchName,
			parent: &b.common,
			level:  b.level + 1,
			chatty: b.chatty,
			bench:  true,
		},
		importPath: b.importPath,
		benchFunc:  f,
		benchTime:  b.benchTime,
		bstate:     b.bstate,
	}
	if partial {
		sub.hasSub = true // -bench X/Y matched X: run only its sub-benchmarks
	}
	if b.chatty != nil {
		b.printLabels()
		fmt.Println(benchName)
	}
	if sub.run1() {
		sub.run()
	}
	b.add(sub.result)
	return !sub.failed
}

// add merges a sub-benchmark's result into b's (as gc: the last one wins).
func (b *B) add(other BenchmarkResult) {
	r := &b.result
	r.N = 1
	r.T += time.Duration(other.NsPerOp())
	if other.Bytes == 0 {
		b.bytes = 0
	}
	r.MemAllocs += uint64(other.AllocsPerOp())
	r.MemBytes += uint64(other.AllocedBytesPerOp())
}

// trimOutput keeps the first 10 lines of a benchmark's log.
func (b *B) trimOutput() {
	const maxNewlines = 10
	for nlines, i := 0, 0; i < len(b.output); i++ {
		if b.output[i] == '\n' {
			nlines++
			if nlines >= maxNewlines {
				b.output = append(b.output[:i+1], "\t... [output truncated]\n"...)
				break
			}
		}
	}
}

// ---- results ----

// BenchmarkResult contains the results of a benchmark run.
type BenchmarkResult struct {
	N         int
	T         time.Duration
	Bytes     int64
	MemAllocs uint64
	MemBytes  uint64
	Extra     map[string]float64
}

// NsPerOp returns the "ns/op" metric.
func (r BenchmarkResult) NsPerOp() int64 {
	if v, ok := r.Extra["ns/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

func (r BenchmarkResult) mbPerSec() float64 {
	if v, ok := r.Extra["MB/s"]; ok {
		return v
	}
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
}

// AllocsPerOp returns the "allocs/op" metric, MemAllocs / N.
func (r BenchmarkResult) AllocsPerOp() int64 {
	if v, ok := r.Extra["allocs/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the "B/op" metric, MemBytes / N.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if v, ok := r.Extra["B/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String is the result line after the name: N, ns/op, MB/s and extra metrics.
func (r BenchmarkResult) String() string {
	var buf strings.Builder
	fmt.Fprintf(&buf, "%8d", r.N)
	ns, ok := r.Extra["ns/op"]
	if !ok {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		buf.WriteByte('\t')
		prettyPrint(&buf, ns, "ns/op")
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		fmt.Fprintf(&buf, "\t%7.2f MB/s", mbs)
	}
	var keys []string
	for k := range r.Extra {
		switch k {
		case "ns/op", "MB/s", "B/op", "allocs/op":
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		buf.WriteByte('\t')
		prettyPrint(&buf, r.Extra[k], k)
	}
	return buf.String()
}

// prettyPrint aligns the decimal points: whole parts in 10 columns, small numbers with
// four significant figures (gc's table of widths).
func prettyPrint(buf *strings.Builder, x float64, unit string) {
	y := math.Abs(x)
	width, prec := 18, 7
	switch {
	case y == 0 || y >= 999.95:
		width, prec = 10, 0
	case y >= 99.995:
		width, prec = 12, 1
	case y >= 9.9995:
		width, prec = 13, 2
	case y >= 0.99995:
		width, prec = 14, 3
	case y >= 0.099995:
		width, prec = 15, 4
	case y >= 0.0099995:
		width, prec = 16, 5
	case y >= 0.00099995:
		width, prec = 17, 6
	}
	fmt.Fprintf(buf, "%*.*f %s", width, prec, x, unit)
}

// MemString is "B/op" and "allocs/op" as go test prints them.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

func benchmarkName(name string, n int) string {
	if n != 1 {
		return fmt.Sprintf("%s-%d", name, n)
	}
	return name
}

type benchState struct {
	match  *matcher
	maxLen int // the longest benchmark name, for the name column
	extLen int // the length of the "-N" suffix
}

func runBenchmarks(importPath string, benchmarks []InternalBenchmark) bool {
	if benchPat == "" {
		return true
	}
	procs := runtime.GOMAXPROCS(-1)
	bstate := &benchState{match: newMatcher(benchPat, "-test.bench", skipPattern), extLen: len(benchmarkName("", procs))}
	var bs []InternalBenchmark
	for _, bm := range benchmarks {
		if _, matched, _ := bstate.match.fullName(nil, bm.Name); matched {
			bs = append(bs, bm)
			if l := len(benchmarkName(bm.Name, procs)) + bstate.extLen + 1; l > bstate.maxLen {
				bstate.maxLen = l
			}
		}
	}
	main := &B{
		common:     common{name: "Main", bench: true, signal: make(chan bool)},
		importPath: importPath,
		benchFunc: func(b *B) {
			for _, bm := range bs {
				b.Run(bm.Name, bm.F)
			}
		},
		benchTime: benchTime,
		bstate:    bstate,
	}
	if chattyFlag {
		main.chatty = &chattyPrinter{}
	}
	main.runN(1)
	return !main.failed
}

func padRight(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return s + strings.Repeat(" ", n-len(s))
}

// processBench runs b -count times and prints its result lines.
func (s *benchState) processBench(b *B) {
	procs := runtime.GOMAXPROCS(-1)
	for j := 0; j < countFlag; j++ {
		benchName := benchmarkName(b.name, procs)
		if b.chatty == nil {
			fmt.Printf("%s\t", padRight(benchName, s.maxLen))
		}
		if j > 0 {
			b = &B{
				common:    common{signal: make(chan bool), name: b.name, chatty: b.chatty, bench: true},
				benchFunc: b.benchFunc,
				benchTime: b.benchTime,
			}
			b.run1()
		}
		r := b.doBench()
		if b.failed {
			fmt.Printf("--- FAIL: %s\n%s", benchName, b.output)
			continue
		}
		results := r.String()
		if b.chatty != nil {
			fmt.Printf("%s\t", padRight(benchName, s.maxLen))
		}
		if benchMemory || b.showAllocResult {
			results += "\t" + r.MemString()
		}
		fmt.Println(results)
		if len(b.output) > 0 {
			b.trimOutput()
			fmt.Printf("--- BENCH: %s\n%s", benchName, b.output)
		}
	}
}

// Benchmark benchmarks a single function (outside go test), with -test.benchtime.
func Benchmark(f func(b *B)) BenchmarkResult {
	parseFlags()
	b := &B{
		common:    common{signal: make(chan bool), bench: true},
		benchFunc: f,
		benchTime: benchTime,
	}
	if b.run1() {
		b.run()
	}
	return b.result
}

// AllocsPerRun returns the average number of allocations during calls to f (after one
// warm-up call), as an integer value.
func AllocsPerRun(runs int, f func()) float64 {
	procs := runtime.GOMAXPROCS(1)
	defer func() { runtime.GOMAXPROCS(procs) }()
	f()
	runtime.ReadMemStats(&memStats)
	mallocs := 0 - memStats.Mallocs
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&memStats)
	mallocs += memStats.Mallocs
	return float64(mallocs / uint64(runs))
}
