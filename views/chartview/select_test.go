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
