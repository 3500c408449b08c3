package batch

import (
	"errors"
	"io"
	"testing"
)

// onceReader gives its data in one Read, then io.EOF once; a Read after
// that fails the test (it would be a system call on a file).
type onceReader struct {
	t     *testing.T
	data  []byte
	reads int
}

func (o *onceReader) Read(p []byte) (int, error) {
	o.reads++
	switch o.reads {
	case 1:
		return copy(p, o.data), nil
	case 2:
		return 0, io.EOF
	}
	o.t.Errorf("read %d after the end", o.reads)
	return 0, errors.New("read after the end")
}

// A page the sniff read to its end is not read again.
func TestPageNotReadPastItsEnd(t *testing.T) {
	for _, max := range []int64{0, 10} {
		r := NewReader(ReadOptions{MaxBytes: max})
		var got []Record
		w := walker{r: r, yield: func(rec Record) bool { got = append(got, rec); return true }}
		in := &onceReader{t: t, data: []byte("A title\n\nThe story, one paragraph of it.\n")}
		w.stream("page.txt", in)
		if len(got) != 1 {
			t.Fatalf("max %d: %d records", max, len(got))
		}
		if max == 0 && (got[0].Err != nil || string(got[0].Data) != string(in.data)) {
			t.Errorf("max %d: record %q, %v", max, got[0].Data, got[0].Err)
		}
		if max == 10 && !errors.Is(got[0].Err, ErrTooLarge) {
			t.Errorf("max %d: error %v, want too large", max, got[0].Err)
		}
	}
}
