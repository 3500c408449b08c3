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
