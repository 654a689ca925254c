package main

import "fmt"

type Pt struct{ X, Y int }

func (p Pt) Sum() int          { return p.X + p.Y }
func (p *Pt) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Pt) Add(q Pt) Pt        { return Pt{p.X + q.X, p.Y + q.Y} }

type Shape interface{ Area() int }
type Sq int

func (s Sq) Area() int { return int(s * s) }

func main() {
	sum := Pt.Sum
	scale := (*Pt).Scale
	sumP := (*Pt).Sum
	p := Pt{1, 2}
	fmt.Println(sum(p), sumP(&p))
	scale(&p, 3)
	fmt.Println(p)
	add := Pt.Add
	fmt.Println(add(p, Pt{10, 10}))
	bound := p.Sum
	p.X = 100
	fmt.Println(bound(), p.Sum())
	bp := p.Scale
	bp(2)
	fmt.Println(p)
	var sh Shape = Sq(4)
	fmt.Println(sh.Area())
	fs := []func(Pt) int{Pt.Sum, func(q Pt) int { return q.X }}
	for _, f := range fs {
		fmt.Println(f(Pt{5, 6}))
	}
	fmt.Printf("%T\n", scale)
}
