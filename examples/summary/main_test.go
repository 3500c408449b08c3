package main

import (
	"bytes"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestSummarize checks the program's output against testdata/output.golden
// (go test -update rewrites it).
func TestSummarize(t *testing.T) {
	var out bytes.Buffer
	if err := summarize(&out); err != nil {
		t.Fatal(err)
	}
	testkit.Check(t, "testdata/output.golden", out.Bytes())
}
