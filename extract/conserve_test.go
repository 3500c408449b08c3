package extract

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/testkit"
)

// checkPlacement verifies that every block of res went to exactly one place
// of the article, and that the place holds the block's text, with readers'
// comments left out (in Removed) and kept (Options.Comments). It runs
// without normalisation, so texts compare as found.
func checkPlacement(t testing.TB, res *clean.Result) {
	t.Helper()
	checkPlacementWith(t, res, &Options{NoNormalize: true})
	checkPlacementWith(t, res, &Options{NoNormalize: true, Comments: true})
}

// checkPlacementWith is checkPlacement with the given options.
func checkPlacementWith(t testing.TB, res *clean.Result, opts *Options) {
	t.Helper()
	a, placed := build(res, opts, "")
	if len(placed) != len(res.Blocks) {
		t.Fatalf("%d placements for %d blocks", len(placed), len(res.Blocks))
	}
	var rb strings.Builder
	for _, r := range a.Removed {
		rb.WriteString(r.Text + "\n")
	}
	removed := rb.String()
	body := strings.Join(a.Body, "\n")
	var captions strings.Builder
	for _, img := range a.Images {
		captions.WriteString(img.Caption + "\n" + img.Credit + "\n")
	}
	for i, b := range res.Blocks {
		var holder string
		switch placed[i] {
		case "":
			t.Fatalf("block %d (%s %q) went nowhere", i, b.Kind, b.Text)
		case "title":
			holder = a.Title
		case "deck":
			holder = a.Deck
		case "kicker":
			holder = a.Kicker
		case "section":
			holder = a.Section
		case "body":
			holder = body
		case "removed":
			holder = removed
		case "authors":
			// The names are split out of the byline: each must stand in it
			// (a run of spaces in the line is one space in a name).
			for _, name := range b.Authors {
				if !strings.Contains(strings.Join(strings.Fields(b.Text), " "), name) || !slices.Contains(a.Authors, name) {
					t.Errorf("block %d (%q): author %q is not in %q", i, b.Text, name, a.Authors)
				}
			}
			continue
		case "images":
			// A credit loses its "©" or "Photo:" mark, a caption nothing;
			// the credit is read from the line tidied (see tidyKey).
			holder = captions.String()
			if b.Kind == clean.Credit {
				if b.Credit == "" || !strings.Contains(tidyKey(b.Text), tidyKey(b.Credit)) || !strings.Contains(holder, b.Credit) {
					t.Errorf("block %d (credit %q) is not in the images", i, b.Text)
				}
				continue
			}
		case "comments":
			holder = strings.Join(a.Comments, "\n")
		case "dateline":
			holder = a.Dateline.Text
		case "published":
			if a.Published == "" {
				t.Errorf("block %d (%q) was taken as the date, but the article has none", i, b.Text)
			}
			continue
		case "modified":
			if a.Modified == "" {
				t.Errorf("block %d (%q) was taken as the update time, but the article has none", i, b.Text)
			}
			continue
		default:
			t.Fatalf("block %d: unknown place %q", i, placed[i])
		}
		if !strings.Contains(holder, b.Text) {
			t.Errorf("block %d (%s %q) was placed in %s, which does not hold it", i, b.Kind, b.Text, placed[i])
		}
	}
	checkTaken(t, res, a, placed)
	n := 0
	for i, p := range placed {
		if p == "body" && !(res.Blocks[i].Wrapped && i > 0 && placed[i-1] == "body") {
			n++ // a wrapped line joins the paragraph before it
		}
	}
	if n != len(a.Body) {
		t.Errorf("%d blocks placed in the body, which has %d paragraphs", n, len(a.Body))
	}
}

// checkTaken verifies that a.Taken accounts for the blocks placed in a
// field other than the body and Removed: each such block's text stands in a
// run of its field that spans its line, and no run is of the body or of
// Removed.
func checkTaken(t testing.TB, res *clean.Result, a *Article, placed []string) {
	t.Helper()
	for _, x := range a.Taken {
		if x.Field == "body" || x.Field == "removed" || x.Field == "" {
			t.Errorf("Taken run of field %q at line %d", x.Field, x.Line)
		}
	}
	for i, b := range res.Blocks {
		if placed[i] == "body" || placed[i] == "removed" {
			continue
		}
		if !slices.ContainsFunc(a.Taken, func(x Taken) bool {
			return x.Field == placed[i] && x.Line <= b.Line && b.Line <= max(x.Line, x.EndLine) && strings.Contains(x.Text, b.Text)
		}) {
			t.Errorf("block %d (%s %q, line %d) placed in %s is in no Taken run of it", i, b.Kind, b.Text, b.Line, placed[i])
		}
	}
}

// TestPlacement checks the placement of every block of the seeds, of the
// outlet cases (with each case's URL, so that its rule applies) and, when
// ../shared is beside the module, of the benchmark's flattened pages.
func TestPlacement(t *testing.T) {
	t.Run("seeds", func(t *testing.T) {
		for _, p := range testkit.Seeds(t) {
			res, err := clean.Text(p.Data, nil)
			if err != nil {
				t.Fatalf("%s: %v", p.Name, err)
			}
			checkPlacement(t, res)
		}
	})
	t.Run("outlets", func(t *testing.T) {
		for _, c := range testkit.OutletCases(t) {
			t.Run(c.Rule+"/"+c.Name, func(t *testing.T) {
				res, err := clean.Text(c.Input, &clean.Options{URL: c.URL})
				if err != nil {
					t.Fatal(err)
				}
				checkPlacement(t, res)
			})
		}
	})
	t.Run("aeb", func(t *testing.T) {
		for _, p := range testkit.SharedPages(t, "bench/aeb/text/*.txt") {
			res, err := clean.Text(p.Data, nil)
			if errors.Is(err, clean.ErrEmpty) {
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", p.Name, err)
			}
			checkPlacement(t, res)
		}
	})
}

// TestPlacementHTML checks the placement of every block of the HTML pages:
// the repository's rich page, and the benchmark's when ../shared is beside
// the module.
func TestPlacementHTML(t *testing.T) {
	check := func(t *testing.T, pages []testkit.Page) {
		for _, p := range pages {
			res, err := clean.HTML(p.Data, "", nil)
			if errors.Is(err, clean.ErrEmpty) {
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", p.Name, err)
			}
			checkPlacement(t, res)
		}
	}
	t.Run("rich", func(t *testing.T) {
		data, err := os.ReadFile(testkit.Testdata(t, "rich", "villages.html"))
		if err != nil {
			t.Fatal(err)
		}
		check(t, []testkit.Page{{Name: "villages.html", Data: data}})
	})
	t.Run("aeb", func(t *testing.T) { check(t, testkit.SharedPages(t, "bench/aeb/html/*.html")) })
}

func TestBadInput(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  string
		err  error
	}{
		{"empty", "", clean.ErrEmpty},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", clean.ErrBinary},
		{"too large", strings.Repeat("x", 200), clean.ErrTooLarge},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := String(tt.src, &Options{ID: "page-7", MaxBytes: 100})
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if !strings.Contains(err.Error(), "page-7") {
				t.Errorf("error %q does not name the input", err)
			}
		})
	}
	t.Run("invalid UTF-8", func(t *testing.T) {
		a, err := String("A title here\n\nThe minister said on Monday that the talks would go on, and that both sides were ready \xff to meet again.", nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Warnings) == 0 || a.Warnings[0].Kind != "invalid-utf8" {
			t.Errorf("warnings = %+v, want invalid-utf8", a.Warnings)
		}
	})
}

func TestTruncated(t *testing.T) {
	a, err := String("A title here\n\nThe minister said on Monday that the talks would go on, and that both sides were ready to meet again.\n\nThe next round is expected to take place in the spring, according to the military-politi", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Warnings) != 1 || a.Warnings[0] != (Warning{Kind: "truncated", Field: "body", Index: 1}) {
		t.Errorf("warnings = %+v, want truncated body[1]", a.Warnings)
	}
	a, err = String("A title here\n\nThe minister said on Monday that the talks would go on, and that both sides were ready to meet again.", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Warnings) != 0 {
		t.Errorf("a complete paragraph is flagged: %+v", a.Warnings)
	}
}
