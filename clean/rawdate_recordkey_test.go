package clean

import (
	"bytes"
	"testing"
)

// TestRecordKeyIndex checks that seeking a key by its rare tail finds the
// occurrences a plain search finds, in order, from any start.
func TestRecordKeyIndex(t *testing.T) {
	srcs := []string{
		``,
		`At`,
		`dAt createdAt`,
		`{"_createdAt":"2025-03-05","createdAt":"x"} createdAtcreatedAt`,
		`_gmt date_gmt date_gmtdate_gmt "date_gmt\":"`,
		`atedAt reatedAt createdA createdAt`,
		`ate_gmt date_gm`,
	}
	for _, k := range [...]recordKey{{"createdAt", 7}, {"date_gmt", 4}} {
		for _, s := range srcs {
			src := []byte(s)
			for from := 0; from <= len(src); from++ {
				want := bytes.Index(src[from:], []byte(k.name))
				if want >= 0 {
					want += from
				}
				if got := k.index(src, from); got != want {
					t.Errorf("%s in %q from %d: got %d, want %d", k.name, s, from, got, want)
				}
			}
		}
	}
}
