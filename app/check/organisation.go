package check

import (
	"errors"

	"orgdesigner/app/i18n"
	"orgdesigner/data"
)

// checkOrganisation reports whole-document facts: data the store would
// refuse, an organisation with no roles, and one without people yet (in
// place of a vacancy per role, which would only repeat every planned
// headcount of a fresh design).
func (c *checker) checkOrganisation() {
	if err := data.Validate(c.doc); err != nil {
		object, id := ObjectOrganisation, data.ID("")
		var ve *data.ValidationError
		if errors.As(err, &ve) {
			object, id = ve.Object, ve.ID
		}
		c.add(Error, KindInvalid, object, id, 0, 0,
			i18n.L("The document has data the app would refuse: %s", err.Error()))
	}
	if len(c.doc.Roles) == 0 {
		c.add(Info, KindNoRoles, ObjectOrganisation, "", 0, 0,
			i18n.L("The organisation has no roles yet."))
		return
	}
	if c.current == 0 {
		planned, roles := 0, 0
		for i := range c.doc.Roles {
			if p := c.doc.Roles[i].Planned; p > 0 {
				planned += p
				roles++
			}
		}
		if planned > 0 {
			c.add(Info, KindNoPeople, ObjectOrganisation, "", 0, 0,
				i18n.L("No people are assigned yet: all %d planned positions in %d roles are vacant.", planned, roles))
		}
	}
}
