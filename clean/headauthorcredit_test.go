package clean

import (
	"strings"
	"testing"
)

// TestHeadBylinesCreditStrip checks a byline strip that a model took for
// a picture's credit: its name is read from the element marked as the
// author's inside it, and a picture's credit with no such element still
// names no author.
func TestHeadBylinesCreditStrip(t *testing.T) {
	for _, c := range []struct{ name, strip string }{
		{"Ana Lind", `<div class="attribution"><span class="author">Ana Lind</span> <span class="publication">Harbour Wire</span></div>`},
		{"", `<div class="photo-credit"><span>Ana Lind</span> <span>Harbour Wire</span></div>`},
		{"Ana Lind; Tom Berg", `<div class="attribution"><span class="author">Ana Lind and Tom Berg</span> <span class="publication">Harbour Wire</span></div>`},
	} {
		stripHeadBylines(t, `<h1>Teachers rally at the statehouse</h1>`, c.strip, func(i int, text string) (Kind, string) {
			switch {
			case i == 0:
				return Title, ""
			case strings.HasPrefix(text, "Ana Lind"):
				return Credit, ""
			case strings.HasPrefix(text, "Published"):
				return Date, ""
			}
			return "", ""
		}, c.name)
	}
}

// TestMarkedNameList checks the list of people an element marked as the
// authors' gives, and the lists it leaves alone.
func TestMarkedNameList(t *testing.T) {
	for text, want := range map[string]string{
		"Ana Lind and Tom Berg":             "Ana Lind and Tom Berg",
		"Ana Lind, Tom Berg & Eva Holm Roe": "Ana Lind, Tom Berg & Eva Holm Roe",
		"Ana Lind":                          "Ana Lind",
		// Left alone: words of a sentence, a list with a word alone.
		"Ana Lind and the harbour team": "",
		"Ana and Tom":                   "",
	} {
		if got := markedName(text, "Harbour Post", "harbourpost.example"); got != want {
			t.Errorf("markedName(%q) = %q, want %q", text, got, want)
		}
	}
}
