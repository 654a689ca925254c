package slices

import "cmp"

// Sorting. Unstable sorts use insertion sort for short slices (12 elements or fewer, where
// gc's pattern-defeating quicksort also does, so equal elements keep the same order as with
// gc) and heapsort beyond; the order of equal elements in longer slices may differ from
// gc's. Stable sorts are merge sorts: a stable order is unique, so it always matches.

// Sort sorts a slice of any ordered type in ascending order (NaNs first).
func Sort[S ~[]E, E cmp.Ordered](x S) {
	SortFunc(x, cmp.Compare[E])
}

// SortFunc sorts the slice x in ascending order as determined by the cmp function.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	if n <= 12 {
		insertionSort(x, 0, n, cmp)
		return
	}
	heapSort(x, cmp)
}

// SortStableFunc sorts the slice x while keeping the original order of equal elements.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	if len(x) <= 12 {
		insertionSort(x, 0, len(x), cmp)
		return
	}
	tmp := make([]E, len(x))
	mergeSort(x, tmp, 0, len(x), cmp)
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted in ascending order, with cmp as the comparison.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// Min returns the minimal value in x. It panics if x is empty.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

// MinFunc returns the minimal value in x, using cmp; the first one if several are minimal.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

// Max returns the maximal value in x. It panics if x is empty.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

// MaxFunc returns the maximal value in x, using cmp; the first one if several are maximal.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

// BinarySearch searches for target in a sorted slice and returns the earliest position
// where target is found, or would appear, and whether it was found.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp.Less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (isNaN(x[i]) && isNaN(target)))
}

// BinarySearchFunc works like BinarySearch, but uses a custom comparison function.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}

func isNaN[T cmp.Ordered](x T) bool {
	return x != x
}

func insertionSort[E any](x []E, a, b int, cmp func(a, b E) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmp(x[j], x[j-1]) < 0; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func siftDown[E any](x []E, lo, hi, first int, cmp func(a, b E) int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && cmp(x[first+child], x[first+child+1]) < 0 {
			child++
		}
		if !(cmp(x[first+root], x[first+child]) < 0) {
			return
		}
		x[first+root], x[first+child] = x[first+child], x[first+root]
		root = child
	}
}

func heapSort[E any](x []E, cmp func(a, b E) int) {
	hi := len(x)
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(x, i, hi, 0, cmp)
	}
	for i := hi - 1; i >= 0; i-- {
		x[0], x[i] = x[i], x[0]
		siftDown(x, 0, i, 0, cmp)
	}
}

func mergeSort[E any](x, tmp []E, a, b int, cmp func(a, b E) int) {
	if b-a <= 12 {
		insertionSort(x, a, b, cmp)
		return
	}
	m := int(uint(a+b) >> 1)
	mergeSort(x, tmp, a, m, cmp)
	mergeSort(x, tmp, m, b, cmp)
	i, j, k := a, m, a
	for i < m && j < b {
		if cmp(x[j], x[i]) < 0 {
			tmp[k] = x[j]
			j++
		} else {
			tmp[k] = x[i]
			i++
		}
		k++
	}
	for ; i < m; i++ {
		tmp[k] = x[i]
		k++
	}
	for ; j < b; j++ {
		tmp[k] = x[j]
		k++
	}
	copy(x[a:b], tmp[a:b])
}
