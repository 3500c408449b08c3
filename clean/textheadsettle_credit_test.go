package clean

import "testing"

// TestSettleHeadlineCredit checks that a headline found by its copy under
// it, which alone reads as a caption with a credit glued to it, or as a
// photo's credit, is labelled as the image stage labels such a line, its
// copy with it; and that a plain headline with a copy stays the headline.
func TestSettleHeadlineCredit(t *testing.T) {
	story := "The two ministers met in Baku on Tuesday, officials said after the long talks there, and agreed on a road.\n"
	for _, c := range []struct {
		name, head string
		want       []Kind // the kinds of the head's parts, in order
	}{
		{"caption and credit", "Ministers at the border EPA-EFE/JOHN SMITH", []Kind{Caption, Credit}},
		{"a photo's credit", "Photo: Reuters/John Smith", []Kind{Credit}},
		{"a headline", "Ministers agree on a road link", []Kind{Title}},
	} {
		// the copy glued to a sentence, as splitTitleRepeat wants it
		src := c.head + "\n" + c.head + " Talks went on all day.\n\n" + story
		res, err := Text([]byte(src), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		var got []Kind
		for _, b := range res.Blocks {
			if b.Line == 1 {
				got = append(got, b.Kind)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: line 1 is %v, want %v", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: line 1 is %v, want %v", c.name, got, c.want)
				break
			}
		}
		for _, b := range res.Blocks {
			if b.Line == 2 && b.Kind == Title && c.want[0] != Title {
				t.Errorf("%s: the headline's copy is still a title: %+v", c.name, b)
			}
		}
	}
}
