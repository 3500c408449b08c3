package aeb

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// Gold is one page of the gold set: its hand-checked body and its address.
type Gold struct {
	Body string `json:"articleBody"` // the story's text, paragraphs apart by blank lines
	URL  string `json:"url"`         // the page's address
}

// Dataset is an AEB data folder: ground-truth.json, html/ID.html and
// text/ID.txt.
type Dataset struct {
	Dir  string          // the data folder
	IDs  []string        // the page IDs, sorted
	Gold map[string]Gold // by page ID
}

// Open reads the gold set of the data folder dir.
func Open(dir string) (*Dataset, error) {
	data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var gold map[string]Gold
	if err := json.Unmarshal(data, &gold); err != nil {
		return nil, fmt.Errorf("aeb: %s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	if len(gold) == 0 {
		return nil, fmt.Errorf("aeb: %s: no pages", dir)
	}
	ds := &Dataset{Dir: dir, Gold: gold}
	for id := range gold {
		ds.IDs = append(ds.IDs, id)
	}
	slices.Sort(ds.IDs)
	return ds, nil
}

// Input kinds: which rendering of a page a system reads.
const (
	HTML = "html" // html/ID.html, the page as fetched
	Text = "text" // text/ID.txt, the page flattened to text
)

// Path is the file holding page id in the given input kind.
func (ds *Dataset) Path(kind, id string) string {
	if kind == Text {
		return filepath.Join(ds.Dir, "text", id+".txt")
	}
	return filepath.Join(ds.Dir, "html", id+".html")
}

// Bodies returns the gold bodies by page ID, as [Score] takes them.
func (ds *Dataset) Bodies() map[string]string {
	m := make(map[string]string, len(ds.Gold))
	for id, g := range ds.Gold {
		m[id] = g.Body
	}
	return m
}

// prediction is one page of a predictions file.
type prediction struct {
	Body string `json:"articleBody"`
}

// WritePredictions writes bodies, keyed by page ID, to path in the
// benchmark's format: {ID: {"articleBody": text}}.
func WritePredictions(path string, bodies map[string]string) error {
	m := make(map[string]prediction, len(bodies))
	for id, b := range bodies {
		m[id] = prediction{b}
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// ReadPredictions reads a predictions or gold file as the Python script
// does: {ID: {"articleBody": text}} or {ID: text}, optionally wrapped in
// {"output": ...}; a null or missing body is empty text.
func ReadPredictions(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("aeb: %s: %w", path, err)
	}
	if out, ok := top["output"]; ok {
		var inner map[string]json.RawMessage
		if json.Unmarshal(out, &inner) == nil {
			top = inner
		}
	}
	bodies := make(map[string]string, len(top))
	for id, raw := range top {
		var p struct {
			Body *string `json:"articleBody"`
		}
		var s string
		switch {
		case json.Unmarshal(raw, &s) == nil:
			bodies[id] = s
		case json.Unmarshal(raw, &p) == nil:
			if p.Body != nil {
				bodies[id] = *p.Body
			}
		default:
			return nil, fmt.Errorf("aeb: %s: page %s: neither text nor {\"articleBody\": text}", path, id)
		}
	}
	return bodies, nil
}
