package clean

import "bytes"

// rawPostDate finds a post's date under the keys that name it without
// "publi": Substack's state (`\"post_date\":\"2024-03-14T09:12:00.000Z\"`)
// and Parse.ly's page metadata (`&quot;pub_date&quot;:&quot;2024-03-14&quot;`
// in <meta name="parsely-page">). Anchored: tried where rawPostDateIndex
// finds a key's "_date". Group 1 is the ISO date, with its time when one
// follows.
var rawPostDate = lazyCompile(`^(?:\\*"|&quot;)(?:post_date|pub_date)(?:\\*"|&quot;)\s*:\s*(?:\\*"|&quot;)(\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?)`)

// rawPostDateIndex returns the submatch indexes of rawPostDate's first
// match in src (a key's opening quote, at most 6 bytes and a run of
// backslashes before its name), or nil.
func rawPostDateIndex(src []byte) []int {
	for from := 0; ; {
		i := bytes.Index(src[from:], []byte("_date"))
		if i < 0 {
			return nil
		}
		h := from + i
		from = h + 1
		if h < 3 {
			continue
		}
		// the key's name starts at h-4 ("post") or h-3 ("pub")
		for _, start := range [...]int{h - 4, h - 3} {
			if start < 1 {
				continue
			}
			lo := max(0, start-6)
			for lo > 0 && src[lo-1] == '\\' {
				lo--
			}
			for p := lo; p < start; p++ {
				if c := src[p]; c != '\\' && c != '"' && c != '&' {
					continue
				}
				if at := rawPostDate.FindSubmatchIndex(src[p:]); at != nil {
					for k := range at {
						at[k] += p
					}
					return at
				}
			}
		}
	}
}
