package clean

import "testing"

// TestTimeOnlyLine checks the time lines a live page prints over its
// headline, and headlines and date lines like them.
func TestTimeOnlyLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Updated 10:05 GMT", true},
		{"Last updated at 9.30", true},
		{"Aktualisiert 10.05 Uhr", true},
		{"Mis à jour 10h05", true},
		{"Cập nhật 10:05 (GMT+7)", true},
		{"Updated 10:05 pm", true},
		{"10:05", false},                         // no label
		{"Updated March 4, 2025 10:05", false},   // a date line: the date reader's
		{"Ferry leaves at 10:05 tonight", false}, // words after the time
		{"Why the 10:05 ferry matters", false},   // a headline
		{"Trains Delayed Until 10:05 GMT As Storm Hits", false},
		{"Match report 2:1 win", false},
		{"", false},
	} {
		if got := timeOnlyLine(c.in); got != c.want {
			t.Errorf("timeOnlyLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestHeadlineUnderTimeLine checks that a live page's headline of ten
// words under its update line is taken, not read as the update line's
// standfirst.
func TestHeadlineUnderTimeLine(t *testing.T) {
	c := textCensusCase{lang: "en", above: []string{"LIVE", "Updated 10:05 GMT"}, head: tcEN}
	res, err := String(c.page(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := titleBlock(res); got != tcEN {
		t.Errorf("title %q, want %q", got, tcEN)
	}
}

// TestTimeOnlyLineNeedsUpdateLabel checks that a name over an hour, a
// version or a figure is no time line: its label is no update stamp's,
// or its time no time of day.
func TestTimeOnlyLineNeedsUpdateLabel(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Evening Bulletin 20:00 Uhr", false},
		{"Nightly Review 22:30 GMT", false},
		{"Ubuntu 24.04 LTS", false},
		{"Sprint 9.58", false},
		{"Crude 82.15 USD", false},
		{"morning show 21:45", false},
		{"Updated 24:05", false}, // no hour of the day
		{"Updated 10:75", false}, // no minute of the hour
		{"Updated At 9:05", true},
		{"Aktualisiert Um 10.05 Uhr", true},
		{"Updated 23:59 GMT", true},
		{"Updated 0:00", true},
	} {
		if got := timeOnlyLine(c.in); got != c.want {
			t.Errorf("timeOnlyLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestProgrammeHeadlineOverStandfirst checks that a programme's headline,
// its name and hour ("Name 20:00 Uhr"), over a standfirst of ten words
// and more stays the title: it is no time line the standfirst stands
// under.
func TestProgrammeHeadlineOverStandfirst(t *testing.T) {
	for _, c := range []textCensusCase{
		{lang: "de", head: "Abendschau 20:00 Uhr", below: []string{"Die Sendung vom Dienstag mit den Themen Hafenrat, Nachtfähre und Winterfahrplan"}},
		{lang: "en", head: "Harbour Hour 22:30 GMT", below: []string{"Tonight the harbour board defends its plan to bring back the night ferry to the outer islands"}},
	} {
		res, err := String(c.page(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := titleBlock(res); got != c.head {
			t.Errorf("title %q, want %q", got, c.head)
		}
	}
}

// TestTimeLineUnderHeadlineNoTitle checks that a live page's update line
// between the headline and a standfirst is never taken for the title.
func TestTimeLineUnderHeadlineNoTitle(t *testing.T) {
	c := textCensusCase{lang: "en", head: "Night ferry returns to the outer islands", below: []string{"Updated 10:05 GMT", "The harbour board says the boat will run twice a week from May."}}
	res, err := String(c.page(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := titleBlock(res); got != c.head {
		t.Errorf("title %q, want %q", got, c.head)
	}
}
