package clean

import "testing"

// TestLabelThenDate checks a date's label alone on its line with the date
// on the next, and whether the label names an update.
func TestLabelThenDate(t *testing.T) {
	for _, c := range []struct {
		line, next, want string
		update           bool
	}{
		{"Posted on", "Nov 21, 2018", "2018-11-21", false},
		{"Published:", "14/02/2025", "2025-02-14", false},
		{"Page updated:", "12 November 2025", "2025-11-12", true},
		{"Updated at", "Dec 10, 2025", "2025-12-10", true},
		{"Posted on", "our garden blog", "", false},
		{"Our events", "Nov 21, 2018", "", false},
		{"Posted on 3 May", "Nov 21, 2018", "", false},
	} {
		st, upd, ok := labelThenDate(c.line, c.next, "")
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want || ok && upd != c.update {
			t.Errorf("labelThenDate(%q, %q) = %q update %v, want %q update %v", c.line, c.next, got, upd, c.want, c.update)
		}
	}
}

// TestLabelledUpdate checks the update dates a short line labels, at its
// start or right before the date, and the lines it leaves alone.
func TestLabelledUpdate(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Last updated on June 19, 2025", "2025-06-19"},
		{"Page last modified Jan. 17, 2025 @ 01:39 PM EST", "2025-01-17"},
		{"Last updated:Sep 4, 2025", "2025-09-04"},
		{"By Matthew Richardson ⋅ Review Editor ⋅ Updated November 18, 2025", "2025-11-18"},
		{"by Dennis Moons · Updated on 8 January 2026", "2026-01-08"},
		{"By Jeff Cobb. Last Updated on December 11, 2025", "2025-12-11"},
		{"By Jane Doe | Outdated sheds, November 18, 2025", ""},
		// "Updated" glued to the name before it by the flattening
		{"By Jane DoeUpdated: Dec 19, 2025 1:06 PM EST", "2025-12-19"},
		{"Written by: Jane Doe, Senior EditorUpdated Sep 17, 2025", "2025-09-17"},
		{"By Jane Doe, Outdated Sep 17, 2025", ""},
		{"Published on: February 14, 2025", ""},
		{"Updated our shed guide with new prices", ""},
		{"June 19, 2025", ""},
	} {
		st, ok := labelledUpdate(c.line, "")
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("labelledUpdate(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// A date glued to the word before it by the flattening is found, a start
// inside a word counting no word more; brackets around the line are not
// part of the date.
func TestFindDateGlued(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"ByKathryn GiuffridaMar 5, 2025 | 6 comments", "2025-03-05"},
		{"by Jeffrey ZeldmanNovember 20, 2007", "2007-11-20"},
		{"Last updated:Sep 4, 2025", "2025-09-04"},
		{"September 1, 2016September 8, 2016Autumn Adams", "2016-09-01"},
		{", Global DeskLast Updated: Dec 19, 2025, 01:00:00 AM IST", "2025-12-19"},
		{"[Submitted on 18 Dec 2025]", "2025-12-18"},
		{"November 28, 2025/Living Healthy/Wellness", "2025-11-28"},
		{"Content current as of: 09/25/2025", "2025-09-25"},
		{"Read our guide to McDonald farms", ""},
		{"Feature Mar 27, 20255 mins", "2025-03-27"},
		{"By Conor AllisonJanuary 14, 202620 Mins Read", "2026-01-14"},
		{"Order 20255 by Mar 27", ""},
		{"May 2nd 202511 mins", "2025-05-02"},
		{"2 May 202511 mins", "2025-05-02"},
		{"Model 4th 202511 units", ""},
		{"Order 20255 by May 2nd", ""},
		{"one two three four five sixSep 4, 2025", ""},
	} {
		st, _, ok := findDateStamp(c.line)
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("findDateStamp(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestDateAlone checks that a line holding only a full date (a weekday
// or a time aside) gives it, and any other line nothing.
func TestDateAlone(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"December 24, 2024", "2024-12-24"},
		{" Friday, 19 December 2025 10:00 ", "2025-12-19"},
		{"December 2024", ""},
		{"Posted on December 24, 2024", ""},
	} {
		st, ok := dateAloneLine(c.line)
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("dateAloneLine(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
