package views

import (
	"reflect"
	"testing"

	"orgdesigner/app"
	"orgdesigner/data"
)

func TestRankHits(t *testing.T) {
	hit := func(k app.HitKind, id, field string) app.Hit { return app.Hit{Kind: k, ID: data.ID(id), Field: field} }
	tests := []struct {
		name string
		in   []app.Hit
		want []app.Hit
	}{
		{"empty", nil, []app.Hit{}},
		{
			"titles before text, document order kept",
			[]app.Hit{hit(app.HitRole, "a", "responsibility"), hit(app.HitRole, "b", "title"), hit(app.HitDepartment, "d", "name"), hit(app.HitPerson, "p", "number")},
			[]app.Hit{hit(app.HitRole, "b", "title"), hit(app.HitDepartment, "d", "name"), hit(app.HitPerson, "p", "number"), hit(app.HitRole, "a", "responsibility")},
		},
		{
			"one hit per object, its best",
			[]app.Hit{hit(app.HitRole, "a", "purpose"), hit(app.HitRole, "a", "title"), hit(app.HitRole, "a", "responsibility")},
			[]app.Hit{hit(app.HitRole, "a", "title")},
		},
		{
			"a department and a role may share an id",
			[]app.Hit{hit(app.HitRole, "x", "title"), hit(app.HitDepartment, "x", "name")},
			[]app.Hit{hit(app.HitRole, "x", "title"), hit(app.HitDepartment, "x", "name")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rankHits(append([]app.Hit(nil), tt.in...))
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v\nwant %v", got, tt.want)
			}
		})
	}
}
