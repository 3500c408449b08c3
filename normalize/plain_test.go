package normalize

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// skipPlainBytes is skipPlain without the eight-byte step: the reference
// that it must agree with.
func skipPlainBytes(seg []byte, i int, midLine bool) int {
	for i < len(seg) {
		b := seg[i]
		if plainASCII[b] {
			i++
			midLine = true
			continue
		}
		if b == ' ' && midLine && i+1 < len(seg) && plainASCII[seg[i+1]] {
			i += 2
			continue
		}
		break
	}
	return i
}

// TestSkipPlainLanes checks skipPlain, which reads eight bytes at a time,
// against the byte loop on random segments over the bytes that matter,
// from random starts, inside a line and at a line's start: both must stop
// at the same byte, whether it falls in an eight-byte step, at the step's
// last byte (a space whose next byte is the step's next), or in the tail.
func TestSkipPlainLanes(t *testing.T) {
	alphabet := []byte{'a', 'Z', '0', '!', '~', 0x7f, ' ', ' ', ' ', '\t', '\n', '\r', '\v', '\f', 0x01, 0x1f, 0x20, 0x21, 0x80, 0xc3, 0xa0, 0xff}
	rng := rand.New(rand.NewPCG(1, 2))
	seg := make([]byte, 0, 48)
	stops := map[bool]int{}
	for n := 0; n < 300000; n++ {
		seg = seg[:0]
		for k := rng.IntN(40); k >= 0; k-- {
			if rng.IntN(3) > 0 {
				seg = append(seg, "ab cd"[rng.IntN(5)]) // mostly plain: long runs occur
			} else {
				seg = append(seg, alphabet[rng.IntN(len(alphabet))])
			}
		}
		i := rng.IntN(len(seg) + 1)
		for _, midLine := range []bool{false, true} {
			got, want := skipPlain(seg, i, midLine), skipPlainBytes(seg, i, midLine)
			if got != want {
				t.Fatalf("%q from %d, midLine %v: skipPlain %d, byte loop %d", seg, i, midLine, got, want)
			}
			stops[want+8 < len(seg)]++
		}
	}
	if stops[true] == 0 || stops[false] == 0 {
		t.Fatalf("stops inside and near the end not both met: %v", stops)
	}
	for _, s := range []string{"word wor", " a b c d", "a  b c d", "abcdefg ", "ab\tcdefg", "caf\xc3\xa9 ab", "abcdefg b", "abcdefg  b", "abcdefgh "} {
		for _, midLine := range []bool{false, true} {
			seg := []byte(s + "\n")
			if got, want := skipPlain(seg, 0, midLine), skipPlainBytes(seg, 0, midLine); got != want {
				t.Errorf("%q midLine %v: skipPlain %d, byte loop %d", s, midLine, got, want)
			}
		}
	}
}

// TestIndentShortcut checks the segment shortcut for an indented plain
// line against the clean-up: on every random line that indentedLine
// takes, cleanChars must return the line without the blanks indentedLine
// counts, with one edit that removes them, nothing for NFC to do, and the
// state of a line end. Lines start with spaces, tabs and other blanks
// (no-break spaces, vertical tabs, soft hyphens) and go on with ordinary
// ASCII or with what the clean-up changes, so both answers occur.
func TestIndentShortcut(t *testing.T) {
	n := &Normalizer{}
	lead := []string{" ", "\t", "    ", "\u00a0", "\v", "\u00ad", "\u200b"}
	parts := []string{"Karabakh", "a", "Z", "1,", "(x)", " ", " ", "  ", "\t", "\r", "\u00a0", "’", "Qarabağ", "\u0589", "e\u0301", "\xff"}
	rng := rand.New(rand.NewPCG(11, 12))
	accepted := 0
	for k := 0; k < 50000; k++ {
		var b []byte
		for m := rng.IntN(3); m >= 0; m-- {
			p := lead[rng.IntN(len(lead))]
			if rng.IntN(4) > 0 {
				p = lead[rng.IntN(3)] // mostly spaces and tabs
			}
			b = append(b, p...)
		}
		for m := rng.IntN(8); m >= 0; m-- {
			p := parts[rng.IntN(len(parts))]
			if rng.IntN(4) > 0 {
				p = parts[rng.IntN(6)] // mostly plain
			}
			b = append(b, p...)
		}
		b = append(b, '\n')
		for _, mid := range []bool{false, true} {
			st := segState{midLine: mid, armenian: rng.IntN(2) == 0}
			k := indentedLine(b, &st)
			if k == 0 {
				continue
			}
			accepted++
			out, edits, needNFC := n.cleanChars(b, &st, rng.IntN(2) == 0, nil, nil)
			want := []edit{{os: 0, oe: k, ns: 0, ne: 0, layer: idUnicode}}
			if string(out) != string(b[k:]) || !slices.Equal(edits, want) || needNFC || st != (segState{}) {
				t.Fatalf("indentedLine(%q, midLine %v) = %d but cleanChars gives %q, edits %+v, NFC %v, state %+v", b, mid, k, out, edits, needNFC, st)
			}
		}
	}
	if accepted == 0 {
		t.Fatal("no line took the shortcut")
	}
}
