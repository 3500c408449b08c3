package clean

import "testing"

// shedStory is the story of the invented pages below: three paragraphs of
// prose.
var shedStory = []string{
	"How much woodwork do you need before you rebuild a shed? A year of classes? Try a single weekend! As long as the frame is sound, you can go from a leaning wreck to a dry store in two days.",
	"But it is wise to work in steps. Instead of tearing the whole thing down, we suggest you start with the door, move to the floor, then the roof, and finally the windows, so each job teaches the next.",
	"A step by step approach will keep you from taking on too much at once and keep you going until the last coat of paint is dry.",
}

// TestTitleAboveSkipsCredit: the headline-shaped line right above the
// story is a photo's credit, which a second pass over the output, printed
// first, reads as a credit and not as the headline (notPrintedFirst). The
// head passes over it, and the headline model's pick is the headline.
func TestTitleAboveSkipsCredit(t *testing.T) {
	const credit = 3
	lines := append([]string{"Home", "Fix Up an Old Garden Shed with this Weekend Repair Plan", "Share", "Image by Tomas Wrenley from Pixabay"}, shedStory...)
	if p, _ := textTestPage(lines); p.titleAbove(credit+1) != credit {
		t.Fatalf("titleAbove = %d, want the credit (%d): the page tests nothing", p.titleAbove(credit+1), credit)
	}
	p, _ := textTestPage(lines)
	p.detectHead()
	if got := titleIndex(p.blocks); got != 1 {
		t.Errorf("the headline is %d (%q), want 1", got, lines[max(got, 0)])
	}
}

// TestHeadOverNotToCredit: titleAbove finds a section heading over the
// story, and over the date line above it stands a caption with its
// credit glued on, a line headOver climbs to (a line over a date line).
// The head does not climb to it: the head-settle stage would split the
// credit off the headline and leave none, and a second pass over the
// output would take another line. The section heading stays the
// headline.
func TestHeadOverNotToCredit(t *testing.T) {
	const caption, date, heading = 3, 4, 5
	lines := append([]string{
		"Home",
		"Fix Up an Old Garden Shed with this Weekend Repair Plan",
		"Share",
		"This weekend repair plan scales to fit any owner's skills, whether beginner or seasoned. (Photo: Getty Images)",
		"Published June 23, 2025 10:39AM",
		"Two-Day Shed Repair Program",
	}, shedStory...)
	page := func() *Page {
		p, _ := textTestPage(lines)
		p.blocks[date].Kind, p.blocks[date].Rule = Date, "generic/date" // as the dates stage labels it
		return p
	}
	if got := page().titleAbove(heading + 1); got != heading {
		t.Fatalf("titleAbove = %d, want the heading (%d)", got, heading)
	}
	if got := page().headOver(heading, false); got != caption {
		t.Fatalf("headOver = %d, want the caption (%d): the page tests nothing", got, caption)
	}
	p := page()
	p.detectHead()
	if got := titleIndex(p.blocks); got != heading {
		t.Errorf("the headline is %d (%q), want %d", got, lines[max(got, 0)], heading)
	}
}
