// Command probe looks for inputs whose cost grows faster than their size.
// It takes clutter templates from the outlet rules' cases and the seed pages
// (each block the cleaner labels as something other than body text, alone
// and with its neighbours), adds built-in HTML nesting and clutter units,
// grows each into a page of about -size bytes and of four times that, and
// reports the CPU time per byte of both and their ratio. A linear stage
// gives a ratio of about 4; the probe lists the templates above -flag,
// worst first, once a second measure at four times the sizes confirms them
// (small pages' times are noisy and carry fixed costs).
//
//	go run ./internal/scaling/probe -size 131072 -flag 6
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/scaling"
	"golang.org/x/tools/txtar"
)

func main() {
	root := flag.String("root", ".", "the repository's root")
	size := flag.Int("size", 128<<10, "bytes of the smaller page")
	limit := flag.Float64("flag", 6, "report templates whose 4x page costs more than this many times the smaller one")
	only := flag.String("only", "", "probe only templates whose name contains this")
	flag.Parse()
	tmpls, err := templates(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "probe:", err)
		os.Exit(1)
	}
	var found []result
	n := 0
	for _, t := range tmpls {
		if !strings.Contains(t.Name, *only) {
			continue
		}
		n++
		r := measure(t, *size)
		if r.ratio > *limit {
			// A busy moment, a fixed cost, or the input? Grow it further.
			r = worseOf(r, measure(t, 4**size))
			if r.ratio > *limit {
				found = append(found, r)
			}
		}
	}
	slices.SortFunc(found, func(a, b result) int { return int(1000 * (b.ratio - a.ratio)) })
	fmt.Printf("%d templates, %d and %d bytes (confirmed at %d and %d): %d above %.1fx\n",
		n, *size, 4**size, 4**size, 16**size, len(found), *limit)
	for _, r := range found {
		fmt.Printf("%6.1fx  %7.0f -> %7.0f ns/byte  %s  %q\n", r.ratio, r.perByte[0], r.perByte[1], r.t.Name, short(r.t.Unit))
	}
}

// result is one template's cost at the two sizes.
type result struct {
	t       scaling.Template
	perByte [2]float64
	ratio   float64 // time of the larger page over the smaller's
}

// worseOf returns the result with the smaller ratio: a template is reported
// only when it is slow both times.
func worseOf(a, b result) result {
	if b.ratio < a.ratio {
		return b
	}
	return a
}

// measure times the template's page at size and 4*size bytes, the fastest
// of two runs each.
func measure(t scaling.Template, size int) result {
	r := result{t: t}
	var d [2]time.Duration
	for k, s := range []int{size, 4 * size} {
		page, _ := t.Sized(s)
		d[k] = fastest(t, page)
		r.perByte[k] = float64(d[k].Nanoseconds()) / float64(len(page))
	}
	r.ratio = float64(d[1]) / float64(d[0])
	return r
}

// fastest runs the page through the whole library three times and returns
// the least CPU time a run took (wall time where the platform gives none):
// CPU time moves less than wall time when neighbours load the machine.
func fastest(t scaling.Template, page []byte) time.Duration {
	opts := &extract.Options{URL: t.URL, MaxBytes: 64 << 20}
	best := time.Duration(1 << 62)
	for range 3 {
		runtime.GC() // the last run's garbage is not this run's cost
		start, cpu := time.Now(), scaling.CPUTime()
		if t.HTML {
			_, _ = extract.HTMLBytes(page, "text/html; charset=utf-8", opts)
		} else {
			_, _ = extract.Text(page, opts)
		}
		d := scaling.CPUTime() - cpu
		if cpu == 0 {
			d = time.Since(start)
		}
		best = min(best, d)
	}
	return best
}

// templates collects the clutter templates of the rules' cases and the
// seeds, and the built-in HTML ones.
func templates(root string) ([]scaling.Template, error) {
	cases, err := filepath.Glob(filepath.Join(root, "clean", "rules", "*", "*.txtar"))
	if err != nil {
		return nil, err
	}
	seeds, err := filepath.Glob(filepath.Join(root, "testdata", "seeds", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(cases)+len(seeds) == 0 {
		return nil, fmt.Errorf("no rule cases or seeds under %s (set -root)", root)
	}
	seen := map[string]bool{}
	var out []scaling.Template
	add := func(name, url string, src []byte) {
		for _, t := range clutterOf(name, url, src) {
			if key := t.Name + "\x00" + t.Unit; !seen[key] {
				seen[key] = true
				out = append(out, t)
			}
		}
	}
	for _, f := range cases {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			return nil, err
		}
		for _, file := range ar.Files {
			if file.Name == "input.txt" {
				add(filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), urlOf(ar.Comment), file.Data)
			}
		}
	}
	for _, f := range seeds {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		add("seeds/"+filepath.Base(f), "", src)
	}
	out = append(out, scaling.TextTemplates()...)
	return append(out, scaling.HTMLTemplates()...), nil
}

// urlOf returns the url: line of a case's header.
func urlOf(header []byte) string {
	for l := range strings.Lines(string(header)) {
		if u, ok := strings.CutPrefix(l, "url:"); ok {
			return strings.TrimSpace(u)
		}
	}
	return ""
}

// clutterOf cleans a page and returns a template for each kind of block it
// labels as other than body text: the block as a paragraph of its own, and
// with the blocks either side of it as adjacent lines.
func clutterOf(name, url string, src []byte) []scaling.Template {
	res, err := clean.Text(src, &clean.Options{URL: url})
	if err != nil {
		return nil
	}
	kinds := map[clean.Kind]bool{}
	var out []scaling.Template
	bs := res.Blocks
	for i, b := range bs {
		if b.Kind == clean.Body || kinds[b.Kind] {
			continue
		}
		kinds[b.Kind] = true
		tag := name + "/" + string(b.Kind)
		out = append(out, scaling.Template{Name: tag, URL: url, Unit: b.Text + "\n\n"})
		var group strings.Builder
		for _, n := range bs[max(0, i-1):min(len(bs), i+2)] {
			group.WriteString(n.Text + "\n")
		}
		out = append(out, scaling.Template{Name: tag + "+near", URL: url, Unit: group.String() + "\n"})
	}
	return out
}

// short cuts a unit for the report.
func short(s string) string {
	if len(s) > 70 {
		return s[:70] + "..."
	}
	return s
}
