package clean

import (
	"slices"
	"strings"
	"testing"
)

// keptCardBlocks is an invented story of twelve kept paragraphs, then
// tail: the blocks as the story detector left them (all kept).
func keptCardBlocks(tail ...string) []Block {
	var blocks []Block
	for i := range 12 {
		blocks = append(blocks, Block{Text: strings.Repeat("Paragraph "+string(rune('a'+i))+" of the shed guide tells the reader what a fair repair costs today. ", 3), Kind: Body})
	}
	for _, t := range tail {
		blocks = append(blocks, Block{Text: t, Kind: Body})
	}
	return blocks
}

// TestTakeKeptCard checks a writer's card the story detector kept: at the
// story's end, under its prose, the name becomes a byline (its names still
// none) and the note a note about the writer; in the middle of the story,
// or under a kept line that is not prose, it stays. mayTakeKeptCard, the
// cheap test in front of it, says yes wherever it takes the card, and no
// where the story goes on under the card.
func TestTakeKeptCard(t *testing.T) {
	note := "Maria Wrenley is a marketing professional who covers small workshops, and she lives by the sea."
	more := strings.Repeat("The story goes on: the timber for a new floor costs more than the labour, as owners find. ", 12)
	for _, c := range []struct {
		name      string
		tail      []string
		want, may bool
	}{
		{"the card closes the story", []string{"Maria Wrenley", note}, true, true},
		{"a role between", []string{"Maria Wrenley", "Senior Writer", note}, true, true},
		{"the story goes on under it", []string{"Maria Wrenley", note, more, more, more, more}, false, false},
		{"a form's line over it", []string{"Privacy Policy, Terms of Use", "Maria Wrenley", note}, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Page{blocks: keptCardBlocks(c.tail...)}
			if got := p.mayTakeKeptCard(); got != c.may {
				t.Errorf("mayTakeKeptCard = %v, want %v", got, c.may)
			}
			i := slices.IndexFunc(p.blocks, func(b Block) bool { return b.Text == "Maria Wrenley" })
			j := slices.IndexFunc(p.blocks, func(b Block) bool { return b.Text == note })
			if got := p.takeKeptCard(i, j); got != c.want {
				t.Fatalf("takeKeptCard = %v, want %v", got, c.want)
			}
			if !c.want {
				for _, b := range p.blocks {
					if b.Kind != Body {
						t.Errorf("block %q labelled %s", b.Text, b.Kind)
					}
				}
				return
			}
			if b := p.blocks[i]; b.Kind != Byline || b.Authors == nil || len(b.Authors) != 0 {
				t.Errorf("name line %s %q, want a byline naming no one yet", b.Kind, b.Authors)
			}
			for k := i + 1; k <= j; k++ {
				if p.blocks[k].Kind != Other || p.blocks[k].Rule != BioRule {
					t.Errorf("block %q is %s %s, want other %s", p.blocks[k].Text, p.blocks[k].Kind, p.blocks[k].Rule, BioRule)
				}
			}
		})
	}
}

// TestCardNoteForms checks the notes under a card's name that cardNote
// reads: a role in brackets before the forename, a verb of the writer's
// work, a trade a story's note would not count, the trade on the role
// line between; and, left alone, a quote ("says") and a product's note
// with no person's pronoun.
func TestCardNoteForms(t *testing.T) {
	for _, c := range []struct {
		note, role string
		want       bool
	}{
		{"(Editor / Journalist) – Maria comes from a family of carpenters, and her guides say so.", "", true},
		{"Maria explores how small workshops price their work. Her essays appear weekly.", "Independent Technology Writer", true},
		{"Maria Wrenley is a marketing professional who helps workshops, and she writes every week.", "", true},
		{"Maria explores how small workshops price their work. Her essays appear weekly.", "", false},
		{"Maria Wrenley says the rates rose this year, and her team agrees with the editor.", "", false},
		{"Maria Wrenley is a professional planning tool that workshops use every week.", "", false},
	} {
		if got := cardNote(c.note, "Maria Wrenley", "Maria", c.role); got != c.want {
			t.Errorf("cardNote(%q, role %q) = %v, want %v", c.note, c.role, got, c.want)
		}
	}
}

// TestNamesSomeone checks that a menu's "By Category" names no one, a
// byline's name does.
func TestNamesSomeone(t *testing.T) {
	if namesSomeone(Block{Kind: Byline, Text: "By Category"}) {
		t.Error(`"By Category" names someone`)
	}
	if !namesSomeone(Block{Kind: Byline, Text: "By Maria Wrenley"}) {
		t.Error(`"By Maria Wrenley" names no one`)
	}
	if namesSomeone(Block{Kind: Byline, Text: "By Maria Wrenley", Authors: []string{}}) {
		t.Error("a byline whose names were read as none names someone")
	}
}

// TestMayTakeKeptSelfCard checks the cheap test in front of takeKeptCard
// on a kept card whose note is in the first person ([selfNote]): the name
// line right over "I'm the founder of ..." may be taken; over a reader's
// "I'm so glad ..." it may not, nor over a first-person note a line
// further down.
func TestMayTakeKeptSelfCard(t *testing.T) {
	self := "I'm the founder of the shed guide. I've repaired garden buildings for twenty years."
	for _, c := range []struct {
		name string
		tail []string
		want bool
	}{
		{"the note right under the name", []string{"Maria Wrenley", self}, true},
		{"a reader's words", []string{"Maria Wrenley", "I'm so glad I found this guide, it helped me fix my own shed."}, false},
		{"a line between", []string{"Maria Wrenley", "March 3, 2025", self}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Page{blocks: keptCardBlocks(c.tail...)}
			if got := p.mayTakeKeptCard(); got != c.want {
				t.Errorf("mayTakeKeptCard = %v, want %v", got, c.want)
			}
		})
	}
}
