package bench

import (
	"os"
	"testing"

	"github.com/newsclean/newsclean/bench/aeb"
	"github.com/newsclean/newsclean/bench/internal/cpu"
	"github.com/newsclean/newsclean/bench/internal/systems"
)

// dataDir is the AEB data folder: $NEWSCLEAN_AEB, or the shared folder
// beside the repository.
func dataDir() string {
	if d := os.Getenv("NEWSCLEAN_AEB"); d != "" {
		return d
	}
	return "../../shared/bench/aeb"
}

// page is one input held in memory.
type page struct {
	src []byte
	url string
}

// load reads every page of the given input kind, or skips the benchmark
// when the data folder is absent.
func load(b *testing.B, kind string) ([]page, int) {
	b.Helper()
	ds, err := aeb.Open(dataDir())
	if err != nil {
		b.Skipf("no AEB data (set NEWSCLEAN_AEB): %v", err)
	}
	pages := make([]page, 0, len(ds.IDs))
	total := 0
	for _, id := range ds.IDs {
		src, err := os.ReadFile(ds.Path(kind, id))
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page{src, ds.Gold[id].URL})
		total += len(src)
	}
	return pages, total
}

// benchSystem times one pass of the named system over all pages per
// operation; MB/s is input bytes per wall second, cpu-ms/op the process's
// CPU time per pass (GC included) and MB/cpu-s input bytes per CPU second,
// two figures that load from other work on the machine skews far less. Pages the system fails on still count: the time
// spent failing is part of its cost.
func benchSystem(b *testing.B, name string) {
	s, ok := systems.Lookup(name)
	if !ok {
		b.Fatalf("no system %s", name)
	}
	pages, total := load(b, s.Input)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	start := cpu.Time()
	n := 0
	for b.Loop() {
		for _, p := range pages {
			s.Run(p.src, systems.Page{URL: p.url})
		}
		n++
	}
	used := (cpu.Time() - start).Seconds() / float64(n)
	b.ReportMetric(used*1e3, "cpu-ms/op")
	b.ReportMetric(float64(total)/1e6/used, "MB/cpu-s")
}

// BenchmarkNewscleanHTML runs extract.HTML over html/ID.html.
func BenchmarkNewscleanHTML(b *testing.B) { benchSystem(b, "newsclean-html") }

// BenchmarkNewscleanText runs extract.Text over text/ID.txt, the same pages
// flattened to text (about a fifteenth of the bytes).
func BenchmarkNewscleanText(b *testing.B) { benchSystem(b, "newsclean-text") }

// BenchmarkTrafilatura runs go-trafilatura over html/ID.html.
func BenchmarkTrafilatura(b *testing.B) { benchSystem(b, "trafilatura") }

// BenchmarkReadability runs go-shiori/go-readability over html/ID.html.
func BenchmarkReadability(b *testing.B) { benchSystem(b, "readability") }

// BenchmarkReadeck runs readeck's go-readability v2 over html/ID.html.
func BenchmarkReadeck(b *testing.B) { benchSystem(b, "readeck") }
