package textenc_test

import (
	"fmt"

	"github.com/newsclean/newsclean/internal/textenc"
)

func ExampleDetect() {
	for _, src := range []string{
		"\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0",          // windows-1251
		"\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2",          // koi8-r
		"Caf\xe9 cr\xe8me",                                // windows-1252 (or iso-8859-1)
		"\xff\xfeH\x00i\x00",                              // UTF-16LE with its mark
		utf16le("Hi there, ministers"),                    // UTF-16LE without
		"Plain UTF-8: Привет, мир",                        // nothing to do
		"The minister was ready \xff to meet the others.", // a stray byte: no charset
	} {
		g, ok := textenc.Detect(src)
		if !ok {
			fmt.Println("no guess")
			continue
		}
		text, _ := g.DecodeString(src)
		fmt.Printf("%s (%s): %s\n", g.Name, g.By, text)
	}
	// Output:
	// windows-1251 (letter frequencies, Cyrillic): Привет, мир
	// koi8-r (letter frequencies, Cyrillic): Привет, мир
	// windows-1252 (letter frequencies, Western European): Café crème
	// utf-16le (byte-order mark): Hi
	// utf-16le (NUL bytes): Hi there, ministers
	// no guess
	// no guess
}

// utf16le encodes ASCII text as UTF-16LE without a byte-order mark.
func utf16le(s string) string {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return string(b)
}
