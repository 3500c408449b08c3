package clean

import "testing"

// cutStripTail cuts a byline strip's share words, handle and reading time
// after a name, and leaves other lines as they are.
func TestCutStripTail(t *testing.T) {
	for in, want := range map[string]string{
		"Jane Doe Email Twitter":      "Jane Doe",
		"Jane Doe @janedoe":           "Jane Doe",
		"Jane Doe 3 min read":         "Jane Doe",
		"Jane Doe · 5-minute read":    "Jane Doe",
		"Jane Doe Share Tweet Email":  "Jane Doe",
		"Jane Doe Telegram Copy link": "Jane Doe",
		"By Jane Link":                "By Jane Link",
		"Jane Doe":                    "Jane Doe",
		"Share Email":                 "Share Email",
		"Jane Doe reads 3 min books":  "Jane Doe reads 3 min books",
		// Russian and Ukrainian units written out (reviewer revA76).
		"Анна Петрова 5 минут чтения":      "Анна Петрова",
		"Олена Коваль · 4 хвилини читання": "Олена Коваль",
		"Олена Коваль читає 4 хвилини":     "Олена Коваль читає 4 хвилини",
	} {
		if got := cutStripTail(in); got != want {
			t.Errorf("cutStripTail(%q) = %q, want %q", in, got, want)
		}
	}
}

// reviewerAfterWriter cuts a reviewer's credit printed after the
// writer's name, and leaves a line the reviewer's credit opens.
func TestReviewerAfterWriter(t *testing.T) {
	for in, want := range map[string]string{
		"Written by Jane Doe, Reviewed by Dr. John Roe":    "Written by Jane Doe",
		"By Jane Doe | Medically reviewed by John Roe, MD": "By Jane Doe",
		"By Jane Doe · Fact checked by John Roe":           "By Jane Doe",
		"Reviewed by Dr. John Roe":                         "Reviewed by Dr. John Roe",
		"By Jane Doe":                                      "By Jane Doe",
	} {
		if got := reviewerAfterWriter(in); got != want {
			t.Errorf("reviewerAfterWriter(%q) = %q, want %q", in, got, want)
		}
	}
}
