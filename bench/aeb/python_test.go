package aeb

// The tests in this file check the port against ../shared/tools/aebscore.py
// itself. They need python3 and the shared folder beside the repository, and
// skip without them.

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// shared is the project's shared folder, seen from this package.
const shared = "../../../shared"

// python returns the path of python3 and of the scoring script, or skips.
func python(t *testing.T) (py, script string) {
	t.Helper()
	script = filepath.Join(shared, "tools", "aebscore.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("no %s: %v", script, err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	return py, script
}

// perturb makes a prediction from a gold body that exercises one corner of
// the metric, chosen by the page's position i.
func perturb(i int, body string) (string, bool) {
	words := strings.Fields(body)
	switch i % 9 {
	case 0:
		return body, true // exact
	case 1:
		return "", true // empty prediction
	case 2:
		return "", false // missing prediction
	case 3:
		return "Subscribe to our newsletter. Read also: " + body + "\nShare on Facebook Twitter", true
	case 4:
		return strings.Join(words[:len(words)/2], " "), true // first half
	case 5:
		return strings.Join(words[:min(3, len(words))], " "), true // under four tokens
	case 6:
		return body + "\n\n" + body, true // repeated
	case 7:
		return "नमस्ते café ①² x³ snake_case " + strings.ToUpper(body), true
	default:
		return strings.Join(words[len(words)/3:], " ") + " तकनीकी समाचार", true
	}
}

// TestAgreesWithPython scores perturbed predictions for the AEB gold set with
// both the port and the Python script and compares the figures to the three
// decimals the script prints: overall and for every page.
func TestAgreesWithPython(t *testing.T) {
	py, script := python(t)
	goldPath := filepath.Join(shared, "bench", "aeb", "ground-truth.json")
	ds, err := Open(filepath.Dir(goldPath))
	if err != nil {
		t.Skipf("no AEB data: %v", err)
	}
	gold := ds.Bodies()
	pred := map[string]string{}
	for i, id := range ds.IDs {
		if p, ok := perturb(i, gold[id]); ok {
			pred[id] = p
		}
	}
	predPath := filepath.Join(t.TempDir(), "pred.json")
	if err := WritePredictions(predPath, pred); err != nil {
		t.Fatal(err)
	}
	read, err := ReadPredictions(predPath)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, script, goldPath, predPath, "--per-page").Output()
	if err != nil {
		t.Fatalf("%s: %v", script, err)
	}
	r := Score(gold, read)
	byID := map[string]Page{}
	for _, pg := range r.Pages {
		byID[pg.ID] = pg
	}
	want := fmt.Sprintf("pages=%d F1=%.3f P=%.3f R=%.3f exact=%.3f",
		len(gold), r.F1, r.Precision, r.Recall, r.Exact)
	var summary string
	pages := 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "pages=") {
			summary = line
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("unexpected line from the script: %q", line)
		}
		pg, ok := byID[f[0]]
		if !ok {
			t.Errorf("script scored page %s, the port did not", f[0])
			continue
		}
		pages++
		got := fmt.Sprintf("tp=%.3f\tfp=%.3f\tfn=%.3f", pg.TP, pg.FP, pg.FN)
		if got != strings.Join(f[1:], "\t") {
			t.Errorf("page %s: port %s, script %s", f[0], got, strings.Join(f[1:], "\t"))
		}
	}
	if pages != len(gold) {
		t.Errorf("script scored %d pages, want %d", pages, len(gold))
	}
	if summary != want {
		t.Errorf("port:   %s\nscript: %s", want, summary)
	}
	t.Logf("script: %s", summary)
}

// TestWordRunesAgreeWithPython compares IsWordRune with Python's `\w` on
// every code point. Code points that Python's Unicode tables leave
// unassigned are left out: Go's tables may be newer.
func TestWordRunesAgreeWithPython(t *testing.T) {
	py, _ := python(t)
	const prog = `import re, sys, unicodedata
w = re.compile(r"\w")
sys.stdout.write("".join(
    "1" if w.match(chr(c)) else ("?" if unicodedata.category(chr(c)) == "Cn" else "0")
    for c in range(0x110000)))`
	out, err := exec.Command(py, "-c", prog).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	if len(out) != unicode.MaxRune+1 {
		t.Fatalf("python3 printed %d flags, want %d", len(out), unicode.MaxRune+1)
	}
	bad := 0
	for c, f := range out {
		r := rune(c)
		if f == '?' || !utf8.ValidRune(r) {
			continue
		}
		if IsWordRune(r) != (f == '1') {
			if bad++; bad <= 10 {
				t.Errorf("U+%04X: IsWordRune %v, Python \\w %v", r, IsWordRune(r), f == '1')
			}
		}
	}
	if bad > 10 {
		t.Errorf("... %d code points disagree", bad)
	}
}
