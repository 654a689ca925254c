// Printf integer verbs with widths and flags.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%#X|%08x|%o|%#o|%O|%b|%#b\n", n, n, n, n, n, n, n, n, n, n)
	m := -42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%o|%b\n", m, m, m, m, m, m, m, m)
	fmt.Printf("%c|%c|%c|%q|%q|%U|%#U\n", 'A', 0x4e16, 0x1F600, 'x', '\n', 0x4e16, 'G')
	fmt.Printf("%d %d %d %d\n", int8(-128), uint16(65535), int64(-1)<<63, uint64(1)<<63)
	fmt.Printf("%3c|%-3c|%.3d|%8.3d|%x\n", 'z', 'z', 7, 7, []int{10, 11})
	fmt.Printf("%v %d\n", []int{1, -2}, [3]uint8{1, 2, 3})
	fmt.Printf("%*d|%-*d|\n", 6, 12, 6, 12)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%x %X\n", uint32(3735928559), int64(-255))
}
