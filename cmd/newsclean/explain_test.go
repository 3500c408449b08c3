package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// explainPage is an invented story whose head and pictures fill fields
// beside the body: a title, a deck, a byline, a date line, a dateline, a
// caption and its credit, and one line of clutter.
const explainPage = `Farmers in the valley report a record apricot harvest
Growers say the warm spring doubled the crop in three districts
By Anna Petrosyan
12 June 2024, 10:15

YEREVAN, June 12. /ARKA/. Farmers in the Ararat valley have gathered a record apricot harvest this year, the ministry of agriculture said on Wednesday.

The crop reached 120,000 tonnes, almost twice last year's, as a warm spring spared the blossom from frost.
Apricots at a market in Yerevan
Photo: Karen Minasyan

Exporters expect to ship a third of the harvest to Russia and the Gulf states by the end of July.

Share on Facebook
`

// -explain shows every input line somewhere: in the article's text, among
// the lines taken into its fields (with the field's name), or among the
// removed ones. Before, the byline, the date line, the deck and the
// caption's credit were nowhere in it.
func TestExplainAccountsForEveryLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.txt")
	if err := os.WriteFile(path, []byte(explainPage), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := cli(t, "", "-explain", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for l := range strings.SplitSeq(explainPage, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.Contains(out, l) {
			t.Errorf("-explain shows nowhere the line %q", l)
		}
	}
	for _, want := range []string{"--- taken into fields ---", `\[authors \S+ lines 3\]\n    By Anna Petrosyan\n`, `\[published \S+ lines 4\]\n`, `\[images \S+ lines 9-10\]\n`, `\[dateline \S+ lines 6\]\n`} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("-explain lacks %q", want)
		}
	}
	if plain, _, _ := cli(t, "", path); strings.Contains(plain, "taken into fields") {
		t.Error("the fields' lines are shown without -explain")
	}
}
