package clean

import (
	"reflect"
	"sync"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestTextOnManyGoroutines: pages cleaned at once on several goroutines,
// as the batch package and the CLI's -j clean them, come out as cleaned one
// by one. The race run's check of what the pages share: the lazily compiled
// rules and patterns, the sync.Pool users (bigramPool, the model's
// vectors) and the date memo; the corpus-wide tests that skip under -race
// run on one goroutine and had nothing for the detector to see.
func TestTextOnManyGoroutines(t *testing.T) {
	pages := testkit.Seeds(t)
	want := make([]*Result, len(pages))
	for i, p := range pages {
		res, err := Text(p.Data, nil)
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		want[i] = res
	}
	const rounds = 3
	var wg sync.WaitGroup
	for k := range rounds * len(pages) {
		wg.Go(func() {
			p := pages[k%len(pages)]
			res, err := Text(p.Data, nil)
			if err != nil {
				t.Errorf("%s on goroutine %d: %v", p.Name, k, err)
				return
			}
			if !reflect.DeepEqual(res, want[k%len(pages)]) {
				t.Errorf("%s on goroutine %d: cleaned otherwise than on one goroutine", p.Name, k)
			}
		})
	}
	wg.Wait()
}

// TestLazyRegexpFirstUseShared: a pattern first used by many goroutines at
// once is compiled once, with its quick test, and answers alike on each
// (go test -race checks the compile's and the quick test's sync.Once).
func TestLazyRegexpFirstUseShared(t *testing.T) {
	l := &lazyRegexp{expr: `(?i)^by\s+(\p{Lu}\p{Ll}+)`, builtin: true} // not in lazyPatterns: fresh in this test
	lines := []string{"By Jane Doe", "by Ölaf", "Byron Bay", "", "Jane Doe"}
	var wg sync.WaitGroup
	for k := range 16 {
		wg.Go(func() {
			s := lines[k%len(lines)]
			want := k%len(lines) < 2
			if got := l.MatchString(s); got != want {
				t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
			}
			if m := l.FindStringSubmatch(s); (m != nil) != want {
				t.Errorf("FindStringSubmatch(%q) = %q", s, m)
			}
		})
	}
	wg.Wait()
	if l.re == nil {
		t.Error("the pattern was never compiled")
	}
}
