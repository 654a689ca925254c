// Package testing runs the tests and benchmarks of `golc test`, printing what gc's
// testing package prints so that the output of `golc test` reads (and parses, for
// benchstat) like `go test`'s.
//
// Every test runs in its own goroutine; FailNow and SkipNow end it with runtime.Goexit,
// so its deferred calls run, as with gc. Log lines carry gc's "file.go:LINE: " prefix:
// the call site is the first frame outside this package that is not a helper function
// (t.Helper records the calling function's name), found with runtime.Callers.
// t.Parallel is not provided.
package testing

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// ---- flags (the test binary's -test.* command line, written by golc test) ----

var (
	chattyFlag  bool
	shortFlag   bool
	benchMemory bool
	runPattern  string
	skipPattern string
	benchPat    string
	countFlag   = 1
	benchTime   = durationOrCountFlag{d: time.Second}
	flagsParsed bool
)

func parseFlags() {
	if flagsParsed {
		return
	}
	flagsParsed = true
	for _, a := range os.Args[1:] {
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		name = strings.TrimPrefix(name, "test.")
		boolValue := !hasValue || value == "true" || value == "1"
		switch name {
		case "v":
			chattyFlag = boolValue
		case "short":
			shortFlag = boolValue
		case "benchmem":
			benchMemory = boolValue
		case "run":
			runPattern = value
		case "skip":
			skipPattern = value
		case "bench":
			benchPat = value
		case "count":
			n, ok := atoiPositive(value)
			if !ok {
				usageError("invalid value %q for flag -test.count: parse error", value)
			}
			countFlag = n
		case "benchtime":
			if !benchTime.set(value) {
				usageError("invalid value %q for flag -test.benchtime: invalid duration %q", value, value)
			}
		default:
			usageError("flag provided but not defined: -test.%s", name)
		}
	}
}

func usageError(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(2)
}

func atoiPositive(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// Short reports whether the -test.short flag is set.
func Short() bool {
	parseFlags()
	return shortFlag
}

// Verbose reports whether the -test.v flag is set.
func Verbose() bool {
	parseFlags()
	return chattyFlag
}

var testBinary bool // set by MainStart

// Testing reports whether the current code is being run in a test.
func Testing() bool { return testBinary }

// ---- output of -v: "=== RUN", "=== NAME" ----

type chattyPrinter struct {
	lastName string
}

// Updatef prints a status line that names its test itself.
func (p *chattyPrinter) Updatef(testName, format string, args ...any) {
	p.lastName = testName
	fmt.Printf(format, args...)
}

// Printf prints output of testName, after a "=== NAME" line if another test spoke last.
func (p *chattyPrinter) Printf(testName, format string, args ...any) {
	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		fmt.Printf("=== NAME  %s\n", testName)
		p.lastName = testName
	}
	fmt.Printf(format, args...)
}

// ---- common: what T and B share ----

const indent = "    "

type common struct {
	name     string
	parent   *common
	level    int // 0 for the root (the test runner), 1 for TestXxx
	chatty   *chattyPrinter
	bench    bool
	output   []byte // log and subtest reports, printed when the test reports
	failed   bool
	skipped  bool
	finished bool // FailNow, SkipNow or the function returned
	done     bool // reported: later output goes to the parent
	hasSub   bool
	ran      bool
	cleanups []func()
	start    time.Time
	duration time.Duration
	signal   chan bool
	helpers  map[string]bool // functions marked by Helper, by name (runtime.Frame.Function)
}

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
}

var _ TB = (*T)(nil)
var _ TB = (*B)(nil)

// Name returns the name of the running test or benchmark.
func (c *common) Name() string { return c.name }

// Fail marks the function (and its parents) as having failed but continues execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.failed = true
}

// Failed reports whether the function has failed.
func (c *common) Failed() bool { return c.failed }

// FailNow marks the function as having failed and stops its execution.
func (c *common) FailNow() {
	c.Fail()
	c.finished = true
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool { return c.skipped }

// SkipNow marks the test as skipped and stops its execution.
func (c *common) SkipNow() {
	c.skipped = true
	c.finished = true
	runtime.Goexit()
}

// Helper marks the calling function as a test helper function. When printing file and
// line information, that function will be skipped.
//
// Not inlined: its caller must be the frame above its own (runtime.Caller(1)). Codegen keeps
// functions that call Helper out of line too, so the name recorded is the helper's.
//
//go:noinline
func (c *common) Helper() {
	pc, _, _, ok := runtime.Caller(1)
	if !ok {
		return
	}
	if c.helpers == nil {
		c.helpers = map[string]bool{}
	}
	c.helpers[runtime.FuncForPC(pc).Name()] = true
}

// Cleanup registers f to be called, last added first called, when the test and all its
// subtests complete.
func (c *common) Cleanup(f func()) { c.cleanups = append(c.cleanups, f) }

// Setenv calls os.Setenv and restores the variable's old value at Cleanup.
func (c *common) Setenv(key, value string) {
	old, had := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatal(err)
	}
	c.Cleanup(func() {
		if had {
			os.Setenv(key, old)
		} else {
			os.Unsetenv(key)
		}
	})
}

func (c *common) runCleanup() {
	for len(c.cleanups) > 0 {
		f := c.cleanups[len(c.cleanups)-1]
		c.cleanups = c.cleanups[:len(c.cleanups)-1]
		f()
	}
}

// The logging entry points below are never inlined (//go:noinline, honoured by golc's inliner
// and LLVM's): inlined into a test, their calls of c.log would carry this file's lines in the
// test's frame, and callSite would report them instead of the test's call.

// Log formats its arguments like fmt.Println and records them in the test's log.
//
//go:noinline
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf formats its arguments like fmt.Printf and records them in the test's log.
//
//go:noinline
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is Log followed by Fail.
//
//go:noinline
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is Logf followed by Fail.
//
//go:noinline
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is Log followed by FailNow.
//
//go:noinline
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is Logf followed by FailNow.
//
//go:noinline
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is Log followed by SkipNow.
//
//go:noinline
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is Logf followed by SkipNow.
//
//go:noinline
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// log writes s, one indented line per line, to the first test not yet reported, after
// the file and line of the call into this package (callSite).
func (c *common) log(s string) {
	s = c.callSite() + ": " + strings.TrimSuffix(s, "\n")
	s = strings.ReplaceAll(s, "\n", "\n"+indent) + "\n"
	n := c
	for n != nil && n.done {
		n = n.parent
	}
	if n == nil {
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line = s[:i+1]
		}
		s = s[len(line):]
		n.writeLine(line)
	}
}

// callSite returns "file.go:LINE" (the file's base name) of the frame that called into
// this package for the log line being written: the first frame, going outwards, of a
// function outside package testing that is not marked by Helper. When every frame up to
// the test runner is a helper (the test function called Helper itself), it is the last of
// them, and when there is none (a message of the runner's own), the first frame, as with gc.
func (c *common) callSite() string {
	var pcs [64]uintptr
	n := runtime.Callers(2, pcs[:]) // from callSite's caller
	frames := runtime.CallersFrames(pcs[:n])
	var first, helper runtime.Frame
	outside := false
	for more := n > 0; more; {
		var f runtime.Frame
		f, more = frames.Next()
		if f.Line == 0 {
			continue // the runtime's C code (Goexit running deferred calls, ...)
		}
		if first.PC == 0 {
			first = f
		}
		if strings.HasPrefix(f.Function, "testing.") {
			if outside {
				break // back in the runner: every frame in between was a helper
			}
			continue
		}
		outside = true
		if !c.helpers[f.Function] {
			return frameSite(f)
		}
		helper = f
	}
	if helper.PC != 0 {
		return frameSite(helper)
	}
	if first.PC != 0 {
		return frameSite(first)
	}
	return "???:1"
}

func frameSite(f runtime.Frame) string {
	file := f.File
	if i := strings.LastIndexByte(file, '/'); i >= 0 {
		file = file[i+1:]
	}
	return file + ":" + strconv.Itoa(f.Line)
}

func (c *common) writeLine(line string) {
	if c.chatty != nil {
		if c.bench {
			fmt.Printf("%s%s", indent, line) // benchmarks print no "=== NAME"
		} else {
			c.chatty.Printf(c.name, "%s%s", indent, line)
		}
		return
	}
	c.output = append(c.output, indent...)
	c.output = append(c.output, line...)
}

// flushToParent writes a report line and then c's output: to stdout for a top-level
// test, else indented into the parent's output (printed after the parent's report).
func (c *common) flushToParent(testName, line string) {
	p := c.parent
	text := line + string(c.output)
	c.output = c.output[:0]
	if p.parent == nil || p.level == 0 {
		if c.chatty != nil {
			c.chatty.Updatef(testName, "%s", text)
		} else {
			fmt.Print(text)
		}
		return
	}
	for len(text) > 0 {
		l := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			l = text[:i+1]
		}
		text = text[len(l):]
		p.output = append(p.output, indent...)
		p.output = append(p.output, l...)
	}
}

func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// ---- tests ----

// T is passed to TestXxx functions to manage test state and logging.
type T struct {
	common
	match *matcher
}

// InternalTest is a test of the package (listed by the generated test main).
type InternalTest struct {
	Name string
	F    func(*T)
}

// Run runs f as a subtest of t called name, in its own goroutine, and waits for it.
// It reports whether f succeeded.
func (t *T) Run(name string, f func(t *T)) bool {
	t.hasSub = true
	testName, ok, _ := t.match.fullName(&t.common, name)
	if !ok {
		return true
	}
	sub := &T{
		common: common{
			name:   testName,
			parent: &t.common,
			level:  t.level + 1,
			chatty: t.chatty,
			signal: make(chan bool, 1),
		},
		match: t.match,
	}
	if sub.chatty != nil {
		sub.chatty.Updatef(sub.name, "=== RUN   %s\n", sub.name)
	}
	go tRunner(sub, f)
	if !<-sub.signal {
		runtime.Goexit() // the subtest called FailNow on this test
	}
	return !sub.failed
}

// Deadline reports that golc's tests have no deadline.
func (t *T) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

func tRunner(t *T, fn func(t *T)) {
	defer func() {
		err := recover()
		signal := true
		if !t.finished && err == nil {
			// runtime.Goexit outside FailNow/SkipNow, or FailNow of a parent test.
			parentDone := false
			for p := t.parent; p != nil; p = p.parent {
				if p.finished {
					parentDone = true
				}
			}
			if parentDone {
				t.Errorf("test executed panic(nil) or runtime.Goexit: subtest may have called FailNow on a parent test")
				signal = false
			} else {
				t.Errorf("test executed panic(nil) or runtime.Goexit")
			}
		}
		if err != nil {
			// A panic: report every test up the chain as failed, then let it go on.
			t.Fail()
			t.runCleanup()
			for root := &t.common; root.parent != nil; root = root.parent {
				root.duration += time.Since(root.start)
				root.flushToParent(root.name, fmt.Sprintf("--- FAIL: %s (%s)\n", root.name, fmtDuration(root.duration)))
			}
			panic(err)
		}
		t.duration += time.Since(t.start)
		t.runCleanup()
		t.report()
		t.done = true
		if t.parent != nil && !t.hasSub {
			t.setRan()
		}
		t.signal <- signal
	}()
	t.start = time.Now()
	fn(t)
	t.finished = true
}

func (c *common) setRan() {
	for ; c != nil; c = c.parent {
		c.ran = true
	}
}

func (t *T) report() {
	if t.parent == nil {
		return
	}
	d := fmtDuration(t.duration)
	switch {
	case t.failed:
		t.flushToParent(t.name, fmt.Sprintf("--- FAIL: %s (%s)\n", t.name, d))
	case t.chatty == nil:
	case t.skipped:
		t.flushToParent(t.name, fmt.Sprintf("--- SKIP: %s (%s)\n", t.name, d))
	default:
		t.flushToParent(t.name, fmt.Sprintf("--- PASS: %s (%s)\n", t.name, d))
	}
}

// runTests runs the matching tests -count times; it reports whether any test ran and
// whether all passed.
func runTests(tests []InternalTest) (ran, ok bool) {
	ok = true
	for i := 0; i < countFlag; i++ {
		root := &T{common: common{signal: make(chan bool, 1)}, match: newMatcher(runPattern, "-test.run", skipPattern)}
		if chattyFlag {
			root.chatty = &chattyPrinter{}
		}
		go tRunner(root, func(t *T) {
			for _, test := range tests {
				t.Run(test.Name, test.F)
			}
		})
		<-root.signal
		ok = ok && !root.failed
		ran = ran || root.ran
		if !ok {
			break
		}
	}
	return ran, ok
}

// ---- the test main ----

// M is passed to a TestMain function to run the tests.
type M struct {
	importPath string
	tests      []InternalTest
	benchmarks []InternalBenchmark
	examples   []InternalExample
	exitCode   int
	ran        bool
}

// MainStart is called by the test main that golc test generates; not for other use.
func MainStart(importPath string, tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) *M {
	testBinary = true
	return &M{importPath: importPath, tests: tests, benchmarks: benchmarks, examples: examples}
}

// Run runs the tests and benchmarks and returns an exit code for os.Exit.
func (m *M) Run() int {
	m.ran = true
	parseFlags()
	testRan, testOk := runTests(m.tests)
	exampleRan, exampleOk := runExamples(m.examples)
	if !testRan && !exampleRan && benchPat == "" {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	if !testOk || !exampleOk || !runBenchmarks(m.importPath, m.benchmarks) {
		fmt.Print("FAIL\n")
		m.exitCode = 1
		return 1
	}
	fmt.Print("PASS\n")
	m.exitCode = 0
	return 0
}

// RunMain is called by the generated test main: it runs testMain (the package's
// TestMain) if there is one, else m.Run, and returns the exit code, as gc does when
// TestMain returns.
func RunMain(m *M, testMain func(*M)) int {
	if testMain == nil {
		return m.Run()
	}
	parseFlags()
	testMain(m)
	return m.exitCode
}
