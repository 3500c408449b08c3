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
		{"the date first in the strip, the section after the name",
			[]string{"title", "Harbour works begin", "body", "Dec 26, 2025 • Ana Lind in Projects", "body", "The works began."},
			[]string{"Ana Lind"}},
		{"a role between the name and the date",
			[]string{"title", "Harbour works begin", "other", "Ana Lind", "other", "Writer", "other", "12 March 2025", "body", "The works began."},
			[]string{"Ana Lind"}},
		{"leave alone: a sentence between the name and the date",
			[]string{"title", "Harbour works begin", "other", "Ana Lind", "body", "The harbour works began on a cold morning.", "other", "12 March 2025", "body", "The works began."},
			nil},
		{"a surname's particle in lower case, an ISO timestamp under it",
			[]string{"title", "Harbour works begin", "body", "Pieter van Loon", "body", "2022-11-23T08:10+02:00", "body", "The works began."},
			[]string{"Pieter van Loon"}},
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
	long2 := strings.Repeat("And then it goes on some more. ", 5)
	for _, c := range []struct {
		name string
		kt   []string
		want []string
	}{
		{"written by, with credentials",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "body", "Article written by: Ana Lind, MD, FACP"},
			[]string{"Ana Lind"}},
		{"two authors and their roles",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "body", "Authors: Ana Lind and Tom Berg, extension educators"},
			[]string{"Ana Lind", "Tom Berg"}},
		{"this post was written by",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "other", "This post was written by Ana Lind, Head of Marketing"},
			[]string{"Ana Lind"}},
		{"the label over the name",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "other", "Article by", "other", "Ana Lind", "nav", "Back to all posts"},
			[]string{"Ana Lind"}},
		{"a forename alone under Written by, with a role",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "other", "Written by", "other", "Ilse - Product marketer", "nav", "Table of contents"},
			[]string{"Ilse"}},
		{"leave alone: a word under Author (a search's filter)",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "other", "Author", "other", "Venue", "other", "Institution"},
			nil},
		{"leave alone: a forename under Written by that the page writes in lower case",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "other", "Written by", "other", "Hand", "body", "Each letter is done by hand in the studio."},
			nil},
		{"leave alone: a company",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "body", "Written by Acme Labs"},
			nil},
		{"leave alone: a list of other pages",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "related", "Text by Ana Lind"},
			nil},
		{"posted by, with the date and the section",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "other", "Posted by Ana Lind on 2025-12-18 in Health. Tags: sleep, diet."},
			[]string{"Ana Lind"}},
		{"leave alone: a reader's comment",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "comment-prompt", "Posted by: Tom Berg at December 19, 2025 12:15 PM"},
			nil},
		{"the author's box: the name over a paragraph that opens with it",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "other", "Ana Lind", "other", "Ana Lind is a science writer who has covered sleep research for ten years."},
			[]string{"Ana Lind"}},
		{"leave alone: a name over a paragraph about something else",
			[]string{"title", "Sleep and diet", "body", long, "body", long2, "other", "Ana Lind", "other", "The clinic opens a new sleep laboratory in the spring of next year."},
			nil},
		{"leave alone: above the title",
			[]string{"other", "Text by Ana Lind", "other", "Menu", "other", "Home", "other", "Blog", "other", "News", "title", "Sleep and diet", "body", long, "body", long2},
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

func TestHeadBylinesForms(t *testing.T) {
	for _, c := range []struct {
		name string
		kt   []string
		want []string
	}{
		{"By over the name in blocks a detector took for ads",
			[]string{"title", "Ferns for dark rooms", "ad", "By", "ad", "Ana Lind", "ad", "Writer", "body", "Ferns grow slowly."},
			[]string{"Ana Lind"}},
		{"a recipe's byline in a block taken for an ad",
			[]string{"title", "Rye bread", "ad", "Recipe by Ana Lind", "body", "Rye bread keeps well."},
			[]string{"Ana Lind"}},
		{"leave alone: an ad's name with no By",
			[]string{"title", "Rye bread", "ad", "Ana Lind", "ad", "12 March 2025", "body", "Rye bread keeps well."},
			nil},
		{"the author before the reviewer, credentials left out",
			[]string{"title", "Puppy training", "other", "By Ana Lind, DVM. Reviewed by Tom Berg, DVM", "body", "Puppies learn fast."},
			[]string{"Ana Lind"}},
		{"the reviewer's credit first, the author's after",
			[]string{"title", "Puppy training", "other", "Medically reviewed by Tom Berg. Written by Ana Lind", "body", "Puppies learn fast."},
			[]string{"Ana Lind"}},
		{"a reviewer alone is the one credited",
			[]string{"title", "Puppy training", "other", "Reviewed by Tom Berg on December 9, 2024.", "body", "Puppies learn fast."},
			[]string{"Tom Berg"}},
		{"a tester's credit over the writer's byline",
			[]string{"title", "Puppy training", "other", "Tested by: Tom Berg", "other", "By Ana Lind", "body", "Puppies learn fast."},
			[]string{"Ana Lind"}},
		{"a photographer's credit over the writer's byline",
			[]string{"title", "Puppy training", "other", "Photography by Tom Berg", "other", "By Ana Lind", "body", "Puppies learn fast."},
			[]string{"Ana Lind"}},
		{"a tester alone is the one credited",
			[]string{"title", "Puppy training", "other", "Tested by: Tom Berg", "body", "Puppies learn fast."},
			[]string{"Tom Berg"}},
		{"contributors",
			[]string{"title", "Ferns for dark rooms", "metadata", "Contributors: Ana Lind", "body", "Ferns grow slowly."},
			[]string{"Ana Lind"}},
		{"a name over a date in numbers",
			[]string{"title", "Ferns for dark rooms", "other", "Ana Lind", "other", "02-12-2025", "body", "Ferns grow slowly."},
			[]string{"Ana Lind"}},
		{"a standfirst printed twice does not end the head",
			[]string{"title", "Ferns for dark rooms", "body", strings.Repeat("A guide to ferns that live in dim rooms. ", 3), "body", strings.Repeat("A guide to ferns that live in dim rooms. ", 3), "other", "Ana Lind", "other", "August 25, 2024", "body", "Ferns grow slowly."},
			[]string{"Ana Lind"}},
		{"a first name in the byline, the full name in the author's card",
			[]string{"title", "Ferns for dark rooms", "nav", "Ana Lind", "nav", "Tech Writer", "nav", "Articles by Ana", "body", "Ferns grow slowly."},
			[]string{"Ana Lind"}},
		{"a writer's card a model took for an ad: the name, the role, the date",
			[]string{"ad", "Rachel Moss", "ad", "Writer", "ad", "12/11/25", "title", "Ten tech conferences", "body", "Ferns grow slowly."},
			[]string{"Rachel Moss"}},
		{"leave alone: a name in an ad with no role and date under it",
			[]string{"ad", "Rachel Moss", "ad", "Buy now", "title", "Ten tech conferences", "body", "Ferns grow slowly."},
			nil},
		{"leave alone: a menu's entry that sorts by something",
			[]string{"title", "Ferns for dark rooms", "nav", "Business by Trade", "body", "Ferns grow slowly."},
			nil},
		{"By, a row of tags, then the name",
			[]string{"title", "Ferns for dark rooms", "other", "By", "metadata", "Travel Tips", "other", "Ana Lind", "body", "Ferns grow slowly."},
			[]string{"Ana Lind"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			blocks, doc := blocksOn(c.kt...)
			if got := headBylines(blocks, doc, "Harbour Post", "harbourpost.example"); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}

// TestMarkedOwnText checks that an element marked as the author's marks
// the block whose text it holds, not a block before it in the same
// container: a section's label set inline before the headline, in a header
// whose byline is a block of its own, is no author.
func TestMarkedOwnText(t *testing.T) {
	story := strings.Repeat("<p>Ferns grow slowly in dim rooms, and they need less water than most people give them in the winter months.</p>", 6)
	for _, c := range []struct{ name, head, want string }{
		{"a label before the headline in the byline's container",
			`<div class="story-head"><span class="kicker-label">Travel</span><h1>Ferns for dark rooms</h1><div class="post-author">Ana Lind</div><p>May 4, 2025</p></div>`,
			"Ana Lind"},
		{"a name inside a link marked as the author's",
			`<h1>Ferns for dark rooms</h1><div class="meta"><a rel="author" href="/writers/ana-lind">Ana Lind</a></div><p>May 4, 2025</p>`,
			"Ana Lind"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := "<html><head><title>Ferns for dark rooms</title></head><body><article>" + c.head + story + "</article></body></html>"
			res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: "https://harbourpost.example/ferns-for-dark-rooms"})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Meta.BylineAuthors; len(got) == 0 || got[0] != c.want {
				t.Errorf("authors %q, want %q first", got, c.want)
			}
		})
	}
}

// TestCardAuthor checks the author read from the social card when the page
// prints no byline: the first labelled pair's name, in any language, also
// on a blog named after its author; a reading time there is no author.
func TestCardAuthor(t *testing.T) {
	story := strings.Repeat("<p>Ferns grow slowly in dim rooms, and they need less water than most people give them in the winter months.</p>", 6)
	for _, c := range []struct{ name, meta, url, want string }{
		{"written by", `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ana Lind"><meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="Plants">`,
			"https://harbourpost.example/ferns", "Ana Lind"},
		{"another language, the author's own domain", `<meta name="twitter:label1" content="Geschrieben von"><meta name="twitter:data1" content="Ana Lind">`,
			"https://analind.example/farne", "Ana Lind"},
		{"leave alone: a reading time", `<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">`,
			"https://harbourpost.example/ferns", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := "<html><head><title>Ferns for dark rooms</title>" + c.meta + "</head><body><article><h1>Ferns for dark rooms</h1>" + story + "</article></body></html>"
			res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: c.url})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(res.Meta.BylineAuthors, ", ")
			if got != c.want {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}

// TestTrimNameGluedDate checks that a date glued to a name by a scraper
// is cut, its month written out or short, and that a name that only holds
// a month's letters keeps them.
func TestTrimNameGluedDate(t *testing.T) {
	for in, want := range map[string]string{
		"Jeffrey ZeldmanNovember 3, 2025": "Jeffrey Zeldman",
		"Kathryn GiuffridaMar 5, 2025":    "Kathryn Giuffrida",
		"Ana LindSept. 12":                "Ana Lind",
		"Ana DeMar":                       "Ana DeMar",
		"Theresa May":                     "Theresa May",
		"Jane Doe Monday":                 "Jane Doe",
		"Jane DoeStaff":                   "Jane Doe",
		"Wednesday,":                      "",
		"Jane DoeView More Articles":      "Jane Doe",
		"Jane Doe@JaneDoe":                "Jane Doe",
		"Jane McEditorial":                "Jane McEditorial",
		"Bryan DeArdo":                    "Bryan DeArdo",
		"Sandee LaMotte":                  "Sandee LaMotte",
		"Ann Lee Roe Friday":              "Ann Lee Roe",
		"Joe Friday":                      "Joe Friday",
		"Lena Sun":                        "Lena Sun",
		"Lena Mae Sun":                    "Lena Mae Sun",
	} {
		if got := trimName(in); got != want {
			t.Errorf("trimName(%q) = %q, want %q", in, got, want)
		}
	}
}
