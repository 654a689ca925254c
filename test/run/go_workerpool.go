package main

import (
	"fmt"
	"sync"
)

type job struct {
	id, n int
}

type result struct {
	id, sum int
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		s := 0
		for i := 1; i <= j.n; i++ {
			s += i
		}
		results <- result{j.id, s}
	}
}

func main() {
	jobs := make(chan job)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for i := 0; i < 20; i++ {
		jobs <- job{i, i * 10}
	}
	close(jobs)
	wg.Wait()
	close(results)
	sums := make([]int, 20)
	for r := range results {
		sums[r.id] = r.sum
	}
	fmt.Println(sums)

	// WaitGroup.Go (Go 1.25)
	var wg2 sync.WaitGroup
	out := make([]int, 5)
	for i := range 5 {
		wg2.Go(func() { out[i] = i * i })
	}
	wg2.Wait()
	fmt.Println(out)
}
