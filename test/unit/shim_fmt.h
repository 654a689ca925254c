// shim_fmt.h — fmt's C formatting engine, seen from C++ tests.
#pragma once
extern "C" {
#include "stdlib/fmt/format.h"
}
