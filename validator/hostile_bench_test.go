package validator

import (
	"fmt"
	"testing"

	"github.com/secint/secint/validator/internal/document"
	"github.com/secint/secint/validator/internal/editor"
	"github.com/secint/secint/validator/protocol"
)

// How time grows with the size of each hostile shape (hostile_test.go), from
// 1 KB to 1 MB. Linear growth shows as a constant ns/byte (and MB/s) across
// a shape's sizes:
//
//	go test ./validator -run XXX -bench BenchmarkHostile -count 3
//	go test ./validator -run XXX -bench 'BenchmarkHostile/check/single-line-ascii' -cpuprofile cpu.out
//
// check is a fresh Check of the whole text; editor is one completion and one
// hover at the end of an open document; edit is one character typed in the
// middle of an open document, then its diagnostics.

var hostileBenchSizes = []int{1 << 10, 16 << 10, 256 << 10, 1 << 20}

func sizeName(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%dMB", n>>20)
	}
	return fmt.Sprintf("%dKB", n>>10)
}

func BenchmarkHostile(b *testing.B) {
	ops := []struct {
		name string
		run  func(b *testing.B, text string)
	}{
		{"check", func(b *testing.B, text string) {
			for b.Loop() {
				Check(text)
			}
		}},
		{"editor", func(b *testing.B, text string) {
			an := document.Analyze(text)
			end := an.Lines.Position(an.Lines.RuneCount)
			for b.Loop() {
				editor.Complete(an, end)
				editor.Hover(an, end)
			}
		}},
		{"edit", func(b *testing.B, text string) {
			doc := document.NewDocument(text)
			mid := doc.Lines.Position(doc.Lines.RuneCount / 2)
			ins := protocol.Range{Start: mid, End: mid}
			del := protocol.Range{Start: mid, End: protocol.Position{Line: mid.Line, Character: mid.Character + 1}}
			for i := 0; b.Loop(); i++ {
				if i%2 == 0 {
					doc.Update([]document.Change{{Range: &ins, Text: "x"}})
				} else {
					doc.Update([]document.Change{{Range: &del, Text: ""}})
				}
				_ = doc.Analysis().Diagnostics
			}
		}},
	}
	for _, op := range ops {
		b.Run(op.name, func(b *testing.B) {
			for _, sh := range hostileShapes {
				b.Run(sh.name, func(b *testing.B) {
					for _, size := range hostileBenchSizes {
						text := sh.make(size)
						b.Run(sizeName(size), func(b *testing.B) {
							b.SetBytes(int64(len(text)))
							op.run(b, text)
							b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/byte")
						})
					}
				})
			}
		})
	}
}
