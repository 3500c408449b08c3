//go:build titletrace

// Command titlecensus lists, for every article of WCXB's train side, how
// the text path chose its title: the path that decided (traceTitle's, in a
// build with the titletrace tag), the line it took, and whether it is the
// gold. One JSON object a line, for sorting the misses by cause.
//
//	go run -tags titletrace ./internal/titlecensus -data ../shared/bench/wcxb-dev > /tmp/census.jsonl
//
// -off turns head rules off by name (the names the head's code asks
// titleOff with: "slug", "above", "lead", "model", and steps inside them
// such as "slug-over", "above-name", "over-meta"), so that a second census
// counts, page by page, what the page gets when the rule does not decide:
// right when a rule decides against right had the next rule decided.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/wcxb"
)

type event struct {
	Path string `json:"path"`
	Line int    `json:"line"`
	Text string `json:"text"`
}

type record struct {
	ID     string  `json:"id"`
	Type   string  `json:"type"`
	URL    string  `json:"url"`
	Gold   string  `json:"gold"`
	Got    string  `json:"got"`
	Right  bool    `json:"right"`
	Line   int     `json:"line"`
	Path   string  `json:"path"`
	Events []event `json:"events"`
}

func main() {
	data := flag.String("data", "", "the WCXB data folder")
	all := flag.Bool("all", false, "every train page with a gold title, not only the articles (a check on pages of other kinds, which the head's rules were not read against)")
	off := flag.String("off", "", "comma-separated head rules to turn off (clean.TitleOff), to count what the next rule takes in their place")
	flag.Parse()
	if *off != "" {
		clean.TitleOff = map[string]bool{}
		for _, name := range strings.Split(*off, ",") {
			clean.TitleOff[strings.TrimSpace(name)] = true
		}
	}
	ds, err := wcxb.Open(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var events []event
	clean.TitleTrace = func(path string, line int, text string) {
		events = append(events, event{path, line, text})
	}
	enc := json.NewEncoder(os.Stdout)
	for i := range ds.Pages {
		p := &ds.Pages[i]
		if p.Side() != wcxb.Train || !*all && p.Type != wcxb.Article || p.Title == "" {
			continue
		}
		src, err := ds.Text(p.ID)
		if err != nil {
			continue
		}
		events = events[:0]
		a, err := extract.Text(src, &extract.Options{URL: p.URL, CrawlDate: p.Crawled})
		if err != nil {
			continue
		}
		r := record{ID: p.ID, Type: p.Type, URL: p.URL, Gold: p.Title, Got: a.Title, Right: wcxb.SameTitle(a.Title, p.Title)}
		for _, t := range a.Taken {
			if t.Field == "title" {
				r.Line = t.Line
				break
			}
		}
		r.Path = "none"
		for _, e := range events {
			if e.Line == r.Line {
				r.Path = e.Path
			}
		}
		r.Events = append([]event(nil), events...)
		enc.Encode(r)
	}
}
