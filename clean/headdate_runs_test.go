package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/testkit"
)

// TestFindDateAfterRuns: findDateAfterOnce, which tries only the stretches
// that hold two runs of digits, answers as the search that tried every
// stretch from the first digit on (findDateAfterOnceRef, kept here as it
// was), over many lines made of the words, numbers and marks of date
// lines and of the lines around them.
func TestFindDateAfterRuns(t *testing.T) {
	testkit.SkipUnderRace(t, "30,000 built date runs, on one goroutine")
	words := []string{"Posted", "on", "By", "Jane", "Doe", "Updated:", "updated:Sep", "GiuffridaMar", "June", "Jun", "Mar", "May", "2nd", "21st",
		"March", "März", "de", "marzo", "мая", "Thursday,", "Tue", "at", "am", "PM", "GMT", "(UTC", "+04:00)", "WIB", "EST", "Read:", "Views:",
		"mins", "Min", "Read", "|", "•", "·", "-", "–", "/", ",", "(", ")", "[", "]", "Date:2025-01-02", "2025/Living", "Healthy", "©",
		"$10", "Off", "2025年11月17日", "٤", "مارس", "٢٠٢٥", "۱۴", "اسفند", "۱۴۰۳", "TODAY.AZ", "Materials", "CHRONICLE", "a.m."}
	rng := rand.New(rand.NewPCG(29, 9))
	number := func() string {
		switch rng.IntN(8) {
		case 0:
			return "20" + string(rune('0'+rng.IntN(3))) + string(rune('0'+rng.IntN(10)))
		case 1:
			return string(rune('0'+rng.IntN(3))) + string(rune('0'+rng.IntN(10))) + "." + string(rune('0'+rng.IntN(2))) + string(rune('1'+rng.IntN(9))) + ".2024"
		case 2:
			return string(rune('1'+rng.IntN(9))) + "/" + string(rune('1'+rng.IntN(9))) + "/2023"
		case 3:
			return string(rune('0'+rng.IntN(2))) + string(rune('0'+rng.IntN(10))) + ":" + string(rune('0'+rng.IntN(6))) + string(rune('0'+rng.IntN(10)))
		case 4:
			return "2025-0" + string(rune('1'+rng.IntN(9))) + "-1" + string(rune('0'+rng.IntN(10)))
		case 5:
			return "Mar 27, 2025" + string(rune('0'+rng.IntN(10))) // a year glued to a count
		case 6:
			return string(rune('1' + rng.IntN(9)))
		}
		return string(rune('1'+rng.IntN(2))) + string(rune('0'+rng.IntN(10))) + ","
	}
	seps := []string{" ", " ", " ", "", "\u00a0", " | ", " • ", "/", ", ", "\t"}
	found := 0
	for range 30000 {
		var b strings.Builder
		for k := range 1 + rng.IntN(12) {
			if k > 0 {
				b.WriteString(seps[rng.IntN(len(seps))])
			}
			if rng.IntN(5) < 2 {
				b.WriteString(number())
			} else {
				b.WriteString(words[rng.IntN(len(words))])
			}
		}
		line := b.String()
		for mb := range 6 {
			st, pos, ok := findDateAfterOnce(line, mb)
			st0, pos0, ok0 := findDateAfterOnceRef(line, mb)
			if st != st0 || pos != pos0 || ok != ok0 {
				t.Fatalf("findDateAfterOnce(%q, %d) = %+v %d %v; the full search gives %+v %d %v", line, mb, st, pos, ok, st0, pos0, ok0)
			}
			if ok {
				found++
			}
		}
	}
	if found < 1000 {
		t.Errorf("only %d of the generated lines hold a date: the test compares too little", found)
	}
}

// TestDateLineOneRun: dateparse.DateLine reads no date in a line with one
// run of digits, the claim findDateAfterOnce's shortcut stands on.
func TestDateLineOneRun(t *testing.T) {
	for _, line := range []string{"June 2020", "Jun 08", "2023", "Posted on June 29", "5 March", "March 5th", "© 2019", "21st of May", "Thursday, 2025", "10:", "May 2nd"} {
		if st, _, ok := dateparse.DateLine(line); ok {
			t.Errorf("DateLine(%q) = %+v, true from one run of digits", line, st)
		}
		if got := numberRuns(line, nil); len(got) != 1 {
			t.Errorf("numberRuns(%q) = %v, want one run", line, got)
		}
	}
	if got := numberRuns("11.09.2023, 10:16", nil); len(got) != 5 || got[0] != 0 || got[1] != 3 || got[2] != 6 || got[4] != 15 {
		t.Errorf("numberRuns = %v, want [0 3 6 12 15]", got)
	}
}

// findDateAfterOnceRef is findDateAfterOnce as it was before it read the
// runs of digits once: it tries every stretch that ends past the first
// digit from its start.
func findDateAfterOnceRef(line string, maxBefore int) (dateparse.Stamp, int, bool) {
	if len(line) <= maxDateLine*2 {
		if f, ok := dateparse.FoldDigits(line); ok {
			// "٤ مارس ٢٠٢٥", "۱۴ اسفند ۱۴۰۳": read with ASCII digits, the
			// offset mapped back to the line's
			st, pos, ok := findDateAfterOnceRef(f, maxBefore)
			return st, dateparse.UnfoldOffset(line, pos), ok
		}
	}
	if len(line) > maxDateLine || !strings.ContainsAny(line, "0123456789") {
		return dateparse.Stamp{}, 0, false
	}
	// words: how many words stand before each start. A date line is short:
	// the three lists fit in arrays on the stack (append grows them past).
	var startBuf, endBuf, wordBuf [48]int
	starts, ends, words := startBuf[:0], endBuf[:0], wordBuf[:0]
	in := false
	var prev rune
	n := 0
	for i, r := range line {
		sp := r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' || r == '|' || r == '•' || r == '·' || r == '⋅' ||
			r == '/' && (!(unicode.IsDigit(prev) && i+1 < len(line) && line[i+1] >= '0' && line[i+1] <= '9') || yearSlashCount(line, i)) // "2025/Living Healthy", "2025/0 Comments", not "09/25/2025"
		if !sp && in && (glued(prev, r) || yearRunsOn(line, starts[len(starts)-1], i)) {
			// "GiuffridaMar 5, 2025", "updated:Sep 4": a start inside
			// the word, which still counts as one
			ends, starts, words = append(ends, i), append(starts, i), append(words, n-1)
		}
		if !sp && !in {
			starts, words = append(starts, i), append(words, n)
			n++
		}
		if sp && in {
			ends = append(ends, i)
		}
		in, prev = !sp, r
	}
	if in {
		ends = append(ends, len(line))
	}
	for si, s := range starts {
		if words[si] > maxBefore {
			break
		}
		// [dateparse.DateLine] reads no date without an ASCII digit (the
		// line holds no other digits here: FoldDigits found none), and
		// the trimming below removes none: the stretches from s that end
		// at or before its first digit are not tried.
		d := strings.IndexAny(line[s:], "0123456789")
		if d < 0 {
			break // nor from a later start
		}
		for ei := min(len(ends)-1, si+10); ei >= si && ends[ei] > s+d; ei-- {
			e := ends[ei]
			st, _, ok := dateparse.DateLine(strings.TrimLeft(strings.TrimRight(line[s:e], ",.;:-–—)]"), "[("))
			if ok && st.Year != 0 && st.Day != 0 {
				return st, s, true
			}
		}
	}
	if st, pos, ok := cjkDate(line, maxBefore); ok {
		return st, pos, true // "2025年11月17日": no spaces to find its start by
	}
	return worldDate(line, maxBefore)
}
