package batch

// This file says what the fields of a JSONL line mean: newsclean's own
// {"id","url","text"|"html"} and the keys common crawl exports use for the
// same things (the page, its address, its id, its crawl date, a title and a
// date kept apart from the text). Reading the lines is in jsonl.go.

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"time"
)

// jsonlRecord is one line of JSONL input. Besides newsclean's own shape
// ({"id","url","text"|"html"}) it reads the fields that common crawl
// exports use for the same things: see page, pageURL, id and crawlDate.
// Other fields are ignored. Key matching is case-insensitive.
type jsonlRecord struct {
	ID           json.RawMessage `json:"id"` // a string or a number
	DocID        json.RawMessage `json:"doc_id"`
	WARCRecordID json.RawMessage `json:"warc_record_id"`

	URL           string `json:"url"`
	WARCTargetURI string `json:"warc_target_uri"`

	Text       *string `json:"text"`
	RawContent *string `json:"raw_content"` // CCNet, RedPajama
	Content    *string `json:"content"`
	MainText   *string `json:"maintext"` // news-please
	HTML       *string `json:"html"`
	RawHTML    *string `json:"raw_html"`

	// Title and DatePublish are the page's title and publication date where
	// an export keeps them apart from the text (news-please's maintext has
	// neither): see withHead. Raw, so that a value of another type is passed
	// over rather than failing the line.
	Title       json.RawMessage `json:"title"`
	DatePublish json.RawMessage `json:"date_publish"`

	CrawlDate    string `json:"crawl_date"`
	WARCDate     string `json:"warc_date"`
	DateDownload string `json:"date_download"` // news-please

	Meta     *jsonlMeta `json:"meta"`     // Dolma, RedPajama
	Metadata *jsonlMeta `json:"metadata"` // FineWeb and others
}

// jsonlMeta is the nested metadata object some exports carry.
type jsonlMeta struct {
	URL       string `json:"url"`
	CrawlDate string `json:"crawl_date"`
	Date      string `json:"date"`
	WARCDate  string `json:"warc_date"`
}

// textKeys and htmlKeys are the top-level keys that hold a page, for the
// sniffer: a first line with one of them is JSONL.
var (
	textKeys = []string{"text", "raw_content", "content", "maintext"}
	htmlKeys = []string{"html", "raw_html"}
)

// isPageKey reports whether a top-level JSON key holds a page.
func isPageKey(k string) bool {
	k = strings.ToLower(k)
	for _, p := range append(textKeys, htmlKeys...) {
		if k == p {
			return true
		}
	}
	return false
}

// page returns the record's page and its kind: HTML first (it carries the
// metadata and structure text has lost), then text, in key order.
func (r *jsonlRecord) page() (kind string, data *string) {
	for _, s := range []*string{r.HTML, r.RawHTML} {
		if s != nil {
			return KindHTML, s
		}
	}
	for _, s := range []*string{r.Text, r.RawContent, r.Content, r.MainText} {
		if s != nil {
			return KindText, s
		}
	}
	return "", nil
}

// pageURL returns the first URL the record gives.
func (r *jsonlRecord) pageURL() string {
	for _, u := range []string{r.URL, r.WARCTargetURI, r.Meta.url(), r.Metadata.url()} {
		if u != "" {
			return u
		}
	}
	return ""
}

// url is the metadata's page address; "" when the record has no metadata.
func (m *jsonlMeta) url() string {
	if m == nil {
		return ""
	}
	return m.URL
}

// crawlDate returns the first crawl date the record gives that parses.
func (r *jsonlRecord) crawlDate() time.Time {
	dates := []string{r.CrawlDate, r.WARCDate, r.DateDownload}
	for _, m := range []*jsonlMeta{r.Meta, r.Metadata} {
		if m != nil {
			dates = append(dates, m.CrawlDate, m.WARCDate, m.Date)
		}
	}
	for _, d := range dates {
		if t, ok := exportDate(d); ok {
			return t
		}
	}
	return time.Time{}
}

// exportDate parses a date as crawl exports write them: RFC 3339, or
// "2006-01-02 15:04:05" and its shorter forms.
func exportDate(d string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, strings.TrimSpace(d)); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// withHead returns a text page with the head an export keeps apart from
// the text put back above it, as a flattened page prints it: the title as
// the first line, unless the text opens with it, and the publication date
// (one exportDate reads) on the next, unless the text prints it. HTML, and
// values that are not strings, are left out.
func withHead(kind string, rawTitle, rawDate json.RawMessage, text string) []byte {
	if kind != KindText {
		return []byte(text)
	}
	var b strings.Builder
	if title := strings.Join(strings.Fields(rawString(rawTitle)), " "); title != "" && !strings.HasPrefix(strings.TrimSpace(text), title) {
		b.WriteString(title + "\n\n")
	}
	if date := strings.TrimSpace(rawString(rawDate)); date != "" && !strings.Contains(text, date) {
		if _, ok := exportDate(date); ok {
			b.WriteString(date + "\n\n")
		}
	}
	if b.Len() == 0 {
		return []byte(text)
	}
	b.WriteString(text)
	return []byte(b.String())
}

// rawString is the string a raw JSON value holds, or "" when it holds
// another type or none.
func rawString(raw json.RawMessage) string {
	var s string
	if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return s
}

// id turns the record's id (a string or a number; null or absent means
// none) into a record ID, "" meaning none.
func (r *jsonlRecord) id() (string, error) {
	for _, raw := range []json.RawMessage{r.ID, r.WARCRecordID, r.DocID} {
		if len(raw) == 0 || string(raw) == "null" {
			continue
		}
		switch raw[0] {
		case '"':
			var s string
			err := json.Unmarshal(raw, &s)
			s = strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
			return s, err
		case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			return string(raw), nil
		}
		return "", errors.New(`"id" is not a string or a number`)
	}
	return "", nil
}

// peekJSONID finds the "id" of a JSON object from the start of its line
// (an over-long line is not kept): the value of a top-level "id" key that
// comes before the first value the prefix cuts off; "" if none.
func peekJSONID(head []byte) string {
	dec := json.NewDecoder(bytes.NewReader(head))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return ""
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return ""
		}
		if key, _ := k.(string); strings.EqualFold(key, "id") {
			id, _ := (&jsonlRecord{ID: v}).id()
			return id
		}
	}
	return ""
}
