package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', '_', '~', 'é', 'É', 'ß', 'Σ', 'σ', 'ς', 'Ж', 'ж', '中', 'あ', 'ア', '한', '٣', '½', '²', '€', '©', 0x85, 0xA0, 0x7F, 0x2028, 0x3000, 'ǅ', 'ǆ', 'Ǆ', 'ﬀ', 'ÿ', 'Ÿ', 'ı', 'İ', 'K', 0x212A, 'µ', 0x1F600, -1, 0x110000, 'ǈ', 'Ⅷ', '𝟘'}
	for _, r := range runes {
		fmt.Printf("%U L%v U%v l%v T%v D%v N%v P%v S%v C%v Sp%v Pr%v G%v M%v -> %U %U %U f%U han%v lat%v gr%v cy%v\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsControl(r), unicode.IsSpace(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsMark(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r),
			unicode.Is(unicode.Han, r), unicode.Is(unicode.Latin, r), unicode.In(r, unicode.Greek), unicode.Is(unicode.Cyrillic, r))
	}
	n := 0
	for r := rune(0); r < 0x30000; r++ {
		if unicode.IsLetter(r) {
			n++
		}
		if unicode.IsUpper(r) {
			n += 3
		}
		if unicode.ToLower(r) != r {
			n += int(unicode.ToLower(r)) % 7
		}
		if unicode.IsPrint(r) {
			n += 5
		}
	}
	fmt.Println(n)
}
