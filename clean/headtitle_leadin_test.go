package clean

import (
	"strings"
	"testing"
)

// TestOverLeadIn: where the line right over the story ends with a colon
// or a comma (a notice's "Changes take effect from Monday:", a quotation's
// source cut before its comma), it leads into the story and is no
// headline: the headline model's pick above it is the headline. A
// headline right over the story is left alone, and so is the lead-in
// where the model is off (a short page: the second pass must read the
// page as the first did).
func TestOverLeadIn(t *testing.T) {
	const head = "Council changes the night ferry timetable"
	for _, c := range []struct {
		name  string
		lines []string
		model bool
		want  string
	}{
		{"a lead-in ending in a colon under the headline", []string{head, "Changes to the timetable take effect from Monday:"}, true, head},
		{"a quotation's source cut before its comma under the headline", []string{head, "As the harbour master put it in her report to the council last year,"}, true, head},
		{"the headline right over the story", []string{head}, true, head},
		{"the headline right over the story, the model off", []string{head}, false, head},
	} {
		opts := &Options{}
		if !c.model {
			opts.Disable = []string{"model"}
		}
		res, err := String(leadInPage(c.lines...), opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := titleBlock(res); got != c.want {
			t.Errorf("%s: headline %q, want %q", c.name, got, c.want)
		}
	}
	// A short page: the story detector is off, so is the model; the
	// lead-in stays the headline, as before.
	const lead = "Changes to the timetable take effect from Monday:"
	res, err := String("Home\n\nNews\n\n"+lead+"\n\n"+strings.Join(leadInStory, "\n\n")+"\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := titleBlock(res); got != lead {
		t.Errorf("short page: headline %q, want the lead-in %q", got, lead)
	}
}

// leadInStory is an invented story of four paragraphs.
var leadInStory = []string{
	"The island council voted on Tuesday to change the ferry timetable from next month, after two years of complaints from people who work late in the town.",
	"The night ferry will leave the harbour at eleven on Fridays and Saturdays and return at six in the morning, the council said in a statement.",
	"Islanders had asked for the late service since it stopped, saying that young people who work in the town's restaurants had no way to get home.",
	"The council found the money for the crew in its transport budget after a survey showed that most households would use the ferry each month.",
}

// leadInPage is a flattened page long enough for the story detector: the
// site's name and menu, the head's lines, the story, the footer.
func leadInPage(head ...string) string {
	lines := append([]string{"Harbour Times", "Home", "News", "Sport", "Opinion", "About us"}, head...)
	lines = append(append(lines, leadInStory...), "Contact us", "Privacy policy", "© 2026 Harbour Times. All rights reserved.")
	return strings.Join(lines, "\n\n") + "\n"
}
