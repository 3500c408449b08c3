package normalize_test

import (
	"fmt"

	"github.com/newsclean/newsclean/normalize"
)

// The zero Normalizer cleans Unicode (here a no-break space) and rewrites
// no names; String, or a Normalizer made by New, rewrites them too.
func ExampleNormalizer_zero() {
	var zero normalize.Normalizer
	text := "Roads to Garabagh\u00a0reopened."
	out, _ := zero.String(text)
	fmt.Println(out)
	out, _ = normalize.String(text)
	fmt.Println(out)
	// Output:
	// Roads to Garabagh reopened.
	// Roads to Karabakh reopened.
}
