package main

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	_ "github.com/newsclean/newsclean/internal/golden"
)

func TestSummarize(t *testing.T) {
	var out bytes.Buffer
	if err := summarize(&out); err != nil {
		t.Fatal(err)
	}
	want := `agency.txt: TASS (dateline) | 2024-02-06 | "Armenia and Georgia agree to speed up work on the new railway link" | 2 paragraphs | removed nav×1 subscribe×1 | rewrote Nagorny Karabakh→Nagorno-Karabakh
sidebar.txt: Factor TV (fingerprint) | no date | "Jazz festival returns to Dilijan after four years" | 2 paragraphs | removed headline-list×1 nav×2 | rewrote 
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
}
