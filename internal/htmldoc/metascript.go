package htmldoc

import (
	"encoding/json"
	"strings"
)

// postVars are the names an analytics plugin for WordPress writes into an
// inline script's data for the post a page shows ("pagePostType":"post",
// "pagePostAuthor":"Jane Doe"): the author's display name and the kind of
// post, which tells a story ("post") from a plain page, a product or
// another custom type.
const (
	postAuthorKey = `"pagePostAuthor"`
	postTypeKey   = `"pagePostType"`
)

// scriptPost reads, from the text of an inline script, the author's name
// and the post's type a WordPress plugin's data gives ([postAuthorKey]);
// "" for each it does not give. The values are JSON strings; a key that
// names something else ("pagePostAuthorID", a number) is passed over.
func scriptPost(text string) (author, typ string) {
	if !strings.Contains(text, postAuthorKey) {
		return "", ""
	}
	return jsonStringAfter(text, postAuthorKey), jsonStringAfter(text, postTypeKey)
}

// jsonStringAfter returns the JSON string that follows the first
// occurrence of key and a colon in text, decoded; "" when the key is
// absent or its value is not a string.
func jsonStringAfter(text, key string) string {
	i := strings.Index(text, key)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(text[i+len(key):], " \t\r\n")
	if !strings.HasPrefix(rest, ":") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if !strings.HasPrefix(rest, `"`) {
		return ""
	}
	end := 1
	for end < len(rest) && end < 512 && rest[end] != '"' {
		if rest[end] == '\\' {
			end++
		}
		end++
	}
	if end >= len(rest) || rest[end] != '"' {
		return ""
	}
	var s string
	if json.Unmarshal([]byte(rest[:end+1]), &s) != nil {
		return ""
	}
	return clean(s)
}
