package report

import (
	"fmt"

	"orgdesigner/data"
)

// realCompany makes a document shaped like a real 200-person company
// rather than the template: a general manager's office, a sales
// department with many flat roles, an operations centre of twelve teams
// (sub-departments), a technology department with nested groups, and
// support departments; long role titles (English ones especially) and
// people on most roles. lang is "zh" or "en".
func realCompany(lang string) *data.Document {
	zh := lang == "zh"
	pick := func(z, e string) string {
		if zh {
			return z
		}
		return e
	}
	doc := &data.Document{Org: data.Organisation{Name: pick("华东星链数字营销集团有限公司", "East China Starlink Digital Marketing Group Ltd."),
		Industry: pick("互联网营销", "Internet marketing"), Mode: data.ModeFunctional, Stage: data.StageGrowth, Lang: lang}}
	roleN := 0
	addRole := func(dept data.ID, title string, reportsTo data.ID, planned int) data.ID {
		roleN++
		id := data.ID(fmt.Sprintf("r%03d", roleN))
		doc.Roles = append(doc.Roles, data.Role{ID: id, Title: title, Department: dept, ReportsTo: reportsTo, Planned: planned, Order: roleN,
			Purpose: pick("负责本岗位的日常工作，确保部门目标达成，并持续改进工作方法与流程。", "Runs the daily work of the role, meets the department's targets and keeps improving its methods."),
			Responsibilities: []data.Responsibility{
				{Text: pick("制定并执行本岗位年度与季度工作计划，按期汇报进展", "Plans and carries out the role's yearly and quarterly work, reporting progress on time"), Weight: 40},
				{Text: pick("与相关部门协作，推动跨部门项目落地", "Works with other departments to deliver cross-team projects"), Weight: 35, Examples: []string{pick("如“双11全域整合营销”", "e.g. the Singles' Day campaign")}},
				{Text: pick("整理数据与文档，沉淀经验", "Keeps data and documents in order"), Weight: 25},
			},
			KPIs:           []data.KPI{{Indicator: pick("目标达成率", "Target attainment"), Target: "≥95%", Cycle: "季", Weight: 100}},
			Qualifications: data.Qualifications{Education: pick("本科及以上", "Bachelor's degree"), Experience: pick("3年以上", "3+ years")}})
		return id
	}
	deptN := 0
	addDept := func(name string, parent data.ID) data.ID {
		deptN++
		id := data.ID(fmt.Sprintf("d%02d", deptN))
		doc.Departments = append(doc.Departments, data.Department{ID: id, Name: name, Parent: parent, Order: deptN,
			Motto: pick("客户第一，数据驱动", "Customer first, data driven")})
		return id
	}
	gm := addRole("", pick("总经理", "General Manager"), "", 1)
	head := func(d data.ID, title string, to data.ID) data.ID {
		r := addRole(d, title, to, 1)
		doc.Departments[len(doc.Departments)-1].Head = r
		return r
	}
	// Sales: a flat department of many roles.
	sales := addDept(pick("销售部", "Sales"), "")
	sh := head(sales, pick("销售总监", "Sales Director"), gm)
	for i := range 14 {
		addRole(sales, pick(fmt.Sprintf("大客户销售经理（%d区）", i+1), fmt.Sprintf("Key Account Sales Manager, Region %d", i+1)), sh, 3)
	}
	// Operations: twelve teams.
	ops := addDept(pick("运营中心", "Operations Centre"), "")
	oh := head(ops, pick("运营中心总监", "Director of Operations"), gm)
	for i := range 12 {
		team := addDept(pick(fmt.Sprintf("第%d运营小组", i+1), fmt.Sprintf("Operations Team %d", i+1)), ops)
		lead := head(team, pick(fmt.Sprintf("运营小组组长%d", i+1), fmt.Sprintf("Operations Team Leader %d", i+1)), oh)
		for j := range 3 {
			addRole(team, pick(fmt.Sprintf("用户增长与社群运营专员%d", j+1), fmt.Sprintf("User Growth and Community Operations Specialist %d", j+1)), lead, 2)
		}
	}
	// Technology: nested groups.
	tech := addDept(pick("技术研发部", "Technology and Development"), "")
	th := head(tech, pick("技术总监", "Chief Technology Officer"), gm)
	for _, g := range []string{pick("前端组", "Front End"), pick("后端组", "Back End"), pick("数据平台组", "Data Platform")} {
		grp := addDept(g, tech)
		l := head(grp, g+pick("负责人", " Lead"), th)
		for j := range 4 {
			addRole(grp, pick(fmt.Sprintf("高级软件开发工程师%d", j+1), fmt.Sprintf("Senior Software Development Engineer %d", j+1)), l, 2)
		}
	}
	for _, d := range []struct{ z, e string }{{"人力资源与行政部", "Human Resources and Administration"}, {"财务部", "Finance"}, {"客户服务部", "Customer Service"}} {
		id := addDept(pick(d.z, d.e), "")
		h := head(id, pick(d.z+"经理", "Head of "+d.e), gm)
		for _, t := range []struct{ z, e string }{{"培训与发展专员", "Training & Development Specialist"}, {"培训与发展主管", "Training & Development Supervisor"}, {"招聘专员", "Recruitment Specialist"}} {
			addRole(id, pick(t.z, t.e), h, 2)
		}
	}
	// About 200 people over the roles.
	for i := range 200 {
		r := doc.Roles[(i*7)%len(doc.Roles)]
		doc.People = append(doc.People, data.Person{ID: data.ID(fmt.Sprintf("p%03d", i)), Number: fmt.Sprintf("E%04d", i),
			Name: pick(fmt.Sprintf("员工%d", i), fmt.Sprintf("Employee %d", i)), Role: r.ID, Status: data.StatusActive})
	}
	doc.Reindex()
	return doc
}
