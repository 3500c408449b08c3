package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// blocksOn makes blocks of the given kinds and texts, each its own element
// of a page with nothing else known about it.
func blocksOn(kt ...string) ([]Block, *htmldoc.Doc) {
	var blocks []Block
	for i := 0; i+1 < len(kt); i += 2 {
		blocks = append(blocks, Block{Kind: Kind(kt[i]), Text: kt[i+1], Line: len(blocks) + 1})
	}
	return blocks, &htmldoc.Doc{Blocks: make([]htmldoc.Block, len(blocks))}
}

func TestHeadDateLines(t *testing.T) {
	for _, c := range []struct {
		name     string
		kt       []string
		pub, upd string
	}{
		{"a date strip a detector took for navigation, next to the title",
			[]string{"nav", "Back to all articles", "nav", "February 4, 2025 - 11 minutes", "title", "Cloud costs", "body", "Text."},
			"2025-02-04", ""},
		{"navigation further up is not the page's date",
			[]string{"nav", "February 4, 2025 - 11 minutes", "nav", "Blog", "nav", "Tags", "title", "Cloud costs", "body", "Text."},
			"", ""},
		{"published and updated",
			[]string{"title", "Cloud costs", "other", "Published March 1, 2024", "other", "Updated: March 9, 2024"},
			"2024-03-01", "2024-03-09"},
		{"an update line that goes on to the publication's",
			[]string{"title", "Cloud costs", "other", "Updated 5 March 2025 / Published 4 March 2025", "body", "Text."},
			"2025-03-04", "2025-03-05"},
		{"an ISO timestamp printed alone under the byline",
			[]string{"title", "Harbour works begin", "body", "Ana Lind", "body", "2023-04-11T07:45+01:00", "body", "The works began."},
			"2023-04-11", ""},
		{"a labelled date at the end of a long byline strip",
			[]string{"title", "Trail shoes tested", "other", "By Ana Lind ⋅ Senior Gear Editor ⋅ Updated May 2, 2024", "body", "We ran."},
			"", "2024-05-02"},
		{"a long byline strip whose date nothing labels is not read so far in",
			[]string{"title", "Trail shoes tested", "other", "By Ana Lind ⋅ Senior Gear Editor ⋅ Sponsored May 2, 2024", "body", "We ran."},
			"", ""},
		{"a fact list under the title: On DATE",
			[]string{"title", "Cable safety", "related", "On 8 Oct 2021", "related", "in NEWS", "body", "Text."},
			"2021-10-08", ""},
		{"no headline found: the date line right above the story",
			[]string{"nav", "Blog", "other", "Example Team", "other", "Feb 16, 2026", "body", "Text."},
			"2026-02-16", ""},
		{"no headline found: a date further up is not the story's",
			[]string{"other", "Feb 16, 2026", "nav", "Blog", "nav", "Guides", "nav", "Tools", "nav", "About", "body", "Text."},
			"", ""},
		{"a long reading-next strip between the title and the date line",
			[]string{"title", "Cloud costs", "deck", strings.Repeat("A summary of the story, long enough. ", 5), "nav", strings.Repeat("Reading next: another story. ", 6), "other", "Sep 27, 2024", "body", "Text."},
			"2024-09-27", ""},
		{"two long paragraphs of the story end the search",
			[]string{"title", "Cloud costs", "body", strings.Repeat("A paragraph of the story, long enough. ", 5), "body", strings.Repeat("Another paragraph of it. ", 7), "other", "Sep 27, 2024"},
			"", ""},
		{"a list of other pages under the title keeps its dates",
			[]string{"title", "Cable safety", "related", "Storm season tips 8 Oct 2021", "body", "Text."},
			"", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			blocks, doc := blocksOn(c.kt...)
			pub, upd := headDateLines(blocks, doc, htmldoc.Stamp{}, dateparse.NoLang)
			if got := dayOf(pub); got != c.pub {
				t.Errorf("published %q, want %q", got, c.pub)
			}
			if got := dayOf(upd); got != c.upd {
				t.Errorf("updated %q, want %q", got, c.upd)
			}
		})
	}
}

func TestLabelledDates(t *testing.T) {
	blocks, doc := blocksOn("body", "Story text.", "other", "Published", "other", "15 November 2018", "other", "Last updated", "other", "2 May 2020")
	pub, upd := labelledDates(blocks, doc, htmldoc.Stamp{})
	if dayOf(pub) != "2018-11-15" || dayOf(upd) != "2020-05-02" {
		t.Errorf("label, then the date in the next block: published %q, updated %q", dayOf(pub), dayOf(upd))
	}
	blocks, doc = blocksOn("body", "Story text.", "other", "Published", "other", "<time>")
	doc.Blocks[2].Datetime = "2018-11-15T12:00:00Z"
	if pub, _ := labelledDates(blocks, doc, htmldoc.Stamp{}); dayOf(pub) != "2018-11-15" {
		t.Errorf("label, then a <time datetime>: published %q", dayOf(pub))
	}
	blocks, doc = blocksOn("body", "Story text.", "nav", "Published On: 3 June 2022", "nav", "Latest Articles")
	if pub, _ := labelledDates(blocks, doc, htmldoc.Stamp{}); dayOf(pub) != "2022-06-03" {
		t.Errorf("a labelled date a detector took for navigation, outside <nav>: published %q", dayOf(pub))
	}
	doc.Blocks[1].InNav = true
	if pub, _ := labelledDates(blocks, doc, htmldoc.Stamp{}); dayOf(pub) != "" {
		t.Errorf("a labelled date inside <nav>: published %q", dayOf(pub))
	}
	blocks, doc = blocksOn("related", "Storm season tips", "related", "Published", "related", "15 November 2018",
		"related", "Cable safety", "related", "Published", "related", "3 May 2019")
	if pub, _ := labelledDates(blocks, doc, htmldoc.Stamp{}); dayOf(pub) != "" {
		t.Errorf("a list of other pages gave %q", dayOf(pub))
	}
}

// dayOf is a stamp's day, "YYYY-MM-DD", or "".
func dayOf(st htmldoc.Stamp) string {
	iso := st.ISO()
	return iso[:min(10, len(iso))]
}
