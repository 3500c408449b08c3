package align

import (
	"strings"
	"testing"
)

// FuzzBlocks checks the invariants of Blocks on any blocks and gold: one
// verdict per block, counts in range, story only where tokens matched, at
// most one title and one date, and the same answer twice.
func FuzzBlocks(f *testing.F) {
	f.Add("Home\nFerry line reopens\nMay 4, 2025\n"+p1+"\nAdvertisement\n"+p2, p1+"\n\n"+p2, "Ferry line reopens", "2025-05-04")
	f.Add("a\na b\na b c\na b c d\n\n", "a b c a b c d a", "a b", "2025-01-01")
	f.Add("", "", "", "")
	f.Fuzz(func(t *testing.T, page, main, title, date string) {
		blocks := strings.Split(page, "\n")
		g := Gold{Main: main, Title: title, Date: date}
		got := Blocks(blocks, g)
		if len(got) != len(blocks) {
			t.Fatalf("%d verdicts for %d blocks", len(got), len(blocks))
		}
		titles, dates := 0, 0
		for i, b := range got {
			if b.Matched < 0 || b.Matched > b.Words {
				t.Errorf("block %d: matched %d of %d words", i, b.Matched, b.Words)
			}
			switch b.Label {
			case Story:
				if b.Matched == 0 {
					t.Errorf("block %d %q: story with nothing matched", i, blocks[i])
				}
			case Title:
				titles++
			case Date:
				dates++
			}
		}
		if titles > 1 || dates > 1 {
			t.Errorf("%d titles, %d dates", titles, dates)
		}
		again := Blocks(blocks, g)
		for i := range got {
			if got[i] != again[i] {
				t.Fatalf("block %d: %+v, then %+v", i, got[i], again[i])
			}
		}
	})
}
