package help

// appLicence is the text of the LICENSE file at the root of the
// repository, which go:embed cannot reach from this package; a test fails
// when the two differ.
const appLicence = `MIT License

Copyright (c) 2026 The OrgDesigner authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`

// component is a library built into the binary and its licence.
type component struct {
	name, licence string
}

// components are the libraries compiled into OrgDesigner whose licences
// ask to be credited (from go.mod; the font is listed separately).
var components = []component{
	{"Fyne (fyne.io/fyne/v2)", "BSD-3-Clause"},
	{"bbolt (go.etcd.io/bbolt)", "MIT"},
	{"excelize (github.com/xuri/excelize/v2)", "BSD-3-Clause"},
	{"fpdf (github.com/go-pdf/fpdf)", "MIT"},
	{"go-text/typesetting", "BSD-3-Clause / Unlicense"},
	{"Go standard library and golang.org/x", "BSD-3-Clause"},
}
