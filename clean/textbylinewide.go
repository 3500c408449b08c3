package clean

// maxHeadBylineBytes is the byte length over which the head's first pass
// ([Page.detectHead]) reads no line as a byline.
const maxHeadBylineBytes = 100

// wideWorldByline returns the names of a world byline ([worldBylineNames])
// that the head's first pass passed over for its length in bytes alone: a
// strip in a script of two or three bytes a letter ("रिपोर्ट: अमित त्रिपाठी |
// संपादन: नेहा सक्सेना", "เรื่อง: วิไลวรรณ ทองดี | ภาพ: ประเสริฐ แก้วมณี") is
// short to a reader's eye and longer than maxHeadBylineBytes. Nil for any
// other line, and for a line the first pass could read (it read or
// refused it there).
func wideWorldByline(s string) []string {
	if len(s) <= maxHeadBylineBytes || outLen(s, maxHeadBylineBytes) <= maxHeadBylineBytes {
		return nil
	}
	return worldBylineNames(s)
}
