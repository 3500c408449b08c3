package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// constHTMLModel scores every HTML block with the probability of z.
func constHTMLModel(z float32) *blockfeat.Model {
	m := &blockfeat.Model{
		Dim:    blockfeat.HTMLDim,
		First:  make([]float32, blockfeat.HTMLDim+1),
		Second: make([]float32, blockfeat.HTMLDim+blockfeat.PassTwo+1),
	}
	m.First[blockfeat.HTMLDim] = z
	m.Second[blockfeat.HTMLDim+blockfeat.PassTwo] = z
	return m
}

// TestHTMLBodies runs the HTML path with each page's fold model in place
// of the built-in one: the page of the fold whose model drops every block
// loses its story, the other keeps it; and the fold models come back
// from the -pipe-models cache as they went in.
func TestHTMLBodies(t *testing.T) {
	story := "The ferry line between the two islands reopened on Monday after two months of repairs to the pier, the operator said in a statement. " +
		"Passengers queued from early morning for the first crossing, and the first boat left the harbour full."
	page := "<html><head><title>Ferry line reopens</title></head><body><nav><a href=/>Home</a></nav><article><h1>Ferry line reopens</h1>"
	for range 10 { // more blocks than a snippet, which the detector leaves alone
		page += "<p>" + story + "</p>"
	}
	src := []byte(page + "</article></body></html>")
	gold := []*wcxb.Page{{ID: "a", Type: wcxb.Article}, {ID: "b", Type: wcxb.Article}}
	models := [3]*blockfeat.Model{constHTMLModel(10), constHTMLModel(-10), constHTMLModel(10)}
	bodies, removed := htmlBodies(gold, [][]byte{src, src}, []int{0, 1}, models, 0.5)
	if !strings.Contains(bodies[0], "ferry line between") {
		t.Errorf("page of the keeping fold: body %q, want the story", bodies[0])
	}
	if strings.Contains(bodies[1], "ferry line between") {
		t.Errorf("page of the dropping fold: body %q, want no story", bodies[1])
	}
	if len(removed[1]) == 0 || removed[1][0].Rule == "" {
		t.Errorf("page of the dropping fold: removed %v, want the story's blocks with their rule", removed[1])
	}
	if blockfeat.Pick(blockfeat.HTMLPath, nil) != nil {
		t.Error("an override is left in place")
	}
	// the cache: written once, read back the same
	path := filepath.Join(t.TempDir(), "folds.gob")
	old := *pipeModels
	*pipeModels = path
	defer func() { *pipeModels = old }()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := encodeModels(f, models); err != nil {
		t.Fatal(err)
	}
	f.Close()
	got, err := cachedFoldModels(nil, blockfeat.HTMLDim, 1, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		if got[i].First[blockfeat.HTMLDim] != models[i].First[blockfeat.HTMLDim] {
			t.Errorf("fold %d: bias %v, want %v", i, got[i].First[blockfeat.HTMLDim], models[i].First[blockfeat.HTMLDim])
		}
	}
}
