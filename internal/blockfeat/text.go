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
	return TextShapesInto(nil, lines, sh, url)
}

// TextShapesInto is [TextShapes] writing the vectors into buf (cleared
// first; made anew when shorter than the page's), for a caller that reads
// page after page and keeps one buffer rather than a page's vectors (a
// quarter of the text path's allocated bytes) made for each. It returns
// the vectors, buf's first len(lines)*TextDim values when they fit.
func TextShapesInto(buf []float32, lines []string, sh []Shape, url string) []float32 {
	w := getTextWork() // the page's tables, kept between pages
	defer w.put(len(lines))
	return w.shapes(buf, lines, sh, url)
}

// shapes is TextShapesInto with the page's tables in w.
func (w *textWork) shapes(buf []float32, lines []string, sh []Shape, url string) []float32 {
	n := len(lines) * TextDim
	if cap(buf) < n {
		buf = make([]float32, n)
	} else {
		buf = buf[:n]
		clear(buf)
	}
	p := &w.page
	p.reset(lines, sh, nil)
	st := newSite(url, "", "")
	// menuRun[i]: the length of the run of short lines that end no
	// sentence (a menu, a tag list, a breadcrumb) holding line i.
	menuRun := reuse(&w.menuRun, len(lines))
	clear(menuRun) // a line in no run is written no run's length
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
	strict, lenient := reuse(&w.strict, len(lines)), reuse(&w.lenient, len(lines))
	localRunsIn(sh, strict, lenient, &w.runs)
	out := buf
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
