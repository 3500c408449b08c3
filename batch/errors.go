package batch

import (
	"errors"
	"fmt"
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// Errors for input that cannot be cleaned, carried in Record.Err and
// Result.Err. Each matches package clean's error of the same name too, both
// ways: a record the reader rejects as empty matches clean.ErrEmpty, and a
// page the cleaner rejects as empty (an HTML page with no text) matches
// ErrEmpty, so one errors.Is test serves either.
var (
	ErrEmpty    error = &twinError{"empty input", clean.ErrEmpty}
	ErrBinary   error = &twinError{"binary data", clean.ErrBinary}
	ErrTooLarge error = &twinError{"input too large", clean.ErrTooLarge}
)

// ErrMalformed is a JSONL line the reader cannot take a page from: not a
// JSON object, malformed JSON, a field of the wrong type, or no page field.
// Its record's error text says which.
var ErrMalformed = errors.New("malformed JSONL record")

// malformed returns err, which says what is wrong with a JSONL line, so
// that it also matches ErrMalformed; its text is err's.
func malformed(err error) error { return &matchedError{err: err, also: ErrMalformed} }

// warcMalformed returns err, which says what is wrong with a WARC record,
// so that it also matches ErrWARCMalformed; its text is err's.
func warcMalformed(err error) error { return &matchedError{err: err, also: ErrWARCMalformed} }

// twinError is a sentinel of this package that also matches its twin in
// package clean, so that a caller tests one value whether the reader or
// the cleaner rejected the record. Its text is the package's own.
type twinError struct {
	msg  string
	twin error
}

func (e *twinError) Error() string { return e.msg }

// Is reports whether target is the twin in package clean.
func (e *twinError) Is(target error) bool { return target == e.twin }

// twinOf returns err, from the cleaner, so that it also matches this
// package's sentinel twin of the clean error it wraps. Its text is err's
// without package clean's "clean: " prefix, so that it begins as the
// reader's error for the same fault does ("empty input", "binary data",
// "input too large"): a pipeline that counts error records by their text
// sees one cause, whichever stage found it. Other errors are returned as
// they are.
func twinOf(err error) error {
	for _, t := range [...]error{ErrEmpty, ErrBinary, ErrTooLarge} {
		if errors.Is(err, t.(*twinError).twin) {
			return &matchedError{err, t, strings.TrimPrefix(err.Error(), "clean: ")}
		}
	}
	return err
}

// matchedError is an error that also matches one of this package's
// sentinels; msg, when set, is its text instead of err's.
type matchedError struct {
	err  error
	also error
	msg  string
}

func (e *matchedError) Error() string {
	if e.msg != "" {
		return e.msg
	}
	return e.err.Error()
}
func (e *matchedError) Unwrap() error        { return e.err }
func (e *matchedError) Is(target error) bool { return target == e.also }

// internalError is the error of a record whose cleaning panicked with p.
func internalError(p any) error {
	return fmt.Errorf("%w (a bug, please report it): %v", ErrInternal, p)
}
