package data

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// personCodecFields is every field of Person and ExtraField with its JSON
// tag as appendPersonJSON writes them.
var personCodecFields = map[string][]string{
	"Person": {"ID id", "Number number,omitempty", "Name name", "Role role,omitempty",
		"Department department,omitempty", "Status status,omitempty", "HireDate hireDate,omitempty",
		"Phone phone,omitempty", "Email email,omitempty", "Manager manager,omitempty", "Extra extra,omitempty"},
	"ExtraField": {"Key key", "Value value"},
}

// TestPersonCodecKnowsEveryField fails when Person or ExtraField gains,
// loses or renames a field: appendPersonJSON must then be changed too.
func TestPersonCodecKnowsEveryField(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[Person](), reflect.TypeFor[ExtraField]()} {
		var got []string
		for f := range typ.Fields() {
			got = append(got, f.Name+" "+f.Tag.Get("json"))
		}
		if want := personCodecFields[typ.Name()]; !reflect.DeepEqual(got, want) {
			t.Errorf("%s fields changed: update appendPersonJSON and this test\n got %q\nwant %q", typ.Name(), got, want)
		}
	}
}

func checkPersonCodec(t *testing.T, p Person) {
	t.Helper()
	want, err := json.Marshal(&p)
	if err != nil {
		t.Fatal(err)
	}
	got := appendPersonJSON([]byte("prefix"), &p)
	if !bytes.HasPrefix(got, []byte("prefix")) {
		t.Fatalf("appendPersonJSON lost the buffer's content: %q", got)
	}
	got = got[len("prefix"):]
	if !bytes.Equal(got, want) {
		t.Fatalf("appendPersonJSON(%#v)\n got %s\nwant %s", p, got, want)
	}
	var back Person
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatalf("not valid JSON: %v: %s", err, got)
	}
	var again Person
	if err := json.Unmarshal(want, &again); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, again) {
		t.Fatalf("round trip differs:\n got %#v\nwant %#v", back, again)
	}
}

func TestPersonCodecMatchesEncodingJSON(t *testing.T) {
	for _, p := range []Person{
		{},
		{ID: "p-1", Name: "张三"},
		{ID: "p-2", Number: "000123", Name: "李四", Role: "r-seo", Department: "d-ops", Status: StatusProbation,
			HireDate: "2023-05-08", Phone: "+86 138 0000 0000", Email: "li.si@example.com", Manager: "p-1",
			Extra: []ExtraField{{Key: "籍贯", Value: "浙江"}, {Key: "", Value: ""}}},
		{ID: "p-3", Name: "O'Brien \"Bob\" <b>&amp;</b> \\ / \u2028\u2029 \x00\x01\x1f\x7f \b\f\n\r\t"},
		{ID: "p-4", Name: "bad utf-8 \xff\xfe \xe4\xb8 end \xed\xa0\x80", Extra: []ExtraField{{Key: "\xc0", Value: "𝄞 emoji 🙂"}}},
		{ID: "p-5", Name: "x", Extra: []ExtraField{}},
		{ID: "p-6", Name: strings.Repeat("长名字", 200)},
	} {
		checkPersonCodec(t, p)
	}
}

func FuzzPersonCodec(f *testing.F) {
	f.Add("p-1", "000001", "张三", "r-1", "active", "a<b>&\"\\\u2028", "\xff", "值")
	f.Add("", "", "", "", "", "", "", "")
	f.Add("\x00", "\t\n", "\u2029x", "\xe2\x80", "left", "<>&", "k", "\x7f")
	f.Fuzz(func(t *testing.T, id, number, name, role, status, email, key, value string) {
		p := Person{ID: ID(id), Number: number, Name: name, Role: ID(role), Department: ID(value),
			Status: Status(status), HireDate: key, Phone: number + name, Email: email, Manager: ID(key)}
		checkPersonCodec(t, p)
		p.Extra = []ExtraField{{Key: key, Value: value}, {Key: name, Value: email}}
		checkPersonCodec(t, p)
	})
}

func TestSlabKeepsValuesApart(t *testing.T) {
	var s slab
	var vals [][]byte
	var want []string
	for i := 0; i < 500; i++ {
		text := strings.Repeat(string(rune('a'+i%26)), i*7%3000)
		v, err := s.encode(func(b []byte) ([]byte, error) { return append(b, text...), nil })
		if err != nil {
			t.Fatal(err)
		}
		vals, want = append(vals, v), append(want, text)
	}
	for i := range vals {
		if string(vals[i]) != want[i] {
			t.Fatalf("value %d was overwritten", i)
		}
	}
}

func BenchmarkEncodePerson(b *testing.B) {
	p := Person{ID: "p-3f9a1c22b0e4", Number: "N00042", Name: "员工42", Role: "r-seo", Status: StatusActive,
		HireDate: "2023-05-08", Phone: "13800000000", Email: "a@b.c",
		Extra: []ExtraField{{Key: "籍贯", Value: "浙江"}, {Key: "学历", Value: "本科"}}}
	b.Run("encoding/json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(&p); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("appendPersonJSON", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 512)
		for b.Loop() {
			buf = appendPersonJSON(buf[:0], &p)
		}
	})
}

// BenchmarkWithImport10k is the in-memory half of an import's commit:
// the new snapshot (merge, index, sort) and its full validation.
func BenchmarkWithImport10k(b *testing.B) {
	doc := sampleDoc().With(&ChangeSet{})
	cs := importChangeSet(10000)
	b.ReportAllocs()
	for b.Loop() {
		nd, inPlace := doc.with(cs)
		if inPlace {
			b.Fatal("an import is not in place")
		}
		if err := Validate(nd); err != nil {
			b.Fatal(err)
		}
	}
}
