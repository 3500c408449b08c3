package clean

import "testing"

// TestOverStandfirstLongHeadline: a news site's head (section, headline,
// standfirst, share row, byline, date line) where the headline is as long
// as its standfirst or longer: the headline, not the standfirst right
// over the story's first lines. Left alone: a pair with no byline or date
// line under it, and a lower line set in a headline's capitals.
func TestOverStandfirstLongHeadline(t *testing.T) {
	const (
		head  = "Hospitals drop cover for new weight loss drugs as makers sell them direct to buyers at home"
		stand = "Prices for the new pens, sold as discounts, stay out of reach for many hospital workers"
		meta  = "\nManage alerts for this article\nEmail this article\nShare this article\nBy Jane Doe\nDec. 18, 2025\n"
	)
	if len(head) <= len(stand) {
		t.Fatal("the headline must be the longer line")
	}
	for _, c := range []struct{ name, src, want string }{
		{"a long headline over its standfirst and a byline", "Health Plus\nHealth\n" + head + "\n" + stand + meta, head},
		// Left alone.
		{"no byline or date line under the pair", "Health Plus\nHealth\n" + head + "\n" + stand + "\nManage alerts for this article\n", stand},
		{"a lower line in a headline's capitals", "Health Plus\nHealth\n" + head + "\nPrices For New Pens, Sold As Discounts, Stay Out Of Reach For Many Hospital Workers" + meta, "Prices For New Pens, Sold As Discounts, Stay Out Of Reach For Many Hospital Workers"},
	} {
		taken := stand
		if c.name == "a lower line in a headline's capitals" {
			taken = c.want
		}
		if got := takenOver(t, c.src+overStory, taken, headOverLine); got != c.want {
			t.Errorf("%s: headOver took %q, want %q", c.name, got, c.want)
		}
	}
}
