/* test.h — `golc test`: build a package with its tests, run them, report like go test. */
#ifndef GOLC_DRIVER_TEST_H
#define GOLC_DRIVER_TEST_H

int test_package(int argc, char **argv);   /* the words after "test"; returns the exit status */
void test_print_help(void);                /* `golc help test` */

#endif
