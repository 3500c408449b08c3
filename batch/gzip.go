package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

// gzipMembers decompresses a stream of gzip members (a .warc.gz holds one
// per record) as one stream. A member that is truncated or corrupt gives one
// error, prefixed "gzip: "; the next Read then goes on at the next gzip
// member header in the raw stream, so that a damaged member loses only
// itself. Bytes between members that are not a member are skipped.
//
// The error is sticky until Resume: a reader that peeks ahead cannot lose
// it, and a consumer that cannot resynchronise (a JSONL or page reader)
// never reads past it.
type gzipMembers struct {
	raw    *bufio.Reader
	zr     *gzip.Reader
	inside bool  // zr is positioned inside a member
	broken bool  // the last member failed: look for the next one
	failed error // the error Read returns until Resume
	err    error // io.EOF at the end of the raw stream
}

// Resume lets reading go on after an error, at the next member.
func (g *gzipMembers) Resume() { g.failed = nil }

// newGzipMembers reads the members of raw, which starts with one.
func newGzipMembers(raw *bufio.Reader) *gzipMembers {
	return &gzipMembers{raw: raw}
}

// Read implements io.Reader.
func (g *gzipMembers) Read(p []byte) (int, error) {
	for g.err == nil {
		if g.failed != nil {
			return 0, g.failed
		}
		if !g.inside {
			if err := g.nextMember(); err != nil {
				g.failed = err
			}
			continue
		}
		n, err := g.zr.Read(p)
		switch {
		case err == io.EOF:
			g.inside = false
			if n > 0 {
				return n, nil
			}
		case err != nil:
			g.inside, g.broken = false, true
			g.failed = gzipError(err)
			return n, g.failed
		default:
			return n, nil
		}
	}
	return 0, g.err
}

// gzipError names a decompression error as such; an end of the stream
// inside a member is io.ErrUnexpectedEOF.
func gzipError(err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("gzip: %w", err)
}

// nextMember opens the next member, or sets g.err to io.EOF at the end of
// the stream. A member whose header is broken is an error, returned once.
func (g *gzipMembers) nextMember() error {
	if g.broken && !g.seekMagic() {
		return nil
	}
	magic, err := g.raw.Peek(3)
	if len(magic) == 0 && err != nil {
		g.err = io.EOF
		return nil
	}
	if !hasGzipMagic(magic) {
		g.broken = true // garbage after a member: look for the next one
		return nil
	}
	if g.zr == nil {
		g.zr, err = gzip.NewReader(g.raw)
	} else {
		err = g.zr.Reset(g.raw)
	}
	if err != nil {
		g.broken = true
		return gzipError(err)
	}
	g.broken = false
	g.zr.Multistream(false)
	g.inside = true
	return nil
}

// seekMagic discards raw bytes up to the next gzip member header; it sets
// g.err to io.EOF and reports false when there is none. The search starts
// where the broken member's reading stopped, which is past its header (the
// header was read before it could fail), so it cannot find that member
// again; and a member that failed its checksum has been read to its end,
// so the next member may start right here.
func (g *gzipMembers) seekMagic() bool {
	for {
		buf, err := g.raw.Peek(g.raw.Size())
		if i := bytes.Index(buf, []byte{0x1f, 0x8b, 0x08}); i >= 0 {
			g.raw.Discard(i)
			return true
		}
		if len(buf) < 3 && err != nil {
			g.err = io.EOF
			return false
		}
		g.raw.Discard(len(buf) - 2) // the magic may straddle the window
	}
}
