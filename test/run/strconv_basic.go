// strconv: Itoa, Atoi, FormatInt, ParseInt, Quote, FormatFloat, ParseBool, and errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9876543210))
	for _, s := range []string{"42", "-17", "+5", "", "12a", "99999999999999999999", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(18446744073709551615, 10))
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"0x1F", 0, 64}, {"300", 10, 8}, {"z", 10, 64}, {"0o17", 0, 32}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(v, err)
	}
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.Quote("日本\x01"))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	f, err := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f, err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)))
}
