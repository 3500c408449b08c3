package clean

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/andybalholm/cascadia"
)

// This file words the errors of a rule file so that they say what the
// field takes: a contributor who writes kind = "subscrbe", domain = [...],
// domains = "x.test" or a selector group learns the fix from the message.

// clutterKindList is the clutter kinds a rule file may name, sorted, as
// an error lists them.
func clutterKindList() string {
	var ks []string
	for k, clutter := range kinds {
		if clutter {
			ks = append(ks, string(k))
		}
	}
	slices.Sort(ks)
	return strings.Join(ks, ", ")
}

// clutterKind reads the kind a [[clutter]] field names; its error says
// what is wrong and lists the clutter kinds. The list is made only for an
// error: made for every entry, it was half of building the built-in rules
// (2M instructions in every process).
func clutterKind(s string) (Kind, error) {
	if s == "" {
		return "", fmt.Errorf("missing: want one of %s", clutterKindList())
	}
	k, err := ParseKind(s)
	if err != nil {
		return "", fmt.Errorf("%w: want one of %s", err, clutterKindList())
	}
	if !k.IsClutter() {
		return "", fmt.Errorf("%q is not a clutter kind: want one of %s", s, clutterKindList())
	}
	return k, nil
}

// ruleTableType is the Go type of a rule file's table: the file's own for
// "", a [[clutter]] entry's for "clutter", and so on; nil for no table.
func ruleTableType(table string) reflect.Type {
	t := reflect.TypeFor[ruleFile]()
	if table == "" {
		return t
	}
	f, ok := tomlField(t, table)
	if !ok {
		return nil
	}
	ft := f.Type
	if ft.Kind() == reflect.Slice {
		ft = ft.Elem()
	}
	if ft.Kind() != reflect.Struct {
		return nil
	}
	return ft
}

// tomlField is the field of struct type t whose toml tag is key.
func tomlField(t reflect.Type, key string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		if f := t.Field(i); f.Tag.Get("toml") == key {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// unknownField is the error of a key the rule format does not have, in
// table ("" for the top): it names the closest field the table has, or
// lists them.
func unknownField(table, key string) error {
	t := ruleTableType(table)
	if t == nil {
		return fmt.Errorf("unknown field")
	}
	var names []string
	best, bestDist := "", 3 // a suggestion is at most two edits away
	for i := range t.NumField() {
		name := t.Field(i).Tag.Get("toml")
		names = append(names, name)
		if d := editDistance(strings.ToLower(key), name); d < bestDist {
			best, bestDist = name, d
		}
	}
	if best != "" {
		return fmt.Errorf("unknown field: did you mean %q?", best)
	}
	where := "a rule file"
	if table != "" {
		where = "[" + table + "]"
	}
	return fmt.Errorf("unknown field: %s has %s", where, strings.Join(names, ", "))
}

// undecodedField is the RuleError field of a key the decoder left, such as
// clutter.wher: the array of tables' entry is indexed (clutter[1].wher)
// where the file's lines show which entry sets it.
func undecodedField(data []byte, rf *ruleFile, key toml.Key) (field string, err error) {
	if len(key) < 2 {
		return key.String(), unknownField("", key.String())
	}
	table, rest := key[0], toml.Key(key[1:]).String()
	field = table + "." + rest
	if n := arrayLen(rf, table); n > 0 {
		line := fieldLine(data, field)
		for i := range n {
			if f := fmt.Sprintf("%s[%d].%s", table, i, rest); fieldLine(data, f) == line {
				field = f
				break
			}
		}
	}
	return field, unknownField(table, key[1])
}

// arrayLen is the number of entries of the rule file's array of tables
// named table, or 0.
func arrayLen(rf *ruleFile, table string) int {
	f, ok := tomlField(reflect.TypeFor[ruleFile](), table)
	if !ok || f.Type.Kind() != reflect.Slice {
		return 0
	}
	return reflect.ValueOf(rf).Elem().FieldByIndex(f.Index).Len()
}

// typeMismatch finds, for a rule file the decoder refused, a value of the
// wrong TOML type (domains = "x.test", [clutter] for [[clutter]]) and
// returns the rule's name, if the file gives it, the field and what the
// field wants; ok is false when the file is not valid TOML or no such value
// is found.
func typeMismatch(data []byte) (name, field string, err error, ok bool) {
	var m map[string]any
	if _, derr := toml.Decode(string(data), &m); derr != nil {
		return "", "", nil, false
	}
	name, _ = m["name"].(string)
	field, err, ok = mismatchIn(m, reflect.TypeFor[ruleFile](), "")
	return name, field, err, ok
}

// mismatchIn checks the values of one decoded table against struct type
// t; prefix is the table's field name with its dot.
func mismatchIn(m map[string]any, t reflect.Type, prefix string) (string, error, bool) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // one answer for one file
	for _, k := range keys {
		f, known := tomlField(t, k)
		if !known {
			continue // reported as an unknown field once the file decodes
		}
		v, field := m[k], prefix+k
		switch ft := f.Type; {
		case ft.Kind() == reflect.String:
			if _, ok := v.(string); !ok {
				return field, fmt.Errorf("want a string, as %s = '...'", k), true
			}
		case ft.Kind() == reflect.Bool:
			if _, ok := v.(bool); !ok {
				return field, fmt.Errorf("want true or false, without quotes, as %s = true", k), true
			}
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String:
			list, ok := v.([]any)
			for _, e := range list {
				if _, isStr := e.(string); !isStr {
					ok = false
				}
			}
			if !ok {
				return field, fmt.Errorf(`want a list of strings, as %s = ["..."] (brackets even for one)`, k), true
			}
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			list, ok := v.([]map[string]any)
			if !ok {
				return field, fmt.Errorf("want [[%s]] tables, one per entry (a [%s] table is a single one)", k, k), true
			}
			for i, e := range list {
				if fl, err, bad := mismatchIn(e, ft.Elem(), fmt.Sprintf("%s[%d].", field, i)); bad {
					return fl, err, true
				}
			}
		case ft.Kind() == reflect.Struct:
			sub, ok := v.(map[string]any)
			if !ok {
				return field, fmt.Errorf("want a [%s] table", k), true
			}
			if fl, err, bad := mismatchIn(sub, ft, field+"."); bad {
				return fl, err, true
			}
		}
	}
	return "", nil, false
}

// selectorGroupHint rewords the error of a selector that does not parse
// when it is a group ("h1.title, h2.title"): each field takes one
// selector, and remove takes a list instead.
func selectorGroupHint(h ruleFileHTML, field string, err error) error {
	sel := ""
	switch {
	case field == "html.title":
		sel = h.Title
	case field == "html.body":
		sel = h.Body
	case strings.HasPrefix(field, "html.remove["):
		var i int
		if _, serr := fmt.Sscanf(field, "html.remove[%d]", &i); serr == nil && i < len(h.Remove) {
			sel = h.Remove[i]
		}
	}
	if !strings.Contains(sel, ",") {
		return err
	}
	group, gerr := cascadia.ParseGroup(sel)
	if gerr != nil {
		return err
	}
	if field == "html.title" || field == "html.body" {
		return fmt.Errorf("%q holds %d selectors joined by commas: the field takes one selector, the element that holds the %s", sel, len(group), map[string]string{"html.title": "headline", "html.body": "story"}[field])
	}
	parts := make([]string, len(group))
	for i, s := range group {
		parts[i] = fmt.Sprintf("%q", strings.TrimSpace(s.String()))
	}
	return fmt.Errorf("%q holds %d selectors joined by commas: give each its own string, remove = [%s]", sel, len(group), strings.Join(parts, ", "))
}

// editDistance is the Levenshtein distance between two short strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
