package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/bench/aeb"
)

// paragraphs is the story of the made-up data folder.
var paragraphs = []string{
	"The ferry line between the two harbour towns reopened on Monday after three months of repairs to its piers, the operator said.",
	"Passengers queued from early morning for the first crossing, which carried more than two hundred people across the bay.",
	"The operator said the new piers would let larger vessels dock in bad weather, and that summer timetables would follow.",
}

// writeData makes a one-page AEB data folder in a temporary directory.
func writeData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, sub := range []string{"html", "text"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	html := "<html><body><nav>Home World Sport</nav><article><h1>Ferry line reopens</h1><p>" +
		strings.Join(paragraphs, "</p><p>") + "</p></article><footer>Subscribe to our newsletter</footer></body></html>"
	text := "Home\n\nWorld\n\nFerry line reopens\n\n" + strings.Join(paragraphs, "\n\n") + "\n"
	gold := map[string]aeb.Gold{"p1": {Body: strings.Join(paragraphs, "\n\n"), URL: "https://news.example.com/ferry"}}
	data, _ := json.Marshal(gold)
	for name, content := range map[string]string{
		"ground-truth.json": string(data),
		"html/p1.html":      html,
		"text/p1.txt":       text,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRun(t *testing.T) {
	data, out := writeData(t), t.TempDir()
	var stdout, stderr bytes.Buffer
	err := run([]string{"-data", data, "-system", "newsclean-text,newsclean-html", "-out", out, "-worst", "1", "-repeat", "2"}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{"newsclean-text", "newsclean-html", "F1", "MB/s", "lowest-scoring"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
	for _, name := range []string{"newsclean-text", "newsclean-html"} {
		pred, err := aeb.ReadPredictions(filepath.Join(out, name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(pred["p1"], "reopened on Monday") {
			t.Errorf("%s: prediction lacks the story: %q", name, pred["p1"])
		}
	}
}

func TestRunUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	for _, args := range [][]string{
		nil,
		{"-data", "x", "-system", "nope"},
		{"-data", "x", "-repeat", "0"},
		{"-data", "x", "extra"},
	} {
		if err := run(args, &stdout, &stderr); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}
