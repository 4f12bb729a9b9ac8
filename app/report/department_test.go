package report

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"orgdesigner/data"
)

// TestDepartmentBooklet: a booklet of one department holds its chart,
// overview and role sheets — its sub-departments' too — and nothing of the
// other departments or the company level.
func TestDepartmentBooklet(t *testing.T) {
	doc := realCompany("zh")
	ops := doc.Departments[1] // 运营中心 with twelve teams
	if ops.Name != "运营中心" {
		t.Fatalf("fixture changed: %s", ops.Name)
	}
	pdf, res := render(t, bookletFn(doc, Options{Date: fixedDate, Department: ops.ID}))
	text := squash(pdfText(t, pdf, 0, 0))
	for _, s := range []string{"运营中心", "第12运营小组", "运营小组组长12", "用户增长与社群运营专员3", "组织架构图", "部门概览", "岗位说明书"} {
		if !strings.Contains(text, s) {
			t.Errorf("%q is missing", s)
		}
	}
	for _, s := range []string{"销售总监", "技术总监", "大客户销售经理", "编制表"} {
		if strings.Contains(text, s) {
			t.Errorf("%q is printed in the department's booklet", s)
		}
	}
	all, _ := render(t, bookletFn(doc, Options{Date: fixedDate}))
	if full := pdfPages(t, all); res.Pages >= full {
		t.Errorf("department booklet %d pages, whole booklet %d", res.Pages, full)
	}
	var buf bytes.Buffer
	_, err := Booklet(context.Background(), &buf, doc, Options{Department: "nope"})
	if !errors.Is(err, data.ErrNotFound) || buf.Len() > 0 {
		t.Errorf("unknown department: err %v, %d bytes written", err, buf.Len())
	}
}
