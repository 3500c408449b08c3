package clean

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dump renders a result one block per line as "kind|text", the form the
// detector tests state what they want in.
func dump(res *Result) string {
	var b strings.Builder
	for _, bl := range res.Blocks {
		b.WriteString(string(bl.Kind))
		b.WriteByte('|')
		b.WriteString(bl.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// kindOfText is the kind of the last block whose text is text, or
// "missing" when no block is: the verdict a test on one line reads.
func kindOfText(res *Result, text string) Kind {
	kind := Kind("missing")
	for _, b := range res.Blocks {
		if b.Text == text {
			kind = b.Kind
		}
	}
	return kind
}

// want joins "kind|text" lines.
func want(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

// Invented paragraphs long enough to read as prose.
const (
	para1 = "The two ministers met in Tbilisi on Tuesday to discuss the opening of regional transport links, officials said after the talks ended."
	para2 = "Both sides agreed to continue the work of the joint commission, which is expected to meet again before the end of the year in Yerevan."
	para3 = "Observers said the meeting was a sign that the process had regained some momentum after months of stalled negotiations between them."
)

type detectCase struct {
	name string
	url  string
	src  string
	want string
}

func runDetect(t *testing.T, cases []detectCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// The generic detectors alone: the story detector, which
			// learnt from whole pages, has its own tests (model_test.go).
			res, err := String(tc.src, &Options{URL: tc.url, Disable: []string{"model"}})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, dump(res)); diff != "" {
				t.Errorf("labels (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScrapeHeader(t *testing.T) {
	runDetect(t, []detectCase{
		{"header glued to the first sentence", "", " date 2023-11-12 " + para1 + "\n\n" + para2,
			want("scrape-header|date 2023-11-12", "body|"+para1, "body|"+para2)},
		{"header alone", "", " date 2023-09 \n" + para1,
			want("scrape-header|date 2023-09", "body|"+para1)},
		{"leave alone: not at the start", "", para1 + "\n date 2023-11-12 " + para2,
			want("body|"+para1, "body|date 2023-11-12 "+para2)},
	})
}

func TestHeadlineRuns(t *testing.T) {
	runDetect(t, []detectCase{
		{"date, then headline", "", "Ministers meet in Tbilisi\n\n" +
			"03.02.2024 | 10:15\nFarmers in Tavush start the harvest early\n" +
			"02.02.2024 | 18:40\nNew bridge opens over the Araks\n" +
			"01.02.2024 | 09:05\nChess club wins the city cup\n\n" + para1,
			want("title|Ministers meet in Tbilisi",
				"headline-list|03.02.2024 | 10:15", "headline-list|Farmers in Tavush start the harvest early",
				"headline-list|02.02.2024 | 18:40", "headline-list|New bridge opens over the Araks",
				"headline-list|01.02.2024 | 09:05", "headline-list|Chess club wins the city cup",
				"body|"+para1)},
		{"headline, then date, after the body", "", para1 + "\n\n" + para2 + "\n\n" +
			"Farmers in Tavush start the harvest early\n\n3 February 2024 - 10:15\n\n" +
			"New bridge opens over the Araks\nA sub-line of the item\n\n2 February 2024 - 18:40\n\n" +
			"Chess club wins the city cup\n\n1 February 2024 - 09:05\n",
			want("body|"+para1, "body|"+para2,
				"headline-list|Farmers in Tavush start the harvest early", "headline-list|3 February 2024 - 10:15",
				"headline-list|New bridge opens over the Araks", "headline-list|A sub-line of the item", "headline-list|2 February 2024 - 18:40",
				"headline-list|Chess club wins the city cup", "headline-list|1 February 2024 - 09:05")},
		{"times only", "", para1 + "\n16:19\nFirst item here\n16:10\nSecond item here\n15:49\nThird item here\n",
			want("body|"+para1, "headline-list|16:19", "headline-list|First item here", "headline-list|16:10",
				"headline-list|Second item here", "headline-list|15:49", "headline-list|Third item here")},
		{"leave alone: one date line and dated prose", "", "Ministers meet in Tbilisi\n\n25 May 2023 - 23:12\n\n" +
			para1 + "\n\nOn November 9, 2020, the leaders signed a statement that ended the fighting, and the parties stopped where they were.\n\n" + para2,
			want("title|Ministers meet in Tbilisi", "date|25 May 2023 - 23:12", "body|"+para1,
				"body|On November 9, 2020, the leaders signed a statement that ended the fighting, and the parties stopped where they were.",
				"body|"+para2)},
		{"leave alone: two dates without a header", "", para1 + "\n\nFirst item here\n1 February 2024 - 09:05\nSecond item here\n2 February 2024 - 09:05\n\n" + para2,
			want("body|"+para1, "body|First item here", "body|1 February 2024 - 09:05", "body|Second item here", "body|2 February 2024 - 09:05", "body|"+para2)},
	})
}

func TestListHeaders(t *testing.T) {
	runDetect(t, []detectCase{
		{"read also and latest news", "", para1 + "\n\n" + para2 + "\n\nRead also\n\nFarmers start the harvest early\n\n3 February 2024 - 10:15\n\n" +
			"New bridge opens over the Araks\n\n2 February 2024 - 18:40\nLatest news\n\nChess club wins the city cup\n\n1 February 2024 - 09:05\n\nAll news",
			want("body|"+para1, "body|"+para2, "related|Read also", "related|Farmers start the harvest early", "related|3 February 2024 - 10:15",
				"related|New bridge opens over the Araks", "related|2 February 2024 - 18:40", "latest|Latest news",
				"latest|Chess club wins the city cup", "latest|1 February 2024 - 09:05", "nav|All news")},
		{"a list stops at prose", "", para1 + "\n\nRelated:\nFarmers start the harvest early\n" + para2,
			want("body|"+para1, "related|Related:", "related|Farmers start the harvest early", "body|"+para2)},
		{"leave alone: header words inside a sentence", "", para1 + "\n\nRead also the statement of the ministry, which was published on its website after the meeting ended.\n\n" + para2,
			want("body|"+para1, "body|Read also the statement of the ministry, which was published on its website after the meeting ended.", "body|"+para2)},
	})
}

func TestPhrases(t *testing.T) {
	runDetect(t, []detectCase{
		{"furniture", "", "+ ↺ − 16 px\n" + para1 + "\n\nShare\nSubscribe to our Telegram channel\nFollow us on Twitter @SomeOutletNews\n" +
			"Views: 63\n---\n3 comments\nLeave a Reply\n-0-\nEditing and Translating by Anna Petrosyan",
			want("share|+ ↺ − 16 px", "body|"+para1, "share|Share", "subscribe|Subscribe to our Telegram channel",
				"subscribe|Follow us on Twitter @SomeOutletNews", "metadata|Views: 63", "other|---", "comment-prompt|3 comments",
				"comment-prompt|Leave a Reply", "signoff|-0-", "signoff|Editing and Translating by Anna Petrosyan")},
		{"leave alone: sentences that start like furniture", "",
			para1 + "\n\nFollow-up talks with the delegation are planned for next week, the ministry told us on Friday.\n\nShare prices fell sharply on the Baku exchange after the announcement.\n\nSubscribers to the service were told that it would resume on Monday.",
			want("body|"+para1, "body|Follow-up talks with the delegation are planned for next week, the ministry told us on Friday.",
				"body|Share prices fell sharply on the Baku exchange after the announcement.",
				"body|Subscribers to the service were told that it would resume on Monday.")},
	})
}

func TestImages(t *testing.T) {
	runDetect(t, []detectCase{
		{"caption printed twice, credit glued then alone", "", "A bridge over the river\n\nThe new bridge near Ijevan EPA-EFE/ANNA PETROSYAN\nThe new bridge near Ijevan\n© EPA-EFE/ANNA PETROSYAN\n\n" + para1,
			want("title|A bridge over the river", "caption|The new bridge near Ijevan", "credit|EPA-EFE/ANNA PETROSYAN",
				"caption|The new bridge near Ijevan", "credit|© EPA-EFE/ANNA PETROSYAN", "body|"+para1)},
		{"credit in brackets, and Photo:", "", para1 + "\nVillagers gather at the new school (Photo: Tavush Regional Office)\n" + para2 + "\nThe school yard in spring\nPhoto: Anna Petrosyan\n" + para3,
			want("body|"+para1, "caption|Villagers gather at the new school", "credit|(Photo: Tavush Regional Office)", "body|"+para2,
				"caption|The school yard in spring", "credit|Photo: Anna Petrosyan", "body|"+para3)},
		{"an image credit under a caption", "", para1 + "\nThe school yard in spring\nImage Credit: Anna Petrosyan\n" + para2,
			want("body|"+para1, "caption|The school yard in spring", "credit|Image Credit: Anna Petrosyan", "body|"+para2)},
		{"leave alone: slashes and prose before a credit", "", para1 + "\nTurkey says it struck YPG/PKK positions\n" + para2 + "\n" + para3 + "\n(Photo: Tavush Regional Office)",
			want("body|"+para1, "body|Turkey says it struck YPG/PKK positions", "body|"+para2, "body|"+para3, "credit|(Photo: Tavush Regional Office)")},
	})
}

func TestDatelineAndHead(t *testing.T) {
	runDetect(t, []detectCase{
		{"title, deck, dateline", "", "Ministers meet in Tbilisi\n\nThe talks focused on transport links and the border commission, officials said\n\nTBILISI, March 5. /TASS/. " + para1 + "\n\n" + para2,
			want("title|Ministers meet in Tbilisi", "deck|The talks focused on transport links and the border commission, officials said",
				"dateline|TBILISI, March 5. /TASS/.", "body|"+para1, "body|"+para2)},
		{"dateline alone on its line, byline", "", "Ministers meet in Tbilisi\nBy Anna Petrosyan\nBaku, May 21, AZERTAC\n" + para1,
			want("title|Ministers meet in Tbilisi", "byline|By Anna Petrosyan", "dateline|Baku, May 21, AZERTAC", "body|"+para1)},
		{"title printed twice, section and date", "", "Ministers meet in Tbilisi\n\nMinisters meet  in Tbilisi\n\n    POLITICS\u00a0\u00a026 March 2023 - 14:39\n\n" + para1,
			want("title|Ministers meet in Tbilisi", "title|Ministers meet  in Tbilisi", "section|POLITICS", "date|26 March 2023 - 14:39", "body|"+para1)},
		{"leave alone: no title when the text opens with prose", "", para1 + "\n\n" + para2,
			want("body|"+para1, "body|"+para2)},
		{"leave alone: a city opening a sentence", "", "Moscow and Baku have the same stance on the issue, the president said in an interview with a television channel on Monday.\n\n" + para2,
			want("body|Moscow and Baku have the same stance on the issue, the president said in an interview with a television channel on Monday.", "body|"+para2)},
		{"leave alone: a date line inside the story", "", para1 + "\n\n25 May 2023\n\n" + para2 + "\n\n" + para3,
			want("body|"+para1, "body|25 May 2023", "body|"+para2, "body|"+para3)},
	})
}

func TestOutsideStory(t *testing.T) {
	runDetect(t, []detectCase{
		{"menus above and footers below", "", "Ministers meet in Tbilisi\nWorld\nBusiness\nSign in\n\n" + para1 + "\n\n" + para2 + "\n\nAbout us\nTerms of use\nContact the newsroom",
			want("title|Ministers meet in Tbilisi", "other|World", "other|Business", "nav|Sign in", "body|"+para1, "body|"+para2,
				"other|About us", "other|Terms of use", "other|Contact the newsroom")},
		{"a short closing line and a lede stay", "", "Ministers meet in Tbilisi\n\nThe talks went well.\n\n" + para1 + "\n\nIt gave no other details.\nAbout us",
			want("title|Ministers meet in Tbilisi", "body|The talks went well.", "body|"+para1, "body|It gave no other details.", "other|About us")},
		{"a last paragraph cut mid-word stays", "", para1 + "\n\nThe next round is expected to take place in the spring, according to the military-politi",
			want("body|"+para1, "body|The next round is expected to take place in the spring, according to the military-politi")},
		{"captions and ads inside the story do not cut it", "", para1 + "\nThe new bridge near Ijevan\nPhoto: Anna Petrosyan\nAdvertisement\nReaders were told on Friday.\n",
			want("body|"+para1, "caption|The new bridge near Ijevan", "credit|Photo: Anna Petrosyan", "ad|Advertisement", "body|Readers were told on Friday.")},
		{"leave alone: a list ends the story, short lines inside it stay", "", para1 + "\n\nA subheading\n\n" + para2 + "\n\nRead also\nSome other story\n",
			want("body|"+para1, "body|A subheading", "body|"+para2, "related|Read also", "related|Some other story")},
		{"leave alone: a page with no prose", "", "Ministers meet\nShort line one\nShort line two",
			want("title|Ministers meet", "body|Short line one", "body|Short line two")},
	})
}

func TestComments(t *testing.T) {
	runDetect(t, []detectCase{
		{"a comment thread after the story", "", para1 + "\n\n" + para2 + "\n\nAnna Petrosyan on May 2, 2024 at 4:47 pm said:\n" + para3 + "\nReply\nDavit on May 3, 2024 at 9:05 am said:\nThanks, a useful summary.",
			want("body|"+para1, "body|"+para2, "other|Anna Petrosyan on May 2, 2024 at 4:47 pm said:", "other|"+para3,
				"other|Reply", "other|Davit on May 3, 2024 at 9:05 am said:", "other|Thanks, a useful summary.")},
		{"leave alone: speech turns in a story", "", para1 + "\n\nPresident of Azerbaijan Ilham Aliyev said:\n\n- " + para2 + "\n\nPresident of Russia Vladimir Putin said:\n\n- " + para3,
			want("body|"+para1, "body|President of Azerbaijan Ilham Aliyev said:", "body|- "+para2, "body|President of Russia Vladimir Putin said:", "body|- "+para3)},
		{"leave alone: one comment-like line", "", para1 + "\n\nThe minister on May 2, 2024 at 4:47 pm said:\n\n" + para2,
			want("body|"+para1, "body|The minister on May 2, 2024 at 4:47 pm said:", "body|"+para2)},
	})
}

func TestCommentsSplitHeader(t *testing.T) {
	runDetect(t, []detectCase{
		{"name line, then date line", "", para1 + "\n\nClick to share on Facebook (Opens in new window)\n12 responses to “Ministers meet”\nannap says:\nMay 2, 2024 at 4:47 pm\n" + para3 + "\ndavit77 says:\nMay 3, 2024 at 9:05 am\nThanks, a useful summary.",
			want("body|"+para1, "share|Click to share on Facebook (Opens in new window)", "other|12 responses to “Ministers meet”",
				"other|annap says:", "other|May 2, 2024 at 4:47 pm", "other|"+para3, "other|davit77 says:", "other|May 3, 2024 at 9:05 am", "other|Thanks, a useful summary.")},
		{"leave alone: a quote heading a paragraph", "", para1 + "\n\nThe minister says:\n" + para2 + "\n\nHis deputy says:\n" + para3,
			want("body|"+para1, "body|The minister says:", "body|"+para2, "body|His deputy says:", "body|"+para3)},
	})
}

func TestUnspacedScripts(t *testing.T) {
	ja := "パスワード管理ソフトの起動ショートカットキーと同じなので、設定を変更することにしました。"
	if !isProse(ja) || wordCount(ja) < 12 {
		t.Errorf("a Japanese sentence of %d characters is not prose (wordCount %d)", len([]rune(ja)), wordCount(ja))
	}
	if wordCount("カテゴリ") != 4 || isProse("日記、雑記(8)") {
		t.Errorf("short Japanese labels: wordCount %d", wordCount("カテゴリ"))
	}
}

func TestHeadFixes(t *testing.T) {
	runDetect(t, []detectCase{
		{"a title with a photo credit under it stays the title", "", "Ministers meet in Tbilisi\nPhoto: kremlin.ru\n\n" + para1,
			want("title|Ministers meet in Tbilisi", "credit|Photo: kremlin.ru", "body|"+para1)},
		{"a date line with a photo credit under it stays the date", "", "Ministers meet in Tbilisi\n26 March 2023 14:39\nPhoto: Anna Petrosyan\n\n" + para1,
			want("title|Ministers meet in Tbilisi", "date|26 March 2023 14:39", "credit|Photo: Anna Petrosyan", "body|"+para1)},
		{"a second title cut short is a repeat", "", "Pashinyan admits there is \"no progress\" in the talks\n\nPashinyan admits there is\n\n" + para1,
			want("title|Pashinyan admits there is \"no progress\" in the talks", "title|Pashinyan admits there is", "body|"+para1)},
		{"words between section and date", "", "Ministers meet in Tbilisi\n\nPolitics Materials 27 August 2025 11:21 (UTC +04:00)\n\n" + para1,
			want("title|Ministers meet in Tbilisi", "section|Politics", "metadata|Materials", "date|27 August 2025 11:21 (UTC +04:00)", "body|"+para1)},
	})
}

func TestRuleRest(t *testing.T) {
	r, err := ParseRule("x.test.toml", []byte("name = \"X\"\ndomains = [\"x.test\"]\n[[clutter]]\nkind = \"latest\"\nmatch = '^Top stories$'\nrest = true\n"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := String(para1+"\n\nTop stories\n"+para2+"\n"+para3+"\n", &Options{URL: "https://x.test/a", Rules: mustSet(t, r)})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want("body|"+para1, "latest|Top stories", "latest|"+para2, "latest|"+para3), dump(res)); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
}

func TestHardWrapped(t *testing.T) {
	runDetect(t, []detectCase{
		{"a feed wrapped at 60 columns", "", "Bus routes to link the new districts\n\n" +
			"BAKU, Azerbaijan, November 25. Three new bus routes will link\n" +
			"the districts of the capital with the airport from next month,\n" +
			"the transport agency said on Monday after a board meeting.\n\n" +
			"The routes will run every twenty minutes from early morning\n" +
			"until midnight, the agency said in its statement to the press.\n\nAbout us",
			want("title|Bus routes to link the new districts", "dateline|BAKU, Azerbaijan, November 25.",
				"body|Three new bus routes will link", "body|the districts of the capital with the airport from next month,",
				"body|the transport agency said on Monday after a board meeting.",
				"body|The routes will run every twenty minutes from early morning", "body|until midnight, the agency said in its statement to the press.",
				"other|About us")},
		{"leave alone: paragraphs one per line, separated by single newlines", "", para1 + "\n" + para2 + "\n" + para3 + "\n",
			want("body|"+para1, "body|"+para2, "body|"+para3)},
	})
	res, err := String("Title of the story here\n\nThe routes will run every twenty minutes from early morning\nuntil midnight, the agency said in its statement to the press\nafter the board meeting of the transport agency on Monday.\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	var wrapped []bool
	for _, b := range res.Blocks {
		wrapped = append(wrapped, b.Wrapped)
	}
	if diff := cmp.Diff([]bool{false, false, true, true}, wrapped); diff != "" {
		t.Errorf("Wrapped flags (-want +got):\n%s", diff)
	}
	for _, b := range res.Blocks[1:] {
		if b.Kind != Body {
			t.Errorf("wrapped line %q labelled %s", b.Text, b.Kind)
		}
	}
	// A line without a letter shows no width: the two lines under it are
	// not a wrapped paragraph (FuzzIdempotent/560612e160fcab70).
	res, err = String("2,381.14 +0.41 1,902.77 -0.25 310.0\nThe routes will run every twenty minutes\nfrom early morning\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Wrapped {
			t.Errorf("line %q flagged wrapped under a line of figures", b.Text)
		}
	}
}

func TestRuleDateTitle(t *testing.T) {
	r, err := ParseRule("x.test.toml", []byte(`name = "X"
domains = ["x.test"]
[[date]]
match = '^(?P<month>[A-Z][a-z]+) (?P<day>\d{1,2}), (?P<year>\d{4}), (?P<hour>\d{2}):(?P<minute>\d{2})(?:\s+(?P<title>\S.*))?$'
`))
	if err != nil {
		t.Fatal(err)
	}
	// with the built-in rules, whose forms read the ARTSAKHPRESS dateline
	set, err := BuiltinRules().Merge(mustSet(t, r))
	if err != nil {
		t.Fatal(err)
	}
	opts := &Options{URL: "https://x.test/a", Rules: set}
	res, err := String("The government will hand out seeds to farmers in four regions, the minister said on Thursday.\n\nJuly 6, 2023, 10:56 Seeds to be handed out to farmers\n\nSTEPANAKERT, JULY 6, ARTSAKHPRESS: "+para1+"\n", opts)
	if err != nil {
		t.Fatal(err)
	}
	want1 := want("deck|The government will hand out seeds to farmers in four regions, the minister said on Thursday.",
		"date|July 6, 2023, 10:56", "title|Seeds to be handed out to farmers", "dateline|STEPANAKERT, JULY 6, ARTSAKHPRESS:", "body|"+para1)
	if diff := cmp.Diff(want1, dump(res)); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
	// Leave alone: a line of the story that opens with a date is not split.
	res, err = String("Seeds for farmers\n\n"+para1+"\n\nJuly 6, 2023, 10:56 was when the first lorry left the depot for the villages in the north.\n", opts)
	if err != nil {
		t.Fatal(err)
	}
	if got := dump(res); !strings.Contains(got, "body|July 6, 2023, 10:56 was when") {
		t.Errorf("a story line was split:\n%s", got)
	}
}

func TestRuleHeading(t *testing.T) {
	r, err := ParseRule("x.test.toml", []byte("name = \"X\"\ndomains = [\"x.test\"]\nheading = ['^Monday, March 16\\. \\S.*$']\n"))
	if err != nil {
		t.Fatal(err)
	}
	page := "Rail link talks resume\n\nMonday, March 16. Ministers meet in Kars\n\n" + para1 + "\n\n" + para2 + "\n"
	labels := func(url string) string {
		res, err := String(page, &Options{URL: url, Rules: mustSet(t, r)})
		if err != nil {
			t.Fatal(err)
		}
		return dump(res)
	}
	// The outlet's page: the heading over the first paragraph is the story's.
	got := labels("https://x.test/a")
	if diff := cmp.Diff(want("title|Rail link talks resume", "body|Monday, March 16. Ministers meet in Kars", "body|"+para1, "body|"+para2), got); diff != "" {
		t.Errorf("labels on the outlet's page (-want +got):\n%s", diff)
	}
	// Another site's page: the rule does not read it.
	if got := labels("https://other.test/a"); strings.Contains(got, "body|Monday, March 16. Ministers meet in Kars") {
		t.Errorf("the heading of another site's page was labelled by the rule: %q", got)
	}
}
