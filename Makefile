# OrgDesigner — build, run and test. `make run` and `make test` install the
# system packages they need on Debian/Ubuntu (as root or with sudo).

GO      ?= go
BIN     ?= orgdesigner
VERSION ?= $(shell awk -F'"' '/^Version/ {print $$2}' FyneApp.toml)
SUDO    := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
export LANG ?= C.UTF-8

# Build: a C compiler and the OpenGL/X11/Wayland headers (Fyne's GLFW driver).
# Test: Xvfb and xdotool (end-to-end test), poppler-utils (PDF text checks).
BUILD_PKGS := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev
TEST_PKGS  := xvfb xdotool x11-utils imagemagick poppler-utils

.PHONY: run build test test-short deps deps-test vet fmt bench package package-windows clean

run: deps build
	./$(BIN)

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) .

test: deps deps-test
	$(GO) test -count=1 -timeout 40m ./...

# Fast feedback without cgo or a display (Fyne's in-memory driver).
test-short:
	CGO_ENABLED=0 $(GO) test -tags ci -short ./...

vet:
	$(GO) vet ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

deps:
	@$(MAKE) --no-print-directory install-pkgs PKGS="$(BUILD_PKGS)"

deps-test:
	@$(MAKE) --no-print-directory install-pkgs PKGS="$(TEST_PKGS)"

install-pkgs:
	@if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
	  missing=$$(for p in $(PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    echo "Installing: $$missing"; \
	    $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	  fi; \
	else \
	  echo "Not a Debian/Ubuntu system: install the equivalents of: $(PKGS) (see README.md)"; \
	fi

clean:
	rm -rf $(BIN) dist
