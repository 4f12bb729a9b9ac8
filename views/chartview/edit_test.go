package chartview

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/data"
	"orgdesigner/views/internal/uitest"
	"orgdesigner/views/wrapped"
)

// typeName replaces the open rename box's text and presses Enter.
func typeName(t *testing.T, c *Chart, name string) {
	t.Helper()
	if !c.Renaming() || !c.entry.Visible() {
		t.Fatal("no rename box is open")
	}
	test.Type(c.entry, name)
	c.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// undoRedo checks that undo restores before and redo restores after.
func undoRedo(t *testing.T, sess *app.Session, check func(doc *data.Document) bool) {
	t.Helper()
	if !check(sess.Doc()) {
		t.Fatal("the edit is not in the document")
	}
	if err := sess.Undo(); err != nil {
		t.Fatal(err)
	}
	if check(sess.Doc()) {
		t.Error("undo did not revert the edit")
	}
	if err := sess.Redo(); err != nil {
		t.Fatal(err)
	}
	if !check(sess.Doc()) {
		t.Error("redo did not re-apply the edit")
	}
}

func TestTabAddsChildRoleAndRenamesIt(t *testing.T) {
	c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.Select("r-ops")
	key(c, fyne.KeyTab)
	id := c.Selected()
	r := sess.Doc().Role(id)
	if r == nil || r.ReportsTo != "r-ops" || r.Department != "d-ops" || r.Title != "New role" {
		t.Fatalf("Tab added %+v, want a role reporting to r-ops in d-ops", r)
	}
	typeName(t, c, "Planner")
	if got := sess.Doc().Role(id).Title; got != "Planner" {
		t.Errorf("title after renaming = %q, want Planner", got)
	}
	if c.Renaming() || c.Selected() != id {
		t.Errorf("after Enter: renaming %v, selected %q; want closed editor on %q", c.Renaming(), c.Selected(), id)
	}
	undoRedo(t, sess, func(d *data.Document) bool { r := d.Role(id); return r != nil && r.Title == "Planner" })
	if err := sess.Undo(); err != nil { // the rename
		t.Fatal(err)
	}
	undoRedo(t, sess, func(d *data.Document) bool { return d.Role(id) != nil })
}

func TestEnterAddsSibling(t *testing.T) {
	tests := []struct {
		name  string
		sel   data.ID
		check func(t *testing.T, doc *data.Document, id data.ID)
	}{
		{"role", "r-ana", func(t *testing.T, doc *data.Document, id data.ID) {
			if r := doc.Role(id); r == nil || r.ReportsTo != "r-mkt" || r.Department != "d-mkt" {
				t.Errorf("sibling of r-ana = %+v, want a role reporting to r-mkt in d-mkt", r)
			}
		}},
		{"department", "d-seo", func(t *testing.T, doc *data.Document, id data.ID) {
			if d := doc.Department(id); d == nil || d.Parent != "d-ops" || d.Name != "New department" {
				t.Errorf("sibling of d-seo = %+v, want a department in d-ops", d)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
			c.Select(tt.sel)
			key(c, fyne.KeyReturn)
			id := c.Selected()
			tt.check(t, sess.Doc(), id)
			c.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if c.Renaming() {
				t.Error("Esc left the rename box open")
			}
			undoRedo(t, sess, func(d *data.Document) bool { return d.Role(id) != nil || d.Department(id) != nil })
		})
	}
}

func TestAddDepartmentUnderSelection(t *testing.T) {
	c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.Select("r-ana")
	c.AddDepartment()
	id := c.Selected()
	if d := sess.Doc().Department(id); d == nil || d.Parent != "d-mkt" {
		t.Fatalf("AddDepartment with r-ana selected made %+v, want a sub-department of d-mkt", d)
	}
	typeName(t, c, "Insights")
	if got := sess.Doc().Department(id).Name; got != "Insights" {
		t.Errorf("name = %q, want Insights", got)
	}
	c.Select("")
	c.AddDepartment()
	if d := sess.Doc().Department(c.Selected()); d == nil || d.Parent != "" {
		t.Errorf("AddDepartment on the company made %+v, want a top-level department", d)
	}
}

func TestAddChildRefusedWhereMeaningless(t *testing.T) {
	c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	var msg string
	c.OnError = func(m string) { msg = m }
	c.Select("")
	key(c, fyne.KeyReturn) // the company has no siblings
	if msg == "" {
		t.Error("adding a sibling to the company gave no message")
	}
	before := len(sess.Doc().Roles)
	c.SetOptions(chart.Options{Mode: data.ModeProject})
	c.Select("t-618")
	msg = ""
	key(c, fyne.KeyTab)
	if msg == "" || len(sess.Doc().Roles) != before {
		t.Errorf("Tab on a project team: message %q, roles %d → %d", msg, before, len(sess.Doc().Roles))
	}
}

func TestRenameInPlace(t *testing.T) {
	tests := []struct {
		name  string
		id    data.ID
		kind  chart.Kind
		open  func(c *Chart, at fyne.Position)
		typed string
		check func(doc *data.Document) string
	}{
		{"F2 on a department", "d-mkt", chart.KindDepartment,
			func(c *Chart, _ fyne.Position) { key(c, fyne.KeyF2) }, "Growth",
			func(d *data.Document) string { return d.Department("d-mkt").Name }},
		{"double-click on a role", "r-sem", chart.KindRole,
			func(c *Chart, at fyne.Position) { c.DoubleTapped(&fyne.PointEvent{Position: at}) }, "Paid search",
			func(d *data.Document) string { return d.Role("r-sem").Title }},
		{"F2 on the company", "", chart.KindCompany,
			func(c *Chart, _ fyne.Position) { key(c, fyne.KeyF2) }, "Acme Ltd",
			func(d *data.Document) string { return d.Org.Name }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
			c.Select(tt.id)
			tt.open(c, center(t, c, tt.id, tt.kind))
			typeName(t, c, tt.typed)
			if got := tt.check(sess.Doc()); got != tt.typed {
				t.Errorf("name = %q, want %q", got, tt.typed)
			}
			undoRedo(t, sess, func(d *data.Document) bool { return tt.check(d) == tt.typed })
		})
	}
}

func TestRenameEscapeCancelsAndEmptyIsRefused(t *testing.T) {
	c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	var msg string
	c.OnError = func(m string) { msg = m }
	c.Select("r-ana")
	c.Rename()
	test.Type(c.entry, "Nope")
	c.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if got := sess.Doc().Role("r-ana").Title; got != "Analyst" || c.Renaming() {
		t.Errorf("after Esc: title %q, renaming %v", got, c.Renaming())
	}
	c.Rename()
	c.entry.SetText("   ")
	c.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := sess.Doc().Role("r-ana").Title; got != "Analyst" || msg == "" {
		t.Errorf("blank name: title %q, message %q", got, msg)
	}
	if ok, _ := sess.CanUndo(); ok {
		t.Error("a cancelled rename left an undo step")
	}
}

func TestDragReparentsRole(t *testing.T) {
	c, sess, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	from, to := center(t, c, "r-ana", chart.KindRole), center(t, c, "r-ops", chart.KindRole)
	test.Drag(w.Canvas(), from, to.X-from.X, to.Y-from.Y)
	r := sess.Doc().Role("r-ana")
	if r.ReportsTo != "r-ops" || r.Department != "d-ops" {
		t.Fatalf("after the drop r-ana reports to %q in %q, want r-ops in d-ops", r.ReportsTo, r.Department)
	}
	if c.Selected() != "r-ana" {
		t.Errorf("selected %q after the drop, want the moved role", c.Selected())
	}
	undoRedo(t, sess, func(d *data.Document) bool { return d.Role("r-ana").ReportsTo == "r-ops" })
}

func TestDragReparentsDepartment(t *testing.T) {
	tests := []struct {
		name   string
		target data.ID
		kind   chart.Kind
		check  func(doc *data.Document) bool
	}{
		{"onto a department", "d-mkt", chart.KindDepartment,
			func(d *data.Document) bool { return d.Department("d-seo").Parent == "d-mkt" }},
		{"onto a role", "r-mkt", chart.KindRole, func(d *data.Document) bool {
			return d.Department("d-seo").Parent == "d-mkt" && d.Role("r-seo").ReportsTo == "r-mkt"
		}},
		{"onto the company", "", chart.KindCompany,
			func(d *data.Document) bool { return d.Department("d-seo").Parent == "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, sess, w := setup(t, fixture(), fyne.NewSize(1000, 900))
			from, to := center(t, c, "d-seo", chart.KindDepartment), center(t, c, tt.target, tt.kind)
			test.Drag(w.Canvas(), from, to.X-from.X, to.Y-from.Y)
			undoRedo(t, sess, tt.check)
			if ok, label := sess.CanUndo(); !ok || label != "Move department" {
				t.Errorf("undo label %q, want one step named Move department", label)
			}
		})
	}
}

func TestCyclicDropIsRefused(t *testing.T) {
	tests := []struct {
		name         string
		src, dst     data.ID
		sKind, dKind chart.Kind
		want         string
	}{
		{"manager onto own report", "r-ops", "r-sem", chart.KindRole, chart.KindRole, "reports to it"},
		{"department into its sub-department", "d-ops", "d-seo", chart.KindDepartment, chart.KindDepartment, "inside itself"},
		{"department onto one of its roles", "d-ops", "r-sem", chart.KindDepartment, chart.KindRole, "inside itself"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
			var msg string
			c.OnError = func(m string) { msg = m }
			before := sess.Doc()
			from, to := center(t, c, tt.src, tt.sKind), center(t, c, tt.dst, tt.dKind)
			// Hover first: the target is marked as refusing before the drop.
			c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: from}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
			if st := c.stateOf(c.drag.target); !st.dropBad {
				t.Errorf("target %q not marked as refusing the drop", tt.dst)
			}
			c.DragEnd()
			if !strings.Contains(msg, tt.want) {
				t.Errorf("message %q, want one containing %q", msg, tt.want)
			}
			if sess.Doc() != before {
				t.Error("a refused drop changed the document")
			}
		})
	}
}

func TestDropTargetMarkedWhileDragging(t *testing.T) {
	c, _, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	from, to := center(t, c, "r-ana", chart.KindRole), center(t, c, "r-ops", chart.KindRole)
	c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: from}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	if i := c.lay.Index("r-ops"); !c.stateOf(i).dropOK {
		t.Error("r-ops is not marked as a drop target")
	}
	w.Canvas().Capture() // the ghost card is drawn
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	c.DragEnd()
	if c.doc.Role("r-ana").ReportsTo != "r-mkt" {
		t.Error("a drag cancelled with Esc still moved the role")
	}
}

func TestBackgroundDragPans(t *testing.T) {
	c, sess, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	before := c.view
	test.Drag(w.Canvas(), fyne.NewPos(5, 880), 40, -30)
	if got := c.view.toScreen(chart.Point{X: before.x, Y: before.y}); got != fyne.NewPos(40, -30) {
		t.Errorf("the chart's old top-left is now at %v, want (40, -30)", got)
	}
	if ok, _ := sess.CanUndo(); ok {
		t.Error("panning made an undo step")
	}
}

func TestDeleteAsksWhenPeopleLoseTheirRole(t *testing.T) {
	for _, answer := range []bool{false, true} {
		c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
		var asked string
		c.confirm = func(_, msg, _ string, done func(bool)) { asked = msg; done(answer) }
		c.Select("r-seo")
		key(c, fyne.KeyDelete)
		if !strings.Contains(asked, "(2)") {
			t.Errorf("question %q does not say that 2 people lose their role", asked)
		}
		gone := sess.Doc().Role("r-seo") == nil
		if gone != answer {
			t.Fatalf("answer %v: role deleted = %v", answer, gone)
		}
		if answer {
			if c.Selected() != "d-seo" {
				t.Errorf("after deleting, selected %q, want the parent d-seo", c.Selected())
			}
			if p := sess.Doc().Person("p-1"); p.Role != "" {
				t.Errorf("holder still has role %q", p.Role)
			}
			undoRedo(t, sess, func(d *data.Document) bool { return d.Role("r-seo") == nil })
		}
	}
}

func TestDeleteWithoutPeopleDoesNotAsk(t *testing.T) {
	c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.confirm = func(string, string, string, func(bool)) { t.Error("asked although nobody loses a role") }
	c.Select("r-ana")
	c.Delete()
	undoRedo(t, sess, func(d *data.Document) bool { return d.Role("r-ana") == nil })
}

func TestDeleteDepartmentConfirmDialog(t *testing.T) {
	c, sess, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.Select("d-ops")
	c.Delete()
	dlg := w.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("no confirmation dialog")
	}
	markup := test.RenderObjectToMarkup(dlg)
	for _, want := range []string{"Delete department", "sub-departments (1)", "roles (3)", "(2)"} {
		if !strings.Contains(markup, want) {
			t.Errorf("dialog does not say %q:\n%s", want, markup)
		}
	}
	btn := findButton(dlg, "Delete")
	if btn == nil {
		t.Fatal("the dialog has no Delete button")
	}
	test.Tap(btn)
	if sess.Doc().Department("d-seo") != nil || sess.Doc().Role("r-ops") != nil {
		t.Error("confirming did not delete the department with its sub-department and roles")
	}
	undoRedo(t, sess, func(d *data.Document) bool { return d.Department("d-ops") == nil })
}

// dialogText returns the text of the wrapped label (the message) under o.
func dialogText(o fyne.CanvasObject) (string, bool) {
	l := uitest.Find(o, func(*wrapped.Label) bool { return true })
	if l == nil {
		return "", false
	}
	return l.Text, true
}

func TestDeleteDepartmentQuestionIsWrappedAndLeavesOutNoPeople(t *testing.T) {
	doc := fixture()
	doc.People = doc.People[:2] // Cid (r-mkt) gone: Marketing has roles but nobody in them
	doc.Projects = nil
	c, _, w := setup(t, doc, fyne.NewSize(1000, 900))
	for _, tc := range []struct {
		dept        data.ID
		people      bool
		wantPhrases []string
	}{
		{"d-mkt", false, []string{"“Marketing”", "sub-departments (0)", "roles (2)?"}},
		{"d-ops", true, []string{"“Operations”", "roles (3)?", "The people in it (2) will have no role."}},
	} {
		c.Select(tc.dept)
		c.Delete()
		dlg := w.Canvas().Overlays().Top()
		if dlg == nil {
			t.Fatalf("%s: no confirmation dialog", tc.dept)
		}
		msg, ok := dialogText(dlg)
		if !ok {
			t.Fatalf("%s: the question is not a wrapped label (Chinese lines would break before “）”):\n%s",
				tc.dept, test.RenderObjectToMarkup(dlg))
		}
		for _, want := range tc.wantPhrases {
			if !strings.Contains(msg, want) {
				t.Errorf("%s: question %q does not say %q", tc.dept, msg, want)
			}
		}
		if got := strings.Contains(msg, "people"); got != tc.people {
			t.Errorf("%s: question %q mentions people = %v, want %v", tc.dept, msg, got, tc.people)
		}
		test.Tap(findButton(dlg, "Cancel"))
	}
}

func TestDeleteCompanyIsRefused(t *testing.T) {
	c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	var msg string
	c.OnError = func(m string) { msg = m }
	before := sess.Doc()
	c.Select("")
	c.Delete()
	if msg == "" || sess.Doc() != before {
		t.Errorf("deleting the company: message %q, document changed %v", msg, sess.Doc() != before)
	}
}

func TestDuplicateRole(t *testing.T) {
	c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.Select("r-seo")
	c.Duplicate()
	id := c.Selected()
	r := sess.Doc().Role(id)
	if id == "r-seo" || r == nil || r.Title != "SEO specialist (copy)" || r.ReportsTo != "r-ops" {
		t.Fatalf("duplicate = %+v", r)
	}
	undoRedo(t, sess, func(d *data.Document) bool { return d.Role(id) != nil })
}

func TestContextMenuActions(t *testing.T) {
	c, sess, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	at := center(t, c, "r-ana", chart.KindRole)
	c.TappedSecondary(&fyne.PointEvent{Position: at, AbsolutePosition: at})
	if c.Selected() != "r-ana" {
		t.Errorf("right-click selected %q, want r-ana", c.Selected())
	}
	menu := w.Canvas().Overlays().Top()
	if menu == nil {
		t.Fatal("no context menu")
	}
	item := findMenuItem(menu, "Duplicate role")
	if item == nil {
		t.Fatal("the context menu has no Duplicate role item")
	}
	test.Tap(item)
	if r := sess.Doc().Role(c.Selected()); r == nil || r.Title != "Analyst (copy)" {
		t.Errorf("menu Duplicate made %+v", r)
	}
}

func TestEditsFromElsewhereKeepViewAndSelection(t *testing.T) {
	c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.Select("r-sem")
	before := center(t, c, "r-sem", chart.KindRole)
	// Another view adds a role that shifts the layout.
	if err := sess.Do(app.AddRole(data.Role{Title: "Intern", Department: "d-mkt", ReportsTo: "r-mkt", Planned: 1}, nil)); err != nil {
		t.Fatal(err)
	}
	if c.doc != sess.Doc() {
		t.Fatal("the chart did not re-lay out after a session change")
	}
	if c.Selected() != "r-sem" {
		t.Errorf("selection %q after an outside edit, want r-sem", c.Selected())
	}
	if after := center(t, c, "r-sem", chart.KindRole); after != before {
		t.Errorf("the selected card moved on screen from %v to %v", before, after)
	}
	// Undoing the deletion of the selection's ancestor keeps a sensible selection.
	c.Select("r-sem")
	c.confirm = func(_, _, _ string, done func(bool)) { done(true) }
	c.Select("d-seo")
	c.Delete()
	if c.Selected() != "r-ops" {
		t.Errorf("after deleting d-seo selected %q, want r-ops", c.Selected())
	}
}

func TestRoleAtAndMarkDropTarget(t *testing.T) {
	c, _, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	if got := c.RoleAt(center(t, c, "r-seo", chart.KindRole)); got != "r-seo" {
		t.Errorf("RoleAt(r-seo's centre) = %q", got)
	}
	if got := c.RoleAt(center(t, c, "d-seo", chart.KindDepartment)); got != "" {
		t.Errorf("RoleAt on a department = %q, want none", got)
	}
	if got := c.RoleAt(fyne.NewPos(-5, 10)); got != "" {
		t.Errorf("RoleAt outside the chart = %q", got)
	}
	c.MarkDropTarget("r-seo")
	if !c.stateOf(c.lay.Index("r-seo")).dropOK {
		t.Error("MarkDropTarget did not mark the card")
	}
	c.MarkDropTarget("")
	if c.stateOf(c.lay.Index("r-seo")).dropOK {
		t.Error("MarkDropTarget(\"\") left the mark")
	}
}

// findButton finds the button with the text under o.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	return uitest.Find(o, func(b *widget.Button) bool { return b.Text == text })
}

// findMenuItem finds the menu item with the label under o (the item type
// is unexported, so it is recognised by its type name and markup).
func findMenuItem(o fyne.CanvasObject, label string) fyne.Tappable {
	return uitest.Find(o, func(x fyne.Tappable) bool {
		return fmt.Sprintf("%T", x) == "*widget.menuItem" &&
			strings.Contains(test.RenderObjectToMarkup(x.(fyne.CanvasObject)), ">"+label+"<")
	})
}

func TestTabInRenameBoxTypesABranch(t *testing.T) {
	c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	c.Select("d-mkt")
	key(c, fyne.KeyTab)
	test.Type(c.entry, "Lead")
	c.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	typeName(t, c, "Helper")
	byTitle := map[string]data.Role{}
	for _, r := range sess.Doc().Roles {
		byTitle[r.Title] = r
	}
	lead, helper := byTitle["Lead"], byTitle["Helper"]
	if lead.ID == "" || lead.Department != "d-mkt" || lead.ReportsTo != "r-mkt" {
		t.Errorf("Lead = %+v, want a d-mkt role reporting to the head r-mkt", lead)
	}
	if helper.ID == "" || helper.ReportsTo != lead.ID {
		t.Errorf("Helper = %+v, want a role reporting to Lead", helper)
	}
}

func TestDraggingToTheEdgeScrollsAndDropOutsideDoesNothing(t *testing.T) {
	c, sess, _ := setup(t, fixture(), fyne.NewSize(1000, 900))
	before := sess.Doc()
	from := center(t, c, "r-ana", chart.KindRole)
	x := c.view.x
	c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: from}, Dragged: fyne.NewDelta(995-from.X, 0)})
	if c.view.x <= x {
		t.Error("dragging a card to the right edge did not scroll right")
	}
	c.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(100, 0)}) // now outside the widget
	if c.drag.target != -1 {
		t.Errorf("a pointer outside the chart targets node %d", c.drag.target)
	}
	c.DragEnd()
	if sess.Doc() != before {
		t.Error("a drop outside the chart changed the document")
	}
}
