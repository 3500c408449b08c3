package extract

import (
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// TestTextUpdateLabelInPageLanguage: the readers of a date line alone
// (textDateAlone) and of clean's Date blocks (textDateMarked) skip a date
// under an update's label, and read that label over the date in the
// page's language, as they read the date: Croatian's "31. listopada" is
// 31 October, which read without the language (November) is no day, so
// that the label went unseen and the update's date was taken for the
// publish date. The page is invented; its head is Croatian by its words
// (clean's guess for flattened text).
func TestTextUpdateLabelInPageLanguage(t *testing.T) {
	src := lines("Naslovnica", "Vijesti", hrTitle71, "Ažurirano:", "31. listopada 2025.", hrBody)
	res, err := clean.Text([]byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	marked := false
	for _, b := range res.Blocks {
		marked = marked || b.Kind == clean.Date && b.Stamp != nil && b.Stamp.Month == 10 && b.Stamp.Day == 31
	}
	if !marked {
		t.Fatal("clean marks no Date block of 31 October: the test reads nothing")
	}
	as := assembler{a: &Article{}, res: res, opts: &zeroOptions, placed: make([]string, len(res.Blocks)), stampLineAt: -1}
	as.findTail()
	as.fill()
	if st, ok := as.textDateMarked(); ok {
		t.Errorf("textDateMarked = %s, want none: the update's label is over it", st.ISO())
	}
	if st, ok := as.textDateAlone(); ok {
		t.Errorf("textDateAlone = %s, want none: the update's label is over it", st.ISO())
	}
}
