package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestAuthorsAmpersandUnlistedRoleAfterOne shows commaParts now splitting "&" after a single name:
// a role whose nouns roleHalf does not list ("Food Stylist & Recipe Tester") becomes two authors
// (before fixauthor75 an "&" after the first name alone stayed joined).
func TestAuthorsAmpersandUnlistedRoleAfterOne(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	for _, c := range []struct{ meta, role string }{
		{"Ana Lind, Food Stylist &amp; Recipe Tester", "Food Stylist"},
		{"Ana Lind, Wine Critic &amp; Cookbook Author", "Wine Critic"},
	} {
		a, err := extract.HTMLBytes(page(`<meta name="author" content="`+c.meta+`">`, h1), "text/html; charset=utf-8", &extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(a.Authors, c.role) {
			t.Errorf("meta %q: authors %q hold the role %q", c.meta, a.Authors, c.role)
		}
	}
}
