package wcxb

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Page types, as the gold files name them.
const (
	Article       = "article"
	Service       = "service"
	Product       = "product"
	Collection    = "collection"
	Forum         = "forum"
	Listing       = "listing"
	Documentation = "documentation"
)

// Types lists the page types in the order evaluate.py prints them.
var Types = []string{Article, Forum, Product, Collection, Listing, Documentation, Service}

// Page is one page of the benchmark with its gold.
type Page struct {
	ID   string // file stem: "0001"
	URL  string // the page's address; "" for the few gold files without one
	Type string // one of [Types]; evaluate.py's reading of _internal.page_type
	Site string // the registrable domain the split uses (see [Site])

	Main      string   // gold main content, title excluded; "" when absent
	Title     string   // gold title
	Author    string   // gold author(s) as one string, "" when none
	Published string   // gold publish date, "YYYY-MM-DD" (rarely "YYYY-MM"), "" when none
	With      []string // snippets the extraction must contain
	Without   []string // snippets it must not contain

	Crawled time.Time // when the page was downloaded (downloaded_at, UTC); zero when the gold does not say
}

// Side is the part of the hold-out split a page belongs to.
func (p *Page) Side() Side { return SideOf(p.Site) }

// Dataset is a WCXB data folder: ground-truth/ID.json, html/ID.html.gz,
// text/ID.txt and metadata.json.
type Dataset struct {
	Dir   string // the data folder
	Pages []Page // every gold page, by ID
}

// goldFile is the part of a ground-truth file the package reads.
type goldFile struct {
	URL          string `json:"url"`
	DownloadedAt string `json:"downloaded_at"` // "2025-12-21T00:16:27.859123", no zone
	Internal     struct {
		PageType json.RawMessage `json:"page_type"`
	} `json:"_internal"`
	Gold struct {
		URL       string   `json:"url"`
		Title     string   `json:"title"`
		Author    string   `json:"author"`
		Published string   `json:"publish_date"`
		Main      string   `json:"main_content"`
		With      []string `json:"with"`
		Without   []string `json:"without"`
	} `json:"ground_truth"`
}

// pageType reads _internal.page_type as evaluate.py does: the "primary" of
// an object, or a plain string; "article" when absent; "category" is
// "collection".
func pageType(raw json.RawMessage) string {
	var obj struct {
		Primary string `json:"primary"`
	}
	var s string
	switch {
	case json.Unmarshal(raw, &obj) == nil && obj.Primary != "":
		s = obj.Primary
	case json.Unmarshal(raw, &s) == nil && s != "":
	default:
		s = Article
	}
	if s == "category" {
		s = Collection
	}
	return s
}

// Open reads the gold of the data folder dir. The pages' HTML and text are
// read on demand by [Dataset.HTML] and [Dataset.Text].
func Open(dir string) (*Dataset, error) {
	files, err := filepath.Glob(filepath.Join(dir, "ground-truth", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("wcxb: no ground-truth/*.json in %s", dir)
	}
	domains, err := readDomains(filepath.Join(dir, "metadata.json"))
	if err != nil {
		return nil, err
	}
	ds := &Dataset{Dir: dir, Pages: make([]Page, 0, len(files))}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var g goldFile
		if err := json.Unmarshal(data, &g); err != nil {
			return nil, fmt.Errorf("wcxb: %s: %w", f, err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		p := Page{
			ID: id, URL: g.URL, Type: pageType(g.Internal.PageType),
			Main: g.Gold.Main, Title: g.Gold.Title, Author: g.Gold.Author, Published: g.Gold.Published,
			With: g.Gold.With, Without: g.Gold.Without,
		}
		if p.URL == "" {
			p.URL = g.Gold.URL
		}
		if t, err := time.Parse("2006-01-02T15:04:05", g.DownloadedAt); err == nil {
			p.Crawled = t // the fraction of a second is read though the layout omits it
		}
		p.Site = Site(p.URL)
		if p.Site == "" {
			p.Site = Site(domains[id])
		}
		if p.Site == "" {
			p.Site = "page:" + id // a page alone: its own site
		}
		ds.Pages = append(ds.Pages, p)
	}
	slices.SortFunc(ds.Pages, func(a, b Page) int { return strings.Compare(a.ID, b.ID) })
	return ds, nil
}

// readDomains reads the domain of each page ID from metadata.json; a
// missing file gives none.
func readDomains(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var m struct {
		Files map[string]struct {
			Domain string `json:"domain"`
		} `json:"files"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("wcxb: %s: %w", path, err)
	}
	out := make(map[string]string, len(m.Files))
	for id, f := range m.Files {
		out[id] = f.Domain
	}
	return out, nil
}

// HTML returns the page as fetched: html/ID.html.gz decompressed (or
// html/ID.html when the folder holds it uncompressed).
func (ds *Dataset) HTML(id string) ([]byte, error) {
	path := filepath.Join(ds.Dir, "html", id+".html")
	if src, err := os.ReadFile(path); err == nil {
		return src, nil
	}
	gz, err := os.ReadFile(path + ".gz")
	if err != nil {
		return nil, err
	}
	r, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("wcxb: %s.gz: %w", path, err)
	}
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("wcxb: %s.gz: %w", path, err)
	}
	return src, nil
}

// Text returns the page flattened to text: text/ID.txt.
func (ds *Dataset) Text(id string) ([]byte, error) {
	return os.ReadFile(filepath.Join(ds.Dir, "text", id+".txt"))
}
