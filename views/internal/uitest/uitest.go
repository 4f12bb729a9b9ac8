// Package uitest holds the helpers the views tests share: walking a tree
// of Fyne objects (containers and the objects widgets render) to find a
// widget, and reading the lines a label draws to check they break by the
// Chinese line-breaking rules (禁则); and the keystroke benchmarks' loop.
//
// It is for tests only: import it from _test.go files, never from the
// app's code, so the binary does not link Fyne's test driver.
package uitest

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"orgdesigner/app/report/textlayout"
)

// Walk calls visit on root and on every object under it, depth first in
// drawing order: a container's objects, and the objects a widget's
// renderer draws. Where visit returns false, Walk does not go into what
// that object holds. A nil root is not visited.
func Walk(root fyne.CanvasObject, visit func(fyne.CanvasObject) bool) {
	if root == nil || !visit(root) {
		return
	}
	switch x := root.(type) {
	case *fyne.Container:
		for _, k := range x.Objects {
			Walk(k, visit)
		}
	case fyne.Widget:
		for _, k := range test.WidgetRenderer(x).Objects() {
			Walk(k, visit)
		}
	}
}

// Canvas is everything c shows, to walk or search: its overlays (dialogs,
// pop-ups), bottom to top, then its content. It is a bare container made
// for the walk, never shown nor laid out. (The overlays are copied: the
// canvas's own list is not appended to.)
func Canvas(c fyne.Canvas) fyne.CanvasObject {
	ov := c.Overlays().List()
	return &fyne.Container{Objects: append(slices.Clip(ov), c.Content())}
}

// Find returns the first T under root (root included, depth first) that
// match accepts, hidden or not, or the zero T. A nil match accepts any T.
func Find[T any](root fyne.CanvasObject, match func(T) bool) T {
	return find(root, match, false)
}

// FindShown is Find over what a user can see: a hidden object and all it
// holds are passed over.
func FindShown[T any](root fyne.CanvasObject, match func(T) bool) T {
	return find(root, match, true)
}

func find[T any](root fyne.CanvasObject, match func(T) bool, shown bool) T {
	var found T
	done := false
	Walk(root, func(o fyne.CanvasObject) bool {
		if done || shown && !o.Visible() {
			return false
		}
		if x, ok := o.(T); ok && (match == nil || match(x)) {
			found, done = x, true
			return false
		}
		return true
	})
	return found
}

// All returns every T under root (root included, depth first) that match
// accepts, hidden or not. A nil match accepts any T.
func All[T any](root fyne.CanvasObject, match func(T) bool) []T {
	return all(root, match, false)
}

// AllShown is All over what a user can see: a hidden object and all it
// holds are passed over.
func AllShown[T any](root fyne.CanvasObject, match func(T) bool) []T {
	return all(root, match, true)
}

func all[T any](root fyne.CanvasObject, match func(T) bool, shown bool) []T {
	var out []T
	Walk(root, func(o fyne.CanvasObject) bool {
		if shown && !o.Visible() {
			return false
		}
		if x, ok := o.(T); ok && (match == nil || match(x)) {
			out = append(out, x)
		}
		return true
	})
	return out
}

// Lines are the lines of text o draws, top to bottom, whatever widget
// draws them (a Fyne label or a wrapped one): every non-empty canvas.Text
// under o.
func Lines(o fyne.CanvasObject) []string {
	var out []string
	for _, t := range All[*canvas.Text](o, nil) {
		if t.Text != "" {
			out = append(out, t.Text)
		}
	}
	return out
}

// CheckBreaks fails when a line o draws starts with closing punctuation
// or ends with opening punctuation (禁则), or when its lines do not show
// text whole (joined as they are, or with a space where a line broke at
// one).
func CheckBreaks(t testing.TB, what string, o fyne.CanvasObject, text string) {
	t.Helper()
	lines := Lines(o)
	if strings.Join(lines, "") != strings.ReplaceAll(text, " ", "") && strings.Join(lines, " ") != text {
		t.Errorf("%s: lines %q do not show %q", what, lines, text)
	}
	CheckKinsoku(t, what, lines)
}

// CheckKinsoku fails when a line after the first starts with closing
// punctuation (，。、；）” …) or a line before the last ends with opening
// punctuation (（“《 …). Empty lines (paragraph breaks) are passed over.
func CheckKinsoku(t testing.TB, what string, lines []string) {
	t.Helper()
	for i, l := range lines {
		if l == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(l)
		last, _ := utf8.DecodeLastRuneInString(l)
		if i > 0 && textlayout.NoStart(first) {
			t.Errorf("%s: line %d starts with %q: %q", what, i, first, lines)
		}
		if i < len(lines)-1 && textlayout.NoEnd(last) {
			t.Errorf("%s: line %d ends with %q: %q", what, i, last, lines)
		}
	}
}
