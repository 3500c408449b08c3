package clean_test

import (
	"fmt"
	"strings"
	"testing/fstest"

	"github.com/newsclean/newsclean/clean"
)

func ExampleText() {
	page := `All news

Ministers meet in Tbilisi

The talks focused on transport links and the new border commission, officials said

TBILISI, March 5. /TASS/. The two ministers met in Tbilisi on Tuesday to discuss transport links, officials said after the talks.

Read also
Farmers in Tavush start the harvest early
`
	res, err := clean.Text([]byte(page), nil)
	if err != nil {
		panic(err)
	}
	fmt.Println("outlet:", res.Outlet.Name, "from", res.Outlet.From)
	for _, b := range res.Blocks {
		fmt.Printf("%d %-8s %-16s %.40s\n", b.Line, b.Kind, b.Rule, b.Text)
	}
	// Output:
	// outlet: TASS from dateline
	// 1 nav      tass.com         All news
	// 3 title    generic/title    Ministers meet in Tbilisi
	// 5 deck     tass.com         The talks focused on transport links and
	// 7 dateline generic/dateline TBILISI, March 5. /TASS/.
	// 7 body                      The two ministers met in Tbilisi on Tues
	// 9 related  generic/related  Read also
	// 10 related  generic/related  Farmers in Tavush start the harvest earl
}

func ExampleLoadRules() {
	files := fstest.MapFS{"example-daily.test.toml": {Data: []byte(`
name = "Example Daily"
domains = ["example-daily.test"]

[[clutter]]
kind = "ad"
match = '^Buy our paper today$'
`)}}
	mine, err := clean.LoadRules(files, "*.toml")
	if err != nil {
		panic(err)
	}
	rules, err := clean.BuiltinRules().Merge(mine)
	if err != nil {
		panic(err)
	}
	page := "A story\n\nThe council said on Monday that the new library would open next spring, after two years of work.\n\nBuy our paper today\n"
	res, _ := clean.String(page, &clean.Options{URL: "https://www.example-daily.test/a", Rules: rules})
	last := res.Blocks[len(res.Blocks)-1]
	fmt.Println(res.Outlet.Name, "|", last.Kind, last.Rule, last.Text)

	_, err = clean.ParseRule("broken.toml", []byte("name = \"Broken\"\ndomains = [\"b.test\"]\n[[clutter]]\nkind = \"nav\"\nmatch = \"(\"\n"))
	fmt.Println(strings.SplitN(err.Error(), ": error", 2)[0])
	// Output:
	// Example Daily | ad example-daily.test Buy our paper today
	// clean: broken.toml:5: rule "Broken": clutter[0].match
}

func ExampleHTML() {
	page := `<html><head><title>Ferry service returns</title></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry service returns</h1>
<p>The ferry between the two harbours runs again from Monday after a winter of repairs to its engines and the landing stages, the port said.</p>
<p>The crossing takes forty minutes, ten fewer than before the repairs, and the boat carries up to 200 passengers.</p>
</article>
<footer>Subscribe to our newsletter</footer></body></html>`
	res, err := clean.HTML([]byte(page), "text/html; charset=utf-8", nil)
	if err != nil {
		panic(err)
	}
	for _, b := range res.Blocks {
		fmt.Printf("%d %-5s %-11s %.37s\n", b.Line, b.Kind, b.Rule, b.Text)
	}
	// Output:
	// 1 nav   html/nav    Home Local Sport
	// 2 title html/title  Ferry service returns
	// 3 body              The ferry between the two harbours ru
	// 4 body              The crossing takes forty minutes, ten
	// 5 nav   html/footer Subscribe to our newsletter
}

// countryStage is a stage of one's own: it labels a line that only names a
// country's edition ("English edition") as navigation.
type countryStage struct{}

func (countryStage) Name() string  { return "edition" }
func (countryStage) Priority() int { return 50 } // before every built-in stage

func (countryStage) Label(p *clean.Page) {
	for i := range p.Len() {
		if p.Free(i) && strings.HasSuffix(p.Block(i).Text, " edition") {
			p.Label(i, clean.Nav, "edition")
		}
	}
}

// A stage of one's own runs beside the built-in ones (listed by
// [clean.Stages]); Disable switches any of them off by name.
func ExampleStages() {
	page := "English edition\n\nMinisters meet in Tbilisi\n\nThe two ministers met in Tbilisi on Tuesday to discuss transport links and the new border commission, officials said after the talks.\n"
	opts := &clean.Options{Stages: []clean.Stage{countryStage{}}, Disable: []string{"model"}}
	res, err := clean.String(page, opts)
	if err != nil {
		panic(err)
	}
	for _, b := range res.Blocks {
		fmt.Printf("%d %-5s %-14s %.40s\n", b.Line, b.Kind, b.Rule, b.Text)
	}
	// Output:
	// 1 nav   edition        English edition
	// 3 title generic/title  Ministers meet in Tbilisi
	// 5 body                 The two ministers met in Tbilisi on Tues
}
