package testing

// Examples: ExampleXxx functions with an "// Output:" comment (the driver extracts the
// comment), run after the tests with their standard output captured and compared with
// the comment, as gc compares them (trimmed; sorted lines for "Unordered output:").

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
)

// InternalExample is an example of the package (listed by the generated test main).
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

func redirectStdout(fd int) int
func restoreStdout(saved int)

var exampleSeq int

func runExamples(examples []InternalExample) (ran, ok bool) {
	ok = true
	m := newMatcher(runPattern, "-test.run", skipPattern)
	for _, eg := range examples {
		if _, matched, _ := m.fullName(nil, eg.Name); !matched {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	return ran, ok
}

func runExample(eg InternalExample) (ok bool) {
	if chattyFlag {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	exampleSeq++
	tmp := os.Getenv("TMPDIR")
	if tmp == "" {
		tmp = "/tmp"
	}
	path := fmt.Sprintf("%s/golc-example-%d-%d", tmp, os.Getpid(), exampleSeq)
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testing:", err)
		os.Exit(1)
	}
	saved := redirectStdout(int(f.Fd()))
	if saved < 0 {
		fmt.Fprintln(os.Stderr, "testing: cannot redirect standard output")
		os.Exit(1)
	}
	finished := false
	start := time.Now()
	defer func() {
		spent := time.Since(start)
		restoreStdout(saved)
		f.Close()
		data, _ := os.ReadFile(path)
		os.Remove(path)
		recovered := recover()
		ok = eg.processRunResult(string(data), spent, finished, recovered)
	}()
	eg.F()
	finished = true
	return
}

func sortedLines(s string) []string {
	lines := strings.Split(s, "\n")
	sort.Strings(lines)
	return lines
}

func (eg *InternalExample) processRunResult(stdout string, spent time.Duration, finished bool, recovered any) bool {
	passed := true
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	fail := ""
	if eg.Unordered {
		if strings.Join(sortedLines(got), "\n") != strings.Join(sortedLines(want), "\n") && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, fmtDuration(spent), fail)
		passed = false
	} else if chattyFlag {
		fmt.Printf("--- PASS: %s (%s)\n", eg.Name, fmtDuration(spent))
	}
	if recovered != nil {
		panic(recovered)
	}
	return passed
}
