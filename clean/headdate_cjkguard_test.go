package clean

import (
	"strings"
	"testing"
)

// TestMayHoldCJKDate: mayHoldCJKDate lets through every line in which
// cjkDateForm finds a date, with each script's units, with spaced full
// stops and tabs or several blanks around them, after labels and digits,
// and turns down the lines with a full stop and a blank but no such year.
func TestMayHoldCJKDate(t *testing.T) {
	heads := []string{"", "发布时间：", "작성일 : ", "Posted ", "1", "12", "By Jane Doe | ", "\xff", "No. 5. ", "v2. "}
	words := []string{"2025年11月17日", "2025 年 3 月 4 日", "2025년 11월 17일", "1999년 1월 2일", "2025. 11. 17.", "2025.\t11.\t17",
		"2025 . 11. 17", "2025.  3.  4", "1987. 1. 2", "2025.11.17", "2025. 11", "2125. 11. 17", "1899. 1. 2", "20 25. 11. 17",
		"Mr. Smith said", "in 2025. The tide", "2025. The tide", "20250. 1. 2", "X2025. 1. 2"}
	ends := []string{"", ".", " 10:15", " (月)", "（星期一） 10時15分", " 오후 3시 5분", " and more. Then"}
	// The front test before this one let through only lines with "年",
	// "년" or ". ": a date spaced with tabs alone ("2025.\t11.\t17") was
	// never read, and the guard keeps that.
	match := func(s string) bool {
		return (strings.Contains(s, "年") || strings.Contains(s, "년") || strings.Contains(s, ". ")) && cjkDateForm.FindStringSubmatchIndex(s) != nil
	}
	checkGuard(t, "cjkDateForm", guardLines(20000, heads, words, ends), mayHoldCJKDate, match, 5000)
	for _, s := range []string{"Mr. Smith said. Then he left", "No. 5. The tide tables", "In 2025. the tide", "2025.11. 17"} {
		if mayHoldCJKDate(s) {
			t.Errorf("mayHoldCJKDate(%q) = true, want false", s)
		}
	}
}
