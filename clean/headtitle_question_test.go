package clean

import "testing"

// TestLeadAsHeadline: a headline that asks or exclaims in title case, long
// enough to read as prose, is the headline, on its own over the story or
// over a date line; a question of the story in sentence case, one with a
// second sentence, and a short title-cased question are not taken by it.
func TestLeadAsHeadline(t *testing.T) {
	const ask = "What Are the Best Night Ferry Routes Around the Island and How Will the New Timetable Change Them?"
	const cry = "Night Ferry Guide: The 5 Routes You Need to Know + How to Cross the Bay for Under $10!"
	for _, c := range []struct {
		name string
		head []string
		want string
	}{
		{"a question right over the story", []string{ask}, ask},
		{"an exclamation right over the story", []string{cry}, cry},
		{"a question over its date line", []string{ask, "March 3, 2026"}, ask},
	} {
		res, err := String(leadInPage(c.head...), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := titleBlock(res); got != c.want {
			t.Errorf("%s: headline %q, want %q", c.name, got, c.want)
		}
	}
	for _, c := range []struct{ name, line string }{
		{"a question in sentence case", "What are the best night ferry routes around the island, and how will the new timetable change them for us?"},
		{"two sentences", "The Night Ferry Runs Again From Monday. What Will the New Timetable Mean for Workers Who Leave Town Late?"},
	} {
		res, err := String(leadInPage(c.line), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := titleBlock(res); got == c.line {
			t.Errorf("%s: the line %q is the headline", c.name, got)
		}
	}
}

// TestTitleCased: title case by the words of four letters or more.
func TestTitleCased(t *testing.T) {
	for s, want := range map[string]bool{
		"What Are the Latest Trends in Ferry Travel and How Will They Change Care?": true,
		"What are the latest trends in ferry travel and how will they change care?": false,
		"Guide: The 5 Routes You Need + How to Cross for $10!":                      true,
		"Is It Time?": false, // too few long words to judge
	} {
		if got := titleCased(s); got != want {
			t.Errorf("titleCased(%q) = %v, want %v", s, got, want)
		}
	}
}
