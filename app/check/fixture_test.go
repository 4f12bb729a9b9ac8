package check

import (
	"testing"

	"orgdesigner/data"
)

// role builds a complete role card: two responsibilities weighted 50/50 and
// one KPI weighted 100, so it triggers no card check on its own.
func role(id, title string, dept, reportsTo data.ID, planned int) data.Role {
	return data.Role{
		ID: data.ID(id), Title: title, Department: dept, ReportsTo: reportsTo, Planned: planned,
		Responsibilities: []data.Responsibility{
			{Text: title + "的第一项职责", Weight: 50},
			{Text: title + "的第二项职责", Weight: 50},
		},
		KPIs: []data.KPI{{Indicator: title + "的指标", Target: "100%", Cycle: "月", Weight: 100}},
	}
}

func person(id, name string, roleID data.ID) data.Person {
	return data.Person{ID: data.ID(id), Number: "E" + id, Name: name, Role: roleID, Status: data.StatusActive}
}

// cleanDoc is a small, problem-free organisation:
//
//	总经理 (company level)
//	├── 市场经理 (市场部)
//	│   └── 调研主管 (市场部/市场调研组)
//	│       └── 调研专员 ×2
//	└── 运营经理 (运营部)
//	    └── 运营专员
//
// Every role is fully staffed; one former employee holds no role.
func cleanDoc() *data.Document {
	d := &data.Document{
		Org: data.Organisation{Name: "测试公司", Lang: "zh"},
		Departments: []data.Department{
			{ID: "mkt", Name: "市场部", Head: "mkt-mgr", Order: 1},
			{ID: "mkt-res", Name: "市场调研组", Parent: "mkt", Head: "res-lead", Order: 2},
			{ID: "ops", Name: "运营部", Head: "ops-mgr", Order: 3},
		},
		Roles: []data.Role{
			role("gm", "总经理", "", "", 1),
			role("mkt-mgr", "市场经理", "mkt", "gm", 1),
			role("res-lead", "调研主管", "mkt-res", "mkt-mgr", 1),
			role("analyst", "调研专员", "mkt-res", "res-lead", 2),
			role("ops-mgr", "运营经理", "ops", "gm", 1),
			role("ops-spec", "运营专员", "ops", "ops-mgr", 1),
		},
		People: []data.Person{
			person("1", "王总", "gm"),
			person("2", "李市场", "mkt-mgr"),
			person("3", "张调研", "res-lead"),
			person("4", "赵分析", "analyst"),
			person("5", "钱分析", "analyst"),
			person("6", "孙运营", "ops-mgr"),
			person("7", "周专员", "ops-spec"),
			{ID: "8", Number: "E8", Name: "吴离职", Department: "ops", Status: data.StatusLeft},
		},
	}
	for i := range d.Roles {
		d.Roles[i].Order = i
	}
	d.Reindex()
	return d
}

// mustValid fails the test when doc is not a document the store would keep,
// so the fixtures test the checks, not broken data.
func mustValid(t testing.TB, doc *data.Document) {
	t.Helper()
	if err := data.Validate(doc); err != nil {
		t.Fatalf("fixture is invalid: %v", err)
	}
}

// roleAt returns the fixture role with the id, failing when absent.
func roleAt(t testing.TB, d *data.Document, id data.ID) *data.Role {
	t.Helper()
	r := d.Role(id)
	if r == nil {
		t.Fatalf("fixture has no role %q", id)
	}
	return r
}
