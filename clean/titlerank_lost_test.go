package clean

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/internal/titlerank"
)

func TestLostChars(t *testing.T) {
	for _, c := range []struct {
		damaged, whole string
		want           bool
	}{
		{"Event Planning? Beginner? Guide", "Event Planning: Beginner’s Guide", true},
		{"Caf? opens on the quay", "Café opens on the quay", true},
		{"Ferry ? the night timetable", "Ferry – the night timetable", true},
		{"Ferry?s night timetable", "Ferry’s night timetable", true},
		{"Is the ferry late? Ask the harbour", "Is the ferry late: Ask the harbour", true},
		// a real question, a different word, more words, no loss at all
		{"Is the ferry late? Ask the harbour", "Is the ferry late? Ask the harbour", false},
		{"Ferry? Night timetable", "Ferries Night timetable", false},
		{"Ferry? Night timetable", "Ferry: The Night timetable", false},
		{"Ferry? Night timetable", "Ferry: Day timetable", false},
		{"Ferry night timetable", "Ferry: night timetable", false},
		{"?", "", false},
	} {
		if got := lostChars(c.damaged, c.whole); got != c.want {
			t.Errorf("lostChars(%q, %q) = %v, want %v", c.damaged, c.whole, got, c.want)
		}
	}
}

// lostPage is an invented article whose <h1> lost its apostrophe and colon
// to "?", which og:title keeps.
const lostPage = `<!doctype html><html><head>
<meta property="og:title" content="Night Ferries: A Commuter’s Guide">
<title>Night Ferries: A Commuter’s Guide | Harbour Post</title>
</head><body>
<article>
<h1>Night Ferries? A Commuter? Guide</h1>
<p>The harbour authority said on Tuesday that the three ferries that stopped running after dark last winter will sail again from the first of next month, with crossings every forty minutes until midnight.</p>
<p>Crews trained over the summer on the refitted boats, and the new lights on both piers were tested last week, the authority's spokesperson told reporters at the terminal.</p>
<p>Commuters who work late shifts at the hospital on the island had asked for the service back since the spring, and the council agreed to pay for the extra crews out of its transport budget.</p>
</article>
</body></html>`

// TestTitleLostChars checks that a heading with characters lost to "?"
// and the metadata's whole title are one candidate, printed whole, that
// keeps the heading's sources; and that a heading asking a question stays
// apart from a metadata title that does not.
func TestTitleLostChars(t *testing.T) {
	const url = "https://harbourpost.example/night-ferries-guide"
	cands, err := titlerank.Candidates([]byte(lostPage), url)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, c := range cands {
		texts = append(texts, c.Text)
	}
	if want := []string{"Night Ferries: A Commuter’s Guide"}; !slices.Equal(texts, want) {
		t.Fatalf("candidates %q, want %q", texts, want)
	}
	for _, name := range []string{"rules", "h1", "og", "title"} {
		if cands[0].X[slices.Index(titlerank.Names, name)] != 1 {
			t.Errorf("the merged candidate lacks the source %s: %v", name, cands[0].X)
		}
	}
	res, err := HTML([]byte(lostPage), "text/html; charset=utf-8", &Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Night Ferries: A Commuter’s Guide"; res.Title != want {
		t.Errorf("Title = %q, want %q", res.Title, want)
	}
	asks := []*titleCand{{text: "Will the night ferries sail? The council decides"}, {text: "Night ferries: the council decides"}}
	if got := mergeLost(asks); len(got) != 2 {
		t.Errorf("mergeLost merged a question with another title: %v", got)
	}
}
