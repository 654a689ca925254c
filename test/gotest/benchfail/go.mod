module example.com/benchfail

go 1.26
