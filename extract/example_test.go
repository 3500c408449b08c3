package extract_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/newsclean/newsclean/extract"
)

func ExampleText() {
	page := `All news

Ministers meet in Tbilisi

The talks focused on transport links and the new border commission, officials said

TBILISI, March 5. /TASS/. The two ministers met in Tbilisi on Tuesday to discuss transport links through Nakhichevan, officials said.

They first met on January 18, 2024, in Yerevan.
`
	a, err := extract.Text([]byte(page), &extract.Options{ID: "page-1"})
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.Outlet.Name, a.Dateline.Place, a.Published, a.PublishedFrom)
	fmt.Println(a.Body[0])
	for _, r := range a.Removed {
		fmt.Printf("removed %s by %s: %q\n", r.Kind, r.Rule, r.Text)
	}
	for _, r := range a.Replacements {
		fmt.Printf("%s[%d]: %s -> %s\n", r.Field, r.Index, r.From, r.To)
	}
	// Output:
	// Ministers meet in Tbilisi
	// TASS Tbilisi 2024-03-05 dateline+year-from-text
	// The two ministers met in Tbilisi on Tuesday to discuss transport links through Nakhchivan, officials said.
	// removed nav by tass.com: "All news"
	// body[0]: Nakhichevan -> Nakhchivan
}

func ExampleArticle_PlainText() {
	a, err := extract.String("Ministers meet in Tbilisi\n\nTBILISI, March 5. /TASS/. The two ministers met in Tbilisi on Tuesday to discuss transport links, officials said.\n\nThe next round is planned for the spring.\n", nil)
	if err != nil {
		panic(err)
	}
	fmt.Print(a.PlainText())
	// Output:
	// Ministers meet in Tbilisi
	//
	// TBILISI, March 5. /TASS/. The two ministers met in Tbilisi on Tuesday to discuss transport links, officials said.
	//
	// The next round is planned for the spring.
}

func ExampleHTML() {
	page := `<!doctype html><html lang="en"><head>
<meta property="og:site_name" content="Example Daily">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Library reopens","datePublished":"2024-05-02T09:30:00+04:00","author":{"@type":"Person","name":"Anna Petrosyan"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Library reopens</h1>
<p>The city library reopened on Thursday after two years of repairs, the council said in a statement.</p>
<p>Readers will be able to borrow books again from next week, it said.</p></article>
<footer>© Example Daily</footer>
</body></html>`
	a, err := extract.HTML(strings.NewReader(page), "text/html; charset=utf-8", nil)
	if err != nil {
		panic(err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.Encode([]any{a.Title, a.Authors, a.Published, a.PublishedFrom, len(a.Body)})
	// Output:
	// ["Library reopens",["Anna Petrosyan"],"2024-05-02T09:30:00+04:00","json-ld",2]
}
