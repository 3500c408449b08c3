package main

import (
	"bytes"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// TestSpliceText checks that refitting the HTML model alone writes the new
// HTML model and copies the old file's text model byte for byte.
func TestSpliceText(t *testing.T) {
	oldHTML := &blockfeat.Model{Threshold: 0.5, First: []float32{1}}
	text := &blockfeat.Model{Threshold: 0.45, First: []float32{2, 3}}
	old, err := generate("x", oldHTML, text)
	if err != nil {
		t.Fatal(err)
	}
	newHTML := &blockfeat.Model{Threshold: 0.55, First: []float32{4}}
	got, err := spliceText("x", newHTML, old)
	if err != nil {
		t.Fatal(err)
	}
	want, err := generate("x", newHTML, text)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("spliced file:\n%s\nwant:\n%s", got, want)
	}
	if _, err := spliceText("x", newHTML, []byte("package clean\n")); err == nil {
		t.Error("a file without a text model spliced")
	}
}

// TestSpliceHTML checks that refitting the text model alone writes the new
// text model and copies the old file's HTML model byte for byte.
func TestSpliceHTML(t *testing.T) {
	html := &blockfeat.Model{Threshold: 0.5, First: []float32{1}}
	oldText := &blockfeat.Model{Threshold: 0.45, First: []float32{2, 3}}
	old, err := generate("x", html, oldText)
	if err != nil {
		t.Fatal(err)
	}
	newText := &blockfeat.Model{Threshold: 0.4, First: []float32{5, 6}}
	got, err := spliceHTML("x", newText, old)
	if err != nil {
		t.Fatal(err)
	}
	want, err := generate("x", html, newText)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("spliced file:\n%s\nwant:\n%s", got, want)
	}
	if _, err := spliceHTML("x", newText, []byte("package clean\n")); err == nil {
		t.Error("a file without an HTML model spliced")
	}
}
