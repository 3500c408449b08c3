package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// seed1 is a seed page: a TASS story.
const seed1 = "001_15d8147f57d8f419.txt"

// cli runs the command with args and stdin, returning stdout, stderr and the
// exit status.
func cli(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-format", "xml"}, {"-in", "pdf"}, {"-j", "0"}, {"-nosuchflag"}, {"-normalize", "some"},
		{"-rules", "/nonexistent/*.toml"}, {"-names", "/nonexistent.csv"}, {"-max-bytes", "0"},
	} {
		_, stderr, code := cli(t, "", args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", args, code, stderr)
		}
		if stderr == "" {
			t.Errorf("%v: nothing on stderr", args)
		}
	}
	if _, _, code := cli(t, "", "-h"); code != 0 {
		t.Errorf("-h: exit %d, want 0", code)
	}
}

func TestTextOutput(t *testing.T) {
	path := testkit.Seed(t, seed1).Path
	out, stderr, code := cli(t, "", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(out, "Baku ready to open communications between Azerbaijan and Armenia, says Aliyev\n\nBAKU, March 14. /TASS/. Baku is ready") {
		t.Errorf("text output starts %q", out[:min(len(out), 120)])
	}
	if strings.Contains(out, "All news") || strings.Contains(out, "Lachinsky") {
		t.Error("text output holds clutter or an unnormalised variant")
	}
	out, _, _ = cli(t, "", "-explain", path)
	for _, want := range []string{"--- removed ---", "[nav tass.com lines 1]", `"Lachinsky corridor" -> "Lachin corridor"`} {
		if !strings.Contains(out, want) {
			t.Errorf("-explain output lacks %q", want)
		}
	}
}

func TestStdin(t *testing.T) {
	data := testkit.Seed(t, seed1).Data
	out, stderr, code := cli(t, string(data), "-format", "json", "-url", "https://tass.com/world/1265855")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var a struct {
		ID     string
		Outlet struct{ Name, From string }
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("json output: %v\n%s", err, out)
	}
	if a.ID != "-" || a.Outlet.Name != "TASS" || a.Outlet.From != "url" {
		t.Errorf("id %q outlet %+v; want -, TASS from url", a.ID, a.Outlet)
	}
	if _, stderr, code := cli(t, "", "-"); code != 1 || !strings.Contains(stderr, "-: ") {
		t.Errorf("empty stdin: exit %d, stderr %q; want 1 naming the input", code, stderr)
	}
}

// writePages writes n small text pages to a new directory, page-00.txt ...
func writePages(t *testing.T, n int) string {
	dir := t.TempDir()
	for i := range n {
		page := fmt.Sprintf("Story number %d\n\nThe council said on Monday that the new library in district %d would open next spring, after two years of work on the building.\n", i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("page-%02d.txt", i)), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestOrderAndFailures(t *testing.T) {
	dir := writePages(t, 30)
	if err := os.WriteFile(filepath.Join(dir, "page-07.txt"), []byte("\x00\x01binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := cli(t, "", "-format", "jsonl", "-j", "4", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 (one input failed)", code)
	}
	if !strings.Contains(stderr, "page-07.txt") {
		t.Errorf("stderr %q does not name the bad input", stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 30 {
		t.Fatalf("%d lines, want 30", len(lines))
	}
	for i, l := range lines {
		var rec struct{ ID, Error, Title string }
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if want := fmt.Sprintf("page-%02d.txt", i); filepath.Base(rec.ID) != want {
			t.Errorf("line %d is %s, want %s: output is out of order", i, rec.ID, want)
		}
		if (i == 7) != (rec.Error != "") {
			t.Errorf("line %d: error %q", i, rec.Error)
		}
		if i != 7 && rec.Title != fmt.Sprintf("Story number %d", i) {
			t.Errorf("line %d: title %q", i, rec.Title)
		}
	}
}

func TestJSONArrayAndTextHeaders(t *testing.T) {
	dir := writePages(t, 3)
	out, _, code := cli(t, "", "-format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var arr []map[string]any
	if err := json.Unmarshal([]byte(out), &arr); err != nil || len(arr) != 3 {
		t.Fatalf("json output is not an array of 3: %v\n%s", err, out)
	}
	out, _, _ = cli(t, "", dir)
	if strings.Count(out, "==> ") != 3 || !strings.Contains(out, "page-02.txt <==\nStory number 2") {
		t.Errorf("text output for several inputs lacks headers:\n%s", out)
	}
}

func TestNormalizeFlag(t *testing.T) {
	page := "Talks on Karabakh\n\nThe ministers said on Monday that talks on Nagorno Karabakh would resume in Stepanakert next month, after a pause.\n"
	out, _, _ := cli(t, page, "-normalize", "spelling")
	if !strings.Contains(out, "Nagorno-Karabakh would resume in Stepanakert") {
		t.Errorf("-normalize spelling: %q", out)
	}
	out, _, _ = cli(t, page, "-normalize", "none")
	if !strings.Contains(out, "Nagorno Karabakh") {
		t.Errorf("-normalize none rewrote names: %q", out)
	}
}

func TestRulesFlag(t *testing.T) {
	dir := t.TempDir()
	rule := "name = \"Example Daily\"\ndomains = [\"example-daily.test\"]\n[[clutter]]\nkind = \"ad\"\nmatch = '^Buy our paper today$'\n"
	if err := os.WriteFile(filepath.Join(dir, "example-daily.test.toml"), []byte(rule), 0o644); err != nil {
		t.Fatal(err)
	}
	page := "A story\n\nThe council said on Monday that the new library would open next spring, after two years of work.\n\nBuy our paper today\n"
	out, stderr, code := cli(t, page, "-rules", filepath.Join(dir, "*.toml"), "-url", "https://example-daily.test/a", "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, `"rule": "example-daily.test"`) || !strings.Contains(out, `"name": "Example Daily"`) {
		t.Errorf("the user's rule did not apply:\n%s", out)
	}
}

func TestVersion(t *testing.T) {
	var out, errOut strings.Builder
	if code := run([]string{"-version"}, strings.NewReader(""), &out, &errOut); code != 0 || !strings.HasPrefix(out.String(), "newsclean ") {
		t.Errorf("-version: exit %d, %q, %q", code, out.String(), errOut.String())
	}
}

// Standard input that is a file or a pipe is read; only a terminal gets the
// usage (TestDevNullIsNoTerminal runs newsclean on a pseudo terminal).
func TestIsTerminal(t *testing.T) {
	f, err := os.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) || isTerminal(strings.NewReader("x")) {
		t.Error("a file or a reader taken for a terminal")
	}
}
