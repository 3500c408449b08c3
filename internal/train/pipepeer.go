package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/htmldoc"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// The pages a peer wins: with -pipecv-html -pipe-dump, -pipe-peer names a
// peer's bodies ({ID: text}, as `bench/cmd/wcxb -out` writes them, e.g.
// trafilatura.json) and the census is taken again over the train articles
// where the peer's word F1 beats the held-out output's, with the junk the
// output keeps beside the gold it loses, so the losses sort into causes
// counted by sites.
var pipePeer = flag.String("pipe-peer", "", "with -pipecv-html and -pipe-dump, a peer's bodies as {ID: text} (bench/cmd/wcxb -out's SYSTEM.json): writes peer.tsv, the articles where the peer's word F1 beats the held-out output's, by the margin, and peercensus.tsv, the census of those articles with the kept junk by element and place")

// minPeerMargin is the least F1 margin by which a peer wins a page for the
// census; smaller margins are noise of tokenisation.
const minPeerMargin = 0.02

// peerLoss is one article the peer wins.
type peerLoss struct {
	id, site   string
	ours, peer wcxb.PageScore
	lost, junk int // the gold words lost, the junk words kept
	causes     string
}

// readPeer reads a peer's bodies.
func readPeer(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var bodies map[string]string
	return bodies, json.Unmarshal(data, &bodies)
}

// junkRows returns the census rows of the kept walker blocks of an article
// that the gold does not hold (nonGold): kind "TAG PLACE", the place
// against the kept blocks the gold holds. A block the output body does not
// hold (the title, which the benchmark's body leaves out) is not junk.
func junkRows(p *wcxb.Page, doc *htmldoc.Doc, kept []bool, body string) []censusRow {
	runs := shingles(p.Main)
	isGold := make([]bool, len(doc.Blocks))
	for i, b := range doc.Blocks {
		isGold[i] = kept[i] && len(goldLines(b.Text, runs)) > 0
	}
	var rows []censusRow
	for i, b := range doc.Blocks {
		if !kept[i] || isGold[i] {
			continue
		}
		if len(nonGold(b.Text, body)) > 0 {
			continue // not in the output (the title, a block a stage split)
		}
		junk := nonGold(b.Text, p.Main)
		words := 0
		for _, l := range junk {
			words += len(wcxb.Tokens(l))
		}
		if words == 0 {
			continue
		}
		rows = append(rows, censusRow{"junk", tagOf(&b) + " " + placeOf(i, i, isGold), p.ID, p.Site, words, b.Text})
	}
	return rows
}

// writePeerCensus writes dir/peer.tsv and dir/peercensus.tsv (see
// pipePeer) and prints the census of the lost pages by sites.
func writePeerCensus(dir string, gold []*wcxb.Page, srcs [][]byte, bodies []string, removed [][]extract.Removed, peer map[string]string, log io.Writer) error {
	losses := make([]*peerLoss, len(gold))
	all := make([][]censusRow, len(gold))
	forEach(len(gold), func(k int) {
		p := gold[k]
		pb, ok := peer[p.ID]
		if p.Type != wcxb.Article || !ok {
			return
		}
		ours, theirs := wcxb.ScorePage(p, bodies[k]), wcxb.ScorePage(p, pb)
		if theirs.F1-ours.F1 < minPeerMargin {
			return
		}
		doc, err := htmldoc.Parse(srcs[k], "text/html; charset=utf-8", htmldoc.Limits{})
		if err != nil {
			return
		}
		rows := censusPage(p, srcs[k], bodies[k], removed[k])
		rows = append(rows, junkRows(p, doc, keptBlocks(len(doc.Blocks), removed[k]), bodies[k])...)
		l := &peerLoss{id: p.ID, site: p.Site, ours: ours, peer: theirs}
		top := map[string]int{}
		for _, r := range rows {
			switch r.side {
			case "lost":
				l.lost += r.words
			case "junk":
				l.junk += r.words
			}
			top[r.side+" "+r.kind] += r.words
		}
		l.causes = topKinds(top, 3)
		all[k], losses[k] = rows, l
	})
	f, err := os.Create(filepath.Join(dir, "peer.tsv"))
	if err != nil {
		return err
	}
	defer f.Close()
	var ls []*peerLoss
	for _, l := range losses {
		if l != nil {
			ls = append(ls, l)
		}
	}
	sort.Slice(ls, func(i, j int) bool {
		di, dj := ls[i].peer.F1-ls[i].ours.F1, ls[j].peer.F1-ls[j].ours.F1
		if di != dj {
			return di > dj
		}
		return ls[i].id < ls[j].id
	})
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "id\tsite\tmargin\tours.f1\tours.p\tours.r\tpeer.f1\tpeer.p\tpeer.r\tlost.words\tjunk.words\tcauses")
	margin := 0.0
	for _, l := range ls {
		d := l.peer.F1 - l.ours.F1
		margin += d
		fmt.Fprintf(w, "%s\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%s\n", l.id, l.site, d,
			l.ours.F1, l.ours.Precision, l.ours.Recall, l.peer.F1, l.peer.Precision, l.peer.Recall, l.lost, l.junk, l.causes)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(log, "peer: wins %d train articles by %.2f or more (sum of margins %.2f F1)\n", len(ls), minPeerMargin, margin)
	if err := writeCensusRows(filepath.Join(dir, "peercensus.tsv"), all, log); err != nil {
		return err
	}
	return f.Close()
}

// topKinds names the n kinds with the most words, "kind:words" joined by
// "; ".
func topKinds(words map[string]int, n int) string {
	kinds := make([]string, 0, len(words))
	for k := range words {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if words[kinds[i]] != words[kinds[j]] {
			return words[kinds[i]] > words[kinds[j]]
		}
		return kinds[i] < kinds[j]
	})
	out := make([]string, 0, n)
	for _, k := range kinds[:min(n, len(kinds))] {
		out = append(out, fmt.Sprintf("%s:%d", k, words[k]))
	}
	return strings.Join(out, "; ")
}
