package clean

import "testing"

// TestTitleAboveClimbsLonger checks titleAbove's climb over the short line
// right above the story: past a desk's credit with its place to the
// headline over it, and from a name to a shorter headline over it, but
// not from a short headline in title case to a shorter line above it,
// nor from a headline that names a desk in lower case.
func TestTitleAboveClimbsLonger(t *testing.T) {
	for _, c := range []struct {
		name string
		head []string
		want int
	}{
		{"desk credit", []string{"Home", "Harbour council approves a new winter ferry timetable", "Metro Desk, Eastport Harbour Times"}, 1},
		{"desk credit with a mark", []string{"Home", "Harbour council approves a new winter ferry timetable", "Politics & Policy Desk, Washington"}, 1},
		{"shorter above", []string{"Home", "See it on a map", "Ferry Strike Ends"}, 2},
		// A name, alone or with its role, under a headline shorter than
		// it: the headline is the line over the name.
		{"short headline over role", []string{"Home", "Tide mills return to the coast", "Maria Fernandez, Senior Environment Correspondent"}, 1},
		{"short headline over long name", []string{"Home", "Ferry fares up again", "Alexandra Montgomery-Whitfield"}, 1},
		{"lower-case desk", []string{"Home", "Ferry fares rise again on the island routes this winter", "Clear your desk, says new boss"}, 2},
	} {
		lines := append(append([]string{}, c.head...), shedStory...)
		p, _ := textTestPage(lines)
		if got := p.titleAbove(len(c.head)); got != c.want {
			t.Errorf("%s: titleAbove = %d, want %d (%q)", c.name, got, c.want, lines[c.want])
		}
	}
}
