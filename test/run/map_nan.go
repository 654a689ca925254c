package main

import (
	"fmt"
	"math"
)

type FP struct {
	F float64
	N int
}

func main() {
	nan := math.NaN()
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok, m[nan])
	delete(m, nan)
	fmt.Println(len(m))
	sum, count := 0, 0
	for k, v := range m {
		if k != k {
			sum += v
			count++
		}
	}
	fmt.Println(count, sum)

	// +0 and -0 are the same key
	negz := math.Copysign(0, -1)
	m2 := map[float64]string{}
	m2[0] = "plus"
	m2[negz] = "minus"
	fmt.Println(len(m2), m2[0], m2[negz])
	for k := range m2 {
		fmt.Println(math.Signbit(k)) // the first key stored stays
	}
	f32 := map[float32]int{}
	f32[float32(negz)] = 1
	f32[0]++
	fmt.Println(len(f32), f32[0])

	// NaN inside struct and complex keys
	s := map[FP]int{}
	s[FP{nan, 1}] = 1
	s[FP{nan, 1}] = 2
	s[FP{1, 1}] = 3
	s[FP{1, 1}] = 4
	fmt.Println(len(s), s[FP{1, 1}])
	c := map[complex128]int{}
	c[2i] = 1
	c[0] = 5
	c[0] += 1
	fmt.Println(len(c), c[0])

	// NaN in interface keys
	i := map[interface{}]int{}
	i[nan] = 1
	i[nan] = 1
	i[float32(nan)] = 1
	i[0.0] = 1
	i[negz] = 2
	fmt.Println(len(i), i[0.0])

	// many NaNs: each insertion is a new entry; clear removes them all
	for j := 0; j < 1000; j++ {
		m[nan] = j
	}
	fmt.Println(len(m))
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
	clear(m)
	fmt.Println(len(m))
	m[1] = 1
	fmt.Println(m)

	inf := map[float64]int{math.Inf(1): 1, math.Inf(-1): 2}
	fmt.Println(inf[math.Inf(1)], inf[math.Inf(-1)], len(inf))
	fmt.Println(map[float64]int{nan: 1, 2: 2, negz: 3})
}
