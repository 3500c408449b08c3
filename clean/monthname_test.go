package clean_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// MonthName reads a month's English name in its forms and another
// language's, in any case, and no other word.
func TestMonthName(t *testing.T) {
	for _, c := range []struct {
		word string
		want time.Month
		ok   bool
	}{
		{"Mar", time.March, true}, {"march", time.March, true}, {"Sept.", time.September, true},
		{"mars", time.March, true}, {"MÄRZ", time.March, true}, {"marzo", time.March, true},
		{"Expo", 0, false}, {"Spring", 0, false}, {"", 0, false},
	} {
		if got, ok := clean.MonthName(c.word); got != c.want || ok != c.ok {
			t.Errorf("MonthName(%q) = %v, %v, want %v, %v", c.word, got, ok, c.want, c.ok)
		}
	}
}
