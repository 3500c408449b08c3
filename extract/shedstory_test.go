package extract_test

// The guide the tests of flattened text's dates dress with menus, bylines
// and date lines: its headline, three paragraphs of prose, and the site's
// menu above them.
const (
	shedTitle  = "How to plan a garden shed\n"
	shedFirst  = "Most sheds stand on a base of paving slabs or a timber frame, and the choice depends on the ground, the weight of what goes inside and the budget you have.\n"
	shedSecond = "A pent roof sheds rain to one side and suits a shed against a fence, while an apex roof gives more headroom in the middle and looks better in an open garden.\n"
	shedThird  = "Ask the supplier whether the price includes delivery and assembly, since both can add a fifth to the cost of a small shed in our survey.\n"
	shedMenu   = "Home\nGuides\nWorkshops\nContact\n"
)
