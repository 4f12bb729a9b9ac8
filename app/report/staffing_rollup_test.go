package report

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"orgdesigner/data"
)

// headhunterDoc is shaped like the real recruitment firm's roster: a
// business line and city departments without roles of their own, whose
// teams (named after their leaders, some long) hold all the people.
func headhunterDoc() *data.Document {
	doc := &data.Document{Org: data.Organisation{Name: "北京睿和良木管理咨询有限公司", Lang: "zh"}}
	doc.Departments = []data.Department{{ID: "biz", Name: "猎头业务", Order: 1},
		{ID: "nj", Name: "南京", Parent: "biz", Order: 2}, {ID: "dl", Name: "大连", Parent: "biz", Order: 3}}
	n := 0
	for _, city := range []data.ID{"nj", "dl"} {
		for k, team := range []string{"-黄宁辉组", "-程晴与汪佳晓联合招聘组"} {
			id := data.ID(fmt.Sprintf("%s-%d", city, k))
			doc.Departments = append(doc.Departments, data.Department{ID: id, Name: map[data.ID]string{"nj": "南京", "dl": "大连"}[city] + team,
				Parent: city, Order: 10 + n})
			for _, title := range []string{"顾问", "研究员"} {
				n++
				r := data.Role{ID: data.ID(fmt.Sprintf("r%d", n)), Title: title, Department: id, Planned: 3}
				doc.Roles = append(doc.Roles, r)
				doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p%d", n)), Name: fmt.Sprintf("员工%d", n),
					Role: r.ID, Status: data.StatusActive})
			}
		}
	}
	doc.Reindex()
	return doc
}

// TestStaffingRollup: a department with sub-departments shows its figures
// with them (labelled so), not 编制 0; one with roles of its own shows
// both its subtotal and the roll-up.
func TestStaffingRollup(t *testing.T) {
	pdf, _ := render(t, staffingFn(headhunterDoc(), Options{Date: fixedDate}))
	if os.Getenv("KEEP_PDF") != "" {
		os.WriteFile("/tmp/staffing-rollup.pdf", pdf, 0o644)
	}
	layout := pdfText(t, pdf, 0, 0, "-layout")
	// 8 roles of 3 = 24 planned, 8 filled: 南京 and 大连 12 and 4 each.
	for _, re := range []string{`猎头业务\s+含下属部门合计\s+24\s+8\s+16`, `南京\s+含下属部门合计\s+12\s+4\s+8`, `大连\s+含下属部门合计\s+12\s+4\s+8`} {
		if !regexp.MustCompile(re).MatchString(layout) {
			t.Errorf("the staffing table lacks %s:\n%s", re, layout)
		}
	}
	if regexp.MustCompile(`猎头业务\s+—\s+0`).MatchString(layout) {
		t.Error("the business line still shows 编制 0")
	}
	pdf, _ = render(t, staffingFn(richDoc(), Options{Date: fixedDate}))
	flat := squash(pdfText(t, pdf, 0, 0))
	// 运营中心: its head (1, filled 0) and 用户增长组 (3, filled 1).
	for _, s := range []string{"小计101", "含下属部门合计413"} {
		if !strings.Contains(flat, s) {
			t.Errorf("richDoc's staffing table lacks %q:\n%s", s, flat)
		}
	}
}

// TestStaffingNoLoneCharacter: a deep team name that wraps in the
// department column keeps at least two characters on its last line.
func TestStaffingNoLoneCharacter(t *testing.T) {
	pdf, _ := render(t, staffingFn(headhunterDoc(), Options{Date: fixedDate}))
	for _, l := range strings.Split(pdfText(t, pdf, 0, 0, "-layout"), "\n") {
		for _, f := range strings.Fields(l) {
			if f == "组" {
				t.Errorf("a lone 组 on a line: %q", l)
			}
		}
	}
}
