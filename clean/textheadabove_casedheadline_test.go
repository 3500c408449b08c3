package clean

import (
	"strings"
	"testing"
)

// casedHeadlineStory is an invented report under its head, the head's
// lines left as HEAD for each case to fill.
const casedHeadlineStory = "HEAD\n" +
	"The vote was closer than expected, with the measure passing by fewer than two hundred ballots after a long campaign in which both sides knocked on doors.\n" +
	"The pier, built in 1931, was closed in 2015 after a storm tore away its end and left the rest unsafe for walkers and anglers alike, according to the town engineer.\n" +
	"Supporters said the new pier would bring visitors back to the shops along the waterfront, which have struggled since the closure and the years of the pandemic.\n" +
	"Opponents argued that the town had more pressing needs, including its schools and roads, and that the bond would raise property taxes for three decades.\n"

// TestShortOverCasedHeadlineText checks that a headline of ten words or
// more set in a headline's capitals, under a short line that is not (the
// site's name, a section, a credit), is the title, where the word count
// alone read it as a standfirst under that line: with a photographer's
// "for The Daily Courier" credit under the head, with a byline, in
// another wording. And the heads it must leave alone: a standfirst in
// sentence case under a short headline, a standfirst in title case under
// a headline in title case (case tells them not apart), a long line in
// capitals whole.
func TestShortOverCasedHeadlineText(t *testing.T) {
	const pier = "Harbor Town Votes to Rebuild Its Old Pier After a Decade of Storms"
	for _, c := range []struct {
		name, head, want string
	}{
		{"site name, byline, photographer's credit",
			"The Daily Courier\n" + pier + "\nBy Peter Lindqvist\nMarch 4, 2025\nThe old pier at dawn, weeks before the vote.\nMarta Olsen for The Daily Courier", pier},
		{"section label over the headline",
			"Local news\n" + pier + "\nThe old pier at dawn, weeks before the vote.\nMarta Olsen for The Daily Courier", pier},
		{"a credit's words over the headline",
			"Courtesy of the trust\nWhat the Town Council Decided About the Pier, and What Happens Next\nThe old pier at dawn.\nMarta Olsen for The Daily Courier",
			"What the Town Council Decided About the Pier, and What Happens Next"},
		// left alone
		{"a standfirst in sentence case under a short headline",
			"The Daily Courier\nPier vote passes narrowly\nResidents approved a bond on Tuesday that will pay for a new pier at last",
			"Pier vote passes narrowly"},
		{"a standfirst in title case under a headline in title case",
			"The Daily Courier\nPier Vote Passes Narrowly\nResidents Approve a Bond That Will Pay for a New Pier After Years",
			"Pier Vote Passes Narrowly"},
	} {
		res, err := String(strings.Replace(casedHeadlineStory, "HEAD", c.head, 1), nil)
		if err != nil {
			t.Fatal(err)
		}
		got := titleBlock(res)
		if got != c.want {
			t.Errorf("%s: title %q, want %q", c.name, got, c.want)
		}
	}
}

// TestShortOverCasedHeadline checks the pair of lines the rule reads.
func TestShortOverCasedHeadline(t *testing.T) {
	for _, c := range []struct {
		lo, hi string
		want   bool
	}{
		{"Harbor Town Votes to Rebuild Its Old Pier After a Decade of Storms", "The Daily Courier", true},
		{"Harbor Town Votes to Rebuild Its Old Pier After a Decade of Storms", "Local news", true},
		// left alone
		{"Harbor Town Votes to Rebuild Its Old Pier After a Decade of Storms", "Pier Vote Passes Narrowly", false},
		{"Residents approved a bond on Tuesday that will pay for a new pier", "The Daily Courier", false},
		{"HARBOR TOWN VOTES TO REBUILD ITS OLD PIER AFTER A DECADE OF STORMS", "The Daily Courier", false},
		{"Die Sendung vom Dienstag mit den Themen Hafenrat, Nachtfähre und Winterfahrplan", "Abendschau 20:00 Uhr", false},
		{"Harbor Town Votes to Rebuild Its Old Pier After a Decade of Storms", "The old pier at dawn, weeks before the vote", false},
	} {
		if got := shortOverCasedHeadline(c.lo, c.hi); got != c.want {
			t.Errorf("shortOverCasedHeadline(%q, %q) = %v, want %v", c.lo, c.hi, got, c.want)
		}
	}
}
