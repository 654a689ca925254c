package main

import "fmt"

type Namer interface{ Name() string }
type Setter interface{ Set(string) }
type NameSetter interface {
	Namer
	Setter
}

type Base struct{ n string }

func (b Base) Name() string    { return "base:" + b.n }
func (b *Base) Set(s string)  { b.n = s }

type ByValue struct{ Base }
type ByPtr struct{ *Base }
type Outer struct {
	ByValue
	extra int
}

func main() {
	v := ByValue{Base{"v"}}
	var n Namer = v
	fmt.Println(n.Name())
	var ns NameSetter = &v
	ns.Set("changed")
	fmt.Println(ns.Name(), v.Name())
	p := ByPtr{&Base{"p"}}
	ns = p
	ns.Set("via ptr")
	fmt.Println(p.Name(), p.Base.n)
	o := &Outer{ByValue{Base{"o"}}, 1}
	ns = o
	ns.Set("outer")
	fmt.Println(o.Name(), o.ByValue.Base.n, o.n)
	_, ok := interface{}(v).(Setter)
	_, ok2 := interface{}(&v).(Setter)
	_, ok3 := interface{}(p).(Setter)
	fmt.Println(ok, ok2, ok3)
}
