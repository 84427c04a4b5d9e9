module github.com/secint/secint

go 1.24

require (
	github.com/antlr4-go/antlr/v4 v4.13.1
	github.com/norunners/vert v0.0.0-20221203075838-106a353d42dd
	github.com/pelletier/go-toml/v2 v2.4.3
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
)

require (
	golang.org/x/exp v0.0.0-20240506185415-9bf2ced13842 // indirect
	golang.org/x/text v0.14.0 // indirect
)
