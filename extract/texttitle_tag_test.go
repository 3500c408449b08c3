package extract

import "testing"

// TestTitleTagLine checks the site's name cut off a flattened page's
// opening <title> line, and the lines it must leave alone: a title read
// below the page's first line, one over two lines, one the page prints
// again whole, a menu's entries after a bar, a headline's own parts.
func TestTitleTagLine(t *testing.T) {
	under := []Removed{{Line: 2, Text: "Menu"}}
	title := func(text string, line, end int) Taken {
		return Taken{Field: "title", Line: line, EndLine: end, Text: text}
	}
	for _, c := range []struct {
		name    string
		a       Article
		next    int // the line of the first non-blank line under the title; 0: the next
		want    string
		wantCut bool
	}{
		{"site after a bar", Article{Title: "Ferry crews rebuild the winter timetable | Harbour Times", Taken: []Taken{title("", 1, 0)}, Removed: under}, 0,
			"Ferry crews rebuild the winter timetable", true},
		{"site after a dash, a particle", Article{Title: "Le port rouvre la ligne de nuit - Le Courrier du Val", Taken: []Taken{title("", 1, 0)}, Removed: under}, 0,
			"Le port rouvre la ligne de nuit", true},
		{"site before a bar", Article{Title: "Harbour Times | Ferry crews rebuild the winter timetable", Taken: []Taken{title("", 1, 0)}, Removed: under}, 0,
			"Ferry crews rebuild the winter timetable", true},
		{"site and channel after underscores", Article{Title: "港口夜班渡轮五月恢复运营_新闻中心_港口网", Taken: []Taken{title("", 1, 0)}, Removed: under}, 0,
			"港口夜班渡轮五月恢复运营", true},

		{"nothing under the title (the text output's shape)", Article{Title: "Ferry crews rebuild the winter timetable | Harbour Times", Taken: []Taken{title("", 1, 0)}}, 0,
			"", false},
		{"a line above the title", Article{Title: "Ferry crews rebuild the winter timetable | Harbour Times", Taken: []Taken{title("", 3, 0)},
			Removed: []Removed{{Line: 1, Text: "Menu"}}}, 0, "", false},
		{"a title over two lines", Article{Title: "Ferry crews rebuild the winter timetable | Harbour Times", Taken: []Taken{title("", 1, 2)}}, 0, "", false},
		{"printed again whole", Article{Title: "Ferry crews rebuild the winter timetable – From the Harbour Desk", Taken: []Taken{title("", 1, 0)},
			Removed: []Removed{{Line: 2, Text: "By Jane Holm"}, {Line: 5, Text: "Contents\nFerry Crews Rebuild The Winter Timetable – From The Harbour Desk"}}}, 0, "", false},
		{"a menu after the site", Article{Title: "Harbour Times | past | comments | ask | show", Taken: []Taken{title("", 1, 0)}, Removed: under}, 0, "", false},
		{"a headline's lower-case part", Article{Title: "Ferry crews rebuild the timetable - and islanders cheer", Taken: []Taken{title("", 1, 0)}, Removed: under}, 0, "", false},
		{"a numbered part", Article{Title: "Ferry crews rebuild the winter timetable - Part 2", Taken: []Taken{title("", 1, 0)}, Removed: under}, 0, "", false},
		{"a question's part", Article{Title: "Ferry crews rebuild the winter timetable - What Next?", Taken: []Taken{title("", 1, 0)}, Removed: under}, 0, "", false},
		{"a title-case headline's own part after a dash", Article{Title: "The Winter Timetable Is Here — And Islanders Are Not Happy", Taken: []Taken{title("", 1, 0)}, Removed: under}, 0, "", false},
		{"a title-case headline, the site after a bar", Article{Title: "The Winter Timetable Is Here | Harbour Times", Taken: []Taken{title("", 1, 0)}, Removed: under}, 0,
			"The Winter Timetable Is Here", true},
		{"a short headline", Article{Title: "Ferry crews return | Harbour Times", Taken: []Taken{title("", 1, 0)}, Removed: under}, 0, "", false},
		{"site after a bar, the head under a blank line", Article{Title: "Ferry crews rebuild the winter timetable | Harbour Times", Taken: []Taken{title("", 1, 0)}, Removed: []Removed{{Line: 3, Text: "Menu"}}}, 3,
			"Ferry crews rebuild the winter timetable", true},
		{"the story under a blank line (the text output's shape)", Article{Title: "Ferry crews rebuild the winter timetable | Harbour Times", Taken: []Taken{title("", 1, 0)}, Removed: []Removed{{Line: 5, Text: "Menu"}}}, 3, "", false},
		{"underscores in a Latin name", Article{Title: "ferry_timetable_winter_2026_final", Taken: []Taken{title("", 1, 0)}, Removed: under}, 0, "", false},
	} {
		got, cut := titleTagLine(&c.a, c.next)
		if got != c.want || cut != c.wantCut {
			t.Errorf("%s: titleTagLine(%q) = %q, %v; want %q, %v", c.name, c.a.Title, got, cut, c.want, c.wantCut)
		}
	}
}
