# Thin wrapper over CMake/CTest: the README's two commands are `make run` and `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
ifeq ($(CI),true)
CMAKE_FLAGS += -DGREENLIGHT_WERROR=ON
endif

.PHONY: all bootstrap configure build run test bench package format format-check clean

all: build

bootstrap:
	@scripts/bootstrap

configure: bootstrap
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/bin/greenlight $(ARGS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 600

# build/greenlight_<version>_<arch>.deb (CPack, see packaging/Package.cmake)
package: build
	@cmake --build $(BUILD_DIR) --target package

bench: build
	@for b in $(wildcard $(BUILD_DIR)/bin/bench_*); do echo "== $$b"; $$b || exit 1; done

format: bootstrap
	@git ls-files --cached --others --exclude-standard '*.cpp' '*.h' | xargs clang-format -i

format-check: bootstrap
	@scripts/check-format

clean:
	rm -rf $(BUILD_DIR)
