package normalize

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"testing"
)

// skipPlainBytes is skipPlain without the eight-byte step: the reference
// that plainWord must agree with.
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

// TestPlainWord checks the eight-byte step of skipPlain against the byte
// loop on random words over the bytes that matter: it may pass over a
// word only if the byte loop passes over all of it (whatever follows), and
// must pass over every such word without control bytes.
func TestPlainWord(t *testing.T) {
	alphabet := []byte{'a', 'Z', '0', '!', '~', 0x7f, ' ', ' ', ' ', '\t', '\n', '\r', '\v', '\f', 0x01, 0x1f, 0x80, 0xc3, 0xa0, 0xff}
	rng := rand.New(rand.NewPCG(1, 2))
	var w [9]byte
	for n := 0; n < 200000; n++ {
		control := false
		for k := range 8 {
			w[k] = alphabet[rng.IntN(len(alphabet))]
			control = control || w[k] < 0x20 && plainASCII[w[k]]
		}
		w[8] = '\n' // a byte the loop stops at
		for _, midLine := range []bool{false, true} {
			ref := skipPlainBytes(w[:], 0, midLine) == 8
			got := plainWord(binary.LittleEndian.Uint64(w[:]), midLine)
			if got && !ref || ref && !got && !control {
				t.Fatalf("%q midLine %v: plainWord %v, byte loop passes all: %v", w[:8], midLine, got, ref)
			}
		}
	}
	for _, s := range []string{"word wor", " a b c d", "a  b c d", "abcdefg ", "ab\tcdefg", "caf\xc3\xa9 ab"} {
		for _, midLine := range []bool{false, true} {
			seg := []byte(s + "\n")
			if got, ref := plainWord(binary.LittleEndian.Uint64(seg), midLine), skipPlainBytes(seg, 0, midLine) == 8; got != ref {
				t.Errorf("%q midLine %v: plainWord %v, byte loop %v", s, midLine, got, ref)
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
			want := []edit{{os: 0, oe: k, ns: 0, ne: 0, layer: LayerUnicode}}
			if string(out) != string(b[k:]) || !slices.Equal(edits, want) || needNFC || st != (segState{}) {
				t.Fatalf("indentedLine(%q, midLine %v) = %d but cleanChars gives %q, edits %+v, NFC %v, state %+v", b, mid, k, out, edits, needNFC, st)
			}
		}
	}
	if accepted == 0 {
		t.Fatal("no line took the shortcut")
	}
}
