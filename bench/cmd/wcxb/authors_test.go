package main

import "testing"

// TestAuthorMiss checks the categories of a wrong author.
func TestAuthorMiss(t *testing.T) {
	for _, c := range []struct {
		got  []string
		gold string
		want string
	}{
		{nil, "Jane Doe", "none"},
		{[]string{"John Roe"}, "Jane Doe", "wrong"},
		{[]string{"Site Team", "Jane Doe"}, "Jane Doe", "extra"},
		{[]string{"John Roe"}, "Jane Doe and John Roe", "partial"},
	} {
		if got := authorMiss(c.got, c.gold); got != c.want {
			t.Errorf("authorMiss(%q, %q) = %s, want %s", c.got, c.gold, got, c.want)
		}
	}
}
