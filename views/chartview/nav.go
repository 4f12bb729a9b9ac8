package chartview

import (
	"math"

	"orgdesigner/app/chart"
)

// navigate moves the selection one step in screen direction (dx, dy):
// among the selected node's parent, children and siblings it picks the
// nearest one lying that way, so the keys follow the drawing in either
// orientation and in compact stacks; when none does, the nearest node of
// the chart in that direction.
func (c *Chart) navigate(dx, dy float64) {
	i := c.sel.idx
	if i < 0 || i >= len(c.lay.Nodes) {
		c.selectIndex(0)
		return
	}
	n := &c.lay.Nodes[i]
	var family []int
	if n.Parent >= 0 {
		family = append(family, n.Parent)
		family = append(family, c.lay.Nodes[n.Parent].Children...)
	}
	family = append(family, n.Children...)
	best := c.nearestToward(i, family, dx, dy)
	if best < 0 {
		// Search outwards for anything in that direction.
		r := n.Rect
		for reach := math.Max(r.W, r.H) * 4; best < 0 && reach < 1e7; reach *= 4 {
			area := chart.Rect{X: r.X - reach, Y: r.Y - reach, W: r.W + 2*reach, H: r.H + 2*reach}
			best = c.nearestToward(i, c.lay.Visible(area), dx, dy)
			if area.X <= c.lay.Bounds.X && area.Y <= c.lay.Bounds.Y &&
				area.Right() >= c.lay.Bounds.Right() && area.Bottom() >= c.lay.Bounds.Bottom() {
				break
			}
		}
	}
	if best >= 0 {
		c.selectIndex(best)
		c.ensureVisible(best)
	}
}

// nearestToward returns the candidate whose centre lies in direction
// (dx, dy) from node i with the best score: distance along the direction
// plus twice the sideways offset, so straight ahead beats diagonal.
func (c *Chart) nearestToward(i int, candidates []int, dx, dy float64) int {
	from := c.lay.Nodes[i].Rect.Center()
	best, bestScore := -1, math.Inf(1)
	for _, j := range candidates {
		if j == i {
			continue
		}
		to := c.lay.Nodes[j].Rect.Center()
		vx, vy := to.X-from.X, to.Y-from.Y
		ahead := vx*dx + vy*dy
		if ahead <= 1 {
			continue
		}
		side := math.Abs(vx*dy - vy*dx)
		if score := ahead + 2*side; score < bestScore {
			best, bestScore = j, score
		}
	}
	return best
}
