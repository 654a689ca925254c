package main

import "fmt"

type Point struct{ X, Y int }

type Inventory struct {
	Name  string
	Items map[string]int
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func keys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sortStrings(ks)
	return ks
}

func add(m map[string]int, k string) { m[k]++ }

func counter() func(string) int {
	seen := map[string]int{}
	return func(s string) int {
		seen[s]++
		return seen[s]
	}
}

func main() {
	m := make(map[string]int)
	fmt.Println(len(m), m == nil)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m["one"], m["two"], m["three"], m["four"])
	m["two"] = 22
	m["one"] += 100
	m["three"] *= 3
	m["three"] -= 1
	m["new"]++
	m["neg"]--
	fmt.Println(keys(m), m["one"], m["two"], m["three"], m["new"], m["neg"])
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["absent"]
	fmt.Println(v, ok)
	if x, found := m["one"]; found {
		fmt.Println("found one:", x)
	}
	var ok2 bool
	_, ok2 = m["neg"]
	fmt.Println(ok2)
	delete(m, "neg")
	delete(m, "not there")
	fmt.Println(len(m), keys(m))

	// reference semantics
	add(m, "one")
	add(m, "added")
	alias := m
	alias["alias"] = 7
	fmt.Println(m["one"], m["added"], m["alias"], len(m))

	// make with a hint, literals, nested literals
	h := make(map[int]string, 100)
	for i := 0; i < 10; i++ {
		h[i*i] = fmt.Sprint(i)
	}
	fmt.Println(len(h), h[81], h[49], h[50] == "")
	lit := map[Point]string{{1, 2}: "a", {3, 4}: "b", Point{5, 6}: "c"}
	fmt.Println(len(lit), lit[Point{1, 2}], lit[Point{3, 4}], lit[Point{5, 6}], lit[Point{}] == "")
	nested := map[string]map[string]int{
		"x": {"a": 1, "b": 2},
		"y": {},
	}
	nested["x"]["c"] = 3
	fmt.Println(len(nested), len(nested["x"]), nested["x"]["c"], nested["y"]["zz"], nested["nope"]["q"])
	if nested["z"] == nil {
		nested["z"] = map[string]int{}
	}
	nested["z"]["k"] = 9
	fmt.Println(nested["z"])

	// maps in structs, slices of maps, pointers to maps
	inv := Inventory{Name: "shop", Items: map[string]int{"apple": 3}}
	inv.Items["pear"] = 4
	fmt.Println(inv.Name, len(inv.Items), inv.Items["apple"], inv.Items["pear"])
	ms := []map[int]int{{1: 1}, {2: 4}, nil}
	ms[0][10] = 100
	fmt.Println(ms[0][10], ms[1][2], ms[2][3], len(ms[2]))
	pm := &map[string]bool{"t": true}
	(*pm)["f"] = false
	fmt.Println(len(*pm), (*pm)["t"], (*pm)["f"])

	// closures capturing maps
	c := counter()
	c("a")
	c("b")
	fmt.Println(c("a"), c("c"), c("a"))

	// clear
	clear(m)
	fmt.Println(len(m), m["one"])
	m["again"] = 1
	fmt.Println(len(m), keys(m))
	var nilm map[string]int
	clear(nilm)
	fmt.Println(len(nilm), nilm["x"], nilm == nil)
	for k, v := range nilm {
		fmt.Println("never", k, v)
	}
	delete(nilm, "x")

	// multiple assignment: all right-hand sides first, then left to right
	a := map[string]int{"p": 1, "q": 2}
	a["p"], a["q"] = a["q"], a["p"]
	fmt.Println(a["p"], a["q"])
	i := 0
	arr := map[int]int{}
	i, arr[i] = 5, 10
	fmt.Println(i, arr[0], arr[5], len(arr))

	// growth with many entries, then removal
	big := make(map[int]int)
	for i := 0; i < 20000; i++ {
		big[i] = i * 3
	}
	sum := 0
	for k, v := range big {
		sum += v - k
	}
	fmt.Println(len(big), sum)
	for i := 0; i < 20000; i++ {
		if i%3 != 0 {
			delete(big, i)
		}
	}
	fmt.Println(len(big), big[300], big[301])
	for i := 0; i < 20000; i++ {
		big[i] += 1
	}
	fmt.Println(len(big), big[300], big[301])
}
