package extract

import "testing"

// yearFirstTag takes Korean, Japanese and Chinese tags, and no Chinese
// tag of a region that writes day first.
func TestYearFirstTag(t *testing.T) {
	for tag, want := range map[string]bool{
		"ko": true, "ko-KR": true, "ja_JP": true, "zh": true, "zh-TW": true, "zh-Hant-TW": true, "zh-CN": true, "zh-Hans": true,
		"zh-HK": false, "zh_hk": false, "zh-Hant-HK": false, "zh-MO": false, "zh-SG": false, "zh-Hans-SG": false, "en": false, "kor": false, "": false,
	} {
		if got := yearFirstTag(tag); got != want {
			t.Errorf("yearFirstTag(%q) = %v, want %v", tag, got, want)
		}
	}
}
