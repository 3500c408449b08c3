package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// The dateline's text is normalised like every other text field: odd
// spaces folded, zero-width characters gone, each change recorded under
// "dateline.text"; with NoNormalize it stays as printed.
func TestDatelineTextNormalised(t *testing.T) {
	const src = "Bridge reopens after repairs\n\n" +
		"BAKU,\u00a0 March\u200b 4 (Reuters) - The city's oldest bridge reopened on Wednesday after two years of repairs, officials said.\n\n" +
		"Traffic will return to both lanes next week, the transport ministry said in a statement.\n"
	a, err := extract.String(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Dateline == nil {
		t.Fatal("no dateline")
	}
	if got, want := a.Dateline.Text, "BAKU, March 4 (Reuters) -"; got != want {
		t.Errorf("dateline text %q, want %q", got, want)
	}
	recorded := 0
	for _, r := range a.Replacements {
		if r.Field == "dateline.text" {
			recorded++
		}
	}
	if recorded == 0 {
		t.Errorf("no replacement recorded for dateline.text: %+v", a.Replacements)
	}

	raw, err := extract.String(src, &extract.Options{NoNormalize: true})
	if err != nil {
		t.Fatal(err)
	}
	if raw.Dateline == nil || !strings.Contains(raw.Dateline.Text, "\u00a0") {
		t.Errorf("NoNormalize: dateline %+v, want the text as printed", raw.Dateline)
	}
}
