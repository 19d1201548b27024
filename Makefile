# make report   run the default study and write Reports/
# make test     build and run every test
# make bench    benchmark the pipeline (release build)
# make screenshot  open Reports/gfmd-2007/report.html in headless Chromium, save PNGs (not in CI)
# make install install gapmatrix into $(PREFIX)/bin (default /usr/local)
# make fuzz     fuzz every reader for FUZZ_SECONDS each (default 60; libFuzzer + AddressSanitizer)
SWIFT ?= swift
RELEASE := .build/release
# Release binaries carry the Swift runtime and Foundation (static linking): a process then starts in
# 10-13 ms instead of 18-24, since the loader no longer binds Foundation's shared libraries' symbols
# (README, Speed). The binary is about 94 MB instead of 23. SwiftPM passes the flag to every compile,
# so a release build without it in the same .build recompiles everything: the README's set-up line
# uses these flags too. The linker's warning about glibc's mktemp comes from inside Foundation's
# static library and is expected.
RELEASE_FLAGS := -c release --static-swift-stdlib
BENCH_BUILD := .build-bench

PREFIX ?= /usr/local

.PHONY: deps report test bench screenshot fuzz clean install

deps:
	@./scripts/ensure-deps.sh

# The default study (GFMD 2007 roundtables, UN member states), the same data under the Global Compact for
# Migration's objectives, then COINr's ASEM example. CLITests.committedReportsAreUpToDate runs these lines.
# The folders are written anew, so a file a study no longer writes does not linger (git keeps the last run).
# The three runs share nothing and start together (one process alone keeps both cores busy only part of the
# time); each is waited for, and any that fails fails the target.
report: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product gapmatrix
	rm -rf Reports/gfmd-2007 Reports/gcm-2018 Reports/asem
	$(RELEASE)/gapmatrix report Datasets/gfmd-2007/study.yaml --out Reports/gfmd-2007 & a=$$!; \
	$(RELEASE)/gapmatrix report Datasets/gcm-2018/study.yaml --out Reports/gcm-2018 & b=$$!; \
	$(RELEASE)/gapmatrix score Datasets/asem/study.yaml --out Reports/asem --stages Reports/asem/stages & c=$$!; \
	failed=0; for p in $$a $$b $$c; do wait $$p || failed=1; done; exit $$failed

# The tests, then a short fuzz of every reader (a fixed number of inputs from a fixed seed,
# so the run is repeatable; about 3 minutes with the instrumented build).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	FUZZ_RUNS=3000 ./scripts/fuzz.sh

# A separate build folder: the CPU flag would otherwise force a full rebuild of the release tree.
bench: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product gapmatrix-bench --scratch-path $(BENCH_BUILD) \
		-Xswiftc -target-cpu -Xswiftc haswell
	$(SWIFT) build $(RELEASE_FLAGS) --product gapmatrix --scratch-path $(BENCH_BUILD) \
		-Xswiftc -target-cpu -Xswiftc haswell
	$(BENCH_BUILD)/release/gapmatrix-bench
	$(BENCH_BUILD)/release/gapmatrix-bench process

# Installs Debian's chromium when missing; PNGs go to .build-screenshots/.
screenshot:
	./scripts/screenshot.sh Reports/gfmd-2007/report.html .build-screenshots

fuzz: deps
	FUZZ_SECONDS=$${FUZZ_SECONDS:-60} ./scripts/fuzz.sh

# Puts gapmatrix on PATH: the binary carries its templates, so it works from any folder.
install: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product gapmatrix
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(RELEASE)/gapmatrix $(DESTDIR)$(PREFIX)/bin/gapmatrix

clean:
	rm -rf .build $(BENCH_BUILD) .build-fuzz .build-screenshots
