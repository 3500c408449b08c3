package main

// Tests of DESIGN.md's contracts that no other test pins down: the JSON
// article's field names and types, the values a few fields may take, the
// text output's layout, -explain naming every removed record, -in jsonl's
// record fields, and the normalisation policy's default.

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/testkit"
)

// contractArticle is the JSON article as DESIGN.md draws it, field by
// field. Decoding into it fails when a field changes its type; the checks
// in TestContractJSONArticle fail when one is renamed or gone.
type contractArticle struct {
	ID      string   `json:"id"`
	URL     string   `json:"url"`
	Title   string   `json:"title"`
	Deck    string   `json:"deck"`
	Section string   `json:"section"`
	Authors []string `json:"authors"`
	Outlet  *struct {
		Name, Domain, From string
	} `json:"outlet"`
	Dateline *struct {
		Text, Place, Date, Agency string
	} `json:"dateline"`
	Published     string   `json:"published"`
	PublishedFrom string   `json:"published_from"`
	Language      string   `json:"language"`
	Body          []string `json:"body"`
	Blocks        []struct {
		Type  string     `json:"type"`
		Level int        `json:"level"`
		Text  string     `json:"text"`
		Items []any      `json:"items"`
		Rows  [][]string `json:"rows"`
	} `json:"blocks"`
	Images []struct {
		Src, Caption, Credit string
	} `json:"images"`
	Removed []struct {
		Kind    string `json:"kind"`
		Rule    string `json:"rule"`
		Line    int    `json:"line"`
		EndLine int    `json:"end_line"`
		Text    string `json:"text"`
	} `json:"removed"`
	Replacements []struct {
		Field  string `json:"field"`
		Index  int    `json:"index"`
		Offset int    `json:"offset"`
		From   string `json:"from"`
		To     string `json:"to"`
		Kind   string `json:"kind"`
	} `json:"replacements"`
	Warnings []struct {
		Kind  string `json:"kind"`
		Field string `json:"field"`
		Index *int   `json:"index"`
	} `json:"warnings"`
}

// isoDate is the published field's form: a day, or a day and a time with
// or without its zone (DESIGN.md: ISO 8601 at the page's precision).
var isoDate = regexp.MustCompile(`^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)?)?$`)

// publishedFrom is every value published_from may take (DESIGN.md's list
// and the README's additions).
var publishedFrom = map[string]bool{
	"header": true, "date-line": true, "dateline": true, "dateline+year-from-text": true, "dateline+crawl-date": true,
	"url": true, "meta": true, "json-ld": true, "time": true, "modified": true,
}

// tassJSON cleans the TASS seed with its URL and returns the JSON article,
// raw and decoded.
func tassJSON(t *testing.T) (map[string]json.RawMessage, *contractArticle) {
	t.Helper()
	path := testkit.Seed(t, seed1).Path
	out, stderr, code := cli(t, "", "-format", "json", "-url", "https://tass.com/world/1265855", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("json output: %v", err)
	}
	var a contractArticle
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("a field has another type than DESIGN.md gives it: %v", err)
	}
	return raw, &a
}

func TestContractJSONArticle(t *testing.T) {
	raw, a := tassJSON(t)
	for _, f := range []string{"id", "url", "title", "deck", "outlet", "dateline", "published",
		"published_from", "language", "body", "blocks", "images", "removed", "replacements"} {
		if _, ok := raw[f]; !ok {
			t.Errorf("field %q missing from the TASS seed's article", f)
		}
	}
	for f, v := range raw {
		if s := string(v); s == `""` || s == "[]" || s == "{}" || s == "null" {
			t.Errorf("field %q is written empty (%s): empty fields are omitted", f, s)
		}
	}
	if a.Outlet == nil || a.Outlet.Name != "TASS" || a.Outlet.Domain != "tass.com" || a.Outlet.From != "url" {
		t.Errorf("outlet %+v, want TASS, tass.com, from url", a.Outlet)
	}
	if d := a.Dateline; d == nil || d.Text != "BAKU, March 14. /TASS/." || d.Place != "Baku" || d.Date != "March 14" || d.Agency != "TASS" {
		t.Errorf("dateline %+v", a.Dateline)
	}
	if !isoDate.MatchString(a.Published) || !publishedFrom[a.PublishedFrom] {
		t.Errorf("published %q from %q", a.Published, a.PublishedFrom)
	}
	if len(a.Body) == 0 || strings.HasPrefix(a.Body[0], "BAKU") {
		t.Errorf("body must hold the paragraphs without the dateline; starts %q", a.Body[:min(len(a.Body), 1)])
	}
	paragraphs := 0
	for _, b := range a.Blocks {
		switch b.Type {
		case "paragraph":
			paragraphs++
		case "heading", "list", "quote", "table", "code", "image":
		default:
			t.Errorf("block type %q is none of DESIGN.md's", b.Type)
		}
	}
	if paragraphs != len(a.Body) {
		t.Errorf("%d paragraph blocks for %d body paragraphs", paragraphs, len(a.Body))
	}
	for _, r := range a.Removed {
		if _, err := clean.ParseKind(r.Kind); err != nil || r.Line < 1 || r.Text == "" || (r.EndLine != 0 && r.EndLine < r.Line) {
			t.Errorf("removed record %+v: want a known kind, a 1-based line, an end line after it, the text", r)
		}
	}
	if len(a.Replacements) == 0 {
		t.Fatal("no replacement: the seed's Lachinsky corridor is a spelling variant")
	}
	for _, r := range a.Replacements {
		if r.Field == "" || r.From == "" || r.From == r.To || (r.Kind != "unicode" && r.Kind != "spelling" && r.Kind != "exonym") {
			t.Errorf("replacement %+v", r)
		}
	}
}

// The text output is the title, a blank line and the body paragraphs
// separated by blank lines, the dateline at the head of the first.
func TestContractTextLayout(t *testing.T) {
	_, a := tassJSON(t)
	out, _, code := cli(t, "", testkit.Seed(t, seed1).Path)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	paras := append([]string{a.Title, a.Dateline.Text + " " + a.Body[0]}, a.Body[1:]...)
	if want := strings.Join(paras, "\n\n"); strings.TrimRight(out, "\n") != want {
		t.Errorf("text output is not title, blank line, paragraphs:\n got %.300q\nwant %.300q", out, want)
	}
}

// -explain shows every removed record with its kind and rule, and every rewrite.
func TestContractExplainShowsAllRemoved(t *testing.T) {
	_, a := tassJSON(t)
	out, _, _ := cli(t, "", "-explain", testkit.Seed(t, seed1).Path)
	for _, r := range a.Removed {
		if head := "[" + r.Kind + " " + r.Rule + " "; !strings.Contains(out, head) || !strings.Contains(out, "    "+r.Text) {
			t.Errorf("-explain lacks the removed record %q %q", head, r.Text)
		}
	}
	for _, r := range a.Replacements {
		if !strings.Contains(out, `"`+r.From+`" -> "`+r.To+`"`) {
			t.Errorf("-explain lacks the rewrite %q -> %q", r.From, r.To)
		}
	}
}

// -in jsonl reads {"id","url","text"|"html"} lines: the id names the
// output record, the URL picks the outlet rule, html is read as HTML; a
// line that fails is an error record {"id","error"} and the others go on.
func TestContractJSONLInput(t *testing.T) {
	story := "The council said on Monday that the new library would open next spring, after two years of work on the building in the town centre."
	lines := []string{
		`{"id":"t1","url":"https://tass.com/world/1","text":"Library to open\n\n` + story + `"}`,
		`{"id":"h1","html":"<html><head><title>Library to open</title></head><body><article><h1>Library to open</h1><p>` + story + `</p></article></body></html>"}`,
		`{"id":"bad","text":""}`,
	}
	out, _, code := cli(t, strings.Join(lines, "\n")+"\n", "-in", "jsonl", "-format", "jsonl")
	if code != 1 {
		t.Errorf("exit %d, want 1 (one record failed)", code)
	}
	recs := strings.Split(strings.TrimSpace(out), "\n")
	if len(recs) != 3 {
		t.Fatalf("%d output lines, want 3:\n%s", len(recs), out)
	}
	var got [3]struct {
		ID, URL, Title, Error string
		Body                  []string
		Outlet                *struct{ Name, From string }
	}
	for i, l := range recs {
		if err := json.Unmarshal([]byte(l), &got[i]); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
	}
	if g := got[0]; g.ID != "t1" || g.URL != "https://tass.com/world/1" || g.Outlet == nil || g.Outlet.Name != "TASS" || g.Outlet.From != "url" {
		t.Errorf("text record: %+v", g)
	}
	if g := got[1]; g.ID != "h1" || g.Title != "Library to open" || len(g.Body) != 1 || g.Body[0] != story {
		t.Errorf("html record: %+v", g)
	}
	if g := got[2]; g.ID != "bad" || g.Error == "" {
		t.Errorf("failed record: %+v, want id and error", g)
	}
}

// Politically distinct names are left alone by default and rewritten only
// on request; a gloss of two such names stays under every option.
func TestContractNormalizePolicy(t *testing.T) {
	page := "Talks in Khankendi\n\nThe envoys met in Khankendi and then drove to Shushi on Tuesday, officials said, ahead of talks in Khankendi (Stepanakert) next week.\n"
	out, _, _ := cli(t, page)
	if !strings.Contains(out, "met in Khankendi and then drove to Shushi") {
		t.Errorf("the default rewrote a politically distinct name:\n%s", out)
	}
	out, _, _ = cli(t, page, "-normalize", "all")
	if !strings.Contains(out, "met in Stepanakert and then drove to Shusha") {
		t.Errorf("-normalize all left the exonyms:\n%s", out)
	}
	if !strings.Contains(out, "Khankendi (Stepanakert)") {
		t.Errorf("-normalize all rewrote a gloss of two names:\n%s", out)
	}
}

// The README's names section, sentence by sentence: what the default
// rewrites and what it leaves as written.
func TestContractReadmeNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"They spoke of KARABAGH and of Karabagh's future on Monday.", "They spoke of KARABAKH and of Karabakh's future on Monday."},
		{"The Great Return to Qarabağ was the theme of the speech on Monday.", "The Great Return to Karabakh was the theme of the speech on Monday."},
		{"Qarabag beat Ajax in the evening, and fans celebrated in the streets.", "Qarabag beat Ajax in the evening, and fans celebrated in the streets."},
		{"They wrote about Karabakh and Garabagh, and about Nakhichevan (Nakhchivan) too.", "They wrote about Karabakh and Karabakh, and about Nakhchivan (Nakhchivan) too."},
		{"The site garabagh.az and the tag #Garabagh wrote of Nakhichevan/Nakhchivan and Garabaghian songs.", "The site garabagh.az and the tag #Garabagh wrote of Nakhichevan/Nakhchivan and Garabaghian songs."},
	} {
		out, _, code := cli(t, "Notes from the region\n\n"+c.in+"\n")
		if got := strings.TrimPrefix(strings.TrimSpace(out), "Notes from the region\n\n"); code != 0 || got != c.want {
			t.Errorf("%q\n got %q (exit %d)\nwant %q", c.in, got, code, c.want)
		}
	}
}
