// Methods with value and pointer receivers; the compiler inserts & and * as needed.
package main

import "fmt"

type Counter struct {
	n int
}

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Get() int   { return c.n }
func (c Counter) IncCopy()   { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.Inc()
	fmt.Println(p.Get(), (*p).Get())
	c.Add(10).Add(100)
	fmt.Println(c.Get())
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var l IntList
	for i := 1; i <= 4; i++ {
		l.Push(i)
	}
	fmt.Println(l, l.Sum())
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs[0].Get(), cs[1].Get())
	f := c.Get
	c.Inc()
	fmt.Println(f(), c.Get())
	g := (*Counter).Inc
	g(&c)
	h := Counter.Get
	fmt.Println(h(c))
}
