package clean

import (
	"strings"
	"sync"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestFindDateAfterMemo: the memo answers as findDateAfterOnce, asked once
// and again, for every line of the corpus it remembers and the counts of words before
// the date its callers use; and pages cleaned at once, sharing it, get the
// same answers (go test -race checks the slots' reads and writes).
func TestFindDateAfterMemo(t *testing.T) {
	var lines []string
	for _, l := range testkit.CorpusLines(t) {
		if len(l) <= maxDateLine && strings.ContainsAny(l, "0123456789") {
			lines = append(lines, l) // the others pass the memo by
		}
	}
	lines = append(lines, "May 4, 2025", "Posted on June 29, 2020", "By Jane Doe | Jun 08, 2023 • 11 Minute Read",
		"٤ مارس ٢٠٢٥", "2025年11月17日", "")
	befores := []int{0, 2, 4, 7, 8, 10}
	check := func(t *testing.T, lines []string) {
		for _, l := range lines {
			for _, mb := range befores {
				st, pos, ok := findDateAfterOnce(l, mb)
				for range 2 {
					st2, pos2, ok2 := findDateAfter(l, mb)
					if st2 != st || pos2 != pos || ok2 != ok {
						t.Errorf("findDateAfter(%q, %d) = %v %d %v, findDateAfterOnce %v %d %v", l, mb, st2, pos2, ok2, st, pos, ok)
						return
					}
				}
			}
		}
	}
	check(t, lines)
	var wg sync.WaitGroup
	for k := range 4 {
		wg.Go(func() {
			part := lines[k*len(lines)/4 : (k+1)*len(lines)/4]
			if len(part) > 20000 {
				part = part[:20000]
			}
			check(t, part)
		})
	}
	wg.Wait()
}
