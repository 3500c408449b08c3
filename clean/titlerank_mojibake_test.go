package clean

import (
	"strings"
	"testing"
)

func TestMendMojibake(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// UTF-8 read as Latin-1 (C1 controls) and as windows-1252.
		{"A Harbour Pilotâ\u0080\u0099s Guide to Night Crossings", "A Harbour Pilot’s Guide to Night Crossings"},
		{"A Harbour Pilotâ€™s Guide â€“ Night Crossings", "A Harbour Pilot’s Guide – Night Crossings"},
		{"CafÃ© crÃ¨me on the pier", "Café crème on the pier"},
		// Left alone: Latin-1 letters that are meant, other scripts, ASCII.
		{"Café crème on the pier", "Café crème on the pier"},
		{"Ærø ferry timetable", "Ærø ferry timetable"},
		{"LE CAFÉ\u00a0: la suite du port", "LE CAFÉ\u00a0: la suite du port"},
		{"Паром до острова", "Паром до острова"},
		{"Night ferries return", "Night ferries return"},
		{"Pilotâ€™s guide to the ferry to Ærø – 2025 €", "Pilotâ€™s guide to the ferry to Ærø – 2025 €"},
	} {
		if got := mendMojibake(c.in); got != c.want {
			t.Errorf("mendMojibake(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRankTitleMended checks that the ranker's title is mended when the
// page itself prints and declares its headline as mis-read UTF-8.
func TestRankTitleMended(t *testing.T) {
	const broken = "Harbour ferries return to the pilotâ\u0080\u0099s night timetable"
	page := strings.ReplaceAll(rankPage, "Harbour ferries return to the night timetable", broken)
	res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: "https://harbourpost.example/news/ferries"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Harbour ferries return to the pilot’s night timetable"; res.Title != want {
		t.Errorf("Title = %q, want %q", res.Title, want)
	}
}
