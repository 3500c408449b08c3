package dateparse

import "testing"

// TestWireCreditAlone: the Arabic papers' place and wire on a line of
// their own, a tatweel standing as the dash, take the whole paragraph.
func TestWireCreditAlone(t *testing.T) {
	for _, para := range []string{"طهران ـ يو.بي.آي", "طهران - رويترز"} {
		dl, ok := ParseDateline(para)
		if !ok || dl.Len != len(para) || dl.Text != para || dl.Place != "طهران" || dl.Agency == "" {
			t.Errorf("%q: %+v, %v", para, dl, ok)
		}
	}
	for _, para := range []string{"طهران ـ الخميس", "طهران - وزارة الخارجية"} {
		if dl, ok := ParseDateline(para); ok {
			t.Errorf("%q: a dateline %+v", para, dl)
		}
	}
}
