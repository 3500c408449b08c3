package dateparse

// quietDay reports whether the eight bytes p[i:i+8], w read little-endian,
// hold no ASCII digit and no "y" that ends a "day" in some case (its "d"
// and "a" may lie in p[i-2:i]): nextAnchor's skip asks it only when
// quietWord finds a digit or a "y" in w, and stopped at every "y" ("by",
// "they", "year", "any") before. Each byte is tested on its own, so the
// answer is exact; p must hold i+8 bytes.
func quietDay(p string, i int, w uint64) bool {
	if !quietWord(w, false) {
		return false
	}
	y := foldedBytes(w, 'y')
	if y == 0 {
		return true
	}
	// a: where the byte before is "a"; d: where the byte two before is "d".
	a := foldedBytes(w, 'a') << 8
	d := foldedBytes(w, 'd') << 16
	if i >= 1 {
		if p[i-1]|0x20 == 'a' {
			a |= 0x80
		}
		if p[i-1]|0x20 == 'd' {
			d |= 0x8000
		}
	}
	if i >= 2 && p[i-2]|0x20 == 'd' {
		d |= 0x80
	}
	return y&a&d == 0
}

// foldedBytes returns the high bit of each byte of w that is the ASCII
// lower-case letter c or its capital, and no other bit.
func foldedBytes(w uint64, c byte) uint64 {
	const (
		highs = 0x8080808080808080
		lows  = 0x7f7f7f7f7f7f7f7f
		ones  = 0x0101010101010101
	)
	z := (w | 0x2020202020202020) ^ (uint64(c) * ones) // zero where c
	return ^((z&lows + lows) | z) & highs
}
