package main

import "fmt"

type Employee struct {
	Name   string
	Age    int
	Skills []string
	Boss   *Employee
}

type Big struct {
	Data [64]int
	Tag  string
}

type Matrix [3][3]float64

func main() {
	staff := map[string]Employee{}
	staff["ann"] = Employee{Name: "Ann", Age: 40, Skills: []string{"go", "c"}}
	boss := staff["ann"]
	staff["bob"] = Employee{Name: "Bob", Age: 30, Boss: &boss}
	e := staff["ann"]
	e.Age++
	staff["ann"] = e
	fmt.Println(staff["ann"].Age, staff["bob"].Boss.Name, staff["bob"].Boss.Age, len(staff["ann"].Skills), staff["nobody"].Name == "")
	fmt.Println(staff["ann"].Skills[1], staff["bob"].Skills == nil)

	ptrs := map[string]*Employee{"x": {Name: "X"}}
	ptrs["x"].Age = 99
	ptrs["y"] = &Employee{Name: "Y"}
	fmt.Println(ptrs["x"].Age, ptrs["y"].Name, ptrs["z"] == nil)

	lists := map[string][]int{}
	for i := 0; i < 10; i++ {
		key := "odd"
		if i%2 == 0 {
			key = "even"
		}
		lists[key] = append(lists[key], i)
	}
	fmt.Println(lists["even"], lists["odd"], len(lists["none"]))
	lists["even"][0] = 100
	fmt.Println(lists["even"][0])

	bigs := map[int]Big{}
	for i := 0; i < 200; i++ {
		var b Big
		for j := range b.Data {
			b.Data[j] = i + j
		}
		b.Tag = fmt.Sprint("big", i)
		bigs[i] = b
	}
	s := 0
	for k, b := range bigs {
		s += b.Data[63] - k
	}
	fmt.Println(len(bigs), s, bigs[150].Tag, bigs[150].Data[10])

	mats := map[string]Matrix{"id": {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}
	fmt.Println(mats["id"][1][1], mats["id"][0][2], mats["none"][2][2])

	funcs := map[string]func(int) int{
		"double": func(x int) int { return 2 * x },
		"square": func(x int) int { return x * x },
	}
	fmt.Println(funcs["double"](21), funcs["square"](9), funcs["nope"] == nil)

	ifaces := map[int]interface{}{1: "one", 2: 2.5, 3: []int{3}}
	if s, ok := ifaces[1].(string); ok {
		fmt.Println("string", s)
	}
	fmt.Println(ifaces[2], ifaces[3], ifaces[4])

	counts := map[rune]int{}
	for _, r := range "hello, wörld" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['ö'], counts['z'], len(counts))

	// a map of maps built lazily, values of map type compared with nil
	graph := map[string]map[string]bool{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}}
	for _, e := range edges {
		if graph[e[0]] == nil {
			graph[e[0]] = map[string]bool{}
		}
		graph[e[0]][e[1]] = true
	}
	fmt.Println(len(graph), len(graph["a"]), graph["b"]["c"], graph["c"]["b"], graph["d"] == nil)
	fmt.Println(graph)

	// strings as keys built at run time share no memory with the stored key
	dyn := map[string]int{}
	buf := []byte("key0")
	for i := 0; i < 5; i++ {
		buf[3] = byte('0' + i)
		dyn[string(buf)] = i
	}
	buf[3] = '9'
	fmt.Println(dyn["key0"], dyn["key4"], len(dyn))
}
