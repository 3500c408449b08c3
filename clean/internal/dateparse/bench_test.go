package dateparse

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// seedLines returns every line of the seed pages.
func seedLines(b *testing.B) (lines []string, size int64) {
	b.Helper()
	for _, p := range testkit.Seeds(b) {
		for _, l := range strings.Split(string(p.Data), "\n") {
			lines = append(lines, l)
			size += int64(len(l)) + 1
		}
	}
	return lines, size
}

// BenchmarkDateLine runs DateLine over every line of the seeds; most lines
// are not date lines and must cost no allocation.
func BenchmarkDateLine(b *testing.B) {
	lines, size := seedLines(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			DateLine(l)
		}
	}
}

// BenchmarkDateLineMiss runs DateLine over the seed lines that are not
// date lines: the path every body paragraph takes.
func BenchmarkDateLineMiss(b *testing.B) {
	all, _ := seedLines(b)
	var lines []string
	var size int64
	for _, l := range all {
		if _, _, ok := DateLine(l); !ok {
			lines = append(lines, l)
			size += int64(len(l)) + 1
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			DateLine(l)
		}
	}
}

// BenchmarkParseDateline runs ParseDateline over every line of the seeds.
func BenchmarkParseDateline(b *testing.B) {
	lines, size := seedLines(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			ParseDateline(l)
		}
	}
}

func TestDateLineMissAllocates0(t *testing.T) {
	for _, line := range []string{
		"Moscow and Baku have the same stance on the Nagorno Karabakh issue: both Azerbaijan and Russia consider the conflict over.",
		"At COP29, It’s About More Than the Climate: NewsWeek",
		"He said during his visit to Moscow on July 20, he discussed the situation.",
		"17:08",
		"Region16:10",
	} {
		if n := testing.AllocsPerRun(100, func() { DateLine(line); TimeOnly(line) }); n != 0 {
			t.Errorf("DateLine(%q) allocates %v times", line, n)
		}
	}
	para := "Moscow and Baku have the same stance on the Nagorno Karabakh issue: both Azerbaijan and Russia consider the conflict over."
	if n := testing.AllocsPerRun(100, func() { ParseDateline(para) }); n != 0 {
		t.Errorf("ParseDateline(%q) allocates %v times", para, n)
	}
}
