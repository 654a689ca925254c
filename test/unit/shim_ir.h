// shim_ir.h — the frontend's C headers (IR, lowering entry, parser, checker) for the C++
// unit tests of the IR and of lowering.
#pragma once
extern "C" {
#include "frontend/frontend.h"
#include "frontend/ir.h"
#include "frontend/util.h"
}
