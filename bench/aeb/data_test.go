package aeb

import (
	"os"
	"path/filepath"
	"testing"
)

func TestReadPredictions(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ name, json string }{
		{"plain", `{"a": {"articleBody": "x y"}, "b": {"articleBody": null}, "c": "z"}`},
		{"wrapped", `{"output": {"a": {"articleBody": "x y"}, "b": {}, "c": "z"}}`},
	} {
		path := filepath.Join(dir, c.name+".json")
		if err := os.WriteFile(path, []byte(c.json), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadPredictions(path)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got["a"] != "x y" || got["b"] != "" || got["c"] != "z" {
			t.Errorf("%s: got %q", c.name, got)
		}
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.json")
	want := map[string]string{"a": "line one\n\nline \"two\" – ünïcode", "b": ""}
	if err := WritePredictions(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := ReadPredictions(path)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q, want %q", k, got[k], v)
		}
	}
}

func TestOpenMissing(t *testing.T) {
	if _, err := Open(t.TempDir()); err == nil {
		t.Error("Open of an empty folder succeeded")
	}
}
