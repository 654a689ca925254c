// Printf string verbs: %s %q %v %x %X with width and precision.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("[%s][%10s][%-10s][%.2s][%5.1s]\n", s, s, s, s, s)
	fmt.Printf("[%q][%+q][%#q][%q]\n", s, s, "back`tick", "tab\there\"quote\"")
	fmt.Printf("[%x][%X][% x][%#x]\n", "hi!", "hi!", "hi!", "hi!")
	fmt.Printf("[%v][%s][%q]\n", []string{"a", "b"}, []string{"c"}, []string{"d", "e"})
	fmt.Printf("[%s][%x][%q]\n", []byte("bytes"), []byte{1, 171}, []byte("q"))
	fmt.Printf("[%q][%q]\n", "\x00\xff", "日本")
	fmt.Printf("[%08s][%-8q]\n", "pad", "x")
	t := fmt.Sprintf("%s-%d-%v", "id", 7, true)
	fmt.Println(t, len(t))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
}
