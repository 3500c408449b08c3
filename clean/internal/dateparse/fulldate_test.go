package dateparse

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// fullDateRef is FullDateLine's reference: DateLine (in lang), kept when
// its stamp has a year and a day.
func fullDateRef(s string, lang Lang) (Stamp, bool) {
	st, _, ok := DateLineIn(s, lang)
	if !ok || st.Year == 0 || st.Day == 0 {
		return Stamp{}, false
	}
	return st, true
}

// checkFullDate fails when FullDateLine and its reference differ on s, or
// when yearShaped turns down a line the reference reads; it reports what
// the reference read and whether yearShaped turned s down. It checks a
// Taiwanese page's reading as well, which alone reads a Minguo year.
func checkFullDate(t *testing.T, s string) (full, shapeless bool) {
	t.Helper()
	folded, _ := FoldDigits(s)
	shapeless = !yearShaped(folded)
	for _, lang := range []Lang{NoLang, TaiwanChinese} {
		want, wantOK := fullDateRef(s, lang)
		got, ok := FullDateLineIn(s, lang)
		if ok != wantOK || got != want {
			t.Errorf("FullDateLineIn(%q, %d) = %+v, %v; DateLineIn reads %+v, %v", s, lang, got, ok, want, wantOK)
		}
		if wantOK && shapeless {
			t.Errorf("yearShaped(%q) is false; DateLineIn(_, %d) reads the full date %+v", folded, lang, want)
		}
		full = full || wantOK
	}
	return full, shapeless
}

// yearVariants returns s with each run of digits that may print a year
// changed so that it prints none: a four-digit run lengthened, shortened,
// moved out of yearOK's range or turned into a letter; a two-digit run
// lengthened.
func yearVariants(s string) []string {
	var out []string
	for _, r := range digitRuns.FindAllStringIndex(s, -1) {
		run := s[r[0]:r[1]]
		var repl []string
		switch len(run) {
		case 4:
			repl = []string{"2" + run, run[1:], "3" + run[1:], "1" + run[1:], "x"}
		case 2:
			repl = []string{"1" + run, "x"}
		default:
			continue
		}
		for _, w := range repl {
			out = append(out, s[:r[0]]+w+s[r[1]:])
		}
	}
	return out
}

// TestYearShaped holds yearShaped's claim (every full date DateLine reads
// has a year's shape) and FullDateLine's equivalence to DateLine over the
// package's test literals, each literal that reads as a full date changed
// so that its year loses its shape (one run at a time, then all at once),
// and lines generated from the tables' words.
func TestYearShaped(t *testing.T) {
	full, variants, turned := 0, 0, 0
	for _, s := range testLiterals(t) {
		read, _ := checkFullDate(t, s)
		if !read {
			continue
		}
		full++
		vs := yearVariants(s)
		all := s
		for _, r := range slices.Backward(digitRuns.FindAllStringIndex(s, -1)) {
			if n := r[1] - r[0]; n == 4 || n == 2 {
				all = all[:r[0]] + "1" + all[r[0]:]
			}
		}
		for _, v := range append(vs, all) {
			variants++
			if _, shapeless := checkFullDate(t, v); shapeless {
				turned++
			}
		}
	}
	if full < 150 || turned < 100 {
		t.Fatalf("%d full dates, %d variants turned down: the check reads too little", full, turned)
	}
	t.Logf("%d literals read as full dates; %d variants, %d without a year's shape", full, variants, turned)
}

// generatedDateWords are the pieces the generated lines are made of: the
// tables' month and weekday names, numbers of every length around the
// years', and the marks and words the forms read.
func generatedDateWords() []string {
	words := []string{
		"1", "4", "05", "12", "13", "29", "31", "99", "114", "123", "131", "1899", "1900", "2025", "2100", "2101", "2568", "1446", "20251", "02025",
		".", "/", "-", "–", "—", "‐", "−", "--", "'", "’", ":", ",", "|", "(", ")", "[", "]", "#", "•", "T", "Z", "+02:00",
		"am", "pm", "AM", "PM", "EST", "GMT", "(UTC +04:00)", "at", "à", "Published", "Updated", "updated", "Güncelleme",
		"de", "of", "th", "st", "d.", "m.", "gada", "жылғы", "ж.", "yil", "tháng", "năm", "ngày", "هـ", "م", "น.", "วันอังคาร",
		"입력", "오후", "Read:", "Views:", "TODAY.AZ", "Materials", "Politics", "CHRONICLE", "📅", "h", "há", "2", "horas", "ago",
	}
	for i := range monthNames {
		words = append(words, monthNames[i], monthNames[i][:3], strings.ToUpper(monthNames[i][:1])+monthNames[i][1:], hyMonths[i], thaiMonths[i][0], thaiMonths[i][1])
	}
	for w := range foreignMonths() {
		words = append(words, w)
	}
	for w := range moreMonths() {
		words = append(words, w)
	}
	for w := range foreignWeekdays() {
		words = append(words, w)
	}
	words = append(words, weekdayNames[:]...)
	slices.Sort(words) // the maps' order is random: the generated lines are the same each run
	return slices.Compact(words)
}

// TestFullDateLineGenerated holds the same over generated lines: a date
// in one of the forms (a day, a month's name from the tables or a number,
// a year, in each order, with the marks between), then a few of its
// pieces replaced by the tables' words or numbers of other lengths, and
// words around it, each glued to the one before or after a blank, so that
// numbers, marks and names meet as the forms read them and as they do not.
func TestFullDateLineGenerated(t *testing.T) {
	words := generatedDateWords()
	var months []string
	for _, w := range words {
		if _, ok := monthAny(w); ok {
			months = append(months, w)
		}
	}
	rng := rand.New(rand.NewPCG(36, 9))
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	days := []string{"1", "4", "05", "12", "19", "29", "31", "32", "0"}
	years := []string{"2025", "1999", "1900", "2100", "1899", "2101", "25", "19", "20251", "025", "114", "'25", "’41"}
	marks := []string{" ", " ", " ", ". ", ", ", "-", ".", "/", " de ", "th ", "–", "‐", "−", " tháng "}
	n := 200000
	if testing.Short() {
		n = 40000
	}
	full, turned := 0, 0
	var b strings.Builder
	for range n {
		var parts []string
		month := pick(months)
		if rng.IntN(3) == 0 {
			month = pick(days)
		}
		day, year, m1, m2 := pick(days), pick(years), pick(marks), pick(marks)
		switch rng.IntN(3) {
		case 0:
			parts = []string{day, m1, month, m2, year}
		case 1:
			parts = []string{month, m1, day, m2, year}
		default:
			parts = []string{year, m1, month, m2, day}
		}
		for range max(0, rng.IntN(5)-2) {
			parts[rng.IntN(len(parts))] = pick(words)
		}
		for range max(0, rng.IntN(6)-3) {
			w := pick(words) + pick([]string{" ", "", ", ", " - "})
			if rng.IntN(2) == 0 {
				parts = append([]string{w}, parts...)
			} else {
				parts = append(parts, " "+w)
			}
		}
		b.Reset()
		for _, p := range parts {
			b.WriteString(p)
		}
		read, shapeless := checkFullDate(t, b.String())
		if read {
			full++
		}
		if shapeless {
			turned++
		}
	}
	if full < n/100 || turned < n/10 {
		t.Fatalf("%d of %d generated lines read as full dates, %d turned down: the check reads too little", full, n, turned)
	}
	t.Logf("%d generated lines: %d full dates, %d without a year's shape", n, full, turned)
}

// FuzzFullDateLine holds FullDateLine to DateLine on any input.
func FuzzFullDateLine(f *testing.F) {
	for _, s := range []string{
		"25 May 2023 - 23:12", "14.11.24", "04/03/25 10:15", "4 มี.ค. 2568 14:05 น.", "2025-03-04T10:15:00+02:00",
		"الثلاثاء 4 رمضان 1446 هـ - 4 مارس 2025 م", "04.03.2025 - Güncelleme : 05.03.2025", "2025-yil 4-mart",
		"$9 billion order for 30 Boeing 787", "Tel.: +41 (0)55 280 43 05", "Nov 19 20197:05 AM",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFullDate(t, s) })
}

// TestFullDateLineCorpus holds the same over the seeds' lines and, outside
// -short, AEB's and WCXB-dev's: each short line's stretches of up to
// twelve words with digits in them, trimmed as clean's search for a date
// in a line trims them (the lines FullDateLine is asked about).
func TestFullDateLineCorpus(t *testing.T) {
	lines := testkit.CorpusLines(t)
	seen := map[string]bool{}
	stretches, full, turned := 0, 0, 0
	for _, l := range lines {
		if len(l) > 160 || !strings.ContainsAny(l, "0123456789") || seen[l] {
			continue
		}
		seen[l] = true
		f := strings.Fields(l)
		for i := range f {
			for j := i + 1; j <= len(f) && j <= i+12; j++ {
				s := strings.TrimLeft(strings.TrimRight(strings.Join(f[i:j], " "), ",.;:-–—)]"), "[(")
				if !strings.ContainsAny(s, "0123456789") {
					continue
				}
				stretches++
				read, shapeless := checkFullDate(t, s)
				if read {
					full++
				}
				if shapeless {
					turned++
				}
			}
		}
	}
	if full == 0 || turned == 0 {
		t.Fatalf("%d stretches: %d full dates, %d without a year's shape: the check reads too little", stretches, full, turned)
	}
	t.Logf("%d lines, %d stretches: %d full dates, %d without a year's shape", len(seen), stretches, full, turned)
}
