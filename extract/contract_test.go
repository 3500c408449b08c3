package extract_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// DESIGN.md's warnings: {"kind", "field", "index"} when the doubt is about
// one paragraph ("truncated" names the last one, whose sentence is cut
// off), only "kind" (and "text" for people) when it is about the input.
func TestContractWarnings(t *testing.T) {
	page := "Ferry service returns\n\nThe ferry between the two harbours runs again from Monday, the port said.\n\nThe crossing takes forty minutes and the boat carries up to\n"
	a, err := extract.String(page, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(a.Warnings)
	if err != nil {
		t.Fatal(err)
	}
	if want := `[{"kind":"truncated","field":"body","index":1}]`; string(b) != want {
		t.Errorf("warnings %s, want %s", b, want)
	}

	a, err = extract.String(strings.Replace(page, "forty minutes and the boat carries up to", "forty \xff minutes.", 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ = json.Marshal(a.Warnings)
	var ws []map[string]any
	if err := json.Unmarshal(b, &ws); err != nil || len(ws) != 1 {
		t.Fatalf("warnings %s, want one", b)
	}
	if w := ws[0]; w["kind"] != "invalid-utf8" || w["text"] == nil || w["field"] != nil || w["index"] != nil {
		t.Errorf("warning %v: want kind invalid-utf8 with a text, no field, no index", w)
	}
}
