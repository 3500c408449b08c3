//go:build linux

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// badBatchRSSLimit bounds the peak resident memory of the bad-input batch
// below, in KiB (Linux's unit for ru_maxrss): its pages come to 9 MB and the
// run takes about 60 MB; a copy per nesting level of the deep page, or a
// page read past -max-bytes, would pass it.
const badBatchRSSLimit = 512 << 10

// TestBadInputBatchProcess runs the command as a whole process over
// DESIGN.md's bad inputs in one batch (an empty file, binary data, invalid
// UTF-8, a 3 MB line, a page over -max-bytes, HTML nested 100,000 deep, a
// file that fails on read, a dangling link, a JSONL file with a broken line,
// and standard input as "-"): each gives an error record or the documented
// best effort, in input order, the batch goes on to the end, the exit status
// is 1, and the peak memory stays bounded.
func TestBadInputBatchProcess(t *testing.T) {
	if _, err := os.Stat("/proc/self/mem"); err != nil {
		t.Skip("no /proc/self/mem: ", err)
	}
	dir := filepath.Join(t.TempDir(), "pages")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	story := "The council said on Monday that the new library would open next spring, after two years of work."
	line := strings.Repeat("The council said the plan would go ahead. ", 72000)
	files := map[string]string{
		"a-empty.txt":   "",
		"b-binary.txt":  strings.Repeat(string(allBytes()), 64),
		"c-invalid.txt": "Council opens library\n\nThe council said on Monday \xff\xfe that the new library would open next spring.\n",
		"d-long.txt":    "Council opens library\n\n" + line + "\n",
		"e-big.txt":     "Council opens library\n\n" + strings.Repeat(line, 2) + "\n",
		"f-deep.html":   "<html><body>" + strings.Repeat("<div>", 100000) + "<p>" + story + "</p>" + strings.Repeat("</div>", 100000) + "</body></html>",
		"h-broken.jsonl": `{"id":"first","text":"Council opens library\n\n` + story + `"}` + "\n" +
			`{"id":"second","text":"cut short` + "\n" +
			`{"id":"third","text":"Bridge opens\n\nThe mayor opened the bridge on Tuesday, and traffic crossed it by noon."}` + "\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A link is read under its own name: /proc/self/mem opens and then
	// fails on read (as root too, where permissions stop nothing).
	if err := os.Symlink("/proc/self/mem", filepath.Join(dir, "g-mem.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "nonexistent", "page.txt"), filepath.Join(dir, "g-dangling.txt")); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(os.Args[0], "-format", "jsonl", "-max-bytes", "4194304", "-j", "2", dir, "-")
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
	cmd.Stdin = strings.NewReader("Standard input's page\n\n" + story + "\n")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v, want status 1 (some inputs failed); stderr:\n%s", err, stderr.String())
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		t.Fatal("no resource usage for the finished process")
	}
	t.Logf("peak RSS %d KiB", ru.Maxrss)
	if ru.Maxrss > badBatchRSSLimit {
		t.Errorf("peak RSS %d KiB, want at most %d KiB", ru.Maxrss, badBatchRSSLimit)
	}

	type record struct {
		ID, Input, Error, Title string
		Body                    []string
		Warnings                []struct{ Kind string }
	}
	var got []record
	for i, l := range strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n") {
		var r record
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("output line %d is no JSON object: %v: %.200q", i+1, err, l)
		}
		got = append(got, r)
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	// want: each record's id, and the text its error holds ("" for an
	// article), or for an article the title, a warning kind it must carry
	// and the length of its first paragraph.
	want := []struct {
		id, err, title, warning string
		bodyLen                 int
	}{
		{id: p("a-empty.txt"), err: "empty input"},
		{id: p("b-binary.txt"), err: "binary data"},
		{id: p("c-invalid.txt"), title: "Council opens library", warning: "invalid-utf8"},
		{id: p("d-long.txt"), title: "Council opens library", bodyLen: len(line) - 1},
		{id: p("e-big.txt"), err: "input too large"},
		{id: p("f-deep.html"), warning: "deep-nesting", bodyLen: len(story)},
		{id: p("g-dangling.txt"), err: "no such file"},
		{id: p("g-mem.txt"), err: "input/output error"},
		{id: "first", title: "Council opens library", bodyLen: len(story)},
		{id: p("h-broken.jsonl") + ":2", err: "malformed JSON"},
		{id: "third", title: "Bridge opens"},
		{id: "-", title: "Standard input's page", bodyLen: len(story)},
	}
	if len(got) != len(want) {
		t.Fatalf("%d records, want %d:\n%.3000s", len(got), len(want), stdout.String())
	}
	for i, w := range want {
		g := got[i]
		if g.ID != w.id {
			t.Errorf("record %d: id %q, want %q (input order)", i+1, g.ID, w.id)
			continue
		}
		if w.err != "" {
			if !strings.Contains(g.Error, w.err) || g.Input == "" {
				t.Errorf("%s: error %q input %q, want an error record holding %q", w.id, g.Error, g.Input, w.err)
			}
			if !strings.Contains(stderr.String(), g.Input+": "+g.Error) {
				t.Errorf("%s: stderr does not report %q", w.id, g.Input+": "+g.Error)
			}
			continue
		}
		if g.Error != "" || g.Title != w.title || len(g.Body) == 0 {
			t.Errorf("%s: error %q title %q, %d paragraphs; want an article titled %q", w.id, g.Error, g.Title, len(g.Body), w.title)
			continue
		}
		if w.bodyLen > 0 && len(g.Body[0]) != w.bodyLen {
			t.Errorf("%s: first paragraph %d bytes, want %d", w.id, len(g.Body[0]), w.bodyLen)
		}
		if w.warning != "" && !hasWarning(g.Warnings, w.warning) {
			t.Errorf("%s: warnings %+v lack %q", w.id, g.Warnings, w.warning)
		}
	}
}

// allBytes is every byte value once, in order: binary data.
func allBytes() []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}

// hasWarning reports whether ws holds a warning of kind.
func hasWarning(ws []struct{ Kind string }, kind string) bool {
	for _, w := range ws {
		if w.Kind == kind {
			return true
		}
	}
	return false
}
