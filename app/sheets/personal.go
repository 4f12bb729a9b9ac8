package sheets

import (
	"strings"
	"unicode"

	"orgdesigner/data"
)

// PersonalKind is a kind of personal data an HR export carries that an
// organisation chart does not need: ID numbers, bank accounts, home
// addresses, pay, private phone numbers, birth dates. Columns of these
// kinds are marked in the import preview (the user decides whether to
// keep them) and left out of the staffing workbook unless asked for.
type PersonalKind string

// Personal kinds ("" = not personal).
const (
	PersonalID      PersonalKind = "id"
	PersonalBank    PersonalKind = "bank"
	PersonalAddress PersonalKind = "address"
	PersonalSalary  PersonalKind = "salary"
	PersonalPhone   PersonalKind = "phone"
	PersonalBirth   PersonalKind = "birth"
)

// personalWords: parts of header text (lower case, without spaces and
// punctuation) that mark each kind. Chinese words match anywhere in the
// header; English words match whole words of it.
var personalWords = []struct {
	kind    PersonalKind
	zh      []string
	english []string
}{
	{PersonalID, []string{"身份证", "证件号", "证件号码", "护照号", "社保号", "社保账号", "公积金账号", "医保号"},
		[]string{"idcard", "idno", "idnumber", "nationalid", "passport", "ssn", "socialsecurity"}},
	{PersonalBank, []string{"银行账号", "银行卡", "银行账户", "开户账号", "工资卡", "收款账号", "开户行账号"},
		[]string{"bankaccount", "bankcard", "iban", "accountnumber"}},
	{PersonalAddress, []string{"家庭住址", "居住住址", "居住地址", "现住址", "家庭地址", "户籍地址", "户籍所在地", "户口所在地", "住址", "籍贯地址"},
		[]string{"homeaddress", "address", "residence"}},
	{PersonalSalary, []string{"薪资", "工资", "薪酬", "月薪", "年薪", "底薪", "薪水", "奖金", "税前", "税后", "社保基数", "公积金基数"},
		[]string{"salary", "wage", "wages", "compensation", "pay", "bonus"}},
	{PersonalPhone, []string{"个人手机", "个人电话", "私人电话", "私人手机", "家庭电话", "家庭联系电话", "住宅电话", "紧急联系", "紧急联络"},
		[]string{"personalphone", "homephone", "privatephone", "emergencycontact", "emergencyphone", "mobilepersonal"}},
	{PersonalBirth, []string{"出生日期", "出生年月", "生日"},
		[]string{"birthday", "birthdate", "dateofbirth", "dob"}},
}

// PersonalKindOf classifies a column header ("" when it is not personal
// data). "身份证号/id_card", "家庭住址（必填）", "Monthly salary" and
// "Emergency contact phone" are personal; "邮箱地址" and "Work phone" are not.
func PersonalKindOf(header string) PersonalKind {
	low := strings.ToLower(header)
	if containsAny(low, "邮箱", "email", "e-mail") {
		return ""
	}
	// An office's address or phone is the company's, not the person's.
	work := containsAny(low, "办公", "公司", "工作", "单位", "office", "work", "company", "business")
	compact := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, low)
	// English words: split on anything that is not a Latin letter; each
	// word and each pair of neighbouring words ("id"+"card") is a candidate.
	words := strings.FieldsFunc(low, func(r rune) bool { return r < 'a' || r > 'z' })
	for _, pw := range personalWords {
		if work && (pw.kind == PersonalAddress || pw.kind == PersonalPhone) {
			continue
		}
		for _, w := range pw.zh {
			if strings.Contains(compact, w) {
				return pw.kind
			}
		}
		for i, w := range words {
			for _, e := range pw.english {
				if w == e || i+1 < len(words) && w+words[i+1] == e || i+2 < len(words) && w+words[i+1]+words[i+2] == e {
					return pw.kind
				}
			}
		}
	}
	return ""
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// PersonalColumn is a column of the analysed sheet that holds personal data.
type PersonalColumn struct {
	Index  int // 0-based, as Analysis.Columns
	Letter string
	Header string
	Kind   PersonalKind
}

// PersonalColumns lists the columns whose header names personal data,
// whatever they are mapped to now (so the wizard can offer to keep or
// leave out each).
func (a *Analysis) PersonalColumns() []PersonalColumn {
	var out []PersonalColumn
	for i, c := range a.Columns {
		if k := PersonalKindOf(c.Header); k != "" {
			out = append(out, PersonalColumn{Index: i, Letter: c.Letter, Header: c.Header, Kind: k})
		}
	}
	return out
}

// LeaveOutPersonal maps every personal-data column to FieldIgnore
// (leaveOut) or back to the field guessed from its header, so the import
// stores them or not.
func (a *Analysis) LeaveOutPersonal(leaveOut bool) {
	var guessed []Column
	if a.HeaderRow > 0 {
		guessed = guessMapping(a.sd.rows[a.HeaderRow-1])
	}
	for _, pc := range a.PersonalColumns() {
		switch f := a.Columns[pc.Index].Field; {
		case leaveOut && f != FieldIgnore:
			a.SetField(pc.Index, FieldIgnore, 0)
		case !leaveOut && f == FieldIgnore:
			g := Column{Field: FieldExtra}
			if pc.Index < len(guessed) && guessed[pc.Index].Field != FieldIgnore {
				g = guessed[pc.Index]
			}
			a.SetField(pc.Index, g.Field, g.Level)
		}
	}
}

// Label is the kind's name in lang.
func (k PersonalKind) Label(lang string) string {
	switch k {
	case PersonalID:
		return tr(lang, "ID number")
	case PersonalBank:
		return tr(lang, "bank account")
	case PersonalAddress:
		return tr(lang, "home address")
	case PersonalSalary:
		return tr(lang, "pay")
	case PersonalPhone:
		return tr(lang, "private phone")
	case PersonalBirth:
		return tr(lang, "birth date")
	}
	return ""
}

// PersonalSummary is one line naming the personal-data columns, such as
// "D 身份证号, F 银行账号, H Salary (pay)": the kind is added when the
// header does not say it; "" when none.
func PersonalSummary(cols []PersonalColumn, lang string) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		label := c.Kind.Label(lang)
		if strings.Contains(strings.ToLower(c.Header), strings.ToLower(label)) || containsCJK(c.Header) && lang == "zh" {
			parts[i] = c.Letter + " " + c.Header
		} else {
			parts[i] = tr(lang, "%s %s (%s)", c.Letter, c.Header, label)
		}
	}
	return strings.Join(parts, tr(lang, ", "))
}

func containsCJK(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// PersonalKeys lists the extra-field keys of doc's people that hold
// personal data, in first-seen order: what the staffing workbook leaves
// out unless ExportOptions.IncludePersonal.
func PersonalKeys(doc *data.Document) []string {
	var out []string
	seen := map[string]bool{}
	for i := range doc.People {
		for _, e := range doc.People[i].Extra {
			if !seen[e.Key] {
				seen[e.Key] = true
				if PersonalKindOf(e.Key) != "" {
					out = append(out, e.Key)
				}
			}
		}
	}
	return out
}
