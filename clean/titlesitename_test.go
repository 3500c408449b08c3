package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestTitleSite checks that og:site_name wins over the link home, which
// stands in when the page names no site.
func TestTitleSite(t *testing.T) {
	for _, c := range []struct {
		m    htmldoc.Meta
		want string
	}{
		{htmldoc.Meta{SiteName: "Harbour Times", HomeName: "Back to the front page"}, "Harbour Times"},
		{htmldoc.Meta{HomeName: "Crumbs and Crusts"}, "Crumbs and Crusts"},
		{htmldoc.Meta{}, ""},
	} {
		if got := titleSite(&c.m); got != c.want {
			t.Errorf("titleSite(%+v) = %q, want %q", c.m, got, c.want)
		}
	}
}

// TestMetaTitleSection checks that the page's section comes off a
// metadata title's end after the site's name, named by the page's section
// or set off by the same dash as the site's name ([withoutDashSection]),
// and stays where it opens the title, where no separator sets it off,
// where it opens lower-case, or where too little would be left.
func TestMetaTitleSection(t *testing.T) {
	for _, c := range []struct {
		title, section, want string
	}{
		{"Council approves cycle lanes on the river road - Local news - City Post", "Local news", "Council approves cycle lanes on the river road"},
		{"外岛夜间渡轮将于五月恢复运营_新闻频道_港口日报", "新闻频道", "外岛夜间渡轮将于五月恢复运营"},
		{"Council approves cycle lanes | Politics", "Politics", "Council approves cycle lanes"},
		{"Local news: council approves cycle lanes on the river road", "Local news", "Local news: council approves cycle lanes on the river road"},
		{"Council approves cycle lanes on the river road - Local news - City Post", "", "Council approves cycle lanes on the river road"},
		{"Council approves cycle lanes on the river road - at last - City Post", "", "Council approves cycle lanes on the river road - at last"},
		{"Cycle lanes - Local news - City Post", "", "Cycle lanes - Local news"},
		{"Cycle lanes - Local news", "Local news", "Cycle lanes - Local news"},
		{"Why local news matters", "Local news", "Why local news matters"},
		{"City Post » Islands » Night ferry returns to the islands", "Islands", "Night ferry returns to the islands"},
		{"Islands » Ferry returns", "Islands", "Islands » Ferry returns"},
	} {
		m := htmldoc.Meta{Section: c.section, SiteName: "City Post"}
		if c.section == "新闻频道" {
			m.SiteName = "港口日报"
		}
		if got := metaTitle(c.title, &m, "news.example"); got != c.want {
			t.Errorf("metaTitle(%q, section %q) = %q, want %q", c.title, c.section, got, c.want)
		}
	}
}

// TestWithoutSiteTagline checks that the site's name with its motto comes
// off a title's end, that the site's names before a title come off as
// such (not the title as a motto), and that a motto of another site and a
// headline's own colon stay.
func TestWithoutSiteBeforeMotto(t *testing.T) {
	for _, c := range []struct {
		title, site, host, want string
	}{
		// The site's name, then its motto, set off by the title's own separator.
		{"Ten ways to finish an online course – Harbour Learning – Realize your potential.", "", "harbourlearning.example", "Ten ways to finish an online course"},
		{"River path plan heads to a vote - Ledger Weekly - Local news for Northfield", "Ledger Weekly", "", "River path plan heads to a vote"},
		{"River path plan heads to a vote | The Ledger | News you can use", "", "ledger.example", "River path plan heads to a vote"},
		// The site's name first, then its section or motto
		// (mottoBeforeHeadline).
		{"Ledger Weekly – Local news – River path plan heads to a vote", "Ledger Weekly", "", "River path plan heads to a vote"},
		// Left alone: no part names the site; a long last part is no
		// motto; one word before the name.
		{"River path plan heads to a vote – Ledger Weekly – Local news for Northfield", "", "riverside.example", "River path plan heads to a vote – Ledger Weekly – Local news for Northfield"},
		{"Ledger Weekly – River path plan heads to a vote – what the council said", "Ledger Weekly", "", "River path plan heads to a vote – what the council said"},
		{"Council votes – Ledger Weekly – a long story of how the river path came to be built at last", "Ledger Weekly", "", "Council votes – Ledger Weekly – a long story of how the river path came to be built at last"},
		{"Update – Ledger Weekly – Local news", "Ledger Weekly", "", "Update – Ledger Weekly – Local news"},
	} {
		if got := withoutSite(c.title, c.site, c.host); got != c.want {
			t.Errorf("withoutSite(%q, %q, %q) = %q, want %q", c.title, c.site, c.host, got, c.want)
		}
	}
}

func TestWithoutSiteTagline(t *testing.T) {
	for _, c := range []struct {
		title, site, want string
	}{
		{"Night ferry to the islands returns after two years | Harbour Times: News from the Outer Islands", "Harbour Times", "Night ferry to the islands returns after two years"},
		{"Night ferry to the islands returns | Harbour Times - Your island paper", "Harbour Times", "Night ferry to the islands returns"},
		{"Harbour Times | HarbourTimes.com - The night ferry returns to the islands", "Harbour Times", "The night ferry returns to the islands"},
		{"Night ferry to the islands returns after two years | Island Post: News from the Outer Islands", "Harbour Times", "Night ferry to the islands returns after two years | Island Post: News from the Outer Islands"},
		{"Storm warning: what the new alerts mean for drivers", "Harbour Times", "Storm warning: what the new alerts mean for drivers"},
	} {
		if got := withoutSite(c.title, c.site, "news.example"); got != c.want {
			t.Errorf("withoutSite(%q, %q) = %q, want %q", c.title, c.site, got, c.want)
		}
	}
}

// TestCaselessName checks the site's name after a dash in scripts without
// capitals, and that longer tails, Latin tails and short heads stay.
func TestCaselessName(t *testing.T) {
	for _, c := range []struct {
		head, tail string
		want       bool
	}{
		{"दो साल बाद फिर चलेगी द्वीपों की रात की नौका", "बंदरगाह समाचार", true},
		{"야간 여객선 2년 만에 운항 재개", "항구일보", true},
		{"夜行フェリー、二年ぶりに運航再開へ", "港タイムズ", true},
		{"عودة العبارة الليلية إلى الجزر بعد عامين", "أخبار الميناء", true},
		{"야간 여객선 2년 만에 운항 재개", "드디어 다시 뜬다", false},
		{"夜行フェリー、二年ぶりに運航再開へ", "島の人々が待ち望んだ夜の便が戻る", false},
		{"Night ferry returns to the islands", "at last", false},
		{"Night ferry returns to the islands", "Harbour Times", false},
		{"항구일보", "야간 여객선", false},
		{"Night ferry returns to the islands", "2026", false},
	} {
		if got := caselessName(c.head, c.tail); got != c.want {
			t.Errorf("caselessName(%q, %q) = %v, want %v", c.head, c.tail, got, c.want)
		}
	}
}
