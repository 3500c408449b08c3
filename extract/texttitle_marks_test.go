package extract

import "testing"

// TestDecodeTitleEntities checks the entities a flattened headline line
// holds come out decoded, and ampersands that open none stay.
func TestDecodeTitleEntities(t *testing.T) {
	for _, c := range [][2]string{
		{"Ferries &amp; trams: the new timetable", "Ferries & trams: the new timetable"},
		{"Mayor&#8217;s late ferry plan", "Mayor’s late ferry plan"},
		{"&quot;We asked for a year&quot;: the ferry runs late", `"We asked for a year": the ferry runs late`},
		{"Boats &#x26; buses", "Boats & buses"},
		{"Q&amp;amp;A with the harbour master", "Q&amp;A with the harbour master"}, // decoded once
		{"AT&T opens a harbour office", "AT&T opens a harbour office"},
		{"R&D; a new budget line", "R&D; a new budget line"},
		{"Q & A", "Q & A"},
		{"Fish &amp chips", "Fish &amp chips"},
		{"&bogus; stays", "&bogus; stays"},
		{"Salt&notes; from the quay", "Salt&notes; from the quay"}, // "&not" is a prefix of the name
		{"Q&amplifier; review", "Q&amplifier; review"},
		{"Tide &semi; wind", "Tide ; wind"},
		{"Caf&eacute; reopens &ndash; at last", "Café reopens – at last"},
		{"ends with &", "ends with &"},
		{"&", "&"},
		{"&;", "&;"},
		{"&#;", "&#;"},
		{"", ""},
	} {
		if got := decodeTitleEntities(c[0]); got != c[1] {
			t.Errorf("decodeTitleEntities(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestWithoutPermalinkMark checks a documentation heading's pilcrow comes
// off the end of a flattened headline, and only there.
func TestWithoutPermalinkMark(t *testing.T) {
	for _, c := range [][2]string{
		{"Installing the ferry timetable tool¶", "Installing the ferry timetable tool"},
		{"Installing the tool ¶", "Installing the tool"},
		{"¶ marks a paragraph", "¶ marks a paragraph"},
		{"¶", ""},
		{"Iterators for looping\u00c2¶", "Iterators for looping"}, // the mark's bytes read as Latin-1
	} {
		if got := withoutPermalinkMark(c[0]); got != c[1] {
			t.Errorf("withoutPermalinkMark(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
