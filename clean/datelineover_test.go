package clean

import "testing"

// TestDatelineOver: a place and a credit printed plain on a line of their
// own over the story ("Bakı. Trend:") are the story's dateline, as text
// and as HTML; the same line over no prose, and a line that no form reads
// even glued to the story, are left alone.
func TestDatelineOver(t *testing.T) {
	const story = "Hökumət çərşənbə axşamı fermerlərə dəstək üçün yeni proqramı təsdiqləyib və kreditlər verəcək."
	const more = "Proqram texnika alışı üçün güzəştli kreditləri nəzərdə tutur."
	for _, c := range []struct {
		name, line, next, place, agency string
	}{
		{"Trend, Azerbaijani", "Bakı. Trend:", story, "Bakı", "Trend"},
		{"Trend, Russian", "Баку. Trend:", "Правительство одобрило во вторник программу поддержки фермеров в регионах страны на ближайшие три года.", "Баку", "Trend"},
		{"RFE/RL's place and dash", "YEREVAN --", "The opposition said on Wednesday that it would boycott the session of parliament.", "Yerevan", ""},
		{"leave alone: a menu's items", "Home. News:", story, "", ""},
		{"leave alone: no prose under it", "Bakı. Trend:", "Ətraflı", "", ""},
		{"leave alone: no separator at the end", "Bakı Trend", story, "", ""},
	} {
		text := "Azərbaycanda yeni proqram təsdiqlənib\n04.03.2025 10:15\n\n" + c.line + "\n\n" + c.next + "\n\n" + more + "\n"
		page := "<html><body><article><h1>Azərbaycanda yeni proqram təsdiqlənib</h1><p>04.03.2025 10:15</p><p>" + c.line + "</p><p>" + c.next + "</p><p>" + more + "</p></article></body></html>"
		for in, res := range bothPaths(t, text, page) {
			var got *Block
			for k := range res.Blocks {
				if res.Blocks[k].Kind == Dateline {
					got = &res.Blocks[k]
					break
				}
			}
			switch {
			case c.place == "" && got != nil:
				t.Errorf("%s (%s): dateline %q", c.name, in, got.Text)
			case c.place != "" && (got == nil || got.Dateline == nil):
				t.Errorf("%s (%s): no dateline", c.name, in)
			case c.place != "" && (got.Text != c.line || got.Dateline.Place != c.place || got.Dateline.Agency != c.agency):
				t.Errorf("%s (%s): dateline %q %+v, want %q, %q", c.name, in, got.Text, *got.Dateline, c.place, c.agency)
			}
		}
	}
}
