# Svyaz — the two commands that matter: `make run` and `make test`.
# Both create .venv when it is missing and (re)install when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint pytest bench package package-test translations screenshots lab clean

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

run: $(VENV)/.installed $(QM)
	@$(PY) -m gui || [ $$? -eq 3 ]  # 3: no display (the app said how to go on); 4: X11 libraries missing (it printed the install command)

test: $(VENV)/.installed-test lint pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check core cli gui lab tests bench
	$(BIN)/ruff format --check core cli gui lab tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports --no-logo  # import contracts: pyproject.toml [tool.importlinter]

pytest: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

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

# Build, then run the frozen app's self-test against a lab (CI runs this after make test).
package-test: package
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.package_smoke

lab: $(VENV)/.installed-test
	$(PY) -m lab serve --scenario $(or $(SCENARIO),clean)

clean:
	rm -rf build dist .mypy_cache .ruff_cache .import_linter_cache
