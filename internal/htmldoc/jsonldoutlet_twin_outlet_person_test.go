package htmldoc

import (
	"slices"
	"testing"
)

// TestTwinNotTheOutletsAccount: a same-headline Article whose only Person bears the outlet's
// (the NewsArticle's publisher's) name is the site's account, no twin:
// the outlet, dropped from the NewsArticle, must not come back as Meta.Authors.
func TestTwinNotTheOutletsAccount(t *testing.T) {
	org := `{"@type":"Organization","name":"Harbor Ledger"}`
	head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":` + org + `,"publisher":` + org + `}</script>` +
		`<script type="application/ld+json">{"@type":"Article","headline":"H","author":{"@type":"Person","name":"Harbor Ledger"}}</script>`
	doc := mustParse(t, "<!doctype html><head><title>T</title>"+head+"</head><body><p>text</p></body>")
	if got := doc.Meta.Authors; !slices.Equal(got, nil) {
		t.Errorf("Authors = %q, want none", got)
	}
}
