package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func main() {
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d-%s-%v", 1, "two", point{3, 4})
	fmt.Println(n, err, sb.String())
	fmt.Fprint(&sb, " and ", 5, 6, "x", point{1, 2})
	fmt.Fprintln(&sb, " end", true)
	fmt.Print(sb.String())
	b := fmt.Appendf([]byte("pre:"), "%05.1f|%x", 3.14159, "hi")
	b = fmt.Append(b, " ", 1, 2)
	b = fmt.Appendln(b, " ln", 3)
	fmt.Print(string(b))
	fmt.Fprintln(os.Stdout, errors.New("an error"), nil, []int{1, 2})
	e := fmt.Errorf("wrapped %w and %w", errors.New("a"), errors.New("b"))
	fmt.Fprintf(os.Stdout, "%v|%s|%T\n", e, e, e)
	fmt.Fprintf(os.Stdout, "%[1]d %[1]x %[2]*[3]d|\n", 255, 6, 42)
}
