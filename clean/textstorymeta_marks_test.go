package clean

import (
	"math/rand"
	"strings"
	"testing"
)

// TestHoldsBreadcrumbMark: holdsBreadcrumbMark answers as
// strings.ContainsAny with the marks does, on invented lines and on random
// ones of marks, their bytes cut apart and other runes.
func TestHoldsBreadcrumbMark(t *testing.T) {
	const marks = "»›>/|→＞"
	fixed := map[string]bool{
		"Home » News » Local":      true,
		"Startseite › Politik":     true,
		"News → Sport":             true,
		"ホーム ＞ 社会":                 true,
		"Ｘ－Ｙ\xef\xbc":              false,
		"a/b":                      true,
		"A plain line of a story.": false,
		"Café – €5 ‹quoted›":       true,
		"Café – €5 ‹quoted‹":       false,
		"\xc2\xc2\xbb":             true,
		"\xe2\x80\xbb\xe2\x86":     false,
		"":                         false,
	}
	for s, want := range fixed {
		if got := holdsBreadcrumbMark(s); got != want {
			t.Errorf("holdsBreadcrumbMark(%q) = %v, want %v", s, got, want)
		}
	}
	parts := []string{"»", "›", "→", ">", "/", "|", "a", " ", "é", "€", "‹", "←", "\xc2", "\xbb", "\xe2", "\x80", "\xba", "\x86", "\x92", "\xff", "\xf0", "＞", "\xef", "\xbc", "\x9e", "＜"}
	rnd := rand.New(rand.NewSource(15))
	held := 0
	for range 50000 {
		var b strings.Builder
		for range 1 + rnd.Intn(8) {
			b.WriteString(parts[rnd.Intn(len(parts))])
		}
		s := b.String()
		want := strings.ContainsAny(s, marks)
		if want {
			held++
		}
		if got := holdsBreadcrumbMark(s); got != want {
			t.Errorf("holdsBreadcrumbMark(%q) = %v, ContainsAny says %v", s, got, want)
		}
	}
	if held < 10000 || held > 40000 {
		t.Errorf("%d of the random lines hold a mark: the test no longer covers both answers", held)
	}
}
