package clean

import "testing"

// TestGluedToProse checks that a title glued to a lede reads as a repeat
// before any headline is known, and a title glued to a word or two (the
// menu's next entry) does not.
func TestGluedToProse(t *testing.T) {
	title := "Harbour ferry returns after winter repairs"
	for _, c := range []struct {
		text string
		want bool
	}{
		{title + " The harbour ferry sailed again on Monday after four months in dry dock, the council said.", true},
		{title + " The harbour ferry sailed again on Monday after…", true},
		{title + " Overview", false},
		{title + " Photo Gallery", false},
		{title + " Pro Max", false},
	} {
		if got := gluedTo(title, c.text) && gluedProse(c.text[len(title):]); got != c.want {
			t.Errorf("gluedTo(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A menu whose next entry starts with the entry above it ("Night Ferry",
// "Night Ferry Overview") has no headline printed twice.
func TestSplitTitleRepeatMenu(t *testing.T) {
	src := "Harbour Services\nNight Ferry Timetable\nNight Ferry Timetable Overview\nFares and Tickets\n" +
		"The night ferry runs every hour from the north quay between ten in the evening and five in the morning, all year round.\n" +
		"Tickets can be bought on board or at the quay, and a return costs the same as two singles on the day service.\n"
	res, err := Text([]byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Rule == "generic/duplicate" {
			t.Errorf("block %q labelled a title repeat", b.Text)
		}
	}
}
