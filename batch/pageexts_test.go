package batch

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestPageExtsAreTheWalks: PageExts, which the CLI's help and callers
// read as the files a directory walk takes, is exactly those: a name with
// one of them is taken (with .gz too, in any case), a name with any other
// extension is not, and each gives a kind to break sniffing ties.
func TestPageExtsAreTheWalks(t *testing.T) {
	probes := append(PageExts(), ".jsonlines", ".json", ".md", ".css", ".jpg", ".xml", ".csv", ".js", ".warcz", ".htmlx")
	for _, ext := range probes {
		listed := slices.Contains(PageExts(), ext)
		for _, name := range []string{"page" + ext, "PAGE" + ext + ".gz"} {
			if got := IsPageFile(filepath.Join("crawl", name), KindAuto); got != listed {
				t.Errorf("a walk takes %s: %v; listed in PageExts: %v", name, got, listed)
			}
		}
		if listed && inputExt("page"+ext) == "" {
			t.Errorf("%s is listed but gives no kind", ext)
		}
	}
}
