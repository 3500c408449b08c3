package dateparse

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// wireGateLines are invented heads: datelines each gated form reads, and
// look-alikes it turns down.
var wireGateLines = []string{
	"PORTO NOVO, 12. marca - On Monday the council said it would open the new harbour wall before the summer.",
	"KOTOR, 3 mar - On Monday the council said it would open the new harbour wall before the summer.",
	"Zagreb, 05.03.2025 - On Monday the council said it would open the new harbour wall before the summer.",
	"HARBOURTON, Sept. 2 - On Monday the council said it would open the new harbour wall before the summer.",
	"VALLETTA, 5th March, 2025 -- On Monday the council said it would open the new harbour wall before the summer.",
	"BUDAPEST, 2025. március 5. - On Monday the council said it would open the new harbour wall before the summer.",
	"MADRID, 5 de marzo de 2025 - On Monday the council said it would open the new harbour wall before the summer.",
	"RIYADH, March 5, 2025, SPA -- On Monday the council said it would open the new harbour wall before the summer.",
	"WELLINGTON, May 5 NZPA - On Monday the council said it would open the new harbour wall before the summer.",
	"Jeddah, 4 Dec. SPA. - On Monday the council said it would open the new harbour wall before the summer.",
	"MacBook Air, 13-inch, M5 Chip, 10-core CPU",
	"Instant Pot 10 oz 4-in-1 Milk Steamer - Black",
	"Harbour Walk 12-hour pass: Adults",
	"Pier Lights, 5 Dec 2025 - Harbour Band",
}

// TestWireGatesKeepDatelines: over the corpus's lines and wireGateLines,
// every head reWireDash or reWirePlain reads as a dateline (a match
// buildWire accepts) passes the form's gate; each gate turns down heads
// its expression matches, and lets through datelines.
func TestWireGatesKeepDatelines(t *testing.T) {
	lines := append(testkit.CorpusLines(t), wireGateLines...)
	cases := []struct {
		form *wireForm
		gate func(string) bool
	}{
		{&wireForms[2], mayCreditBeforeSep},
		{&wireForms[3], mayDateFirstDigit},
	}
	for _, c := range cases {
		re := c.form.re()
		kept, turned := 0, 0
		for _, p := range lines {
			head := headOf(p)
			if head == "" {
				continue
			}
			m := re.FindStringSubmatchIndex(head)
			if m == nil {
				continue
			}
			_, ok := buildWire(p, re, m, c.form, wire{})
			switch {
			case c.gate(head):
				if ok {
					kept++
				}
			case ok:
				t.Errorf("%.40s: the gate turns down %q, a dateline", re, head)
			default:
				turned++
			}
		}
		t.Logf("%.40s: %d datelines kept, %d matches turned down", re, kept, turned)
		if kept == 0 || turned == 0 {
			t.Errorf("gate of %.40s: kept %d datelines, turned down %d matches: want some of each", re, kept, turned)
		}
	}
}

// TestMayDateFirstDigit: the date forms the gate lets through and the
// heads it turns down, one by one.
func TestMayDateFirstDigit(t *testing.T) {
	for s, want := range map[string]bool{
		"ROMA, 05 MAR -":               true,
		"Praha 5. března -":            true,
		"Ashgabat, 5-nji dekabr -":     true,
		"Harbour, Oct 5 -":             true,
		"Harbour, 05/03/2025 -":        true,
		"Harbour, 2025. március 5. -":  true,
		"Harbour 10 oz -":              false,
		"Harbour Air, 13-inch -":       false,
		"Harbour 2025. Pier 5 -":       false,
		"Harbour 123 Pier -":           false,
		"Harbour Pier -":               false,
		"November 19, 2019 at 5:10 pm": false,
		"":                             false,
	} {
		if got := mayDateFirstDigit(s); got != want {
			t.Errorf("mayDateFirstDigit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMayCreditBeforeSep: a known wire before the separator, after one
// or two words, full stops and a blank, and heads without one.
func TestMayCreditBeforeSep(t *testing.T) {
	for s, want := range map[string]bool{
		"RIYADH, March 5, 2025, SPA --": true,
		"Jeddah, 4 Dec. SPA. -":         true,
		"ASTANA. KAZINFORM -":           true,
		"Baku, 5 May, AZERTAC: the":     true,
		"Harbour, 5 May, Pier Team -":   false,
		"Harbour SPA":                   false,
		"SPA -":                         false,
		"":                              false,
	} {
		if got := mayCreditBeforeSep(s); got != want {
			t.Errorf("mayCreditBeforeSep(%q) = %v, want %v", s, got, want)
		}
	}
}
