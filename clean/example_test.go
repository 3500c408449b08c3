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
	// clean: broken.toml: rule "Broken": clutter[0].match
}
