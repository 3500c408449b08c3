package blockfeat

import "strings"

// siteFeatures is the number of features [site.put] writes; the hashed lead
// words follow them.
const (
	siteFeatures = 3
	leadHash     = 32
)

var siteNames = [siteFeatures]string{"names-site", "topic-share", "topic-words"}

// site is what a page says of itself beside its blocks: the names of the
// site (its address's registrable label, "nytimes" for www.nytimes.com, and
// its site name run together, "talkandroid" for "Talk Android") and the
// topic words of its address's path and its title. A block that names the
// site is more often a call to subscribe, a disclosure or a bio than story;
// a block that shares the topic's words more often story.
type site struct {
	names     [2]uint32 // FNV-1a of the names, 0 when absent
	topic     map[uint32]bool
	topicBits hashFilter // the topic's hashes
}

// newSite reads the site's names from url and siteName, and the topic words
// from url's path and title.
func newSite(url, siteName, title string) *site {
	s := &site{topic: map[uint32]bool{}}
	host, path := splitURL(url)
	if label := siteLabel(host); len(label) >= 4 {
		s.names[0] = hashString(label)
	}
	if key := runTogether(siteName); len(key) >= 4 {
		s.names[1] = hashString(key)
	}
	for _, t := range [2]string{path, title} {
		eachWord(t, func(h uint32, n int, digits bool) {
			if n >= 3 && !digits {
				s.topic[h] = true
				s.topicBits.add(h)
			}
		})
	}
	return s
}

// namesSite reports whether one word of text, or two or three in a row run
// together, is one of the site's names.
func (s *site) namesSite(text string) bool {
	const basis = 2166136261
	// run[j]: the hash of the words from the (j+1)-th last word start to
	// here, run together.
	var run [3]uint32
	active, in := 0, false
	for i := 0; i <= len(text); i++ {
		var c byte = ' '
		if i < len(text) {
			c = text[i]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 0x80 || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if !in {
				run[2], run[1], run[0] = run[1], run[0], basis
				active = min(active+1, 3)
				in = true
			}
			for j := range active {
				run[j] = (run[j] ^ uint32(c)) * 16777619
			}
			continue
		}
		if in {
			for j := range active {
				if run[j] == s.names[0] || run[j] == s.names[1] {
					return true
				}
			}
			in = false
		}
	}
	return false
}

// eachWord calls f with the FNV-1a hash of each ASCII-lower-cased word of
// s (runs of letters, digits and non-ASCII bytes), its length in bytes and
// whether it is all digits. One table look-up a byte (wordTable) tells a
// word's byte, its folded value and whether it is a digit.
func eachWord(s string, f func(h uint32, n int, digits bool)) {
	h, n, other := uint32(fnvBasis), 0, uint16(0)
	for i := 0; i < len(s); i++ {
		v := wordTable[s[i]]
		if v != 0 {
			h = (h ^ uint32(v&0xff)) * fnvPrime
			n++
			other |= v
			continue
		}
		if n > 0 {
			f(h, n, other&notDigit == 0)
			h, n, other = fnvBasis, 0, 0
		}
	}
	if n > 0 {
		f(h, n, other&notDigit == 0)
	}
}

// The FNV-1a constants, 32 bits.
const (
	fnvBasis = 2166136261
	fnvPrime = 16777619
)

// notDigit marks a word byte of wordTable that is not a digit.
const notDigit = 0x100

// wordTable maps a byte to 0 when it ends a word (ASCII but not a letter
// or digit), else to its value for the hash (an ASCII letter lower-cased)
// with notDigit set unless it is a digit.
var wordTable = func() (t [256]uint16) {
	for c := range t {
		b := byte(c)
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		switch {
		case '0' <= b && b <= '9':
			t[c] = uint16(b)
		case b >= 0x80 || 'a' <= b && b <= 'z':
			t[c] = uint16(b) | notDigit
		}
	}
	return t
}()

// splitURL returns the host of an absolute address and its path (without
// query or fragment); "" for what is not one.
func splitURL(url string) (host, path string) {
	i := strings.Index(url, "://")
	if i < 0 {
		return "", ""
	}
	rest := url[i+3:]
	if j := strings.IndexAny(rest, "?#"); j >= 0 {
		rest = rest[:j]
	}
	host, path, _ = strings.Cut(rest, "/")
	if j := strings.LastIndexByte(host, ':'); j >= 0 {
		host = host[:j]
	}
	return strings.ToLower(host), path
}

// siteLabel returns the label of host before its public suffix, taken as
// the last label, or the last two when the one before the last has at most
// three letters (co.uk, com.au): "indiatimes" for
// timesofindia.indiatimes.com.
func siteLabel(host string) string {
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return ""
	}
	labels = labels[:len(labels)-1]
	if len(labels) >= 2 && len(labels[len(labels)-1]) <= 3 {
		labels = labels[:len(labels)-1]
	}
	return runTogether(labels[len(labels)-1])
}

// runTogether returns the ASCII-lower-cased letters, digits and non-ASCII
// bytes of s, the rest dropped: "talkandroid" for "Talk Android".
func runTogether(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 0x80 || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			b.WriteByte(c)
		}
	}
	return b.String()
}
