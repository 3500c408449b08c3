package extract

import (
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// Why a WCXB-dev page's text output still changes on a second pass
// (idempotentWCXBKnown), by what the second pass does to it.
const (
	// The second pass's story detector (rule model/text and the stages
	// that read its verdicts, model/text-*) drops paragraphs, or the
	// headline's neighbours, that the first kept: it was fitted to whole
	// pages, and reads each block's neighbours and the whole page, which
	// the first pass changed by taking the furniture out. 2026-12-04: 169
	// of the 189 pages. Scoring the kept blocks again on the first pass
	// (tried in an earlier session, not merged for its CPU) is the fix
	// at its root; the model may not be refitted here.
	idemModel = "the story detector drops more of the page without its furniture"
	// A forum or a blog with readers' comments: the comment-thread stage
	// (dropCommentTail) keeps the thread on the first pass, where the
	// story detector kept as much prose below it as above, which later
	// stages then dropped; on the output the thread ends the page and is
	// cut.
	idemComments = "the comment-thread stage cuts a thread the output ends with"
	// The first pass found no headline, or a wrong one, where the model
	// dropped the page's headline with its head; the second takes a
	// subheading in the body, or the headline printed in it, for the title.
	// 2026-12-04: 2 pages.
	idemHead = "no headline, or a wrong one, on the first pass: the second takes a line of the body"
	// A line the first pass kept beside clutter it removed reads as
	// clutter alone on the second (outside-story, above-title, no-words,
	// the date detector).
	idemStage = "a kept line reads as clutter once the clutter beside it is gone"
)

// idempotentWCXBKnown lists the WCXB-dev text pages (both sides of the
// split) whose text output still changes on a second pass, each with the
// reason it is left (see TestIdempotentWCXB). Take a page off when it
// passes; never add one without its reason.
var idempotentWCXBKnown = map[string]string{
	"0005": idemModel,
	"0035": idemModel,
	"0056": idemModel,
	"0057": idemModel,
	"0074": idemModel,
	"0083": idemModel,
	"0086": idemModel,
	"0095": idemModel,
	"0102": idemModel,
	"0103": idemModel,
	"0127": idemModel,
	"0151": idemModel,
	"0182": idemModel,
	"0183": idemModel,
	"0194": idemModel,
	"0196": idemModel,
	"0210": idemModel,
	"0215": idemModel,
	"0220": idemModel,
	"0225": idemModel,
	"0227": idemModel,
	"0232": idemModel,
	"0243": idemModel,
	"0246": idemModel,
	"0253": idemModel,
	"0358": idemModel,
	"0359": idemModel,
	"0360": idemModel,
	"0383": idemModel,
	"0389": idemModel,
	"0406": idemModel,
	"0415": idemModel,
	"0419": idemModel,
	"0426": idemModel,
	"0433": idemModel,
	"0435": idemComments,
	"0436": idemModel,
	"0441": idemModel,
	"0453": idemModel,
	"0494": idemModel,
	"0524": idemStage,
	"0527": idemModel,
	"0536": idemModel,
	"0538": idemComments,
	"0540": idemModel,
	"0544": idemModel,
	"0558": idemComments,
	"0564": idemComments,
	"0565": idemComments,
	"0567": idemModel,
	"0584": idemModel,
	"0603": idemStage,
	"0604": idemModel,
	"0612": idemModel,
	"0638": idemModel,
	"0655": idemModel,
	"0662": idemModel,
	"0663": idemModel,
	"0664": idemModel,
	"0665": idemModel,
	"0666": idemModel,
	"0667": idemModel,
	"0668": idemModel,
	"0670": idemModel,
	"0671": idemModel,
	"0672": idemModel,
	"0673": idemModel,
	"0679": idemModel,
	"0680": idemModel,
	"0683": idemModel,
	"0684": idemModel,
	"0685": idemModel,
	"0686": idemModel,
	"0688": idemModel,
	"0689": idemModel,
	"0691": idemModel,
	"0698": idemModel,
	"0701": idemModel,
	"0703": idemModel,
	"0712": idemModel,
	"0767": idemModel,
	"0847": idemModel,
	"0956": idemStage,
	"1177": idemModel,
	"1405": idemStage,
	"1628": idemModel,
	"2018": idemModel,
	"2102": idemModel,
	"2534": idemModel,
	"2831": idemModel,
	"2836": idemModel,
	"2852": idemModel,
	"2853": idemModel,
	"2857": idemModel,
	"2858": idemModel,
	"2859": idemModel,
	"2860": idemModel,
	"2861": idemModel,
	"2862": idemModel,
	"2863": idemModel,
	"2866": idemModel,
	"2868": idemModel,
	"2871": idemModel,
	"2872": idemModel,
	"2875": idemHead,
	"2890": idemModel,
	"2897": idemModel,
	"2903": idemModel,
	"2904": idemModel,
	"2908": idemModel,
	"2909": idemModel,
	"2913": idemModel,
	"2916": idemModel,
	"2918": idemStage,
	"2922": idemModel,
	"2934": idemModel,
	"2953": idemModel,
	"2954": idemModel,
	"2965": idemModel,
	"2991": idemModel,
	"2992": idemModel,
	"2994": idemModel,
	"2996": idemModel,
	"2997": idemModel,
	"2999": idemModel,
	"3000": idemModel,
	"3001": idemModel,
	"3003": idemModel,
	"3031": idemModel,
	"3037": idemModel,
	"3043": idemModel,
	"4001": idemModel,
	"4042": idemStage,
	"4050": idemModel,
	"4061": idemModel,
	"4083": idemModel,
	"4089": idemComments,
	"4106": idemModel,
	"4112": idemModel,
	"4116": idemModel,
	"4135": idemStage, // a writer's card (cardNamed) under lines the first pass kept below it
	"4168": idemModel,
	"4203": idemHead, // a product page: "See price in cart" the first pass's headline, its copy in the body a repeat on the second
	"4219": idemModel,
	"4232": idemModel,
	"4267": idemModel,
	"4268": idemModel,
	"4297": idemModel,
	"4305": idemModel,
	"4306": idemModel,
	"4309": idemModel,
	"4310": idemModel,
	"4318": idemComments,
	"4329": idemModel,
	"4362": idemModel,
	"4368": idemModel,
	"4373": idemModel,
	"4397": idemModel,
	"4398": idemModel,
	"4402": idemModel,
	"4403": idemModel,
	"4414": idemModel,
	"4437": idemModel,
	"4442": idemHead,
	"4445": idemModel,
	"4470": idemModel,
	"4486": idemModel,
	"4509": idemModel,
	"4587": idemModel,
	"4592": idemModel,
	"4610": idemModel,
	"4624": idemModel,
	"4660": idemModel,
	"4673": idemModel,
	"4841": idemModel,
	"4844": idemModel,
	"4848": idemModel,
	"4874": idemModel,
	"4891": idemModel,
}

// TestIdempotentWCXB: the same over WCXB-dev's flattened pages (both sides
// of its split, without URLs, as the CLI cleans a file; skipped when
// ../shared is absent, and with -short). 2026-12-04: 190 of the 1,497
// pages changed, 189 after the head's fix for share buttons' labels
// (notPrintedHeadline), 184 after the headline passes over
// a line a second pass reads as a credit or a dateline (notPrintedFirst);
// 4 without the story detector. The pages that still change are listed, with why,
// in idempotentWCXBKnown; a page off the list that changes fails, and so
// does a listed page that no longer changes (take it off the list).
func TestIdempotentWCXB(t *testing.T) {
	testkit.SkipUnderRace(t, "the whole pipeline over 1,497 pages twice, on one goroutine")
	if testing.Short() {
		t.Skip("skipped with -short: cleans 1,497 pages twice")
	}
	pages := testkit.SharedPages(t, "bench/wcxb-dev/text/*.txt")
	only := os.Getenv("NEWSCLEAN_IDEM_ONLY") // a comma-separated list of ids, to look at a few
	var changed []string
	for _, p := range pages {
		id := strings.TrimSuffix(p.Name, ".txt")
		if only != "" && !strings.Contains(","+only+",", ","+id+",") {
			continue
		}
		opts := &Options{}
		a, err := Text(p.Data, opts)
		if err != nil {
			continue // empty pages; the errors are other tests' to check
		}
		d, err := again(a, opts)
		if err != nil || d != "" {
			changed = append(changed, id)
			if _, ok := idempotentWCXBKnown[id]; !ok {
				t.Errorf("%s changes on the second pass: %v%s", id, err, d)
			}
		}
	}
	sort.Strings(changed)
	t.Logf("%d of %d pages change on the second pass (%d known)", len(changed), len(pages), len(idempotentWCXBKnown))
	if only != "" {
		return
	}
	for id := range idempotentWCXBKnown {
		if !slices.Contains(changed, id) {
			t.Errorf("%s no longer changes on the second pass: take it off idempotentWCXBKnown", id)
		}
	}
}
