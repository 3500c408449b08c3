package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/headline"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// The census of the text path's title misses (-census): for every train
// article whose title extract.Text gets wrong, where the gold title is
// printed (a line of its own, the head of a longer line, inside one, or
// nowhere), where that print stands against the story's first paragraph
// and the top of the page, whether it is printed again, and where the line
// taken stands; then the count of each kind, and the share right by the
// hand rule that decides the page (the slug rule, the line over the story,
// the model), as the candidates' features tell it. It reads the train side
// only; every page with a gold title is listed first ("page" rows, all
// types), so that two runs can be compared with diff.

// censusTop is how many input lines (blank ones between counted) make the
// top of the page.
const censusTop = 24

// censusRow is one missed article.
type censusRow struct {
	id, got, gold string
	gotLine       int    // the input line of the title taken, 0 when none
	start         int    // the input line of the story's first paragraph, 0 when none
	where         string // how the gold is printed: "line", "head", "inside", "none"
	goldLines     []int  // the input lines that print it so
}

// census prints the page rows, the misses and the counts of their kinds.
func census(dir string, w io.Writer) error {
	ds, err := wcxb.Open(dir)
	if err != nil {
		return err
	}
	var rows []censusRow
	byRule, rightByRule := map[string]int{}, map[string]int{}
	others, othersRight := 0, 0
	for i := range ds.Pages {
		p := &ds.Pages[i]
		if p.Side() != wcxb.Train || wcxb.NormTitle(p.Title) == "" {
			continue
		}
		src, err := ds.Text(p.ID)
		if err != nil {
			return err
		}
		a, err := extract.Text(src, &extract.Options{URL: p.URL})
		got := ""
		if err == nil {
			got = a.Title
		}
		ok := wcxb.SameTitle(got, p.Title)
		rule := decider(src, p.URL)
		fmt.Fprintf(w, "page\t%s\t%s\t%s\t%v\t%q\n", p.ID, p.Type, rule, ok, got)
		if p.Type != wcxb.Article {
			others++
			if ok {
				othersRight++
			}
			continue
		}
		byRule[rule]++
		if ok {
			rightByRule[rule]++
			continue
		}
		r := censusRow{id: p.ID, got: got, gold: p.Title, where: "none"}
		if a != nil {
			r.gotLine = titleInputLine(a)
		}
		if res, err := clean.Text(src, &clean.Options{URL: p.URL}); err == nil {
			r.start, r.where, r.goldLines = placeGold(res.Blocks, p.Title)
		}
		rows = append(rows, r)
	}
	kinds := map[string]int{}
	for _, r := range rows {
		k := r.kind()
		kinds[k]++
		fmt.Fprintf(w, "%s\t%s\tgot@%d start@%d gold@%v\n\tgot  %q\n\tgold %q\n", r.id, k, r.gotLine, r.start, r.goldLines, r.got, r.gold)
	}
	articles := 0
	for _, n := range byRule {
		articles += n
	}
	fmt.Fprintf(w, "%d of %d train articles missed\n", len(rows), articles)
	keys := slices.SortedFunc(maps.Keys(kinds), func(a, b string) int {
		return cmp.Or(cmp.Compare(kinds[b], kinds[a]), cmp.Compare(a, b))
	})
	for _, k := range keys {
		fmt.Fprintf(w, "%5d  %s\n", kinds[k], k)
	}
	for _, k := range slices.Sorted(maps.Keys(byRule)) {
		fmt.Fprintf(w, "decided by %-6s %4d right of %4d\n", k, rightByRule[k], byRule[k])
	}
	fmt.Fprintf(w, "other page types: %d right of %d\n", othersRight, others)
	return nil
}

// decider names the hand rule that decides the page's headline, as the
// headline model's candidates tell it: "slug" when one is the slug rule's
// pick, "model" when neither the slug rule nor the line over the story
// finds one ([headline.Candidate].Fallback), "above" otherwise (the line
// over the story, which the head may still pass over for the model's
// pick), "none" without candidates.
func decider(src []byte, url string) string {
	cands, err := headline.Candidates(src, url)
	if err != nil || len(cands) == 0 {
		return "none"
	}
	slug := slices.Index(headline.Names, "slug-pick")
	for _, c := range cands {
		if slug >= 0 && c.X[slug] == 1 {
			return "slug"
		}
	}
	if cands[0].Fallback {
		return "model"
	}
	return "above"
}

// titleInputLine returns the input line the article's title was read
// from, or 0.
func titleInputLine(a *extract.Article) int {
	for _, t := range a.Taken {
		if t.Field == "title" {
			return t.Line
		}
	}
	return 0
}

// placeGold returns the input line of the story's first paragraph (0 when
// none), how the blocks print the gold title (the first of "line", "head"
// of a longer line, "inside" one, that any block gives, or "none") and the
// lines that print it so.
func placeGold(blocks []clean.Block, gold string) (start int, where string, lines []int) {
	g := wcxb.NormTitle(gold)
	norms := make([]string, len(blocks))
	for i, b := range blocks {
		norms[i] = wcxb.NormTitle(b.Text)
		if b.Kind == clean.Body && start == 0 {
			start = b.Line
		}
	}
	for _, kind := range []string{"line", "head", "inside"} {
		for i, n := range norms {
			if kind == "line" && n == g || kind == "head" && strings.HasPrefix(n, g+" ") ||
				kind == "inside" && strings.Contains(" "+n+" ", " "+g+" ") {
				lines = append(lines, blocks[i].Line)
			}
		}
		if len(lines) > 0 {
			return start, kind, lines
		}
	}
	return start, "none", nil
}

// kind names a miss by how the gold is printed, where its first print
// stands (against the story's start and the top of the page), whether it
// is printed again, and where the line taken stands.
func (r censusRow) kind() string {
	if r.where == "none" {
		return "gold printed nowhere"
	}
	first := r.goldLines[0]
	place := "below the story start"
	switch {
	case r.start == 0:
		place = "no story"
	case first < r.start:
		place = "above the story start"
	}
	if first <= censusTop {
		place += ", at the top"
	}
	if len(r.goldLines) > 1 {
		place += ", printed again"
	}
	taken := "between the gold and the start"
	switch {
	case r.where != "line" && strings.HasPrefix(wcxb.NormTitle(r.got), wcxb.NormTitle(r.gold)):
		taken = "the gold with a tail"
	case r.gotLine == 0:
		taken = "none"
	case r.start > 0 && r.gotLine >= r.start:
		taken = "below the start"
	case r.gotLine < first:
		taken = "above the gold"
	}
	return fmt.Sprintf("gold as %s, %s; taken: %s", r.where, place, taken)
}
