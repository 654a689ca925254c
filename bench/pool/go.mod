module golc.example/pool

go 1.26
