package clean

// This file keeps the forms read anywhere off the paragraphs they cannot
// open: every paragraph at the head of every page is tried against every
// rule's anywhere forms, and most paragraphs open with a byte that none of
// a rule's forms starts with.

// anywhereStarts returns the union of the start bytes of the forms read
// anywhere among ds, or nil when one of them has no known start (it may
// open with any byte) or when none is read anywhere.
func anywhereStarts(ds []ruleDateline) *byteSet {
	var set byteSet
	any := false
	for i := range ds {
		if !ds[i].anywhere {
			continue
		}
		if ds[i].match.start == nil {
			return nil
		}
		for w := range set {
			set[w] |= ds[i].match.start[w]
		}
		any = true
	}
	if !any {
		return nil
	}
	return &set
}

// mayReadAnywhere reports whether one of r's forms read anywhere may read
// a dateline at the start of t: false when t is shorter than any dateline
// a rule's form reads, or opens with a byte no such form starts with
// (readDateline would try each form and turn each down).
func (r *Rule) mayReadAnywhere(t string) bool {
	if len(t) < minDatelineLen {
		return false
	}
	return r.anywhereStart == nil || r.anywhereStart.has(t[0])
}
