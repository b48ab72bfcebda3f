# Svyaz — the commands that matter: `make run`, `make test` and, while editing, `make test-fast`.
# Each creates .venv when it is missing and (re)installs when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ifeq ($(OS),Windows_NT)  # a Windows runner (release.yml): Git Bash's make, a Windows venv
PYTHON := python
BIN    := $(VENV)/Scripts
endif
PY     := $(BIN)/python
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' core/__init__.py)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test test-fast lint pytest bench package package-test installer installer-test \
	package-windows installer-windows translations screenshots lab clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-package: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,package]'
	@touch $@ $(VENV)/.installed-test $(VENV)/.installed

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

# Built translations (not committed): the app and the tests load them.
resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Re-extract the GUI's strings into the .ts files (keeps what is translated), then build.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete $(shell find gui -name "*.py") -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS)

# Exit 3: no display (the app said how to run the diagnostic in the terminal); 4: X11 libraries
# missing (it printed the install command) or Windows too old (it said so): told, not make errors.
run: $(VENV)/.installed $(QM)
	@$(PY) -m gui || { status=$$?; [ $$status -eq 3 ] || [ $$status -eq 4 ]; }

# The suite in tiers (docs/architecture.md, "Tests in tiers"): tests/conftest.py marks each test
# unit, lab, gui or timing by what it uses; each tier below runs every test it holds exactly once.
FAST   := -m "not lab and not gui and not timing"
LAB    := -m "lab and not gui and not timing"
GUI    := -m "gui and not timing"
TIMING := -m "timing and not alone"
ALONE  := -m "timing and alone"
# make test's one parallel session: every tier but timing (unit tests fill the cores while lab
# tests wait on the censor's timeouts; one session has one tail instead of three).
PARALLEL := -m "not timing"
# Four workers on two cores: lab tests mostly wait (on the censor's timeouts, blackholes, call
# durations), so two workers leave the cores idle half the time (lab tier 125 s -> 69 s).
XDIST  := -n $(or $(WORKERS),4) --dist worksteal
# Run one tier (name, selection, xdist options) and say its wall time; a tier with no tests
# (pytest's exit 5) is not a failure. A parallel tier runs what failed once more, alone, and
# says so: a full lab run judges transfer rates, and four workers on two cores can starve one
# for the 2 s of a transfer (seen: 'throttled' at 329 kbit/s); a real failure fails twice. Each
# tier keeps its own pytest cache, so a pytest run beside it cannot change what "failed" means.
define tier
	@started=$$(date +%s); rc=0; cache="-o cache_dir=.pytest_cache/tier-$(1)"; \
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q $$cache $(2) $(3) || rc=$$?; \
	if [ $$rc -eq 1 ] && [ -n "$(3)" ]; then \
		echo "tier $(1): what failed under parallel load, once more alone:"; rc=0; \
		QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q $$cache --lf --lfnf=none $(2) || rc=$$?; fi; \
	echo "tier $(1): $$(( $$(date +%s) - started )) s"; [ $$rc -eq 0 ] || [ $$rc -eq 5 ]
endef

# Lint, then the unit, lab and GUI tiers in one parallel session (pytest-xdist), the timing
# tier last on its own (wall-time comparisons a busy machine would bend): two workers, one a
# core — its tests mostly wait out real call seconds and deadlines — and what fails there runs
# once more alone; then the timing tests that load the machine themselves, alone.
TIMING_XDIST := -n 2 --dist worksteal
test: $(VENV)/.installed-test $(QM)
	@started=$$(date +%s); $(MAKE) --no-print-directory lint || exit 1; \
	echo "tier lint: $$(( $$(date +%s) - started )) s"
	$(call tier,parallel,$(PARALLEL),$(XDIST))
	$(call tier,timing,$(TIMING),$(TIMING_XDIST))
	$(call tier,alone,$(ALONE))

# The command to run while editing: no lab, no Qt, under a minute.
test-fast: $(VENV)/.installed-test
	$(call tier,unit,$(FAST),-n 2)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check core cli gui lab tests bench packaging
	$(BIN)/ruff format --check core cli gui lab tests bench packaging
	$(BIN)/mypy
	$(BIN)/lint-imports --no-logo  # import contracts: pyproject.toml [tool.importlinter]

# Every test in one pytest process, no tiers (`make pytest ARGS=...` passes arguments on).
pytest: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(ARGS)

# Speed, size and accuracy figures. The package figures need a build (`make package`) first.
bench: $(VENV)/.installed-test $(QM)
	$(PY) -m bench

screenshots: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.screenshots

# The one-folder app in dist/svyaz/ (build.spec; docs/packaging.md).
package: $(VENV)/.installed-package $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	@find dist/svyaz -xtype l -delete  # links PyInstaller left to the Qt libraries we dropped
	@du -sh dist/svyaz

# Build, then run the frozen app's self-test and its CLI against a lab (CI: after make test).
package-test: package
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.package_smoke

# What a person downloads (docs/packaging.md), from dist/svyaz: Linux a tar.xz with install.sh,
# Windows (on Windows) Svyaz-<version>-setup.exe, macOS a dmg of Svyaz.app.
installer: $(VENV)/.installed-package
ifeq ($(OS),Windows_NT)
	makensis -V2 -INPUTCHARSET UTF8 -DVERSION=$(VERSION) -DSOURCE=$(CURDIR)/dist/svyaz \
		-DOUTFILE=$(CURDIR)/dist/Svyaz-$(VERSION)-setup.exe packaging/installer/svyaz.nsi
else ifeq ($(shell uname -s),Darwin)
	hdiutil create -volname Svyaz -srcfolder dist/Svyaz.app -ov -format UDZO \
		dist/Svyaz-$(VERSION)-macos-$(shell uname -m).dmg
else
	packaging/linux/tarball.sh
endif

# Install what `make installer` made into a scratch home, self-test it, uninstall (Linux).
installer-test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen packaging/linux/test-install.sh

# Windows on Linux (packaging/windows/, docs/packaging.md): svyaz.exe built under Wine from
# registry packages, its self-test and CLI against the lab; then the setup.exe installed,
# self-tested and uninstalled under Wine. Needs wine, wine64, gcc-mingw-w64-x86-64-win32,
# osslsigncode and nsis (.ci/run installs them).
package-windows: $(VENV)/.installed-package $(QM)
	$(PY) packaging/windows/build.py
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q tests/test_packaging.py  # nothing Wine-only shipped
	$(PY) -m tests.package_smoke --wine --app dist-windows/svyaz/svyaz.exe

installer-windows: $(VENV)/.installed-package
	$(PY) packaging/windows/installer.py

lab: $(VENV)/.installed-test
	$(PY) -m lab serve --scenario $(or $(SCENARIO),clean)

clean:
	rm -rf build dist dist-windows .mypy_cache .ruff_cache .import_linter_cache
