package extract_test

import "testing"

// Invented flattened heads and feet of Korean, Chinese, Japanese, Thai,
// Persian, Arabic, Hebrew, Greek, Central and Eastern European, Nordic,
// Dutch, Romance, Tamil, Bengali and Bulgarian date lines, publication and
// update labels on one line, ages in the head beside a labelled date at
// the foot, a date line at the foot only, and dates that are not the
// article's.
func TestWorldTextDateScripts(t *testing.T) {
	runTextDateCensus(t, "worldtextdates5.tsv", 50, "knownWorldTextDateScriptGaps", knownWorldTextDateScriptGaps)
}

// knownWorldTextDateScriptGaps are the rows of testdata/worldtextdates5.tsv
// the text path still reads wrong, logged rather than failed; a row that
// comes to read right fails the test until it leaves this list. The table
// was written blind (before the text path's date code was read): 47 of
// its 54 rows read right then. Read since: an update's label before the
// publication's on one Korean line ("수정 ... 입력 ...": publishedIn
// takes the labels of worldPublishLabels), Korean's 업데이트 as an
// update's word, Thai's เวลา before the time, Spanish's "h." after it
// (no sentence's stop: clockStop), a month under its Levantine and
// Egyptian names ("آذار/مارس": dateparse's pairedMonth), a solar Hijri
// date line with a weekday and a time (solarDateLine, which the headline
// finder took for the headline while it read as no date), and a Chinese
// label of an event's date ("活动时间：": cjkEventLabel). None left.
var knownWorldTextDateScriptGaps = map[string]bool{}
