package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
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

// TestExplainFormats: -explain shows its listing with -format text; with
// json and jsonl it is accepted (every record carries removed,
// replacements and warnings already); with markdown and html, documents
// that have no place for a listing, it is a usage error that names both
// flags, not an option silently ignored.
func TestExplainFormats(t *testing.T) {
	path := testkit.Seed(t, seed1).Path
	for _, format := range []string{"markdown", "html"} {
		out, stderr, code := cli(t, "", "-explain", "-format", format, path)
		if code != 2 || out != "" {
			t.Errorf("-explain -format %s: exit %d, %d bytes out; want exit 2 and nothing", format, code, len(out))
		}
		if !strings.Contains(stderr, "-explain") || !strings.Contains(stderr, "-format "+format) {
			t.Errorf("-explain -format %s: stderr %q names not both flags", format, stderr)
		}
	}
	for _, format := range []string{"json", "jsonl"} {
		out, stderr, code := cli(t, "", "-explain", "-format", format, path)
		if code != 0 || !strings.Contains(out, `"removed"`) {
			t.Errorf("-explain -format %s: exit %d (%s), removed records shown: %v", format, code, stderr, strings.Contains(out, `"removed"`))
		}
	}
	out, _, code := cli(t, "", "-explain", "-format", "text", path)
	if code != 0 || !strings.Contains(out, "--- removed ---") {
		t.Errorf("-explain -format text: exit %d, no listing in %q", code, out[:min(len(out), 200)])
	}
}

// TestExplainWarningsSayWhat: -explain prints each warning with what the
// JSON gives for it, for people: its kind, the field and paragraph when it
// names one, and its text (a duplicate id's first line, how many invalid
// UTF-8 sequences were replaced), with no blank left where one is missing.
func TestExplainWarningsSayWhat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pages.jsonl")
	page := `{"id":"a","text":"Library opens\n\nThe council said on Monday that the library would open next spring, officials said.` + "\xff" + `"}` + "\n" +
		`{"id":"a","text":"Pool opens\n\nThe council said on Tuesday that the pool would open next summer, officials said."}` + "\n"
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := cli(t, "", "-quiet", "-explain", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"warning: invalid-utf8: 1 invalid UTF-8 sequences in the JSON record replaced by U+FFFD\n",
		"warning: duplicate-id: id also used on " + path + ":1\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("-explain lacks %q in:\n%s", want, out)
		}
	}
	for l := range strings.SplitSeq(out, "\n") {
		if strings.HasPrefix(l, "warning:") && strings.HasSuffix(l, " ") {
			t.Errorf("warning line %q ends in a blank", l)
		}
	}
}
