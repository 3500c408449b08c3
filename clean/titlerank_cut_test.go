package clean

import "testing"

// TestCutShort checks that a long title cut inside a word or with an
// ellipsis is read as the whole one's print, and that a shorter title of
// its own (cut between words, too short, or not a prefix) is not.
func TestCutShort(t *testing.T) {
	const whole = "Night ferry to the islands returns after two years as the council finds money for a crew in its transport budget"
	for _, c := range []struct {
		cut  string
		want bool
	}{
		{"Night ferry to the islands returns after two years as the council finds money for a crew in its transport bu", true},
		{"Night ferry to the islands returns after two years as the council finds money…", true},
		{"Night ferry to the islands returns after two years as the council finds money ...", true},
		{"Night ferry to the islands returns after two years as the council finds money", false},
		{"Night ferry to the isla", false},
		{"Night ferry to the islands returns after two years as the council finds mo…ney", false},
		{whole, false},
		{"Day ferry to the islands returns after two years as the council finds money for a crew", false},
	} {
		if got := cutShort(c.cut, whole); got != c.want {
			t.Errorf("cutShort(%q) = %v, want %v", c.cut, got, c.want)
		}
	}
}

// TestCutShortEllipsis checks that a short title cut with an ellipsis is
// read as the whole one's print from minCutEllipsis characters, and that
// one cut without an ellipsis needs minCutTitle.
func TestCutShortEllipsis(t *testing.T) {
	const whole = "New footbridge joins the old town to the railway station"
	for _, c := range []struct {
		cut  string
		want bool
	}{
		{"New footbridge joins the old town…", true},
		{"New footbridge joins the old town...", true},
		{"New footbridge joins the old town", false},
		{"New footbridge j…", true},
		{"New footbridge…", false},
		{"Old footbridge joins the old town…", false},
	} {
		if got := cutShort(c.cut, whole); got != c.want {
			t.Errorf("cutShort(%q) = %v, want %v", c.cut, got, c.want)
		}
	}
}

// TestCutShortEllipsisUnspaced checks that a title in a script written
// without spaces cut with an ellipsis is read as the whole one's print
// from minCutEllipsisUnspaced characters, and not below.
func TestCutShortEllipsisUnspaced(t *testing.T) {
	const whole = "港の夜行フェリーが二年ぶりに島へ運航再開"
	for _, c := range []struct {
		cut  string
		want bool
	}{
		{"港の夜行フェリーが二年…", true},
		{"港の夜行フェリー…", true},
		{"港の夜行フェ…", false},
		{"港の夜行フェリーが二年", false},
		{"港の昼行フェリーが二年…", false},
	} {
		if got := cutShort(c.cut, whole); got != c.want {
			t.Errorf("cutShort(%q) = %v, want %v", c.cut, got, c.want)
		}
	}
}
