package clean

import (
	"slices"
	"testing"
)

// An organisation's byline is the article's author as the page prints it,
// on flattened text as on HTML: "By Harbour Post Staff" gives "Harbour Post
// Staff", not a person and not nothing (WCXB's golds keep such bylines as
// printed: "EcoCult Staff", "The Investopedia Team"), and a desk's name
// keeps the lower-case word after it that makes it a byline ("By The
// Harbour Ledger editors"). A person's name keeps no word after it, and a
// desk's name no word but a desk's.
func TestBylineNamesCollective(t *testing.T) {
	for line, want := range map[string][]string{
		"By Harbour Post Staff":            {"Harbour Post Staff"},
		"By The Harbour Ledger editors":    {"The Harbour Ledger editors"},
		"By Harbour Post staff":            {"Harbour Post staff"},
		"By Tomas Wrenley staff":           {"Tomas Wrenley"},      // a person's name: the word is no part of it
		"By The Harbour Ledger reporters":  {"The Harbour Ledger"}, // no desk's word
		"By The Harbour Ledger editorship": {"The Harbour Ledger"},
	} {
		if got := bylineNames(line); !slices.Equal(got, want) {
			t.Errorf("bylineNames(%q) = %q, want %q", line, got, want)
		}
	}
}
