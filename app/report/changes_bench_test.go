package report

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"orgdesigner/app"
	"orgdesigner/app/compare"
	"orgdesigner/data"
)

// bigResult compares genDoc(n) (with salary bands) with a scenario of it
// that has k changes spread over its departments: 编制 raised, roles
// renamed, moved to the next department and added.
func bigResult(tb testing.TB, n, k int) *compare.Result {
	a := genDoc(n)
	for i := range a.Roles {
		a.Roles[i].PayMin, a.Roles[i].PayMax = float64(8000+i%20*500), float64(12000+i%20*700)
	}
	b := cloneDoc(tb, a)
	var ch []compare.Change
	nd := len(b.Departments)
	for i := 0; i < k; i++ {
		r := &b.Roles[1+(i*7919)%(len(b.Roles)-1)]
		switch i % 4 {
		case 0:
			ch = append(ch, compare.Change{Kind: compare.PlannedChanged, ID: r.ID, Name: r.Title, Department: r.Department,
				Before: r.Planned, After: r.Planned + 2})
			r.Planned += 2
		case 1:
			old := r.Title
			r.Title += "（新）"
			ch = append(ch, compare.Change{Kind: compare.RoleRenamed, ID: r.ID, Name: r.Title, OldName: old, Department: r.Department})
		case 2:
			from := r.Department
			var to data.ID
			for j := range b.Departments {
				if b.Departments[j].ID == from {
					to = b.Departments[(j+1)%nd].ID
				}
			}
			r.Department = to
			ch = append(ch, compare.Change{Kind: compare.RoleMoved, ID: r.ID, Name: r.Title, Department: to, From: from, To: to})
		case 3:
			id := data.ID(fmt.Sprintf("new-%04d", i))
			d := b.Departments[i%nd].ID
			b.Roles = append(b.Roles, data.Role{ID: id, Title: fmt.Sprintf("新岗位%d", i), Department: d, Planned: 2,
				PayMin: 9000, PayMax: 13000})
			ch = append(ch, compare.Change{Kind: compare.RoleAdded, ID: id, Name: fmt.Sprintf("新岗位%d", i), Department: d})
		}
	}
	b.Reindex()
	ha, hb := app.CountHeads(a), app.CountHeads(b)
	ca, cb := fakeRollup(a), fakeRollup(b)
	res := &compare.Result{A: a, B: b, Changes: ch, HeadsA: ha, HeadsB: hb, CostA: ca, CostB: cb}
	at := map[data.ID]int{}
	for _, c := range ch {
		i, ok := at[c.Department]
		if !ok {
			i = len(res.Groups)
			at[c.Department] = i
			name := ""
			if d := b.Department(c.Department); d != nil {
				name = d.Name
			}
			res.Groups = append(res.Groups, compare.Group{Department: c.Department, Name: name,
				HeadsA: ha.Department[c.Department], HeadsB: hb.Department[c.Department],
				CostA: ca.Department[c.Department], CostB: cb.Department[c.Department]})
		}
		res.Groups[i].Changes = append(res.Groups[i].Changes, c)
	}
	return res
}

// BenchmarkChangeReport5000: the change report of 5,000 roles with 300
// changes, both charts included.
func BenchmarkChangeReport5000(b *testing.B) {
	res := bigResult(b, 5000, 300)
	b.ReportAllocs()
	b.ResetTimer()
	pages, size := 0, 0
	for b.Loop() {
		var buf bytes.Buffer
		r, err := Changes(context.Background(), &buf, res, ChangeOptions{Options: Options{Date: fixedDate}, NameA: "当前组织", NameB: "成长期方案"})
		if err != nil {
			b.Fatal(err)
		}
		pages, size = r.Pages, buf.Len()
	}
	b.ReportMetric(float64(pages), "pages")
	b.ReportMetric(float64(size)/1e6, "MB")
}
