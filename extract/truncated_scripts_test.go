package extract

import "testing"

// TestLooksTruncatedScripts: a last paragraph closed by another script's
// sentence end (Armenian, CJK full-width, Devanagari, Arabic, Urdu,
// Ethiopic, Burmese, Khmer) is whole; one cut mid-word, in any script, is
// truncated.
func TestLooksTruncatedScripts(t *testing.T) {
	whole := []string{
		"Նախարարը հանդիպեց դեսպանների հետ։",
		"港湾局は桟橋を再建することを決めた。",
		"港务局决定重建码头！",
		"「桟橋を再建する」",
		"मंत्री ने राजदूतों से मुलाकात की।",
		"هل سيعاد بناء الرصيف؟",
		"وزیر نے سفیروں سے ملاقات کی۔",
		"The minister met the ambassadors.",
	}
	for _, p := range whole {
		if looksTruncated(p) {
			t.Errorf("%q read as truncated", p)
		}
	}
	for _, p := range []string{"The minister met the ambas", "港湾局は桟橋を再建することを決", "Նախարարը հանդիպեց"} {
		if !looksTruncated(p) {
			t.Errorf("%q read as whole", p)
		}
	}
}
