package chart

import (
	"image/color"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// anchor aligns text horizontally at its x.
type anchor int

const (
	anchorStart anchor = iota
	anchorMiddle
	anchorEnd
)

// painter is what WriteSVG and WritePNG draw on. Coordinates are chart
// units; a colour with zero alpha means "none".
type painter interface {
	// shape draws a rectangle with top corners of radius rt and bottom
	// corners of radius rb, filled and/or stroked.
	shape(r Rect, rt, rb float64, fill, stroke color.NRGBA, strokeW float64)
	line(pts []Point, c color.NRGBA, width float64, dashed bool)
	// text draws s with its baseline at y.
	text(x, y float64, s string, size float64, c color.NRGBA, a anchor)
	circle(center Point, r float64, fill color.NRGBA)
	// group brackets the shapes of one card; tip is its full text, which
	// an SVG viewer shows on hover where the card had to cut it short.
	group(tip string)
	endGroup()
}

var none color.NRGBA

// scene draws a chart, or the part of it inside area, on a painter.
type scene struct {
	c      *Chart
	st     Style
	m      *metrics
	lang   string
	colors map[data.ID]color.NRGBA
	sep    string // between holder names
	title  string // the organisation's name
	// deptName and members are looked up here rather than through the
	// document's lazy index, which is not safe for concurrent readers.
	deptName map[data.ID]string
	members  map[data.ID]int
}

func newScene(c *Chart, doc *data.Document, st Style) (*scene, error) {
	if st == (Style{}) {
		st = DefaultStyle()
	}
	if doc == nil {
		doc = &data.Document{}
	}
	m, err := newMetrics()
	if err != nil {
		return nil, err
	}
	s := &scene{c: c, st: st, m: m, lang: doc.Org.Lang, colors: Colors(doc), sep: ", ", title: doc.Org.Name}
	if i18n.Normalize(s.lang) == i18n.Chinese {
		s.sep = "、" // Chinese lists use the enumeration comma
	}
	s.deptName = make(map[data.ID]string, len(doc.Departments))
	for i := range doc.Departments {
		s.deptName[doc.Departments[i].ID] = doc.Departments[i].Name
	}
	s.members = make(map[data.ID]int, len(doc.Projects))
	for i := range doc.Projects {
		s.members[doc.Projects[i].ID] = len(doc.Projects[i].Members)
	}
	return s, nil
}

// exportArea is the area to draw: the given one, or the whole chart with a
// margin.
func exportArea(c *Chart, area *Rect, st Style) Rect {
	if area != nil {
		return *area
	}
	if st == (Style{}) {
		st = DefaultStyle()
	}
	return c.Bounds.Inset(st.Margin)
}

// draw paints the background, the edges, the dotted-line labels and the
// nodes that intersect area, in that order, so cards cover line ends.
func (s *scene) draw(p painter, area Rect) {
	p.shape(area, 0, 0, s.st.Background, none, 0)
	edges := s.c.EdgesVisible(area)
	for _, dotted := range []bool{false, true} {
		for _, i := range edges {
			if e := &s.c.Edges[i]; e.Dotted == dotted {
				col := s.st.Edge
				if dotted {
					col = s.st.Dotted
				}
				p.line(e.Points, col, s.st.EdgeWidth, dotted)
			}
		}
	}
	for _, i := range edges {
		if e := &s.c.Edges[i]; e.Dotted && e.Label != "" {
			s.edgeLabel(p, e)
		}
	}
	for _, i := range s.c.Visible(area) {
		n := &s.c.Nodes[i]
		p.group(n.Label)
		s.node(p, n)
		p.endGroup()
	}
}

// edgeLabel writes a dotted line's label on a background-coloured pill at
// the middle of the line's longest segment.
func (s *scene) edgeLabel(p painter, e *Edge) {
	best, at := -1.0, Point{}
	for i := 1; i < len(e.Points); i++ {
		a, b := e.Points[i-1], e.Points[i]
		if l := abs(a.X-b.X) + abs(a.Y-b.Y); l > best {
			best, at = l, Point{(a.X + b.X) / 2, (a.Y + b.Y) / 2}
		}
	}
	size := s.st.SmallSize
	text := s.m.fit(e.Label, size, s.c.Opts.NodeW)
	w := s.m.width(text, size) + size
	p.shape(Rect{at.X - w/2, at.Y - size*0.75, w, size * 1.5}, size*0.75, size*0.75, s.st.Background, s.st.Dotted, 0.75)
	p.text(at.X, at.Y+size*0.36, text, size, s.st.Dotted, anchorMiddle)
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// node draws one card.
func (s *scene) node(p painter, n *Node) {
	switch n.Kind {
	case KindCompany:
		s.companyCard(p, n)
	case KindDepartment:
		s.departmentCard(p, n)
	case KindProject:
		s.projectCard(p, n)
	case KindPerson:
		s.personCard(p, n)
	case KindUnassigned:
		s.unassignedCard(p, n)
	default:
		s.roleCard(p, n)
	}
	if n.HasHidden {
		s.hiddenMarker(p, n)
	}
}

// card draws the box: a band of colour over the top, the body below it and
// a border around both.
func (s *scene) card(p painter, r Rect, band, fill, border color.NRGBA) {
	rad := s.st.Radius
	p.shape(r, rad, rad, band, none, 0)
	p.shape(Rect{r.X, r.Y + s.st.Band, r.W, r.H - s.st.Band}, 0, rad, fill, none, 0)
	p.shape(r, rad, rad, none, border, 1)
}

// lines are the baselines of a card's three lines of text.
func (s *scene) lines(r Rect) (title, second, third float64) {
	title = r.Y + s.st.Band + s.st.TitleSize*1.35
	third = r.Bottom() - s.st.SmallSize*0.9
	second = (title+third)/2 + s.st.TextSize*0.3
	return
}

// cardPad is the inner margin of a card's text.
const cardPad = 10.0

func (s *scene) roleCard(p painter, n *Node) {
	r := n.Rect
	s.card(p, r, s.colors[n.Dept], s.st.CardFill, s.st.CardBorder)
	t1, t2, t3 := s.lines(r)
	inner := r.W - 2*cardPad
	p.text(r.X+cardPad, t1, s.m.fit(n.Label, s.st.TitleSize, inner), s.st.TitleSize, s.st.Text, anchorStart)
	prefix := ""
	if n.Note != "" {
		prefix = n.Note + " · "
	}
	if len(n.Holders) == 0 {
		line := s.m.fit(prefix+i18n.In(s.lang, "Vacant"), s.st.TextSize, inner)
		p.text(r.X+cardPad, t2, line, s.st.TextSize, s.st.Vacancy, anchorStart)
	} else {
		pw := s.m.width(prefix, s.st.TextSize)
		line := prefix + s.m.names(n.Holders, s.sep, s.st.TextSize, inner-pw)
		p.text(r.X+cardPad, t2, s.m.fit(line, s.st.TextSize, inner), s.st.TextSize, s.st.SubText, anchorStart)
	}
	s.countsLine(p, n, r, t3, i18n.In(s.lang, "Filled %d / planned %d", n.Filled, n.Planned))
}

// unassignedCard draws a department's 未安排 group: its title and the
// names of its people.
func (s *scene) unassignedCard(p painter, n *Node) {
	r := n.Rect
	s.card(p, r, s.colors[n.Dept], Tint(s.st.Over, 0.1), s.st.Over)
	t1, t2, _ := s.lines(r)
	inner := r.W - 2*cardPad
	p.text(r.X+cardPad, t1, s.m.fit(n.Label, s.st.TitleSize, inner), s.st.TitleSize, s.st.Text, anchorStart)
	p.text(r.X+cardPad, t2, s.m.names(n.Holders, s.sep, s.st.TextSize, inner), s.st.TextSize, s.st.SubText, anchorStart)
}

func (s *scene) departmentCard(p painter, n *Node) {
	r := n.Rect
	col := s.colors[n.Dept]
	s.card(p, r, col, Tint(col, 0.12), col)
	t1, t2, t3 := s.lines(r)
	inner := r.W - 2*cardPad
	p.text(r.X+cardPad, t1, s.m.fit(n.Label, s.st.TitleSize+1, inner), s.st.TitleSize+1, s.st.Text, anchorStart)
	if n.Note != "" {
		p.text(r.X+cardPad, t2, s.m.fit(n.Note, s.st.TextSize, inner), s.st.TextSize, s.st.SubText, anchorStart)
	}
	s.countsLine(p, n, r, t3, i18n.In(s.lang, "Planned %d · filled %d", n.Planned, n.Filled))
}

// countsLine writes the headcount at the bottom left and, when the numbers
// differ, a vacancy or over-staffing badge at the bottom right.
func (s *scene) countsLine(p painter, n *Node, r Rect, y float64, counts string) {
	size := s.st.SmallSize
	badge, col := "", s.st.Vacancy
	switch v := n.Vacancy(); {
	case v > 0:
		badge = i18n.In(s.lang, "%d vacant", v)
	case v < 0:
		badge, col = i18n.In(s.lang, "%d over", -v), s.st.Over
	}
	right := r.Right() - cardPad
	if badge != "" {
		w := s.m.width(badge, size) + size
		h := size * 1.45
		p.shape(Rect{right - w, y - size*1.05, w, h}, h/2, h/2, col, none, 0)
		p.text(right-w/2, y, badge, size, s.st.BadgeText, anchorMiddle)
		right -= w + 6
	}
	p.text(r.X+cardPad, y, s.m.fit(counts, size, right-r.X-cardPad), size, s.st.SubText, anchorStart)
}

func (s *scene) companyCard(p painter, n *Node) {
	r := n.Rect
	p.shape(r, s.st.Radius, s.st.Radius, s.st.Company, none, 0)
	t1, t2, t3 := s.lines(r)
	cx, inner := r.X+r.W/2, r.W-2*cardPad
	p.text(cx, t1, s.m.fit(n.Label, s.st.TitleSize+2, inner), s.st.TitleSize+2, s.st.BadgeText, anchorMiddle)
	if n.Note != "" {
		p.text(cx, t2, s.m.fit(n.Note, s.st.TextSize, inner), s.st.TextSize, s.st.BadgeText, anchorMiddle)
	}
	counts := i18n.In(s.lang, "Planned %d · filled %d", n.Planned, n.Filled)
	p.text(cx, t3, s.m.fit(counts, s.st.SmallSize, inner), s.st.SmallSize, s.st.BadgeText, anchorMiddle)
}

func (s *scene) projectCard(p painter, n *Node) {
	r := n.Rect
	s.card(p, r, s.st.Project, Tint(s.st.Project, 0.10), s.st.Project)
	t1, t2, t3 := s.lines(r)
	inner := r.W - 2*cardPad
	p.text(r.X+cardPad, t1, s.m.fit(n.Label, s.st.TitleSize+1, inner), s.st.TitleSize+1, s.st.Text, anchorStart)
	if n.Note != "" {
		owner := i18n.In(s.lang, "Owner: %s", n.Note)
		p.text(r.X+cardPad, t2, s.m.fit(owner, s.st.TextSize, inner), s.st.TextSize, s.st.SubText, anchorStart)
	}
	p.text(r.X+cardPad, t3, i18n.In(s.lang, "%d members", s.members[n.ID]), s.st.SmallSize, s.st.SubText, anchorStart)
}

func (s *scene) personCard(p painter, n *Node) {
	r := n.Rect
	s.card(p, r, s.colors[n.Dept], s.st.CardFill, s.st.CardBorder)
	t1, t2, t3 := s.lines(r)
	inner := r.W - 2*cardPad
	p.text(r.X+cardPad, t1, s.m.fit(n.Label, s.st.TitleSize, inner), s.st.TitleSize, s.st.Text, anchorStart)
	if n.Note != "" {
		p.text(r.X+cardPad, t2, s.m.fit(n.Note, s.st.TextSize, inner), s.st.TextSize, s.st.SubText, anchorStart)
	}
	if name := s.deptName[n.Dept]; name != "" {
		p.text(r.X+cardPad, t3, s.m.fit(name, s.st.SmallSize, inner), s.st.SmallSize, s.st.SubText, anchorStart)
	}
}

// hiddenMarker draws a "+" disc on the edge where the hidden children
// would hang.
func (s *scene) hiddenMarker(p painter, n *Node) {
	at := Point{n.Rect.X + n.Rect.W/2, n.Rect.Bottom()}
	if s.c.Opts.Orientation == LeftRight {
		at = Point{n.Rect.Right(), n.Rect.Y + n.Rect.H/2}
	}
	rad := s.st.TextSize * 0.75
	p.circle(at, rad, s.colors[n.Dept])
	p.text(at.X, at.Y+s.st.TextSize*0.36, "+", s.st.TextSize, s.st.BadgeText, anchorMiddle)
}
