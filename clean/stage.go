package clean

import (
	"cmp"
	"slices"
)

// Stage is one step of labelling a page. Stages run in the order of their
// priorities, lowest first; a stage labels only blocks that no earlier stage
// labelled (see [Page.Label]), so earlier stages win. What no stage labels is
// body text.
//
// The built-in stages, by priority (see [Stages]): the outlet's rule and its
// HTML selectors come first, then the generic detectors from the most
// specific to the most general. A stage of your own goes in with
// [Options].Stages; any stage is switched off by name with [Options].Disable.
type Stage interface {
	// Name identifies the stage: "rules", "dates", "head" ...
	Name() string
	// Priority places the stage: lower runs first. The built-in stages
	// sit at 100 to 1700 and at least 10 apart, so a stage can go between
	// any two; [Stages] lists them.
	Priority() int
	// Label labels blocks of the page.
	Label(p *Page)
}

// on says which input a built-in stage applies to.
type on uint8

const (
	onAll on = iota
	onText
	onHTML
)

// stage is a built-in stage.
type stage struct {
	name string
	prio int
	on   on
	run  func(*Page)
}

func (s stage) Name() string  { return s.name }
func (s stage) Priority() int { return s.prio }

func (s stage) Label(p *Page) {
	if s.on == onText && p.in.doc != nil || s.on == onHTML && p.in.doc == nil {
		return
	}
	s.run(p)
}

// builtinStages are the built-in stages in the order they run.
var builtinStages = []Stage{
	stage{"wrapped", 100, onText, (*Page).markWrapped},
	stage{"outlet", 200, onAll, (*Page).detectOutlet},
	stage{"date-title", 300, onText, (*Page).splitDateTitle},
	stage{"title-repeat", 350, onText, (*Page).splitTitleRepeat},
	stage{"glued-head", 360, onText, (*Page).splitGluedHead},
	stage{"html-selectors", 400, onHTML, func(p *Page) { p.applySelectors(p.in.doc.Blocks) }},
	stage{"html-title", 450, onHTML, (*Page).labelHTMLTitle},
	stage{"html-elements", 500, onHTML, unlessModel(func(p *Page) { p.labelElements(p.in.doc.Blocks) })},
	stage{"html-main", 600, onHTML, unlessModel(func(p *Page) { p.labelOutsideMain(p.in.doc.Blocks) })},
	stage{"dateline", 700, onAll, (*Page).splitDateline},
	stage{"rules", 800, onAll, (*Page).applyRules},
	stage{"model", 850, onAll, (*Page).labelByModel},
	stage{"comments", 900, onAll, (*Page).detectComments},
	stage{"lists", 1000, onAll, (*Page).detectLists},
	stage{"phrases", 1100, onAll, (*Page).detectPhrases},
	stage{"images", 1200, onAll, (*Page).detectImages},
	stage{"dates", 1300, onAll, (*Page).detectDates},
	stage{"head", 1400, onAll, (*Page).detectHead},
	stage{"tail", 1500, onAll, (*Page).detectTail},
	stage{"outside-story", 1600, onAll, func(p *Page) {
		if p.in.doc == nil || !p.modelOn() {
			p.detectOutsideStory()
		}
	}},
	stage{"head-settle", 1650, onText, (*Page).settleHead},
	stage{"author-card", 1660, onText, (*Page).textCardAuthor},
	stage{"orphan-labels", 1670, onText, (*Page).dropOrphanLabels},
	stage{"html-title-rank", titleRankPriority, onHTML, (*Page).rankTitle},
}

// unlessModel runs an HTML stage only on pages the story detector ("model")
// leaves alone: where it labels, it reads the element features, the
// element that holds the story and the story's edges itself, and better
// (measured on WCXB's train side: articles' word F1 0.916 with these
// stages, 0.961 without them).
func unlessModel(run func(*Page)) func(*Page) {
	return func(p *Page) {
		if !p.modelOn() {
			run(p)
		}
	}
}

// Stages returns the built-in stages in the order they run. The "wrapped",
// "date-title", "title-repeat", "glued-head", "head-settle", "author-card"
// and "orphan-labels" stages apply to text only, the "html-" ones to HTML
// only.
func Stages() []Stage { return slices.Clone(builtinStages) }

// stages returns the stages to run with these options, in order.
func (o *Options) stages() []Stage {
	if o == nil || len(o.Stages) == 0 && len(o.Disable) == 0 {
		return builtinStages
	}
	out := make([]Stage, 0, len(builtinStages)+len(o.Stages))
	for _, s := range slices.Concat(builtinStages, o.Stages) {
		if !slices.Contains(o.Disable, s.Name()) {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b Stage) int { return cmp.Compare(a.Priority(), b.Priority()) })
	return out
}
