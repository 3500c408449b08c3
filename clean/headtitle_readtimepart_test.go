package clean

import "testing"

// TestHeadReadTime checks that a reading time printed inside a headline's
// element comes off its end, glued to the headline or not, in the forms
// and languages themes print it, and that the headline's own words about
// reading stay.
func TestHeadReadTime(t *testing.T) {
	for _, c := range []struct{ src, text, want string }{
		{`<h1>Ferry returns to the islands<span class="rt">4 min read</span></h1>`, "Ferry returns to the islands4 min read", "Ferry returns to the islands"},
		{`<h1>Ferry returns to the islands <small>12 minutes read</small></h1>`, "Ferry returns to the islands 12 minutes read", "Ferry returns to the islands"},
		{`<h2 class="entry-title">Fähre fährt wieder zu den Inseln <span class="meta">Lesezeit: 3 Min.</span></h2>`, "Fähre fährt wieder zu den Inseln Lesezeit: 3 Min.", "Fähre fährt wieder zu den Inseln"},
		{`<h1>Le ferry revient sur les îles <div class="post-meta">Temps de lecture : 5 min</div></h1>`, "Le ferry revient sur les îles Temps de lecture : 5 min", "Le ferry revient sur les îles"},
		// The count first, then another language's reading word (reviewer
		// note of session 48: "3 Min. Lesezeit" stayed on the title).
		{`<h1>Fähre fährt wieder zu den Inseln<span class="rt">3 Min. Lesezeit</span></h1>`, "Fähre fährt wieder zu den Inseln3 Min. Lesezeit", "Fähre fährt wieder zu den Inseln"},
		{`<h1>Le ferry revient sur les îles <span>5 min de lecture</span></h1>`, "Le ferry revient sur les îles 5 min de lecture", "Le ferry revient sur les îles"},
		{`<h1>Il traghetto torna sulle isole <small>(4 minuti di lettura)</small></h1>`, "Il traghetto torna sulle isole (4 minuti di lettura)", "Il traghetto torna sulle isole"},
		{`<h1>Prom wraca na wyspy <span>· 6 min czytania</span></h1>`, "Prom wraca na wyspy · 6 min czytania", "Prom wraca na wyspy"},
		// Marks around the reading time.
		{`<h1>Ferry returns to the islands <span class="rt">(4 min read)</span></h1>`, "Ferry returns to the islands (4 min read)", "Ferry returns to the islands"},
		{`<h1>Ferry returns to the islands <span>· 4 Min Read</span></h1>`, "Ferry returns to the islands · 4 Min Read", "Ferry returns to the islands"},
		// The headline's own words: set in emphasis or a link, unset, or
		// more than a reading time.
		{`<h1>Why a <em>5 min read</em> wins</h1>`, "Why a 5 min read wins", "Why a 5 min read wins"},
		{`<h1>Make your pitch a <em>5 min read</em></h1>`, "Make your pitch a 5 min read", "Make your pitch a 5 min read"},
		{`<h1>Make your pitch a 5 min read</h1>`, "Make your pitch a 5 min read", "Make your pitch a 5 min read"},
		{`<h1>Ferry returns <span>to the islands: a 4 min read on the new timetable</span></h1>`, "Ferry returns to the islands: a 4 min read on the new timetable", "Ferry returns to the islands: a 4 min read on the new timetable"},
		// A reading time opening the headline stays; the rest must keep
		// three words.
		{`<h1><span>4 min read</span> Ferry returns to the islands</h1>`, "4 min read Ferry returns to the islands", "4 min read Ferry returns to the islands"},
		{`<h1>Ferry returns <span>4 min read</span></h1>`, "Ferry returns 4 min read", "Ferry returns 4 min read"},
	} {
		if got := withoutBadges(headingNode(t, c.src), c.text); got != c.want {
			t.Errorf("withoutBadges(%s) = %q, want %q", c.src, got, c.want)
		}
	}
}

// TestHeadReadTimeKeepsHeadlineWords checks that a span closing a headline
// stays when it holds the headline's own words about reading, not a whole
// reading time: a label with no count ("reading time", "Lesezeit",
// "leestijd"), or the count form inside more words ("worth a 20 min
// read", "a 5 min read").
func TestHeadReadTimeKeepsHeadlineWords(t *testing.T) {
	for _, c := range []struct{ src, text string }{
		{`<h1>Schools give every pupil an extra hour of <span class="hl">reading time</span></h1>`, "Schools give every pupil an extra hour of reading time"},
		{`<h1>Bibliothek verlängert die <span>Lesezeit</span></h1>`, "Bibliothek verlängert die Lesezeit"},
		{`<h1>Scholen geven kinderen meer <span class="accent">leestijd</span></h1>`, "Scholen geven kinderen meer leestijd"},
		{`<h1>Why the council report is <span>worth a 20 min read</span></h1>`, "Why the council report is worth a 20 min read"},
		{`<h1>Make your pitch <span class="highlight">a 5 min read</span></h1>`, "Make your pitch a 5 min read"},
		{`<h1>Schüler bekommen <span>mehr als 3 Min. Lesezeit</span></h1>`, "Schüler bekommen mehr als 3 Min. Lesezeit"},
		{`<h1>Die Bibliothek bietet <span>3 Min. Lesezeit pro Tag</span></h1>`, "Die Bibliothek bietet 3 Min. Lesezeit pro Tag"},
	} {
		if got := withoutBadges(headingNode(t, c.src), c.text); got != c.text {
			t.Errorf("withoutBadges(%s) = %q, want %q", c.src, got, c.text)
		}
	}
}
