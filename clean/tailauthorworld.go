package clean

import "strings"

// maxWorldLabelBytes bounds where a byline label's colon may stand in a
// line under the story: the longest label of [worldLabels] is of 24
// runes, up to two bytes each in the scripts that take a colon.
const maxWorldLabelBytes = 48

// worldLabelledBy is [labelledBy]'s match of a line under the story that
// a byline's label of another language opens with its colon ([worldBy]:
// "Müəllif: Leyla Məmmədova", "Автор: Ирина Соколова", Armenian
// "Հեղինակ՝ ..."), read as the "By:" it stands for; nil for any other
// line. A label without a colon ("af", "oleh") is a word of prose too,
// and is left to the head's readers.
func worldLabelledBy(text string) []string {
	colon := strings.IndexAny(text, ":՝")
	if colon < 0 || colon > maxWorldLabelBytes {
		return nil
	}
	by, ok := worldBy(text)
	if !ok {
		return nil
	}
	return labelledBy.FindStringSubmatch("By: " + strings.TrimPrefix(by, "By "))
}
