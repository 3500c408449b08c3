package extract

import (
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// yearFirstTag takes Korean, Japanese and Chinese tags, and no Chinese
// tag of a region that writes day first.
func TestYearFirstTag(t *testing.T) {
	for tag, want := range map[string]bool{
		"ko": true, "ko-KR": true, "ja_JP": true, "zh": true, "zh-TW": true, "zh-Hant-TW": true, "zh-CN": true, "zh-Hans": true,
		"zh-HK": false, "zh_hk": false, "zh-Hant": false, "zh_hant": false, "zh-Hant-TW-x": true, "zh-Hant-HK": false, "zh-MO": false, "zh-SG": false, "zh-Hans-SG": false, "en": false, "kor": false, "": false,
	} {
		if got := yearFirstTag(tag); got != want {
			t.Errorf("yearFirstTag(%q) = %v, want %v", tag, got, want)
		}
	}
}

// printsFullYearDate finds st's date with its four-digit year in either
// order and mark, and no short form, other numbers or a year glued to
// more digits.
func TestPrintsFullYearDate(t *testing.T) {
	st := clean.Stamp{Year: 2025, Month: 3, Day: 4}
	for s, want := range map[string]bool{
		"입력 2025.03.04 10:05": true, "2025-3-4": true, "게재 04/03/2025": true, "03/04/2025": true, "4.3.2025.": true,
		"04.03.25": false, "2025.03.05": false, "12025.03.04": false, "2025.03.041": false, "2025.03-04": false, "사진 2025": false, "": false,
	} {
		if got := printsFullYearDate(s, st); got != want {
			t.Errorf("printsFullYearDate(%q) = %v, want %v", s, got, want)
		}
	}
}
