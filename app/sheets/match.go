package sheets

import (
	"strings"
	"unicode"

	"orgdesigner/data"
)

// Matching a row to an existing person. A 工号 decides alone. Without
// one, a person of the same name is the row's when they share an
// identifier (phone, email, an ID number or account column), else when
// they are in the row's department. A person moved to another department
// in a roster without numbers is found by the name alone, but only when
// nothing tells them apart (no phone or email that differs) and no other
// row of the file is theirs: those rows wait until every row is read
// (resolveDeferred). A name that fits several people is a problem on the
// row, never a guess and never a silent second person.

// idKind says which identifiers can be compared with each other.
type idKind uint8

const (
	idPhone idKind = iota
	idEmail
	idOther // ID number, account, WeChat, personal email …: compared across columns
)

// identifier is one normalised value that names one person.
type identifier struct {
	kind  idKind
	key   string // the extra field's key (idOther), to tell a changed value from another column
	value string
}

// minIdentifier is the shortest value taken as an identifier: rosters
// write placeholders ("1", "-", "无") in columns they do not fill.
const minIdentifier = 5

// identifiers lists what tells this person apart besides name and 工号.
func identifiers(phone, email string, extras []data.ExtraField) []identifier {
	var ids []identifier
	if v := normPhone(phone); v != "" {
		ids = append(ids, identifier{kind: idPhone, value: v})
	}
	if v := normEmail(email); v != "" {
		ids = append(ids, identifier{kind: idEmail, value: v})
	}
	for _, e := range extras {
		if !identifierKey(e.Key) {
			continue
		}
		if v := normIdentifier(e.Value); v != "" {
			ids = append(ids, identifier{kind: idOther, key: normHeader(e.Key), value: v})
		}
	}
	return ids
}

// identifierKey reports whether an extra column names one person: an ID
// or social-insurance number, an account or user id, WeChat or DingTalk,
// an email. Bank accounts are left out (a couple may share one).
func identifierKey(key string) bool {
	switch PersonalKindOf(key) {
	case PersonalID:
		return true
	case "":
	default:
		return false
	}
	low := strings.ToLower(key)
	return containsAny(low, "账号", "帐号", "userid", "user id", "用户id", "员工id", "微信", "wechat", "钉钉",
		"dingtalk", "邮箱", "email", "e-mail", "account")
}

// normPhone keeps the digits of a phone number, without a +86 / 0086
// prefix: "138 0000 0001", "+86-13800000001" and "13800000001" agree.
func normPhone(s string) string {
	d := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		if r >= '０' && r <= '９' {
			return '0' + (r - '０')
		}
		return -1
	}, s)
	switch {
	case len(d) == 13 && strings.HasPrefix(d, "861"):
		d = d[2:]
	case len(d) == 15 && strings.HasPrefix(d, "00861"):
		d = d[4:]
	}
	if len(d) < minIdentifier {
		return ""
	}
	return d
}

func normEmail(s string) string {
	s = strings.ToLower(strings.TrimSpace(foldWidth(s)))
	if len(s) < minIdentifier || !strings.Contains(s, "@") {
		return ""
	}
	return s
}

// normIdentifier keeps the letters and digits of an ID, upper case
// (身份证 numbers end in x or X).
func normIdentifier(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' || r == '.' || r == '_' {
			return unicode.ToUpper(r)
		}
		return -1
	}, foldWidth(s))
	if len([]rune(s)) < minIdentifier {
		return ""
	}
	return s
}

// idMatch is how a person's identifiers compare with a row's.
type idMatch uint8

const (
	idUnknown  idMatch = iota // nothing to compare
	idSame                    // an identifier is shared
	idConflict                // an identifier of the same kind differs, none is shared
)

func compareIdentifiers(row, person []identifier) idMatch {
	differ := false
	for _, a := range row {
		for _, b := range person {
			switch {
			case a.kind != b.kind:
			case a.value == b.value:
				return idSame
			case a.kind != idOther || a.key == b.key:
				differ = true
			}
		}
	}
	if differ {
		return idConflict
	}
	return idUnknown
}

// matchByName finds the existing person a row without a known 工号 is,
// or leaves the row's candidates to resolveDeferred.
func (pl *planner) matchByName(r *record) {
	var same []*data.Person // people of this name the row may be
	for _, p := range pl.x.byName[normKey(r.name)] {
		if r.number == "" || p.Number == "" {
			same = append(same, p)
		}
	}
	if len(same) == 0 {
		return
	}
	inDept := func(p *data.Person) bool { return r.dept == "" && r.role == "" || p.Department == r.deptID }
	rowIDs := identifiers(r.phone, r.email, r.extras)
	var shared, open []*data.Person // open: nothing differs
	for _, p := range same {
		switch compareIdentifiers(rowIDs, identifiers(p.Phone, p.Email, p.Extra)) {
		case idSame:
			shared = append(shared, p)
		case idUnknown:
			open = append(open, p)
		}
	}
	if len(shared) > 0 {
		if len(shared) == 1 {
			r.existing = shared[0]
			return
		}
		if here := filter(shared, inDept); len(here) == 1 {
			r.existing = here[0]
			return
		}
		r.cands = shared
		return
	}
	// The same name in the row's department is the same person, whatever
	// their phone: people change numbers more often than names.
	if here := filter(same, inDept); len(here) == 1 {
		r.existing = here[0]
		return
	} else if len(here) > 1 {
		r.cands = here
		return
	}
	r.cands = open // moved to another department, or someone new
}

func filter(ps []*data.Person, keep func(*data.Person) bool) []*data.Person {
	var out []*data.Person
	for _, p := range ps {
		if keep(p) {
			out = append(out, p)
		}
	}
	return out
}

// resolveDeferred decides the rows matchByName could not: the one person
// of the name that no other row of the file is, else a problem naming
// the people the row may be (the row is not imported), else someone new.
func (pl *planner) resolveDeferred(nameCol Column) {
	claimed := map[data.ID]bool{}
	wanted := map[data.ID][]int{} // person → the rows that may be them
	for _, r := range pl.recs {
		if r.existing != nil {
			claimed[r.existing.ID] = true
		}
		for _, p := range r.cands {
			wanted[p.ID] = append(wanted[p.ID], r.row)
		}
	}
	keep := pl.recs[:0]
	for _, r := range pl.recs {
		if r.cands == nil {
			keep = append(keep, r)
			continue
		}
		free := filter(r.cands, func(p *data.Person) bool { return !claimed[p.ID] })
		switch {
		case len(free) == 0:
			r.id = pl.newID("p")
		case len(free) == 1 && len(wanted[free[0].ID]) == 1:
			r.existing, r.id = free[0], free[0].ID
			claimed[r.existing.ID] = true
		default:
			places := make([]string, len(free))
			for i, p := range free {
				places[i] = pl.placeName(p)
			}
			p := newProblem(r.row, nameCol, r.name, probAmbiguousPerson, strings.Join(places, " / "))
			if len(free) == 1 {
				other := 0 // the first other row that may be them
				for _, row := range wanted[free[0].ID] {
					if row != r.row {
						other = row
						break
					}
				}
				p = newProblem(r.row, nameCol, r.name, probContestedPerson, places[0], other)
			}
			p.Skipped = true
			pl.problem(p)
			continue
		}
		r.cands = nil
		keep = append(keep, r)
	}
	clear(pl.recs[len(keep):])
	pl.recs = keep
}

// placeName names where an existing person is: department path, role.
func (pl *planner) placeName(p *data.Person) string {
	dept := pl.x.path(p.Department)
	if r := pl.doc.Role(p.Role); r != nil {
		if dept == "" {
			return r.Title
		}
		return dept + " " + r.Title
	}
	if dept == "" {
		return "-"
	}
	return dept
}
