package clean

import (
	"strings"
	"testing"
)

// TestDropCaptionCredits: a caption with a stock library's, a
// photographer's or a gallery's credit at its end, and a library's credit
// on a line of its own, are dropped as credits; a story's lines that name
// a library or say "photo" without a credit's separator stay.
func TestDropCaptionCredits(t *testing.T) {
	furniture := []textCallCase{
		{"Ferries queue at the pier before the storm.Jane Roe / Getty Images", Credit},
		{"Harbourlight | Getty Images", Credit},
		{"Tide Studio / Shutterstock", Credit},
		{"Getty Images / Jane Roe", Credit},
		{"The old lighthouse at dawn. Photo by: 'Jane Roe'.", Credit},
		{"Passengers board the night ferry. | Photo by Jane Roe", Credit},
		{"Above: the harbour wall in winter. Photograph by John Doe.", Credit},
		{"Harbour at Night, 1911. Oil on canvas – 40 × 60 cm. Courtesy Harbour Gallery.", Credit},
		{"Der alte Hafen im Winter. Foto: Max Muster", Credit},
		{"Fishing boats in the bay, via Unsplash", Credit},
	}
	story := []string{
		"The app supports Unsplash",
		"Syncing services like Google Photos & Flickr",
		"The ferry company bought its photos from Getty Images and Shutterstock for years, the harbour board said on Tuesday.",
		"The harbour master took the photo. He said the storm was the worst in forty years.",
		"Photo by Jane Roe: the ferry at the pier",
		"The museum thanked the donors. Courtesy of the town, the pier stays open all winter, and the ferry runs on Sundays too.",
	}
	checkTextCallKinds(t, furniture, story)
}

// TestDropDealButtons: a review's and a shop's buttons (dealButtons) are
// calls; story lines that open with the same words stay.
func TestDropDealButtons(t *testing.T) {
	furniture := []textCallCase{
		{"View Deal", Other},
		{"See Details & Buying Options", Other},
		{"Check their rates and availability", Other},
		{"Buy on Amazon", Other},
		{"View this post on Instagram", Other},
		{"Shop Harbour Coats @ Harbour Store.", Other},
		{"Read Review!", Other},
		{"Read full story", Other},
		{"More on Harbour Ferries:", Other},
		{"Read Review|More on Harbour Ferries", Other},
		{"Zum Angebot", Other},
		{"Compare used ferry deals with HarbourDeals.co.uk", Other},
	}
	story := []string{
		"More on that later, the captain said.",
		"View the deal the harbour board signed with the ferry company in full below.",
		"Read the full story of the ferry's last crossing in the harbour museum.",
		"Shop owners on the pier said the ferry strike cost them a third of their trade.",
		"Buy on Amazon or at the harbour shop, the author said of her book.",
		"Compare ferry deals with care: the cheapest crossing is not always the fastest.",
	}
	checkTextCallKinds(t, furniture, story)
}

// TestDropTextNotices: a caption with "Credit:" at its end, a site's
// buttons and a cookie notice longer than any call, a newsletter's and a
// sponsor's notes are dropped; story lines with the same words stay.
func TestDropTextNotices(t *testing.T) {
	cookie := "This website uses cookies to improve your experience while you navigate through the website." +
		strings.Repeat(" The harbour's cookies that are needed are stored in your browser, and the others only with your consent.", 4)
	furniture := []textCallCase{
		{"The ferry held its speed in the storm. Credit: Jane Roe", Credit},
		{"Visit Website", Other},
		{"View image in fullscreen", Other},
		{"Discussion about this post", Other},
		{"Check price at Harbour (on sale!)", Other},
		{cookie, Cookie},
		{"Harbour Notes is a reader-supported publication. To receive new posts, become a subscriber.", Other},
		{"Harbour Clinic is a non-profit. Advertising on our site helps support our mission.", Other},
		{"Love the Harbour Weekly Newsletter? Tell your friends and get rewards.", Other},
	}
	story := []string{
		"Credit: the harbour board, which paid for the new pier.",
		"Visit the website of the harbour board for the ferry's timetable.",
		"We use cookies from the harbour bakery in every lunch box, the school said." + strings.Repeat(" The ferry runs on Sundays too.", 12),
		"The harbour paper is a publication its readers support with their letters.",
	}
	checkTextCallKinds(t, furniture, story)
}
