// Command normpass runs the default normaliser, or a plain NFC pass, over
// the seed pages a given number of times and nothing else, so that an
// instruction counter can compare the two: the normaliser's speed target
// (issue #9: at least half a plain NFC pass) read in instructions, the one
// figure that does not move with where the linker puts either side's loops
// (BENCHMARKS.md, twenty-eighth and twenty-ninth sessions). normratio.sh
// beside it runs it under valgrind's cachegrind and prints the ratio:
//
//	cd bench && sh cmd/normpass/normratio.sh ../testdata/seeds
//
// Usage: normpass SEEDS PASSES ours|nfc. Each pass appends every page into
// a buffer reused from pass to pass: (*normalize.Normalizer).Append with
// its change records, against norm.NFC.Append. A run with 0 passes costs
// what both share (start-up, reading the pages): subtract it.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/newsclean/newsclean/normalize"
	"golang.org/x/text/unicode/norm"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "normpass:", err)
		os.Exit(2)
	}
}

// run reads the pages and makes the passes; it prints a checksum of the
// output so that no pass can be optimised away.
func run(args []string) error {
	if len(args) != 3 || args[2] != "ours" && args[2] != "nfc" {
		return fmt.Errorf("usage: normpass SEEDS PASSES ours|nfc")
	}
	passes, err := strconv.Atoi(args[1])
	if err != nil || passes < 0 {
		return fmt.Errorf("passes: want a count, got %q", args[1])
	}
	files, err := filepath.Glob(filepath.Join(args[0], "*.txt"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no *.txt pages in %s", args[0])
	}
	pages := make([][]byte, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		pages = append(pages, b)
	}
	fmt.Println(sum(pages, passes, args[2] == "nfc"))
	return nil
}

// sum makes the passes and returns the bytes and change records written.
func sum(pages [][]byte, passes int, nfc bool) int {
	def, err := normalize.New(normalize.Options{})
	if err != nil {
		panic(err) // the default options always compile
	}
	var buf []byte
	var spans []normalize.ChangeSpan
	n := 0
	for range passes {
		for _, p := range pages {
			if nfc {
				buf = norm.NFC.Append(buf[:0], p...)
			} else {
				buf, spans = def.Append(buf[:0], p, spans[:0])
			}
			n += len(buf) + len(spans)
		}
	}
	return n
}
