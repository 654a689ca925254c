package main

import "fmt"

func main() {
	s := "aé€😀"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	fmt.Println(string(b[1:3]), string(r[2:]))
	fmt.Println(string(rune(65)), string(rune(0x20AC)), string(rune(-1)), string(rune(0x10FFFF+1)))
	var by byte = 'z'
	fmt.Println(string(by), string(rune(by)))
	bad := []byte{0xff, 'a', 0xc3}
	for i, c := range string(bad) {
		fmt.Println(i, c)
	}
	fmt.Println([]rune(string(bad)))
	rs := []rune{'G', 'o', 0xD800}
	fmt.Printf("%q\n", string(rs))
	fmt.Println(s[1], s[len(s)-1])
	bs := []byte("hello")
	bs[0] = 'j'
	fmt.Println(string(bs))
	fmt.Println(string([]byte(nil)) == "", len([]rune("")))
}
