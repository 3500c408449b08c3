package clean

import (
	"bytes"
	"strconv"
	"strings"
)

// fieldLine finds the line of a rule file (1-based) that sets field, as
// RuleError names it: "name", "domains[2]", "clutter[3].match",
// "html.title" or an undecoded key such as "clutter.foo". It is for error
// messages, a best effort over the file's lines rather than a TOML parse: a
// key is found by its "key =" at the start of a line under the right table
// header ("[[clutter]]" counted from zero, "[html]"), lines inside
// multi-line strings are skipped, and a field whose key is not written
// falls back to its table's header. It returns 0 when nothing matches.
func fieldLine(data []byte, field string) int {
	table, index, key := splitField(field)
	var (
		header   int                // the wanted table's header line
		curTable string             // the table the lines are in; "" at the top
		curIndex = -1               // its index in an array of tables, or -1
		seen     = map[string]int{} // array-of-tables headers met, by name
		inString string             // the open multi-line string's quotes
	)
	for n := 1; len(data) > 0; n++ {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		s := strings.TrimSpace(string(line))
		if inString != "" {
			if strings.Count(s, inString)%2 == 1 {
				inString = ""
			}
			continue
		}
		wanted := func() bool { return curTable == table && (index < 0 || curIndex == index) }
		switch {
		case strings.HasPrefix(s, "[["):
			curTable = headerName(s[2:], "]]")
			curIndex = seen[curTable]
			seen[curTable]++
			if header == 0 && table != "" && wanted() {
				header = n
			}
			continue
		case strings.HasPrefix(s, "["):
			curTable, curIndex = headerName(s[1:], "]"), -1
			if header == 0 && table != "" && wanted() {
				header = n
			}
			continue
		}
		if k, ok := lineKey(s); ok && k == key && wanted() {
			return n
		}
		for _, q := range []string{`"""`, `'''`} {
			if strings.Count(s, q)%2 == 1 {
				inString = q
				break
			}
		}
	}
	return header
}

// splitField splits a RuleError field into its table, the table's index in
// an array of tables (-1 for none) and the key: "clutter[3].match" is
// ("clutter", 3, "match"), "domains[2]" ("", -1, "domains"), "html.title"
// ("html", -1, "title").
func splitField(field string) (table string, index int, key string) {
	index = -1
	if i := strings.IndexByte(field, '.'); i >= 0 {
		table, key = field[:i], field[i+1:]
		if j := strings.IndexByte(table, '['); j >= 0 {
			if n, err := strconv.Atoi(strings.TrimSuffix(table[j+1:], "]")); err == nil {
				index = n
			}
			table = table[:j]
		}
	} else {
		key = field
	}
	if j := strings.IndexAny(key, "[."); j >= 0 {
		key = key[:j]
	}
	return table, index, key
}

// headerName is the table name of a header line's rest, up to its closing
// brackets.
func headerName(s, closing string) string {
	if i := strings.Index(s, closing); i >= 0 {
		s = s[:i]
	}
	return strings.Trim(strings.TrimSpace(s), `"'`)
}

// lineKey is the bare or quoted key a "key = value" line sets.
func lineKey(s string) (string, bool) {
	i := strings.IndexByte(s, '=')
	if i <= 0 || strings.HasPrefix(s, "#") {
		return "", false
	}
	return strings.Trim(strings.TrimSpace(s[:i]), `"'`), true
}
