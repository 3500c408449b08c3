package clean

import (
	"strings"
	"testing"
)

func TestDropTextPitches(t *testing.T) {
	furniture := []string{
		"Take the next step",
		"Read more in the Harbour Works Blog",
		"You may be interested in the following topics as well:", // ten words
		"Explore more articles.",
		"View all posts by Jane Doe",
		"Want to advertise in Harbour Weekly? 📰",
		"If you need help refreshing your ferry timetable, connect with one of our scheduling experts.",
		"Get in touch today to see how we can help you!",
		"Order my Tide Tables book for a practical guide to the bay's currents.",
		"Sign up for the latest insights and best practices to elevate your harbour logistics.",
		"New customers get $300 in free credits to spend on Harbour Cloud.",
		"We can improve your sailing profile and boost your chances.",
		"Nearly 10,000 people subscribe. Your support is greatly appreciated!",
		"If you liked this article, please consider liking, sharing, and subscribing to the Harbour Digest, where every week we " +
			"send the best of the bay, its ferries, its tides and the people who work on them, to more than ten thousand readers.", // over 30 words
		"This story is funded by readers like you",
		"All comments are moderated before being published.",
		"Fact Checked", "Copy code", "In partnership with", "Jump to Recipe",
		"Was this page helpful?", "Like this:", "Older posts",
		"Add Harbour Weekly on Google", "109 Comments | Grow a Garden, Sail a Boat", "PrevPreviousThe Sweet Truth About Tides",
	}
	story := []string{
		"Take the next step carefully, the ferryman said, the deck is wet.",
		"We can see your boat from the harbour wall, the coastguard told the skipper.",
		"Check out our full review of the new ferry for more on its engines.",
		"12 comments were deleted by the moderators overnight.",
		"Previously, the ferry ran twice a day.",
		"Contact with the mainland was lost for three days after the storm cut the cable.",
		"If you liked the old ferry, the new one will feel familiar: the same deck, the same benches, the same view of the bay.",
	}
	p, _ := checkTextCalls(t, furniture, story)
	for i, l := range furniture {
		if !strings.HasPrefix(p.blocks[i].Rule, "model/text-") {
			t.Errorf("%q: rule %q", l, p.blocks[i].Rule)
		}
	}
}

// teaserLines returns n pairs of a related list's lines: a headline and a
// short blurb.
func teaserLines(n int) []string {
	var out []string
	for i := range n {
		out = append(out, "Headline"+string(rune('A'+i))+" of another story about the bay",
			"Blurb"+string(rune('A'+i))+" The ferry's new timetable starts next week, and here is what changes for commuters.")
	}
	return out
}

// longStoryLines returns n prose lines of the story of over 40 words each.
func longStoryLines(n int) []string {
	out := storyLines(n)
	for i := range out {
		out[i] += longer
	}
	return out
}

// longer lengthens a paragraph of the story by 26 words.
const longer = " The harbour master said the ferry would run every hour from March, and that the old pier would close for repairs until summer."

// subheaded puts a short subheading above each of the lines.
func subheaded(lines []string) []string {
	var out []string
	for _, l := range lines {
		out = append(out, "A subheading", l)
	}
	return out
}

func TestDropRelatedTail(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []int // the lines labelled related
	}{
		{"a list under the story", append(append(longStoryLines(6), "Related Articles"), teaserLines(2)...), []int{6, 7, 8, 9, 10}},
		{"a trending list under the story", append(append(longStoryLines(6), "Trending stories in world travel"), teaserLines(1)...), []int{6, 7, 8}},
		{"a teaser's date stays for the date detectors", append(append(longStoryLines(6), "Related Articles", "Feb 11, 2026"), teaserLines(1)...), []int{6, 8, 9}},
		{"a heading the detector dropped", append(append(longStoryLines(6), "You might also like:"), teaserLines(1)...), []int{7, 8}},
		{"a box inside the story, the story resumes", append(append(append(longStoryLines(6), "More from Jane Doe"), teaserLines(1)...),
			"StoryZ"+para+longer, "StoryY"+para+longer), []int{6, 7, 8}},
		{"a video list", append(append(longStoryLines(6), "More Videos"), teaserLines(1)...), []int{6, 7, 8}},
		{"a list on the topic", append(append(longStoryLines(6), "All Reads on This Topic"), teaserLines(1)...), []int{6, 7, 8}},
		{"a list the reader will love", append(append(longStoryLines(6), "You’ll Also Love..."), teaserLines(1)...), []int{6, 7, 8}},
		{"a list of selected articles", append(append(longStoryLines(6), "Selected Articles"), teaserLines(1)...), []int{6, 7, 8}},
		{"a table's badge under the story", append(append(longStoryLines(6), "most popular"), teaserLines(1)...), nil},
		{"a heading above most of the story", append(append(longStoryLines(3), "Related Articles"), subheaded(longStoryLines(4))...), nil},
		{"too little story above", append([]string{"Short intro line.", "Related Articles"}, teaserLines(3)...), nil},
		{"a story's own heading", append(append(longStoryLines(6), "Related findings from the survey"), teaserLines(1)...), nil},
	} {
		p, shapes := textTestPage(c.lines)
		drop := make([]bool, len(p.blocks))
		if c.name == "a heading the detector dropped" {
			drop[6] = true
		}
		p.dropRelatedTail(drop, shapes)
		var got []int
		for i := range p.blocks {
			if p.blocks[i].Kind == Related {
				got = append(got, i)
				if p.blocks[i].Rule != "model/text-related" || !drop[i] {
					t.Errorf("%s: line %d: rule %q, dropped %v", c.name, i, p.blocks[i].Rule, drop[i])
				}
			}
		}
		if !equalInts(got, c.want) {
			t.Errorf("%s: related lines %v, want %v", c.name, got, c.want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDropAuthorBio(t *testing.T) {
	bio := "Jane Doe is a freelance travel writer and the editor of Harbour Weekly, based in Bristol."
	for _, c := range []struct {
		name  string
		lines []string
		want  int // the line labelled as a writer's note, -1 for none
	}{
		{"a note under the story", append(longStoryLines(8), bio), 8},
		{"a note with a handle", append(longStoryLines(8), "Eduard Kovacs (@EduardKovacs) is the managing editor at Harbour Weekly."), 8},
		{"a note above the story's end", append(append(longStoryLines(8), bio), longStoryLines(5)...), -1},
		{"too little story above", append(longStoryLines(2), bio), -1},
		{"no trade or post named", append(longStoryLines(8), "Jane Doe is a keen sailor who crossed the bay twice last summer."), -1},
		{"a sentence opening with It", append(longStoryLines(8), "It is a writer's dream, the editor said of the harbour at dawn."), -1},
		{"a writer's card above the story", append([]string{bio}, longStoryLines(8)...), 0},
		{"a card above a short story", append([]string{bio}, longStoryLines(1)...), -1},
		{"a note that opens with the post", append(longStoryLines(8),
			"As Harbour Weekly's shopping editor, Jane has covered everything from ferries to tide tables."), 8},
		{"a story's line that opens with a trade", append(longStoryLines(8),
			"As a writer, I know the harbour's ferries better than its tide tables, the editor said."), -1},
		{"a profile's opening line", append([]string{"Jane Doe is the director of the Harbour Museum, which opened in 1998."}, longStoryLines(8)...), -1},
		{"a note with the writer's degrees", append(longStoryLines(8),
			"Jane Doe, MD, is a board-certified pediatrician at Harbour Children's Hospital in Bristol."), 8},
		{"a flagged note with two degrees", append(longStoryLines(8),
			"*Jane Doe, PhD, RD is a nutritionist who writes about the food sold on the ferries."), 8},
		{"an adviser's note", append(longStoryLines(8), "Jane Doe is a fee-only financial advisor with Harbour Wealth in Bristol."), 8},
		{"a card's note under the name", append(longStoryLines(8), "Jane Doe",
			"She's a ferry expert with over twelve years of experience on the bay's crossings."), 9},
		{"a card's second note", append(longStoryLines(8), "Jane Doe", "Jane Doe is the founder of Harbour Notes.",
			"She's a ferry expert with over twelve years of experience on the bay's crossings."), 10},
		{"a note under its mark, an FAQ below", append(append(longStoryLines(8), "Who curated this article?", bio), longStoryLines(4)...), 9},
		{"a note under a share row, the story below", append(append(longStoryLines(8), "Share this article", bio), longStoryLines(4)...), -1},
		{"a story's sentence with a pronoun", append(longStoryLines(8),
			"She's an expert on every ferry of the bay, the harbour master said of the new captain."), -1},
	} {
		got, rule := bioDropped(c.lines)
		if got >= 0 && rule != "model/text-bio" {
			t.Errorf("%s: rule %q", c.name, rule)
		}
		if got != c.want {
			t.Errorf("%s: note at %d, want %d", c.name, got, c.want)
		}
	}
}

// bioDropped runs dropAuthorBio over a text page of lines and returns the
// last line it drops (-1 for none) and that block's rule.
func bioDropped(lines []string) (int, string) {
	p, shapes := textTestPage(lines)
	drop := make([]bool, len(p.blocks))
	p.dropAuthorBio(drop, shapes)
	for i := len(drop) - 1; i >= 0; i-- {
		if drop[i] {
			return i, p.blocks[i].Rule
		}
	}
	return -1, ""
}

func TestRelatedHeadForms(t *testing.T) {
	heads := []string{
		"Related Articles", "Related Insights", "related blog posts", "Related Papers", "Related Story Videos",
		"Related articles and links:", "Related Articles from the Harbour Weekly blog:", "Related posts on harbour.example",
		"You may like to read:", "You Might Also Enjoy Some of My Other Posts", "More articles from Jane Doe",
		"Selected Articles", "Featured Posts", "Most Popular Stories", "Most read", "Most Viewed Articles", "Editor's Picks",
		"More Like This", "MORE NEWS", "Top stories", "In Case You Missed It", "More on this Topic", "Related Reading",
	}
	// a single teaser set inside the story, a wiki's "see also", a
	// course's documents, a tag list and the writer's own sources
	others := []string{
		"Related article", "Related to the ferry timetable", "Related Documents", "Related Topics", "Related resources",
		"Related: The new pier opens in May", "Related findings from the survey",
		// a comparison table's badge, a roundup's badge on one product, a
		// section's label with no pages named, and a sights list's heading
		"most popular", "Editor's Pick", "Featured", "Selected", "Don't Miss",
	}
	for _, l := range heads {
		if !isRelatedHead(l) {
			t.Errorf("isRelatedHead(%q) = false, want true", l)
		}
	}
	for _, l := range others {
		if isRelatedHead(l) {
			t.Errorf("isRelatedHead(%q) = true, want false", l)
		}
	}
}
