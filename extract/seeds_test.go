package extract

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/testkit"
)

// seed is what issue 2's table says one seed page must give.
type seed struct {
	file string
	url  string

	title, deck, section     string
	published, publishedFrom string
	outlet, outletFrom       string // with the URL
	outletNoURL, fromNoURL   string // without it
	dateline                 *Dateline
	paragraphs               int
	first, last              string // prefixes / suffixes of the first and last paragraphs
	images                   []Image
	rewritten                [][2]string // from, to
	kept                     []string    // text the body must still hold
	absent                   []string    // text no field but removed may hold
	removed                  map[clean.Kind]bool
}

var seeds = []seed{
	{
		file: "000_101b87d8289ca109", url: "https://factor.am/en/?p=2638",
		title: "Aliyev: Moscow and Baku on same positions regarding ‘Zangezur Corridor’",
		// The page prints nothing of Factor TV's own: without the URL no outlet
		// is named (clean/rules/factor.am.toml says why it has no fingerprint).
		outlet: "Factor TV", outletFrom: "url",
		paragraphs: 5, first: "Moscow and Baku have the same stance", last: "Aliyev concluded.",
		rewritten: [][2]string{{"Nagorno Karabakh", "Nagorno-Karabakh"}},
		absent:    []string{"14.11.2024", "Greta Thunberg", "\u00a0"},
		removed:   map[clean.Kind]bool{clean.HeadlineList: true, clean.Nav: true},
	},
	{
		file: "001_15d8147f57d8f419", url: "https://tass.com/world/1265855",
		title:     "Baku ready to open communications between Azerbaijan and Armenia, says Aliyev",
		deck:      "According to the Azerbaijani leader, opening of communications will be in the interests of the entire region, giving a fresh impetus to cooperation and opening new possibilities",
		published: "2021-03-14", publishedFrom: FromDatelineYear,
		outlet: "TASS", outletFrom: "url", outletNoURL: "TASS", fromNoURL: "dateline",
		dateline:   &Dateline{Text: "BAKU, March 14. /TASS/.", Place: "Baku", Date: "March 14", Agency: "TASS"},
		paragraphs: 7, first: "Baku is ready to open communications", last: "ties in the region.",
		images:    []Image{{Caption: "Azerbaijani President Ilham Aliyev", Credit: "EPA-EFE/TATYANA ZENKOVICH/POOL"}},
		rewritten: [][2]string{{"Lachinsky corridor", "Lachin corridor"}},
		absent:    []string{"All news"},
		removed:   map[clean.Kind]bool{clean.Nav: true},
	},
	{
		file: "002_2143d4e045405792", url: "https://caliber.az/en/post/168170/",
		title:     `President Aliyev recalls "serious opportunities" for normalization of Azerbaijan-Armenia relations`,
		section:   "CHRONICLE",
		published: "2023-05-25T23:12:00+04:00", publishedFrom: FromTimestampLine,
		outlet: "Caliber.Az", outletFrom: "url", outletNoURL: "Caliber.Az", fromNoURL: "fingerprint",
		paragraphs: 15, first: "President of the Republic of Azerbaijan Ilham Aliyev met", last: "Thank you again for the invitation.",
		absent:  []string{"\u00a0", "    ", "Garabagh", "Subscribe", "Read also", "Latest news", "All news"},
		removed: map[clean.Kind]bool{clean.Subscribe: true, clean.Related: true, clean.Latest: true, clean.Nav: true},
	},
	{
		file: "003_a0fdcd33e81b8070", url: "https://yerepouni-news.com/2021/04/16/maria-zakharova-russia-welcomes-initiatives/",
		title:     "Maria Zakharova: Russia welcomes initiatives aimed at establishing lasting peace and good-neighborly relations between Azerbaijan and Armenia",
		published: "2021-04-16", publishedFrom: FromDatelineYear,
		outlet: "Yerepouni Daily News", outletFrom: "url", outletNoURL: "ARKA News Agency", fromNoURL: "dateline",
		dateline:   &Dateline{Text: "YEREVAN, April 16. /ARKA/.", Place: "Yerevan", Date: "April 16", Agency: "ARKA"},
		paragraphs: 11, first: "Maria Zakharova, the official representative", last: "are being exchanged.",
		rewritten: [][2]string{{"Kelbajar", "Kalbajar"}},
		kept:      []string{"The town of Shushi"},
		absent:    []string{"Please enter"},
		removed:   map[clean.Kind]bool{clean.CommentPrompt: true},
	},
	{
		file: "004_3f5fb442d585114e", url: "https://asbarez.com/armenia-russia-and-azerbaijan-never-discussed-zangezur-corridor-says-lavrov/",
		published: "2024-01-18", publishedFrom: FromHeader,
		outlet: "Asbarez", outletFrom: "url",
		paragraphs: 9, first: "“The Zangezur Corridor has never been discussed", last: "It gave no other details.",
		rewritten: [][2]string{{"Nakhichevan", "Nakhchivan"}},
		absent:    []string{"date 2024-01-18"},
		removed:   map[clean.Kind]bool{clean.ScrapeHeader: true},
	},
}

func TestSeeds(t *testing.T) {
	for _, s := range seeds {
		src := testkit.Seed(t, s.file+".txt").Data
		for _, withURL := range []bool{true, false} {
			name, url, suffix := s.file+"/url", s.url, ".json"
			if !withURL {
				name, url, suffix = s.file+"/no-url", "", ".nourl.json"
			}
			t.Run(name, func(t *testing.T) {
				a, err := Text(src, &Options{ID: s.file + ".txt", URL: url})
				if err != nil {
					t.Fatal(err)
				}
				s.check(t, a, withURL)
				got, err := json.MarshalIndent(a, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				testkit.Check(t, testkit.Testdata(t, "golden", s.file+suffix), append(got, '\n'))
			})
		}
	}
}

// check asserts the seed's row of the table.
func (s seed) check(t *testing.T, a *Article, withURL bool) {
	t.Helper()
	eq := func(what, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", what, got, want)
		}
	}
	eq("title", a.Title, s.title)
	eq("deck", a.Deck, s.deck)
	eq("section", a.Section, s.section)
	eq("published", a.Published, s.published)
	eq("published_from", a.PublishedFrom, s.publishedFrom)
	outlet, from := s.outlet, s.outletFrom
	if !withURL {
		outlet, from = s.outletNoURL, s.fromNoURL
	}
	var gotOutlet, gotFrom string
	if a.Outlet != nil {
		gotOutlet, gotFrom = a.Outlet.Name, a.Outlet.From
	}
	eq("outlet.name", gotOutlet, outlet)
	eq("outlet.from", gotFrom, from)
	if diff := cmp.Diff(s.dateline, a.Dateline); diff != "" {
		t.Errorf("dateline (-want +got):\n%s", diff)
	}
	if len(a.Body) != s.paragraphs {
		t.Fatalf("%d paragraphs, want %d:\n%s", len(a.Body), s.paragraphs, strings.Join(a.Body, "\n"))
	}
	if !strings.HasPrefix(a.Body[0], s.first) {
		t.Errorf("first paragraph %q does not start with %q", a.Body[0], s.first)
	}
	if last := a.Body[len(a.Body)-1]; !strings.HasSuffix(last, s.last) {
		t.Errorf("last paragraph %q does not end with %q", last, s.last)
	}
	if diff := cmp.Diff(s.images, a.Images); diff != "" {
		t.Errorf("images (-want +got):\n%s", diff)
	}
	body := strings.Join(a.Body, "\n")
	for _, r := range s.rewritten {
		if !strings.Contains(body, r[1]) || strings.Contains(body, r[0]) {
			t.Errorf("body should have %q rewritten to %q", r[0], r[1])
		}
		found := false
		for _, rep := range a.Replacements {
			found = found || rep.From == r[0] && rep.To == r[1] && rep.Layer == "spelling"
		}
		if !found {
			t.Errorf("no replacement record %q -> %q", r[0], r[1])
		}
	}
	for _, k := range s.kept {
		if !strings.Contains(body, k) {
			t.Errorf("body lost %q", k)
		}
	}
	fields := a.Title + "\n" + a.Deck + "\n" + body
	for _, x := range s.absent {
		if strings.Contains(fields, x) {
			t.Errorf("the article still holds %q", x)
		}
	}
	for k := range s.removed {
		found := false
		for _, r := range a.Removed {
			found = found || r.Kind == k
		}
		if !found {
			t.Errorf("nothing removed as %s", k)
		}
	}
	for i, w := range a.Warnings {
		if w.Kind == "truncated" {
			t.Errorf("warning %d: a seed's last paragraph is flagged truncated", i)
		}
	}
}
