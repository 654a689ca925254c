// Embedded structs: promoted fields and methods, shadowing by the outer type.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Dog
	Volume int
}

func (l Loud) Describe() string { return "LOUD " + l.Dog.Describe() }

func main() {
	d := Dog{Animal{"rex", 4}, "collie"}
	fmt.Println(d.Name, d.Legs, d.Breed, d.Describe())
	d.Rename("max")
	fmt.Println(d.Animal.Name, d.Describe())
	l := Loud{&d, 11}
	l.Rename("bo")
	fmt.Println(l.Describe(), l.Name, d.Name, l.Volume)
	fmt.Printf("%+v\n", d)
	e := d
	e.Legs = 3
	fmt.Println(d.Legs, e.Legs, d == e)
}
