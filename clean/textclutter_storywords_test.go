package clean

import "testing"

// storyWordRows are story lines that share words with the clutter the
// text path drops, each of which stays in the story (invented lines): a
// subheading on land won back from the sea ("reclamation" holds the stem
// of the Romanian word for an ad), a subheading and a caption that open
// as a theme's credit but name no engine or theme, and a story's cookies
// beside a website or in a quote given to its speaker.
var storyWordRows = []clutterCase{
	{"subhead reclamation en", "en", "mid", []string{"+Farming after reclamation"}},
	{"subhead reclamación es", "es", "mid", []string{"+Qué pasa después de la reclamación"}},
	{"subhead reclamo it", "it", "mid", []string{"+Cosa succede dopo il reclamo"}},
	{"subhead powered by en", "en", "mid", []string{"+Powered by Neighbours"}},
	{"caption designed by en", "en", "mid", []string{"+Designed by Quayside Architects"}},
	{"story cookies website nl", "nl", "tail", []string{"+Wij gebruiken cookies als beloning, vertelde de trainster, die elke week foto's van de honden op de website zet."}},
	{"quoted cookies pl", "pl", "tail", []string{"+„Używamy plików cookie wyłącznie za zgodą klientów”, zapewnił prezes spółki, pytany o nową aplikację."}},
}

// TestStoryWordsStay reads storyWordRows through the whole text path, as
// the clutter censuses do: every row stays in the story.
func TestStoryWordsStay(t *testing.T) {
	stories := map[string]clutterStory{}
	for _, m := range []map[string]clutterStory{widgetStories, boxStories, noteStories, census70Stories, clutterStories} {
		for lang, st := range m {
			stories[lang] = st
		}
	}
	runClutterCensus(t, storyWordRows, stories, map[string]string{}, "none")
}
