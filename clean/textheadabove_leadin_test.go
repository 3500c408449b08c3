package clean

import "testing"

// TestLeadInNoHeadline: where the page's first headline-shaped line is
// taken (no rule and no model found one), a line that ends with a colon
// leads into what follows and is passed over; a headline over it is still
// found, and a question over the story is still one.
func TestLeadInNoHeadline(t *testing.T) {
	// Short lines only: no story paragraph for a headline to stand over.
	const rest = "\n\nNew fees for the valley roads\n\nCars pay two dollars a day\n\nTrucks pay five dollars a day\n"
	for _, c := range []struct{ lead, want string }{
		{"Effective beginning 6/2/2025:", "New fees for the valley roads"},
		{"The plan is an exploration of two ideas:", "New fees for the valley roads"},
		{"Folding and Unfolding:", "New fees for the valley roads"},
		{"What will the valley roads cost?", "What will the valley roads cost?"}, // no lead-in
	} {
		if got := titleOf(t, c.lead+rest); got != c.want {
			t.Errorf("%q over the page: headline %q, want %q", c.lead, got, c.want)
		}
	}
}
