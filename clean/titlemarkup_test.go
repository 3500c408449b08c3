package clean

import "testing"

// TestWithoutMarkup checks that inline tags escaped into a metadata title
// come off when they pair up around the words they touch (a tab or a
// newline may close a tag's name), and that other angle brackets, tags
// that do not pair up and pairs spaced off their words stay.
func TestWithoutMarkup(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"<em>Night ferry</em> to the islands returns", "Night ferry to the islands returns"},
		{`<span class="kicker">Transport</span> Night ferry returns`, "Transport Night ferry returns"},
		{"<b>Night ferry</b> returns<br/>after two years", "Night ferry returns after two years"},
		{"a <b\n>x</b> y", "a x y"},
		{"<em\tclass=k>Night ferry</em> returns", "Night ferry returns"},
		{"<b>Night <i>ferry</i></b> returns", "Night ferry returns"},
		// Tags that do not pair up, or pair around blanks: a title about
		// markup.
		{"Night ferry returns<br/>after two years</b>", "Night ferry returns<br/>after two years</b>"},
		{"Learn the <s> and </s> tags", "Learn the <s> and </s> tags"},
		{"Why </b> breaks your <b>page", "Why </b> breaks your <b>page"},
		{"<I>Harbour Notes</I> reviews the new timetable", "Harbour Notes reviews the new timetable"},
		// No closing tag of an inline element: a title about markup.
		{"Why <template> tags matter in a ferry app", "Why <template> tags matter in a ferry app"},
		{"Use <em> for stress, not for looks", "Use <em> for stress, not for looks"},
		{"Fares < 5 euros and > 2 euros from May", "Fares < 5 euros and > 2 euros from May"},
		// A closing tag of another element leaves the title alone.
		{"Closing <div> with </div> in the timetable page", "Closing <div> with </div> in the timetable page"},
		// A bracket inside a would-be tag is no tag.
		{"a <b x<y> and </b> c", "a <b x<y> and </b> c"},
		{"", ""},
		{"</", "</"},
		{"<", "<"},
	} {
		if got := withoutMarkup(c.in); got != c.want {
			t.Errorf("withoutMarkup(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWithoutInvisibles checks that the characters that print nothing
// come off a title and the spaces around them collapse into one, while
// other whitespace stays as it is.
func TestWithoutInvisibles(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Stadt\u00adbibliothek öffnet", "Stadtbibliothek öffnet"},
		{"Night\u200b ferry \u200b returns", "Night ferry returns"},
		{"\ufeffNight ferry returns", "Night ferry returns"},
		{"ferry/\u2060bus", "ferry/bus"},
		// The joiners that shape letters stay.
		{"می\u200cخواهم", "می\u200cخواهم"},
		{"Night  ferry", "Night  ferry"},
		{"Night\tferry\u200b  returns\n now", "Night\tferry returns\n now"},
		{"Night  ferry \u200b\u00ad returns", "Night  ferry returns"},
		{"Night\u200bferry", "Nightferry"},
		{"\u200b", ""},
	} {
		if got := withoutInvisibles(c.in); got != c.want {
			t.Errorf("withoutInvisibles(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
