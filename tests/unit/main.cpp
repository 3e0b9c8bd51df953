// The one doctest main for all native unit tests (each test_*.cpp holds its own TEST_CASEs).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
