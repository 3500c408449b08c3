package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A role whose halves "&" joins ("Master Gardener & Garden Educator") after
// two people's names is no two authors (ampersandPair's roleHalf).
func TestAuthorsAmpersandRoleAfterTwo(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	for _, meta := range []string{
		"Ana Lind, Tom Berg, Master Gardener &amp; Garden Educator",
		"Ana Lind, Tom Berg, Head Chef &amp; Restaurant Owner",
		"Ana Lind, Tom Berg, Certified Arborist &amp; Landscape Designer",
	} {
		a, err := extract.HTMLBytes(page(`<meta name="author" content="`+meta+`">`, h1), "text/html; charset=utf-8", &extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, role := range []string{"Master Gardener", "Garden Educator", "Head Chef", "Restaurant Owner", "Certified Arborist", "Landscape Designer"} {
			if slices.Contains(a.Authors, role) {
				t.Errorf("meta %q: authors %q hold the role %q", meta, a.Authors, role)
			}
		}
	}
}
