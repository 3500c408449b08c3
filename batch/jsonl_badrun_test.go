package batch

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// jsonlRecords reads in as JSONL from standard input.
func jsonlRecords(in string) []Record {
	var recs []Record
	for rec := range NewReader(ReadOptions{Kind: KindJSONL, Stdin: strings.NewReader(in)}).Paths() {
		recs = append(recs, rec)
	}
	return recs
}

// TestJSONLBadRunCapped: a file whose lines are no JSON objects (a text
// file read as JSONL) gives maxBadRun error records, then one for the rest
// of the run that names its lines and counts them, not one per line.
func TestJSONLBadRunCapped(t *testing.T) {
	const lines = 10000
	var b strings.Builder
	for i := range lines {
		fmt.Fprintf(&b, "A line of a text file, number %d\n", i+1)
	}
	recs := jsonlRecords(b.String())
	if len(recs) != maxBadRun+1 {
		t.Fatalf("%d records for %d lines that are no JSON object, want %d", len(recs), lines, maxBadRun+1)
	}
	for i, r := range recs[:maxBadRun] {
		if want := fmt.Sprintf("-:%d", i+1); r.Pos != want || r.Err == nil || r.Err.Error() != "not a JSON object" {
			t.Errorf("record %d: %s %v, want %s and its own error", i, r.Pos, r.Err, want)
		}
	}
	last := recs[maxBadRun]
	want := fmt.Sprintf("not a JSON object: %d more lines, %d to %d, not reported one by one", lines-maxBadRun, maxBadRun+1, lines)
	if last.Pos != fmt.Sprintf("-:%d", maxBadRun+1) || last.ID != last.Pos || last.Err == nil || last.Err.Error() != want {
		t.Errorf("last record: %s %v, want %q", last.Pos, last.Err, want)
	}
	if !errors.Is(last.Err, ErrMalformed) {
		t.Errorf("the run's record %v does not match ErrMalformed", last.Err)
	}
}

// TestJSONLBadRunEnds: a run of bad lines ends at a good line, at a line
// with an id of its own and at the end of the input; each run is counted
// apart, records stay in line order, and blank lines neither end a run nor
// count in it. Malformed JSON counts as no JSON object.
func TestJSONLBadRunEnds(t *testing.T) {
	var b strings.Builder
	var want []string
	line := 0
	add := func(s string) int {
		b.WriteString(s + "\n")
		line++
		return line
	}
	good := func(id, s string) {
		add(s)
		want = append(want, id)
	}
	bad := func(n int) {
		from, to := 0, 0
		for i := range n {
			var l int
			if i%2 == 0 {
				l = add("plain text")
				add("") // a blank line: no record, no end of the run
			} else {
				l = add(`{"text": unquoted}`)
			}
			if i < maxBadRun {
				want = append(want, fmt.Sprintf("-:%d", l))
				continue
			}
			if from == 0 {
				from = l
			}
			to = l
		}
		if n > maxBadRun {
			want = append(want, fmt.Sprintf("-:%d %d more lines, %d to %d, not reported one by one", from, n-maxBadRun, from, to))
		}
	}
	bad(maxBadRun + 5)
	good("good", `{"id":"good","text":"A page."}`)
	bad(maxBadRun + 1)
	good("noPage", `{"id":"noPage"}`) // an error, but its own record: it has an id
	bad(maxBadRun - 1)
	good("-:"+fmt.Sprint(line+1), `{"url":"https://example.org/a","text":"A page without an id."}`)
	bad(maxBadRun + 3) // ends with the input

	var got []string
	for _, r := range jsonlRecords(b.String()) {
		s := r.ID
		if r.Err != nil && strings.Contains(r.Err.Error(), "more lines") {
			s += " " + strings.TrimPrefix(r.Err.Error(), "not a JSON object: ")
		}
		got = append(got, s)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("records:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestJSONLBadRunStop: a consumer that stops inside a run gets no record
// after it stopped, and one that stops at the run's record gets it once.
func TestJSONLBadRunStop(t *testing.T) {
	in := strings.Repeat("x\n", maxBadRun+20) + `{"id":"after","text":"A page."}` + "\n"
	for _, stopAt := range []int{1, maxBadRun, maxBadRun + 1} {
		n := 0
		for range NewReader(ReadOptions{Kind: KindJSONL, Stdin: strings.NewReader(in)}).Paths() {
			if n++; n == stopAt {
				break
			}
		}
		if n != stopAt {
			t.Errorf("stopped at %d, got %d records", stopAt, n)
		}
	}
	if recs := jsonlRecords(in); len(recs) != maxBadRun+2 || recs[maxBadRun+1].ID != "after" {
		t.Errorf("%d records, want %d ending with the good line", len(recs), maxBadRun+2)
	}
}
