package dialogs

import (
	"os"
	"path/filepath"
	"testing"

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
