#!/usr/bin/env bash
# Installs everything corridor needs to build, test and benchmark on Debian 12.
# Run as root. Safe to run again: it only calls apt-get when a package is missing.
#   tools/install-deps.sh          what the default build and `ctest --preset ci` need
#   tools/install-deps.sh --mpi    also Boost.MPI and Open MPI, for the `mpi` preset
#                                  (-DCORRIDOR_MPI=ON; about 40 more packages, so not default)
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  libboost-graph-dev libyaml-cpp-dev libspdlog-dev libfmt-dev
  catch2 libcli11-dev nlohmann-json3-dev libbenchmark-dev
  clang-format python3-jsonschema
  # the optional fuzz preset (tests/fuzz): clang with libFuzzer
  clang libfuzzer-14-dev
  chromium gdal-bin
)
for arg in "$@"; do
  case "$arg" in
    --mpi) packages+=(libboost-mpi-dev libopenmpi-dev openmpi-bin) ;;
    *) echo "install-deps: unknown option '$arg' (options: --mpi)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
