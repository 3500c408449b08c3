package align

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Story paragraphs the cases share.
const (
	p1 = "The ferry line between the two harbour towns reopened on Monday after three months of repairs to its piers, the operator said."
	p2 = "Passengers queued from early morning for the first crossing, which carried more than two hundred people across the bay to their homes."
	p3 = "The operator said the new piers would let larger vessels dock in bad weather, and that summer timetables would follow in June."
)

const headline = "Ferry line reopens after three months"

// line is one block of a case and the label it must get.
type line struct {
	label Label
	text  string
}

func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		name  string
		gold  Gold
		lines []line
	}{
		{
			name: "doc example",
			gold: Gold{Main: p1 + "\n\n" + p2, Title: headline, Date: "2025-05-04"},
			lines: []line{
				{Other, "Home"},
				{Title, headline},
				{Date, "May 4, 2025"},
				{Story, p1},
				{Other, "Advertisement"},
				{Story, p2},
				{Other, headline},
			},
		},
		{
			name: "nav word that the story also uses",
			gold: Gold{Main: "Politics\n\n" + p1 + " Politics in the towns was calm.\n\n" + p2},
			lines: []line{
				{Other, "Politics"}, // a menu entry; the story's kicker below is the one in place
				{Other, "Sport"},
				{Other, "Towns"},
				{Story, "Politics"},
				{Story, p1 + " Politics in the towns was calm."},
				{Story, p2},
				{Other, "Politics"},
				{Other, "Contact"},
			},
		},
		{
			name: "repeated headline",
			gold: Gold{Main: p1 + "\n\n" + p2, Title: headline},
			lines: []line{
				{Other, "Trending"},
				{Other, headline + " - 6 mins ago"},
				{Other, headline},
				{Title, headline},
				{Story, p1},
				{Story, p2},
				{Other, "Related"},
				{Other, headline},
			},
		},
		{
			name: "split paragraph",
			gold: Gold{Main: p1 + " " + p2 + "\n\n" + p3},
			lines: []line{
				{Story, "The ferry line between the two harbour towns reopened on Monday"},
				{Other, "Advertisement"},
				{Story, "after three months of repairs to its piers,"},
				{Story, "the operator"}, // two tokens, in place between its neighbours
				{Story, "said. " + p2},
				{Story, p3},
			},
		},
		{
			name: "boilerplate glued to story text",
			gold: Gold{Main: p1 + "\n\n" + p2 + "\n\n" + p3},
			lines: []line{
				{Story, "Share Tweet Email " + p1},
				{Story, p2},
				{Other, "Read more: Bridge closed for a week as storms hit the coast and the operator said the ferries would run " + p3[:40]},
				{Story, p3 + " Subscribe to our newsletter"},
			},
		},
		{
			name: "whitespace, punctuation and case",
			gold: Gold{Main: "“Passengers queued — from early morning!” for the first crossing.\n\nIt was the e-mail’s subject."},
			lines: []line{
				{Story, "\"PASSENGERS   queued -- from early\tmorning\" for the first crossing"},
				{Story, "It was the e mail's   subject"},
			},
		},
		{
			name: "a paragraph opens with the words the one before ends with",
			gold: Gold{Main: p1 + "\n\n" + p2 + "\n\n" + p3},
			lines: []line{
				{Other, "Home"},
				{Story, p1}, // ends "the operator said."
				{Story, p2},
				{Story, p3}, // opens "The operator said"
				{Other, "Subscribe to our newsletter"},
			},
		},
		{
			name: "whole story twice",
			gold: Gold{Main: p1 + "\n\n" + p2},
			lines: []line{
				{Story, p1},
				{Story, p2},
				{Other, "Print edition"},
				{Other, p1},
				{Other, p2},
			},
		},
		{
			name: "teaser repeats a story sentence",
			gold: Gold{Main: p1 + "\n\n" + p2},
			lines: []line{
				{Other, "In brief: " + p1[:60]},
				{Story, p1},
				{Story, p2},
			},
		},
		{
			name: "out of order",
			gold: Gold{Main: p1 + "\n\n" + p2 + "\n\n" + p3},
			lines: []line{
				{Story, p3}, // the page shows the last paragraph first, as a summary box
				{Other, "Menu"},
				{Story, p1},
				{Story, p2},
			},
		},
		{
			name: "short list items and a stray menu word",
			gold: Gold{Main: p1 + "\n\nYou will need:\n\nSalt\n\nPepper\n\nFlour\n\n" + p2 + " Contact the operator for tickets.\n\n" + p3},
			lines: []line{
				{Story, p1},
				{Story, "You will need:"},
				{Story, "Salt"},
				{Story, "Pepper"},
				{Story, "Flour"},
				{Story, p2 + " Contact the operator for tickets."},
				{Other, "Contact"}, // fits between the paragraphs' gold spans only by chance
				{Story, p3},
			},
		},
		{
			name: "title with a subtitle, title in a long form",
			gold: Gold{Main: p1 + "\n\n" + p2, Title: "Best Moving Companies in New York (2025)"},
			lines: []line{
				{Other, "Best Moving Companies"},
				{Title, "Best Moving Companies in New York (2025) – Top Local & Long-Distance Movers"},
				{Story, p1},
				{Story, p2},
			},
		},
		{
			name: "title shorter than the gold's",
			gold: Gold{Main: p1, Title: "Beginner's Guide to SEO (Search Engine Optimization)"},
			lines: []line{
				{Title, "Beginner's Guide to SEO"},
				{Story, p1},
				{Other, "SEO"},
			},
		},
		{
			name: "no gold main content",
			gold: Gold{Title: headline},
			lines: []line{
				{Other, p1},
				{Title, headline},
			},
		},
		{
			name: "near title, and no block without words",
			gold: Gold{Main: p1, Title: headline},
			lines: []line{
				{Title, headline + " | Harbour News"},
				{Other, "— · —"},
				{Story, p1},
			},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			texts := make([]string, len(c.lines))
			var want []string
			for i, l := range c.lines {
				texts[i] = l.text
				want = append(want, l.label.String()+": "+l.text)
			}
			var got []string
			for i, b := range Blocks(texts, c.gold) {
				got = append(got, b.Label.String()+": "+texts[i])
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("labels (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCounts(t *testing.T) {
	blocks := []string{"Share Tweet Email " + p1, "Menu", "— · —"}
	got := Blocks(blocks, Gold{Main: p1})
	n := len(strings.Fields(p1))
	want := []Block{{Story, n + 3, n}, {Other, 1, 0}, {Other, 0, 0}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Blocks (-want +got):\n%s", diff)
	}
	if got := Blocks(nil, Gold{Main: p1}); len(got) != 0 {
		t.Errorf("no blocks: %v", got)
	}
}

func TestDate(t *testing.T) {
	gold := Gold{Main: p1, Title: headline, Date: "2025-09-04"}
	for _, c := range []struct {
		lines []line
	}{
		{[]line{{Title, headline}, {Date, "By Ann Lee | September 4, 2025"}, {Story, p1}}},
		{[]line{{Title, headline}, {Date, "Published on the 4th of September 2025 at 10:00"}, {Story, p1}}},
		{[]line{{Date, "Sept. 4th, 2025"}, {Title, headline}, {Story, p1}}},
		{[]line{{Title, headline}, {Date, "2025-09-04T10:00:00Z"}, {Story, p1}}},
		{[]line{{Title, headline}, {Date, "04/09/2025"}, {Story, p1}}},
		{[]line{{Title, headline}, {Date, "09.04.2025"}, {Story, p1}}},
		// Nearest the title wins; a story paragraph naming the day is story.
		{[]line{{Other, "September 4, 2025"}, {Other, "Latest"}, {Title, headline}, {Date, "4 Sep 2025"}, {Story, p1 + " On September 4, 2025 it rained."}, {Other, "2025-09-04"}}},
		// Another day, a day without its year, a long paragraph: no date.
		{[]line{{Title, headline}, {Other, "September 5, 2025"}, {Other, "September 4"}, {Other, "On 4 September 2025 " + strings.Repeat("a long sentence of words ", 6)}, {Story, p1}}},
	} {
		texts := make([]string, len(c.lines))
		var want, got []string
		for i, l := range c.lines {
			texts[i] = l.text
			want = append(want, l.label.String()+": "+l.text)
		}
		for i, b := range Blocks(texts, gold) {
			got = append(got, b.Label.String()+": "+texts[i])
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("labels (-want +got):\n%s", diff)
		}
	}
	if diff := cmp.Diff([]string{"4", "september", "2025", "at", "10", "00", "2025", "09", "04", "t", "10", "00", "00", "z", "x", "4", "by", "ann", "lee", "sep", "4", "2025"},
		dateTokens("4th of September 2025 at 10:00; 2025-09-04T10:00:00Z, x4th ByAnn LeeSep 4, 2025")); diff != "" {
		t.Errorf("dateTokens (-want +got):\n%s", diff)
	}
	for _, d := range []string{"", "2025-09", "2025-13-01", "2025-09-32", "September 4, 2025"} {
		if forms := dayForms(d); forms != nil {
			t.Errorf("dayForms(%q) = %v, want none", d, forms)
		}
	}
}
