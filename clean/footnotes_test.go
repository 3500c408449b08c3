package clean

import (
	"strings"
	"testing"
)

func TestIsFootnote(t *testing.T) {
	for s, want := range map[string]bool{
		"The ferry's first timetable was printed in 1902. ↩":            true,
		"Harbour Museum, Ferry Logs, consulted on May 5, 2025. ↩\uFE0E": true,
		"The pier was rebuilt twice. ↩︎ ↩︎2":                            true,
		"↩": false, // no words of a note
		"Press ↩ to confirm the booking, then wait for the ferry's reply at the desk.": false,
		"The pier was rebuilt twice.": false,
	} {
		if got := isFootnote(s); got != want {
			t.Errorf("isFootnote(%q) = %v, want %v", s, got, want)
		}
	}
}

// footnoted is a story with notes under it, as a Markdown renderer prints
// them flattened.
func footnoted(heading string, notes ...string) []string {
	lines := longStoryLines(6)
	if heading != "" {
		lines = append(lines, heading)
	}
	return append(lines, notes...)
}

// TestDropFootnotes: the notes under a story and their heading are
// dropped as footnotes; a lone line with the arrow goes only under a
// notes heading, and a story line that holds the arrow stays.
func TestDropFootnotes(t *testing.T) {
	note1 := "The ferry's first timetable was printed in 1902. ↩"
	note2 := "Harbour Museum, Ferry Logs, consulted on May 5, 2025. ↩︎"
	for _, c := range []struct {
		name  string
		lines []string
		want  string // the dropped lines' first words
	}{
		{"two notes under a heading", footnoted("Footnotes", note1, note2), "Footnotes The Harbour"},
		{"two notes, no heading", footnoted("", note1, note2), "The Harbour"},
		{"one note under its heading", footnoted("Notes:", note1), "Notes: The"},
		{"one line with the arrow, no heading", footnoted("", note1), ""},
		{"a heading the gold keeps", footnoted("References", note1), ""},
		{"the arrow inside a story line", footnoted("", "Press ↩ to confirm the booking, then wait for the reply. ↩ means return.", "StoryZ"+para), ""},
	} {
		p, _ := textTestPage(c.lines)
		drop := make([]bool, len(p.blocks))
		p.dropFootnotes(drop)
		if got := strings.Join(dropped(p, drop), " "); got != c.want {
			t.Errorf("%s: dropped %q, want %q", c.name, got, c.want)
		}
		for i := range drop {
			if drop[i] && (p.blocks[i].Kind != Other || p.blocks[i].Rule != footnotesRule) {
				t.Errorf("%s: line %d labelled %s %s, want other %s", c.name, i, p.blocks[i].Kind, p.blocks[i].Rule, footnotesRule)
			}
		}
	}
}

// TestHTMLFootnotes: on HTML, the notes a Markdown renderer adds under a
// post leave the article and land in the removed blocks as footnotes.
func TestHTMLFootnotes(t *testing.T) {
	story := "<p>" + para1 + "</p><p>" + para2 + "</p><p>" + para3 + "</p>"
	page := `<!doctype html><html><head><title>How the ferry began</title></head><body>
<article><h1>How the ferry began</h1>` + story + story + `<div class="footnotes"><ol>
<li><p>The ferry's first timetable was printed in 1902. <a href="#fnref:1" class="reversefootnote">↩</a></p></li>
<li><p>Harbour Museum, Ferry Logs, consulted on May 5, 2025. <a href="#fnref:2" class="reversefootnote">↩︎</a></p></li>
</ol></div></article></body></html>`
	res, err := HTML([]byte(page), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	notes := 0
	for _, b := range res.Blocks {
		if strings.Contains(b.Text, "↩") {
			notes++
			if b.Kind != Other || b.Rule != footnotesRule {
				t.Errorf("footnote %q: %s %s, want other %s\n%s", b.Text, b.Kind, b.Rule, footnotesRule, dump(res))
			}
		}
		if b.Text == para1 && b.Kind != Body {
			t.Errorf("the story's paragraph is %s", b.Kind)
		}
	}
	if notes != 2 {
		t.Errorf("%d footnote blocks, want 2:\n%s", notes, dump(res))
	}
}
