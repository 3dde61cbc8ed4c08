package anim

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/config_inputs.json")

// configInput is one attribute value that the browser side's reader of the
// same settings (embed.js) must judge as ParseConfig does.
type configInput struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// conformanceInputs gathers every input of ParseConfig's test table and
// every fuzz seed under every attribute.
func conformanceInputs() []configInput {
	seen := map[configInput]bool{}
	var out []configInput
	add := func(in configInput) {
		if in.Key != "origin" && !seen[in] {
			seen[in] = true
			out = append(out, in)
		}
	}
	for _, tt := range configTests {
		add(configInput{tt.key, tt.value})
	}
	for _, tt := range problemStringTests {
		add(configInput{tt.key, tt.value})
	}
	for _, key := range configKeys {
		for _, s := range fuzzSeeds {
			add(configInput{key, s})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// TestConformanceInputs keeps testdata/config_inputs.json, which the
// end-to-end conformance test feeds through embed.js's reader, the same as
// this package's table and seeds (go test ./anim -update rewrites it).
func TestConformanceInputs(t *testing.T) {
	want, err := json.MarshalIndent(conformanceInputs(), "", " ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	path := filepath.Join("testdata", "config_inputs.json")
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != string(want) {
		t.Errorf("%s is not this package's table and seeds (%v): run go test ./anim -update", path, err)
	}
}
