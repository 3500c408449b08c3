package clean

import (
	"fmt"
	"testing"
	"time"

	"github.com/newsclean/newsclean/internal/cleanlend"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestLent calls each function clean lends through internal/cleanlend on an
// input with a known answer: each is set, and to the right function.
func TestLent(t *testing.T) {
	bools := []struct {
		name string
		f    func(string) bool
		in   string
		want bool
	}{
		{"PersonName", cleanlend.PersonName, "Jane Doe", true},
		{"PersonName", cleanlend.PersonName, "Latest News", false},
		{"NotPersonWords", cleanlend.NotPersonWords, "Obesity Medicine Association", true},
		{"KnownPlace", cleanlend.KnownPlace, "Rio de Janeiro", true},
		{"KnownPlace", cleanlend.KnownPlace, "Rolling Stone", false},
		{"NotAuthorName", cleanlend.NotAuthorName, "admin", true},
		{"Credential", cleanlend.Credential, " PhD", true},
		{"JobTitle", cleanlend.JobTitle, "Transport Correspondent", true},
		{"JobTitle", cleanlend.JobTitle, "Valley Gazette", false},
		{"TeamByline", cleanlend.TeamByline, "Acme Staff", true},
		{"WireAlone", cleanlend.WireAlone, "Reuters", true},
		{"IsCommentHeader", cleanlend.IsCommentHeader, "12 comments on Ministers agree", true},
	}
	for _, c := range bools {
		if got := c.f(c.in); got != c.want {
			t.Errorf("cleanlend.%s(%q) = %v, want %v", c.name, c.in, got, c.want)
		}
	}
	if got := cleanlend.Squash("Al-Jazeera English"); got != "aljazeeraenglish" {
		t.Errorf("cleanlend.Squash = %q", got)
	}
	if got := cleanlend.SourceCut("Jane Doe, Reuters", "", ""); got != "Jane Doe" {
		t.Errorf("cleanlend.SourceCut = %q", got)
	}
	if got := cleanlend.PageTitle("Ministers agree on a grain route - Harbour Times", "Harbour Times", "harbourtimes.example"); got != "Ministers agree on a grain route" {
		t.Errorf("cleanlend.PageTitle = %q", got)
	}
	if got := cleanlend.TextTitle("Ministers agree on a grain route | Harbour Times", "harbourtimes.example"); got != "Ministers agree on a grain route" {
		t.Errorf("cleanlend.TextTitle = %q", got)
	}
	if got := cleanlend.TitleInMeta("Dec 18 2025 Ministers agree on a grain route", &Meta{OGTitle: "Ministers agree on a grain route"}, ""); got != "Ministers agree on a grain route" {
		t.Errorf("cleanlend.TitleInMeta = %q", got)
	}
	owner := ownerBlocks("Marta Quillon\n", "© 2025 Marta Quillon\n")
	if got := cleanlend.CopyrightOwner(owner); got != "Marta Quillon" {
		t.Errorf("cleanlend.CopyrightOwner = %q, want Marta Quillon", got)
	}
	if got := cleanlend.CopyrightOwner([]string{"Marta Quillon"}); got != "" {
		t.Errorf("cleanlend.CopyrightOwner of no blocks = %q, want none", got)
	}
	if err := cleanlend.CheckURL("https://example.com/a"); err != nil {
		t.Errorf("cleanlend.CheckURL: %v", err)
	}
	if cleanlend.CheckURL("://") == nil {
		t.Error("cleanlend.CheckURL(\"://\") = nil")
	}
	for _, c := range []struct{ name, got, want string }{
		{"DateAlone", lentDay(cleanlend.DateAlone("December 24, 2024", "")), "2024-12-24"},
		{"LabelledDate", lentDay(cleanlend.LabelledDate("Published: 3 May 2024", "")), "2024-05-03"},
		{"LabelledUpdate", lentDay(cleanlend.LabelledUpdate("Updated: 3 May 2024", "")), "2024-05-03"},
		{"BylineThenDate", lentDay(cleanlend.BylineThenDate("By Jane Doe", "April 8, 2024", "")), "2024-04-08"},
		{"DateNoYear", lentDay(cleanlend.DateNoYear("Mar 14")), "0000-03-14"},
		{"DateStrip", lentDay(cleanlend.DateStrip("September 12, 2025 | 14 min read")), "2025-09-12"},
		{"UpdatedInLine", lentDay(cleanlend.UpdatedInLine("Updated 5 March 2025 / Published 4 March 2025", "")), "2025-03-05"},
		{"UpdatedInLine, Croatian", lentDay(cleanlend.UpdatedInLine("Objavljeno: 4. listopada 2025. u 08:15 · Ažurirano: 5. listopada 2025. u 09:00", "hr-HR")), "2025-10-05"},
	} {
		if c.got != c.want {
			t.Errorf("cleanlend.%s: %q, want %q", c.name, c.got, c.want)
		}
	}
	st, update, ok := cleanlend.LabelThenDate("Updated:", "3 May 2024", "")
	if lentDay(st, ok) != "2024-05-03" || !update {
		t.Errorf("cleanlend.LabelThenDate = %v, %v, %v", st, update, ok)
	}
}

// TestLentMonthWeekdayNames: the lent month and weekday readers take an
// English name in its forms and another language's, in any case, and no
// other word.
func TestLentMonthWeekdayNames(t *testing.T) {
	for _, c := range []struct {
		word string
		want time.Month
		ok   bool
	}{
		{"Mar", time.March, true}, {"march", time.March, true}, {"Sept.", time.September, true},
		{"mars", time.March, true}, {"MÄRZ", time.March, true}, {"marzo", time.March, true},
		{"Expo", 0, false}, {"Spring", 0, false}, {"", 0, false},
	} {
		if cleanlend.MonthName == nil {
			t.Fatal("cleanlend.MonthName is not set")
		}
		if got, ok := cleanlend.MonthName(c.word); got != c.want || ok != c.ok {
			t.Errorf("cleanlend.MonthName(%q) = %v, %v, want %v, %v", c.word, got, ok, c.want, c.ok)
		}
	}
	for _, c := range []struct {
		word string
		want time.Weekday
		ok   bool
	}{
		{"Fri", time.Friday, true}, {"Friday.", time.Friday, true}, {"vendredi", time.Friday, true},
		{"Freitag", time.Friday, true}, {"piątek", time.Friday, true},
		{"Fries", 0, false}, {"", 0, false},
	} {
		if cleanlend.WeekdayName == nil {
			t.Fatal("cleanlend.WeekdayName is not set")
		}
		if got, ok := cleanlend.WeekdayName(c.word); got != c.want || ok != c.ok {
			t.Errorf("cleanlend.WeekdayName(%q) = %v, %v, want %v, %v", c.word, got, ok, c.want, c.ok)
		}
	}
}

// lentDay is a lent reader's day as YYYY-MM-DD (year 0000 when it has
// none), or "" when it found no date.
func lentDay(st htmldoc.Stamp, ok bool) string {
	if !ok {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", st.Year, st.Month, st.Day)
}
