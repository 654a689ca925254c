/* run.h — `golc run`: build to a temporary executable, run it, forward its exit status. */
#ifndef GOLC_DRIVER_RUN_H
#define GOLC_DRIVER_RUN_H

#include "cli.h"

int run_program(const BuildFlags *f);   /* returns the exit status to exit with */

#endif
