package report

import (
	"context"
	"testing"
)

// flowWriter is a writer with an A4 page for pagination tests.
func flowWriter(t *testing.T) *writer {
	t.Helper()
	w, err := newWriter(context.Background(), richDoc(), Options{Date: fixedDate})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// placedUnits returns, for every unit, the pages it was placed on (a
// repeated header more than once).
func placedUnits(pages []*page) map[*unit][]int {
	out := map[*unit][]int{}
	for i, pg := range pages {
		for _, it := range pg.items {
			out[it.u] = append(out[it.u], i+1)
		}
	}
	return out
}

func TestPaginateKeepsEveryUnitOnceInOrder(t *testing.T) {
	w := flowWriter(t)
	w.add(newPage(&pageSpec{}, nil))
	var us []*unit
	for i := range 200 {
		u := &unit{h: 3 + float64(i%7), keep: i%5 == 0}
		us = append(us, u)
		w.add(u)
	}
	pages := w.paginate()
	got := placedUnits(pages)
	prevPage, prevY := 0, 0.0
	for i, u := range us {
		ps := got[u]
		if len(ps) != 1 {
			t.Fatalf("unit %d placed %d times", i, len(ps))
		}
		var y float64
		for _, it := range pages[ps[0]-1].items {
			if it.u == u {
				y = it.y
			}
		}
		if ps[0] < prevPage || ps[0] == prevPage && y <= prevY {
			t.Fatalf("unit %d out of order", i)
		}
		prevPage, prevY = ps[0], y
	}
}

func TestPaginateKeepsChainsTogether(t *testing.T) {
	w := flowWriter(t)
	w.add(newPage(&pageSpec{}, nil))
	room := w.contentHeight(false)
	w.add(&unit{h: room - 10}) // leaves 10 mm
	a := &unit{h: 6, keep: true}
	b := &unit{h: 6}
	w.add(a, b)
	got := placedUnits(w.paginate())
	if got[a][0] != 2 || got[b][0] != 2 {
		t.Errorf("a chain that does not fit was split: pages %v and %v", got[a], got[b])
	}
}

func TestPaginateChainTallerThanAPageBreaks(t *testing.T) {
	w := flowWriter(t)
	w.add(newPage(&pageSpec{}, nil))
	var us []*unit
	for range 100 {
		u := &unit{h: 5, keep: true}
		us = append(us, u)
		w.add(u)
	}
	pages := w.paginate()
	if len(pages) < 2 {
		t.Fatalf("500 mm of kept units on %d page", len(pages))
	}
	if len(placedUnits(pages)) != len(us) {
		t.Error("units lost")
	}
}

func TestPaginateRepeatsHeaderAndReopensFrame(t *testing.T) {
	w := flowWriter(t)
	w.add(newPage(&pageSpec{}, nil))
	fr := &frame{padTop: 2, padBottom: 2, draw: func(*writer, float64, float64, bool) {}}
	head := &unit{h: 8, keep: true, frame: fr}
	w.add(head)
	var rows []*unit
	for range 80 {
		r := &unit{h: 6, frame: fr, head: head}
		rows = append(rows, r)
		w.add(r)
	}
	pages := w.paginate()
	if len(pages) < 2 {
		t.Fatal("80 rows fit on one page")
	}
	for i, pg := range pages {
		if pg.items[0].u != head {
			t.Errorf("page %d does not start with the table header", i+1)
		}
		if len(pg.frames) != 1 || pg.frames[0].first != (i == 0) {
			t.Errorf("page %d: frames %+v", i+1, pg.frames)
		}
		if i > 0 && !pg.items[1].at.first {
			t.Errorf("page %d: the row after a repeated header is not marked first", i+1)
		}
	}
	for _, r := range rows {
		if n := len(placedUnits(pages)[r]); n != 1 {
			t.Fatalf("row placed %d times", n)
		}
	}
}

func TestPaginateGroupsNumberPages(t *testing.T) {
	w := flowWriter(t)
	g1, g2 := &pageGroup{}, &pageGroup{}
	w.add(newPage(&pageSpec{group: g1}, nil), &unit{h: 10}, &unit{h: w.contentHeight(false)})
	w.add(newPage(&pageSpec{group: g2}, nil), &unit{h: 10})
	pages := w.paginate()
	if len(pages) != 3 || g1.count != 2 || g2.count != 1 || pages[1].n != 2 || pages[2].n != 1 {
		t.Errorf("groups: %d pages, g1 %+v, g2 %+v", len(pages), g1, g2)
	}
}
