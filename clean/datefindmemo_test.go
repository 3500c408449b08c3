package clean

import (
	"strings"
	"sync"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestFindDateAfterMemo: the memo answers as findDateAfterOnce, asked once
// and again, for every line of the corpus it remembers and the counts of
// words before the date its callers use. One goroutine reads the memo
// here, so the race detector has nothing to see: TestFindDateAfterMemoShared
// is the race run's test of the memo.
func TestFindDateAfterMemo(t *testing.T) {
	testkit.SkipUnderRace(t, "the memo over every dated line of the corpus, on one goroutine")
	checkFindDateAfterMemo(t, findDateAfterMemoLines(t))
}

// TestFindDateAfterMemoShared: pages cleaned at once, sharing the memo, get
// the answers findDateAfterOnce gives (go test -race checks the slots'
// reads and writes).
func TestFindDateAfterMemoShared(t *testing.T) {
	lines := findDateAfterMemoLines(t)
	var wg sync.WaitGroup
	for k := range 4 {
		wg.Go(func() {
			part := lines[k*len(lines)/4 : (k+1)*len(lines)/4]
			if len(part) > 20000 {
				part = part[:20000]
			}
			checkFindDateAfterMemo(t, part)
		})
	}
	wg.Wait()
}

// findDateAfterMemoLines are the corpus's lines the memo remembers (short,
// with a digit; the others pass it by) and a few made-up dated lines.
func findDateAfterMemoLines(t *testing.T) []string {
	var lines []string
	for _, l := range testkit.CorpusLines(t) {
		if len(l) <= maxDateLine && strings.ContainsAny(l, "0123456789") {
			lines = append(lines, l)
		}
	}
	return append(lines, "May 4, 2025", "Posted on June 29, 2020", "By Jane Doe | Jun 08, 2023 • 11 Minute Read",
		"٤ مارس ٢٠٢٥", "2025年11月17日", "")
}

// checkFindDateAfterMemo checks that findDateAfter, asked twice, answers as
// findDateAfterOnce on each line for each count of words before the date
// its callers use; it stops at the first disagreement.
func checkFindDateAfterMemo(t *testing.T, lines []string) {
	for _, l := range lines {
		for _, mb := range []int{0, 2, 4, 7, 8, 10} {
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
