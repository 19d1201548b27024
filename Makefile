# make report   run the default study and write Reports/
# make test     build and run every test
# make bench    benchmark the pipeline (release build)
SWIFT ?= swift
RELEASE := .build/release
BENCH_BUILD := .build-bench

.PHONY: deps report test bench clean

deps:
	@./scripts/ensure-deps.sh

report: deps
	$(SWIFT) build -c release --product gapmatrix
	$(RELEASE)/gapmatrix score Datasets/asem/study.yaml --out Reports/asem --stages Reports/asem/stages

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

# A separate build folder: the CPU flag would otherwise force a full rebuild of the release tree.
bench: deps
	$(SWIFT) build -c release --product gapmatrix-bench --scratch-path $(BENCH_BUILD) \
		-Xswiftc -target-cpu -Xswiftc haswell
	$(BENCH_BUILD)/release/gapmatrix-bench

clean:
	rm -rf .build $(BENCH_BUILD)
