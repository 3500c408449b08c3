package clean

import "bytes"

// rawUploadDate matches a video's upload time where a page names it: a
// JSON-LD VideoObject's "uploadDate" or microdata's itemprop="uploadDate"
// with its content, anchored at the key's first letter. Group 1 is the ISO
// date, with its time when one follows.
var rawUploadDate = lazyCompile(`^uploadDate(?:"\s*:\s*"|["']\s+content=["'])(\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?)["']`)

// rawOGVideo matches an og:type meta tag that calls the page a video
// (video.other, video.episode, video.movie), in either order of its
// attributes.
var rawOGVideo = lazyCompile(`property=["']og:type["']\s+content=["']video|content=["']video[.\w]*["']\s+property=["']og:type["']`)

// videoUploadDate returns the first upload time a video page gives its
// video, "" on any other page: a page whose og:type is a video's is the
// video's own, and its upload is its publication. Elsewhere an uploadDate
// is an embedded clip's or a product's video's, older than the page, so
// it is not read there.
func videoUploadDate(src []byte) string {
	i := bytes.Index(src, []byte("uploadDate"))
	if i < 0 || !ogVideo(src) {
		return ""
	}
	for ; i >= 0; i = nextIndex(src, i, "uploadDate") {
		if m := rawUploadDate.FindSubmatchIndex(src[i:]); m != nil {
			return string(src[i+m[2] : i+m[3]])
		}
	}
	return ""
}

// ogVideo reports whether an og:type meta tag calls the page a video.
func ogVideo(src []byte) bool {
	for i := bytes.Index(src, []byte("og:type")); i >= 0; i = nextIndex(src, i, "og:type") {
		if rawOGVideo.FindSubmatchIndex(src[max(0, i-80):min(len(src), i+80)]) != nil {
			return true
		}
	}
	return false
}

// nextIndex returns where word next occurs in src after position i, -1
// when it does not.
func nextIndex(src []byte, i int, word string) int {
	j := bytes.Index(src[i+1:], []byte(word))
	if j < 0 {
		return -1
	}
	return i + 1 + j
}
