// rss_flat: a long loop of short-lived allocations (512 MiB in total: byte slices of 4 KiB to
// 512 KiB, every page written, and small pointerful objects) must run in a flat resident set:
// the collector frees the garbage and the allocator reuses its memory instead of growing. The
// resident size is read from /proc/self/statm (Linux) and checked against a bound far below
// the total allocated. Few, large objects keep the test fast under qemu and GODEBUG=gcstress=1.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Linux on amd64 and on arm64 as tested (qemu-user) uses 4 KiB pages.
const pageSize = 4096

type pair struct {
	next *pair
	a, b int
}

var (
	keep    [64]*pair
	keepBuf [32][]byte
	sum     int
)

func residentMiB() int {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return -1
	}
	f := strings.Fields(string(data))
	if len(f) < 2 {
		return -1
	}
	pages, err := strconv.Atoi(f[1])
	if err != nil {
		return -1
	}
	return pages * pageSize >> 20
}

func main() {
	const total = 512 << 20
	const bound = 64
	allocated := 0
	peak := 0
	for round := 0; allocated < total; round++ {
		// small objects: a ring keeps the most recent ones alive for a while
		for i := 0; i < 4; i++ {
			p := &pair{a: i, b: round}
			p.next = keep[(round*4+i+1)&63]
			keep[(round*4+i)&63] = p
			allocated += 32
		}
		// byte slices of 4 KiB .. 512 KiB, every page touched, some kept for a few rounds
		for i := 0; i < 8; i++ {
			n := 4096 << uint((round+i)%8)
			b := make([]byte, n)
			for j := 0; j < n; j += 512 {
				b[j] = byte(j >> 9)
			}
			sum += int(b[n-512])
			keepBuf[(round*8+i)&31] = b
			allocated += n
		}
		if round&15 == 0 {
			keep[round&63] = nil
			if r := residentMiB(); r > peak {
				peak = r
			}
		}
	}
	if r := residentMiB(); r > peak {
		peak = r
	}
	fmt.Println("allocated MiB:", allocated>>20)
	fmt.Println("checksum:", sum)
	if peak > 0 && peak < bound {
		fmt.Println("resident set stayed under", bound, "MiB")
	} else {
		fmt.Println("resident set reached", peak, "MiB, bound", bound, "MiB")
	}
}
