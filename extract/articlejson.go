package extract

import (
	"strconv"

	"github.com/newsclean/newsclean/clean"
)

// AppendJSON appends the article's JSON form to b: the very bytes
// json.Marshal gives for it (compact, with HTML-sensitive characters
// escaped), written field by field without reflection. A batch encodes
// one article per page, and encoding/json's reflection was a twentieth of
// the CLI's time on text pages.
func (a *Article) AppendJSON(b []byte) []byte {
	j := jsonBuf{b: b}
	j.open()
	j.str("id", a.ID)
	j.str("url", a.URL)
	j.str("canonical", a.Canonical)
	j.str("title", a.Title)
	j.str("kicker", a.Kicker)
	j.str("deck", a.Deck)
	j.str("description", a.Description)
	j.str("section", a.Section)
	j.strs("authors", a.Authors)
	if a.Outlet != nil {
		j.key("outlet")
		j.outlet(a.Outlet)
	}
	if a.Dateline != nil {
		j.key("dateline")
		j.dateline(a.Dateline)
	}
	j.str("published", a.Published)
	j.str("published_from", a.PublishedFrom)
	j.str("modified", a.Modified)
	j.str("source", a.Source)
	j.str("language", a.Language)
	j.strs("tags", a.Tags)
	j.bodyList(a.Body)
	if len(a.Blocks) > 0 {
		j.key("blocks")
		j.blocks(a.Blocks)
	}
	if len(a.Images) > 0 {
		j.key("images")
		j.list(len(a.Images), func(i int) { j.image(&a.Images[i]) })
	}
	j.strs("comments", a.Comments)
	if len(a.Removed) > 0 {
		j.key("removed")
		j.list(len(a.Removed), func(i int) { j.removed(&a.Removed[i]) })
	}
	if len(a.Replacements) > 0 {
		j.key("replacements")
		j.list(len(a.Replacements), func(i int) { j.replacement(&a.Replacements[i]) })
	}
	if len(a.Warnings) > 0 {
		j.key("warnings")
		j.list(len(a.Warnings), func(i int) { j.warning(&a.Warnings[i]) })
	}
	j.close()
	return j.b
}

// jsonBuf writes JSON objects: more says whether the object being
// written has a member already (a comma goes before the next).
type jsonBuf struct {
	b    []byte
	more bool
	body bodyMemo
}

// maxBodyMemo is how many body paragraphs bodyMemo remembers.
const maxBodyMemo = 64

// bodyMemo remembers where the article's body paragraphs were written in
// the buffer: the blocks that follow hold the same texts (a paragraph
// block's text is its body string), and a text met again is copied as
// written instead of escaped a second time. The blocks come in the body's
// order, so each text is compared with the next few paragraphs only.
type bodyMemo struct {
	texts    []string         // the body's first paragraphs, as written
	from, to [maxBodyMemo]int // body string i's JSON is b[from[i]:to[i]]
	next     int              // the paragraph the next block most likely holds
}

// bodyList writes the "body" member (as strs does), noting where each of
// its first maxBodyMemo strings went.
func (j *jsonBuf) bodyList(ss []string) {
	if len(ss) == 0 {
		return
	}
	j.key("body")
	j.b = append(j.b, '[')
	for i, s := range ss {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		from := len(j.b)
		j.b = appendJSONString(j.b, s)
		if i < maxBodyMemo {
			j.body.from[i], j.body.to[i] = from, len(j.b)
		}
	}
	j.b = append(j.b, ']')
	j.body.texts = ss[:min(len(ss), maxBodyMemo)]
}

// bodyLook is how many paragraphs from the expected one a block's text is
// looked for among: a few headings or lists between paragraphs do not
// lose the thread, and the search stays linear.
const bodyLook = 4

// text appends s as a JSON string: copied from where the body wrote it
// when it is one of the next body paragraphs, else escaped.
func (j *jsonBuf) text(s string) {
	m := &j.body
	for k := m.next; k < len(m.texts) && k < m.next+bodyLook; k++ {
		if len(m.texts[k]) == len(s) && m.texts[k] == s {
			m.next = k + 1
			j.b = append(j.b, j.b[m.from[k]:m.to[k]]...)
			return
		}
	}
	j.b = appendJSONString(j.b, s)
}

// open starts an object; its first member gets no comma.
func (j *jsonBuf) open() { j.b, j.more = append(j.b, '{'), false }

// close ends an object, which is a value the next member follows with a
// comma.
func (j *jsonBuf) close() { j.b, j.more = append(j.b, '}'), true }

// key writes a member's name (plain ASCII) and the colon.
func (j *jsonBuf) key(name string) {
	if j.more {
		j.b = append(j.b, ',')
	}
	j.more = true
	j.b = append(j.b, '"')
	j.b = append(j.b, name...)
	j.b = append(j.b, '"', ':')
}

// str writes a string member, left out when empty (omitempty).
func (j *jsonBuf) str(name, s string) {
	if s != "" {
		j.key(name)
		j.b = appendJSONString(j.b, s)
	}
}

// strAlways writes a string member, empty or not.
func (j *jsonBuf) strAlways(name, s string) {
	j.key(name)
	j.b = appendJSONString(j.b, s)
}

// num writes an int member.
func (j *jsonBuf) num(name string, n int) {
	j.key(name)
	j.b = strconv.AppendInt(j.b, int64(n), 10)
}

// numOmit writes an int member, left out when zero (omitempty).
func (j *jsonBuf) numOmit(name string, n int) {
	if n != 0 {
		j.num(name, n)
	}
}

// flag writes a bool member, left out when false (omitempty).
func (j *jsonBuf) flag(name string, on bool) {
	if on {
		j.key(name)
		j.b = append(j.b, "true"...)
	}
}

// strs writes a list of strings, left out when empty (omitempty).
func (j *jsonBuf) strs(name string, ss []string) {
	if len(ss) > 0 {
		j.key(name)
		j.strList(ss)
	}
}

// strList writes a list of strings; nil is null, as encoding/json has it.
func (j *jsonBuf) strList(ss []string) {
	if ss == nil {
		j.b = append(j.b, "null"...)
		return
	}
	j.b = append(j.b, '[')
	for i, s := range ss {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		j.b = appendJSONString(j.b, s)
	}
	j.b = append(j.b, ']')
}

// list writes n elements, each by elem, as an array.
func (j *jsonBuf) list(n int, elem func(i int)) {
	j.b = append(j.b, '[')
	for i := range n {
		if i > 0 {
			j.b = append(j.b, ',')
		}
		elem(i)
	}
	j.b = append(j.b, ']')
	j.more = true
}

// outlet writes the outlet object: name and from always, domain when set.
func (j *jsonBuf) outlet(o *clean.Outlet) {
	j.open()
	j.strAlways("name", o.Name)
	j.str("domain", o.Domain)
	j.strAlways("from", o.From)
	j.close()
}

func (j *jsonBuf) dateline(d *Dateline) {
	j.open()
	j.strAlways("text", d.Text)
	j.str("place", d.Place)
	j.str("date", d.Date)
	j.str("agency", d.Agency)
	j.flag("alone", d.Alone)
	j.close()
}

func (j *jsonBuf) image(im *Image) {
	j.open()
	j.str("src", im.Src)
	j.str("alt", im.Alt)
	j.str("caption", im.Caption)
	j.str("credit", im.Credit)
	j.numOmit("width", im.Width)
	j.numOmit("height", im.Height)
	j.flag("lead", im.Lead)
	j.close()
}

func (j *jsonBuf) removed(r *Removed) {
	j.open()
	j.strAlways("kind", string(r.Kind))
	j.str("rule", r.Rule)
	j.num("line", r.Line)
	j.numOmit("end_line", r.EndLine)
	j.strAlways("text", r.Text)
	j.close()
}

func (j *jsonBuf) replacement(r *Replacement) {
	j.open()
	j.strAlways("field", r.Field)
	j.num("index", r.Index)
	j.num("offset", r.Offset)
	j.strAlways("from", r.From)
	j.strAlways("to", r.To)
	j.strAlways("kind", r.Layer)
	j.close()
}

// warning writes what Warning.MarshalJSON does: the index only with a
// field.
func (j *jsonBuf) warning(w *Warning) {
	j.open()
	j.strAlways("kind", w.Kind)
	if w.Field != "" {
		j.str("field", w.Field)
		j.num("index", w.Index)
	}
	j.str("text", w.Text)
	j.close()
}

// blocks writes a list of blocks (never nil here: callers check the
// length, as omitempty does).
func (j *jsonBuf) blocks(bs []Block) {
	j.list(len(bs), func(i int) { j.block(&bs[i]) })
}

func (j *jsonBuf) block(bl *Block) {
	j.open()
	j.strAlways("type", string(bl.Type))
	j.numOmit("level", bl.Level)
	if bl.Text != "" {
		j.key("text")
		j.text(bl.Text)
	}
	j.inline(bl.Inline)
	j.flag("ordered", bl.Ordered)
	j.numOmit("start", bl.Start)
	if len(bl.Items) > 0 {
		j.key("items")
		j.list(len(bl.Items), func(i int) { j.item(&bl.Items[i]) })
	}
	j.flag("header", bl.Header)
	if len(bl.Rows) > 0 {
		j.key("rows")
		j.list(len(bl.Rows), func(i int) { j.strList(bl.Rows[i]) })
	}
	if len(bl.Blocks) > 0 {
		j.key("blocks")
		j.blocks(bl.Blocks)
	}
	if bl.Image != nil {
		j.num("image", *bl.Image)
	}
	j.close()
}

// inline writes a block's or an item's inline markup, left out when empty.
func (j *jsonBuf) inline(in []Inline) {
	if len(in) == 0 {
		return
	}
	j.key("inline")
	j.list(len(in), func(i int) {
		x := &in[i]
		j.open()
		j.num("start", x.Start)
		j.num("end", x.End)
		j.strAlways("kind", x.Kind)
		j.str("href", x.Href)
		j.close()
	})
}

// item writes what ListItem.MarshalJSON does: a plain item as a string.
func (j *jsonBuf) item(it *ListItem) {
	if len(it.Inline) == 0 && it.List == nil {
		j.b = appendJSONString(j.b, it.Text)
		return
	}
	j.open()
	j.strAlways("text", it.Text)
	j.inline(it.Inline)
	if it.List != nil {
		j.key("list")
		j.block(it.List)
	}
	j.close()
}
