package clean

// appendFields appends to dst the fields of s as strings.Fields splits it
// (runs of anything but unicode.IsSpace), and returns the extended slice.
// A caller that knows the count (fieldsAtMost) passes an array on its
// stack: strings.Fields allocated a slice for each of the tens of
// thousands of short lines a page's name tests split.
func appendFields(dst []string, s string) []string {
	from := -1 // the start of the field being read, or -1 between fields
	for i := 0; i < len(s); {
		sp, size := spaceAt(s, i)
		switch {
		case sp && from >= 0:
			dst, from = append(dst, s[from:i]), -1
		case !sp && from < 0:
			from = i
		}
		i += size
	}
	if from >= 0 {
		dst = append(dst, s[from:])
	}
	return dst
}
