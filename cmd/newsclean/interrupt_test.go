//go:build unix

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// runMainEnv, set in a test binary's environment, makes it run the command
// (main) instead of the tests: the interrupt test signals a real process.
const runMainEnv = "NEWSCLEAN_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// TestInterruptEndsOnWholeRecord sends SIGINT and SIGTERM to a batch under
// way, as Ctrl-C or a job scheduler does: the output must end on a whole
// record (every JSONL line an object; the JSON array closed), the summary
// must say how many pages were written, and the process must end by the
// signal, as a shell expects of a command it interrupted (so that a script
// stops too). -stats still reports on the pages done.
func TestInterruptEndsOnWholeRecord(t *testing.T) {
	input := filepath.Join(t.TempDir(), "pages.jsonl")
	var b bytes.Buffer
	const pages = 20000
	for i := range pages {
		fmt.Fprintf(&b, `{"id":"p%d","text":"Council opens library number %d\nThe council opened the library on Monday, after two years of repairs to its roof.\nReaders queued at the door before nine.\n"}`+"\n", i, i)
	}
	if err := os.WriteFile(input, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		format string
		sig    syscall.Signal
	}{{"jsonl", syscall.SIGINT}, {"json", syscall.SIGTERM}} {
		cmd := exec.Command(os.Args[0], "-j", "1", "-stats", "-format", c.format, input)
		cmd.Env = append(os.Environ(), runMainEnv+"=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		br := bufio.NewReader(stdout)
		first, err := br.ReadBytes('\n') // the batch is under way
		if err != nil {
			t.Fatalf("%s: no output before the signal: %v", c.format, err)
		}
		cmd.Process.Signal(c.sig)
		rest, _ := io.ReadAll(br)
		cmd.Wait()
		out := append(first, rest...)

		ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
		if !ws.Signaled() || ws.Signal() != c.sig {
			t.Errorf("%s: process ended with %v, want killed by %v", c.format, cmd.ProcessState, c.sig)
		}
		n := 0
		if c.format == "json" {
			var arr []map[string]any
			if err := json.Unmarshal(out, &arr); err != nil {
				t.Errorf("json: output is not a whole JSON array: %v; it ends %q", err, tail(out))
			}
			n = len(arr)
		} else {
			for line := range strings.Lines(string(out)) {
				var obj map[string]any
				if err := json.Unmarshal([]byte(line), &obj); err != nil {
					t.Errorf("jsonl: line %d is not a whole record: %v; the output ends %q", n+1, err, tail(out))
					break
				}
				n++
			}
		}
		if n == 0 || n >= pages {
			t.Errorf("%s: %d records written, want some and fewer than %d (the batch interrupted)", c.format, n, pages)
		}
		if want := fmt.Sprintf("newsclean: interrupted: %d pages", n); !strings.Contains(stderr.String(), want) {
			t.Errorf("%s: stderr %q, want %q", c.format, stderr.String(), want)
		}
		if !strings.Contains(stderr.String(), `{"stats":`) {
			t.Errorf("%s: no -stats report for the pages done: stderr %q", c.format, stderr.String())
		}
	}
}

// tail is the last bytes of out, for a message.
func tail(out []byte) []byte {
	return out[max(0, len(out)-80):]
}
