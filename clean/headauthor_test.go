package clean

import (
	"slices"
	"strings"
	"testing"
)

func TestHeadBylinesNameByDate(t *testing.T) {
	for _, c := range []struct {
		name string
		kt   []string
		want []string
	}{
		{"a name over the date line",
			[]string{"title", "Harbour works begin", "other", "Ana Lind", "other", "23.07.2025 · 6 min read", "body", "The works began."},
			[]string{"Ana Lind"}},
		{"a name, its role and the date in one strip",
			[]string{"title", "Harbour works begin", "other", "Ana Lind | Senior Writer | July 2, 2025", "body", "The works began."},
			[]string{"Ana Lind"}},
		{"a name and the date in one line",
			[]string{"title", "Harbour works begin", "body", "Ana Lind 02 Feb 2026 Reviews 7 Comments", "body", "The works began."},
			[]string{"Ana Lind"}},
		{"a name with a role, the update under it",
			[]string{"title", "Harbour works begin", "other", "Ana Lind Founder & Lead Reviewer", "body", "Updated Feb 27, 2026", "body", "The works began."},
			[]string{"Ana Lind"}},
		{"leave alone: a name with no date by it",
			[]string{"title", "Harbour works begin", "other", "Ana Lind", "body", "The works began."},
			nil},
		{"leave alone: a section's name over the date",
			[]string{"title", "Harbour works begin", "other", "Project Management", "other", "July 2, 2025", "body", "Good project management matters."},
			nil},
		{"leave alone: a card of another story",
			[]string{"title", "Harbour works begin", "related", "Ana Lind 23 Feb 2026", "body", "The works began."},
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			blocks, doc := blocksOn(c.kt...)
			if got := headBylines(blocks, doc, "Harbour Post", "harbourpost.example"); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}

func TestLabelledAuthors(t *testing.T) {
	// Two paragraphs of story end the head: what follows is no byline by
	// the title.
	long := strings.Repeat("The story goes on at length. ", 5)
	for _, c := range []struct {
		name string
		kt   []string
		want []string
	}{
		{"written by, with credentials",
			[]string{"title", "Sleep and diet", "body", long, "body", long, "body", "Article written by: Ana Lind, MD, FACP"},
			[]string{"Ana Lind"}},
		{"two authors and their roles",
			[]string{"title", "Sleep and diet", "body", long, "body", long, "body", "Authors: Ana Lind and Tom Berg, extension educators"},
			[]string{"Ana Lind", "Tom Berg"}},
		{"this post was written by",
			[]string{"title", "Sleep and diet", "body", long, "body", long, "other", "This post was written by Ana Lind, Head of Marketing"},
			[]string{"Ana Lind"}},
		{"the label over the name",
			[]string{"title", "Sleep and diet", "body", long, "body", long, "other", "Article by", "other", "Ana Lind", "nav", "Back to all posts"},
			[]string{"Ana Lind"}},
		{"leave alone: a company",
			[]string{"title", "Sleep and diet", "body", long, "body", long, "body", "Written by Acme Labs"},
			nil},
		{"leave alone: a list of other pages",
			[]string{"title", "Sleep and diet", "body", long, "body", long, "related", "Text by Ana Lind"},
			nil},
		{"leave alone: above the title",
			[]string{"other", "Text by Ana Lind", "other", "Menu", "other", "Home", "other", "Blog", "other", "News", "title", "Sleep and diet", "body", long, "body", long},
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			blocks, doc := blocksOn(c.kt...)
			if got := headBylines(blocks, doc, "Harbour Post", "harbourpost.example"); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
