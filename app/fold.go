package app

// Fold is the normalisation Search compares with: trimmed, lower-cased,
// full-width ASCII as half-width. Views that keep their own search index
// (the people filter) fold with it so they find exactly what Search finds.
func Fold(s string) string { return fold(s) }
