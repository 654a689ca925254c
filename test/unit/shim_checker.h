// shim_checker.h — the frontend's C headers used by the checker, constant and bigint
// unit tests, wrapped for C++.
#pragma once
extern "C" {
#include "frontend/bigint.h"
#include "frontend/constant.h"
#include "frontend/frontend.h"
#include "frontend/types.h"
#include "frontend/util.h"
void universe_init(void);
}
