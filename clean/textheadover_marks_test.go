package clean

import (
	"strings"
	"testing"
)

// TestHeadOverContentsName: the headline over a table of contents printed between
// the head and the story, and over a name the rules took for it; and heads
// where neither mark holds, left as the rules read them.
func TestHeadOverContentsName(t *testing.T) {
	for _, c := range []struct{ name, head, want string }{
		{"over a table of contents", "Home\nGuides\nHeat pumps keep cold houses warm all winter\nBy Jane Doe\nMarch 3, 2025\nTable of Contents\nWhy the frost matters\nSizing a heat pump\nWhere the pump stands\nWhat the installer checks\nGrants and rebates\nNoise and neighbours\nHot water\nUnderfloor heating\nRadiators\nControls and timers\nServicing\nCommon faults\nRunning costs", "Heat pumps keep cold houses warm all winter"},
		{"over a table of contents, a name and a role", "Home\nGuides\nHeat pumps keep cold houses warm all winter\nJane Doe\nSenior Editor\nUpdated March 3, 2025\nIn this article\nWhy the frost matters\nSizing a heat pump\nRunning costs", "Heat pumps keep cold houses warm all winter"},
		{"over a name in an author's box", "Home\nGuides\nHeat pumps keep cold houses warm\nShare\nPrint\nWritten by\nJane Doe\nJane Doe\nMarch 3, 2025\nFollow", "Heat pumps keep cold houses warm"},
		{"over a name with a degree's letters", "Home\nGuides\nHeat pumps keep cold houses warm\nShare\nPrint\nJane Doe, MS, PE\nJane Doe, MS, PE\nMarch 3, 2025\nFollow", "Heat pumps keep cold houses warm"},
		// Left alone.
		{"a headline with its own byline and date line under a sidebar's contents", "Council approves the new harbour plan today\nMarch 1, 2025\nContents\nHome\nGuides\nHeat pumps keep cold houses warm\nBy Jane Doe\nMarch 3, 2025", "Heat pumps keep cold houses warm"},
		{"a table of contents with no byline or date line under the line above it", "Home\nOur guides to heating the home\nTable of Contents\nWhy the frost matters\nSizing a heat pump\nRunning the pump cheaply", "Running the pump cheaply"},
		{"a headline in a name's shape, its words the story's", "Home\nGuides\nRunning Costs Explained\nMarch 3, 2025", "Running Costs Explained"},
	} {
		res, err := String(c.head+"\n"+overStory+"Running costs fall when the pump is sized well, and the bill shows it in the first winter.\n", &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		if got := headlineOf(res); got != c.want {
			var kinds []string
			for _, b := range res.Blocks {
				kinds = append(kinds, string(b.Kind)+":"+b.Rule+":"+b.Text)
			}
			t.Errorf("%s: title %q, want %q\n%s", c.name, got, c.want, strings.Join(kinds, "\n"))
		}
	}
}

// TestContentsLabel: a table of contents' label in a few languages and
// forms, against a headline and a section's name.
func TestContentsLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"Table of Contents":   true,
		"Table of Contents ▼": true,
		"IN THIS ARTICLE":     true,
		"Inhaltsverzeichnis:": true,
		"Sommaire":            true,
		"Índice":              true,
		"СОДЕРЖАНИЕ":          true,
		"Table des matières":  true,
		"A table of contents that runs on past forty bytes": false,
		"Contents of the report are sealed":                 false,
		"Heat pumps":                                        false,
	} {
		if got := contentsLabel(s); got != want {
			t.Errorf("contentsLabel(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHeadOverStartsWith: over the line the rules took, a longer line
// right above it that says its words first and more is the headline over
// its first section's heading; a line above of other words is not.
func TestHeadOverStartsWith(t *testing.T) {
	for _, c := range []struct{ above, taken, want string }{
		{"What to Expect on the Day of a Heat Pump Survey", "What to Expect on the Day", "What to Expect on the Day of a Heat Pump Survey"},
		// Left alone: other words.
		{"Our Heat Pump Survey", "What to Expect on the Day", "What to Expect on the Day"},
	} {
		src := "Home\nGuides\nContact\n" + c.above + "\n" + c.taken + "\n" + overStory
		if got := takenOver(t, src, c.taken, headOverLine); got != c.want {
			t.Errorf("headOver over %q took %q, want %q", c.taken, got, c.want)
		}
	}
}

// TestHeadOverNameBox: over a fact checker's name at the foot of an
// author's box that prints each credit on a line of its own, thirteen
// lines under the headline, the headline is found; a name further down
// than overName looks is left as taken.
func TestHeadOverNameBox(t *testing.T) {
	box := "Share\nBy\nThe Newsroom Team\nFull Bio\nLearn about our\neditorial policies\nUpdated March 3, 2025\nReviewed by\nJohn Roe\nFact checked by\nMary Major\nFact checked by\n"
	for _, c := range []struct{ name, head, want string }{
		{"a box of credits", "Home\nGuides\nHow heat pumps keep cold houses warm\n" + box + "Mary Major\n", "How heat pumps keep cold houses warm"},
		// Left alone: more short lines than the walk looks past.
		{"a name far under the headline", "Home\nGuides\nHow heat pumps keep cold houses warm\n" + box + "Share\nPrint\nSave\nFollow\nRate\nMore\nListen\nMary Major\n", "Mary Major"},
	} {
		if got := takenOver(t, c.head+overStory, "Mary Major", headOverLine); got != c.want {
			t.Errorf("%s: headOver took %q, want %q", c.name, got, c.want)
		}
	}
}

// TestHeadOverCredentials: over the credentials printed right under an
// author's name, itself over a date line, the headline above the name is
// taken; a line with a comma under a name with no byline's marks around
// it, and a question, are left as taken.
func TestHeadOverCredentials(t *testing.T) {
	for _, c := range []struct{ name, head, taken, want string }{
		{"credentials under a dated name", "Home\nGuides\nThe Best Heat Pumps Under $5,000: Which One Fits?\nWe tried the cheaper pumps on the market this winter.\nJane Doe\nLicensed heat pump installer, M.Sc. Physics\nMarch 3, 2025\n", "Licensed heat pump installer, M.Sc. Physics", "The Best Heat Pumps Under $5,000: Which One Fits?"},
		// Left alone.
		{"no date line or byline near the name", "Home\nGuides\nThe Best Heat Pumps Under $5,000: Which One Fits?\nShare\nEmail\nPrint\nSave\nJane Doe\nLicensed heat pump installer, M.Sc. Physics\n", "Licensed heat pump installer, M.Sc. Physics", "Licensed heat pump installer, M.Sc. Physics"},
		{"a question under a dated name", "Home\nGuides\nThe Best Heat Pumps Under $5,000: Which One Fits?\nJane Doe\nHeat pumps, boilers or both?\nMarch 3, 2025\n", "Heat pumps, boilers or both?", "Heat pumps, boilers or both?"},
	} {
		if got := takenOver(t, c.head+overStory, c.taken, (*Page).overMarks); got != c.want {
			t.Errorf("%s: overMarks took %q, want %q", c.name, got, c.want)
		}
	}
}
