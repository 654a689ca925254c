// Conversions involving strings: string(rune), []byte, []rune and back.
package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0x110000)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD")
	s := "héllo, 世界"
	b := []byte(s)
	fmt.Println(len(s), len(b), b[0], b[1], b[2])
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	fmt.Println(len(r), r[1], r[7], string(r[7:]))
	r[0] = 'J'
	fmt.Println(string(r))
	fmt.Println(string([]byte{}), len(string([]rune(nil))), []byte("abc"), []rune("aé"))
	bad := string([]byte{0xff, 'a', 0xc3})
	fmt.Println(len(bad), len([]rune(bad)), []rune(bad))
	var sum int
	for _, c := range []byte("Go") {
		sum += int(c)
	}
	fmt.Println(sum)
}
