# Two commands for a fresh Debian/Ubuntu machine with Python 3.11+:
#   make run    set up .venv if needed, install Boussole, start the app
#   make test   set up .venv with the test extra and the Debian packages the tests need, run all tests
# Both are idempotent: a second run only checks and starts.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
BUNDLE_STAMP := $(VENV)/.installed-bundle
# The desktop app in a real X session needs the xcb platform's libraries.
DEB_RUN_PACKAGES := libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 python3-venv
# The bundle: PyInstaller reads binaries with objdump (binutils) and copies the xcb libraries
# above into dist/Boussole, so the app runs where they are not installed.
DEB_BUNDLE_PACKAGES := $(DEB_RUN_PACKAGES) binutils
# Qt's offscreen platform needs GL/EGL, fontconfig and xkbcommon; the keychain test needs a
# Secret Service (gnome-keyring) in a D-Bus session; the venv needs python3-venv; the slow test
# builds the bundle (tests/test_bundle.py), so everything the bundle needs too, checks its
# menu entry with desktop-file-validate and, with strace, which files its window reads.
DEB_TEST_PACKAGES := $(DEB_BUNDLE_PACKAGES) dbus gnome-keyring desktop-file-utils strace

.PHONY: run test bundle deb-run deb-test deb-bundle lint translations checklist-docs bench clean

run: deb-run $(STAMP)
	$(BIN)/boussole $(ARGS)

test: deb-test $(TEST_STAMP)
	$(BIN)/lint-imports pyproject.toml
	QT_QPA_PLATFORM=offscreen dbus-run-session -- sh tests/with-keyring.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The test extra includes the bundle extra (PyInstaller): the slow test builds the app.
$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP) $(BUNDLE_STAMP)

$(BUNDLE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@ $(STAMP)

# dist/Boussole/ (the one-folder app) and dist/boussole-<version>-linux-<machine>.tar.gz.
bundle: deb-bundle $(BUNDLE_STAMP)
	$(BIN)/python packaging/build.py

# Install missing Debian packages only (no-op when all are present; sudo when not root).
deb-run:
	@sh tools/apt-ensure.sh $(DEB_RUN_PACKAGES)

deb-test:
	@sh tools/apt-ensure.sh $(DEB_TEST_PACKAGES)

deb-bundle:
	@sh tools/apt-ensure.sh $(DEB_BUNDLE_PACKAGES)

lint: $(TEST_STAMP)
	$(BIN)/lint-imports pyproject.toml

translations: $(TEST_STAMP)
	$(BIN)/python tools/translations.py

checklist-docs: $(STAMP)
	$(BIN)/boussole-cli checklist --format markdown --lang fr > docs/checklist-fr.md
	$(BIN)/boussole-cli checklist --format markdown --lang en > docs/checklist-en.md

bench: $(TEST_STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
