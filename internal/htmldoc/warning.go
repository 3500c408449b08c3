package htmldoc

import "fmt"

// WarningKind says what sort of best-effort decision a [Warning] reports.
// The values are stable: package clean publishes them unchanged as its
// Warning.Kind, and callers may switch on them.
type WarningKind string

// The kinds of [Warning].
const (
	// WarnInvalidUTF8: bytes that are not valid in the page's encoding
	// were replaced by U+FFFD.
	WarnInvalidUTF8 WarningKind = "invalid-utf8"
	// WarnCharset: a declared charset was decoded, ignored (the bytes were
	// valid UTF-8) or not known (UTF-8 was assumed).
	WarnCharset WarningKind = "charset"
	// WarnDeepNesting: nesting deeper than Limits.MaxDepth, or than the
	// HTML parser accepts, was flattened; the text is kept.
	WarnDeepNesting WarningKind = "deep-nesting"
	// WarnBlockLimit: blocks past Limits.MaxBlocks were dropped.
	WarnBlockLimit WarningKind = "block-limit"
	// WarnJSONLD: a JSON-LD script did not parse; it was skipped or read
	// by pattern.
	WarnJSONLD WarningKind = "json-ld"
	// WarnNoText: the page has no visible text.
	WarnNoText WarningKind = "no-text"
	// WarnHTML: any other repair of the markup. Parse emits none today;
	// the kind is there so that a new one has a stable name to fall back
	// on.
	WarnHTML WarningKind = "html"
)

// Warning is one best-effort decision taken on a page, such as a charset
// decoded or invalid UTF-8 replaced.
type Warning struct {
	// Kind is stable; see [WarningKind].
	Kind WarningKind
	// Detail says what happened, for people and logs, such as "charset
	// windows-1251 decoded" or "invalid UTF-8 replaced by U+FFFD (3 bytes)". Its
	// wording is not an API.
	Detail string
}

// maxWarnings is the most warnings kept for one page.
const maxWarnings = 32

// warnings collects Doc.Warnings for one call.
type warnings struct{ list []Warning }

// addf adds a warning of the kind, its detail formatted as fmt.Sprintf
// does; past maxWarnings it adds nothing.
func (w *warnings) addf(kind WarningKind, format string, args ...any) {
	if len(w.list) >= maxWarnings {
		return
	}
	w.list = append(w.list, Warning{Kind: kind, Detail: fmt.Sprintf(format, args...)})
}
