package clean

import "testing"

// TestGivenBackHeadline: a dateline given back to the body under a kept
// line, on a page with no headline and no paragraph of prose, is the
// headline when it is headline-shaped and reads alone as no dateline, as a
// second pass's head takes it (FuzzIdempotent/1d18a3550f7a8fa6); with a
// headline on the page, a story under it, or read alone as a dateline, it
// stays in the body.
func TestGivenBackHeadline(t *testing.T) {
	for _, c := range []struct {
		name, dateline, below string
		title                 bool // the first line is the headline
		want                  Kind
	}{
		{"no headline, no story", "Road link (Baku)-", "talks go on", false, Title},
		{"a headline above", "Road link (Baku)-", "talks go on", true, ""},
		{"a story below", "Road link (Baku)-", "The ministers met in Baku on Tuesday to talk about the road link, officials said after the talks.", false, ""},
		{"read alone as a dateline", "BAKU (Reuters) -", "talks go on", false, ""},
	} {
		text := "Road talks in Baku\nWatch the video!\n" + c.dateline + "\n" + c.below
		blocks := segmentText(text)
		p := newPage(blocks, text, nil, nil)
		p.blocks[0].Kind, p.blocks[0].Rule = Other, "generic/outside-story"
		if c.title {
			p.blocks[0].Kind, p.blocks[0].Rule = Title, "generic/title"
		}
		p.blocks[2].Kind, p.blocks[2].Rule, p.blocks[2].Dateline = Dateline, "generic/dateline", &DatelineParts{Place: "BAKU"}
		p.settleDatelineBelow()
		if got := p.blocks[2].Kind; got != c.want {
			t.Errorf("%s: the line %q is labelled %q, want %q", c.name, p.blocks[2].Text, got, c.want)
		}
		p.release()
	}
}

// TestGivenBackHeadlineOverLeadIn: a dateline given back to the body under
// a headline the head's last resort passes over (a lead-in, ending with a
// comma or colon), with no kept line between and no story, is the
// headline, and the lead-in goes back to the body: a second pass finds no
// story, passes over the lead-in printed first and takes the dateline's
// line (FuzzIdempotent/lead-in-over-bare-dateline). A headline that is no
// lead-in, or a kept line between, leaves both as they were.
func TestGivenBackHeadlineOverLeadIn(t *testing.T) {
	for _, c := range []struct {
		name, headline string
		between        Kind // the kind of the line between the two
		wantHead, want Kind // the headline's and the dateline's kinds after
	}{
		{"a lead-in over the dateline", "Road talks in Baku,", Other, "", Title},
		{"a lead-in with a colon", "Road talks in Baku:", Other, "", Title},
		{"a headline", "Road talks in Baku", Other, Title, ""},
		{"a kept line between", "Road talks in Baku,", "", Title, ""},
	} {
		text := c.headline + "\nWatch the video!\nRoad link (Baku)-\ntalks go on"
		p := newPage(segmentText(text), text, nil, nil)
		p.blocks[0].Kind, p.blocks[0].Rule = Title, "generic/title"
		p.blocks[1].Kind = c.between
		if c.between != "" {
			p.blocks[1].Rule = "generic/outside-story"
		}
		p.blocks[2].Kind, p.blocks[2].Rule, p.blocks[2].Dateline = Dateline, "generic/dateline", &DatelineParts{Place: "BAKU"}
		p.blocks[3].Kind, p.blocks[3].Rule = Other, "generic/outside-story"
		p.settleDatelineBelow()
		if got := p.blocks[0].Kind; got != c.wantHead {
			t.Errorf("%s: the headline is labelled %q, want %q", c.name, got, c.wantHead)
		}
		if got := p.blocks[2].Kind; got != c.want {
			t.Errorf("%s: the dateline's line %q is labelled %q, want %q", c.name, p.blocks[2].Text, got, c.want)
		}
		p.release()
	}
}
