package textlayout

import "testing"

func TestNormalisePunct(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"战略导航,数据赋能", "战略导航，数据赋能"},
		{"营销活动ROI(投入产出比)", "营销活动ROI（投入产出比）"},
		{"RFM模型:按消费分层", "RFM模型：按消费分层"},
		{"(SEO设置)优化", "（SEO设置）优化"},
		{"社群(WeChat)", "社群（WeChat）"},
		{"营销 , 运营", "营销，运营"},
		{"是否达标?是!", "是否达标？是！"},
		{"附示例;见下", "附示例；见下"},
		{"10:30 开会", "10:30 开会"},
		{"预算1,000元", "预算1,000元"},
		{"e.g. (see above), fine: yes!", "e.g. (see above), fine: yes!"},
		{"平台方(抖音、小红书)", "平台方（抖音、小红书）"},
		{"已是全角，不变（好）", "已是全角，不变（好）"},
		{"“社群专属券核销率达30%”)", "“社群专属券核销率达30%”)"},
		{"未配对(括号", "未配对（括号"},
		{"", ""},
	} {
		got := NormalisePunct(c.in)
		if got != c.want {
			t.Errorf("NormalisePunct(%q) = %q, want %q", c.in, got, c.want)
		}
		if again := NormalisePunct(got); again != got {
			t.Errorf("not idempotent: %q → %q", got, again)
		}
	}
}

func FuzzNormalisePunct(f *testing.F) {
	f.Add("营销ROI(投入产出比),提升")
	f.Fuzz(func(t *testing.T, s string) {
		got := NormalisePunct(s)
		if NormalisePunct(got) != got {
			t.Errorf("not idempotent on %q", s)
		}
	})
}
