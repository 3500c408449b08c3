package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestLinesAlone checks the buffers one call reuses from line to line (the
// edit and flag buffers of the name passes and the clean-up, the output
// built only from the first changed line) against each line normalised on
// its own with fresh buffers: a line ending in a line feed passes no
// state on, so the whole text's output must be the lines' outputs joined,
// and its changes theirs, moved by the line's offset. Lines mix name
// variants (at the line's start and end, after punctuation, in mixed case,
// non-ASCII ones), glosses, flagged terms, indentation, no-break and
// doubled spaces, Armenian punctuation, decomposed letters and invalid
// UTF-8, so that changed and unchanged lines, and lines with changes of
// both layers, follow one another in every order.
func TestLinesAlone(t *testing.T) {
	parts := []string{"Garabagh", "GARABAGH", "garabagh", "Qarabağ", "Karabakh", "Nakhichevan", "Nagorny Karabakh",
		"NAGORNY KARABAH", "Kelbajar", "Kalbajar", "Khankendi (Stepanakert)", "Western Azerbaijan", "Susa", "Shusha",
		"Lachinsky corridor", "Armenia", "the", "said", "and", "was", "of", "talks", "(", ")", ", ", ". ", " ", " ",
		"  ", "\u00a0", "\u0589", "e\u0301", "\xff", "\u200b", "’s", "Ganja", "Gəncə"}
	opts := []Options{{}, {Exonyms: PresetWikipedia}}
	rng := rand.New(rand.NewPCG(9, 10))
	for _, o := range opts {
		whole := mustNew(t, o)
		for n := 0; n < 300; n++ {
			var lines []string
			for k := rng.IntN(12); k >= 0; k-- {
				var b strings.Builder
				if rng.IntN(3) == 0 {
					b.WriteString("    ")
				}
				for m := rng.IntN(14); m >= 0; m-- {
					if rng.IntN(3) == 0 {
						b.WriteString(parts[rng.IntN(len(parts))])
					} else {
						b.WriteString(parts[16+rng.IntN(6)]) // function words, so that lines read as English
					}
					b.WriteByte(' ')
				}
				b.WriteByte('\n')
				lines = append(lines, b.String())
			}
			if rng.IntN(2) == 0 {
				last := len(lines) - 1
				lines[last] = strings.TrimSuffix(lines[last], "\n")
			}
			text := strings.Join(lines, "")
			got, changes := whole.String(text)
			var want strings.Builder
			var wantChanges []Change
			off := 0
			for _, l := range lines {
				out, ch := freshString(whole, l)
				want.WriteString(out)
				for _, c := range ch {
					c.Offset += off
					wantChanges = append(wantChanges, c)
				}
				off += len(l)
			}
			if got != want.String() {
				t.Fatalf("String(%q) = %q, the lines alone give %q", text, got, want.String())
			}
			if diff := cmp.Diff(wantChanges, changes); diff != "" {
				t.Fatalf("String(%q) changes (-lines alone +whole):\n%s", text, diff)
			}
		}
	}
}

// TestAllocations checks that a text that is already normal and holds no
// variant costs no allocation, and that a changed one costs two: the
// output and the record of changes.
func TestAllocations(t *testing.T) {
	testkit.SkipUnderRace(t, "the race detector's instrumentation allocates")
	n := mustNew(t, Options{})
	normal := "Armenia and Azerbaijan signed the deal in Baku on Monday, said the Karabakh officials.\nTalks went on.\n"
	n.String(normal)
	if a := testing.AllocsPerRun(50, func() { n.String(normal) }); a != 0 {
		t.Errorf("normal text: %.1f allocations per call, want 0", a)
	}
	changed := "    Garabagh and Azerbaijan signed the deal in Baku on Monday, said the Karabakh officials.\nTalks\u00a0went on.\n"
	if a := testing.AllocsPerRun(50, func() { n.String(changed) }); a > 2 {
		t.Errorf("changed text: %.1f allocations per call, want 2", a)
	}
}

// freshString normalises s, one line shorter than a segment's bound, as
// its only segment, with buffers of its own rather than the pool's.
func freshString(n *Normalizer, s string) (string, []Change) {
	sc := new(scratch)
	var st segState
	out, changed := n.segment(sc, []byte(s), &st, true, 0, &sc.rec)
	res := s
	if changed {
		res = string(out)
	}
	return res, sc.rec.fill(s, res)
}
