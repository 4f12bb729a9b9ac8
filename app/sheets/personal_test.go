package sheets

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"orgdesigner/data"
)

func TestPersonalKindOf(t *testing.T) {
	cases := map[string]PersonalKind{
		"身份证号": PersonalID, "身份证号码/id_card": PersonalID, "证件号码（必填）": PersonalID, "ID number": PersonalID,
		"银行账号": PersonalBank, "工资卡号": PersonalBank, "Bank account": PersonalBank,
		"家庭住址": PersonalAddress, "居住住址": PersonalAddress, "Home address": PersonalAddress,
		"薪资": PersonalSalary, "月度薪酬": PersonalSalary, "基本工资(元)": PersonalSalary, "Monthly salary": PersonalSalary,
		"个人手机": PersonalPhone, "紧急联系人电话": PersonalPhone, "Emergency contact": PersonalPhone,
		"出生日期": PersonalBirth, "Date of birth": PersonalBirth,
		// not personal
		"姓名": "", "手机": "", "邮箱地址": "", "Email address": "", "办公地址": "", "Work phone": "",
		"部门": "", "岗位": "", "工号": "", "Office address": "", "Payroll": "", "入职日期": "",
	}
	for h, want := range cases {
		if got := PersonalKindOf(h); got != want {
			t.Errorf("%q: %q, want %q", h, got, want)
		}
	}
}

// TestPersonalColumnsMarkedAndLeftOut: the preview lists the personal
// columns; leaving them out keeps them out of the people; the staffing
// workbook leaves them out unless asked.
func TestPersonalColumnsMarkedAndLeftOut(t *testing.T) {
	csv := "工号,姓名,部门,身份证号,银行账号,家庭住址,月度薪酬,爱好\n001,张伟,研发部,110101199001011234,6222000011112222,北京市朝阳区,20000,跑步\n"
	path := writeFile(t, t.TempDir(), "hr.csv", []byte(csv))
	wb, err := Open(path)
	must(t, err)
	defer wb.Close()
	doc := blankDoc()
	a, err := wb.Analyse(t.Context(), wb.Suggested(), doc, nil)
	must(t, err)
	var kinds []PersonalKind
	for _, c := range a.PersonalColumns() {
		kinds = append(kinds, c.Kind)
	}
	if !slices.Equal(kinds, []PersonalKind{PersonalID, PersonalBank, PersonalAddress, PersonalSalary}) {
		t.Fatalf("personal columns %v", a.PersonalColumns())
	}
	if s := PersonalSummary(a.PersonalColumns(), "zh"); !strings.Contains(s, "D 身份证号、E 银行账号") || !strings.Contains(PersonalSummary(a.PersonalColumns(), "en"), "D 身份证号 (ID number)") {
		t.Errorf("summary %q", s)
	}
	// kept (the default): stored as extra fields
	p, err := Plan(t.Context(), a, doc, PlanOptions{}, nil)
	must(t, err)
	if keys := extraKeys(p.NewPeople[0]); !slices.Equal(keys, []string{"身份证号", "银行账号", "家庭住址", "月度薪酬", "爱好"}) {
		t.Errorf("kept: %v", keys)
	}
	kept := apply(t, doc, p)
	// left out
	a.LeaveOutPersonal(true)
	p, err = Plan(t.Context(), a, doc, PlanOptions{}, nil)
	must(t, err)
	if keys := extraKeys(p.NewPeople[0]); !slices.Equal(keys, []string{"爱好"}) {
		t.Errorf("left out: %v", keys)
	}
	a.LeaveOutPersonal(false)
	if len(a.PersonalColumns()) != 4 || a.Columns[3].Field != FieldExtra {
		t.Errorf("kept again: %+v", a.Columns[3])
	}
	// the export leaves them out unless asked
	for _, include := range []bool{false, true} {
		var buf bytes.Buffer
		must(t, Export(kept, &buf, ExportOptions{IncludePersonal: include}))
		f, err := excelize.OpenReader(&buf)
		must(t, err)
		rows, err := f.GetRows("花名册")
		must(t, err)
		f.Close()
		header := strings.Join(rows[0], ",")
		all := strings.Join(rows[1], ",")
		has := strings.Contains(header, "身份证号") || strings.Contains(all, "110101199001011234") || strings.Contains(all, "6222000011112222")
		if has != include || !strings.Contains(header, "爱好") {
			t.Errorf("include=%v: header %s, row %s", include, header, all)
		}
	}
}

func extraKeys(p data.Person) []string {
	var out []string
	for _, e := range p.Extra {
		out = append(out, e.Key)
	}
	return out
}
