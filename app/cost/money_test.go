package cost

import "testing"

func TestMoney(t *testing.T) {
	for v, want := range map[float64]string{0: "¥0", 999: "¥999", 999.5: "¥1,000", 1000: "¥1,000",
		1234567.4: "¥1,234,567", -800: "−¥800", -12345.4: "−¥12,345"} {
		if got := Money(v); got != want {
			t.Errorf("Money(%v) = %q, want %q", v, got, want)
		}
	}
	for v, want := range map[float64]string{1200: "+¥1,200", -300: "−¥300", 0.2: "±¥0", -0.2: "±¥0"} {
		if got := SignedMoney(v); got != want {
			t.Errorf("SignedMoney(%v) = %q, want %q", v, got, want)
		}
	}
	if Grouped(0) != "0" || Grouped(100) != "100" || Grouped(1000) != "1,000" {
		t.Error("Grouped")
	}
}
