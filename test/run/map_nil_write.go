package main

import "fmt"

type Config struct {
	Name  string
	Attrs map[string]string
}

func main() {
	var c Config
	fmt.Println(c.Attrs["missing"] == "", len(c.Attrs), c.Attrs == nil)
	v, ok := c.Attrs["x"]
	fmt.Printf("%q %v\n", v, ok)
	for k := range c.Attrs {
		fmt.Println(k)
	}
	delete(c.Attrs, "x")
	fmt.Println("reading a nil map is fine; writing is not")
	c.Attrs["color"] = "red"
	fmt.Println("unreachable")
}
