package textenc

import (
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// TestMixedScriptGuess: English text with a few words in a script that
// writes no ASCII is read in that script's charset (the mixed reading), and
// Latin text whose accented letters read as the script's letters or
// symbols keeps its own charset or gets no guess.
func TestMixedScriptGuess(t *testing.T) {
	en := "The festival opened on Friday with a concert in the main square, and the organisers said more than four thousand people came to listen. Tickets for the closing night sold out within an hour, and a second show was added on Sunday afternoon. "
	cases := []struct {
		name, text string
		enc        encoding.Encoding
		want       string // "" for no guess
	}{
		{"english with an Armenian song title, armscii-8", en + "The choir sang «Մեր հայրենիք» and an old folk song, «Կռունկ», before the fireworks.", armscii8, "armscii-8"},
		{"english with a Russian quote, windows-1251", en + "Its slogan, «Музыка для всех», was painted on the stage in red letters.", charmap.Windows1251, "windows-1251"},
		{"english with a Greek name, windows-1253", en + "The conductor, Νίκος Παπαδόπουλος, thanked the city for its support.", charmap.Windows1253, "windows-1253"},
		// traps
		{"english with a French name, windows-1252", en + "The director, Hélène Bérénger, called it a great success for the région.", charmap.Windows1252, "windows-1252"},
		{"english with a Turkish name, windows-1254", en + "The singer, Gülşen Yıldız, will return next year.", charmap.Windows1254, "windows-1254"},
	}
	for _, c := range cases {
		src, err := c.enc.NewEncoder().String(c.text)
		if err != nil {
			t.Fatalf("%s: the fixture does not encode: %v", c.name, err)
		}
		g, ok := Detect(src)
		switch {
		case !ok:
			t.Errorf("%s: no guess, want %s", c.name, c.want)
		case !wantName(c.want, g.Name):
			t.Errorf("%s: guess %s (%s), want %s", c.name, g.Name, g.By, c.want)
		default:
			if got, _ := g.DecodeString(src); got != c.text {
				t.Errorf("%s: decodes to %q", c.name, got)
			}
		}
	}
}
