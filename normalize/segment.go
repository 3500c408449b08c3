package normalize

import (
	"bytes"
	"slices"
	"unicode/utf8"
	"unsafe"
)

// This file runs the layers over one segment of text: a line, or a piece
// of a very long line.

// maxSegment bounds a segment: a line longer than this is cut at the first
// single space between two visible ASCII characters after it (and, failing
// that, at harder cut points). Names spanning such a cut are not matched.
const maxSegment = 64 << 10

func visible(b byte) bool { return 0x21 <= b && b <= 0x7E }

// cut returns the length of the first segment of b, a text that starts at
// a segment start. ok is false if more input is needed to decide (only
// when !atEOF). The rule depends only on the bytes up to the cut and a
// few after it, so a stream and a whole string are cut alike. from is how
// much of b an earlier call already scanned without finding a cut.
func cut(b []byte, atEOF bool, limit, from int) (n int, ok bool) {
	if from < limit {
		if i := bytes.IndexByte(b[from:min(len(b), limit)], '\n'); i >= 0 {
			return from + i + 1, true
		}
	}
	for p := max(limit, from-1); ; p++ {
		if p >= len(b) {
			if atEOF {
				return len(b), true
			}
			return 0, false
		}
		c := b[p]
		if c == '\n' {
			return p + 1, true
		}
		switch {
		case p < 2*limit:
			if c == ' ' && visible(b[p-1]) {
				if p+1 >= len(b) {
					if atEOF {
						return len(b), true
					}
					return 0, false
				}
				if visible(b[p+1]) {
					return p, true
				}
			}
		case p < 3*limit:
			if visible(c) {
				return p, true
			}
		default:
			if utf8.RuneStart(c) || (!utf8.RuneStart(b[p-1]) && !utf8.RuneStart(b[p-2]) && !utf8.RuneStart(b[p-3])) {
				return p, true
			}
		}
	}
}

// scratch holds buffers reused across the segments of one call.
type scratch struct {
	out    []byte // the output as run builds it, copied out at the end (see keepOut)
	clean  []byte
	names  [2][]byte // the name passes write to these in turn
	ms     []match
	whole  []match   // the matches of a run of plain lines (see runWhole)
	edits  []edit    // the clean-up's edits
	nfc    []edit    // the clean-up's composed with NFC's
	nedits [2][]edit // the name passes' edits, in turn like names
	all    []edit    // the clean-up's composed with the names'
	flags  []match
	rec    recorder
	lanes  textLanes // the bitmaps of the text of runWhole
}

// recorder collects the changes of one call as offsets, without pointers;
// fill turns them into Changes whose strings are substrings of the input
// and of the output, so that recording costs no allocation per change.
type recorder struct {
	raw     []ChangeSpan
	outBase int // where the current segment's output starts in the output
}

// add records a change: fromLen bytes of the input at off (-1: From is To)
// became the current segment's output from ts to te.
func (r *recorder) add(off, fromLen, ts, te int, layer layerID) {
	r.raw = append(r.raw, ChangeSpan{off, fromLen, r.outBase + ts, r.outBase + te, layer})
}

// fill returns the changes, with From and To taken from in and out.
func (r *recorder) fill(in, out string) []Change {
	if len(r.raw) == 0 {
		return nil
	}
	changes := make([]Change, len(r.raw))
	for i, c := range r.raw {
		changes[i] = c.Change(in, out)
	}
	return changes
}

// fillBytes is fill for byte slices, which the caller may change later:
// the From and To strings are copied, all of them into one string, where
// converting the whole input and output would copy both texts.
func (r *recorder) fillBytes(in, out []byte) []Change {
	if len(r.raw) == 0 {
		return nil
	}
	size := 0
	for _, c := range r.raw {
		size += c.ToEnd - c.ToStart + max(c.FromLen, 0)
	}
	buf := make([]byte, 0, size)
	for _, c := range r.raw {
		buf = append(buf, out[c.ToStart:c.ToEnd]...)
		if c.FromLen >= 0 {
			buf = append(buf, in[c.Offset:c.Offset+c.FromLen]...)
		}
	}
	text := unsafe.String(unsafe.SliceData(buf), len(buf)) // buf is not written again
	changes := make([]Change, len(r.raw))
	at := 0
	for i, c := range r.raw {
		to := text[at : at+c.ToEnd-c.ToStart]
		at += len(to)
		from := to
		if c.FromLen >= 0 {
			from = text[at : at+c.FromLen]
			at += c.FromLen
		}
		changes[i] = Change{Offset: c.Offset, From: from, To: to, Layer: layerNames[c.layer]}
	}
	return changes
}

// segment normalises seg. It returns the output (which may alias seg or
// scratch) and whether it differs from seg; if rec is not nil it records
// the changes, with input offsets moved by base.
func (n *Normalizer) segment(s *scratch, seg []byte, st *segState, final bool, base int, rec *recorder) ([]byte, bool) {
	if !n.straight && plainLine(seg, st) {
		// The clean-up leaves the line as it is, and leaves the state as
		// a line end does; only names can change it.
		st.midLine, st.armenian = false, false
		if n.tab == nil {
			return seg, false
		}
		if s.ms = n.scan(seg, s.ms[:0]); len(s.ms) == 0 {
			return seg, false
		}
		return n.nameSegment(s, seg, nil, true, base, rec)
	}
	if k := indentedLine(seg, st); k > 0 && !n.straight {
		// The clean-up would only remove the indentation (in place: the
		// output is the rest of the line) and leave the state as a line
		// end does.
		st.midLine, st.armenian = false, false
		s.edits = append(s.edits[:0], edit{os: 0, oe: k, ns: 0, ne: 0, layer: idUnicode})
		return n.nameSegment(s, seg[k:], s.edits, false, base, rec)
	}
	return n.cleanSegment(s, seg, st, final, base, rec)
}

// cleanSegment is segment by the character clean-up, without its
// shortcuts for a plain or only indented line: for a line that runWhole
// knows to hold a stop (where the shortcuts find nothing to skip, or give
// what the clean-up gives).
func (n *Normalizer) cleanSegment(s *scratch, seg []byte, st *segState, final bool, base int, rec *recorder) ([]byte, bool) {
	t, edits, needNFC := n.cleanChars(seg, st, final, s.clean[:0], s.edits[:0])
	if len(edits) > 0 {
		s.clean = t[:0]
		s.edits = edits[:0]
	}
	if needNFC {
		t2, e2 := nfc(t)
		t = t2
		if len(edits) > 0 && len(e2) > 0 {
			edits = compose(s.nfc[:0], edits, e2)
			s.nfc = edits[:0]
		} else {
			edits = compose(nil, edits, e2)
		}
	}
	return n.nameSegment(s, t, edits, false, base, rec)
}

// plainLine reports whether the clean-up would pass over all of seg, a
// segment in state st, without a change: it is a whole line of ordinary
// ASCII and single spaces inside the line, ending with its line feed.
func plainLine(seg []byte, st *segState) bool {
	k := len(seg) - 1
	return k >= 0 && seg[k] == '\n' && skipPlain(seg, 0, st.midLine) == k // the line feed stops it
}

// indentedLine returns how many leading spaces and tabs of seg, a segment
// in state st, the clean-up would remove, if that is all it would change:
// seg starts a line, and after those blanks it is a plain line (see
// plainLine). Otherwise it returns 0.
func indentedLine(seg []byte, st *segState) int {
	if st.midLine {
		return 0
	}
	k := 0
	for k < len(seg) && (seg[k] == ' ' || seg[k] == '\t') {
		k++
	}
	if k == 0 || !plainLine(seg[k:], st) {
		return 0
	}
	return k
}

// nameSegment runs the name layers over t, the cleaned segment, whose
// clean-up made edits; scanned says that s.ms already holds the matches
// in t. It returns what segment returns.
func (n *Normalizer) nameSegment(s *scratch, t []byte, edits []edit, scanned bool, base int, rec *recorder) ([]byte, bool) {
	var flags []match // positions in the final text
	if n.tab != nil {
		var nameEdits []edit
		// Rewriting can make a longer name that starts earlier ("NAGORNY
		// KARABAH" -> "NAGORNY KARABAKH"), so run to a fixed point.
		for pass := 0; ; pass++ {
			if pass > 0 || !scanned {
				s.ms = n.scan(t, s.ms[:0])
			}
			if len(s.ms) == 0 || !n.straight && !n.tab.anyLive(t, s.ms) {
				flags = nil // names would leave t as it is (see live)
				break
			}
			// A pass reads the text the pass before wrote, so passes
			// write to the two buffers in turn; their edits likewise.
			t3, e3, f := n.names(t, s.ms, s.names[pass%2][:0], s.nedits[pass%2][:0], s.flags[:0])
			flags = f
			if cap(f) > 0 {
				s.flags = f[:0]
			}
			if len(e3) == 0 || pass == 4 {
				break
			}
			s.names[pass%2] = t3[:0]
			s.nedits[pass%2] = e3[:0]
			settled := pass == 0 && !n.straight && n.tab.settled(t, s.ms, t3, e3)
			t = t3
			// A later pass (rare) composes into fresh memory: the
			// buffers of the passes are written again.
			nameEdits = compose(nil, nameEdits, e3)
			if settled {
				break // a second pass would change nothing (see settled)
			}
		}
		if len(edits) > 0 && len(nameEdits) > 0 {
			edits = compose(s.all[:0], edits, nameEdits)
			s.all = edits[:0]
		} else {
			edits = compose(nil, edits, nameEdits)
		}
	}
	if rec != nil {
		fi := 0
		for _, e := range edits {
			for ; fi < len(flags) && flags[fi].start < e.ns; fi++ {
				addFlag(rec, edits, flags[fi], base)
			}
			rec.add(base+e.os, e.oe-e.os, e.ns, e.ne, e.layer)
		}
		for ; fi < len(flags); fi++ {
			addFlag(rec, edits, flags[fi], base)
		}
	}
	return t, len(edits) > 0
}

// addFlag records a flagged term found at f in the output, at its input
// offset.
func addFlag(rec *recorder, edits []edit, f match, base int) {
	in := f.start
	for _, e := range edits {
		if e.ne <= f.start {
			in -= (e.ne - e.ns) - (e.oe - e.os)
		}
	}
	rec.add(base+in, -1, f.start, f.end, idFlag)
}

// names decides which matches in t to rewrite. It returns the rewritten
// text, the edits, and the flagged matches, written to the memory of buf,
// edits and flags.
func (n *Normalizer) names(t []byte, ms []match, buf []byte, edits []edit, flags []match) ([]byte, []edit, []match) {
	entries := n.tab.entries
	out := buf
	done := 0
	skipNext := false
	var regionBuf [8]string
	regions, regionsDone := regionBuf[:0], false
	for k := range ms {
		m := ms[k]
		if skipNext {
			skipNext = false
			continue
		}
		e := &entries[m.entry]
		if e.layer == LayerFlag {
			flags = append(flags, m)
			continue
		}
		if e.layer == "" {
			continue
		}
		if k+1 < len(ms) && isDistinctPair(e, &entries[ms[k+1].entry]) && isGloss(t, m, ms[k+1]) {
			skipNext = true // "Khankendi (Stepanakert)": leave both
			continue
		}
		// Not live: src is the target's spelling already.
		if !n.tab.matchLive(t, &ms[k]) {
			continue
		}
		src := t[m.start:m.end]
		if e.club && isFootball(t, m) {
			continue // "Qarabag beat Ajax": the club, not the region
		}
		if isAmbiguous(e, src) {
			if !regionsDone {
				regions, regionsDone = contextRegions(t, entries, ms, regions[:0]), true
			}
			if !slices.Contains(regions, e.region) {
				continue
			}
		}
		// applyCase returns target's bytes, never src's: src is read in place.
		repl := applyCaseTo(unsafe.String(unsafe.SliceData(src), len(src)), e.target, e.targetCap)
		out = append(out, t[done:m.start]...)
		ns := len(out)
		out = append(out, repl...)
		edits = append(edits, edit{os: m.start, oe: m.end, ns: ns, ne: len(out), layer: idOf(e.layer)})
		done = m.end
	}
	if (len(edits) > 0 || len(flags) > 0) && !looksEnglish(t) {
		return t, nil, nil
	}
	if len(edits) == 0 {
		return t, nil, flags
	}
	return append(out, t[done:]...), edits, flags
}

// isDistinctPair reports whether a and b are two politically distinct (or
// historical) names of one place, such as Khankendi and Stepanakert: the
// only pairs the gloss guard protects. Two spellings of one name
// ("Nakhichevan (Nakhchivan)", "Karabakh and Garabagh") are not such a
// pair, so the variant is rewritten even though it gives "X (X)".
func isDistinctPair(a, b *entry) bool {
	return a.place == b.place && a.name != b.name
}

// isGloss reports whether a and b, two distinct names of one
// place, gloss each other: "a (b)", "a/b", "a, known to Armenians as b",
// "a and b are two names": the second follows within 40 bytes of the same
// sentence.
// Rewriting either would give "X (X)", so both are left alone.
func isGloss(t []byte, a, b match) bool {
	between := t[a.end:b.start]
	if len(between) > 40 || sameSpelling(string(t[a.start:a.end]), string(t[b.start:b.end])) {
		return false // "Garabagh ... Garabagh" glosses nothing
	}
	return !bytes.ContainsAny(between, ".;!?") || string(between) == ". "
}

// isAmbiguous reports whether src, a match of e, is spelled like one of
// e's ambiguous spellings (Susa is, Şuşa is not).
func isAmbiguous(e *entry, src []byte) bool {
	for _, a := range e.ambiguous {
		if sameSpelling(string(src), a) {
			return true
		}
	}
	return false
}

// contextRegions returns the regions of the unambiguous names in ms.
func contextRegions(t []byte, entries []entry, ms []match, buf []string) []string {
	for _, m := range ms {
		e := &entries[m.entry]
		if !isAmbiguous(e, t[m.start:m.end]) && e.layer != LayerFlag && e.region != "" && !slices.Contains(buf, e.region) {
			buf = append(buf, e.region)
		}
	}
	return buf
}
