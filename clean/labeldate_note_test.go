package clean

import "testing"

// TestPublishedNote checks the notes of a story's first publication and
// the lines that are none.
func TestPublishedNote(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"This article was originally published on March 5, 2025.", "2025-03-05"},
		{"This story was first published in The Harbour Gazette on 5 March 2025.", "2025-03-05"},
		{"(Story first published: March 5, 2025 / 10:00 AM EST)", "2025-03-05"},
		{"*This post was originally published on 2025-03-05.", "2025-03-05"},
		{"Article publié le 5 mars 2025.", "2025-03-05"},
		{"Erstveröffentlichung: 5. März 2025", "2025-03-05"},
		{"Впервые опубликовано 5 марта 2025 года.", "2025-03-05"},
		{"This article was originally published on The Conversation.", ""},     // no date
		{"This story was originally published in 2019 and updated since.", ""}, // no full date
		{"This article was first published last spring, on a quiet Tuesday in the middle of March 5, 2025.", ""},
		{"This article was originally published, then updated on March 7, 2025.", ""}, // the update's
		{"Engineers said on March 5, 2025 that the pier would rest on steel piles.", ""},
	} {
		st, ok := publishedNote(c.line)
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("publishedNote(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestPublishedNoteIn: a publication note's clashing month is read in
// the language of the page's tag: "listopada" is October on a page tagged
// Croatian, November on one tagged Polish or untagged.
func TestPublishedNoteIn(t *testing.T) {
	const line = "This article was originally published on 17. listopada 2025."
	for _, c := range []struct{ tag, want string }{{"hr-HR", "2025-10-17"}, {"pl", "2025-11-17"}, {"", "2025-11-17"}} {
		st, ok := publishedNoteIn(line, c.tag)
		if got := dayOf(st); !ok || got != c.want {
			t.Errorf("tag %q: publishedNoteIn = %q, %v; want %q", c.tag, got, ok, c.want)
		}
	}
}
