package htmldoc

import "strings"

// productType reports whether a schema.org type, bare or as an address
// ("Product", "schema:Product", "https://schema.org/IndividualProduct"),
// is a product: schema.org's Product and the kinds of it a shop marks
// (IndividualProduct, ProductModel, ProductGroup, SomeProducts). A
// product's reviews are its customers', and it has no author.
func productType(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "/")
	if i := strings.LastIndexAny(s, "/:#"); i >= 0 {
		s = s[i+1:]
	}
	for _, p := range [...]string{"Product", "IndividualProduct", "ProductModel", "ProductGroup", "SomeProducts"} {
		if strings.EqualFold(s, p) {
			return true
		}
	}
	return false
}
