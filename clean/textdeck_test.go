package clean

import (
	"slices"
	"strings"
	"testing"
)

// namesOverOutlet is a wire-style head: a line of two names without "By"
// under the headline, the outlet's name alone, then the date line.
const namesOverOutlet = `Welcome to our network's reader experience

Learn More

Two harbour inspectors charged with forging logs after a ferry ran aground

Maria Castell and Tomas Wrenley

KENT TODAY

Published 7:07 PM EST Nov 19, 2019

PORTSMOUTH – Two harbour inspectors were charged Tuesday with forging safety logs, stating they had checked the ferry's hull in the weeks before it ran aground off the coast.

Prosecutors said the two inspectors, assigned to the northern docks, signed the forms without boarding the vessel and spent the afternoons in an office far from the quay.

The ferry's owner said it had relied on the inspections and would cooperate fully with the investigation, which is expected to last several months.

Each inspector is charged with one count of conspiring to falsify records and faces up to five years in prison if convicted.
`

// TestNamesOverOutletLine checks a line of names right under the headline
// over the outlet's line and the date line: the names are the authors, the
// outlet is none, and the names are no deck. A line of names-like words
// that lists no names is left alone.
func TestNamesOverOutletLine(t *testing.T) {
	for _, and := range []string{" and ", " und ", " y "} { // the language's "and"
		page := strings.Replace(namesOverOutlet, " and ", and, 1)
		res, err := String(page, nil)
		if err != nil {
			t.Fatal(err)
		}
		var authors []string
		for _, b := range res.Blocks {
			if b.Kind == Byline {
				authors = append(authors, b.Authors...)
			}
			if b.Kind == Deck {
				t.Errorf("deck %q, want none", b.Text)
			}
		}
		if want := []string{"Maria Castell", "Tomas Wrenley"}; !slices.Equal(authors, want) {
			t.Errorf("names joined by %q: authors %q, want %q", and, authors, want)
		}
	}

	page := strings.Replace(namesOverOutlet, "Maria Castell and Tomas Wrenley", "Jane Austen and the Art of Letters Today", 1)
	for _, a := range headAuthors(t, page) {
		if strings.Contains(a, "Austen") || strings.Contains(a, "Letters") {
			t.Errorf("author %q from a line that lists no names", a)
		}
	}
}

// TestOutletLine checks the outlet's line read between a byline and its
// date line.
func TestOutletLine(t *testing.T) {
	for s, want := range map[string]bool{
		"KENT TODAY":                 true,
		"The Daily Courier":          true,
		"Herald of the North":        true,
		"Updated 5 min ago":          false, // a digit
		"Staff reporter":             false, // a word in lower case
		"Read the full story here":   false,
		"Kent Today:":                false, // a label
		"One Two Three Four Five":    false, // too long
		"":                           false,
		"Published by the Kent Post": false,
	} {
		if got := outletLine(s); got != want {
			t.Errorf("outletLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// shareLabelPage prints a share widget's label over the headline again
// between the date line and the story.
const shareLabelPage = `The river that feeds a city's worst summer smog

By Lena Marsh

Nov 13, 2019

All sharing options for:
The river that feeds a city's worst summer smog

Smog is once again thick over the valley this week, and it is part of a larger problem across the whole region, officials say.

Another cloud of smoke and dust is set to settle over the two million residents of the valley this week, with forecasters warning that the air is likely to reach severe levels on Wednesday.

It is the latest wave of bad air in recent weeks, and the city's mayor said last month that schools would close on the worst days until the farms stop burning.
`

// TestWidgetLabelNoDeck checks that a widget's label ending in a colon
// between the headline and the story is taken out, not made the deck,
// and that a headline-shaped line without the colon there is not taken
// out as a label.
func TestWidgetLabelNoDeck(t *testing.T) {
	for line, label := range map[string]bool{
		"All sharing options for:":         true,
		"How a water rule moved the smoke": false,
	} {
		res, err := String(strings.Replace(shareLabelPage, "All sharing options for:", line, 1), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range res.Blocks {
			if b.Text != line {
				continue
			}
			if label && (b.Kind != Other || b.Rule != "generic/widget-label") {
				t.Errorf("%q: kind %q rule %q, want other by generic/widget-label", line, b.Kind, b.Rule)
			}
			if !label && b.Rule == "generic/widget-label" {
				t.Errorf("%q taken out as a widget's label", line)
			}
		}
	}
}

// TestDeckLabel checks the lines read as labels, never decks.
func TestDeckLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"All sharing options for:":       true,
		"Listen to this article: ":       true,
		"Key points: what the deal says": false,
		"A water rule moved the harvest": false,
	} {
		if got := deckLabel(s); got != want {
			t.Errorf("deckLabel(%q) = %v, want %v", s, got, want)
		}
	}
}
