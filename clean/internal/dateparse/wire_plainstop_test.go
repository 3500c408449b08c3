package dateparse

import "testing"

// TestPlainStopCreditPrefilter: plainStopCredit says yes wherever
// reWirePlainStop matches (it only keeps the expression off heads it
// cannot match), and no on heads without a capitalised word between
// ", " or ". " and a full stop.
func TestPlainStopCreditPrefilter(t *testing.T) {
	cases := []struct {
		head string
		want bool // plainStopCredit's answer
	}{
		{"Bakı, 4 mart, AZƏRTAC. The minister said", true},
		{"Rīga, 4. marts, LETA. Saeima voted", true},
		{"Vilnius, kovo 5 d., ELTA. Seimas", true},
		{"Ölstadt, 3. März, ÄRZTEBLATT-NEWS. Ein Bericht", true},
		{"Tallinn, 6. märts, BNS. Riigikogu", true},
		{"Kyiv, 05.12.2026 14:30. Ukrinform. The", true},
		{"YEREVAN, April 16. /ARKA/. Maria Smith, the official spokeswoman, spoke about a plan", false},
		{"Paris, 5 mars, le journal a dit que", false},
		{"Paris, 5 mars, X. Rest", false}, // one letter is no credit
		{"Oslo, 4. mars, NTB", false},     // no full stop after the word
		{"", false},
		{". A.", false},
		{", Ab.", true},
	}
	for _, c := range cases {
		got := plainStopCredit(c.head)
		if got != c.want {
			t.Errorf("plainStopCredit(%q) = %v, want %v", c.head, got, c.want)
		}
		if reWirePlainStop().MatchString(c.head) && !got {
			t.Errorf("reWirePlainStop matches %q, plainStopCredit says no", c.head)
		}
	}
	// every head the expression matches, the prefilter passes
	matched := 0
	for _, c := range cases {
		if reWirePlainStop().MatchString(c.head) {
			matched++
		}
	}
	if matched < 4 {
		t.Errorf("only %d of the table's heads match reWirePlainStop: the table no longer checks the prefilter", matched)
	}
}
