package clean

import "testing"

// TestCallSentenceSignUp reads the sign-up calls of a newsletter box in
// English, Turkish and Azerbaijani, beside story sentences that open with
// the same words and stay.
func TestCallSentenceSignUp(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Subscribe to receive our weekly round-up of the best reads.", true},
		{"Subscribe to get new posts by email.", true},
		{"E-bültenimize abone olun, günün önemli haberleri her sabah e-posta kutunuza gelsin.", true},
		{"YouTube kanalımıza abone olun.", false}, // the form opens with the channel's possessive, not its name
		{"Kanalımıza abone olun, yeni videoları kaçırmayın.", true},
		{"Abone olun ve hiçbir haberi kaçırmayın.", true},
		{"Telegram kanalımıza abunə olun.", false},
		{"Kanalımıza abunə olun və xəbərləri ilk siz öyrənin.", true},
		{"Bizi sosial şəbəkələrdə izləyin.", true},
		{"Receive a refund within 14 days if the train is more than an hour late, the operator said.", false},
		{"Abone sayısı geçen yıl yüzde 12 arttı.", false},
		{"Abunəçilərin sayı ötən il iki dəfə artıb.", false},
	} {
		if got := isCallSentence(c.s); got != c.want {
			t.Errorf("isCallSentence(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
