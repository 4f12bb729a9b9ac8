package dialogs

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"orgdesigner/data"
)

// TestExportPersonalData: the check box names the personal-data fields,
// the workbook leaves them out unless it is ticked, and a template (no
// people) disables it.
func TestExportPersonalData(t *testing.T) {
	for _, include := range []bool{false, true} {
		win := newWindow(t)
		doc := baseDoc()
		doc.People = []data.Person{{ID: "p1", Number: "E001", Name: "王总", Role: "r-ceo", Status: data.StatusActive,
			Extra: []data.ExtraField{{Key: "身份证号", Value: "110101199001011234"}, {Key: "爱好", Value: "跑步"}}}}
		e := newExportDialog(win, newSession(t, doc))
		e.dlg.Show()
		if e.personal.Hidden || !strings.Contains(e.personal.Text, "身份证号") || strings.Contains(e.personal.Text, "爱好") {
			t.Fatalf("check box %q hidden=%v", e.personal.Text, e.personal.Hidden)
		}
		e.templateOnly.SetChecked(true)
		if !e.personal.Disabled() {
			t.Error("personal data offered for an empty template")
		}
		e.templateOnly.SetChecked(false)
		e.personal.SetChecked(include)
		path := filepath.Join(t.TempDir(), "编制表.xlsx")
		e.target.entry.SetText(path)
		test.Tap(e.export)
		waitTasks()
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows("花名册")
		f.Close()
		header := strings.Join(rows[0], ",")
		if strings.Contains(header, "身份证号") != include || !strings.Contains(header, "爱好") {
			t.Errorf("include=%v: header %s", include, header)
		}
	}
	// a document without personal data: no check box
	e := newExportDialog(newWindow(t), newSession(t, baseDoc()))
	if !e.personal.Hidden {
		t.Error("check box shown without personal data")
	}
}
