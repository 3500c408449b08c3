package main

import (
	"errors"
	"strconv"
	"time"
)

// durationFlag is a flag.Value for a time.Duration whose error says what
// to write: flag's own says "parse error", and "-timeout 5" (seconds
// meant, the unit left out) is the usual slip.
type durationFlag struct{ p *time.Duration }

// String implements flag.Value; the zero durationFlag (flag's check of a
// default) is "".
func (d durationFlag) String() string {
	if d.p == nil {
		return ""
	}
	return d.p.String()
}

// Set implements flag.Value.
func (d durationFlag) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		return errors.New("want a duration with its unit, such as 5s, 500ms or 2m (0 for none)")
	}
	*d.p = v
	return nil
}

// intFlag is a flag.Value for an int or int64 whose error says what to
// write, where flag's own says "parse error" or "value out of range". It
// reads what flag's own reads (0x and 0o prefixes, underscores).
type intFlag[T int | int64] struct{ p *T }

// String implements flag.Value; the zero intFlag is "".
func (n intFlag[T]) String() string {
	if n.p == nil {
		return ""
	}
	return strconv.FormatInt(int64(*n.p), 10)
}

// Set implements flag.Value.
func (n intFlag[T]) Set(s string) error {
	var zero T
	bits := strconv.IntSize
	if _, ok := any(zero).(int64); ok {
		bits = 64
	}
	v, err := strconv.ParseInt(s, 0, bits)
	switch {
	case errors.Is(err, strconv.ErrRange):
		return errors.New("want a whole number, this one is out of range")
	case err != nil:
		return errors.New("want a whole number, in digits (no unit: 33554432, not 32M)")
	}
	*n.p = T(v)
	return nil
}
