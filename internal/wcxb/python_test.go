package wcxb

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// pyTokens is the benchmark's tokenisation and overlap count in Python, read
// from stdin as JSON [pred, gold] lines.
const pyTokens = `
import json, re, sys
from collections import Counter
for line in sys.stdin:
    a, b = json.loads(line)
    ta, tb = re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())
    print(json.dumps([ta, sum((Counter(ta) & Counter(tb)).values())]))
`

// alphabet mixes the runes where a port could go wrong: case pairs with
// special lower-casing, marks, numbers that are not digits, apostrophes and
// other case-ignorable punctuation, scripts without case.
var alphabet = []rune("aAzZ09_ İIıiΣσςΑΒΟΔ'’.:·-–—\u0307\u0301é\u00adß\u1e9eǅǄﬁⅫⅻ①²½٣五नमस्तेдДЁё \u00a0\t\n,!?")

func randomText(r *rand.Rand) string {
	var b strings.Builder
	for range r.IntN(40) {
		b.WriteRune(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

// TestAgreesWithPython compares Tokens and the overlap count with Python's
// re and str.lower on random strings over a tricky alphabet.
func TestAgreesWithPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	r := rand.New(rand.NewPCG(7, 8))
	var pairs [][2]string
	for range 3000 {
		pairs = append(pairs, [2]string{randomText(r), randomText(r)})
	}
	var in bytes.Buffer
	for _, p := range pairs {
		line, _ := json.Marshal(p)
		in.Write(line)
		in.WriteByte('\n')
	}
	cmd := exec.Command(py, "-c", pyTokens)
	cmd.Stdin = &in
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	i, bad := 0, 0
	for ; sc.Scan(); i++ {
		var got []json.RawMessage
		var want []string
		var overlap int
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil || len(got) != 2 {
			t.Fatalf("python line %d: %q", i, sc.Text())
		}
		json.Unmarshal(got[0], &want)
		json.Unmarshal(got[1], &overlap)
		p := pairs[i]
		toks := Tokens(p[0])
		s := WordScore(p[0], p[1])
		goOverlap := int(s.Precision*float64(len(toks)) + 0.5)
		if !slices.Equal(toks, want) || goOverlap != overlap {
			if bad++; bad <= 10 {
				t.Errorf("%q vs %q: Go %q overlap %d, Python %q overlap %d", p[0], p[1], toks, goOverlap, want, overlap)
			}
		}
	}
	if i != len(pairs) {
		t.Fatalf("python answered %d of %d lines", i, len(pairs))
	}
}
