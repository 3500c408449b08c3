package extract

import (
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// TestHandPublishedAsPrinted checks that handPublished's pick is already
// in the page's numeric order, as evidences' dates are: a date line
// "09.10.2024" on a page whose list of posts writes month first is 10
// September from the hand pick itself, so that dateCandidates and
// published need not order it again; and that asPrinted leaves a
// source that states its order (the URL, metadata) alone.
func TestHandPublishedAsPrinted(t *testing.T) {
	src := "Home\nGuides\nContact\nHow to plan a garden shed\n" +
		"Most sheds stand on a base of paving slabs or a timber frame, and the choice depends on the ground and the budget you have.\n" +
		"A pent roof sheds rain to one side and suits a shed against a fence, while an apex roof gives more headroom in the middle.\n" +
		"Ask the supplier whether the price includes delivery and assembly, since both can add a fifth to the cost of a small shed.\n" +
		"Jane Doe\n09.10.2024\nMore guides\nHow to build a fence\n11.24.2025\nHow to lay a patio\n10.28.2025\n"
	res, err := clean.Text([]byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	as := assembler{a: &Article{}, res: res, opts: &zeroOptions, placed: make([]string, len(res.Blocks)), stampLineAt: -1}
	as.findTail()
	as.fill()
	as.mastheadDate()
	st, from := as.handPublished()
	if from != FromTimestampLine || st.ISO()[:min(10, len(st.ISO()))] != "2024-09-10" {
		t.Errorf("hand pick %q from %q, want 2024-09-10 from %q", st.ISO(), from, FromTimestampLine)
	}
	ambiguous := clean.Stamp{Year: 2024, Month: 10, Day: 9}
	for _, from := range []string{FromURL, FromMeta, FromHeader, FromTime} {
		if got := as.asPrinted(ambiguous, from); got != ambiguous {
			t.Errorf("asPrinted(%s, %q) = %s, want it as it is", ambiguous.ISO(), from, got.ISO())
		}
	}
	if got := as.asPrinted(ambiguous, FromTimestampLine); got.ISO() != "2024-09-10" {
		t.Errorf("asPrinted(%s, date-line) = %s, want 2024-09-10", ambiguous.ISO(), got.ISO())
	}
}
