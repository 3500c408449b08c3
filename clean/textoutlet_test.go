package clean_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/testkit"
)

// minTextOutlet is the share of outlet cases whose outlet must be found from
// the text alone (the case's URL withheld). The figure itself is printed by
// `go test ./clean -run TestOutletFromText -v`.
const minTextOutlet = 0.80

// textOutletCase is one outlet case run without its URL: the outlet it
// belongs to and the outlet found from its text.
type textOutletCase struct {
	file, want string
	got        clean.Outlet
}

// TestOutletFromText runs every outlet case whose page is the outlet's own
// (see ownPage) with the URL withheld, and measures how often the outlet is
// found from the text alone. It fails when the share falls under
// minTextOutlet, and whenever a page is given to ANOTHER outlet: a false
// outlet is worse than none. The other cases (reprints on other sites, pages
// that pin that no outlet is named) are run too, and may name no outlet but
// the rule's own or the one the case expects.
func TestOutletFromText(t *testing.T) {
	rules := clean.BuiltinRules()
	var runs []textOutletCase
	var wrong []string
	for _, c := range testkit.OutletCases(t) {
		r := ruleByID(rules, c.Rule)
		if r == nil || r.Generic() {
			continue
		}
		res, err := clean.Text(c.Input, nil)
		if err != nil {
			t.Fatal(err)
		}
		a := extract.FromBlocks(res, nil)
		run := textOutletCase{file: c.Rule + "/" + c.Name, want: r.Name()}
		if a.Outlet != nil {
			run.got = *a.Outlet
		}
		if ownPage(rules, r, c) {
			runs = append(runs, run)
		} else if n := run.got.Name; n != "" && n != r.Name() && n != c.Outlet {
			wrong = append(wrong, fmt.Sprintf("%s: %q (from %s), want none or %q", run.file, n, run.got.From, r.Name()))
		}
	}
	if len(runs) == 0 {
		t.Fatal("no own-page outlet case ran: the share would be NaN")
	}
	found, missed, wrongOwn := tallyTextOutlets(runs)
	wrong = append(wrong, wrongOwn...)
	share := float64(found) / float64(len(runs))
	t.Logf("outlet from text alone: %d of %d own-page cases (%.3f); %d missed, %d given to another outlet", found, len(runs), share, len(missed), len(wrong))
	for _, m := range missed {
		t.Logf("missed: %s", m)
	}
	for _, w := range wrong {
		t.Errorf("false outlet: %s", w)
	}
	if share < minTextOutlet {
		t.Errorf("outlet from text alone on %.3f of cases, want >= %.2f", share, minTextOutlet)
	}
}

// tallyTextOutlets counts the runs whose outlet was found, and lists those
// that found none and those given to another outlet.
func tallyTextOutlets(runs []textOutletCase) (found int, missed, wrong []string) {
	for _, r := range runs {
		switch {
		case r.got.Name == r.want:
			found++
		case r.got.Name == "":
			missed = append(missed, r.file)
		default:
			wrong = append(wrong, fmt.Sprintf("%s: %q (from %s), want %q", r.file, r.got.Name, r.got.From, r.want))
		}
	}
	sort.Strings(missed)
	sort.Strings(wrong)
	return found, missed, wrong
}

// ownPage reports whether case c is a page of rule r's own outlet: its URL
// is on one of r's domains, or it has no URL and expects r's outlet (a case
// with no URL that expects none is a reprint elsewhere, or pins that no
// outlet is named).
func ownPage(rules *clean.RuleSet, r *clean.Rule, c *testkit.OutletCase) bool {
	if c.URL == "" {
		return c.Outlet == r.Name()
	}
	host := c.URL
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	return rules.ForHost(host) == r
}

// ruleByID returns the rule with the ID, or nil.
func ruleByID(rules *clean.RuleSet, id string) *clean.Rule {
	for _, r := range rules.Rules() {
		if r.ID() == id {
			return r
		}
	}
	return nil
}

// A page that quotes an agency ("..., Trend reports", "according to TASS",
// "told ARMENPRESS") or reprints its dateline with no agency is not that
// agency's page: no outlet is named from the text.
func TestNoOutletFromQuotes(t *testing.T) {
	for _, page := range []string{
		"New bus routes for Baku\n\nThree new bus routes will link the districts of the capital with the airport from next month, Trend reports.\n\nThe agency said the routes had been tested in October.\n",
		"Talks to resume\n\nThe talks will resume in Geneva next week, according to TASS, which cited a source in the foreign ministry.\n\nNo date was given for the second round.\n",
		"Border commission meets\n\nThe border commissions met on Friday, the deputy prime minister told ARMENPRESS after the meeting.\n\nReport informs that the next meeting will take place in Baku.\n",
		"New ferry line\n\nBAKU, Azerbaijan, November 25. A new ferry line will link Alat with Kuryk from December, the port said, Trend reports.\n\nTickets will be sold online.\n",
	} {
		res, err := clean.Text([]byte(page), nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Outlet.Name != "" {
			t.Errorf("outlet %+v named for a page that only quotes an agency:\n%s", res.Outlet, page)
		}
	}
}
