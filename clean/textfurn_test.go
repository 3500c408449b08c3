package clean

import "testing"

// furnDropped runs dropTextCalls (which ends with the form and link-list
// stages) over lines, the story detector keeping them all, and returns the
// lines dropped.
func furnDropped(lines []string) []int {
	p, shapes := textTestPage(lines)
	drop := make([]bool, len(p.blocks))
	p.dropTextCalls(drop, shapes)
	var out []int
	for i, d := range drop {
		if d {
			out = append(out, i)
		}
	}
	return out
}

// with returns the story's lines with more lines after its first four.
func with(more ...string) []string {
	story := longStoryLines(6)
	out := append(story[:4:4], more...)
	return append(out, story[4:]...)
}

// TestDropTextForms: a form's field labels with a submit button after
// them go, with the short heading and pitch above the first label; labels
// with no button, a single label, and a long paragraph between labels
// stay.
func TestDropTextForms(t *testing.T) {
	pitch := "Fill in this form to get the timetable of every ferry from the harbour."
	for _, c := range []struct {
		name  string
		lines []string
		want  []int
	}{
		{"a form with a button", with(pitch, "Your Full Name*", "Your Home Port*", "Bristol", "Cardiff", "Send"), []int{4, 5, 6, 7, 8, 9}},
		{"a form's labels without asterisks", with("Your Full Name", "Your Phone Number", "Submit"), []int{4, 5, 6}},
		{"starred cells with no button", with("Crossing time*", "Ticket price*", "Bristol"), nil},
		{"one label and a button", with("Your Full Name*", "Submit"), nil},
		{"a paragraph between the labels", with("Your Full Name*", "StoryZ"+para, "Your Home Port*", "Submit"), nil},
	} {
		if got := furnDropped(c.lines); !equalInts(got, c.want) {
			t.Errorf("%s: dropped %v, want %v", c.name, got, c.want)
		}
	}
}

// TestDropLinkLists: the labels a screen reader speaks after a link go,
// and the short lines between two of them; a story's short lines that
// have a label on one side only stay.
func TestDropLinkLists(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []int
	}{
		{"labels around a list", with("Opens in a new tab", "Opens in a new tab", "Ferry Times", "Tide Tables", "How can we help?", "Opens in a new tab"), []int{4, 5, 6, 7, 8, 9}},
		{"a label alone", with("(opens in new window)"), []int{4}},
		{"a German label", with("Öffnet in einem neuen Tab"), []int{4}},
		{"a label inside a sentence", with("The booking page opens in a new tab, where the fares are listed by season."), nil},
		{"a heading after a label", append(longStoryLines(4), "Opens in a new tab", "The Old Pier", "StoryZ"+para), []int{4}},
	} {
		if got := furnDropped(c.lines); !equalInts(got, c.want) {
			t.Errorf("%s: dropped %v, want %v", c.name, got, c.want)
		}
	}
}

// TestDropFormLines: a form's standing text and a widget's settings go; a
// story's sentence about e-mail and a short JSON example stay.
func TestDropFormLines(t *testing.T) {
	config := `{"layoutMobile":2,"layoutDesktop":4,"buttonAlign":"Center","buttonText":"Buy now","title":{"hue":213,"size":14},` +
		`"price":{"hue":0,"size":12},"showBadge":true,"badgeText":"Sale","imageRatio":"square","columns":3,"gap":16}`
	for _, c := range []struct {
		name  string
		lines []string
		want  []int
	}{
		{"a comment form's notice", with("Your email address will not be published. Required fields are marked *"), []int{4}},
		{"a robots' field", with("Leave this field blank"), []int{4}},
		{"a robots' field, longer", with("This field is for validation purposes and should be left unchanged."), []int{4}},
		{"an opt-in box", with("Yes, I’d also like to subscribe to the Harbour Weekly newsletter"), []int{4}},
		{"a sign-up's thanks", with("Thanks for subscribing! Check your inbox to confirm your subscription."), []int{4}},
		{"a widget's settings", with(config), []int{4}},
		{"a story's sentence about e-mail", with("Your email address will be shared with the harbour master, the council said in a statement on Monday."), nil},
		{"a short JSON example", with(`{"name":"Jane Doe","port":"Bristol"}`), nil},
		{"a consent box", with("I have read and agree to the Harbour Weekly Privacy Policy."), []int{4}},
		{"a consent box for the mail", with("I agree to receive occasional emails about ferry timetables from Harbour Weekly."), []int{4}},
		{"a form's note on what sending agrees to", with(`By clicking "Sign up", you agree to our Terms of Use and acknowledge our Privacy Policy.`), []int{4}},
		{"a quote that agrees", with("“I agree with the harbour master: the ferries must run on time,” she said at the meeting."), nil},
		{"a story's sentence on clicking", with("By clicking through the old timetables, you can see how the crossing grew shorter over a century of ferries."), nil},
	} {
		if got := furnDropped(c.lines); !equalInts(got, c.want) {
			t.Errorf("%s: dropped %v, want %v", c.name, got, c.want)
		}
	}
}
