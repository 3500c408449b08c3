package batch

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestBudgetNoOverflow holds Options.Timeout to its word, "this long per MB
// of the page, and at least this long", for a timeout meant as "no limit in
// practice" (`newsclean -timeout 2562047h`): the budget of a page of
// several MB is the longest a Duration holds, not a product that overflowed
// to a negative budget, under which the page timed out at once.
func TestBudgetNoOverflow(t *testing.T) {
	long := time.Duration(math.MaxInt64 / 2)
	p := &pool{o: Options{Timeout: long}}
	for _, n := range []int{0, 1 << 20, 3 << 20, 1 << 40} {
		if b := p.budget(n); b < long {
			t.Errorf("budget(%d) = %v, want at least %v", n, b, long)
		}
	}
	page := "Ferry line reopens\n\n" + strings.Repeat("word ", 600_000) + "\n" // 3 MB
	recs := []Record{{ID: "big", Kind: KindText, Data: []byte(page)}}
	for r := range Run(context.Background(), slices.Values(recs), &Options{Timeout: long}) {
		if r.Err != nil {
			t.Errorf("a 3 MB page with a timeout of %v: %v", long, r.Err)
		}
	}
}
