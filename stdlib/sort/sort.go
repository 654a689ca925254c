// Package sort provides primitives for sorting slices and user-defined collections, like
// Go's sort package. The unstable sorts are an introsort (quicksort with median-of-three,
// heapsort fallback, insertion sort for short runs): the order of equal elements may differ
// from gc's pdqsort, as Go allows. Stable sorts are insertion-sorted blocks merged in place
// (SymMerge), exactly stable.
package sort

// An implementation of Interface can be sorted by the routines in this package.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// lessSwap is the pair of functions the algorithms work with, so that Sort and Slice share them.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	introSort(interfaceLessSwap(data), 0, n, maxDepth(n))
}

// interfaceLessSwap adapts data. (Closures rather than the method values data.Less and
// data.Swap: golc does not support method values of interfaces yet.)
func interfaceLessSwap(data Interface) lessSwap {
	return lessSwap{func(i, j int) bool { return data.Less(i, j) }, func(i, j int) { data.Swap(i, j) }}
}

// Stable sorts data in ascending order as determined by the Less method, while keeping the
// original order of equal elements.
func Stable(data Interface) {
	stable(interfaceLessSwap(data), data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// Slice sorts the slice x given the provided less function. It panics if x is not a slice.
// The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	n, swap := sliceSwapper(x)
	if n <= 1 {
		return
	}
	introSort(lessSwap{less, swap}, 0, n, maxDepth(n))
}

// SliceStable sorts the slice x using the provided less function, keeping equal elements
// in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	n, swap := sliceSwapper(x)
	stable(lessSwap{less, swap}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n, _ := sliceSwapper(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// sliceInfo returns the length of the slice in x and its element size (slice.c); it panics
// like Go's reflectlite when x is not a slice.
func sliceInfo(x any) (n int, elemSize int, data uintptr)

// swapElems exchanges elements i and j (of size size) of the array at data (slice.c).
func swapElems(data uintptr, size int, i, j int)

// sliceSwapper returns the length of slice x and a function swapping two of its elements.
func sliceSwapper(x any) (int, func(i, j int)) {
	n, size, data := sliceInfo(x)
	return n, func(i, j int) { swapElems(data, size, i, j) }
}

func maxDepth(n int) int {
	var depth int
	for i := n; i > 0; i >>= 1 {
		depth++
	}
	return depth * 2
}

func insertionSort(data lessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func siftDown(data lessSwap, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data lessSwap, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown(data, lo, i, first)
	}
}

// medianOfThree moves the median of data[m0], data[m1], data[m2] into data[m1].
func medianOfThree(data lessSwap, m1, m0, m2 int) {
	if data.Less(m1, m0) {
		data.Swap(m1, m0)
	}
	if data.Less(m2, m1) {
		data.Swap(m2, m1)
		if data.Less(m1, m0) {
			data.Swap(m1, m0)
		}
	}
}

// partition partitions data[lo:hi] around the pivot data[lo] and returns its final index.
func partition(data lessSwap, lo, hi int) int {
	m := int(uint(lo+hi) >> 1)
	medianOfThree(data, lo, m, hi-1) // pivot (the median) ends in data[lo]
	i, j := lo+1, hi-1
	for {
		for i <= j && data.Less(i, lo) {
			i++
		}
		for i <= j && data.Less(lo, j) {
			j--
		}
		if i >= j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(lo, j)
	return j
}

func introSort(data lessSwap, a, b, depth int) {
	for b-a > 12 {
		if depth == 0 {
			heapSort(data, a, b)
			return
		}
		depth--
		p := partition(data, a, b)
		// Recurse into the smaller side to bound the stack depth.
		if p-a < b-p {
			introSort(data, a, p, depth)
			a = p + 1
		} else {
			introSort(data, p+1, b, depth)
			b = p
		}
	}
	if b-a > 1 {
		insertionSort(data, a, b)
	}
}

func stable(data lessSwap, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(data, a, m, n)
		}
		blockSize *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place, stably (Kim and Kutzner's
// SymMerge).
func symMerge(data lessSwap, a, m, b int) {
	if m-a == 1 {
		i := m
		j := b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i := a
		j := m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

func swapRange(data lessSwap, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

func rotate(data lessSwap, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

// Search uses binary search to find and return the smallest index i in [0, n) at which f(i)
// is true, assuming that on the range [0, n), f(i) == true implies f(i+1) == true.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find uses binary search to find the smallest index i in [0, n) at which cmp(i) <= 0,
// and reports whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}
