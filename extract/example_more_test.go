package extract_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
)

// The README's snippet, as it stands there.
func Example() {
	page := []byte("All news\n\nMinisters meet in Tbilisi\n\nTBILISI, March 5. /TASS/. The two ministers met in Tbilisi on Tuesday to discuss transport links, officials said.\n\nThey first met on January 18, 2024, in Yerevan.\n")
	a, err := extract.Text(page, &extract.Options{URL: "https://tass.com/world/1265855"})
	if err != nil {
		fmt.Println(err) // extract.Text fails only on bad input: empty, binary, too large
		return
	}
	fmt.Println(a.Title, a.Published, a.PublishedFrom)
	if a.Outlet != nil {
		fmt.Println(a.Outlet.Name, a.Outlet.From)
	}
	fmt.Print(a.PlainText()) // title, then paragraphs, the dateline in front
	for _, r := range a.Removed {
		fmt.Println(r.Kind, r.Rule, r.Line, r.Text) // every piece of clutter, with its kind, rule and first line
	}
	// Output:
	// Ministers meet in Tbilisi 2024-03-05 dateline+year-from-text
	// TASS url
	// Ministers meet in Tbilisi
	//
	// TBILISI, March 5. /TASS/. The two ministers met in Tbilisi on Tuesday to discuss transport links, officials said.
	//
	// They first met on January 18, 2024, in Yerevan.
	// nav tass.com 1 All news
}

const examplePage = `<!doctype html><html lang="en"><head><title>Ferry returns - Harbour News</title>
<meta property="og:site_name" content="Harbour News">
<meta property="og:image" content="/img/ferry.jpg">
<meta property="article:published_time" content="2025-06-02T08:15:00+04:00"></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Ferry service returns</h1>
<p>The ferry between the two harbours runs again from Monday after a winter of <a href="/repairs">repairs</a> to its engines and the landing stages, the port said.</p>
<p>The crossing takes forty minutes, ten fewer than before the repairs, and the boat carries up to 200 passengers and 30 cars.</p>
<h2>Timetable</h2>
<ul><li>On weekdays the ferry leaves every two hours from seven in the morning</li><li>At weekends it makes three crossings each way</li></ul>
<p>Tickets can be bought on board or at the harbour office, and season tickets will go on sale in July, the port said.</p>
</article></body></html>`

func ExampleHTMLBytes() {
	a, err := extract.HTMLBytes([]byte(examplePage), "text/html; charset=utf-8", &extract.Options{URL: "https://harbour.example/news/ferry"})
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Title, "|", a.Outlet.Name, "|", a.PublishedTime.Format("2006-01-02 15:04"), a.PublishedTime.Precision)
	for _, b := range a.Blocks {
		fmt.Println(b.Type, b.Text, len(b.Items))
	}
	fmt.Println(a.Images[0].Src, a.Images[0].Lead)
	// Output:
	// Ferry service returns | Harbour News | 2025-06-02 08:15 second
	// image  0
	// paragraph The ferry between the two harbours runs again from Monday after a winter of repairs to its engines and the landing stages, the port said. 0
	// paragraph The crossing takes forty minutes, ten fewer than before the repairs, and the boat carries up to 200 passengers and 30 cars. 0
	// heading Timetable 0
	// list  2
	// paragraph Tickets can be bought on board or at the harbour office, and season tickets will go on sale in July, the port said. 0
	// https://harbour.example/img/ferry.jpg true
}

func ExampleArticle_Markdown() {
	a, err := extract.HTML(strings.NewReader(examplePage), "", &extract.Options{URL: "https://harbour.example/news/ferry", NoImages: true})
	if err != nil {
		panic(err)
	}
	fmt.Print(a.Markdown())
	// Output:
	// ---
	// title: "Ferry service returns"
	// date: "2025-06-02T08:15:00+04:00"
	// outlet: "Harbour News"
	// url: "https://harbour.example/news/ferry"
	// language: "en"
	// ---
	//
	// # Ferry service returns
	//
	// The ferry between the two harbours runs again from Monday after a winter of [repairs](<https://harbour.example/repairs>) to its engines and the landing stages, the port said.
	//
	// The crossing takes forty minutes, ten fewer than before the repairs, and the boat carries up to 200 passengers and 30 cars.
	//
	// ## Timetable
	//
	// - On weekdays the ferry leaves every two hours from seven in the morning
	// - At weekends it makes three crossings each way
	//
	// Tickets can be bought on board or at the harbour office, and season tickets will go on sale in July, the port said.
}

func ExampleArticle_HTML() {
	a, err := extract.String("Ferry service returns\n\nThe ferry between the two harbours runs again from Monday, the port said.\n", nil)
	if err != nil {
		panic(err)
	}
	a.WriteHTML(os.Stdout)
	// Output:
	// <!DOCTYPE html>
	// <html lang="en">
	// <head>
	// <meta charset="utf-8">
	// <title>Ferry service returns</title>
	// </head>
	// <body>
	// <article>
	// <header>
	// <h1>Ferry service returns</h1>
	// </header>
	// <p>The ferry between the two harbours runs again from Monday, the port said.</p>
	// </article>
	// </body>
	// </html>
}

func ExampleAuto() {
	for _, page := range []string{
		examplePage,
		"Ferry service returns\n\nThe ferry between the two harbours runs again from Monday, the port said.\n",
	} {
		a, err := extract.Auto(strings.NewReader(page), nil)
		if err != nil {
			panic(err)
		}
		fmt.Println(extract.Sniff([]byte(page)), a.Title)
	}
	// Output:
	// html Ferry service returns
	// text Ferry service returns
}

func ExampleSniff() {
	for _, head := range []string{
		"<!doctype html><title>Ferry service returns</title>",
		"Ferry service returns\n\nThe ferry runs again from Monday.\n",
		"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00",
	} {
		fmt.Println(extract.Sniff([]byte(head)))
	}
	// Output:
	// html
	// text
	// binary
}

func ExampleRead() {
	a, err := extract.Read(strings.NewReader("Ferry service returns\n\nThe ferry runs again from Monday, the port said.\n"), nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Title, "/", a.Body[0])
	// Output:
	// Ferry service returns / The ferry runs again from Monday, the port said.
}

func ExampleFromBlocks() {
	res, err := clean.String("Ferry service returns\n\nThe ferry runs again from Monday, the port said.\n\nShare on Facebook\n", nil)
	if err != nil {
		panic(err)
	}
	a := extract.FromBlocks(res, nil)
	fmt.Println(a.Title, "/", len(a.Body), "paragraph /", a.Removed[0].Kind)
	// Output:
	// Ferry service returns / 1 paragraph / share
}
