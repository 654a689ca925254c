package main

import "fmt"

type Inner struct{ A, B int }

func (i *Inner) Bump()   { i.A++ }
func (i Inner) Total() int { return i.A + i.B }

type Mid struct {
	*Inner
	B string
}

type Top struct {
	Mid
	C int
}

type Named struct{ A int }
type Both struct {
	Inner
	Named
}

func main() {
	t := Top{Mid{&Inner{1, 2}, "mid"}, 3}
	fmt.Println(t.A, t.B, t.Inner.B, t.C)
	t.Bump()
	t.Mid.Bump()
	fmt.Println(t.A, t.Total())
	t2 := t
	t2.A = 50
	fmt.Println(t.A, t2.A)
	b := Both{Inner{1, 2}, Named{9}}
	fmt.Println(b.Inner.A, b.Named.A, b.B)
	f := t.Total
	t.A = 0
	fmt.Println(f(), t.Total())
	anon := struct {
		Inner
		X int
	}{Inner{4, 5}, 6}
	anon.Bump()
	fmt.Println(anon.A, anon.Total(), anon)
	fmt.Printf("%+v\n", b)
}
