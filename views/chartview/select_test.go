package chartview

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app/chart"
	"orgdesigner/data"
)

func key(c *Chart, name fyne.KeyName) { c.TypedKey(&fyne.KeyEvent{Name: name}) }

func TestTapSelectsAndReports(t *testing.T) {
	c, _, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	var gotID data.ID
	gotKind := chart.Kind(-1)
	c.OnSelected = func(id data.ID, kind chart.Kind) { gotID, gotKind = id, kind }

	tests := []struct {
		id   data.ID
		kind chart.Kind
	}{
		{"r-seo", chart.KindRole},
		{"d-mkt", chart.KindDepartment},
		{"", chart.KindCompany},
	}
	for _, tt := range tests {
		test.TapCanvas(w.Canvas(), center(t, c, tt.id, tt.kind))
		if c.Selected() != tt.id || c.SelectedKind() != tt.kind {
			t.Errorf("tap on %v %q selected %v %q", tt.kind, tt.id, c.SelectedKind(), c.Selected())
		}
		if gotID != tt.id || gotKind != tt.kind {
			t.Errorf("OnSelected got %v %q, want %v %q", gotKind, gotID, tt.kind, tt.id)
		}
		if !c.stateOf(c.sel.idx).selected {
			t.Errorf("%q is selected but not drawn as selected", tt.id)
		}
	}
}

func TestTapOnBackgroundKeepsSelection(t *testing.T) {
	c, _, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.Select("r-ana")
	test.TapCanvas(w.Canvas(), fyne.NewPos(2, 890))
	if c.Selected() != "r-ana" {
		t.Errorf("selection after a background tap = %q, want r-ana", c.Selected())
	}
}

func TestArrowKeysFollowTheTree(t *testing.T) {
	c, _, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.Select("r-mkt")
	steps := []struct {
		key  fyne.KeyName
		want data.ID
	}{
		{fyne.KeyDown, "r-ana"},  // child
		{fyne.KeyUp, "r-mkt"},    // parent
		{fyne.KeyUp, "d-mkt"},    // parent department box
		{fyne.KeyRight, "d-ops"}, // sibling
		{fyne.KeyLeft, "d-mkt"},  // sibling back
		{fyne.KeyUp, "r-gm"},     // the manager the departments hang under
		{fyne.KeyUp, ""},         // the company
		{fyne.KeyUp, ""},         // nothing above: stays
	}
	for i, s := range steps {
		key(c, s.key)
		if c.Selected() != s.want {
			t.Fatalf("step %d (%s): selected %q, want %q", i, s.key, c.Selected(), s.want)
		}
	}
}

func TestArrowKeysInLeftRightOrientation(t *testing.T) {
	c, _, _ := setup(t, fixture(), fyne.NewSize(1400, 700))
	c.SetOptions(chart.Options{Orientation: chart.LeftRight})
	c.Select("r-mkt")
	key(c, fyne.KeyRight)
	if c.Selected() != "r-ana" {
		t.Errorf("Right from r-mkt left to right selected %q, want its report r-ana", c.Selected())
	}
	key(c, fyne.KeyLeft)
	key(c, fyne.KeyLeft)
	if c.Selected() != "d-mkt" {
		t.Errorf("Left twice from r-ana selected %q, want d-mkt", c.Selected())
	}
}

func TestSelectRevealsCollapsedNode(t *testing.T) {
	c, _, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.ToggleCollapsed("d-ops")
	if c.lay.Index("r-sem") >= 0 {
		t.Fatal("r-sem is shown although d-ops is collapsed")
	}
	c.Select("r-sem")
	if c.Selected() != "r-sem" || c.lay.Index("r-sem") < 0 {
		t.Errorf("Select did not reveal r-sem (selected %q)", c.Selected())
	}
	c.Select("no-such-id")
	if c.Selected() != "r-sem" {
		t.Errorf("selecting an unknown id changed the selection to %q", c.Selected())
	}
}

// TestSelectOpensOneLevelPerAncestor: selecting a node folded deep in a
// department (a search hit, a click in the structure tree) opens each
// ancestor one level, as clicks on their badges would, not the whole
// department.
func TestSelectOpensOneLevelPerAncestor(t *testing.T) {
	doc := &data.Document{
		Org: data.Organisation{Name: "Acme", Lang: "en"},
		Departments: []data.Department{
			{ID: "a", Name: "A", Head: "ah"},
			{ID: "b", Name: "B", Parent: "a", Head: "bh"},
			{ID: "c", Name: "C", Parent: "b", Head: "ch"},
		},
		Roles: []data.Role{
			{ID: "ah", Title: "A head", Department: "a"},
			{ID: "bh", Title: "B head", Department: "b", ReportsTo: "ah"},
			{ID: "b1", Title: "B staff", Department: "b", ReportsTo: "bh"},
			{ID: "ch", Title: "C head", Department: "c", ReportsTo: "bh"},
			{ID: "c1", Title: "C staff", Department: "c", ReportsTo: "ch"},
		},
	}
	c, _, _ := setup(t, doc, fyne.NewSize(1000, 900))
	c.SetLevel(1)
	if c.lay.Index("b") >= 0 {
		t.Fatal("level 1 shows the sub-department")
	}
	c.Select("b1")
	if c.Selected() != "b1" || c.lay.Index("ch") < 0 {
		t.Fatalf("Select did not reveal b1 with its level (selected %q, C head shown %v)", c.Selected(), c.lay.Index("ch") >= 0)
	}
	if c.lay.Index("c1") >= 0 {
		t.Error("selecting b1 unfolded the whole department, C's staff included")
	}
}

func TestToggleButtonCollapsesAndExpands(t *testing.T) {
	c, _, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	i := c.lay.Index("d-ops")
	before := c.view.toScreen(chart.Point{X: c.lay.Nodes[i].Rect.X, Y: c.lay.Nodes[i].Rect.Y})
	toggle := c.view.toScreen(c.toggleCenter(&c.lay.Nodes[i]))
	test.TapCanvas(w.Canvas(), toggle)
	i = c.lay.Index("d-ops")
	if !c.lay.Nodes[i].HasHidden || c.lay.Index("r-ops") >= 0 {
		t.Fatal("tapping the toggle did not collapse d-ops")
	}
	after := c.view.toScreen(chart.Point{X: c.lay.Nodes[i].Rect.X, Y: c.lay.Nodes[i].Rect.Y})
	if after != before {
		t.Errorf("collapsed node moved on screen from %v to %v", before, after)
	}
	test.TapCanvas(w.Canvas(), c.view.toScreen(c.toggleCenter(&c.lay.Nodes[i])))
	if c.lay.Index("r-sem") < 0 {
		t.Error("tapping the toggle again did not expand d-ops")
	}
	c.Select("d-mkt")
	key(c, fyne.KeySpace)
	if c.lay.Index("r-ana") >= 0 {
		t.Error("Space did not collapse the selected department")
	}
	c.ExpandAll()
	if c.lay.Index("r-ana") < 0 {
		t.Error("ExpandAll left r-ana hidden")
	}
}
