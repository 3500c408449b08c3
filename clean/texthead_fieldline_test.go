package clean

import "testing"

// TestNotTextHeadline checks the lines of a flattened head that are never
// its headline (a field's date, a name with its strip's share words or
// reading time) against headlines that look like them.
func TestNotTextHeadline(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Hearing date: 5 March 2025", true},
		{"Fecha del evento: 12 de abril de 2025", true},
		{"Deadline : 30 April 2025", true},
		{"Jane Doe Email Twitter", true},
		{"Jane Doe Facebook Twitter Email", true},
		{"Jane Doe 3 min read", true},
		{"Mara Lind Share Tweet Email", true},
		{"Mara Lind WhatsApp Telegram Copy link", true},
		// world byline strips a date closes, left by the head's first pass
		{"Автор: Ирина Волкова | 5 марта 2025", true},
		{"लेखक: सुनीता वर्मा | 05 मार्च 2025", true},
		{"Автор: Ирина Волкова, 5 марта 2025", true},
		{"Door Pieter de Vries | Bijgewerkt: 6 maart 2025", true},
		// a place and a date: a dateline, no strip, and no headline either way
		{"Москва, 5 марта 2025", false},
		// the same labels with no date, and a headline with a bar and a date
		{"Автор: Ирина Волкова", false},
		{"Выборы в городской совет | 5 марта 2025", false},
		// headlines with a colon, share words or a date of their own
		{"Night bus vote: councillors debate the N3 and N7", false},
		{"Brexit: what happens on 31 January 2020 and after", false},
		{"Budget 2025: 5 March 2025", false},
		{"Twitter to charge for its blue tick from Monday", false},
		{"Why we quit Twitter", false},
		// a byline the byline pattern reads, left to the byline readers
		{"By Jane Doe Email Twitter", false},
		// a strip cut before its label: the byline's, not a field
		{", Global DeskLast Updated: Dec 19, 2025, 01:00:00 AM IST", false},
	} {
		if got := notTextHeadline(c.s); got != c.want {
			t.Errorf("notTextHeadline(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestEndsFullStop checks that three full stops are an ellipsis, not a
// full stop, unless a comma or a fourth full stop comes before them; that
// a closing quote after the stop ends a sentence all the same, and a
// closing bracket after an abbreviation's stop does not;
// and that the CJK full stop and the danda are full stops.
func TestEndsFullStop(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The council met on Tuesday.", true},
		{"Forty thousand in three weeks, and then...", false},
		{"Forty thousand in three weeks, and then…", false},
		{"Two people have been diagnosed with the plague,...", true},
		{"And then....", true},
		{"No stop at all", false},
		{`The mayor said the bridge "will open in May."`, true},
		{"The mayor said the bridge will open in May.”", true},
		{"Heavy duty hinges (Up to 300 Lbs.)", false},
		{"Two people have been diagnosed with the plague,…", true},
		{"市议会周二投票决定延长河边步道。", true},
		{"परिषद ने नदी के किनारे का रास्ता बढ़ाने का फैसला किया।", true},
		{"市议会投票延长河边步道", false},
		{`Mayor: "The bridge will open in May"`, false},
		{"Bridge opens in May (updated)", false},
	} {
		if got := endsFullStop(c.s); got != c.want {
			t.Errorf("endsFullStop(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestFieldUnderDate checks that a field right under a labelled date line
// is no headline, and that a headline with a colon over one stays.
func TestFieldUnderDate(t *testing.T) {
	p := &Page{blocks: []Block{
		{Text: "Open day: the depot welcomes visitors"},
		{Text: "Event date: 12 April 2025"},
		{Text: "Venue: Northgate depot, Mill Lane"},
		{Text: "Parking: none on site"},
	}}
	for i, want := range []bool{false, false, true, false} {
		if got := p.fieldUnderDate(i); got != want {
			t.Errorf("fieldUnderDate(%d) %q = %v, want %v", i, p.blocks[i].Text, got, want)
		}
	}
}
