// hello.go — a small tour of what golc compiles: structs, methods, slices, strings, loops
// and fmt. Build and run it with `tools/demo`, or `build/golc run examples/hello.go`.
package main

import (
	"fmt"
	"strings"
)

type Planet struct {
	Name   string
	Moons  int
	Radius float64 // in km
}

func (p Planet) Describe() string {
	return fmt.Sprintf("%-8s %2d moon(s), radius %8.1f km", p.Name, p.Moons, p.Radius)
}

// biggest returns a pointer into the slice: escape analysis sees that it does not outlive it.
func biggest(ps []Planet) *Planet {
	best := &ps[0]
	for i := range ps {
		if ps[i].Radius > best.Radius {
			best = &ps[i]
		}
	}
	return best
}

func main() {
	planets := []Planet{
		{"Mercury", 0, 2439.7},
		{"Venus", 0, 6051.8},
		{"Earth", 1, 6371.0},
		{"Mars", 2, 3389.5},
	}
	planets = append(planets, Planet{Name: "Jupiter", Moons: 95, Radius: 69911})

	totalMoons := 0
	var names []string
	for i, p := range planets {
		fmt.Printf("%d. %s\n", i+1, p.Describe())
		totalMoons += p.Moons
		names = append(names, strings.ToUpper(p.Name[:3]))
	}
	fmt.Println("moons in total:", totalMoons)
	fmt.Println("short names:", strings.Join(names, ", "))
	fmt.Printf("the biggest is %s, %.1f times Earth\n", biggest(planets).Name, biggest(planets).Radius/planets[2].Radius)
}
