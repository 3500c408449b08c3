package clean

import (
	"strings"
	"testing"
)

// TestShortOverCasedHeadlineSiteNameNoKicker shows that where shortOverCasedHeadline reads the
// short line over the headline as the site's name (a "for The Daily Courier" credit below),
// that name is then labelled the story's kicker.
func TestShortOverCasedHeadlineSiteNameNoKicker(t *testing.T) {
	head := "The Daily Courier\nHarbor Town Votes to Rebuild Its Old Pier After a Decade of Storms\nBy Peter Lindqvist\nMarch 4, 2025\nThe old pier at dawn, weeks before the vote.\nMarta Olsen for The Daily Courier"
	res, err := String(strings.Replace(casedHeadlineStory, "HEAD", head, 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Kind == Kicker && b.Text == "The Daily Courier" {
			t.Errorf("the site's name %q labelled the kicker", b.Text)
		}
	}
}
