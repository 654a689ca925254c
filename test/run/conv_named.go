package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type MyInt int
type IntSlice []int
type Point struct{ X, Y int }
type Vec struct{ X, Y int }
type Str string

func (c Celsius) F() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	c := Celsius(100)
	fmt.Println(c.F(), Celsius(Fahrenheit(212)))
	var m MyInt = 7
	i := int(m) + 1
	fmt.Println(i, MyInt(i)*m)
	s := IntSlice([]int{3, 1, 2})
	var raw []int = s
	raw[0] = 9
	fmt.Println(s, len(s))
	p := Point{1, 2}
	v := Vec(p)
	v.X = 10
	fmt.Println(p, v, Point(v) == p)
	st := Str("héllo")
	fmt.Println(len(st), string(st)+"!", []byte(st)[1], []rune(st)[1])
	fmt.Printf("%T %T %T\n", c, m, v)
	type local MyInt
	fmt.Println(local(m) + 1)
}
