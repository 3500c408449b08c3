package clean

import "testing"

// TestCardTitle checks that twitter:title stands in for an og:title that
// is the site's own (its name, or the <title>'s short name with a slogan)
// and for no og:title that names the story.
func TestCardTitle(t *testing.T) {
	const story = "New footbridge joins the old town to the railway station"
	for _, c := range []struct {
		name string
		m    Meta
		want string
	}{
		{"og:title the site's name by the host", Meta{OGTitle: "Northgate Courier", TwitterTitle: story, TitleTag: "Northgate Courier"}, story},
		{"og:title the site's name by og:site_name", Meta{OGTitle: "Eastbay Daily", TwitterTitle: story, SiteName: "Eastbay Daily"}, story},
		{"og:title the <title>'s name and a slogan", Meta{OGTitle: "Town Post — news every day", TwitterTitle: story, TitleTag: "Town Post"}, story},
		{"og:title repeats a short <title>", Meta{OGTitle: "도시일보", TwitterTitle: "구도심과 기차역 잇는 보행교 개통", TitleTag: "도시일보"}, "구도심과 기차역 잇는 보행교 개통"},
		{"og:title the story, twitter:title another wording", Meta{OGTitle: story, TwitterTitle: "Footbridge opens", TitleTag: story + " | Northgate Courier"}, story},
		{"og:title the <title>, a headline of four words or more", Meta{OGTitle: "Ferry returns to the islands", TwitterTitle: story, TitleTag: "Ferry returns to the islands"}, "Ferry returns to the islands"},
		{"twitter:title the site's name", Meta{OGTitle: "Northgate Courier", TwitterTitle: "Northgate Courier News", TitleTag: "Northgate Courier"}, "Northgate Courier"},
		{"twitter:title held in og:title", Meta{OGTitle: "Town Post — news every day", TwitterTitle: "news every day", TitleTag: "Town Post"}, "Town Post — news every day"},
		{"no twitter:title", Meta{OGTitle: "Northgate Courier", TitleTag: "Northgate Courier"}, "Northgate Courier"},
	} {
		if got := cardTitle(&c.m, "northgate-courier.example"); got != c.want {
			t.Errorf("%s: cardTitle = %q, want %q", c.name, got, c.want)
		}
	}
}
