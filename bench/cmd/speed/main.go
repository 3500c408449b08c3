// Command speed measures newsclean's text path as ratios to baselines run
// in the same process and the same minute, so that the figures carry across
// machines (absolute speeds on a shared machine do not):
//
//   - cli: the newsclean CLI as a process over many seed-like files (-j 1,
//     JSONL out) against a minimal process that reads the same files,
//     splits and trims their lines and writes one JSON object per file
//     (this command itself, run with -baseline); the baseline spends about
//     half its CPU in the kernel opening and reading files, so this ratio
//     moves with the machine's cost per system call (the same binary read
//     8% on one machine and 28% on one with page-table isolation on):
//     compare binaries in the same run, and read the user-time ratio
//     printed beside it;
//   - text: extract.Text in-process against a bare split-and-trim of the
//     same bytes;
//   - normalize: the default normaliser against a plain golang.org/x/text
//     NFC pass over the same text, each returning a string; each in its
//     append forms, into buffers reused from pass to pass (AppendString
//     against NFC's AppendString, Append against NFC's Append of bytes);
//     and, against the NFC pass that returns a string, the
//     Unicode clean-up alone (names off) and a bare copy of each text into
//     a new string (what returning a changed text costs at the least);
//     and the default normaliser again under the CLI's collection target
//     (GOGC 200 over an 8 MiB ballast), since this process's heap is
//     nearly empty and the runtime's default collects it every 4 MB.
//
// Each pair runs alternately -rounds times; the fastest run of each counts,
// by wall time and by CPU time (user + system, GC included). "speed" is the
// baseline's time over newsclean's: 40% means newsclean runs at 40% of the
// baseline's speed.
//
//	cd bench && go run ./cmd/speed -seeds ../testdata/seeds -files 2000
package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	baseline := flag.Bool("baseline", false, "act as the baseline process: read the files of the directories given, split and trim their lines, write one JSON object per file")
	seeds := flag.String("seeds", "../testdata/seeds", "the seed pages (*.txt) to copy into the file set and to time in-process")
	files := flag.Int("files", 2000, "files in the CLI's file set (the seeds repeated)")
	rounds := flag.Int("rounds", 5, "runs of each side; the fastest counts")
	cli := flag.String("cli", "", "the newsclean binary; default: build ../cmd/newsclean into a temporary directory")
	only := flag.String("only", "cli,text,normalize", "which comparisons to run")
	flag.Parse()
	if *baseline {
		if err := splitTrimFiles(flag.Args(), os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "speed -baseline:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*seeds, *files, *rounds, *cli, *only); err != nil {
		fmt.Fprintln(os.Stderr, "speed:", err)
		os.Exit(1)
	}
}

// timing is the fastest of several runs, by wall and by CPU time. For a
// process it also keeps the fastest user and system times apart (zero for
// in-process runs), because a process that mostly opens and reads files
// spends much of its CPU in the kernel, whose cost per call moves from
// machine to machine (page-table isolation doubles it) far more than the
// cost of user code does.
type timing struct {
	wall, cpu, user, sys time.Duration
}

// keep folds one run into the fastest so far.
func (t *timing) keep(wall, cpu time.Duration) {
	if t.wall == 0 || wall < t.wall {
		t.wall = wall
	}
	if t.cpu == 0 || cpu < t.cpu {
		t.cpu = cpu
	}
}

// keepProcess folds one process run into the fastest so far: wall, CPU
// (user + system), and user and system time each on their own.
func (t *timing) keepProcess(wall, user, sys time.Duration) {
	t.keep(wall, user+sys)
	if t.user == 0 || user < t.user {
		t.user = user
	}
	if t.sys == 0 || sys < t.sys {
		t.sys = sys
	}
}

// report prints one comparison: both sides' times and MB/s, and the speed
// of newsclean as a share of the baseline's.
func report(name string, bytes int, ours, base timing) {
	mbs := func(d time.Duration) float64 { return float64(bytes) / 1e6 / d.Seconds() }
	fmt.Printf("%-16s %8.2f MB  newsclean wall %8s cpu %8s (%6.1f MB/s, %6.1f MB/cpu-s)\n",
		name, float64(bytes)/1e6, ours.wall.Round(time.Microsecond), ours.cpu.Round(time.Microsecond), mbs(ours.wall), mbs(ours.cpu))
	fmt.Printf("%-16s %8s     baseline  wall %8s cpu %8s (%6.1f MB/s, %6.1f MB/cpu-s)\n",
		"", "", base.wall.Round(time.Microsecond), base.cpu.Round(time.Microsecond), mbs(base.wall), mbs(base.cpu))
	fmt.Printf("%-16s %8s     speed: %5.1f%% of the baseline by wall time, %5.1f%% by CPU time\n",
		"", "", 100*base.wall.Seconds()/ours.wall.Seconds(), 100*base.cpu.Seconds()/ours.cpu.Seconds())
	if ours.user > 0 && base.user > 0 {
		fmt.Printf("%-16s %8s     user / system: newsclean %s / %s, baseline %s / %s; %5.1f%% by user time\n",
			"", "", ours.user.Round(time.Millisecond), ours.sys.Round(time.Millisecond),
			base.user.Round(time.Millisecond), base.sys.Round(time.Millisecond), 100*base.user.Seconds()/ours.user.Seconds())
	}
	fmt.Println()
}
