package chartview

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app"
	"orgdesigner/app/chart"
	"orgdesigner/app/i18n"
	"orgdesigner/app/sheets"
	"orgdesigner/app/templates"
	"orgdesigner/data"
	odtheme "orgdesigner/views/theme"
)

// rosterDoc is what importing a 300-person roster of a real company gives:
// a general manager; ten departments with their own names, three of them
// inside others; 60 roles; 140 people in roles and 160 people with a
// department but no role (未安排).
func rosterDoc() *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "杭州星河数字营销有限公司", Lang: "zh"}}
	names := []string{"总经办", "品牌与内容营销中心", "电商运营部", "直播事业部", "客户成功部", "技术研发中心",
		"财务部", "人力资源与行政部", "抖音直播组", "前端开发组"}
	parents := map[int]int{8: 3, 9: 5, 4: 1} // 抖音直播组 in 直播事业部, 前端开发组 in 技术研发中心, 客户成功部 in 品牌…
	doc.Roles = append(doc.Roles, data.Role{ID: "gm", Title: "总经理", Planned: 1})
	titles := []string{"经理", "主管", "专员", "高级专员", "助理", "E-commerce Operations Specialist"}
	for k, name := range names {
		did := data.ID(fmt.Sprintf("d%d", k))
		head := data.ID(fmt.Sprintf("d%d-head", k))
		dept := data.Department{ID: did, Name: name, Head: head, Order: k}
		boss := data.ID("gm")
		if p, ok := parents[k]; ok {
			dept.Parent = data.ID(fmt.Sprintf("d%d", p))
			boss = data.ID(fmt.Sprintf("d%d-head", p))
		}
		doc.Departments = append(doc.Departments, dept)
		doc.Roles = append(doc.Roles, data.Role{ID: head, Title: name + "负责人", Department: did, ReportsTo: boss, Planned: 1})
		for j := 1; len(doc.Roles) < 1+6*(k+1) && j < 6; j++ {
			doc.Roles = append(doc.Roles, data.Role{ID: data.ID(fmt.Sprintf("d%d-r%d", k, j)), Title: titles[j%len(titles)],
				Department: did, ReportsTo: head, Planned: 3})
		}
	}
	for len(doc.Roles) < 60 {
		doc.Roles = append(doc.Roles, data.Role{ID: data.ID(fmt.Sprintf("x%d", len(doc.Roles))), Title: "运营专员",
			Department: "d2", ReportsTo: "d2-head", Planned: 2})
	}
	for i := 0; i < 300; i++ {
		p := data.Person{ID: data.ID(fmt.Sprintf("p%d", i)), Number: fmt.Sprintf("E%04d", i), Name: fmt.Sprintf("员工%03d", i)}
		if i < 140 {
			r := &doc.Roles[1+i%59]
			p.Role, p.Department = r.ID, r.Department
		} else {
			p.Department = doc.Departments[i%len(doc.Departments)].ID
		}
		doc.People = append(doc.People, p)
	}
	return doc
}

// drawnTitles returns the title text objects shown on the chart's cards,
// with the node each card shows.
func drawnTitles(c *Chart) map[int][]*struct {
	text string
	size float32
} {
	r := c.rend
	out := map[int][]*struct {
		text string
		size float32
	}{}
	for i, v := range r.shown {
		for _, t := range []*struct {
			shown bool
			text  string
			size  float32
		}{{v.title.Visible(), v.title.Text, v.title.TextSize}, {v.title2.Visible(), v.title2.Text, v.title2.TextSize}} {
			if t.shown && !v.body.Hidden {
				out[i] = append(out[i], &struct {
					text string
					size float32
				}{t.text, t.size})
			}
		}
	}
	return out
}

// TestStartViewIsReadable opens the template and a 300-person roster
// import at 1440×900: no title is drawn below 11 px, and every department
// shown has its whole name on its card, in view.
func TestStartViewIsReadable(t *testing.T) {
	tpl, err := templates.Load("internet-marketing", "zh")
	if err != nil {
		t.Skipf("the template is not available: %v", err)
	}
	for _, tc := range []struct {
		name string
		doc  *data.Document
	}{{"template", tpl}, {"300-person roster", rosterDoc()}} {
		t.Run(tc.name, func(t *testing.T) {
			test.NewTempApp(t)
			fyne.CurrentApp().Settings().SetTheme(odtheme.WithFont(test.Theme()))
			i18n.SetLanguage("zh")
			t.Cleanup(func() { i18n.SetLanguage("en") })
			c := New(newSession(t, tc.doc))
			w := test.NewTempWindow(t, c)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(1440, 900))
			w.Canvas().Capture()
			if c.lod == lodOverview {
				t.Fatal("the start view is the unlabelled overview")
			}
			titles := drawnTitles(c)
			smallest := float32(1e9)
			for _, ts := range titles {
				for _, tt := range ts {
					smallest = min(smallest, tt.size)
				}
			}
			t.Logf("level %d, zoom %.2f, %d cards, smallest title %.1f px", c.Level(), c.Zoom(), len(titles), smallest)
			if smallest < 11 {
				t.Errorf("smallest title %.1f px, want ≥ 11", smallest)
			}
			vr := c.view.rect()
			for _, d := range tc.doc.Departments {
				i := c.findNode(d.ID, chart.KindDepartment, -1)
				if i < 0 {
					if tc.doc.Department(d.Parent) == nil {
						t.Errorf("top-level department %s is not on the start view", d.Name)
					}
					continue // a sub-department folded into its parent's count
				}
				r := c.lay.Nodes[i].Rect
				if !vr.Contains(chart.Point{X: r.X, Y: r.Y}) || !vr.Contains(chart.Point{X: r.Right(), Y: r.Bottom()}) {
					t.Errorf("department %s is out of view", d.Name)
					continue
				}
				var got string
				for _, tt := range titles[i] {
					got += tt.text
				}
				if got != d.Name {
					t.Errorf("department %s drawn as %q", d.Name, got)
				}
			}
		})
	}
}

func TestLevelControlFoldsAndUnfoldsEverything(t *testing.T) {
	c, _, w := setup(t, rosterDoc(), fyne.NewSize(1440, 900))
	var told []int
	c.OnLevel = func(l int) { told = append(told, l) }
	lc := c.levels
	test.Tap(lc.buttons[MaxLevel]) // All
	if c.Level() != 0 || c.lay.Index("d8-r1") < 0 {
		t.Fatalf("All: level %d, deep role shown %v", c.Level(), c.lay.Index("d8-r1") >= 0)
	}
	all := len(c.lay.Nodes)
	test.Tap(lc.buttons[0]) // 1
	if c.Level() != 1 || len(c.lay.Nodes) >= all {
		t.Fatalf("level 1: level %d, %d of %d nodes", c.Level(), len(c.lay.Nodes), all)
	}
	for _, n := range c.lay.Nodes {
		if n.Kind == chart.KindRole && n.Dept != "" && !strings.HasSuffix(string(n.ID), "-head") {
			t.Errorf("level 1 shows staff role %s", n.ID)
		}
	}
	if c.lay.Index("d0-head") < 0 || c.lay.Index("d8") >= 0 {
		t.Errorf("level 1: head shown %v, sub-department shown %v", c.lay.Index("d0-head") >= 0, c.lay.Index("d8") >= 0)
	}
	test.Tap(lc.buttons[1]) // 2
	if c.Level() != 2 || c.lay.Index("d8") < 0 || c.lay.Index("d0-r1") < 0 {
		t.Errorf("level 2: sub-department shown %v, staff shown %v", c.lay.Index("d8") >= 0, c.lay.Index("d0-r1") >= 0)
	}
	if fmt.Sprint(told) != "[0 1 2]" {
		t.Errorf("OnLevel told %v, want [0 1 2]", told)
	}
	// The control marks the current level.
	w.Canvas().Capture()
	for k, b := range lc.buttons {
		if high := b.Importance == 1; high != (k == 1) { // widget.HighImportance
			t.Errorf("button %d marked %v at level 2", k, high)
		}
	}
}

func TestClickOnFoldBadgeUnfoldsOneBranch(t *testing.T) {
	c, _, w := setup(t, rosterDoc(), fyne.NewSize(1440, 900))
	c.SetLevel(1)
	c.ZoomReset()
	i := c.lay.Index("d3-head")
	n := c.lay.Nodes[i]
	if !n.HasHidden || n.HiddenRoles == 0 {
		t.Fatalf("the 直播事业部 head folds nothing: %+v", n)
	}
	c.view.centerOn(n.Rect.Center())
	c.Refresh()
	w.Canvas().Capture()
	// The badge's people are the roles' holders; those without a role
	// (the branch's 未安排 groups) are said apart.
	// (The card draws it, or a shorter form when it is wider than the card.)
	text := foldText(&n)
	if n.HiddenUnassigned == 0 || text != fmt.Sprintf("+%d roles · %d people · %d unassigned", n.HiddenRoles, n.HiddenPeople, n.HiddenUnassigned) {
		t.Errorf("badge %q (%d unassigned)", text, n.HiddenUnassigned)
	}
	if drawn := c.textOf(i, newPalette(c.Theme())).fold; !slices.Contains(foldTexts(&n), drawn) {
		t.Errorf("badge drawn as %q, none of %q", drawn, foldTexts(&n))
	}
	before := c.view.toScreen(chart.Point{X: n.Rect.X, Y: n.Rect.Y})
	tapBadge(t, c, w, "d3-head")
	if c.lay.Index("d8") < 0 || c.lay.Index("d3-r1") < 0 {
		t.Fatal("tapping the badge did not unfold the branch")
	}
	if c.lay.Index("d0-r1") >= 0 {
		t.Error("tapping one badge unfolded another branch")
	}
	// One level: the sub-department 抖音直播组 shows with its head, whose
	// staff stay folded into its own badge.
	if c.lay.Index("d8-r1") >= 0 || !c.lay.Nodes[c.lay.Index("d8-head")].HasHidden {
		t.Error("tapping the badge opened more than one level")
	}
	if c.Level() != 1 {
		t.Errorf("level %d after unfolding a branch, want 1", c.Level())
	}
	j := c.lay.Index("d3-head")
	if after := c.view.toScreen(chart.Point{X: c.lay.Nodes[j].Rect.X, Y: c.lay.Nodes[j].Rect.Y}); after != before {
		t.Errorf("the unfolded card moved on screen from %v to %v", before, after)
	}
	// A second click, on the child's badge, opens that one.
	c.ensureVisible(c.lay.Index("d8-head"))
	tapBadge(t, c, w, "d8-head")
	if c.lay.Index("d8-r1") < 0 {
		t.Fatal("tapping the child's badge did not open it")
	}
	// Its − toggle folds the whole branch again, and forgets what was
	// opened inside it: the next click opens one level again.
	j = c.lay.Index("d3-head")
	c.ensureVisible(j)
	test.TapCanvas(w.Canvas(), c.view.toScreen(c.toggleCenter(&c.lay.Nodes[j])))
	if c.lay.Index("d3-r1") >= 0 || c.lay.Index("d8") >= 0 || !c.lay.Nodes[c.lay.Index("d3-head")].HasHidden {
		t.Error("the − toggle did not fold the branch again")
	}
	tapBadge(t, c, w, "d3-head")
	if c.lay.Index("d8") < 0 || c.lay.Index("d8-r1") >= 0 {
		t.Error("unfolding a branch folded by its − toggle did not open one level")
	}
}

// tapBadge taps the fold badge of the node with id, which must be in view.
func tapBadge(t *testing.T, c *Chart, w fyne.Window, id data.ID) {
	t.Helper()
	i := c.lay.Index(id)
	if i < 0 || !c.lay.Nodes[i].HasHidden {
		t.Fatalf("%s is not shown folded", id)
	}
	w.Canvas().Capture()
	pal := newPalette(c.Theme())
	pill := c.pillRect(&c.lay.Nodes[i], c.textOf(i, pal).foldW, pal)
	test.TapCanvas(w.Canvas(), c.view.toScreen(pill.Center()))
}

// TestFitKeepsWhatTheUserOpened: Fit frames the chart as the user opened
// it (a level chosen, a branch unfolded), zooming out as far as needed,
// rather than folding it again to the deepest readable level.
func TestFitKeepsWhatTheUserOpened(t *testing.T) {
	c, _, w := setup(t, rosterDoc(), fyne.NewSize(1000, 700))
	c.SetLevel(0)
	if c.fits(c.lay.Bounds) {
		t.Fatal("the whole chart fits at a readable zoom: the test needs a wider one")
	}
	c.Fit()
	if c.Level() != 0 {
		t.Errorf("Fit changed the chosen level \"all\" to %d", c.Level())
	}
	if !encloses(c.view.rect(), c.lay.Bounds) {
		t.Errorf("Fit at level all shows %v of the chart's %v", c.view.rect(), c.lay.Bounds)
	}
	// A branch unfolded at level 1 stays unfolded and in the frame.
	c.SetLevel(1)
	c.ZoomReset()
	c.view.centerOn(c.lay.Nodes[c.lay.Index("d3-head")].Rect.Center())
	tapBadge(t, c, w, "d3-head")
	c.ensureVisible(c.lay.Index("d8-head"))
	tapBadge(t, c, w, "d8-head")
	c.Fit()
	if c.Level() != 1 || c.lay.Index("d8") < 0 || c.lay.Index("d8-r1") < 0 {
		t.Errorf("Fit after unfolding: level %d, sub-department shown %v, its staff shown %v",
			c.Level(), c.lay.Index("d8") >= 0, c.lay.Index("d8-r1") >= 0)
	}
	if !encloses(c.view.rect(), c.lay.Bounds) {
		t.Errorf("Fit after unfolding shows %v of the chart's %v", c.view.rect(), c.lay.Bounds)
	}
	// Resizing a fitted view keeps it too.
	w.Resize(fyne.NewSize(900, 650))
	if c.lay.Index("d8-r1") < 0 || !encloses(c.view.rect(), c.lay.Bounds) {
		t.Error("resizing the fitted view folded the unfolded branch or lost part of it")
	}
}

func TestWrapTitle(t *testing.T) {
	test.NewTempApp(t)
	m := newRuneWidths(14, fyne.TextStyle{Bold: true})
	width := func(s string) float64 {
		w := 0.0
		for _, r := range s {
			w += m.of(r)
		}
		return w
	}
	cjk := width("市")
	tests := []struct {
		title string
		maxW  float64
		want  []string
		cut   bool
	}{
		{"总经理", 10 * cjk, []string{"总经理"}, false},
		{"品牌与内容营销部经理", 6 * cjk, []string{"品牌与内容营", "销部经理"}, false},
		{"市场调研与策略部高级数据分析专员", 6 * cjk, []string{"市场调研与策", "略部高级数…"}, true},
		{"E-commerce Operations Specialist", width("E-commerce Oper"), []string{"E-commerce", "Operations…"}, true},
		{"Senior E-commerce lead", width("Senior E-commer"), []string{"Senior E-", "commerce lead"}, false},
		{"Internationalization", width("Internation"), []string{"Internati…"}, true},
	}
	for _, tt := range tests {
		got, cut := wrapTitle(tt.title, m, tt.maxW, 2)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || cut != tt.cut {
			t.Errorf("wrap %q in %.0f: %q cut %v, want %q cut %v", tt.title, tt.maxW, got, cut, tt.want, tt.cut)
		}
		for _, l := range got {
			if width(l) > tt.maxW+0.5 {
				t.Errorf("wrap %q: line %q is wider than %.0f", tt.title, l, tt.maxW)
			}
		}
	}
}

func TestCardsShowWrappedTitlesHoldersAndTooltip(t *testing.T) {
	doc := fixture()
	doc.Roles[1].Title = "Marketing and brand communications manager for online stores"
	doc.People = append(doc.People,
		data.Person{ID: "p-5", Number: "005", Name: "Eve", Role: "r-mkt"}, data.Person{ID: "p-6", Number: "006", Name: "Fay", Role: "r-mkt"},
		data.Person{ID: "p-7", Number: "007", Name: "Gus", Role: "r-mkt"}, data.Person{ID: "p-8", Number: "008", Name: "Hal", Role: "r-mkt"})
	c, _, w := setup(t, doc, fyne.NewSize(1000, 900))
	c.SetLevel(0)
	c.ZoomReset()
	c.view.centerOn(c.lay.Nodes[c.lay.Index("r-mkt")].Rect.Center())
	c.Refresh()
	w.Canvas().Capture()
	i := c.lay.Index("r-mkt")
	v := c.rend.shown[i]
	if v == nil {
		t.Fatal("the marketing manager's card is not drawn")
	}
	if !v.title2.Visible() || v.title.Text != "Marketing and brand" || !strings.HasSuffix(v.title2.Text, "…") {
		t.Errorf("title drawn as %q / %q (second line shown %v)", v.title.Text, v.title2.Text, v.title2.Visible())
	}
	if v.sub.Text != "Cid, Eve, Fay +2" {
		t.Errorf("holders %q, want three names then +2", v.sub.Text)
	}
	if j := c.lay.Index("r-ana"); c.rend.shown[j] == nil || c.rend.shown[j].sub.Text != "Vacant" {
		t.Error("the vacant analyst's card does not say Vacant")
	}
	// Hovering the shortened title shows it in full.
	at := center(t, c, "r-mkt", chart.KindRole)
	c.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}})
	if tip := c.rend.over.tipText; !tip.Visible() || tip.Text != doc.Roles[1].Title {
		t.Errorf("tooltip %q shown %v", tip.Text, tip.Visible())
	}
	c.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: center(t, c, "r-gm", chart.KindRole)}})
	if c.rend.over.tipText.Visible() {
		t.Error("a tooltip over a title shown in full")
	}
}

func TestUnassignedGroupOnChartAndDragOntoRole(t *testing.T) {
	doc := fixture()
	doc.People = append(doc.People,
		data.Person{ID: "p-5", Number: "005", Name: "Eve", Department: "d-mkt"}, data.Person{ID: "p-6", Number: "006", Name: "Fay", Department: "d-mkt"})
	c, sess, w := setup(t, doc, fyne.NewSize(1000, 900))
	c.SetLevel(0)
	c.ZoomReset()
	g := c.findNode("d-mkt", chart.KindUnassigned, -1)
	if g < 0 {
		t.Fatal("no 未安排 group on Marketing")
	}
	if p := c.lay.Nodes[g].Parent; c.lay.Nodes[p].ID != "d-mkt" || c.lay.Nodes[p].Kind != chart.KindDepartment {
		t.Errorf("the group hangs under %v", c.lay.Nodes[p])
	}
	c.view.centerOn(c.lay.Nodes[g].Rect.Center())
	c.Refresh()
	w.Canvas().Capture()
	v := c.rend.shown[g]
	if v == nil || v.title.Text != "Unassigned" || v.sub.Text != "Eve, Fay" || v.count.Text != "2 people without a role" {
		t.Fatalf("group card %+v", v)
	}
	var said string
	c.OnStatus = func(s string) { said = s }
	var asked []string
	c.pickPerson = func(_ string, names []string, done func(int)) { asked = names; done(1) }
	from, to := center(t, c, "d-mkt", chart.KindUnassigned), center(t, c, "r-ana", chart.KindRole)
	test.Drag(w.Canvas(), from, to.X-from.X, to.Y-from.Y)
	if fmt.Sprint(asked) != "[Eve Fay]" {
		t.Errorf("asked to choose among %v", asked)
	}
	if p := sess.Doc().Person("p-6"); p.Role != "r-ana" {
		t.Errorf("Fay has role %q after the drop, want r-ana", p.Role)
	}
	if !strings.Contains(said, "Fay") {
		t.Errorf("status %q", said)
	}
	// One person left: dropped straight away.
	asked = nil
	c.pickPerson = func(string, []string, func(int)) { t.Error("asked although one person is left") }
	from, to = center(t, c, "d-mkt", chart.KindUnassigned), center(t, c, "r-mkt", chart.KindRole)
	test.Drag(w.Canvas(), from, to.X-from.X, to.Y-from.Y)
	if p := sess.Doc().Person("p-5"); p.Role != "r-mkt" {
		t.Errorf("Eve has role %q, want r-mkt", p.Role)
	}
	if c.findNode("d-mkt", chart.KindUnassigned, -1) >= 0 {
		t.Error("the empty 未安排 group is still drawn")
	}
}

func TestEditedCardStaysInPlace(t *testing.T) {
	c, sess, w := setup(t, bigDoc(120), fyne.NewSize(1000, 800))
	c.SetLevel(0)
	c.Fit()
	c.Select("d2-r3")
	i := c.lay.Index("d2-r3")
	before := c.view.toScreen(chart.Point{X: c.lay.Nodes[i].Rect.X, Y: c.lay.Nodes[i].Rect.Y})
	var id data.ID
	// Edits that change the chart's size: a new role beside it, a role
	// elsewhere, and one deleted.
	for _, cmd := range []app.Command{
		app.AddRole(data.Role{Title: "New", Department: "d2", ReportsTo: "d2-r3"}, &id),
		app.AddRole(data.Role{Title: "Other", Department: "d0", ReportsTo: "d0-r0"}, nil),
		app.DeleteRole("d4-r7"),
	} {
		if err := sess.Do(cmd); err != nil {
			t.Fatal(err)
		}
		c.reload()
		w.Resize(w.Canvas().Size().AddWidthHeight(1, 0)) // the side panel settling its width
		j := c.lay.Index("d2-r3")
		if after := c.view.toScreen(chart.Point{X: c.lay.Nodes[j].Rect.X, Y: c.lay.Nodes[j].Rect.Y}); after != before {
			t.Errorf("after %s the edited card moved on screen from %v to %v", cmd.Label(), before, after)
		}
	}
}

func TestDeleteDepartmentWithRolesAsksWithCountsAndConfirms(t *testing.T) {
	doc := fixture()
	doc.People, doc.Projects = nil, nil // nobody loses a role: the roles alone are worth a question
	c, sess, _ := setup(t, doc, fyne.NewSize(1000, 900))
	var asked, said string
	c.OnStatus = func(s string) { said = s }
	c.confirm = func(_, msg, _ string, done func(bool)) { asked = msg; done(true) }
	c.Select("d-ops")
	c.Delete()
	if !strings.Contains(asked, "(1)") || !strings.Contains(asked, "(3)") {
		t.Errorf("question %q does not count the sub-department (1) and roles (3)", asked)
	}
	if sess.Doc().Department("d-ops") != nil {
		t.Fatal("the department was not deleted")
	}
	if !strings.Contains(said, "Operations") || !strings.Contains(said, "Ctrl+Z") {
		t.Errorf("status after deleting: %q", said)
	}
	// An empty department goes without a question, but still says so.
	var id data.ID
	if err := sess.Do(app.AddDepartment(data.Department{Name: "Empty"}, &id)); err != nil {
		t.Fatal(err)
	}
	c.reload()
	asked, said = "", ""
	c.Select(id)
	c.Delete()
	if asked != "" || sess.Doc().Department(id) != nil || !strings.Contains(said, "Empty") {
		t.Errorf("empty department: asked %q, deleted %v, status %q", asked, sess.Doc().Department(id) == nil, said)
	}
}

func TestMinimapWhenZoomedIn(t *testing.T) {
	c, _, w := setup(t, bigDoc(300), fyne.NewSize(1200, 800))
	c.SetLevel(0)
	c.Fit()
	w.Canvas().Capture()
	o := c.rend.over
	if c.fits(c.lay.Bounds) && o.mini.Visible() {
		t.Error("a minimap beside a chart that is wholly in view")
	}
	c.SetZoom(1.5)
	w.Canvas().Capture()
	if !o.mini.Visible() || !o.miniView.Visible() {
		t.Fatal("no minimap when zoomed in")
	}
	// The marked view lies inside the minimap, and a tap on the minimap
	// brings that part of the chart to the middle of the view.
	vp, vs := o.miniView.Position(), o.miniView.Size()
	if vp.X < o.miniRect.X || vp.Y < o.miniRect.Y || vp.X+vs.Width > o.miniRect.X+o.miniW+0.5 || vp.Y+vs.Height > o.miniRect.Y+o.miniH+0.5 {
		t.Errorf("view mark %v %v outside the minimap at %v", vp, vs, o.miniRect)
	}
	at := o.miniRect.AddXY(o.miniW*0.9, o.miniH*0.5)
	want, _ := o.fromMini(at)
	test.TapCanvas(w.Canvas(), at)
	if got := c.view.rect().Center(); !near(got.X, want.X) || !near(got.Y, want.Y) {
		t.Errorf("tapping the minimap centred the view on %v, want %v", got, want)
	}
}

func TestPeopleViewSwitch(t *testing.T) {
	c, _, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	var picked data.ID
	var kind chart.Kind
	c.OnSelected = func(id data.ID, k chart.Kind) { picked, kind = id, k }
	test.Tap(c.levels.people)
	if !c.PeopleView() {
		t.Fatal("the People button did not switch to the people view")
	}
	// Ann holds the SEO role, which reports to the vacant operations
	// manager, who reports to the general manager held by Dee.
	i := c.lay.Index("p-1")
	if i < 0 || c.lay.Nodes[i].Kind != chart.KindPerson || c.lay.Nodes[c.lay.Nodes[i].Parent].ID != "p-4" {
		t.Fatalf("Ann is not under Dee in the people view")
	}
	if c.lay.Nodes[i].Note != "SEO specialist" {
		t.Errorf("Ann's card says %q, want her role's title", c.lay.Nodes[i].Note)
	}
	w.Canvas().Capture()
	test.TapCanvas(w.Canvas(), center(t, c, "p-1", chart.KindPerson))
	if picked != "p-1" || kind != chart.KindPerson {
		t.Errorf("tapping Ann selected %q (%v)", picked, kind)
	}
	test.Tap(c.levels.roles)
	if c.PeopleView() || c.lay.Index("r-seo") < 0 {
		t.Error("the Roles button did not switch back")
	}
}

// TestStartViewOfRealRoster imports a real company's roster (115 people)
// (when the shared real-world files are present) and checks its start view
// at 1440×900 as TestStartViewIsReadable does.
func TestStartViewOfRealRoster(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "realdata", "cn_roster_ruihr_poi.xlsx")
	if _, err := os.Stat(path); err != nil {
		t.Skip("the real roster is not available")
	}
	test.NewTempApp(t)
	fyne.CurrentApp().Settings().SetTheme(odtheme.WithFont(test.Theme()))
	i18n.SetLanguage("zh")
	t.Cleanup(func() { i18n.SetLanguage("en") })
	sess := newSession(t, &data.Document{Org: data.Organisation{Name: "测试公司", Lang: "zh"}})
	wb, err := sheets.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	a, err := wb.Analyse(context.Background(), wb.Suggested(), sess.Doc(), nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := sheets.Plan(context.Background(), a, sess.Doc(), sheets.PlanOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.Do(app.ApplyChanges("import", p.Changes)); err != nil {
		t.Fatal(err)
	}
	c := New(sess)
	w := test.NewTempWindow(t, c)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1440, 900))
	w.Canvas().Capture()
	smallest := float32(1e9)
	titles := drawnTitles(c)
	for _, ts := range titles {
		for _, tt := range ts {
			smallest = min(smallest, tt.size)
		}
	}
	t.Logf("%d people, level %d, zoom %.2f, %d cards, smallest title %.1f px", len(sess.Doc().People), c.Level(), c.Zoom(), len(titles), smallest)
	if c.lod == lodOverview || smallest < 11 {
		t.Errorf("start view at detail %d, smallest title %.1f px", c.lod, smallest)
	}
	vr := c.view.rect()
	shown := 0
	for i, n := range c.lay.Nodes {
		if n.Kind != chart.KindDepartment || !vr.Intersects(n.Rect) {
			continue
		}
		shown++
		var got string
		for _, tt := range titles[i] {
			got += tt.text
		}
		if got != n.Label {
			t.Errorf("department %s drawn as %q", n.Label, got)
		}
	}
	if shown < 5 {
		t.Errorf("only %d departments on the start view", shown)
	}
}

func TestTappedCardKeepsItsPlaceWhenThePaneShrinks(t *testing.T) {
	c, _, w := setup(t, fixture(), fyne.NewSize(1000, 900))
	w.Canvas().Capture()
	at := center(t, c, "r-mkt", chart.KindRole)
	test.TapCanvas(w.Canvas(), at)
	if c.Selected() != "r-mkt" {
		t.Fatalf("tap selected %q", c.Selected())
	}
	w.Resize(fyne.NewSize(700, 900)) // a side panel grew for the selection
	if got := center(t, c, "r-mkt", chart.KindRole); got != at {
		t.Errorf("the tapped card moved from %v to %v when the chart pane shrank", at, got)
	}
}

// encloses reports whether b lies within a, to a pixel's rounding.
func encloses(a, b chart.Rect) bool {
	const e = 0.5
	return b.X >= a.X-e && b.Y >= a.Y-e && b.Right() <= a.Right()+e && b.Bottom() <= a.Bottom()+e
}

// TestFirstImportStartsFitted: an empty chart filled by an import starts
// as a chart opened does, at the deepest readable level and fitted, not
// at the empty chart's level "all" and 100 %.
func TestFirstImportStartsFitted(t *testing.T) {
	c, sess, w := setup(t, &data.Document{Org: data.Organisation{Name: "空白公司", Lang: "zh"}}, fyne.NewSize(1000, 700))
	w.Canvas().Capture()
	big := rosterDoc()
	cs := &data.ChangeSet{PutDepartments: big.Departments, PutRoles: big.Roles, PutPeople: big.People}
	if err := sess.Do(app.ApplyChanges("import", cs)); err != nil {
		t.Fatal(err)
	}
	c.reload()
	if c.Level() == 0 || !c.fits(c.lay.Bounds) || !encloses(c.view.rect(), c.lay.Bounds) {
		t.Errorf("after the first import: level %d, fits %v, view %v of %v; want a folded chart, fitted",
			c.Level(), c.fits(c.lay.Bounds), c.view.rect(), c.lay.Bounds)
	}
}
