package extract

import "testing"

// TestModifiedBeforeRule checks when an update's stamp is earlier than
// the publication's: as instants in one zone, by the days as printed when
// either gives no time (a day, or midnight as CMSs write a date) or the
// two give other zones, where a same-day stamp is never earlier.
func TestModifiedBeforeRule(t *testing.T) {
	for _, c := range []struct {
		mod, pub string
		before   bool
	}{
		{"2025-03-05T09:58:00+01:00", "2025-03-05T10:12:00+01:00", true}, // one zone: instants
		{"2025-03-05T09:58:00", "2025-03-05T10:12:00", true},             // neither zoned: the page's one zone
		{"2025-03-05T10:30:00+01:00", "2025-03-05T10:12:00+01:00", false},
		{"2025-03-05", "2025-03-05T10:12:00+01:00", false},                // no time, the same day
		{"2025-03-04", "2025-03-05T10:12:00+01:00", true},                 // no time, the day before
		{"2025-03-05T00:00:00", "2025-03-05T11:38:00", false},             // midnight: a CMS's date alone
		{"2025-03-04T00:00:00", "2025-03-05T11:38:00", true},              // a day before, at midnight
		{"2025-03-05T18:10:00+00:00", "2025-03-05T18:10:07-05:00", false}, // a UTC save stamp, the same day
		{"2025-03-05T09:00:00", "2025-03-05T10:12:00+01:00", false},       // one zoned, one not: the days
		{"2025-03-05T23:30:00+00:00", "2025-03-06T01:00:00+03:00", false}, // another zone, later as an instant
		{"2025-03-04T20:00:00+00:00", "2025-03-06T01:00:00+03:00", true},  // another zone, an earlier day and instant
		{"2025-03-05T10:00:00+00:00", "2025-03-05T10:30:00+01:00", false}, // 10:00 UTC is after 09:30 UTC
		{"2025-03-05T10:30:00", "2025-03-05T10:30:00", false},             // the same instant
		{"2025-03-04T23:00:00", "2025-03-05T10:00:00+02:00", true},        // one zoned: the day before
		{"2025-03-04T22:00:00-05:00", "2025-03-05T00:00:00Z", false},      // midnight in another zone: 03:00 UTC is after it
		{"2025-03-0x", "2025-03-05", false},                               // unreadable: by the bytes of the day
	} {
		if got := modifiedBefore(c.mod, c.pub); got != c.before {
			t.Errorf("modified %s, published %s: before %v, want %v", c.mod, c.pub, got, c.before)
		}
	}
}
