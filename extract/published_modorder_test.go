package extract

import "testing"

// TestModifiedBefore checks how dropEarlyModified orders an update and a
// publication: as instants when both give a time and both or neither a
// zone (offsets counted), by the printed day when one gives only the day
// or only one names its zone, and never before for the same instant.
func TestModifiedBefore(t *testing.T) {
	for _, c := range []struct {
		mod, pub string
		want     bool
	}{
		{"2025-03-05T10:00:00+01:00", "2025-03-05T10:30:00+01:00", true},
		{"2025-03-05T10:00:00+00:00", "2025-03-05T10:30:00+01:00", false}, // 10:00 UTC is after 09:30 UTC
		{"2025-03-05T10:00:00", "2025-03-05T10:30:00", true},
		{"2025-03-05T10:30:00", "2025-03-05T10:30:00", false},
		{"2025-03-05T08:00:00", "2025-03-05T10:00:00+02:00", false}, // one zone: the same day
		{"2025-03-04T23:00:00", "2025-03-05T10:00:00+02:00", true},
		{"2025-03-04", "2025-03-05T10:00:00", true},
		{"2025-03-05", "2025-03-05T10:00:00", false},
		{"2025-03-0x", "2025-03-05", false}, // unreadable: by the bytes of the day
	} {
		if got := modifiedBefore(c.mod, c.pub); got != c.want {
			t.Errorf("modifiedBefore(%q, %q) = %v, want %v", c.mod, c.pub, got, c.want)
		}
	}
}
