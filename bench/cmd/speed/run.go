package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/newsclean/newsclean/bench/internal/cpu"
	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/normalize"
	"golang.org/x/text/unicode/norm"
)

// run reads the seeds and runs the comparisons named in only.
func run(seedDir string, files, rounds int, cli, only string) error {
	pages, err := readSeeds(seedDir)
	if err != nil {
		return err
	}
	fmt.Printf("go %s, %s/%s, %d CPUs, GOMAXPROCS %d; %d seed pages, fastest of %d runs\n\n",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), len(pages), rounds)
	want := strings.Split(only, ",")
	if slices.Contains(want, "cli") {
		if err := compareCLI(pages, files, rounds, cli); err != nil {
			return err
		}
	}
	if slices.Contains(want, "text") {
		compareText(pages, rounds)
	}
	if slices.Contains(want, "normalize") {
		compareNormalize(pages, rounds)
	}
	return nil
}

// readSeeds reads the *.txt files of dir.
func readSeeds(dir string) ([][]byte, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no *.txt in %s (set -seeds)", dir)
	}
	var pages [][]byte
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		pages = append(pages, b)
	}
	return pages, nil
}

// compareCLI writes the file set, builds the CLI unless given, and times
// both processes over the set, alternately.
func compareCLI(pages [][]byte, files, rounds int, cli string) error {
	dir, err := os.MkdirTemp("", "newsclean-speed-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	set := filepath.Join(dir, "pages")
	if err := os.Mkdir(set, 0o755); err != nil {
		return err
	}
	total := 0
	for i := range files {
		p := pages[i%len(pages)]
		total += len(p)
		if err := os.WriteFile(filepath.Join(set, fmt.Sprintf("%05d.txt", i)), p, 0o644); err != nil {
			return err
		}
	}
	if cli == "" {
		cli = filepath.Join(dir, "newsclean")
		build := exec.Command("go", "build", "-o", cli, "github.com/newsclean/newsclean/cmd/newsclean")
		build.Stderr = os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("building the CLI: %w", err)
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	var ours, base timing
	for range rounds {
		if err := timeProcess(&ours, cli, "-j", "1", "-format", "jsonl", "-quiet", set); err != nil {
			return err
		}
		if err := timeProcess(&base, self, "-baseline", set); err != nil {
			return err
		}
	}
	report(fmt.Sprintf("cli (%d files)", files), total, ours, base)
	return nil
}

// timeProcess runs a command, its output discarded, and keeps its wall and
// CPU time (the child's user + system, and each apart).
func timeProcess(t *timing, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Stdout = io.Discard
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(name), err)
	}
	t.keepProcess(time.Since(start), cmd.ProcessState.UserTime(), cmd.ProcessState.SystemTime())
	return nil
}

// splitTrimFiles is the baseline process: for each file of the directories
// (or each file) given, in name order, read it, split it into lines, trim
// them, and write one JSON object with the non-empty lines.
func splitTrimFiles(args []string, out io.Writer) error {
	var files []string
	for _, a := range args {
		if fi, err := os.Stat(a); err == nil && fi.IsDir() {
			names, err := filepath.Glob(filepath.Join(a, "*"))
			if err != nil {
				return err
			}
			files = append(files, names...)
		} else {
			files = append(files, a)
		}
	}
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if err := enc.Encode(struct {
			ID    string   `json:"id"`
			Lines []string `json:"lines"`
		}{filepath.Base(f), splitTrim(src)}); err != nil {
			return err
		}
	}
	return w.Flush()
}

// splitTrim splits src into lines and returns the non-empty ones trimmed.
func splitTrim(src []byte) []string {
	var lines []string
	for l := range strings.Lines(string(src)) {
		if t := strings.TrimSpace(l); t != "" {
			lines = append(lines, t)
		}
	}
	return lines
}

// inProcess times f and g alternately, rounds times each, after one warm-up
// run of each; each run of f or g handles all the pages reps times.
func inProcess(rounds, reps int, f, g func()) (ours, base timing) {
	f()
	g()
	for range rounds {
		for _, side := range []struct {
			t  *timing
			fn func()
		}{{&ours, f}, {&base, g}} {
			runtime.GC()
			start, c := time.Now(), cpu.Time()
			for range reps {
				side.fn()
			}
			side.t.keep(time.Since(start)/time.Duration(reps), (cpu.Time()-c)/time.Duration(reps))
		}
	}
	return ours, base
}

// compareText times extract.Text over the seeds against a bare split and
// trim of the same bytes.
func compareText(pages [][]byte, rounds int) {
	total := 0
	for _, p := range pages {
		total += len(p)
	}
	ours, base := inProcess(rounds, 40, func() {
		for _, p := range pages {
			if _, err := extract.Text(p, nil); err != nil {
				panic(err)
			}
		}
	}, func() {
		for _, p := range pages {
			_ = splitTrim(p)
		}
	})
	report("text", total, ours, base)
}

// normReps is how many passes over the seeds one timed run of the
// normaliser's comparisons makes: enough that a run of the normaliser
// spans several collections (a pass allocates about 32 KB, the output and
// the change records, and the runtime collects every 4 MB of a heap as
// small as this command's), so that the fastest run is not one that a
// collection happened to miss. At 200 passes a run held one collection
// where steady work has 1.6.
const normReps = 1000

// The collection target cmd/newsclean sets for a batch (cmd/newsclean's
// heap.go): GOGC 200 over an 8 MiB ballast.
const (
	cliGCPercent = 200
	cliBallast   = 8 << 20
)

// compareNormalize times the default normaliser over the seeds' text
// against golang.org/x/text's NFC over the same strings, each returning a
// string, then each in its append forms (Normalizer.AppendString against
// norm.NFC.AppendString, Normalizer.Append against norm.NFC.Append, into
// buffers reused from pass to pass). Two more pairs
// against the same baseline put the figure in context: the Unicode
// clean-up alone (names off, as -normalize none), and a bare copy of each
// text into a new string, which a normaliser that changes a text (every
// seed page is changed) must allocate and the NFC pass, given text that is
// already NFC, does not. A last pair times the default normaliser again
// under the CLI's collection target (withCLIHeap): in this process the
// heap is nearly empty, so the runtime's default collects after every 4
// MB allocated, and on a virtual machine each collection's returned pages
// cost page faults when the next outputs land on them; the CLI, where the
// normaliser runs, collects about a quarter as often.
func compareNormalize(pages [][]byte, rounds int) {
	texts := make([]string, len(pages))
	total := 0
	for i, p := range pages {
		texts[i] = string(p)
		total += len(p)
	}
	nfc := func() {
		for _, s := range texts {
			_ = norm.NFC.String(s)
		}
	}
	names := func() {
		for _, s := range texts {
			_, _ = normalize.String(s)
		}
	}
	ours, base := inProcess(rounds, normReps, names, nfc)
	report("normalize", total, ours, base)
	// The append forms: each side appends its output to one buffer of its
	// own, reused, and the normaliser its changes to a reused slice (as
	// offsets, materialised by no one), so neither allocates.
	var ourBuf, nfcBuf []byte
	var spans []normalize.ChangeSpan
	def, err := normalize.New(normalize.Options{}) // the default normaliser, as String's
	if err != nil {
		panic(err) // the options are constant
	}
	ours, base = inProcess(rounds, normReps, func() {
		for _, s := range texts {
			ourBuf, spans = def.AppendString(ourBuf[:0], s, spans[:0])
		}
	}, func() {
		for _, s := range texts {
			nfcBuf = norm.NFC.AppendString(nfcBuf[:0], s)
		}
	})
	report("  append", total, ours, base)
	// golang.org/x/text's AppendString copies the text a byte at a time
	// where its Append of a []byte copies it at once: the pair of byte
	// forms, each reading the same bytes.
	ours, base = inProcess(rounds, normReps, func() {
		for _, p := range pages {
			ourBuf, spans = def.Append(ourBuf[:0], p, spans[:0])
		}
	}, func() {
		for _, p := range pages {
			nfcBuf = norm.NFC.Append(nfcBuf[:0], p...)
		}
	})
	report("  append []byte", total, ours, base)
	unicodeOnly, err := normalize.New(normalize.Options{NoNames: true})
	if err != nil {
		panic(err) // the options are constant
	}
	ours, base = inProcess(rounds, normReps, func() {
		for _, s := range texts {
			_, _ = unicodeOnly.String(s)
		}
	}, nfc)
	report("  names off", total, ours, base)
	ours, base = inProcess(rounds, normReps, func() {
		for _, s := range texts {
			runtime.KeepAlive(strings.Clone(s)) // the copy is the work timed
		}
	}, nfc)
	report("  copy", total, ours, base)
	withCLIHeap(func() {
		// Four times the passes: the CLI's target lets about 16 MB
		// accumulate between collections.
		ours, base = inProcess(rounds, 4*normReps, names, nfc)
	})
	report("  CLI heap", total, ours, base)
}

// withCLIHeap runs f under the CLI's collection target (cliGCPercent and
// a ballast of cliBallast bytes that is never touched), then restores the
// target it found.
func withCLIHeap(f func()) {
	old := debug.SetGCPercent(cliGCPercent)
	ballast := make([]byte, cliBallast)
	f()
	runtime.KeepAlive(ballast)
	debug.SetGCPercent(old)
}
