package field

import (
	"math"
	"testing"
)

func TestParseAmount(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"", 0, true},
		{"12000", 12000, true},
		{"12,000", 12000, true},
		{"１２０００", 12000, true},
		{"¥12,500", 12500, true},
		{"￥8000元", 8000, true},
		{"1.2万", 12000, true},
		{"12k", 12000, true},
		{"8500.55", 8500.55, true},
		{" 9 000 ", 9000, true},
		{"-1", 0, false},
		{"abc", 0, false},
		{"12千", 0, false},
		{"1e12", 0, false},
		{"NaN", 0, false},
	} {
		got, err := ParseAmount(tc.in)
		if (err == nil) != tc.ok || (tc.ok && got != tc.want) {
			t.Errorf("ParseAmount(%q) = %v, %v; want %v ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestFormatAmountAndMoney(t *testing.T) {
	for _, tc := range []struct {
		v            float64
		entry, shown string
	}{
		{0, "", "¥0"},
		{999, "999", "¥999"},
		{12000, "12,000", "¥12,000"},
		{1234567.5, "1,234,567.5", "¥1,234,568"},
		{-3000, "-3,000", "−¥3,000"},
	} {
		if got := FormatAmount(tc.v); got != tc.entry {
			t.Errorf("FormatAmount(%v) = %q, want %q", tc.v, got, tc.entry)
		}
		if got := Money(tc.v); got != tc.shown {
			t.Errorf("Money(%v) = %q, want %q", tc.v, got, tc.shown)
		}
	}
	if NormalizeAmount("1.2万") != "12,000" || NormalizeAmount("oops") != "oops" {
		t.Error("NormalizeAmount does not write the stored form")
	}
}

func TestParsePercentAndMonths(t *testing.T) {
	if v, ok, err := ParsePercent("３０％"); err != nil || !ok || v != 30 {
		t.Errorf("ParsePercent(３０％) = %v %v %v", v, ok, err)
	}
	if _, ok, err := ParsePercent(" "); err != nil || ok {
		t.Error("an empty percentage is not 'default'")
	}
	for _, bad := range []string{"101", "-1", "x"} {
		if _, _, err := ParsePercent(bad); err == nil {
			t.Errorf("ParsePercent(%q) accepted", bad)
		}
	}
	if v, err := ParseMonths("13.5"); err != nil || v != 13.5 {
		t.Errorf("ParseMonths(13.5) = %v %v", v, err)
	}
	if v, err := ParseMonths(""); err != nil || v != 0 {
		t.Errorf("ParseMonths('') = %v %v", v, err)
	}
	for _, bad := range []string{"0", "25", "十三"} {
		if _, err := ParseMonths(bad); err == nil {
			t.Errorf("ParseMonths(%q) accepted", bad)
		}
	}
}

// FuzzParseAmount: whatever is typed, an accepted amount is a finite
// number from 0 that reads back the same from its written form.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"12,000", "1.2万", "8k", "¥99.99", "", "-", "1e5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s)
		if err != nil {
			return
		}
		if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) || v > maxAmount {
			t.Fatalf("ParseAmount(%q) = %v", s, v)
		}
		back, err := ParseAmount(FormatAmount(v))
		if err != nil || back != v {
			t.Fatalf("%q → %v → %q → %v, %v", s, v, FormatAmount(v), back, err)
		}
	})
}
