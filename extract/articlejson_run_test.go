package extract

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestJSONPlainRunLong: on long strings of plain runs of every length
// around eight and sixteen bytes, with a byte that needs escaping or is
// not ASCII between them (and at either end), jsonPlainRun stops at the
// first byte that is not plain, or within the last seven bytes, and
// appendJSONString writes what json.Marshal writes.
func TestJSONPlainRunLong(t *testing.T) {
	specials := []string{"\"", "\\", "<", ">", "&", "\n", "\x00", "\x1f", "\x7f", "é", "\u2028", "\xff", "😀"}
	rng := rand.New(rand.NewPCG(23, 24))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(6); k >= 0; k-- {
			if rng.IntN(3) == 0 {
				b.WriteString(specials[rng.IntN(len(specials))])
			}
			for m := rng.IntN(34); m > 0; m-- {
				b.WriteByte(" az09'$%!=?[]^~/"[rng.IntN(16)])
			}
		}
		s := b.String()
		for i := 0; i < len(s); i++ {
			got := jsonPlainRun(s, i)
			end := i
			for end < len(s) && plainBytes(s[end:end+1]) {
				end++
			}
			if got > end || got < end && got < len(s)-7 {
				t.Fatalf("jsonPlainRun(%q, %d) = %d, the plain run ends at %d", s, i, got, end)
			}
		}
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	}
}
