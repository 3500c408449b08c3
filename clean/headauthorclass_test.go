package clean

import "testing"

// The author's element named in other languages' words, and the classes
// whose words only look like one.
func TestWorldAuthorClass(t *testing.T) {
	for v, want := range map[string]bool{
		"autor":                 true,
		"nome-autor":            true,
		"articolo__autore":      true,
		"autorName":             true,
		"post-autores":          true,
		"cikk-szerzo":           true,
		"forfatter":             true,
		"byline forfattare":     true,
		"skribent":              true,
		"kirjoittaja":           true,
		"haber-yazar":           true,
		"penulis":               true,
		"article-auteur":        true,
		"autorun":               false, // a player's
		"video-autoresize":      false, // "autor" and five letters more
		"auto":                  false,
		"autorefresh":           false,
		"yazarlarimizdan-liste": false,
		"":                      false,
		"author":                false, // read by authorMark's own test, not this one
	} {
		if got := worldAuthorClass(v); got != want {
			t.Errorf("worldAuthorClass(%q) = %v, want %v", v, got, want)
		}
	}
}

// A strip's parts after a spaced dash are no name's; a hyphen inside one is.
func TestSpacedDashCut(t *testing.T) {
	for in, want := range map[string]string{
		"Jane Doe — Senior Correspondent — Updated": "Jane Doe",
		"Jane Doe – Staff":                          "Jane Doe",
		"Jean-Paul Martin":                          "Jean-Paul Martin",
		"— Jane Doe":                                "— Jane Doe",
		"":                                          "",
	} {
		if got := spacedDashCut(in); got != want {
			t.Errorf("spacedDashCut(%q) = %q, want %q", in, got, want)
		}
	}
}
