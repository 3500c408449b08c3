package clean

// This file keeps the forms read anywhere off the paragraphs they cannot
// open: every paragraph at the head of every page is tried against every
// rule's anywhere forms, and most paragraphs open with a byte that none of
// a rule's forms starts with, or hold none of the agencies' names the
// forms require ("AZERTAC", "Mediamax").

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

// anywhereLiterals returns the set of the literals that the forms read
// anywhere require (their pattern's lit, which readDateline looks for in a
// paragraph's head before it tries the form), of the rules whose every
// such form requires one of at least three bytes, and which of the rules
// those are (byLit[k] for rules[k]). A head that holds none of the
// literals is read by no form of those rules: parseOneDateline then passes
// them over after one scan of the head, where each would look for its
// own literals. The set is nil when no rule qualifies.
func anywhereLiterals(rules []*Rule) (lits *literalSet, byLit []bool) {
	var all []string
	byLit = make([]bool, len(rules))
	for k, r := range rules {
		var own []string
		byLit[k] = true
		for i := range r.datelines {
			d := &r.datelines[i]
			if !d.anywhere {
				continue
			}
			if len(d.match.lit) < 3 {
				byLit[k] = false
				break
			}
			own = append(own, d.match.lit)
		}
		if byLit[k] {
			all = append(all, own...)
		}
	}
	if len(all) == 0 {
		return nil, make([]bool, len(rules))
	}
	return newLiteralSet(all...), byLit
}

// anywhereHeadLits tells, once per paragraph, whether its head holds one of
// the rule set's anywhere literals (see anywhereLiterals).
type anywhereHeadLits struct {
	known, holds bool
}

// passOver reports whether the anywhere rule rules.anywhere[k] reads no
// dateline at the start of t, by the literals its forms require.
func (h *anywhereHeadLits) passOver(rules *RuleSet, k int, t string) bool {
	if !rules.byLit[k] {
		return false
	}
	if !h.known {
		h.known, h.holds = true, rules.anywhereLits.holdsAny(headBytes(t, maxDatelineHead))
	}
	return !h.holds
}
