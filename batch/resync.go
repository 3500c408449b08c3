package batch

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// warcLookahead is how far past a "WARC/1.x" line start the readers look to
// tell a record header from text that merely mentions one.
const warcLookahead = 256

// warcBlock reads a record block of n bytes from br, stopping early at a
// record header inside it: a Content-Length too long would otherwise take
// the next record (or the rest of the archive) into this one. A header
// counts when it starts a line after a blank line, "WARC/1.0" or
// "WARC/1.1", and its first field is a WARC- or Content- field (see
// isRecordHeader); text that merely quotes a record in a <pre> block could
// stop a block too, a documented limit. An end of br before n bytes, or a
// read error, is kept in err (sticky).
type warcBlock struct {
	br      *bufio.Reader
	n       int64   // bytes left in the block
	read    int64   // bytes read
	prev    [3]byte // the last three bytes read, for the blank-line test
	overrun bool    // a record header was found inside the block
	err     error
}

// Read implements io.Reader over what is left of the block.
func (b *warcBlock) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	if b.n <= 0 || b.overrun || len(p) == 0 {
		return 0, io.EOF
	}
	want := int(min(int64(len(p)), b.n, int64(b.br.Size())))
	buf, err := b.br.Peek(want)
	if len(buf) == 0 {
		switch {
		case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
			b.err = fmt.Errorf("%w: archive ends %d bytes before the end of the record block", ErrWARCTruncated, b.n)
		case err != nil:
			b.err = err
		}
		return 0, b.err
	}
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		b.err = err // the bytes before a damaged gzip member are not to be trusted
		return 0, err
	}
	k := len(buf)
	if i, sure := b.nextHeader(buf); i >= 0 {
		k = i
		b.overrun = sure && i == 0
		if b.overrun {
			return 0, io.EOF
		}
	}
	copy(p, buf[:k])
	b.br.Discard(k)
	b.n -= int64(k)
	b.read += int64(k)
	b.prev = lastThree(b.prev, buf[:k])
	return k, nil
}

// nextHeader finds where a record header may start in buf (the next bytes
// of the block): the index, and whether it is a header for sure (it is
// checked only at index 0, where the lookahead fits); -1 if none.
func (b *warcBlock) nextHeader(buf []byte) (int, bool) {
	for i := 0; i < len(buf); {
		j := bytes.Index(buf[i:], []byte("WARC/1."))
		if j < 0 {
			return -1, false
		}
		i += j
		if afterBlankLine(b.prev, buf, i) {
			if i > 0 {
				return i, false // read up to it; the next Read looks ahead from there
			}
			ahead, _ := b.br.Peek(min(b.br.Size(), warcLookahead))
			if isRecordHeader(ahead) {
				return 0, true
			}
		}
		i++
	}
	return -1, false
}

// afterBlankLine reports whether buf[i] starts a line that follows a blank
// line; prev holds the three bytes before buf.
func afterBlankLine(prev [3]byte, buf []byte, i int) bool {
	before := buf[max(0, i-3):i]
	if i < 3 {
		before = append(append([]byte(nil), prev[i:]...), buf[:i]...)
	}
	return bytes.HasSuffix(before, []byte("\n\n")) || bytes.HasSuffix(before, []byte("\n\r\n"))
}

// lastThree returns the last three bytes of prev followed by b.
func lastThree(prev [3]byte, b []byte) [3]byte {
	all := append(prev[:], b[max(0, len(b)-3):]...)
	return [3]byte(all[len(all)-3:])
}

// isRecordHeader reports whether b starts with a WARC 1.0 or 1.1 version
// line followed by a WARC- or Content- field line.
func isRecordHeader(b []byte) bool {
	if !hasWARCMagic(b) {
		return false
	}
	b = b[len("WARC/1.x"):]
	b = bytes.TrimPrefix(b, []byte("\r"))
	if len(b) == 0 || b[0] != '\n' {
		return false
	}
	b = b[1:]
	colon := bytes.IndexByte(b, ':')
	if colon <= 0 || bytes.IndexByte(b[:colon], '\n') >= 0 {
		return false
	}
	name := bytes.ToLower(b[:colon])
	return bytes.HasPrefix(name, []byte("warc-")) || bytes.HasPrefix(name, []byte("content-"))
}

// warcBlockEnds reports whether a record block is followed as it must be:
// by the end of the archive, or by a line end (the two line ends closing a
// record). Anything else is the rest of a block whose Content-Length was too
// short. What follows a line end is the next header's business.
func warcBlockEnds(br *bufio.Reader) bool {
	next, err := br.Peek(1)
	if len(next) == 0 {
		return err != nil // the end of the archive (or an error the next header reports)
	}
	return next[0] == '\r' || next[0] == '\n'
}

// seekRecordHeader discards bytes up to the next record header that starts
// a line (isRecordHeader); it reports false when the archive ends first. The
// current position counts as a line start: reading resumes here after an
// error. resume, when not nil, lets a .warc.gz read on past a damaged gzip
// member (gzipMembers.Resume): a member can decompress to garbage before its
// checksum fails, and the search then goes on at the next member, which
// starts a record, instead of ending the archive there.
func seekRecordHeader(br *bufio.Reader, resume func()) bool {
	lineStart := true
	for {
		buf, err := br.Peek(br.Size())
		i, found := scanForHeader(buf, lineStart, err == nil)
		br.Discard(i)
		switch {
		case found:
			return true
		case i < len(buf):
			lineStart = true // a candidate: look again with the lookahead in the window
		case err == nil || err == bufio.ErrBufferFull:
			lineStart = buf[len(buf)-1] == '\n'
		case err != io.EOF && resume != nil:
			resume() // each resume moves past at least one raw byte: this ends
			lineStart = true
		default:
			return false
		}
	}
}

// scanForHeader looks for a record header at a line start in buf: its
// index and found; or the index of a candidate too near the end of buf to
// judge while more may follow; or len(buf).
func scanForHeader(buf []byte, lineStart, more bool) (int, bool) {
	for i := 0; i < len(buf); i++ {
		if buf[i] != 'W' || !(i == 0 && lineStart || i > 0 && buf[i-1] == '\n') {
			continue
		}
		if more && len(buf)-i < warcLookahead && i > 0 {
			return i, false
		}
		if isRecordHeader(buf[i:]) {
			return i, true
		}
	}
	return len(buf), false
}
