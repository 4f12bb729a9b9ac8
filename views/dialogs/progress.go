package dialogs

import (
	"context"
	"fmt"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"orgdesigner/app/i18n"
	"orgdesigner/views/wrapped"
)

// onUI runs f on the UI goroutine. It is fyne.Do; tests replace it so the
// callbacks of background work run on the test's goroutine, as they run
// on the UI goroutine in the program.
var onUI = fyne.Do

// progressView shows background work: what is being done, how far it got
// (a bar when the amount is known, a running bar when not) and Cancel.
type progressView struct {
	status  *wrapped.Label
	bar     *widget.ProgressBar
	spinner *widget.ProgressBarInfinite
	cancel  *widget.Button
	content *fyne.Container
}

func newProgressView(onCancel func()) *progressView {
	p := &progressView{
		status:  wrapped.NewLabel(""),
		bar:     widget.NewProgressBar(),
		spinner: widget.NewProgressBarInfinite(),
		cancel:  widget.NewButtonWithIcon(i18n.L("Cancel"), theme.CancelIcon(), onCancel),
	}
	p.spinner.Stop()
	p.content = container.NewVBox(p.status, container.NewStack(p.bar, p.spinner),
		container.NewCenter(p.cancel))
	return p
}

// start shows status with the amount of work not yet known.
func (p *progressView) start(status string, cancellable bool) {
	p.status.SetText(status)
	p.bar.SetValue(0)
	p.bar.Hide()
	p.spinner.Show()
	p.spinner.Start()
	if cancellable {
		p.cancel.Enable()
		p.cancel.Show()
	} else {
		p.cancel.Hide()
	}
}

// stop halts the running bar's animation.
func (p *progressView) stop() { p.spinner.Stop() }

// setFraction shows how much of the work is done (0..1).
func (p *progressView) setFraction(f float64) {
	if !p.bar.Visible() {
		p.spinner.Stop()
		p.spinner.Hide()
		p.bar.Show()
	}
	p.bar.SetValue(f)
}

// reporter returns a progress callback for the sheets and report
// packages. It may be called from the worker goroutine as often as the
// worker likes: it passes at most a hundred updates to the UI goroutine.
func (p *progressView) reporter() func(done, total int) {
	last := -1
	return func(done, total int) {
		if total <= 0 {
			return // unknown amount: the running bar stays
		}
		pct := min(100, max(0, done*100/total))
		if pct == last {
			return
		}
		last = pct
		onUI(func() { p.setFraction(float64(pct) / 100) })
	}
}

// allTasks counts every background task of the package, so tests (and a
// program that quits) can wait for them.
var allTasks sync.WaitGroup

// runner runs background work one task at a time and lets the user cancel
// it. Its methods are called on the UI goroutine.
type runner struct {
	wg     sync.WaitGroup
	cancel context.CancelFunc
	gen    int // which task cancel belongs to
}

// busy reports whether a task is running.
func (r *runner) busy() bool { return r.cancel != nil }

// stop cancels the running task, if any; its then callback still runs,
// with context.Canceled.
func (r *runner) stop() {
	if r.cancel != nil {
		r.cancel()
	}
}

// wait blocks until every started task has finished (tests, cleanup).
func (r *runner) wait() { r.wg.Wait() }

// runTask runs work on a new goroutine and then, on the UI goroutine, then
// with its result. A cancelled task always reports context.Canceled, even
// if the work finished anyway, so a cancelled result is never used. A
// panic in the work is reported as an error instead of ending the program.
func runTask[T any](r *runner, work func(ctx context.Context) (T, error), then func(v T, err error)) {
	ctx, cancel := context.WithCancel(context.Background())
	r.gen++
	gen := r.gen
	r.cancel = cancel
	r.wg.Add(1)
	allTasks.Add(1)
	go func() {
		defer allTasks.Done()
		defer r.wg.Done()
		v, err := protect(ctx, work)
		if ctx.Err() != nil {
			err = context.Canceled
		}
		onUI(func() {
			cancel()
			if r.gen == gen { // a cancelled task may finish after a new one started
				r.cancel = nil
			}
			then(v, err)
		})
	}()
}

func protect[T any](ctx context.Context, work func(ctx context.Context) (T, error)) (v T, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: %v", i18n.L("Internal error"), p)
		}
	}()
	return work(ctx)
}
