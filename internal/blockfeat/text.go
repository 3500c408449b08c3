package blockfeat

import "strconv"

// textOwn is the number of features only text lines have.
const textOwn = 5 + vocabFeatures

// TextDim is the length of a text line's feature vector.
const TextDim = shapeFeatures + contextFeatures + shortHash + siteFeatures + leadHash + textOwn

var textOwnNames = [textOwn]string{"menu-run", "first-line", "last-line", "local-run", "local-run-lenient",
	vocabNames[0], vocabNames[1], vocabNames[2], vocabNames[3]}

// TextNames names the features of [Text], in order.
func TextNames() []string {
	out := make([]string, 0, TextDim)
	out = append(out, shapeNames[:]...)
	out = append(out, contextNames[:]...)
	out = appendHashNames(out, "short-word", shortHash)
	out = append(out, siteNames[:]...)
	out = appendHashNames(out, "lead-word", leadHash)
	return append(out, textOwnNames[:]...)
}

// Text returns the feature vectors of the lines of a flattened page (its
// non-blank lines, trimmed), TextDim floats per line, line after line. url
// is the page's address, "" when not known.
func Text(lines []string, url string) []float32 {
	return TextShapes(lines, Shapes(lines), url)
}

// Shapes returns the [ShapeOf] of each line.
func Shapes(lines []string) []Shape {
	sh := make([]Shape, len(lines))
	for i, l := range lines {
		sh[i] = ShapeOf(l)
	}
	return sh
}

// TextShapes is [Text] for a caller that has the lines' shapes already
// (sh[i] is ShapeOf(lines[i])) and needs them again: each line is scanned
// once.
func TextShapes(lines []string, sh []Shape, url string) []float32 {
	p := newPage(lines, sh, nil)
	st := newSite(url, "", "")
	// menuRun[i]: the length of the run of short lines that end no
	// sentence (a menu, a tag list, a breadcrumb) holding line i.
	menuRun := make([]int, len(lines))
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && menuLine(&sh[j]) {
			j++
		}
		for k := i; k < j; k++ {
			menuRun[k] = j - i
		}
		i = max(j, i+1)
	}
	strict, lenient := make([]float32, len(lines)), make([]float32, len(lines))
	localRuns(sh, strict, lenient)
	out := make([]float32, len(lines)*TextDim)
	for i := range lines {
		v := out[i*TextDim : (i+1)*TextDim]
		sh[i].put(v)
		p.putContext(i, v[shapeFeatures:])
		o := v[shapeFeatures+contextFeatures+shortHash+siteFeatures+leadHash:]
		st.putWords(lines[i], sh[i].Words, v[shapeFeatures+contextFeatures:shapeFeatures+contextFeatures+shortHash],
			v[shapeFeatures+contextFeatures+shortHash:], o[5:5+vocabFeatures])
		o[0] = log100.at(menuRun[i])
		o[1] = b2f(i == 0)
		o[2] = b2f(i == len(lines)-1)
		o[3], o[4] = strict[i], lenient[i]
	}
	return out
}

// menuLine reports whether a line is shaped like a menu item: a few words,
// no sentence end.
func menuLine(sh *Shape) bool { return sh.Words <= 5 && !sh.SentEnd }

// appendHashNames appends the names of n hashed features, prefix#0 to
// prefix#(n-1).
func appendHashNames(out []string, prefix string, n int) []string {
	for i := range n {
		out = append(out, prefix+"#"+strconv.Itoa(i))
	}
	return out
}
