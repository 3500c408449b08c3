package clean

import (
	"testing"
)

// TestForumChromeNotAuthor checks that a forum thread's toolbar labels and
// member ranks are nobody's name, and that people whose names share a
// word with them are left alone.
func TestForumChromeNotAuthor(t *testing.T) {
	for in, want := range map[string]bool{
		"Display Modes":      true,
		"Thread Tools":       true,
		"Search this Thread": true,
		"Silver Partner":     true,
		"Senior Member":      true,
		"Super Moderator":    true,
		"Well-known member":  true,
		"Nate Silver":        false,
		"Dana Partner":       false,
		"Mark Read":          false,
		"Jimmy Page":         false,
		"Rose Post":          false,
	} {
		if got := notAuthorName(in); got != want {
			t.Errorf("notAuthorName(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestForumChromePage checks that a member's rank over a thread's date,
// or a toolbar's label after "Posted by", gives no author on a text page,
// and that a person's name in the same place still does.
func TestForumChromePage(t *testing.T) {
	const body = "\n\nI have been switching my reels over to braid this winter and keep losing fish at the knot. Which knots do you trust when tying braid to a fluorocarbon leader, and do you wet them first?\n\nThe FG knot has never let me down, though it takes practice. Wet it and pull it slowly until it seats, then trim close.\n"
	for head, want := range map[string]string{
		"Silver Partner\n\nMarch 3, 2025": "",
		"Posted by Display Modes":         "",
		"Nate Silver\n\nMarch 3, 2025":    "Nate Silver",
	} {
		page := "Harbour Anglers Forum\n\nBest knots for braided line?\n\n" + head + body
		res, err := String(page, &Options{URL: "https://harbouranglers.test/threads/best-knots-for-braided-line.1201/"})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, b := range res.Blocks {
			if len(b.Authors) > 0 {
				got = b.Authors[0]
				break
			}
		}
		if got != want {
			t.Errorf("%q: author %q, want %q", head, got, want)
		}
	}
}
