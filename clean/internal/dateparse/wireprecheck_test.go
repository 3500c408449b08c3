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
// expressions only turn away heads that the forms would not read, and
// that they do turn away a dated line that credits no one.
func TestWirePrechecks(t *testing.T) {
	checks := map[int]func(string) bool{
		0: bracketOrSlash,
		2: commaOrStop,
		3: func(s string) bool { return strings.ContainsAny(s, ".,") },
	}
	for _, head := range precheckHeads(t) {
		for fi, check := range checks {
			f := &wireForms[fi]
			re := f.re()
			m := re.FindStringSubmatchIndex(head)
			if m == nil || check(head) {
				continue
			}
			if _, ok := buildWire(head, re, m, f, wire{}); ok {
				t.Errorf("wire form %d reads %q, its cheap test says it cannot", fi, head)
			}
		}
	}
	const dated = "CHRONICLE 25 May 2023 - 23:12"
	var signs headSigns
	signs.dated, signs.plain = scanHead(dated)
	if !signs.dated {
		t.Fatalf("scanHead(%q) not dated: the case below tests nothing", dated)
	}
	for fi := range wireForms {
		if wireForms[fi].may(dated, signs) {
			t.Errorf("wire form %d may match %q, which credits no one after a place alone", fi, dated)
		}
	}
	if _, ok := ParseDateline(dated); ok {
		t.Errorf("ParseDateline(%q) reads a dateline", dated)
	}
}

// TestHeadMarks checks the marks that the generic forms test in place of
// searching the head.
func TestHeadMarks(t *testing.T) {
	for s, want := range map[string]mark{
		"YEREVAN. - x":    markDash,
		"MOSCOW — x":      markDash,
		"BAKU – x":        markDash,
		"YEREVAN -- x":    markDash | markDoubleDash,
		"BAKU (AP) x":     markParen,
		"BAKU, /TASS/. x": markSlash,
		"BAKU: “x’ x”":    0,
		"":                0,
		"x-":              markDash,
		"x\xe2\x80":       0,
	} {
		if got := headMarks(s); got != want {
			t.Errorf("headMarks(%q) = %b, want %b", s, got, want)
		}
	}
}
