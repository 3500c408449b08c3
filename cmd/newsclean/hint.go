package main

import (
	"errors"
	"strings"

	"github.com/newsclean/newsclean/batch"
)

// hints adds to a record's error line on stderr the flag that changes the
// outcome, the first time each kind of error is printed in a run: the
// record's own error text (its "error" field) is left as the contract
// gives it.
type hints struct{ given map[string]bool }

// after returns the hint to print after err's line, or "".
func (h *hints) after(err error) string {
	var flag, text string
	switch {
	case errors.Is(err, batch.ErrTimeout):
		flag, text = "-timeout", " (-timeout sets the budget per MB of a page; 0 for none)"
	case errors.Is(err, batch.ErrTooLarge) && strings.Contains(err.Error(), "non-blank lines"):
		// A text page of more lines than the line limit, whatever its bytes.
		flag, text = "-max-lines", " (-max-lines raises the limit; 0 for none)"
	case errors.Is(err, batch.ErrTooLarge):
		flag, text = "-max-bytes", " (-max-bytes raises the limit)"
	case errors.Is(err, batch.ErrNoFiles):
		flag, text = "walk", " (a directory walk takes files named "+strings.Join(batch.PageExts(), ", ")+", each also .gz; with -in text, html, jsonl or warc, files without an extension too)"
	case errors.Is(err, batch.ErrMalformed) && strings.Contains(err.Error(), "not a JSON object"):
		// A text file named .jsonl, or read with -in jsonl, gives one per line.
		flag, text = "jsonl", ` (each line of a JSONL input is one JSON object, {"id","url","text"|"html"}; -in text reads a file as one page)`
	case errors.Is(err, batch.ErrWARCMalformed) && strings.Contains(err.Error(), "not a WARC record"):
		// A file that is no archive at all, read as one (-in warc).
		flag, text = "-in", " (-in auto reads each input as what it holds)"
	default:
		return ""
	}
	if h.given[flag] {
		return ""
	}
	if h.given == nil {
		h.given = make(map[string]bool)
	}
	h.given[flag] = true
	return text
}
