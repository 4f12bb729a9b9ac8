package data

import (
	"crypto/rand"
	"encoding/hex"
)

// NewID returns a fresh random id with a readable prefix ("d", "r", "p",
// "t" for departments, roles, people and teams), e.g. "r-3f9a1c22b0e4".
// Random ids stay unique across documents, so records can be copied
// between them (role library, imports).
func NewID(prefix string) ID {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return ID(prefix + "-" + hex.EncodeToString(b[:]))
}

// CloneRole returns a deep copy of r that can be changed without touching
// a document snapshot.
func CloneRole(r Role) Role {
	r.Dotted = append([]DottedLine(nil), r.Dotted...)
	r.KPIs = append([]KPI(nil), r.KPIs...)
	r.Suggested = append([]string(nil), r.Suggested...)
	rs := make([]Responsibility, len(r.Responsibilities))
	for i, x := range r.Responsibilities {
		x.Examples = append([]string(nil), x.Examples...)
		rs[i] = x
	}
	if r.Responsibilities == nil {
		rs = nil
	}
	r.Responsibilities = rs
	return r
}

// ClonePerson returns a deep copy of p.
func ClonePerson(p Person) Person {
	p.Extra = append([]ExtraField(nil), p.Extra...)
	return p
}

// CloneProject returns a deep copy of t.
func CloneProject(t ProjectTeam) ProjectTeam {
	t.Members = append([]Member(nil), t.Members...)
	return t
}

// CloneDepartment returns a deep copy of d.
func CloneDepartment(d Department) Department {
	d.Suggested = append([]string(nil), d.Suggested...)
	return d
}
