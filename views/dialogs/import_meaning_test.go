package dialogs

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"orgdesigner/app/sheets"
	"orgdesigner/data"
)

// TestImportDerivedStructure: a roster with managers and no role column;
// the preview says how many people get no role and what the managers
// give, and choosing the title column makes roles and their lines.
func TestImportDerivedStructure(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, &data.Document{Org: data.Organisation{Name: "星辰科技", Lang: "zh"}})
	path := filepath.Join(t.TempDir(), "导出.csv")
	must(t, os.WriteFile(path, []byte("\ufeff姓名/full_name,组织/organizations,头衔,直接上级/leaders\n"+
		"王总,总经办 > 市场部,市场总监,\n甲,总经办 > 市场部 > 品牌组,品牌经理,王总\n乙,总经办 > 市场部 > 品牌组,品牌专员,甲\n"), 0o644))
	w := ShowImportFile(win, sess, path)
	toPreview(t, w)
	if w.pre.noRole.Hidden || w.pre.noRole.Text != "3 人将没有岗位。" || w.pre.roleFrom.Hidden ||
		len(w.pre.roleFrom.Options) != 1 || w.pre.roleFrom.Options[0] != "头衔" {
		t.Fatalf("no role %q (hidden %v), role columns %v (hidden %v)", w.pre.noRole.Text, w.pre.noRole.Hidden,
			w.pre.roleFrom.Options, w.pre.roleFrom.Hidden)
	}
	if !w.pre.derived.Hidden {
		t.Errorf("without roles the managers give nothing, yet: %q", w.pre.derived.Text)
	}
	w.pre.roleFrom.SetSelected("头衔")
	waitTasks()
	if w.page != pagePreview || w.pre.newRoles.Text != "3" || !w.pre.noRole.Hidden || w.pre.derived.Hidden ||
		w.pre.derived.Text != "根据直属上级：2 个岗位设定了上级岗位，2 个部门设定了负责人。" {
		t.Fatalf("after choosing 头衔: page %d, new roles %s, no role hidden %v, derived %q",
			w.page, w.pre.newRoles.Text, w.pre.noRole.Hidden, w.pre.derived.Text)
	}
	if w.preview.RoleLines != 2 {
		t.Errorf("role lines %d", w.preview.RoleLines)
	}
}

// TestImportLinkedSheets: the wizard offers to join 任职记录 by 身份证号.
func TestImportLinkedSheets(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, baseDoc())
	path := buildWorkbook(t, filepath.Join(t.TempDir(), "员工.xlsx"),
		sheetSpec{name: "员工主表", rows: [][]any{
			{"姓名", "工号", "身份证号", "手机号"},
			{"甲", "001", "110101199001011234", "13800000001"},
		}},
		sheetSpec{name: "任职记录", rows: [][]any{
			{"身份证号", "部门", "岗位", "结束日期"},
			{"110101199001011234", "运营部", "运营专员", ""},
		}})
	w := ShowImportFile(win, sess, path)
	toPreview(t, w)
	if w.pre.link.Hidden || !w.pre.link.Checked || w.preview.Joined != 1 || w.preview.NoRole != 0 {
		t.Fatalf("link shown %v checked %v, joined %d, no role %d", !w.pre.link.Hidden, w.pre.link.Checked,
			w.preview.Joined, w.preview.NoRole)
	}
	w.pre.link.SetChecked(false)
	waitTasks()
	if !w.opts.SkipLink || w.preview.NoRole != 1 || !w.pre.roleFrom.Hidden {
		t.Errorf("without the link: no role %d", w.preview.NoRole)
	}
}

// TestImportLevelsByHand: two columns the import does not know, mapped to
// Department by hand, get the levels their values nest in (片区 above
// 社区), not "the next free level".
func TestImportLevelsByHand(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, &data.Document{Org: data.Organisation{Name: "星辰科技", Lang: "zh"}})
	path := filepath.Join(t.TempDir(), "网格.csv")
	csv := "\ufeff姓名,所在网格,所在大片\n"
	for i := 0; i < 8; i++ {
		csv += fmt.Sprintf("员工%d,网格%d,大片%d\n", i, i%4, i%4/2)
	}
	must(t, os.WriteFile(path, []byte(csv), 0o644))
	w := ShowImportFile(win, sess, path)
	waitTasks()
	w.sheet.grid.Select(widgetCell(0, 0)) // one known column: the header row is picked by hand
	test.Tap(w.next)
	if w.page != pageMapping {
		t.Fatalf("page %d, want the mapping", w.page)
	}
	w.mapping.rows[1].field.SetSelected(sheets.FieldDepartment.Label("zh"))
	w.mapping.rows[2].field.SetSelected(sheets.FieldDepartment.Label("zh"))
	cols := w.analysis.Columns
	if cols[1].Field != sheets.FieldDepartment || cols[2].Field != sheets.FieldDepartment || cols[2].Level >= cols[1].Level {
		t.Fatalf("网格 %s level %d, 大片 %s level %d", cols[1].Field, cols[1].Level, cols[2].Field, cols[2].Level)
	}
	if got := w.mapping.rows[2].level.Selected; got != "第 1 级" {
		t.Errorf("大片 shows level %q", got)
	}
}
