package clean

import "testing"

// titleOf returns the text of the Title block of src cleaned without
// the story detector, "" for none.
func titleOf(t *testing.T, src string) string {
	t.Helper()
	res, err := String(src, &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	return titleBlock(res)
}

// titleBlock returns the text of res's block labelled the title, or "".
func titleBlock(res *Result) string {
	for _, b := range res.Blocks {
		if b.Kind == Title {
			return b.Text
		}
	}
	return ""
}

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
