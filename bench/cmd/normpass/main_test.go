package main

import "testing"

func TestRunArgs(t *testing.T) {
	for _, args := range [][]string{
		nil,
		{"../../../testdata/seeds", "10"},
		{"../../../testdata/seeds", "ten", "ours"},
		{"../../../testdata/seeds", "-1", "nfc"},
		{"../../../testdata/seeds", "1", "nfd"},
		{t.TempDir(), "1", "ours"},
	} {
		if err := run(args); err == nil {
			t.Errorf("run(%q): no error", args)
		}
	}
}

func TestSum(t *testing.T) {
	page := []byte("Nagorno Karabakh\u00a0news: e\u0301 and Nakhichevan.\n")
	if got := sum([][]byte{page}, 0, false); got != 0 {
		t.Errorf("no passes: sum %d, want 0", got)
	}
	nfc := sum([][]byte{page}, 2, true)
	if want := 2 * (len(page) - 1); nfc != want { // NFC composes e + U+0301 into é: one byte fewer
		t.Errorf("NFC: sum %d, want %d", nfc, want)
	}
	if ours := sum([][]byte{page}, 2, false); ours%2 != 0 || ours == nfc {
		t.Errorf("ours: sum %d over two passes, want an even count unlike NFC's %d (changes recorded)", ours, nfc)
	}
}
