package clean

import "testing"

// titleOf returns the text of the Title block of src cleaned without
// the story detector, "" for none.
func titleOf(t *testing.T, src string) string {
	t.Helper()
	res, err := String(src, &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	return titleBlock(res)
}

// titleBlock returns the text of res's first block labelled the title,
// or "": the text head tests' "which line became the title".
func titleBlock(res *Result) string {
	for _, b := range res.Blocks {
		if b.Kind == Title {
			return b.Text
		}
	}
	return ""
}
