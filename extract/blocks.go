package extract

import (
	"encoding/json"
	"errors"
)

// Block is one element of the article's body, typed: a paragraph, a heading,
// a list, a quote, a table, preformatted text, or the place of a picture.
// Article.Blocks holds the same text as Article.Body, typed; a paragraph of
// Body is in exactly one Block (a table cell, a list item, a paragraph).
type Block struct {
	// Type says what the block is, and so which of the fields below it
	// uses (each field's comment names its types). It is never empty.
	Type    BlockType  `json:"type"`
	Level   int        `json:"level,omitempty"`   // heading: 1 to 6
	Text    string     `json:"text,omitempty"`    // paragraph, heading, code
	Inline  []Inline   `json:"inline,omitempty"`  // paragraph, heading: links and emphasis in Text
	Ordered bool       `json:"ordered,omitempty"` // list: numbered
	Start   int        `json:"start,omitempty"`   // list, numbered: its first number when over 1 ("4." or <ol start="4">); 0 counts from 1
	Items   []ListItem `json:"items,omitempty"`   // list: its items
	Header  bool       `json:"header,omitempty"`  // table: the first row is a header row
	Rows    [][]string `json:"rows,omitempty"`    // table: rows of cells
	Blocks  []Block    `json:"blocks,omitempty"`  // quote: what it quotes
	Image   *int       `json:"image,omitempty"`   // image: the picture's index in Article.Images
}

// BlockType names what a Block is. The values are stable: they appear in
// the JSON article.
type BlockType string

// The types of Block.
const (
	Paragraph BlockType = "paragraph"
	Heading   BlockType = "heading"
	List      BlockType = "list"
	Quote     BlockType = "quote"
	Table     BlockType = "table"
	Code      BlockType = "code"
	Picture   BlockType = "image"
)

// Inline is a link or emphasis inside a block's text: [Start, End) are
// byte offsets in the text, after normalisation.
type Inline struct {
	Start int    `json:"start"`          // byte offset in the text of its first byte
	End   int    `json:"end"`            // byte offset just past its last byte
	Kind  string `json:"kind"`           // "link", "em", "strong" or "code"
	Href  string `json:"href,omitempty"` // a link's address, resolved against the page's URL
}

// ListItem is one item of a list: its text, its links and emphasis, and the
// list nested in it. In JSON an item is a plain string when it has neither
// inline markup nor a nested list, and an object {"text", "inline", "list"}
// otherwise.
type ListItem struct {
	// Text is the item's text, normalised, its list marker ("•", "2.")
	// dropped; the paragraphs of an item of several are joined by a space.
	// "" for an item that holds only a nested list.
	Text string
	// Inline holds the links and emphasis in Text, by byte offsets as in
	// Block.Inline; nil when there are none.
	Inline []Inline
	List   *Block // a nested list, or nil
}

// listItemJSON is ListItem's object form.
type listItemJSON struct {
	Text   string   `json:"text"`
	Inline []Inline `json:"inline,omitempty"`
	List   *Block   `json:"list,omitempty"`
}

// MarshalJSON writes a plain item as a string, any other as an object.
func (it ListItem) MarshalJSON() ([]byte, error) {
	if len(it.Inline) == 0 && it.List == nil {
		return json.Marshal(it.Text)
	}
	return json.Marshal(listItemJSON(it))
}

// UnmarshalJSON reads either form.
func (it *ListItem) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		*it = ListItem{}
		return json.Unmarshal(b, &it.Text)
	}
	var o listItemJSON
	if err := json.Unmarshal(b, &o); err != nil {
		return errors.Join(errors.New("extract: a list item is a string or an object"), err)
	}
	*it = ListItem(o)
	return nil
}
