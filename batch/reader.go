package batch

// This file turns paths (files, directories, "-") and streams into records:
// see Reader. Which files a directory walk takes is in walk.go, sniffing in
// sniff.go, the JSONL reader in jsonl.go, the WARC reader in warc.go.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"iter"
	"maps"
	"os"
	"strings"
	"sync/atomic"

	"github.com/newsclean/newsclean/extract"
)

// Defaults and fixed sizes for reading inputs.
const (
	DefaultMaxBytes = 32 << 20 // the largest page, after decompression
	bufferSize      = 64 << 10 // bufio size, and the sniffing window
	// maxMaxBytes is the ceiling of ReadOptions.MaxBytes, far above any
	// page: the limits worked out from it (one byte more, to tell a page
	// over it; twice it and 64 KiB for a JSONL line) stay within an int64.
	maxMaxBytes = 1 << 40
)

// ReadOptions says how a [Reader] reads. The zero value sniffs every input
// and takes pages up to DefaultMaxBytes.
type ReadOptions struct {
	// Kind is the kind of every input: KindAuto ("" too) sniffs each one;
	// KindText, KindHTML, KindJSONL or KindWARC forces it.
	Kind string
	// MaxBytes is the largest page accepted. It counts the page's own
	// bytes: after decompression (a .gz file, a WARC record's gzip or
	// chunked encoding) and JSON unescaping, before charset decoding (a
	// UTF-16 page counts two bytes a character). A page of exactly
	// MaxBytes is read; a larger one is an error record matching
	// ErrTooLarge (and clean.ErrTooLarge). A JSONL line may be up to twice
	// as long (JSON escapes inflate a page), plus 64 KiB for its other
	// fields. [Run] applies no other size limit unless its
	// Options.Extract.MaxBytes sets a smaller one. default: DefaultMaxBytes,
	// which is clean.DefaultMaxBytes; at most 1 TiB (a larger value is
	// read as 1 TiB)
	MaxBytes int64
	// Stdin is what "-" reads. default: os.Stdin
	Stdin io.Reader
}

// Reader reads records from paths and streams, streaming: it holds one
// page at a time. It is not safe for concurrent use, except BytesRead.
type Reader struct {
	opts   ReadOptions
	counts Counts
	bytes  atomic.Int64
}

// NewReader returns a reader. A bad Kind is reported by the first read, as an
// error record.
func NewReader(opts ReadOptions) *Reader {
	if opts.Kind == "" {
		opts.Kind = KindAuto
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	opts.MaxBytes = min(opts.MaxBytes, maxMaxBytes)
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	return &Reader{opts: opts, counts: Counts{Skipped: map[string]int{}}}
}

// ValidKind reports whether kind is one ReadOptions.Kind accepts.
func ValidKind(kind string) bool {
	switch kind {
	case "", KindAuto, KindText, KindHTML, KindJSONL, KindWARC:
		return true
	}
	return false
}

// Counts returns what the reader has read so far.
func (r *Reader) Counts() Counts {
	c := r.counts
	c.Skipped = maps.Clone(r.counts.Skipped)
	c.Bytes = r.bytes.Load()
	return c
}

// BytesRead is the number of input bytes read so far, before
// decompression. It is safe to call while another goroutine reads.
func (r *Reader) BytesRead() int64 { return r.bytes.Load() }

// Paths yields the records of each path in turn, in a deterministic order.
// A path is "-" (ReadOptions.Stdin), a directory or a link to one (walked
// in lexical order:
// see [IsPageFile] for the names it takes; it reads regular files and
// symbolic links to them, each under its own name, reports a link that
// leads to no file, and neither follows links to directories nor opens
// pipes or devices), or anything else that can be opened and read (a
// file, a named pipe, /dev/fd/N), whatever its name.
// No paths means "-"; standard input is read at the first "-", and a later
// one is a record with [ErrStdinAgain]. A gzip-compressed input is decompressed whatever the
// kind. Bad inputs are yielded as records with Err, and reading goes on.
func (r *Reader) Paths(paths ...string) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		if len(paths) == 0 {
			paths = []string{"-"}
		}
		w := walker{r: r, yield: yield}
		for _, p := range paths {
			if !w.path(p) {
				return
			}
		}
	}
}

// Size is the total size of the files that Paths would read, before
// decompression; ok is false when it cannot be known (standard input, a
// pipe). It walks directories as Paths does.
func (r *Reader) Size(paths ...string) (total int64, ok bool) {
	if len(paths) == 0 {
		return 0, false
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		switch {
		case p == "-" || err != nil:
			return 0, false
		case fi.Mode().IsRegular():
			total += fi.Size()
		case fi.IsDir():
			walkPages(p, r.opts.Kind, func(path string, err error) bool {
				if err == nil {
					if info, err := os.Stat(path); err == nil {
						total += info.Size()
					}
				}
				return true
			})
		default:
			return 0, false
		}
	}
	return total, true
}

// Stream yields the records of one input named name (the name makes the
// records' Pos, and its extension breaks sniffing ties).
func (r *Reader) Stream(name string, in io.Reader) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		w := walker{r: r, yield: yield}
		if err := r.kindErr(); err != nil {
			w.fail(name, err)
			return
		}
		w.stream(name, in)
	}
}

// kindErr is the error of a ReadOptions.Kind that ValidKind refuses, which
// the first read reports (Paths and Stream alike), or nil.
func (r *Reader) kindErr() error {
	if ValidKind(r.opts.Kind) {
		return nil
	}
	return fmt.Errorf("invalid input kind %q (want auto, text, html, jsonl or warc)", r.opts.Kind)
}

// walker holds the state of one iteration. Its methods return false when
// the consumer stopped.
type walker struct {
	r     *Reader
	yield func(Record) bool
	buf   *bufio.Reader // reused from one input to the next: inputs are read one at a time
	size  int64         // the size of the file being read, when stat gives it; else -1
	// notGzip is the warning each record of the input being read gets
	// when its name ends in .gz but its bytes are not gzip; else "".
	notGzip string
	// stdinRead is whether a "-" has been read: the second finds it spent.
	stdinRead bool
}

// send yields a record, counting it.
func (w *walker) send(rec Record) bool {
	w.r.counts.Records++
	if rec.Err != nil {
		w.r.counts.Failed++
		rec.Kind, rec.Data = "", nil
	} else if w.notGzip != "" {
		rec.Warnings = append(rec.Warnings, extract.Warning{Kind: "not-gzip", Text: w.notGzip})
	}
	return w.yield(rec)
}

// fail yields a record that could not be read.
func (w *walker) fail(pos string, err error) bool {
	return w.send(Record{ID: pos, Pos: pos, Err: err})
}

// skip counts a WARC record passed over, by reason.
func (w *walker) skip(reason string) { w.r.counts.Skipped[reason]++ }

// countingReader counts the bytes read through it into n.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

// Read implements io.Reader.
func (c countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n.Add(int64(k))
	return k, err
}

// stream reads one input: it decompresses gzip, sniffs the kind when asked
// to, and hands the input to the page, JSONL or WARC reader.
func (w *walker) stream(name string, in io.Reader) bool {
	if w.buf == nil {
		w.buf = bufio.NewReaderSize(countingReader{in, &w.r.bytes}, bufferSize)
	} else {
		w.buf.Reset(countingReader{in, &w.r.bytes}) // not 64 KiB allocated and cleared per file
	}
	br := w.buf
	var gz *gzipMembers
	if magic, _ := br.Peek(3); hasGzipMagic(magic) {
		gz = newGzipMembers(br)
		br = bufio.NewReaderSize(gz, bufferSize)
	} else if strings.HasSuffix(strings.ToLower(name), ".gz") && len(magic) > 0 {
		// The name says gzip, the bytes do not: read them as they are,
		// but say so (a mislabelled or half-written file).
		w.notGzip = name + " is named .gz but is not gzip-compressed: read as it is"
		defer func() { w.notGzip = "" }()
	}
	kind := w.r.opts.Kind
	var whole []byte // the whole input, when the sniff's peek reached its end
	if kind == KindAuto {
		head, err := br.Peek(bufferSize)
		if err != nil && err != io.EOF && len(head) == 0 {
			return w.fail(name, fmt.Errorf("reading: %w", err))
		}
		// A read error after some bytes (a damaged gzip member) is left to
		// the kind's reader, which keeps what comes before it (and a WARC
		// reader what comes after): the kind is judged on those bytes.
		if len(head) == 0 {
			return w.fail(name, ErrEmpty)
		}
		if u, ok := utf16JSONL(br, head, true); ok {
			return w.jsonl(name, u)
		}
		kind = sniffInput(head, name, err == io.EOF)
		if kind == kindBinary {
			return w.fail(name, ErrBinary)
		}
		if err == io.EOF {
			whole = head
		}
	}
	switch kind {
	case KindJSONL:
		if w.r.opts.Kind == KindJSONL { // forced: not sniffed above
			head, _ := br.Peek(inputSniffBinary)
			if u, ok := utf16JSONL(br, head, false); ok {
				return w.jsonl(name, u)
			}
		}
		return w.jsonl(name, br)
	case KindWARC:
		return w.warc(name, br, gz)
	}
	if gz == nil && w.size > w.r.opts.MaxBytes {
		// A plain file's size tells a page over the limit before reading
		// it, which would hold twice the limit in memory to refuse it.
		return w.fail(name, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, w.r.opts.MaxBytes))
	}
	return w.page(name, kind, br, whole)
}

// page reads a whole input as one page of the given kind. whole, when not
// nil, is the input already buffered to its end (by the sniff's peek): it
// is copied, and no more is read (the reader would answer one more read
// with a system call that finds the end again).
func (w *walker) page(name, kind string, r io.Reader, whole []byte) bool {
	max := w.r.opts.MaxBytes
	var data []byte
	var err error
	if whole != nil && int64(len(whole)) <= max {
		data = bytes.Clone(whole)
	} else {
		data, err = readAtMost(r, max+1)
	}
	switch {
	case err != nil:
		return w.fail(name, fmt.Errorf("reading: %w", err))
	case int64(len(data)) > max:
		return w.fail(name, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max))
	case len(bytes.TrimSpace(data)) == 0:
		return w.fail(name, ErrEmpty)
	case hasBinaryData(data):
		return w.fail(name, ErrBinary)
	}
	return w.send(Record{ID: name, Pos: name, Kind: kind, Data: data})
}

// readAtMost reads r to its end, but no more than limit bytes, as
// io.ReadAll of an io.LimitReader does. From a bufio.Reader it sizes the
// result by what is buffered: a page that fits in the buffer (most pages,
// the walker having peeked at them) is read into one allocation rather
// than a chain of doublings from 512 bytes.
func readAtMost(r io.Reader, limit int64) ([]byte, error) {
	size := int64(512)
	if br, ok := r.(*bufio.Reader); ok {
		size = int64(br.Buffered()) + 1 // room for the read that meets the end
	}
	buf := make([]byte, 0, min(size, limit))
	lr := io.LimitReader(r, limit)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// readLine reads one line of at most max bytes (not counting its line end,
// which is dropped with any carriage return before it). n is the number of
// bytes consumed, line end included; n == 0 means nothing was left. A longer
// line is consumed to its end without being kept: tooLong is set, line is nil
// and head holds its first bytes (up to the buffer's size). err is nil,
// io.EOF for a last line without a line end, or a read error. line and head
// may point into br's buffer, so they are valid only until the next read.
func readLine(br *bufio.Reader, max int) (line, head []byte, n int64, tooLong bool, err error) {
	var buf []byte
	for {
		frag, err := br.ReadSlice('\n')
		if n == 0 && (err == bufio.ErrBufferFull || len(frag) > max) {
			head = append([]byte(nil), frag[:min(len(frag), 4<<10)]...)
		}
		n += int64(len(frag))
		content := len(frag)
		if err == nil {
			content-- // the '\n'
		}
		switch {
		case tooLong:
		case len(buf)+content > max:
			tooLong, buf = true, nil
		case buf == nil && err != bufio.ErrBufferFull:
			line = frag // the common case: the whole line is in the buffer
		default:
			buf = append(buf, frag...)
			line = buf
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, head, n, true, err
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, head, n, false, err
	}
}
