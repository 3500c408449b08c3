package dateparse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// precheckHeads are paragraph heads for the wire forms' cheap tests: the
// world wires' datelines (testdata/worldwires.tsv) and lines that open
// with a place and a date but credit no one in brackets or plain.
func precheckHeads(t *testing.T) []string {
	heads := []string{
		"CHRONICLE 25 May 2023 - 23:12",
		"RIYADH, March 5, 2025, SPA -- The kingdom said on Sunday that",
		"ASTANA. KAZINFORM - The president met the delegation",
		"Gaza City (Palestinian Territories) (AFP) - Rescuers said",
		"Bucureşti, 5 mar /Agerpres/ - Guvernul a aprobat",
		"UPDATED 25 May 2023: the story was revised",
	}
	data, err := os.ReadFile(filepath.Join("testdata", "worldwires.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) > 1 {
			heads = append(heads, headOf(strings.ReplaceAll(f[1], "·", "")))
		}
	}
	return heads
}

// TestWirePrechecks checks that the cheap tests in front of the wire forms'
// expressions only turn away heads the expressions cannot match, and that
// they do turn away a dated line that credits no one.
func TestWirePrechecks(t *testing.T) {
	for _, head := range precheckHeads(t) {
		if reWire().MatchString(head) && !bracketOrSlash(head) {
			t.Errorf("reWire matches %q, bracketOrSlash says it cannot", head)
		}
		if reWirePlain().MatchString(head) && !commaOrStop(head) {
			t.Errorf("reWirePlain matches %q, commaOrStop says it cannot", head)
		}
	}
	const dated = "CHRONICLE 25 May 2023 - 23:12"
	var signs headSigns
	signs.dated, signs.plain = scanHead(dated)
	if !signs.dated {
		t.Fatalf("scanHead(%q) not dated: the case below tests nothing", dated)
	}
	if wireForms[0].may(dated, signs) || wireForms[2].may(dated, signs) {
		t.Errorf("the credited forms may match %q, which credits no one", dated)
	}
	if !wireForms[3].may(dated, signs) {
		t.Errorf("the place-date-dash form may not match %q", dated)
	}
}

// TestHasDash checks the one dash test that the place-and-dash forms share.
func TestHasDash(t *testing.T) {
	for s, want := range map[string]bool{
		"YEREVAN. - x": true, "MOSCOW — x": true, "BAKU – x": true, "BAKU: x": false, "": false,
	} {
		if got := hasDash(s); got != want {
			t.Errorf("hasDash(%q) = %v, want %v", s, got, want)
		}
	}
}
