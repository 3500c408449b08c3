package extract

import "strings"

// notEmails reads the metadata's names that hold an email address and a
// name as the name: "Jane Doe <jdoe@example.com>" and the feeds'
// "jdoe@example.com (Jane Doe)" give "Jane Doe". An address alone
// ("jdoe@example.com") is kept: it is what the page gives for its writer,
// and WCXB's gold keeps it so (a train page's meta author). A name
// without an "@" is kept as it is (a handle's "@" is [notAtHandles]'s).
func notEmails(names []string) []string {
	out := names[:0:0]
	for _, n := range names {
		if strings.IndexByte(n, '@') >= 0 {
			n = emailName(strings.TrimSpace(n))
		}
		out = append(out, n)
	}
	return out
}

// emailName returns the name that n, a name that holds an "@", prints
// beside an email address ("Jane Doe <jdoe@example.com>",
// "jdoe@example.com (Jane Doe)"); n itself otherwise ("jdoe@example.com",
// "@janedoe", "Jane @ Acme").
func emailName(n string) string {
	if before, after, ok := strings.Cut(n, "<"); ok && strings.HasSuffix(after, ">") && isEmail(after[:len(after)-1]) {
		if name := strings.TrimSpace(before); name != "" {
			return name
		}
	}
	if addr, after, ok := strings.Cut(n, " ("); ok && strings.HasSuffix(after, ")") && isEmail(addr) {
		if name := strings.TrimSpace(after[:len(after)-1]); name != "" {
			return name
		}
	}
	return n
}

// isEmail reports whether s is an email address alone: one "@" with a
// local part before it and a dotted domain after it, no blank anywhere.
func isEmail(s string) bool {
	s = strings.TrimPrefix(s, "mailto:")
	local, domain, ok := strings.Cut(s, "@")
	return ok && local != "" && strings.IndexByte(domain, '@') < 0 && strings.IndexByte(domain, '.') > 0 &&
		!strings.HasSuffix(domain, ".") && strings.IndexByte(s, ' ') < 0
}
