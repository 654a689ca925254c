package main

import (
	"fmt"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was the spring
of hope, it was the winter of despair, we had everything before us, we had nothing before
us, we were all going direct to Heaven, we were all going direct the other way`

type wordCount struct {
	word  string
	count int
}

func less(a, b wordCount) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.word < b.word
}

func sortCounts(a []wordCount) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && less(a[j], a[j-1]); j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func clean(w string) string {
	return strings.ToLower(strings.Trim(w, ",.;"))
}

func main() {
	counts := map[string]int{}
	total := 0
	for _, w := range strings.Fields(text) {
		counts[clean(w)]++
		total++
	}
	var list []wordCount
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sortCounts(list)
	fmt.Println("words:", total, "distinct:", len(counts))
	for i, wc := range list {
		if i == 10 {
			break
		}
		fmt.Printf("%-8s %d\n", wc.word, wc.count)
	}

	// letters by first letter, as a map of slices
	byLetter := map[byte][]string{}
	for w := range counts {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	for _, words := range byLetter {
		for i := 1; i < len(words); i++ {
			for j := i; j > 0 && words[j] < words[j-1]; j-- {
				words[j], words[j-1] = words[j-1], words[j]
			}
		}
	}
	fmt.Println(len(byLetter), byLetter['w'], byLetter['e'])

	// a set, and the inverse index count -> words
	seen := map[string]bool{}
	dups := 0
	for _, w := range strings.Fields(text) {
		w = clean(w)
		if seen[w] {
			dups++
			continue
		}
		seen[w] = true
	}
	fmt.Println("duplicates:", dups)
	inverse := map[int][]string{}
	for w, c := range counts {
		inverse[c] = append(inverse[c], w)
	}
	fmt.Println(len(inverse), len(inverse[1]), len(inverse[10]))
	fmt.Println(counts)
}
