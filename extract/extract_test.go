package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHardWrappedParagraphs(t *testing.T) {
	a, err := String("Bus routes to link the new districts\n\n"+
		"BAKU, Azerbaijan, November 25. Three new bus routes will link\n"+
		"the districts of the capital with the airport from next month,\n"+
		"the transport agency said on Monday after a board meeting.\n\n"+
		"The routes will run every twenty minutes from early morning\n"+
		"until midnight, the agency said in its statement to the press.\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Three new bus routes will link the districts of the capital with the airport from next month, the transport agency said on Monday after a board meeting.",
		"The routes will run every twenty minutes from early morning until midnight, the agency said in its statement to the press.",
	}
	if diff := cmp.Diff(want, a.Body); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}
}
