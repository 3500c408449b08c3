package batch

import (
	"bufio"
	"strings"

	"github.com/newsclean/newsclean/internal/textenc"
	"golang.org/x/text/transform"
)

// utf16JSONL recognises a JSONL input written in UTF-16 (with or without a
// byte-order mark), as Windows PowerShell's ">" and Out-File write it, and
// returns a reader of it decoded to UTF-8, to be read as JSONL. Without
// it, such a file in auto mode would be one text page whose body is the
// JSON lines, and with -in jsonl every line "not a JSON object". head is
// what br has peeked; sniff says the kind is to be judged (auto), else the
// caller forced jsonl. ok is false, and br untouched, for anything else.
func utf16JSONL(br *bufio.Reader, head []byte, sniff bool) (*bufio.Reader, bool) {
	if !isUTF16(head[:min(len(head), inputSniffBinary)]) {
		return nil, false
	}
	g, ok := textenc.Detect(string(head))
	if !ok || !strings.HasPrefix(g.Name, "utf-16") {
		return nil, false
	}
	if sniff {
		// The head decoded (a code unit cut at the window's end becomes
		// U+FFFD, after the first line's key): is it JSONL?
		text, err := g.Encoding.NewDecoder().Bytes(head[g.BOM:])
		if err != nil || jsonlSignal(text, false) != 1 {
			return nil, false
		}
	}
	if _, err := br.Discard(g.BOM); err != nil {
		return nil, false
	}
	return bufio.NewReaderSize(transform.NewReader(br, g.Encoding.NewDecoder()), bufferSize), true
}
