package normalize

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestSeeds checks the seed pages of the module for the rewrites each one
// needs and for what must stay.
func TestSeeds(t *testing.T) {
	for _, c := range []struct {
		file          string
		gone, present []string
	}{
		{"000_101b87d8289ca109.txt", []string{"Nagorno Karabakh", "։", "․", "\u00a0"}, []string{"Nagorno-Karabakh", "Artsakh", "‘Zangezur Corridor’"}},
		{"001_15d8147f57d8f419.txt", []string{"Lachinsky corridor"}, []string{"Lachin corridor"}},
		{"002_2143d4e045405792.txt", []string{"Garabagh", "\n    ", "\u00a0"}, []string{"Karabakh"}},
		{"003_a0fdcd33e81b8070.txt", []string{"Kelbajar"}, []string{"Kalbajar", "Zangezur (Syunik region of Armenia)"}},
		{"004_3f5fb442d585114e.txt", []string{"Nakhichevan"}, []string{"Nakhchivan", "Zangezur Corridor", "Sergei Lavrov"}},
	} {
		in := string(testkit.Seed(t, c.file).Data)
		out, changes := String(in)
		checkChanges(t, in, out, changes)
		for _, s := range c.gone {
			if !strings.Contains(in, s) {
				t.Errorf("%s: input lacks %q", c.file, s)
			}
			if strings.Contains(out, s) {
				t.Errorf("%s: output still has %q", c.file, s)
			}
		}
		for _, s := range c.present {
			if !strings.Contains(out, s) {
				t.Errorf("%s: output lacks %q", c.file, s)
			}
		}
	}
}
