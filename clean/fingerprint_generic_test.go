package clean

import (
	"regexp"
	"testing"
)

// TestFingerprintsNotGeneric checks that no built-in rule's fingerprint
// matches a line that many sites print: a fingerprint credits its outlet,
// and applies the outlet's patterns, to every page no URL names that holds a
// matching line, so a date form or a menu word alone would claim pages of
// other sites.
func TestFingerprintsNotGeneric(t *testing.T) {
	generic := []string{
		"05.05.2025 | 14:30",
		"14.11.2024 | 17:08",
		"05.05.2025 14:30",
		"05/05/2025 14:30",
		"2025-05-05 14:30",
		"May 5, 2025",
		"5 May 2025, 14:30",
		"May 5, 2025 - 14:30",
		"14:30",
		"News",
		"More",
		"Home",
		"Latest news",
		"Read more",
		"Share",
		"Facebook",
		"Advertisement",
		"Politics",
	}
	for _, bf := range builtinFiles {
		for _, fp := range bf.rf.Fingerprints {
			re, err := regexp.Compile(fp)
			if err != nil {
				t.Fatalf("%s: fingerprint %q: %v", bf.file, fp, err)
			}
			for _, line := range generic {
				if re.MatchString(line) {
					t.Errorf("%s: fingerprint %q matches the generic line %q", bf.file, fp, line)
				}
			}
		}
	}
}
