package batch

import (
	"math"
	"strings"
	"testing"
)

// TestHugeMaxBytes reads with the largest MaxBytes an int64 holds, as
// `newsclean -max-bytes 9223372036854775807` asks ("no limit, really"): a
// JSONL line, a WARC record and a text page longer than the reader's buffer
// are read whole. The limits derived from MaxBytes (twice it for a JSONL
// line, one more byte to tell an overlong page) overflowed: every JSONL line
// was "longer than -446744073709486080 bytes" and every WARC page empty.
func TestHugeMaxBytes(t *testing.T) {
	long := strings.Repeat("A line of the page that goes on for a while.\n", 4000) // 180 KB, past the buffer
	inputs := map[string]string{
		"x.jsonl": `{"id":"j","text":"A page in a line of JSONL."}` + "\n",
		"x.warc":  warcRec("response", "<urn:uuid:w>", "https://example.org/w", "application/http; msgtype=response", httpResp("200 OK", "text/html", "", pageHTML)),
		"x.txt":   long,
	}
	for _, max := range []int64{math.MaxInt64, math.MaxInt64 / 2, math.MaxInt64 - 64<<10} {
		for name, in := range inputs {
			r := NewReader(ReadOptions{MaxBytes: max})
			var got []Record
			for rec := range r.Stream(name, strings.NewReader(in)) {
				got = append(got, rec)
			}
			if len(got) != 1 || got[0].Err != nil || len(got[0].Data) == 0 {
				t.Errorf("MaxBytes %d, %s: got %+v, want one page read", max, name, got)
			}
		}
	}
}
