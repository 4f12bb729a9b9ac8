package report

import "github.com/go-pdf/fpdf"

// The flow engine. Reports are built as a list of units — a line of text, a
// table row, a signature block — each with a height and a function that
// draws it at a given y. Pagination then places the units on pages before
// anything is drawn, so every page number (the table of contents, "page x of
// y", "continued on page N") is known exactly when drawing starts.
//
// Rules the engine keeps:
//   - a chain of units marked keep stays on one page unless it is taller than
//     a page (headings stay with their text, short rows stay whole);
//   - nothing is placed below the footer line; what does not fit moves on;
//   - a table row that starts a page after a break is preceded by its
//     table's header row again;
//   - units inside a frame (a form section) get the frame drawn around each
//     page's part of them, with the label marked as continued after a break.

// unit is one indivisible piece of a report.
type unit struct {
	h    float64
	draw func(w *writer, y float64, at placing)
	// keep holds this unit on the same page as the next one.
	keep bool
	// frame is the form section or box the unit belongs to, if any.
	frame *frame
	// head is the table header to repeat when this unit starts a page.
	head *unit
	// brk starts a new page with this layout before the unit; such a unit
	// has no height.
	brk *pageSpec
	// anchor, when set, receives the page and position the unit lands on.
	anchor *anchor
	// placed is set by pagination once the unit has been put on a page.
	placed bool
}

// placing tells a draw function where its unit landed.
type placing struct {
	page int // 1-based page number in the document
	// first: the unit does not follow its predecessor on this page (it
	// starts the page or follows a repeated header); last: its successor
	// is not next on this page. Rows split across pages use these to close
	// their borders.
	first, last bool
}

// anchor records where a unit landed, for the table of contents, links
// and cross references.
type anchor struct {
	page int
	y    float64
}

// frame is drawn around each page's part of its units, behind them.
type frame struct {
	padTop, padBottom float64
	draw              func(w *writer, y0, y1 float64, first bool)
}

// pageSpec is the layout of a page: orientation and running header. Pages
// of the same group are numbered together ("page 2 of 3" of one role sheet).
type pageSpec struct {
	landscape   bool
	bare        bool // no header and footer (the cover)
	left, right string
	// cont replaces right on the pages after the first of a flow that
	// breaks (a role sheet's "… (continued)").
	cont  string
	group *pageGroup
	// paper, when set, is this page's own paper (a chart poster); else
	// the report's.
	paper *fpdf.SizeType
}

// pageGroup counts the pages numbered together.
type pageGroup struct {
	count int
}

// page is one paginated page.
type page struct {
	spec   *pageSpec
	items  []placed
	frames []placedFrame
	n      int // number within its group
	// cont: the page continues the flow of the page before it.
	cont bool
}

type placed struct {
	u   *unit
	idx int // position in the unit list; -1 for a repeated header
	y   float64
	at  placing
}

type placedFrame struct {
	f      *frame
	y0, y1 float64
	first  bool
}

// fitSlack absorbs rounding when a unit fills the page exactly.
const fitSlack = 1e-6

// paginator places units on pages.
type paginator struct {
	w     *writer
	pages []*page
	cur   *page
	y     float64
	top   float64
	bot   float64

	frame   *frame // the frame whose part is open on this page
	frameY0 float64
	framed  map[*frame]bool // frames that have had a part already
	justBrk bool            // the page was just broken inside a flow
}

// paginate assigns every unit a page and a position.
func (w *writer) paginate() []*page {
	p := &paginator{w: w, framed: map[*frame]bool{}}
	us := w.units
	for i := 0; i < len(us); {
		if us[i].brk != nil {
			p.newPage(us[i].brk)
			p.placeAnchorOnly(us[i])
			i++
			continue
		}
		if p.cur == nil {
			p.newPage(&pageSpec{group: &pageGroup{}})
		}
		j := i
		for j < len(us)-1 && us[j].keep && us[j+1].brk == nil {
			j++
		}
		if h := p.chainHeight(us[i : j+1]); p.y+h > p.bot+fitSlack && !p.empty() && h <= p.bot-p.top {
			p.breakPage(us[i])
		}
		for k := i; k <= j; k++ {
			p.place(us[k], k)
		}
		i = j + 1
	}
	p.closeFrame()
	p.number()
	for _, pg := range p.pages {
		pg.mark()
	}
	return p.pages
}

// mark sets the first and last flags of the page's items.
func (pg *page) mark() {
	for i := range pg.items {
		it := &pg.items[i]
		it.at.first = i == 0 || it.idx < 0 || pg.items[i-1].idx != it.idx-1
		it.at.last = i == len(pg.items)-1 || it.idx < 0 || pg.items[i+1].idx != it.idx+1
	}
}

// chainHeight is the height a run of units needs, with the frame padding
// around it and the room to close its last frame.
func (p *paginator) chainHeight(us []*unit) float64 {
	h, f := 0.0, p.frame
	for _, u := range us {
		if u.frame != f {
			if f != nil {
				h += f.padBottom
			}
			if u.frame != nil {
				h += u.frame.padTop
			}
			f = u.frame
		}
		h += u.h
	}
	if f != nil {
		h += f.padBottom
	}
	return h
}

// empty reports whether nothing has been placed on the current page.
func (p *paginator) empty() bool { return p.cur == nil || len(p.cur.items) == 0 }

func (p *paginator) newPage(spec *pageSpec) {
	p.closeFrame()
	if spec.group == nil {
		spec.group = &pageGroup{}
	}
	p.cur = &page{spec: spec}
	p.pages = append(p.pages, p.cur)
	_, ph := p.w.specSize(spec)
	p.top, p.bot = contentTop, ph-footerHeight
	if spec.bare {
		p.top, p.bot = 0, ph
	}
	p.y = p.top
	p.justBrk = false
}

// breakPage continues the flow on a new page with the same layout,
// reopening the open frame when next, the unit to place, belongs to it.
func (p *paginator) breakPage(next *unit) {
	f := p.frame
	p.newPage(p.cur.spec)
	p.cur.cont = true
	p.justBrk = true
	if f != nil && next.frame == f {
		p.openFrame(f)
	}
}

func (p *paginator) openFrame(f *frame) {
	p.frame, p.frameY0 = f, p.y
	p.y += f.padTop
}

// closeFrame ends the open frame's part on this page.
func (p *paginator) closeFrame() {
	f := p.frame
	if f == nil {
		return
	}
	p.y += f.padBottom
	p.cur.frames = append(p.cur.frames, placedFrame{f: f, y0: p.frameY0, y1: p.y, first: !p.framed[f]})
	p.framed[f] = true
	p.frame = nil
}

// place puts one unit on the page, breaking the page first when it does not
// fit (unless the page is empty: a unit taller than a page is drawn anyway
// and clipped by the paper rather than looping forever).
func (p *paginator) place(u *unit, idx int) {
	if u.frame != p.frame {
		p.closeFrame()
		if u.frame != nil {
			p.openFrame(u.frame)
		}
	}
	pad := 0.0
	if u.frame != nil {
		pad = u.frame.padBottom
	}
	if p.y+u.h+pad > p.bot+fitSlack && !p.empty() {
		p.breakPage(u)
	}
	if p.justBrk && u.head != nil && u.head != u && u.head.placed {
		p.put(u.head, -1)
	}
	p.put(u, idx)
	p.justBrk = false
}

// put records u at the current position.
func (p *paginator) put(u *unit, idx int) {
	p.cur.items = append(p.cur.items, placed{u: u, idx: idx, y: p.y, at: placing{page: len(p.pages)}})
	if idx >= 0 && u.anchor != nil {
		u.anchor.page, u.anchor.y = len(p.pages), p.y
	}
	if idx >= 0 {
		u.placed = true
	}
	p.y += u.h
}

// placeAnchorOnly records the anchor of a page-break unit at the page top.
func (p *paginator) placeAnchorOnly(u *unit) {
	if u.anchor != nil {
		u.anchor.page, u.anchor.y = len(p.pages), p.y
	}
}

// number gives each page its number within its group.
func (p *paginator) number() {
	for _, pg := range p.pages {
		g := pg.spec.group
		g.count++
		pg.n = g.count
	}
}

// render draws the paginated pages, reporting progress and stopping when
// the context is cancelled.
func (w *writer) render(pages []*page, progress func(done int)) error {
	for i, pg := range pages {
		if err := w.cancelled(); err != nil {
			return err
		}
		orient := "P"
		if pg.spec.landscape {
			orient = "L"
		}
		paper := w.paper
		if pg.spec.paper != nil {
			paper = *pg.spec.paper
		}
		w.pdf.AddPageFormat(orient, paper)
		w.decorate(pg.spec, pg.cont, pg.n, pg.spec.group.count)
		for _, f := range pg.frames {
			f.f.draw(w, f.y0, f.y1, f.first)
		}
		for _, it := range pg.items {
			if it.u.draw != nil {
				it.u.draw(w, it.y, it.at)
			}
		}
		if progress != nil {
			progress(i + 1)
		}
	}
	return w.pdf.Error()
}
