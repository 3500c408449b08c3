package clean

import "testing"

func TestDropStoryEnd(t *testing.T) {
	bio := "Jane has sailed the bay for twenty years and writes about its ferries, its tides and the people who work on them."
	pitch := "Harbour Tours runs boat trips from the old pier every day of the year, with guides who know every wreck in the bay by name and will tell you its story."
	faq := []string{"Frequently asked questions", "How long is the crossing?", "About forty minutes in calm weather, longer when the wind is up."}
	story := longStoryLines(8)
	for _, c := range []struct {
		name    string
		lines   []string
		dropped int   // a line the story detector dropped, -1 for none
		want    []int // the lines labelled as below the story's end
	}{
		{"an author's box under the story", append(append(story[:8:8], "About the author"), bio, pitch), -1, []int{8, 9, 10}},
		{"a share row the detector dropped", append(append(story[:8:8], "Share this article:"), pitch), 8, []int{9}},
		{"a comment thread's count", append(append(story[:8:8], "36 Comments"), bio), -1, []int{8, 9}},
		{"a curator's card", append(append(story[:8:8], "Who curated this article?"), bio), -1, []int{8, 9}},
		{"a writer's note", append(append(story[:8:8], "Jane Doe is a travel writer who has covered the bay's ferries for ten years."), pitch), -1, []int{9}},
		{"a thread's bare head", append(append(story[:8:8], "Discussion about this post"), bio), -1, []int{8, 9}},
		{"in German", append(append(story[:8:8], "Über den Autor"), bio), -1, []int{8, 9}},
		{"a date and a signature stay", append(append(story[:8:8], "Filed under: Ferries, Tides", "Written by Jane", "March 3, 2024"), pitch), -1, []int{8, 11}},
		{"an FAQ under the mark", append(append(story[:8:8], "Share this article"), faq...), -1, nil},
		{"an FAQ whose heading the detector dropped", append(append(story[:8:8], "Share this article"), faq...), 9, nil},
		{"a footer's FAQ link", append(append(story[:8:8], "About the author"), bio, pitch, "FAQ"), 11, []int{8, 9, 10}},
		{"the story goes on below the mark", append(append(story[:4:4], "About the author"), story[4:]...), -1, nil},
		{"too little story above", append(append(story[:2:2], "About us"), pitch), -1, nil},
		{"a plea to share, the story's", append(append(story[:8:8], "Share this information, please?"), pitch), -1, nil},
		{"a sentence of the story", append(append(story[:8:8], "About 40 boats sank."), pitch), -1, nil},
		{"the site's pitch for itself", append(append(story[:8:8], "Work With Us"), pitch), -1, []int{8, 9}},
		{"a blogger's list of first posts", append(append(story[:8:8], "⭐ Start Here"), "Why I left the ferry for a sailing boat", pitch), -1, []int{8, 9, 10}},
		{"a story's sentence about working with us", append(append(story[:8:8], "Work with us, the harbour master told the crews."), pitch), -1, nil},
		{"a story's heading naming a start", append(append(story[:8:8], "Start here, at the old pier"), pitch), -1, nil},
	} {
		p, shapes := textTestPage(c.lines)
		drop := make([]bool, len(p.blocks))
		if c.dropped >= 0 {
			drop[c.dropped] = true
		}
		if c.name == "a writer's note" {
			p.dropAuthorBio(drop, shapes) // labels line 8, the mark
		}
		p.dropStoryEnd(drop, shapes)
		checkStoryEnd(t, c.name, p, drop, c.want)
	}
}

// checkStoryEnd checks that dropStoryEnd labelled the lines want of p, and
// each as dropped.
func checkStoryEnd(t *testing.T, name string, p *Page, drop []bool, want []int) {
	t.Helper()
	var got []int
	for i := range p.blocks {
		if p.blocks[i].Rule == "model/text-end" {
			got = append(got, i)
			if !drop[i] {
				t.Errorf("%s: line %d labelled, not dropped", name, i)
			}
		}
	}
	if !equalInts(got, want) {
		t.Errorf("%s: lines %v, want %v", name, got, want)
	}
}

// TestWriterMarksEndStory checks that the heads of notes about a writer
// (writerMark) are marks of the story's end too, and that the site's own
// marks are not read as a writer's.
func TestWriterMarksEndStory(t *testing.T) {
	for _, c := range []struct {
		line         string
		writer, ends bool
	}{
		{"About the author", true, true},
		{"Meet the expert", true, true},
		{"Who curated this article?", true, true},
		{"Über die Autorin", true, true},
		{"À propos de l'auteur", true, true},
		{"Sobre o autor", true, true},
		{"Over de auteur", true, true},
		{"About us", false, true},
		{"Meet the team", false, true},
		{"Über uns", false, true},
		{"À propos de nous", false, true},
		{"Sobre nosotros", false, true},
		{"The author of the report said so", false, false},
	} {
		if got := writerMark.MatchString(c.line); got != c.writer {
			t.Errorf("writerMark(%q) = %v, want %v", c.line, got, c.writer)
		}
		if got := storyEndMark.MatchString(c.line); got != c.ends {
			t.Errorf("storyEndMark(%q) = %v, want %v", c.line, got, c.ends)
		}
	}
}
