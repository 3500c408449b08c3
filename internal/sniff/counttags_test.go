package sniff

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestCountTagsJumps compares CountTags, which jumps from '<' to '<', with
// countTagsBytes, the byte-by-byte loop it replaced, on random mixes of
// tags, broken tags and text.
func TestCountTagsJumps(t *testing.T) {
	pieces := []string{"<p>", "</div>", "<!-- c -->", "<!DOCTYPE html>", "<", ">", "<<b>", "< p>",
		"<1>", "text ", "a < b", "<!x", "<!-", "</", "\n", strings512()}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		var b bytes.Buffer
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		gotT, gotB := CountTags(b.Bytes())
		wantT, wantB := countTagsBytes(b.Bytes())
		if gotT != wantT || gotB != wantB {
			t.Fatalf("CountTags(%.80q) = %d, %d; want %d, %d", b.Bytes(), gotT, gotB, wantT, wantB)
		}
	}
}

// strings512 is a run of text longer than a tag may span.
func strings512() string { return "<a" + string(bytes.Repeat([]byte("x"), 520)) + ">" }

// countTagsBytes is CountTags as it read every byte.
func countTagsBytes(b []byte) (tags, tagBytes int) {
	for i := 0; i < len(b); i++ {
		if b[i] != '<' || i+1 >= len(b) {
			continue
		}
		j := i + 1
		if b[j] == '/' || b[j] == '!' {
			j++
		}
		if j >= len(b) || !(IsASCIILetter(b[j]) || (b[j] == '-' && b[j-1] == '!')) {
			continue
		}
		end := bytes.IndexByte(b[j:min(len(b), j+512)], '>')
		if end < 0 {
			continue
		}
		tags++
		tagBytes += j + end + 1 - i
		i = j + end
	}
	return tags, tagBytes
}
