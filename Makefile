# OrgDesigner — build, run and test. `make run` and `make test` install the
# system packages they need on Debian/Ubuntu (as root or with sudo).

GO      ?= go
BIN     ?= orgdesigner
VERSION ?= $(shell awk -F'"' '/^[[:space:]]*Version[[:space:]]*=/ {print $$2}' FyneApp.toml)
SUDO    := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
export LANG ?= C.UTF-8

# Build: a C compiler and the OpenGL/X11/Wayland headers (Fyne's GLFW driver).
# Test: Xvfb and xdotool (end-to-end tests), tesseract with Chinese (OCR of the
# chart on screen), poppler-utils (PDF text checks), LibreOffice Writer/Calc
# (the .docx opens; .xls fixtures are made with it).
BUILD_PKGS := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev
TEST_PKGS  := xvfb xdotool x11-utils imagemagick poppler-utils tesseract-ocr tesseract-ocr-chi-sim \
              libreoffice-writer-nogui libreoffice-calc-nogui

.PHONY: run build test test-long test-short deps deps-test vet fmt bench package package-windows clean

run: deps build
	./$(BIN)

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) .

test: deps deps-test
	$(GO) test -count=1 -timeout 40m ./...
	# Tests that need Fyne's headless driver (it writes preferences at once).
	CGO_ENABLED=0 $(GO) test -count=1 -tags ci ./views/settings/

# The long robustness run: the kill tests with 200 rounds each (40 in
# `make test`) — a writer of the store, `new` and `import` killed at random
# moments — and the soak of 10,000 random edits with undo and redo.
test-long:
	ORGDESIGNER_LONG=1 $(GO) test -count=1 -timeout 30m -v -run 'SIGKILL|Killed|Soak' ./data/ ./app/ ./app/cli/

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

# --- Packaging ---------------------------------------------------------------
# `fyne package` (fyne.io/tools) builds with the release tag and embeds the
# FyneApp.toml metadata and icon. It runs on a copy of the sources in dist/,
# because it rewrites FyneApp.toml (bumps Build) and, for Windows, writes a
# fyne.syso into the source folder that would break other builds meanwhile.
DIST      := dist
FYNE      := $(abspath $(DIST))/tools/fyne
FYNE_MOD  := fyne.io/tools/cmd/fyne@v1.7.4
ARCH      := $(shell $(GO) env GOARCH)
PKG_FLAGS := --release --name OrgDesigner --app-id io.github.orgdesigner \
	--icon resources/icon.png --app-version $(VERSION)
# fyne package passes -ldflags found in GOFLAGS on to its go build.
PKG_GOFLAGS := $(shell $(GO) env GOFLAGS) -ldflags=-X=main.version=$(VERSION)

# stage-src DIR: copy the sources (without tests' data, builds and dist) to DIR.
define stage-src
	rm -rf $(1) && mkdir -p $(1)
	tar --exclude=./$(DIST) --exclude=./.git --exclude=./$(BIN) --exclude='*.test' \
	  --exclude='*/testdata' -cf - . | tar -xf - -C $(1)
endef

$(FYNE):
	GOBIN=$(abspath $(DIST))/tools $(GO) install $(FYNE_MOD)

# Linux: dist/OrgDesigner-VERSION-linux-ARCH.tar.xz with the program, its menu
# entry, icon and document type; unpack it and run `make user-install` (or
# `sudo make install`) in the orgdesigner folder.
package: deps $(FYNE)
	$(call stage-src,$(DIST)/linux-src)
	cd $(DIST)/linux-src && GOFLAGS="$(PKG_GOFLAGS)" $(FYNE) package --os linux $(PKG_FLAGS)
	packaging/linux/finish-tarball.sh $(DIST)/linux-src/OrgDesigner.tar.xz \
	  $(DIST)/OrgDesigner-$(VERSION)-linux-$(ARCH).tar.xz
	rm -rf $(DIST)/linux-src
	@echo "Made $(DIST)/OrgDesigner-$(VERSION)-linux-$(ARCH).tar.xz"

# Windows, cross-compiled with MinGW-w64 (a cold build takes ~10 minutes):
# dist/OrgDesigner-VERSION-windows-amd64.exe with the icon and version
# information embedded.
package-windows: $(FYNE)
	@$(MAKE) --no-print-directory install-pkgs PKGS="gcc-mingw-w64-x86-64"
	$(call stage-src,$(DIST)/windows-src)
	cd $(DIST)/windows-src && CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ \
	  GOOS=windows GOARCH=amd64 CGO_ENABLED=1 GOFLAGS="$(PKG_GOFLAGS)" \
	  $(FYNE) package --os windows $(PKG_FLAGS)
	mv $(DIST)/windows-src/OrgDesigner.exe $(DIST)/OrgDesigner-$(VERSION)-windows-amd64.exe
	rm -rf $(DIST)/windows-src
	@echo "Made $(DIST)/OrgDesigner-$(VERSION)-windows-amd64.exe"
