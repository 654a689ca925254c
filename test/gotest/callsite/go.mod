module example.com/callsite

go 1.26
