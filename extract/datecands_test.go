package extract

import (
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/datecand"
)

// TestRankDatesKeepsUpdateApart checks the contract the ranker keeps
// whatever its weights: the update's day is never the publish date when a
// publish source gives a day, and is when none does.
func TestRankDatesKeepsUpdateApart(t *testing.T) {
	pub := dateCand{key: "2024-02-01", st: clean.Stamp{Year: 2024, Month: 2, Day: 1}, from: FromJSONLD}
	pub.x[datecand.URL] = 1 // a weak source alone
	upd := dateCand{key: "2025-04-19", st: clean.Stamp{Year: 2025, Month: 4, Day: 19}, from: FromModified, mod: true}
	upd.x[datecand.ModMeta], upd.x[datecand.ModLine], upd.x[datecand.HandPick] = 1, 1, 1
	if st, from := rankDates([]dateCand{upd, pub}); from != FromJSONLD || st.ISO() != "2024-02-01" {
		t.Errorf("rankDates = %s from %s, want 2024-02-01 from json-ld", st.ISO(), from)
	}
	if st, from := rankDates([]dateCand{upd}); from != FromModified || st.ISO() != "2025-04-19" {
		t.Errorf("rankDates, the update alone = %s from %s, want 2025-04-19 from modified", st.ISO(), from)
	}
}

// TestDateCandidates reads an invented page through the trainer's hook
// and checks its candidate days and their features: sources that agree
// share a day, the URL's month agrees with it, the update's day stands
// apart, and the fixed order's pick is marked.
func TestDateCandidates(t *testing.T) {
	src := []byte(`<!doctype html><html lang=en><head>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour bridge closes for a month","datePublished":"2025-11-17T09:00:00+01:00","dateModified":"2025-11-20T10:00:00+01:00"}</script>
</head><body><article><h1>Harbour bridge closes for a month</h1><p class="date">17 November 2025</p>
<p>The harbour bridge will close for a month from Monday while engineers replace the joints that carry its road deck, the port authority said.</p>
<p>Buses will run over the old ferry road instead, and the ferries will sail every twenty minutes at peak hours, the authority added in its statement.</p>
<p>The work was planned for the spring but was brought forward after an inspection found cracks in two of the joints, the statement says.</p>
</article></body></html>`)
	cands, err := datecand.Candidates(src, "https://news.example/2025/11/harbour-bridge")
	if err != nil {
		t.Fatal(err)
	}
	byDay := map[string]datecand.Candidate{}
	for _, c := range cands {
		byDay[c.Day] = c
	}
	pub, ok := byDay["2025-11-17"]
	if !ok {
		t.Fatalf("no candidate 2025-11-17 among %+v", cands)
	}
	for _, f := range []int{datecand.JSONLD, datecand.Line, datecand.URLAgrees, datecand.HandPick} {
		if pub.X[f] != 1 {
			t.Errorf("2025-11-17: %s = %v, want 1", datecand.Names[f], pub.X[f])
		}
	}
	if pub.Mod || pub.X[datecand.Sources] < 2 {
		t.Errorf("2025-11-17: mod %v, sources %v; want a publish day with two sources or more", pub.Mod, pub.X[datecand.Sources])
	}
	if upd, ok := byDay["2025-11-20"]; !ok || !upd.Mod || upd.X[datecand.ModMeta] != 1 {
		t.Errorf("the update's day: %+v (found %v), want an update candidate", upd, ok)
	}
	if month, ok := byDay["2025-11"]; !ok || month.X[datecand.Partial] != 1 || month.X[datecand.URL] != 1 {
		t.Errorf("the URL's month: %+v (found %v), want a partial candidate from the URL", month, ok)
	}
}
