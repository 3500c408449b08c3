package clean

import (
	"slices"
	"strings"
	"testing"
)

// orphanStory is an invented paragraph of a story, a sentence of twelve
// words and more.
const orphanStory = "The ferry will run twice a day from May, the harbour office said on Monday."

// TestDropOrphanLabels reads labelled pages (a line's kind given before
// "|", none for a kept line) and asks which kept lines dropOrphanLabels
// removes: a label naming a list whose list went, at the page's end or
// over the story's prose; never a subheading over kept lines, a label
// over an ad marker or a caption, a sentence ending in a colon, a field's
// name or a forum quote's "said:" over a dropped value, or a label without
// a list's word.
func TestDropOrphanLabels(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  string // the label removed, with its new kind; "" for none
	}{
		{"sources at the end", []string{orphanStory, "Sources:", "other|Harbour office", "other|Port authority"}, "other|Sources:"},
		{"tags at the end", []string{orphanStory, "Теги:", "metadata|паром", "metadata|порт"}, "metadata|Теги:"},
		{"label over related then prose", []string{orphanStory, "Read more:", "related|Harbour fees rise again", orphanStory}, "related|Read more:"},
		{"full-width colon", []string{orphanStory, "标签：", "metadata|渡轮"}, "metadata|标签："},
		{"label last on the page, list kept", []string{orphanStory, "Quellen:", "Hafenamt"}, ""},
		{"subheading over kept prose", []string{orphanStory, "What changes for passengers:", orphanStory}, ""},
		{"subheading over an ad then prose", []string{orphanStory, "Sources:", "ad|Advertisement", orphanStory}, ""},
		{"subheading over a caption then prose", []string{orphanStory, "The new timetable:", "caption|The ferry at the pier.", orphanStory}, ""},
		{"subheading without a list's word over prose", []string{orphanStory, "The plan:", "other|Share", orphanStory}, ""},
		{"sentence ending in a colon", []string{orphanStory, "The mayor said this:", "other|x"}, ""},
		{"sources over a dropped line, then a short kept line", []string{orphanStory, "Sources:", "other|Port authority", "Harbour"}, ""},
		{"label over a short kept line", []string{orphanStory, "Tags:", "other|ferry", "Harbour"}, ""},
		{"label at the very end", []string{orphanStory, "Tags:"}, ""},
		{"field's name over its dropped value", []string{orphanStory, "Delivery:", "other|Varies", "other|Returns:"}, ""},
		{"forum quote's name over a dropped quote", []string{orphanStory, "Marta said:", "other|Same here, the old ferry was always late."}, ""},
		{"category label at the end", []string{orphanStory, "Categories:", "nav|Harbour", "nav|Transport"}, "nav|Categories:"},
		{"subheading opening with a list word", []string{orphanStory, "Topics on the agenda:", "other|Fares for islanders", "other|The winter timetable"}, ""},
		{"subheading of a cause", []string{orphanStory, "Sources of the delay:", "other|Crew rota"}, ""},
		{"list word inside a longer word", []string{orphanStory, "Tagsüber:", "other|Sonnig"}, ""},
		{"list word opening a name", []string{orphanStory, "Temasek's holdings:", "other|Port shares"}, ""},
		{"list word with one filler", []string{orphanStory, "Mehr zum Thema:", "related|Hafengebühren steigen"}, "related|Mehr zum Thema:"},
		{"a stage's body line stays", []string{orphanStory, "body|Sources:", "other|Harbour office"}, ""},
	} {
		var blocks []Block
		for _, l := range c.lines {
			k, text, ok := strings.Cut(l, "|")
			if !ok {
				k, text = "", l
			}
			blocks = append(blocks, Block{Text: text, Kind: Kind(k)})
		}
		p := &Page{blocks: slices.Clone(blocks)}
		p.dropOrphanLabels()
		got := ""
		for i, b := range p.blocks {
			if b.Kind != blocks[i].Kind {
				if got != "" || b.Rule != orphanLabelRule {
					t.Errorf("%s: line %d %q labelled %s by %s", c.name, i, b.Text, b.Kind, b.Rule)
				}
				got = string(b.Kind) + "|" + b.Text
			}
		}
		if got != c.want {
			t.Errorf("%s: removed %q, want %q", c.name, got, c.want)
		}
	}
}

// TestIsLabelLine: a list's label of a few words ending in a colon is one;
// a sentence, a line with its own words after the colon, a time and a
// long heading are none.
func TestIsLabelLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Sources:", true},
		{"Read more:", true},
		{"Lesen Sie auch:", true},
		{"Etiquetas: ", true},
		{"Теги:", true},
		{"Related topics on this:", true},
		{"标签：", true},
		{"Sources: harbour office", false},
		{"The mayor said this on Monday:", false},
		{"Update 10:30:", false},
		{"Note. See below:", false},
		{"Why?:", false},
		{":", false},
		{"", false},
	} {
		if got := isLabelLine(c.line); got != c.want {
			t.Errorf("isLabelLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestOrphanLabelPage cleans an invented page whose sources and tags the
// story detector takes at its foot: both labels leave the body with their
// lists, the story's paragraphs and its subheading stay.
func TestOrphanLabelPage(t *testing.T) {
	paras := []string{
		"The town council voted on Tuesday to rebuild the old river bridge after engineers found cracks in two of its piers.",
		"The work will start in May and is expected to last eighteen months, the mayor said at the meeting.",
		"What changes for drivers:",
		"Residents who cross the bridge each day will have to use a ferry while the work goes on, which worries shop owners.",
		"The cost of the project is estimated at twelve million euros, most of it paid by the regional government.",
	}
	page := []string{"Council votes to rebuild the old river bridge", "By Anna Keller", "March 3, 2026"}
	page = append(page, paras...)
	page = append(page, "Sources:", "Regional transport office", "Town council minutes", "Tags:", "bridge", "council", "river")
	res, err := String(strings.Join(page, "\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]Kind{}
	for _, b := range res.Blocks {
		kinds[b.Text] = b.Kind
	}
	for _, p := range paras {
		if k := kinds[p]; k != Body {
			t.Errorf("story line %q is %q, want body", p, k)
		}
	}
	for _, l := range []string{"Sources:", "Tags:"} {
		if k := kinds[l]; k == Body {
			t.Errorf("label %q left in the body", l)
		}
	}
}
