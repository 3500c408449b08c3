package clean

import (
	"strings"
	"testing"
)

// TestMoreWidgetKind reads moreWidgetKind's forms and story lines that
// use their words and must not be read as a widget's.
func TestMoreWidgetKind(t *testing.T) {
	cases := []struct {
		s    string
		want Kind
	}{
		{"Reading time: 4 min", Metadata},
		{"Read time: 14 min", Metadata},
		{"Tempo de leitura: 2 minutos", Metadata},
		{"Время чтения: 5 мин", Metadata},
		{"6 min read", Metadata},
		{"Video duration 02:31", Other},
		{"Dauer: 01:45", Other},
		{"Rating: 4.6 of 5", Other},
		{"4.2/5 (37 votes)", Other},
		{"Oceń artykuł: 1 2 3 4 5", Other},
		{"This article is for subscribers only.", Subscribe},
		{"Subscribe to read the rest of this article", Subscribe},
		{"Il vous reste 68% de cet article à lire. La suite est réservée aux abonnés.", Subscribe},
		{"3 new updates", Nav},
		{"Page 2 of 5", Nav},
		{"Seite 1 von 3", Nav},
		{"1 2 3 4 Next »", Nav},
		{"Found a typo? Select the text and press Ctrl+Enter", Other},
		{"Нашли ошибку? Выделите её и нажмите Ctrl + Enter", Other},
		{"AZ | EN | RU", Nav},
		{"EN / RU", Nav},
		{"English Español Français Deutsch", Nav},
		{"УКР | ENG", Nav},
		{"中文 | 日本語 | 한국어", Nav},
		{"Eng Rus", ""},

		// story lines
		{"Reading time at the town's libraries rose by a fifth last year, the council said.", ""},
		{"The video, 02:31 long, shows the landslide above the second tunnel.", ""},
		{"Inspectors rated the tunnels 2 out of 5 for safety last year.", ""},
		{"Subscribers to the bus pass will get two weeks free.", ""},
		{"3 new buses", ""},
		{"On page 2 of the report, the auditors name the operator.", ""},
		{"Press Ctrl+Enter to send the form, the help page says.", ""},
		{"The school teaches in English, Russian and Georgian.", ""},
		{"en de it", ""},
		{"English", ""},
		{"", ""},
		{"x", ""},
		{strings.Repeat("EN ", 40), ""},
	}
	for _, c := range cases {
		if got := moreWidgetKind(c.s); got != c.want {
			t.Errorf("moreWidgetKind(%.60q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestAnswerButtons puts a feedback box's question and its buttons inside
// the English story, and an interview's question and answer the story
// keeps: the buttons leave the body, the answer stays.
func TestAnswerButtons(t *testing.T) {
	st := clutterStories["en"]
	for _, c := range []struct {
		lines []string
		body  bool
	}{
		{[]string{"Was this article helpful?", "Yes", "No"}, false},
		{[]string{"War dieser Artikel hilfreich?", "Ja", "Nein"}, false},
		{[]string{"Asked whether the valley would ever see trains again, the minister paused before answering the question put to him by the reporters?", "Yes"}, true},
	} {
		page := []string{st.title, st.byline, "05.03.2025 10:02"}
		page = append(page, st.paras[:2]...)
		page = append(page, c.lines...)
		page = append(page, st.paras[2:]...)
		res, err := String(strings.Join(page, "\n\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range c.lines[1:] {
			found := false
			for _, b := range res.Blocks {
				if b.Text != l {
					continue
				}
				found = true
				if (b.Kind == Body) != c.body {
					t.Errorf("%q under %q: %s, want body %v", l, c.lines[0], b.Kind, c.body)
				}
			}
			if !found {
				t.Errorf("%q under %q: no block of its own (merged into another?)", l, c.lines[0])
			}
		}
	}
}
