package htmldoc

import "strings"

// styleHides reports whether an inline style hides its element: whether
// its effective display is none or its effective visibility hidden, the
// declarations read as the cascade reads them: the last one of a property
// wins, except that an !important one wins over any plain one
// ("display:none; display:block" shows the element, "display:none
// !important; display:block" hides it).
func styleHides(style string) bool {
	s := strings.ToLower(style) // no copy when style has no capitals
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	var display, visibility styleValue
	for decl := range strings.SplitSeq(s, ";") {
		name, value, important, ok := cssDecl(decl)
		switch {
		case !ok:
		case name == "display":
			display.declare(value, important)
		case name == "visibility":
			visibility.declare(value, important)
		}
	}
	return display.value == "none" || visibility.value == "hidden"
}

// styleValue is a property's effective value in an inline style, as its
// declarations are read in order.
type styleValue struct {
	value     string
	important bool
}

// declare reads the property's next declaration: its value replaces the
// one so far unless that one is !important and this one is not.
func (v *styleValue) declare(value string, important bool) {
	if important || !v.important {
		v.value, v.important = value, important
	}
}

// cssDecl splits one declaration of a lower-cased inline style
// ("display : none !important") into its property's name and its value,
// both without spaces around them, and whether it is marked !important;
// ok is false when it has no colon.
func cssDecl(decl string) (name, value string, important, ok bool) {
	name, value, ok = strings.Cut(decl, ":")
	if !ok {
		return "", "", false, false
	}
	value = strings.TrimSpace(value)
	if v, cut := strings.CutSuffix(value, "important"); cut {
		if v, cut = strings.CutSuffix(strings.TrimSpace(v), "!"); cut {
			value, important = strings.TrimSpace(v), true
		}
	}
	return strings.TrimSpace(name), value, important, true
}
