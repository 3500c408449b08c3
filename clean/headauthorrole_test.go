package clean

import "testing"

// TestHeadBylinesRoleBracketed checks the author's box under the title
// that prints the name with its role in brackets: the name is read as
// printed (a wire's name in the brackets dropped), and a box whose
// bracket holds more than a role is left alone.
func TestHeadBylinesRoleBracketed(t *testing.T) {
	for _, c := range []struct{ name, strip string }{
		{"Ana Lind (Content Manager)", `<div class="author-box"><img src="a.jpg" alt="Picture of Ana Lind"><h4 class="author-box__name">Ana Lind (Content Manager)</h4></div>`},
		{"Ana Lind (Editor-in-Chief)", `<div class="author-box"><h4 class="author-box__name">Ana Lind (Editor-in-Chief)</h4></div>`},
		{"Ana Lind", `<div class="author-box"><h4 class="author-box__name">Ana Lind (Reuters)</h4></div>`},
		// Left alone: the bracket's words are a sentence's, or nobody's name is before it.
		{"", `<div class="author-box"><h4 class="author-box__name">Ana Lind (who wrote this in the spring)</h4></div>`},
		{"", `<div class="author-box"><h4 class="author-box__name">Our Team (Content Manager)</h4></div>`},
	} {
		stripHeadBylines(t, `<h1>Teachers rally at the statehouse</h1>`, c.strip, func(i int, text string) (Kind, string) {
			if i == 0 {
				return Title, ""
			}
			return "", ""
		}, c.name)
	}
}

// TestRoleBracketed checks the names with a role in brackets that an
// author's element may print, and the texts that are no such name.
func TestRoleBracketed(t *testing.T) {
	for text, want := range map[string]bool{
		"Ana Lind (Content Manager)":   true,
		"Ana Lind (Data Analyst)":      true,
		"Ana Lind (CNXSoft)":           true,
		"Ana Lind":                     false,
		"Ana Lind (content manager)":   false,
		"Ana Lind (and the team) says": false,
		"Ana (Content Manager)":        false,
		"Ana Lind (A (B))":             false,
	} {
		if got := roleBracketed(text); got != want {
			t.Errorf("roleBracketed(%q) = %v, want %v", text, got, want)
		}
	}
}
