package main

import (
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/newsclean/newsclean/bench/aeb"
	"github.com/newsclean/newsclean/bench/internal/systems"
	"github.com/newsclean/newsclean/internal/authorcand"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// printAuthorSources lists, for a system on HTML input that gives authors,
// every article with its gold author, what the system gave and each
// source of author evidence extract weighs, in its order, with the names
// it gives: "*" marks a source whose names are the gold's, ">" the source
// the authors came from (the first that gives a name). It ends with how
// many articles are right, how many wrong ones have the gold in some
// source, and what the gold of the others names ([unreachedKind]): for
// sorting the author misses by the source that holds them, and those no
// source holds by what a reader would have to find.
func printAuthorSources(w io.Writer, rw *row, pages []*wcxb.Page, srcs [][]byte) {
	if rw.input != aeb.HTML || rw.gives&systems.AuthorField == 0 || authorcand.Sources == nil {
		return
	}
	fmt.Fprintf(w, "\n%s: author sources per article (* = the gold's names, > = taken)\n", rw.name)
	all, right, reachable := 0, 0, 0
	unreached := map[string]int{}
	for i, p := range pages {
		if p.Type != wcxb.Article {
			continue
		}
		all++
		got := rw.outs[i].Authors
		ok := sameAuthors(got, p.Author)
		if ok {
			right++
		}
		fmt.Fprintf(w, "  %s %s %s\n        gold %q\n        got  %q\n", verdict(ok), p.ID, p.URL, p.Author, strings.Join(got, "; "))
		cands, _, err := authorcand.Sources(srcs[i], p.URL)
		if err != nil {
			fmt.Fprintf(w, "        (sources: %v)\n", err)
			continue
		}
		taken, hit := false, false
		for _, c := range cands {
			mark := " "
			if len(c.Names) > 0 && sameAuthors(c.Names, p.Author) {
				mark, hit = "*", true
			}
			tag := " "
			if len(c.Names) > 0 && !taken {
				tag, taken = ">", true
			}
			fmt.Fprintf(w, "      %s%s %-10s %q\n", tag, mark, c.From, strings.Join(c.Names, "; "))
		}
		switch {
		case ok:
		case hit:
			reachable++
		default:
			unreached[unreachedKind(p.Author, p.URL)]++
		}
	}
	fmt.Fprintf(w, "  %d of %d articles right; of the wrong ones, the gold in some source on %d, in none on %d (the gold names the site %d, one word %d, someone else %d, nobody %d)\n",
		right, all, reachable, unreached["site"]+unreached["one-word"]+unreached["other"]+unreached["nobody"],
		unreached["site"], unreached["one-word"], unreached["other"], unreached["nobody"])
}

// unreachedKind sorts a gold author that no source has: "nobody" (the
// gold names none, and some source gave a name), "site" (the gold is the
// site's name as its host spells it, squashed: "Acme Labs" on
// acmelabs.com), "one-word" (a handle or a first name: "jdoe", "Mara"),
// or "other" (a person's name the page prints elsewhere, a role, ...).
func unreachedKind(gold, pageURL string) string {
	g := wcxb.Names(gold)
	if len(g) == 0 {
		return "nobody"
	}
	host := ""
	if u, err := url.Parse(pageURL); err == nil {
		host = strings.ToLower(u.Hostname())
	}
	if k := strings.ReplaceAll(g[0], " ", ""); len(k) >= 3 && strings.Contains(strings.ReplaceAll(host, "-", ""), k) {
		return "site"
	}
	if !strings.Contains(g[0], " ") {
		return "one-word"
	}
	return "other"
}

// sameAuthors reports whether names are the gold's: both none, or the
// same by [wcxb.SameAuthor].
func sameAuthors(names []string, gold string) bool {
	if len(wcxb.Names(gold)) == 0 {
		return len(names) == 0
	}
	return wcxb.SameAuthor(names, gold)
}

// verdict is the listing's tag for a right or a wrong article.
func verdict(ok bool) string {
	if ok {
		return "ok   "
	}
	return "WRONG"
}
