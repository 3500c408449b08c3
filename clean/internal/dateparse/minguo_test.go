package dateparse

import "testing"

// A numeric date that opens with a Minguo year of three digits (Taiwan's
// "114/03/04") reads as the Common Era's on a Taiwanese page, with any of
// the three marks and a clock or none; other three-digit numbers, an
// impossible day, a run glued to more digits or letters and a dotted run
// of one-digit parts are no date.
func TestDateLineMinguo(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"114/03/04", "2025-03-04"},
		{"114-03-04", "2025-03-04"},
		{"114.03.04", "2025-03-04"},
		{"114/3/4 10:05", "2025-03-04T10:05:00"},
		{"100/12/31", "2011-12-31"},
		// leave alone
		{"99/03/04", ""},
		{"131/03/04", ""},
		{"114/13/04", ""},
		{"113/02/30", ""},
		{"1114/03/04", ""},
		{"114/03/04x", ""},
		{"114/03/045", ""},
		{"115.3.1", ""},
		{"114.3.04", ""},
	} {
		st, _, ok := DateLineIn(c.line, TaiwanChinese)
		if got := st.ISO(); !ok && c.want != "" || ok && got != c.want {
			t.Errorf("DateLineIn(%q, TaiwanChinese) = %q, %v; want %q", c.line, got, ok, c.want)
		}
		if c.want == "" {
			continue
		}
		if st, ok := FullDateLineIn(c.line, TaiwanChinese); !ok || st.ISO() != c.want {
			t.Errorf("FullDateLineIn(%q, TaiwanChinese) = %q, %v; want %q", c.line, st.ISO(), ok, c.want)
		}
		if !MinguoMayRead(c.line) {
			t.Errorf("MinguoMayRead(%q) = false; the readers would not read it again in the page's language", c.line)
		}
	}
}

// Without the page's language no Minguo year is read: a version number
// or a phone number of the same shape on any other page is no date
// (revB75 points 1-2).
func TestDateLineMinguoNeedsTaiwan(t *testing.T) {
	for _, line := range []string{"114/03/04", "Firefox 115.3.1", "112-03-04", "Version 102.7.1"} {
		if st, _, ok := DateLine(line); ok {
			t.Errorf("DateLine(%q) = %q; want no date", line, st.ISO())
		}
		if st, _, ok := DateLineIn(line, Croatian); ok {
			t.Errorf("DateLineIn(%q, Croatian) = %q; want no date", line, st.ISO())
		}
	}
}

// LangOf takes Taiwan's Chinese tags as TaiwanChinese, and leaves Hong
// Kong's, Macau's, the mainland's and Singapore's alone, and the
// traditional script's without a region, which Hong Kong and Macau print
// too.
func TestLangOfTaiwanChinese(t *testing.T) {
	for tag, want := range map[string]Lang{
		"zh-TW": TaiwanChinese, "zh_TW": TaiwanChinese, "zh-Hant-TW": TaiwanChinese, "zh_hant_tw": TaiwanChinese, "ZH-TW": TaiwanChinese,
		"zh-Hant": NoLang, "zh_Hant": NoLang, "zh-Hant-MO": NoLang, "zh-TWN": NoLang,
		"zh": NoLang, "zh-CN": NoLang, "zh-Hans": NoLang, "zh-HK": NoLang, "zh-Hant-HK": NoLang, "zh-MO": NoLang, "zh-SG": NoLang,
	} {
		if got := LangOf(tag); got != want {
			t.Errorf("LangOf(%q) = %v, want %v", tag, got, want)
		}
	}
}
