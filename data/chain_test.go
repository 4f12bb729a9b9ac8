package data

import (
	"slices"
	"testing"
)

func TestChain(t *testing.T) {
	doc := &Document{Departments: []Department{
		{ID: "a"}, {ID: "b", Parent: "a"}, {ID: "c", Parent: "b"},
		{ID: "x", Parent: "y"}, {ID: "y", Parent: "x"}, // a cycle
		{ID: "g", Parent: "gone"}, // a dangling parent
	}}
	for _, tc := range []struct {
		from ID
		want []ID
	}{
		{"c", []ID{"c", "b", "a"}},
		{"a", []ID{"a"}},
		{"", nil},
		{"gone", []ID{"gone"}},
		{"g", []ID{"g", "gone"}},
		{"x", []ID{"x", "y", "x", "y", "x", "y", "x"}}, // bounded: 6 departments + 1
	} {
		if got := slices.Collect(doc.Chain(tc.from)); !slices.Equal(got, tc.want) {
			t.Errorf("Chain(%q) = %v, want %v", tc.from, got, tc.want)
		}
	}
	for range doc.Chain("c") {
		break // stopping early must not panic
	}
}
