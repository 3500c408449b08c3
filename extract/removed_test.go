package extract

import (
	"fmt"
	"strings"
	"testing"
)

// Taken names, for each line that went into a field beside the body, the
// field and the line: with the body and Removed every input line is
// accounted for. Two lines of one picture (caption, credit) are one run.
func TestTakenNamesTheFieldsLines(t *testing.T) {
	page := strings.Join([]string{
		"Farmers in the valley report a record apricot harvest",
		"Growers say the warm spring doubled the crop in three districts",
		"By Anna Petrosyan",
		"12 June 2024, 10:15",
		"",
		"YEREVAN, June 12. /ARKA/. Farmers in the Ararat valley have gathered a record apricot harvest this year, the ministry of agriculture said on Wednesday.",
		"",
		"The crop reached 120,000 tonnes, almost twice last year's, as a warm spring spared the blossom from frost.",
		"Apricots at a market in Yerevan",
		"Photo: Karen Minasyan",
		"",
		"Exporters expect to ship a third of the harvest to Russia and the Gulf states by the end of July.",
		"Share on Facebook",
	}, "\n")
	a, err := String(page, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range a.Taken {
		got = append(got, fmt.Sprintf("%s %d-%d %s", x.Field, x.Line, x.EndLine, x.Text))
		if x.Rule == "" {
			t.Errorf("%s, line %d: no rule", x.Field, x.Line)
		}
	}
	want := []string{
		"title 1-0 Farmers in the valley report a record apricot harvest",
		"deck 2-0 Growers say the warm spring doubled the crop in three districts",
		"authors 3-0 By Anna Petrosyan",
		"published 4-0 12 June 2024, 10:15",
		"dateline 6-0 YEREVAN, June 12. /ARKA/.",
		"images 9-10 Apricots at a market in Yerevan\nPhoto: Karen Minasyan",
	}
	if strings.Join(got, "\n|") != strings.Join(want, "\n|") {
		t.Errorf("Taken:\n%s\nwant:\n%s", strings.Join(got, "\n|"), strings.Join(want, "\n|"))
	}
	// Every non-blank line is in a run of Taken or Removed, or opens a
	// body paragraph's text.
	seen := map[int]bool{}
	for _, x := range a.Taken {
		for l := x.Line; l <= max(x.Line, x.EndLine); l++ {
			seen[l] = true
		}
	}
	for _, r := range a.Removed {
		for l := r.Line; l <= max(r.Line, r.EndLine); l++ {
			seen[l] = true
		}
	}
	body := strings.Join(a.Body, "\n")
	for i, l := range strings.Split(page, "\n") {
		if l != "" && !seen[i+1] && !strings.Contains(body, l) {
			t.Errorf("line %d %q is in no field, run or paragraph", i+1, l)
		}
	}
}
