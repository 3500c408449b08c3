package clean

import (
	"strings"

	"golang.org/x/net/publicsuffix"
)

// The owner of a personal site named in its header, on flattened text: a
// blog whose posts carry no byline prints its owner's name as the site's
// name on one of the page's first lines ("Jane Doe" over the menu), on an
// address that spells part of that name rather than all of it (hostOwnerAt
// reads the whole): the forename ("jane.dev"), the surname ("doe.co"), the
// forename and the surname's initial ("janed.dev"), the forename's initial
// and the surname ("jdoe.net"), or a subdomain of a shared host
// ("jane.example.org"). The header's name and the address together, with a
// story told as one person's ([writesAsI]), name the writer; a firm named
// after its founder speaks as "we".

// minHeaderOwnerPart is the fewest letters a host label spelling one word
// of the name must have: "anil" is a forename, "jo" is too short to say.
const minHeaderOwnerPart = 4

// headerOwnerAt returns the index of the header line that gives the site
// owner's name and the name, or -1 and "": one of the first headerLines
// lines above headline t is a person's name alone (perhaps with a
// separator after it: "Jane Doe //"), none of whose words the page writes
// in lower case, with no word in capitals only ([capsWord]) and no
// organisation's word; a label of the page's host spells part of it
// ([spellsPart]); and the story speaks as one person ([writesAsI]).
func (p *Page) headerOwnerAt(t int, lw *lowerWords) (int, string) {
	labels := hostLabels(hostOf(p.in.url))
	if t < 0 || len(labels) == 0 || !writesAsI(p.blocks) {
		return -1, ""
	}
	for i := 0; i < t && i < headerLines; i++ {
		if !p.dropped(i) {
			continue
		}
		n := strings.TrimRight(strings.TrimSpace(p.blocks[i].Text), " /|•·-–—:")
		if !personShaped(n) || !strings.Contains(n, " ") || capsWord(n) || notPersonWords(n) || notAuthorName(n) || p.writesLower(n, lw) {
			continue
		}
		for _, l := range labels {
			if spellsPart(l, n) {
				return i, n
			}
		}
	}
	return -1, ""
}

// hostLabels returns a host's labels that may spell its owner's name,
// squashed ([squash]): the one before the public suffix ("janed" of
// "www.janed.dev") and, on a host under a subdomain other than "www" or
// "blog", the subdomain's first label ("jane" of "jane.example.org"); nil
// when the suffix is not known.
func hostLabels(host string) []string {
	host = strings.ToLower(host)
	site, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return nil
	}
	main, _, _ := strings.Cut(site, ".")
	labels := []string{squash(main)}
	if sub := strings.TrimSuffix(strings.TrimSuffix(host, site), "."); sub != "" && sub != "www" && sub != "blog" {
		first, _, _ := strings.Cut(sub, ".")
		labels = append(labels, squash(first))
	}
	return labels
}

// spellsPart reports whether a host label spells a person's name of two
// or three words in part or whole: the first or the last word alone (each
// of minHeaderOwnerPart letters or more), the first and the last whole,
// the first and the last's initial, or the first's initial and the last.
func spellsPart(label, name string) bool {
	w := strings.Fields(name)
	first, last := squash(w[0]), squash(w[len(w)-1])
	if first == "" || last == "" || label == "" {
		return false
	}
	switch label {
	case first, last:
		return len(label) >= minHeaderOwnerPart
	case first + last, first + last[:1], first[:1] + last:
		return true
	}
	return false
}
