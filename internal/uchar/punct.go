package uchar

// IsGeneralPunct reports whether r is in the General Punctuation block
// (U+2000 to U+206F): curly quotes, dashes, the ellipsis, odd spaces and
// invisible marks. None of them is a letter or a digit, so a test for a
// word's rune answers them without the Unicode tables' binary search, and
// they are most of the runes past Latin-1 in English text.
func IsGeneralPunct(r rune) bool { return 0x2000 <= r && r <= 0x206F }
