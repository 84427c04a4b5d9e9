//go:build js && wasm

package main

import (
	"os"
	"runtime"
	"syscall/js"

	"github.com/secint/secint/validator"
)

// addBenchExports adds the exports `make bench` uses, only when the
// loader set SECINT_BENCH=1 in the environment: an ordinary client's runtime
// does not have them, and the JavaScript client never calls them (they are
// not in its METHODS). The bench loads secint.wasm itself to reach them.
//
//	benchLex(text)  the engine's lexer alone over text: the token count
//	benchHeap()     runtime.MemStats after a runtime.GC(), with whatever
//	                documents are open still open: {heapAlloc, heapInuse, heapSys, sys}
//	benchGC()       the collector's counters, without collecting: {numGC,
//	                pauseTotalNs, totalAlloc, heapAlloc, nextGC}
func addBenchExports(api map[string]any) {
	if os.Getenv("SECINT_BENCH") != "1" {
		return
	}
	api["benchLex"] = export("benchLex", func(args []js.Value) (any, error) {
		text, err := stringArg(args, 0, "text")
		if err != nil {
			return nil, err
		}
		return validator.LexCount(text), nil
	})
	api["benchGC"] = export("benchGC", func([]js.Value) (any, error) {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return map[string]any{
			"numGC":        float64(m.NumGC),
			"pauseTotalNs": float64(m.PauseTotalNs),
			"totalAlloc":   float64(m.TotalAlloc),
			"heapAlloc":    float64(m.HeapAlloc),
			"nextGC":       float64(m.NextGC),
		}, nil
	})
	api["benchHeap"] = export("benchHeap", func([]js.Value) (any, error) {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return map[string]any{
			"heapAlloc": float64(m.HeapAlloc),
			"heapInuse": float64(m.HeapInuse),
			"heapSys":   float64(m.HeapSys),
			"sys":       float64(m.Sys),
		}, nil
	})
}
