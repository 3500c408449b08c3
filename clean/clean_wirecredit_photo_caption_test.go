package clean

import "testing"

// TestWireCreditUnderCaptionIsPhotographer shows wireCreditNames reads a picture's credit under its caption
// ("Ann Lee / AFP", dpa's "Anna Berg/dpa", two lines under the headline) as the story's author.
func TestWireCreditUnderCaptionIsPhotographer(t *testing.T) {
	const en = "Harbour ferry timetable to change in spring\nCommuters wait for the morning boat at the pier on Monday.\n%s\n" +
		"The harbour board agreed on Monday to run the morning ferry twenty minutes earlier, after commuters asked for a service that reaches the city before eight.\n" +
		"The later boats keep their times, the board said, and the change will be reviewed at the end of the summer once the new passenger counts are in.\n"
	const de = "Fähre fährt im Frühling früher\nPendler warten am Montag am Anleger auf das erste Boot.\n%s\n" +
		"Die Hafenbehörde hat am Montag beschlossen, die erste Fähre zwanzig Minuten früher fahren zu lassen, nachdem Pendler darum gebeten hatten.\n" +
		"Die späteren Boote behalten ihre Zeiten, sagte die Behörde, und die Änderung wird am Ende des Sommers überprüft.\n"
	for _, c := range []struct{ page, credit string }{{en, "Ann Lee / AFP"}, {en, "Ann Lee, Reuters"}, {de, "Anna Berg/dpa"}} {
		if got := pageAuthors(t, c.page, c.credit); len(got) != 0 {
			t.Errorf("%q under a caption: authors %q, want none (the photographer)", c.credit, got)
		}
	}
}
