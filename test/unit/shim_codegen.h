// shim_codegen.h — codegen's face (and the IR/type constructors its tests build IR with) for
// the C++ unit tests.
#pragma once
extern "C" {
#include "codegen/codegen.h"
#include "frontend/bigint.h"
#include "frontend/check.h"
#include "frontend/ir.h"
#include "frontend/types.h"
#include "frontend/util.h"
}
