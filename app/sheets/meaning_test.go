package sheets

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestHeaderParts: headers in two languages, with notes or in snake_case
// map by their parts.
func TestHeaderParts(t *testing.T) {
	cases := []struct {
		header string
		field  Field
		level  int // checked for departments only
	}{
		{"姓名/full_name", FieldName, 0},
		{"组织/organizations", FieldDepartment, 2},
		{"直接上级/leaders", FieldManager, 0},
		{"姓名_real_name", FieldName, 0},
		{"一级部门_dept_level1", FieldDepartment, 1},
		{"岗位名称_position_name", FieldRole, 0},
		{"position_name", FieldRole, 0},
		{"real_name", FieldName, 0},
		{"*姓名\n(必填)", FieldName, 0},
		{"姓名\nName", FieldName, 0},
		{"工号（选填）/Employee No.", FieldNumber, 0},
		{"部门：Department", FieldDepartment, 2},
		{"manager_id", FieldManager, 0},
		{"部门编码/dept_code", FieldDeptCode, 0},
		{"上级部门编码", FieldParentDept, 0},
		{"部门负责人", FieldDeptHead, 0},
		{"片区", FieldDepartment, 2},
		{"社区", FieldDepartment, 3},
	}
	for _, c := range cases {
		s, ok := lookupHeader(c.header)
		if !ok || s.field != c.field || c.field == FieldDepartment && s.level != c.level {
			t.Errorf("header %q → %v level %d (%v), want %v level %d", c.header, s.field, s.level, ok, c.field, c.level)
		}
	}
	for _, h := range []string{"备注/remarks", "证件号码(身份证)", "在职(直属/总共)", "salary_amount", "a/b/c"} {
		if s, ok := lookupHeader(h); ok {
			t.Errorf("header %q should be an extra field, got %v", h, s.field)
		}
	}
}

// TestBilingualHeaderRow: the header forms of the issue all map without
// hand work, and the row is found as the header.
func TestBilingualHeaderRow(t *testing.T) {
	header := []string{"姓名/full_name", "工号_employee_id", "组织/organizations", "岗位名称_position_name", "直接上级/leaders", "入职日期\nhire_date"}
	row, fields, hasName := detectHeader([][]string{{"员工信息导出"}, header})
	if row != 2 || fields != 6 || !hasName {
		t.Fatalf("detectHeader: row %d, %d fields, name %v", row, fields, hasName)
	}
	want := []Field{FieldName, FieldNumber, FieldDepartment, FieldRole, FieldManager, FieldHireDate}
	for i, c := range guessMapping(header) {
		if c.Field != want[i] {
			t.Errorf("column %s %q → %v, want %v", c.Letter, c.Header, c.Field, want[i])
		}
	}
}

// FuzzHeaderScore: any header text is scored without panic, the same way
// every time, and a note in brackets never changes what a header means.
func FuzzHeaderScore(f *testing.F) {
	for _, s := range []string{"姓名/full_name", "组织/organizations", "一级部门_dept_level1", "岗位名称_position_name",
		"姓名（必填）", "*工号", "a_b_c_d", "(((", "／／", "_", "直接上级/leaders\n备注", strings.Repeat("姓名/", 50)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		s1, ok1 := lookupHeader(h)
		s2, ok2 := lookupHeader(h)
		if s1 != s2 || ok1 != ok2 {
			t.Fatalf("lookupHeader(%q) not deterministic", h)
		}
		if !utf8.ValidString(h) || strings.ContainsAny(h, "（(【[") || len(h) > 180 { // longer is no header (lookupParts)
			return
		}
		if s3, ok3 := lookupHeader(h + "（必填）"); ok1 && (!ok3 || s3.field != s1.field) {
			t.Fatalf("%q → %v but with a note → %v %v", h, s1.field, s3.field, ok3)
		}
		headerScore([]string{h, h + "/x", "x_" + h})
	})
}
