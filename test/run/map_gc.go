package main

import (
	"fmt"
	"strconv"
)

type Node struct {
	ID   int
	Name string
	Kids map[int]*Node
}

func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 256)
		b[0] = byte(i)
		s += int(b[0])
	}
	return s
}

func main() {
	// keys and values that are only reachable through maps must survive collections
	index := map[string]*Node{}
	for i := 0; i < 5000; i++ {
		n := &Node{ID: i, Name: "node" + strconv.Itoa(i), Kids: map[int]*Node{}}
		for j := 0; j < 3; j++ {
			n.Kids[j] = &Node{ID: i*10 + j, Name: strconv.Itoa(j)}
		}
		index[n.Name] = n
		if i%100 == 0 {
			garbage(200)
		}
	}
	garbage(20000)
	bad := 0
	for name, n := range index {
		if n.Name != name || len(n.Kids) != 3 || n.Kids[2].ID != n.ID*10+2 || n.Kids[1].Name != "1" {
			bad++
		}
	}
	fmt.Println(len(index), bad)

	// churn: maps that are built and dropped, and one that keeps changing
	keep := map[int]string{}
	for round := 0; round < 50; round++ {
		tmp := map[string][]int{}
		for i := 0; i < 200; i++ {
			k := strconv.Itoa(i % 37)
			tmp[k] = append(tmp[k], i)
		}
		for i := 0; i < 100; i++ {
			keep[round*100+i] = strconv.Itoa(round) + "/" + strconv.Itoa(i)
		}
		for i := 0; i < 50; i++ {
			delete(keep, round*100+i*2)
		}
		if len(tmp) != 37 {
			fmt.Println("bad tmp")
		}
	}
	garbage(20000)
	ok := true
	for k, v := range keep {
		if v != strconv.Itoa(k/100)+"/"+strconv.Itoa(k%100) || k%2 == 0 {
			ok = false
		}
	}
	fmt.Println(len(keep), ok)
}
