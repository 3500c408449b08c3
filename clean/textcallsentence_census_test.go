package clean

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// TestCallSentenceCensus counts, over every line of the flattened text of
// WCXB-dev's train side (never its test side), the sentences callSentence
// reads as a site's call, and how many of them the page's gold keeps: a
// call the gold keeps is a story's sentence the cut would take. It asks
// for five calls outside the golds for each one inside, counted by sites,
// so that the forms hold on many sites, not a few. -v lists them.
func TestCallSentenceCensus(t *testing.T) {
	testkit.SkipUnderRace(t, "a census of WCXB-dev's train pages, on one goroutine")
	if testing.Short() {
		t.Skip("reads WCXB-dev")
	}
	ds, err := wcxb.Open(filepath.Join(testkit.Root(t), "..", "shared", "bench", "wcxb-dev"))
	if err != nil {
		t.Skipf("no WCXB-dev beside the repository: %v", err)
	}
	var in, out []string // the calls, "site: sentence"
	inSites, outSites := map[string]bool{}, map[string]bool{}
	var starts []int
	for i := range ds.Pages {
		pg := &ds.Pages[i]
		if pg.Side() != wcxb.Train {
			continue
		}
		src, err := ds.Text(pg.ID)
		if err != nil {
			continue
		}
		gold := squashSpace(wcxb.Lower(pg.Main))
		for line := range strings.Lines(string(src)) {
			line = strings.TrimSpace(line)
			starts = sentenceStarts(starts[:0], line)
			for k := range starts {
				if !isCallSentence(line[starts[k]:]) {
					continue
				}
				s := sentenceAt(line, starts, k)
				row := pg.Site + " " + pg.ID + ": " + s
				if strings.Contains(gold, squashSpace(wcxb.Lower(strings.TrimSpace(s)))) {
					in, inSites[pg.Site] = append(in, row), true
				} else {
					out, outSites[pg.Site] = append(out, row), true
				}
			}
		}
	}
	sort.Strings(in)
	sort.Strings(out)
	for _, r := range in {
		t.Logf("gold  %s", r)
	}
	for _, r := range out {
		t.Logf("other %s", r)
	}
	t.Logf("calls in the golds: %d on %d sites; outside: %d on %d sites", len(in), len(inSites), len(out), len(outSites))
	if len(outSites) < 5*len(inSites) {
		t.Errorf("callSentence reads story on %d sites against furniture on %d: want 5x", len(inSites), len(outSites))
	}
}

// squashSpace returns s with each run of white space as one space.
func squashSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
