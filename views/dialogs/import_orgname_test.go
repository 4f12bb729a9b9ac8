package dialogs

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"orgdesigner/data"
)

// TestImportWizardNamesTheCompany: into a blank document, a roster whose
// departments all sit under the company: the preview says the
// organisation takes its name in one line, with a check box to keep the
// old name instead (the company is then a department); the import renames
// and creates the departments in one undoable action.
func TestImportWizardNamesTheCompany(t *testing.T) {
	win := newWindow(t)
	sess := newSession(t, &data.Document{Org: data.Organisation{Name: "新公司", Lang: "zh"}})
	const company = "北京睿和良木管理咨询有限公司"
	path := buildWorkbook(t, filepath.Join(t.TempDir(), "花名册.xlsx"), sheetSpec{name: "sheet1", rows: [][]any{
		{"姓名", "部门", "职位"},
		{"郭轩远", company + "/猎头业务/南京", "C1- 4"},
		{"姚琳", company + "/财务部", "财务主管"},
		{"崔明雨", company, "董事长"},
	}})
	pickFile(t, path)

	w := ShowImport(win, sess)
	waitTasks()
	test.Tap(w.next) // sheet → columns
	test.Tap(w.next) // columns → values
	test.Tap(w.next) // values → preview
	waitTasks()
	if w.page != pagePreview {
		t.Fatalf("page %d, want the preview", w.page)
	}
	if want := "组织名称：新公司 → " + company; w.pre.orgName.Hidden || w.pre.orgName.Text != want {
		t.Errorf("org line %q (hidden %v), want %q", w.pre.orgName.Text, w.pre.orgName.Hidden, want)
	}
	if w.pre.useRoot.Hidden || !w.pre.useRoot.Checked || w.pre.newDepts.Text != "3" {
		t.Errorf("check box hidden %v checked %v, new departments %s; want shown, checked, 3",
			w.pre.useRoot.Hidden, w.pre.useRoot.Checked, w.pre.newDepts.Text)
	}

	// Keep the name: the company becomes a department; back again.
	w.pre.useRoot.SetChecked(false)
	waitTasks()
	if !w.pre.orgName.Hidden || w.pre.useRoot.Checked || w.pre.newDepts.Text != "4" {
		t.Errorf("kept: org line hidden %v, checked %v, new departments %s; want hidden, unchecked, 4",
			w.pre.orgName.Hidden, w.pre.useRoot.Checked, w.pre.newDepts.Text)
	}
	w.pre.useRoot.SetChecked(true)
	waitTasks()
	if w.pre.orgName.Hidden || w.pre.newDepts.Text != "3" {
		t.Fatalf("accepted again: org line hidden %v, new departments %s", w.pre.orgName.Hidden, w.pre.newDepts.Text)
	}

	test.Tap(w.next) // import
	waitTasks()
	doc := sess.Doc()
	if doc.Org.Name != company || len(doc.Departments) != 3 {
		t.Fatalf("after the import: organisation %q, %d departments", doc.Org.Name, len(doc.Departments))
	}
	if p := personNamed(t, doc, "崔明雨"); p.Department != "" {
		t.Errorf("崔明雨 in %q, want company level", p.Department)
	}
	if got := w.result.summary.Text; !strings.Contains(got, "\n组织名称：新公司 → "+company+"\n") {
		t.Errorf("the result does not say the organisation was named:\n%s", got)
	}
	test.Tap(w.next) // Close

	// One undo takes back the name and the departments together.
	if err := sess.Undo(); err != nil {
		t.Fatal(err)
	}
	if doc := sess.Doc(); doc.Org.Name != "新公司" || len(doc.Departments) != 0 || len(doc.People) != 0 {
		t.Errorf("after undo: organisation %q, %d departments, %d people", doc.Org.Name, len(doc.Departments), len(doc.People))
	}
}
