package clean

import "testing"

// TestDatelineOwnLine: a dateline alone on its line that only the outlet's
// form reads so is marked OwnLine (the text output keeps it on its own
// line); one the generic catalogue reads glued to the paragraph too, and
// one split off the paragraph, are not.
func TestDatelineOwnLine(t *testing.T) {
	para := "The two ministers met in Ankara on Tuesday and agreed to expand trade, officials said.\n\nThey will meet again next month in Baku, the ministry said in a statement."
	for _, c := range []struct {
		name, page, dateline string
		want                 bool
	}{
		{"an outlet's form anchored at the line's end", "Ministers meet in Ankara over trade\nANKARA-Anadolu Agency\n" + para, "ANKARA-Anadolu Agency", true},
		{"the same with a one-word paragraph", "Ministers meet in Ankara over trade\nANKARA-Anadolu Agency\nTalks.\n\n" + para, "ANKARA-Anadolu Agency", true},
		{"a generic dateline alone on its line", "Ministers meet in Ankara over trade\nBAKU, March 14. /TASS/.\n" + para, "BAKU, March 14. /TASS/.", false},
		{"a generic dateline split off the paragraph", "Ministers meet in Ankara over trade\n\nBAKU, March 14. /TASS/. " + para, "BAKU, March 14. /TASS/.", false},
	} {
		res, err := Text([]byte(c.page), nil)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, b := range res.Blocks {
			if b.Kind != Dateline {
				continue
			}
			found = true
			if b.Text != c.dateline || b.Dateline == nil || b.Dateline.OwnLine != c.want {
				t.Errorf("%s: dateline %q %+v, want %q with OwnLine %v", c.name, b.Text, b.Dateline, c.dateline, c.want)
			}
		}
		if !found {
			t.Errorf("%s: no dateline", c.name)
		}
	}
}
