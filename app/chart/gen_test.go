package chart

import (
	"fmt"
	"math/rand/v2"

	"orgdesigner/data"
)

// genDoc generates a valid document with about nRoles roles: a general
// manager, departments of 8–40 roles (a head, team leads, staff reporting
// to the leads), every fifth department with a sub-department, roughly
// 1.5 people per role, dotted lines and a few project teams.
func genDoc(nRoles int, seed uint64) *data.Document {
	r := rand.New(rand.NewPCG(seed, 11))
	d := &data.Document{Org: data.Organisation{Name: "生成公司", Lang: "zh", Mode: data.ModeMatrix}}
	d.Roles = append(d.Roles, data.Role{ID: "gm", Title: "总经理", Planned: 1})
	role := func(id data.ID, title string, dept, boss data.ID) {
		d.Roles = append(d.Roles, data.Role{ID: id, Title: title, Department: dept, ReportsTo: boss,
			Planned: 1 + r.IntN(3), Order: len(d.Roles)})
	}
	for k := 0; len(d.Roles) < nRoles; k++ {
		dept := data.ID(fmt.Sprintf("d%d", k))
		head := data.ID(fmt.Sprintf("d%d-head", k))
		parent, boss := data.ID(""), data.ID("gm")
		if k%5 == 4 {
			parent, boss = data.ID(fmt.Sprintf("d%d", k-1)), data.ID(fmt.Sprintf("d%d-head", k-1))
		}
		d.Departments = append(d.Departments, data.Department{ID: dept, Name: fmt.Sprintf("部门%d", k),
			Parent: parent, Head: head, Order: k})
		role(head, fmt.Sprintf("部门%d负责人", k), dept, boss)
		size := 8 + r.IntN(33)
		var lead data.ID
		for j := 1; j < size && len(d.Roles) < nRoles; j++ {
			id := data.ID(fmt.Sprintf("d%d-r%d", k, j))
			if j%6 == 1 {
				lead = id
				role(id, fmt.Sprintf("组长%d", j), dept, head)
			} else {
				role(id, fmt.Sprintf("专员%d", j), dept, lead)
			}
			if r.IntN(20) == 0 {
				d.Roles[len(d.Roles)-1].Dotted = []data.DottedLine{{Manager: "gm", Label: "项目汇报"}}
			}
		}
	}
	for i := 0; i < nRoles*3/2; i++ {
		ro := &d.Roles[r.IntN(len(d.Roles))]
		d.People = append(d.People, data.Person{ID: data.ID(fmt.Sprintf("p%d", i)), Number: fmt.Sprintf("E%06d", i),
			Name: fmt.Sprintf("员工%d", i), Role: ro.ID, Department: ro.Department})
	}
	for i := 0; i < 5; i++ {
		t := data.ProjectTeam{ID: data.ID(fmt.Sprintf("t%d", i)), Name: fmt.Sprintf("项目%d", i), OwnerRole: "gm"}
		for j := 0; j < 6; j++ {
			t.Members = append(t.Members, data.Member{Role: d.Roles[r.IntN(len(d.Roles))].ID})
		}
		d.Projects = append(d.Projects, t)
	}
	d.Reindex()
	return d
}
