package clean

import "testing"

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
