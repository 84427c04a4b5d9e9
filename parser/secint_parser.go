// Code generated from SecintParser.g4 by ANTLR 4.13.1. DO NOT EDIT.

package parser // SecintParser
import (
	"fmt"
	"strconv"
	"sync"

	"github.com/antlr4-go/antlr/v4"
)

// Suppress unused import errors
var _ = fmt.Printf
var _ = strconv.Itoa
var _ = sync.Once{}

type SecintParser struct {
	*antlr.BaseParser
}

var SecintParserParserStaticData struct {
	once                   sync.Once
	serializedATN          []int32
	LiteralNames           []string
	SymbolicNames          []string
	RuleNames              []string
	PredictionContextCache *antlr.PredictionContextCache
	atn                    *antlr.ATN
	decisionToDFA          []*antlr.DFA
}

func secintparserParserInit() {
	staticData := &SecintParserParserStaticData
	staticData.LiteralNames = []string{
		"", "'ACCESS'", "'ALTER'", "'API'", "'CASCADE'", "'CATALOG'", "'CREATE'",
		"'DESC'", "'DESCRIBE'", "'DROP'", "'EXISTS'", "'EXTERNAL'", "'IF'",
		"'INTEGRATION'", "'INTEGRATIONS'", "'LIKE'", "'NOT'", "'NOTIFICATION'",
		"'OR'", "'REPLACE'", "'RESTRICT'", "'SECURITY'", "'SET'", "'SHOW'",
		"'STORAGE'", "'TAG'", "'UNSET'", "'IDENTIFIER'", "'REFRESH'", "'SECRET'",
		"'='", "','", "';'", "'('", "')'", "'.'", "'-'", "'->>'",
	}
	staticData.SymbolicNames = []string{
		"", "ACCESS", "ALTER", "API", "CASCADE", "CATALOG", "CREATE", "DESC",
		"DESCRIBE", "DROP", "EXISTS", "EXTERNAL", "IF", "INTEGRATION", "INTEGRATIONS",
		"LIKE", "NOT", "NOTIFICATION", "OR", "REPLACE", "RESTRICT", "SECURITY",
		"SET", "SHOW", "STORAGE", "TAG", "UNSET", "IDENTIFIER", "REFRESH", "SECRET",
		"EQ", "COMMA", "SEMI", "LPAREN", "RPAREN", "DOT", "MINUS", "FLOW", "STRING",
		"DOLLAR_STRING", "QUOTED_ID", "NUMBER", "ID", "SESSION_VAR", "BLOCK_COMMENT",
		"LINE_COMMENT", "WS", "UNTERMINATED_STRING", "UNTERMINATED_DOLLAR_STRING",
		"UNTERMINATED_QUOTED_ID", "UNTERMINATED_COMMENT", "OTHER",
	}
	staticData.RuleNames = []string{
		"statement", "flowTail", "createIntegration", "alterIntegration", "alterAction",
		"createSecret", "alterSecret", "describeIntegration", "dropIntegration",
		"showIntegrations", "integrationKind", "propertyList", "property", "unsetItem",
		"tagAssignment", "tagName", "objectName", "value", "scalar", "identifier",
	}
	staticData.PredictionContextCache = antlr.NewPredictionContextCache()
	staticData.serializedATN = []int32{
		4, 1, 51, 273, 2, 0, 7, 0, 2, 1, 7, 1, 2, 2, 7, 2, 2, 3, 7, 3, 2, 4, 7,
		4, 2, 5, 7, 5, 2, 6, 7, 6, 2, 7, 7, 7, 2, 8, 7, 8, 2, 9, 7, 9, 2, 10, 7,
		10, 2, 11, 7, 11, 2, 12, 7, 12, 2, 13, 7, 13, 2, 14, 7, 14, 2, 15, 7, 15,
		2, 16, 7, 16, 2, 17, 7, 17, 2, 18, 7, 18, 2, 19, 7, 19, 1, 0, 1, 0, 1,
		0, 1, 0, 1, 0, 1, 0, 1, 0, 3, 0, 48, 8, 0, 1, 0, 3, 0, 51, 8, 0, 1, 0,
		3, 0, 54, 8, 0, 1, 0, 1, 0, 1, 1, 1, 1, 5, 1, 60, 8, 1, 10, 1, 12, 1, 63,
		9, 1, 1, 2, 1, 2, 1, 2, 3, 2, 68, 8, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 3,
		2, 75, 8, 2, 1, 2, 1, 2, 3, 2, 79, 8, 2, 1, 3, 1, 3, 3, 3, 83, 8, 3, 1,
		3, 1, 3, 1, 3, 3, 3, 88, 8, 3, 1, 3, 1, 3, 4, 3, 92, 8, 3, 11, 3, 12, 3,
		93, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 5, 4, 101, 8, 4, 10, 4, 12, 4, 104, 9,
		4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 5, 4, 111, 8, 4, 10, 4, 12, 4, 114, 9,
		4, 1, 4, 1, 4, 3, 4, 118, 8, 4, 1, 4, 1, 4, 1, 4, 1, 4, 5, 4, 124, 8, 4,
		10, 4, 12, 4, 127, 9, 4, 3, 4, 129, 8, 4, 1, 4, 1, 4, 3, 4, 133, 8, 4,
		1, 5, 1, 5, 1, 5, 3, 5, 138, 8, 5, 1, 5, 1, 5, 1, 5, 1, 5, 3, 5, 144, 8,
		5, 1, 5, 1, 5, 3, 5, 148, 8, 5, 1, 6, 1, 6, 1, 6, 1, 6, 3, 6, 154, 8, 6,
		1, 6, 1, 6, 4, 6, 158, 8, 6, 11, 6, 12, 6, 159, 1, 7, 1, 7, 3, 7, 164,
		8, 7, 1, 7, 1, 7, 1, 7, 3, 7, 169, 8, 7, 1, 7, 1, 7, 1, 8, 1, 8, 3, 8,
		175, 8, 8, 1, 8, 1, 8, 1, 8, 3, 8, 180, 8, 8, 1, 8, 1, 8, 3, 8, 184, 8,
		8, 1, 9, 1, 9, 3, 9, 188, 8, 9, 1, 9, 1, 9, 1, 9, 3, 9, 193, 8, 9, 1, 10,
		1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 3, 10, 202, 8, 10, 1, 11, 1,
		11, 3, 11, 206, 8, 11, 1, 11, 5, 11, 209, 8, 11, 10, 11, 12, 11, 212, 9,
		11, 1, 12, 1, 12, 1, 12, 1, 12, 1, 13, 1, 13, 1, 14, 1, 14, 1, 14, 1, 14,
		1, 15, 1, 15, 1, 15, 5, 15, 227, 8, 15, 10, 15, 12, 15, 230, 9, 15, 1,
		16, 1, 16, 1, 16, 1, 16, 1, 16, 1, 16, 1, 16, 5, 16, 239, 8, 16, 10, 16,
		12, 16, 242, 9, 16, 3, 16, 244, 8, 16, 1, 17, 1, 17, 1, 17, 1, 17, 1, 17,
		5, 17, 251, 8, 17, 10, 17, 12, 17, 254, 9, 17, 3, 17, 256, 8, 17, 1, 17,
		3, 17, 259, 8, 17, 1, 18, 1, 18, 1, 18, 3, 18, 264, 8, 18, 1, 18, 1, 18,
		1, 18, 3, 18, 269, 8, 18, 1, 19, 1, 19, 1, 19, 0, 0, 20, 0, 2, 4, 6, 8,
		10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 0, 5, 1, 0,
		32, 32, 1, 0, 7, 8, 2, 0, 4, 4, 20, 20, 2, 0, 38, 38, 43, 43, 9, 0, 1,
		1, 3, 5, 7, 8, 11, 14, 17, 17, 19, 21, 23, 29, 40, 40, 42, 42, 306, 0,
		47, 1, 0, 0, 0, 2, 57, 1, 0, 0, 0, 4, 64, 1, 0, 0, 0, 6, 80, 1, 0, 0, 0,
		8, 132, 1, 0, 0, 0, 10, 134, 1, 0, 0, 0, 12, 149, 1, 0, 0, 0, 14, 161,
		1, 0, 0, 0, 16, 172, 1, 0, 0, 0, 18, 185, 1, 0, 0, 0, 20, 201, 1, 0, 0,
		0, 22, 203, 1, 0, 0, 0, 24, 213, 1, 0, 0, 0, 26, 217, 1, 0, 0, 0, 28, 219,
		1, 0, 0, 0, 30, 223, 1, 0, 0, 0, 32, 243, 1, 0, 0, 0, 34, 258, 1, 0, 0,
		0, 36, 268, 1, 0, 0, 0, 38, 270, 1, 0, 0, 0, 40, 48, 3, 4, 2, 0, 41, 48,
		3, 6, 3, 0, 42, 48, 3, 14, 7, 0, 43, 48, 3, 16, 8, 0, 44, 48, 3, 18, 9,
		0, 45, 48, 3, 10, 5, 0, 46, 48, 3, 12, 6, 0, 47, 40, 1, 0, 0, 0, 47, 41,
		1, 0, 0, 0, 47, 42, 1, 0, 0, 0, 47, 43, 1, 0, 0, 0, 47, 44, 1, 0, 0, 0,
		47, 45, 1, 0, 0, 0, 47, 46, 1, 0, 0, 0, 48, 50, 1, 0, 0, 0, 49, 51, 3,
		2, 1, 0, 50, 49, 1, 0, 0, 0, 50, 51, 1, 0, 0, 0, 51, 53, 1, 0, 0, 0, 52,
		54, 5, 32, 0, 0, 53, 52, 1, 0, 0, 0, 53, 54, 1, 0, 0, 0, 54, 55, 1, 0,
		0, 0, 55, 56, 5, 0, 0, 1, 56, 1, 1, 0, 0, 0, 57, 61, 5, 37, 0, 0, 58, 60,
		8, 0, 0, 0, 59, 58, 1, 0, 0, 0, 60, 63, 1, 0, 0, 0, 61, 59, 1, 0, 0, 0,
		61, 62, 1, 0, 0, 0, 62, 3, 1, 0, 0, 0, 63, 61, 1, 0, 0, 0, 64, 67, 5, 6,
		0, 0, 65, 66, 5, 18, 0, 0, 66, 68, 5, 19, 0, 0, 67, 65, 1, 0, 0, 0, 67,
		68, 1, 0, 0, 0, 68, 69, 1, 0, 0, 0, 69, 70, 5, 21, 0, 0, 70, 74, 5, 13,
		0, 0, 71, 72, 5, 12, 0, 0, 72, 73, 5, 16, 0, 0, 73, 75, 5, 10, 0, 0, 74,
		71, 1, 0, 0, 0, 74, 75, 1, 0, 0, 0, 75, 76, 1, 0, 0, 0, 76, 78, 3, 32,
		16, 0, 77, 79, 3, 22, 11, 0, 78, 77, 1, 0, 0, 0, 78, 79, 1, 0, 0, 0, 79,
		5, 1, 0, 0, 0, 80, 82, 5, 2, 0, 0, 81, 83, 5, 21, 0, 0, 82, 81, 1, 0, 0,
		0, 82, 83, 1, 0, 0, 0, 83, 84, 1, 0, 0, 0, 84, 87, 5, 13, 0, 0, 85, 86,
		5, 12, 0, 0, 86, 88, 5, 10, 0, 0, 87, 85, 1, 0, 0, 0, 87, 88, 1, 0, 0,
		0, 88, 89, 1, 0, 0, 0, 89, 91, 3, 32, 16, 0, 90, 92, 3, 8, 4, 0, 91, 90,
		1, 0, 0, 0, 92, 93, 1, 0, 0, 0, 93, 91, 1, 0, 0, 0, 93, 94, 1, 0, 0, 0,
		94, 7, 1, 0, 0, 0, 95, 96, 5, 22, 0, 0, 96, 97, 5, 25, 0, 0, 97, 102, 3,
		28, 14, 0, 98, 99, 5, 31, 0, 0, 99, 101, 3, 28, 14, 0, 100, 98, 1, 0, 0,
		0, 101, 104, 1, 0, 0, 0, 102, 100, 1, 0, 0, 0, 102, 103, 1, 0, 0, 0, 103,
		133, 1, 0, 0, 0, 104, 102, 1, 0, 0, 0, 105, 106, 5, 26, 0, 0, 106, 107,
		5, 25, 0, 0, 107, 112, 3, 30, 15, 0, 108, 109, 5, 31, 0, 0, 109, 111, 3,
		30, 15, 0, 110, 108, 1, 0, 0, 0, 111, 114, 1, 0, 0, 0, 112, 110, 1, 0,
		0, 0, 112, 113, 1, 0, 0, 0, 113, 133, 1, 0, 0, 0, 114, 112, 1, 0, 0, 0,
		115, 117, 5, 22, 0, 0, 116, 118, 3, 22, 11, 0, 117, 116, 1, 0, 0, 0, 117,
		118, 1, 0, 0, 0, 118, 133, 1, 0, 0, 0, 119, 128, 5, 26, 0, 0, 120, 125,
		3, 26, 13, 0, 121, 122, 5, 31, 0, 0, 122, 124, 3, 26, 13, 0, 123, 121,
		1, 0, 0, 0, 124, 127, 1, 0, 0, 0, 125, 123, 1, 0, 0, 0, 125, 126, 1, 0,
		0, 0, 126, 129, 1, 0, 0, 0, 127, 125, 1, 0, 0, 0, 128, 120, 1, 0, 0, 0,
		128, 129, 1, 0, 0, 0, 129, 133, 1, 0, 0, 0, 130, 131, 5, 28, 0, 0, 131,
		133, 3, 38, 19, 0, 132, 95, 1, 0, 0, 0, 132, 105, 1, 0, 0, 0, 132, 115,
		1, 0, 0, 0, 132, 119, 1, 0, 0, 0, 132, 130, 1, 0, 0, 0, 133, 9, 1, 0, 0,
		0, 134, 137, 5, 6, 0, 0, 135, 136, 5, 18, 0, 0, 136, 138, 5, 19, 0, 0,
		137, 135, 1, 0, 0, 0, 137, 138, 1, 0, 0, 0, 138, 139, 1, 0, 0, 0, 139,
		143, 5, 29, 0, 0, 140, 141, 5, 12, 0, 0, 141, 142, 5, 16, 0, 0, 142, 144,
		5, 10, 0, 0, 143, 140, 1, 0, 0, 0, 143, 144, 1, 0, 0, 0, 144, 145, 1, 0,
		0, 0, 145, 147, 3, 32, 16, 0, 146, 148, 3, 22, 11, 0, 147, 146, 1, 0, 0,
		0, 147, 148, 1, 0, 0, 0, 148, 11, 1, 0, 0, 0, 149, 150, 5, 2, 0, 0, 150,
		153, 5, 29, 0, 0, 151, 152, 5, 12, 0, 0, 152, 154, 5, 10, 0, 0, 153, 151,
		1, 0, 0, 0, 153, 154, 1, 0, 0, 0, 154, 155, 1, 0, 0, 0, 155, 157, 3, 32,
		16, 0, 156, 158, 3, 8, 4, 0, 157, 156, 1, 0, 0, 0, 158, 159, 1, 0, 0, 0,
		159, 157, 1, 0, 0, 0, 159, 160, 1, 0, 0, 0, 160, 13, 1, 0, 0, 0, 161, 163,
		7, 1, 0, 0, 162, 164, 3, 20, 10, 0, 163, 162, 1, 0, 0, 0, 163, 164, 1,
		0, 0, 0, 164, 165, 1, 0, 0, 0, 165, 168, 5, 13, 0, 0, 166, 167, 5, 12,
		0, 0, 167, 169, 5, 10, 0, 0, 168, 166, 1, 0, 0, 0, 168, 169, 1, 0, 0, 0,
		169, 170, 1, 0, 0, 0, 170, 171, 3, 32, 16, 0, 171, 15, 1, 0, 0, 0, 172,
		174, 5, 9, 0, 0, 173, 175, 3, 20, 10, 0, 174, 173, 1, 0, 0, 0, 174, 175,
		1, 0, 0, 0, 175, 176, 1, 0, 0, 0, 176, 179, 5, 13, 0, 0, 177, 178, 5, 12,
		0, 0, 178, 180, 5, 10, 0, 0, 179, 177, 1, 0, 0, 0, 179, 180, 1, 0, 0, 0,
		180, 181, 1, 0, 0, 0, 181, 183, 3, 32, 16, 0, 182, 184, 7, 2, 0, 0, 183,
		182, 1, 0, 0, 0, 183, 184, 1, 0, 0, 0, 184, 17, 1, 0, 0, 0, 185, 187, 5,
		23, 0, 0, 186, 188, 3, 20, 10, 0, 187, 186, 1, 0, 0, 0, 187, 188, 1, 0,
		0, 0, 188, 189, 1, 0, 0, 0, 189, 192, 5, 14, 0, 0, 190, 191, 5, 15, 0,
		0, 191, 193, 3, 34, 17, 0, 192, 190, 1, 0, 0, 0, 192, 193, 1, 0, 0, 0,
		193, 19, 1, 0, 0, 0, 194, 202, 5, 21, 0, 0, 195, 202, 5, 3, 0, 0, 196,
		202, 5, 5, 0, 0, 197, 198, 5, 11, 0, 0, 198, 202, 5, 1, 0, 0, 199, 202,
		5, 17, 0, 0, 200, 202, 5, 24, 0, 0, 201, 194, 1, 0, 0, 0, 201, 195, 1,
		0, 0, 0, 201, 196, 1, 0, 0, 0, 201, 197, 1, 0, 0, 0, 201, 199, 1, 0, 0,
		0, 201, 200, 1, 0, 0, 0, 202, 21, 1, 0, 0, 0, 203, 210, 3, 24, 12, 0, 204,
		206, 5, 31, 0, 0, 205, 204, 1, 0, 0, 0, 205, 206, 1, 0, 0, 0, 206, 207,
		1, 0, 0, 0, 207, 209, 3, 24, 12, 0, 208, 205, 1, 0, 0, 0, 209, 212, 1,
		0, 0, 0, 210, 208, 1, 0, 0, 0, 210, 211, 1, 0, 0, 0, 211, 23, 1, 0, 0,
		0, 212, 210, 1, 0, 0, 0, 213, 214, 3, 38, 19, 0, 214, 215, 5, 30, 0, 0,
		215, 216, 3, 34, 17, 0, 216, 25, 1, 0, 0, 0, 217, 218, 3, 38, 19, 0, 218,
		27, 1, 0, 0, 0, 219, 220, 3, 30, 15, 0, 220, 221, 5, 30, 0, 0, 221, 222,
		3, 34, 17, 0, 222, 29, 1, 0, 0, 0, 223, 228, 3, 38, 19, 0, 224, 225, 5,
		35, 0, 0, 225, 227, 3, 38, 19, 0, 226, 224, 1, 0, 0, 0, 227, 230, 1, 0,
		0, 0, 228, 226, 1, 0, 0, 0, 228, 229, 1, 0, 0, 0, 229, 31, 1, 0, 0, 0,
		230, 228, 1, 0, 0, 0, 231, 232, 5, 27, 0, 0, 232, 233, 5, 33, 0, 0, 233,
		234, 7, 3, 0, 0, 234, 244, 5, 34, 0, 0, 235, 240, 3, 38, 19, 0, 236, 237,
		5, 35, 0, 0, 237, 239, 3, 38, 19, 0, 238, 236, 1, 0, 0, 0, 239, 242, 1,
		0, 0, 0, 240, 238, 1, 0, 0, 0, 240, 241, 1, 0, 0, 0, 241, 244, 1, 0, 0,
		0, 242, 240, 1, 0, 0, 0, 243, 231, 1, 0, 0, 0, 243, 235, 1, 0, 0, 0, 244,
		33, 1, 0, 0, 0, 245, 259, 3, 36, 18, 0, 246, 255, 5, 33, 0, 0, 247, 252,
		3, 36, 18, 0, 248, 249, 5, 31, 0, 0, 249, 251, 3, 36, 18, 0, 250, 248,
		1, 0, 0, 0, 251, 254, 1, 0, 0, 0, 252, 250, 1, 0, 0, 0, 252, 253, 1, 0,
		0, 0, 253, 256, 1, 0, 0, 0, 254, 252, 1, 0, 0, 0, 255, 247, 1, 0, 0, 0,
		255, 256, 1, 0, 0, 0, 256, 257, 1, 0, 0, 0, 257, 259, 5, 34, 0, 0, 258,
		245, 1, 0, 0, 0, 258, 246, 1, 0, 0, 0, 259, 35, 1, 0, 0, 0, 260, 269, 5,
		38, 0, 0, 261, 269, 5, 39, 0, 0, 262, 264, 5, 36, 0, 0, 263, 262, 1, 0,
		0, 0, 263, 264, 1, 0, 0, 0, 264, 265, 1, 0, 0, 0, 265, 269, 5, 41, 0, 0,
		266, 269, 3, 38, 19, 0, 267, 269, 5, 43, 0, 0, 268, 260, 1, 0, 0, 0, 268,
		261, 1, 0, 0, 0, 268, 263, 1, 0, 0, 0, 268, 266, 1, 0, 0, 0, 268, 267,
		1, 0, 0, 0, 269, 37, 1, 0, 0, 0, 270, 271, 7, 4, 0, 0, 271, 39, 1, 0, 0,
		0, 39, 47, 50, 53, 61, 67, 74, 78, 82, 87, 93, 102, 112, 117, 125, 128,
		132, 137, 143, 147, 153, 159, 163, 168, 174, 179, 183, 187, 192, 201, 205,
		210, 228, 240, 243, 252, 255, 258, 263, 268,
	}
	deserializer := antlr.NewATNDeserializer(nil)
	staticData.atn = deserializer.Deserialize(staticData.serializedATN)
	atn := staticData.atn
	staticData.decisionToDFA = make([]*antlr.DFA, len(atn.DecisionToState))
	decisionToDFA := staticData.decisionToDFA
	for index, state := range atn.DecisionToState {
		decisionToDFA[index] = antlr.NewDFA(state, index)
	}
}

// SecintParserInit initializes any static state used to implement SecintParser. By default the
// static state used to implement the parser is lazily initialized during the first call to
// NewSecintParser(). You can call this function if you wish to initialize the static state ahead
// of time.
func SecintParserInit() {
	staticData := &SecintParserParserStaticData
	staticData.once.Do(secintparserParserInit)
}

// NewSecintParser produces a new parser instance for the optional input antlr.TokenStream.
func NewSecintParser(input antlr.TokenStream) *SecintParser {
	SecintParserInit()
	this := new(SecintParser)
	this.BaseParser = antlr.NewBaseParser(input)
	staticData := &SecintParserParserStaticData
	this.Interpreter = antlr.NewParserATNSimulator(this, staticData.atn, staticData.decisionToDFA, staticData.PredictionContextCache)
	this.RuleNames = staticData.RuleNames
	this.LiteralNames = staticData.LiteralNames
	this.SymbolicNames = staticData.SymbolicNames
	this.GrammarFileName = "SecintParser.g4"

	return this
}

// SecintParser tokens.
const (
	SecintParserEOF                        = antlr.TokenEOF
	SecintParserACCESS                     = 1
	SecintParserALTER                      = 2
	SecintParserAPI                        = 3
	SecintParserCASCADE                    = 4
	SecintParserCATALOG                    = 5
	SecintParserCREATE                     = 6
	SecintParserDESC                       = 7
	SecintParserDESCRIBE                   = 8
	SecintParserDROP                       = 9
	SecintParserEXISTS                     = 10
	SecintParserEXTERNAL                   = 11
	SecintParserIF                         = 12
	SecintParserINTEGRATION                = 13
	SecintParserINTEGRATIONS               = 14
	SecintParserLIKE                       = 15
	SecintParserNOT                        = 16
	SecintParserNOTIFICATION               = 17
	SecintParserOR                         = 18
	SecintParserREPLACE                    = 19
	SecintParserRESTRICT                   = 20
	SecintParserSECURITY                   = 21
	SecintParserSET                        = 22
	SecintParserSHOW                       = 23
	SecintParserSTORAGE                    = 24
	SecintParserTAG                        = 25
	SecintParserUNSET                      = 26
	SecintParserIDENTIFIER                 = 27
	SecintParserREFRESH                    = 28
	SecintParserSECRET                     = 29
	SecintParserEQ                         = 30
	SecintParserCOMMA                      = 31
	SecintParserSEMI                       = 32
	SecintParserLPAREN                     = 33
	SecintParserRPAREN                     = 34
	SecintParserDOT                        = 35
	SecintParserMINUS                      = 36
	SecintParserFLOW                       = 37
	SecintParserSTRING                     = 38
	SecintParserDOLLAR_STRING              = 39
	SecintParserQUOTED_ID                  = 40
	SecintParserNUMBER                     = 41
	SecintParserID                         = 42
	SecintParserSESSION_VAR                = 43
	SecintParserBLOCK_COMMENT              = 44
	SecintParserLINE_COMMENT               = 45
	SecintParserWS                         = 46
	SecintParserUNTERMINATED_STRING        = 47
	SecintParserUNTERMINATED_DOLLAR_STRING = 48
	SecintParserUNTERMINATED_QUOTED_ID     = 49
	SecintParserUNTERMINATED_COMMENT       = 50
	SecintParserOTHER                      = 51
)

// SecintParser rules.
const (
	SecintParserRULE_statement           = 0
	SecintParserRULE_flowTail            = 1
	SecintParserRULE_createIntegration   = 2
	SecintParserRULE_alterIntegration    = 3
	SecintParserRULE_alterAction         = 4
	SecintParserRULE_createSecret        = 5
	SecintParserRULE_alterSecret         = 6
	SecintParserRULE_describeIntegration = 7
	SecintParserRULE_dropIntegration     = 8
	SecintParserRULE_showIntegrations    = 9
	SecintParserRULE_integrationKind     = 10
	SecintParserRULE_propertyList        = 11
	SecintParserRULE_property            = 12
	SecintParserRULE_unsetItem           = 13
	SecintParserRULE_tagAssignment       = 14
	SecintParserRULE_tagName             = 15
	SecintParserRULE_objectName          = 16
	SecintParserRULE_value               = 17
	SecintParserRULE_scalar              = 18
	SecintParserRULE_identifier          = 19
)

// IStatementContext is an interface to support dynamic dispatch.
type IStatementContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	EOF() antlr.TerminalNode
	CreateIntegration() ICreateIntegrationContext
	AlterIntegration() IAlterIntegrationContext
	DescribeIntegration() IDescribeIntegrationContext
	DropIntegration() IDropIntegrationContext
	ShowIntegrations() IShowIntegrationsContext
	CreateSecret() ICreateSecretContext
	AlterSecret() IAlterSecretContext
	FlowTail() IFlowTailContext
	SEMI() antlr.TerminalNode

	// IsStatementContext differentiates from other interfaces.
	IsStatementContext()
}

type StatementContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyStatementContext() *StatementContext {
	var p = new(StatementContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_statement
	return p
}

func InitEmptyStatementContext(p *StatementContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_statement
}

func (*StatementContext) IsStatementContext() {}

func NewStatementContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *StatementContext {
	var p = new(StatementContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_statement

	return p
}

func (s *StatementContext) GetParser() antlr.Parser { return s.parser }

func (s *StatementContext) EOF() antlr.TerminalNode {
	return s.GetToken(SecintParserEOF, 0)
}

func (s *StatementContext) CreateIntegration() ICreateIntegrationContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(ICreateIntegrationContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(ICreateIntegrationContext)
}

func (s *StatementContext) AlterIntegration() IAlterIntegrationContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IAlterIntegrationContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IAlterIntegrationContext)
}

func (s *StatementContext) DescribeIntegration() IDescribeIntegrationContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IDescribeIntegrationContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IDescribeIntegrationContext)
}

func (s *StatementContext) DropIntegration() IDropIntegrationContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IDropIntegrationContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IDropIntegrationContext)
}

func (s *StatementContext) ShowIntegrations() IShowIntegrationsContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IShowIntegrationsContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IShowIntegrationsContext)
}

func (s *StatementContext) CreateSecret() ICreateSecretContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(ICreateSecretContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(ICreateSecretContext)
}

func (s *StatementContext) AlterSecret() IAlterSecretContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IAlterSecretContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IAlterSecretContext)
}

func (s *StatementContext) FlowTail() IFlowTailContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IFlowTailContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IFlowTailContext)
}

func (s *StatementContext) SEMI() antlr.TerminalNode {
	return s.GetToken(SecintParserSEMI, 0)
}

func (s *StatementContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *StatementContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) Statement() (localctx IStatementContext) {
	localctx = NewStatementContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 0, SecintParserRULE_statement)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	p.SetState(47)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 0, p.GetParserRuleContext()) {
	case 1:
		{
			p.SetState(40)
			p.CreateIntegration()
		}

	case 2:
		{
			p.SetState(41)
			p.AlterIntegration()
		}

	case 3:
		{
			p.SetState(42)
			p.DescribeIntegration()
		}

	case 4:
		{
			p.SetState(43)
			p.DropIntegration()
		}

	case 5:
		{
			p.SetState(44)
			p.ShowIntegrations()
		}

	case 6:
		{
			p.SetState(45)
			p.CreateSecret()
		}

	case 7:
		{
			p.SetState(46)
			p.AlterSecret()
		}

	case antlr.ATNInvalidAltNumber:
		goto errorExit
	}
	p.SetState(50)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserFLOW {
		{
			p.SetState(49)
			p.FlowTail()
		}

	}
	p.SetState(53)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserSEMI {
		{
			p.SetState(52)
			p.Match(SecintParserSEMI)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	}
	{
		p.SetState(55)
		p.Match(SecintParserEOF)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IFlowTailContext is an interface to support dynamic dispatch.
type IFlowTailContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	FLOW() antlr.TerminalNode
	AllSEMI() []antlr.TerminalNode
	SEMI(i int) antlr.TerminalNode

	// IsFlowTailContext differentiates from other interfaces.
	IsFlowTailContext()
}

type FlowTailContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyFlowTailContext() *FlowTailContext {
	var p = new(FlowTailContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_flowTail
	return p
}

func InitEmptyFlowTailContext(p *FlowTailContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_flowTail
}

func (*FlowTailContext) IsFlowTailContext() {}

func NewFlowTailContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *FlowTailContext {
	var p = new(FlowTailContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_flowTail

	return p
}

func (s *FlowTailContext) GetParser() antlr.Parser { return s.parser }

func (s *FlowTailContext) FLOW() antlr.TerminalNode {
	return s.GetToken(SecintParserFLOW, 0)
}

func (s *FlowTailContext) AllSEMI() []antlr.TerminalNode {
	return s.GetTokens(SecintParserSEMI)
}

func (s *FlowTailContext) SEMI(i int) antlr.TerminalNode {
	return s.GetToken(SecintParserSEMI, i)
}

func (s *FlowTailContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *FlowTailContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) FlowTail() (localctx IFlowTailContext) {
	localctx = NewFlowTailContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 2, SecintParserRULE_flowTail)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(57)
		p.Match(SecintParserFLOW)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(61)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	for (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&4503595332403198) != 0 {
		{
			p.SetState(58)
			_la = p.GetTokenStream().LA(1)

			if _la <= 0 || _la == SecintParserSEMI {
				p.GetErrorHandler().RecoverInline(p)
			} else {
				p.GetErrorHandler().ReportMatch(p)
				p.Consume()
			}
		}

		p.SetState(63)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// ICreateIntegrationContext is an interface to support dynamic dispatch.
type ICreateIntegrationContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	CREATE() antlr.TerminalNode
	SECURITY() antlr.TerminalNode
	INTEGRATION() antlr.TerminalNode
	ObjectName() IObjectNameContext
	OR() antlr.TerminalNode
	REPLACE() antlr.TerminalNode
	IF() antlr.TerminalNode
	NOT() antlr.TerminalNode
	EXISTS() antlr.TerminalNode
	PropertyList() IPropertyListContext

	// IsCreateIntegrationContext differentiates from other interfaces.
	IsCreateIntegrationContext()
}

type CreateIntegrationContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyCreateIntegrationContext() *CreateIntegrationContext {
	var p = new(CreateIntegrationContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_createIntegration
	return p
}

func InitEmptyCreateIntegrationContext(p *CreateIntegrationContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_createIntegration
}

func (*CreateIntegrationContext) IsCreateIntegrationContext() {}

func NewCreateIntegrationContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *CreateIntegrationContext {
	var p = new(CreateIntegrationContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_createIntegration

	return p
}

func (s *CreateIntegrationContext) GetParser() antlr.Parser { return s.parser }

func (s *CreateIntegrationContext) CREATE() antlr.TerminalNode {
	return s.GetToken(SecintParserCREATE, 0)
}

func (s *CreateIntegrationContext) SECURITY() antlr.TerminalNode {
	return s.GetToken(SecintParserSECURITY, 0)
}

func (s *CreateIntegrationContext) INTEGRATION() antlr.TerminalNode {
	return s.GetToken(SecintParserINTEGRATION, 0)
}

func (s *CreateIntegrationContext) ObjectName() IObjectNameContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IObjectNameContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IObjectNameContext)
}

func (s *CreateIntegrationContext) OR() antlr.TerminalNode {
	return s.GetToken(SecintParserOR, 0)
}

func (s *CreateIntegrationContext) REPLACE() antlr.TerminalNode {
	return s.GetToken(SecintParserREPLACE, 0)
}

func (s *CreateIntegrationContext) IF() antlr.TerminalNode {
	return s.GetToken(SecintParserIF, 0)
}

func (s *CreateIntegrationContext) NOT() antlr.TerminalNode {
	return s.GetToken(SecintParserNOT, 0)
}

func (s *CreateIntegrationContext) EXISTS() antlr.TerminalNode {
	return s.GetToken(SecintParserEXISTS, 0)
}

func (s *CreateIntegrationContext) PropertyList() IPropertyListContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IPropertyListContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IPropertyListContext)
}

func (s *CreateIntegrationContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *CreateIntegrationContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) CreateIntegration() (localctx ICreateIntegrationContext) {
	localctx = NewCreateIntegrationContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 4, SecintParserRULE_createIntegration)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(64)
		p.Match(SecintParserCREATE)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(67)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserOR {
		{
			p.SetState(65)
			p.Match(SecintParserOR)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(66)
			p.Match(SecintParserREPLACE)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	}
	{
		p.SetState(69)
		p.Match(SecintParserSECURITY)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	{
		p.SetState(70)
		p.Match(SecintParserINTEGRATION)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(74)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 5, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(71)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(72)
			p.Match(SecintParserNOT)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(73)
			p.Match(SecintParserEXISTS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	} else if p.HasError() { // JIM
		goto errorExit
	}
	{
		p.SetState(76)
		p.ObjectName()
	}
	p.SetState(78)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&5498627324346) != 0 {
		{
			p.SetState(77)
			p.PropertyList()
		}

	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IAlterIntegrationContext is an interface to support dynamic dispatch.
type IAlterIntegrationContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	ALTER() antlr.TerminalNode
	INTEGRATION() antlr.TerminalNode
	ObjectName() IObjectNameContext
	SECURITY() antlr.TerminalNode
	IF() antlr.TerminalNode
	EXISTS() antlr.TerminalNode
	AllAlterAction() []IAlterActionContext
	AlterAction(i int) IAlterActionContext

	// IsAlterIntegrationContext differentiates from other interfaces.
	IsAlterIntegrationContext()
}

type AlterIntegrationContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyAlterIntegrationContext() *AlterIntegrationContext {
	var p = new(AlterIntegrationContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_alterIntegration
	return p
}

func InitEmptyAlterIntegrationContext(p *AlterIntegrationContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_alterIntegration
}

func (*AlterIntegrationContext) IsAlterIntegrationContext() {}

func NewAlterIntegrationContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *AlterIntegrationContext {
	var p = new(AlterIntegrationContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_alterIntegration

	return p
}

func (s *AlterIntegrationContext) GetParser() antlr.Parser { return s.parser }

func (s *AlterIntegrationContext) ALTER() antlr.TerminalNode {
	return s.GetToken(SecintParserALTER, 0)
}

func (s *AlterIntegrationContext) INTEGRATION() antlr.TerminalNode {
	return s.GetToken(SecintParserINTEGRATION, 0)
}

func (s *AlterIntegrationContext) ObjectName() IObjectNameContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IObjectNameContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IObjectNameContext)
}

func (s *AlterIntegrationContext) SECURITY() antlr.TerminalNode {
	return s.GetToken(SecintParserSECURITY, 0)
}

func (s *AlterIntegrationContext) IF() antlr.TerminalNode {
	return s.GetToken(SecintParserIF, 0)
}

func (s *AlterIntegrationContext) EXISTS() antlr.TerminalNode {
	return s.GetToken(SecintParserEXISTS, 0)
}

func (s *AlterIntegrationContext) AllAlterAction() []IAlterActionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IAlterActionContext); ok {
			len++
		}
	}

	tst := make([]IAlterActionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IAlterActionContext); ok {
			tst[i] = t.(IAlterActionContext)
			i++
		}
	}

	return tst
}

func (s *AlterIntegrationContext) AlterAction(i int) IAlterActionContext {
	var t antlr.RuleContext
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IAlterActionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext)
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IAlterActionContext)
}

func (s *AlterIntegrationContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *AlterIntegrationContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) AlterIntegration() (localctx IAlterIntegrationContext) {
	localctx = NewAlterIntegrationContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 6, SecintParserRULE_alterIntegration)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(80)
		p.Match(SecintParserALTER)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(82)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserSECURITY {
		{
			p.SetState(81)
			p.Match(SecintParserSECURITY)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	}
	{
		p.SetState(84)
		p.Match(SecintParserINTEGRATION)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(87)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 8, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(85)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(86)
			p.Match(SecintParserEXISTS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	} else if p.HasError() { // JIM
		goto errorExit
	}
	{
		p.SetState(89)
		p.ObjectName()
	}
	p.SetState(91)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	for ok := true; ok; ok = ((int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&339738624) != 0) {
		{
			p.SetState(90)
			p.AlterAction()
		}

		p.SetState(93)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IAlterActionContext is an interface to support dynamic dispatch.
type IAlterActionContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser
	// IsAlterActionContext differentiates from other interfaces.
	IsAlterActionContext()
}

type AlterActionContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyAlterActionContext() *AlterActionContext {
	var p = new(AlterActionContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_alterAction
	return p
}

func InitEmptyAlterActionContext(p *AlterActionContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_alterAction
}

func (*AlterActionContext) IsAlterActionContext() {}

func NewAlterActionContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *AlterActionContext {
	var p = new(AlterActionContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_alterAction

	return p
}

func (s *AlterActionContext) GetParser() antlr.Parser { return s.parser }

func (s *AlterActionContext) CopyAll(ctx *AlterActionContext) {
	s.CopyFrom(&ctx.BaseParserRuleContext)
}

func (s *AlterActionContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *AlterActionContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

type SetPropertiesContext struct {
	AlterActionContext
}

func NewSetPropertiesContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *SetPropertiesContext {
	var p = new(SetPropertiesContext)

	InitEmptyAlterActionContext(&p.AlterActionContext)
	p.parser = parser
	p.CopyAll(ctx.(*AlterActionContext))

	return p
}

func (s *SetPropertiesContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *SetPropertiesContext) SET() antlr.TerminalNode {
	return s.GetToken(SecintParserSET, 0)
}

func (s *SetPropertiesContext) PropertyList() IPropertyListContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IPropertyListContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IPropertyListContext)
}

type UnsetTagContext struct {
	AlterActionContext
}

func NewUnsetTagContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *UnsetTagContext {
	var p = new(UnsetTagContext)

	InitEmptyAlterActionContext(&p.AlterActionContext)
	p.parser = parser
	p.CopyAll(ctx.(*AlterActionContext))

	return p
}

func (s *UnsetTagContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *UnsetTagContext) UNSET() antlr.TerminalNode {
	return s.GetToken(SecintParserUNSET, 0)
}

func (s *UnsetTagContext) TAG() antlr.TerminalNode {
	return s.GetToken(SecintParserTAG, 0)
}

func (s *UnsetTagContext) AllTagName() []ITagNameContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(ITagNameContext); ok {
			len++
		}
	}

	tst := make([]ITagNameContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(ITagNameContext); ok {
			tst[i] = t.(ITagNameContext)
			i++
		}
	}

	return tst
}

func (s *UnsetTagContext) TagName(i int) ITagNameContext {
	var t antlr.RuleContext
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(ITagNameContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext)
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(ITagNameContext)
}

func (s *UnsetTagContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(SecintParserCOMMA)
}

func (s *UnsetTagContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(SecintParserCOMMA, i)
}

type RefreshContext struct {
	AlterActionContext
}

func NewRefreshContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *RefreshContext {
	var p = new(RefreshContext)

	InitEmptyAlterActionContext(&p.AlterActionContext)
	p.parser = parser
	p.CopyAll(ctx.(*AlterActionContext))

	return p
}

func (s *RefreshContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *RefreshContext) REFRESH() antlr.TerminalNode {
	return s.GetToken(SecintParserREFRESH, 0)
}

func (s *RefreshContext) Identifier() IIdentifierContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IIdentifierContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IIdentifierContext)
}

type SetTagContext struct {
	AlterActionContext
}

func NewSetTagContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *SetTagContext {
	var p = new(SetTagContext)

	InitEmptyAlterActionContext(&p.AlterActionContext)
	p.parser = parser
	p.CopyAll(ctx.(*AlterActionContext))

	return p
}

func (s *SetTagContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *SetTagContext) SET() antlr.TerminalNode {
	return s.GetToken(SecintParserSET, 0)
}

func (s *SetTagContext) TAG() antlr.TerminalNode {
	return s.GetToken(SecintParserTAG, 0)
}

func (s *SetTagContext) AllTagAssignment() []ITagAssignmentContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(ITagAssignmentContext); ok {
			len++
		}
	}

	tst := make([]ITagAssignmentContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(ITagAssignmentContext); ok {
			tst[i] = t.(ITagAssignmentContext)
			i++
		}
	}

	return tst
}

func (s *SetTagContext) TagAssignment(i int) ITagAssignmentContext {
	var t antlr.RuleContext
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(ITagAssignmentContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext)
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(ITagAssignmentContext)
}

func (s *SetTagContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(SecintParserCOMMA)
}

func (s *SetTagContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(SecintParserCOMMA, i)
}

type UnsetPropertiesContext struct {
	AlterActionContext
}

func NewUnsetPropertiesContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *UnsetPropertiesContext {
	var p = new(UnsetPropertiesContext)

	InitEmptyAlterActionContext(&p.AlterActionContext)
	p.parser = parser
	p.CopyAll(ctx.(*AlterActionContext))

	return p
}

func (s *UnsetPropertiesContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *UnsetPropertiesContext) UNSET() antlr.TerminalNode {
	return s.GetToken(SecintParserUNSET, 0)
}

func (s *UnsetPropertiesContext) AllUnsetItem() []IUnsetItemContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IUnsetItemContext); ok {
			len++
		}
	}

	tst := make([]IUnsetItemContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IUnsetItemContext); ok {
			tst[i] = t.(IUnsetItemContext)
			i++
		}
	}

	return tst
}

func (s *UnsetPropertiesContext) UnsetItem(i int) IUnsetItemContext {
	var t antlr.RuleContext
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IUnsetItemContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext)
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IUnsetItemContext)
}

func (s *UnsetPropertiesContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(SecintParserCOMMA)
}

func (s *UnsetPropertiesContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(SecintParserCOMMA, i)
}

func (p *SecintParser) AlterAction() (localctx IAlterActionContext) {
	localctx = NewAlterActionContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 8, SecintParserRULE_alterAction)
	var _la int

	p.SetState(132)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 15, p.GetParserRuleContext()) {
	case 1:
		localctx = NewSetTagContext(p, localctx)
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(95)
			p.Match(SecintParserSET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(96)
			p.Match(SecintParserTAG)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(97)
			p.TagAssignment()
		}
		p.SetState(102)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		for _la == SecintParserCOMMA {
			{
				p.SetState(98)
				p.Match(SecintParserCOMMA)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}
			{
				p.SetState(99)
				p.TagAssignment()
			}

			p.SetState(104)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)
		}

	case 2:
		localctx = NewUnsetTagContext(p, localctx)
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(105)
			p.Match(SecintParserUNSET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(106)
			p.Match(SecintParserTAG)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(107)
			p.TagName()
		}
		p.SetState(112)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		for _la == SecintParserCOMMA {
			{
				p.SetState(108)
				p.Match(SecintParserCOMMA)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}
			{
				p.SetState(109)
				p.TagName()
			}

			p.SetState(114)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)
		}

	case 3:
		localctx = NewSetPropertiesContext(p, localctx)
		p.EnterOuterAlt(localctx, 3)
		{
			p.SetState(115)
			p.Match(SecintParserSET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		p.SetState(117)
		p.GetErrorHandler().Sync(p)

		if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 12, p.GetParserRuleContext()) == 1 {
			{
				p.SetState(116)
				p.PropertyList()
			}

		} else if p.HasError() { // JIM
			goto errorExit
		}

	case 4:
		localctx = NewUnsetPropertiesContext(p, localctx)
		p.EnterOuterAlt(localctx, 4)
		{
			p.SetState(119)
			p.Match(SecintParserUNSET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		p.SetState(128)
		p.GetErrorHandler().Sync(p)

		if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 14, p.GetParserRuleContext()) == 1 {
			{
				p.SetState(120)
				p.UnsetItem()
			}
			p.SetState(125)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)

			for _la == SecintParserCOMMA {
				{
					p.SetState(121)
					p.Match(SecintParserCOMMA)
					if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
					}
				}
				{
					p.SetState(122)
					p.UnsetItem()
				}

				p.SetState(127)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
					goto errorExit
				}
				_la = p.GetTokenStream().LA(1)
			}

		} else if p.HasError() { // JIM
			goto errorExit
		}

	case 5:
		localctx = NewRefreshContext(p, localctx)
		p.EnterOuterAlt(localctx, 5)
		{
			p.SetState(130)
			p.Match(SecintParserREFRESH)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(131)
			p.Identifier()
		}

	case antlr.ATNInvalidAltNumber:
		goto errorExit
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// ICreateSecretContext is an interface to support dynamic dispatch.
type ICreateSecretContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	CREATE() antlr.TerminalNode
	SECRET() antlr.TerminalNode
	ObjectName() IObjectNameContext
	OR() antlr.TerminalNode
	REPLACE() antlr.TerminalNode
	IF() antlr.TerminalNode
	NOT() antlr.TerminalNode
	EXISTS() antlr.TerminalNode
	PropertyList() IPropertyListContext

	// IsCreateSecretContext differentiates from other interfaces.
	IsCreateSecretContext()
}

type CreateSecretContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyCreateSecretContext() *CreateSecretContext {
	var p = new(CreateSecretContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_createSecret
	return p
}

func InitEmptyCreateSecretContext(p *CreateSecretContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_createSecret
}

func (*CreateSecretContext) IsCreateSecretContext() {}

func NewCreateSecretContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *CreateSecretContext {
	var p = new(CreateSecretContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_createSecret

	return p
}

func (s *CreateSecretContext) GetParser() antlr.Parser { return s.parser }

func (s *CreateSecretContext) CREATE() antlr.TerminalNode {
	return s.GetToken(SecintParserCREATE, 0)
}

func (s *CreateSecretContext) SECRET() antlr.TerminalNode {
	return s.GetToken(SecintParserSECRET, 0)
}

func (s *CreateSecretContext) ObjectName() IObjectNameContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IObjectNameContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IObjectNameContext)
}

func (s *CreateSecretContext) OR() antlr.TerminalNode {
	return s.GetToken(SecintParserOR, 0)
}

func (s *CreateSecretContext) REPLACE() antlr.TerminalNode {
	return s.GetToken(SecintParserREPLACE, 0)
}

func (s *CreateSecretContext) IF() antlr.TerminalNode {
	return s.GetToken(SecintParserIF, 0)
}

func (s *CreateSecretContext) NOT() antlr.TerminalNode {
	return s.GetToken(SecintParserNOT, 0)
}

func (s *CreateSecretContext) EXISTS() antlr.TerminalNode {
	return s.GetToken(SecintParserEXISTS, 0)
}

func (s *CreateSecretContext) PropertyList() IPropertyListContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IPropertyListContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IPropertyListContext)
}

func (s *CreateSecretContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *CreateSecretContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) CreateSecret() (localctx ICreateSecretContext) {
	localctx = NewCreateSecretContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 10, SecintParserRULE_createSecret)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(134)
		p.Match(SecintParserCREATE)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(137)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserOR {
		{
			p.SetState(135)
			p.Match(SecintParserOR)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(136)
			p.Match(SecintParserREPLACE)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	}
	{
		p.SetState(139)
		p.Match(SecintParserSECRET)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(143)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 17, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(140)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(141)
			p.Match(SecintParserNOT)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(142)
			p.Match(SecintParserEXISTS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	} else if p.HasError() { // JIM
		goto errorExit
	}
	{
		p.SetState(145)
		p.ObjectName()
	}
	p.SetState(147)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&5498627324346) != 0 {
		{
			p.SetState(146)
			p.PropertyList()
		}

	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IAlterSecretContext is an interface to support dynamic dispatch.
type IAlterSecretContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	ALTER() antlr.TerminalNode
	SECRET() antlr.TerminalNode
	ObjectName() IObjectNameContext
	IF() antlr.TerminalNode
	EXISTS() antlr.TerminalNode
	AllAlterAction() []IAlterActionContext
	AlterAction(i int) IAlterActionContext

	// IsAlterSecretContext differentiates from other interfaces.
	IsAlterSecretContext()
}

type AlterSecretContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyAlterSecretContext() *AlterSecretContext {
	var p = new(AlterSecretContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_alterSecret
	return p
}

func InitEmptyAlterSecretContext(p *AlterSecretContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_alterSecret
}

func (*AlterSecretContext) IsAlterSecretContext() {}

func NewAlterSecretContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *AlterSecretContext {
	var p = new(AlterSecretContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_alterSecret

	return p
}

func (s *AlterSecretContext) GetParser() antlr.Parser { return s.parser }

func (s *AlterSecretContext) ALTER() antlr.TerminalNode {
	return s.GetToken(SecintParserALTER, 0)
}

func (s *AlterSecretContext) SECRET() antlr.TerminalNode {
	return s.GetToken(SecintParserSECRET, 0)
}

func (s *AlterSecretContext) ObjectName() IObjectNameContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IObjectNameContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IObjectNameContext)
}

func (s *AlterSecretContext) IF() antlr.TerminalNode {
	return s.GetToken(SecintParserIF, 0)
}

func (s *AlterSecretContext) EXISTS() antlr.TerminalNode {
	return s.GetToken(SecintParserEXISTS, 0)
}

func (s *AlterSecretContext) AllAlterAction() []IAlterActionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IAlterActionContext); ok {
			len++
		}
	}

	tst := make([]IAlterActionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IAlterActionContext); ok {
			tst[i] = t.(IAlterActionContext)
			i++
		}
	}

	return tst
}

func (s *AlterSecretContext) AlterAction(i int) IAlterActionContext {
	var t antlr.RuleContext
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IAlterActionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext)
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IAlterActionContext)
}

func (s *AlterSecretContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *AlterSecretContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) AlterSecret() (localctx IAlterSecretContext) {
	localctx = NewAlterSecretContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 12, SecintParserRULE_alterSecret)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(149)
		p.Match(SecintParserALTER)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	{
		p.SetState(150)
		p.Match(SecintParserSECRET)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(153)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 19, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(151)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(152)
			p.Match(SecintParserEXISTS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	} else if p.HasError() { // JIM
		goto errorExit
	}
	{
		p.SetState(155)
		p.ObjectName()
	}
	p.SetState(157)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	for ok := true; ok; ok = ((int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&339738624) != 0) {
		{
			p.SetState(156)
			p.AlterAction()
		}

		p.SetState(159)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IDescribeIntegrationContext is an interface to support dynamic dispatch.
type IDescribeIntegrationContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	INTEGRATION() antlr.TerminalNode
	ObjectName() IObjectNameContext
	DESC() antlr.TerminalNode
	DESCRIBE() antlr.TerminalNode
	IntegrationKind() IIntegrationKindContext
	IF() antlr.TerminalNode
	EXISTS() antlr.TerminalNode

	// IsDescribeIntegrationContext differentiates from other interfaces.
	IsDescribeIntegrationContext()
}

type DescribeIntegrationContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyDescribeIntegrationContext() *DescribeIntegrationContext {
	var p = new(DescribeIntegrationContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_describeIntegration
	return p
}

func InitEmptyDescribeIntegrationContext(p *DescribeIntegrationContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_describeIntegration
}

func (*DescribeIntegrationContext) IsDescribeIntegrationContext() {}

func NewDescribeIntegrationContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *DescribeIntegrationContext {
	var p = new(DescribeIntegrationContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_describeIntegration

	return p
}

func (s *DescribeIntegrationContext) GetParser() antlr.Parser { return s.parser }

func (s *DescribeIntegrationContext) INTEGRATION() antlr.TerminalNode {
	return s.GetToken(SecintParserINTEGRATION, 0)
}

func (s *DescribeIntegrationContext) ObjectName() IObjectNameContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IObjectNameContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IObjectNameContext)
}

func (s *DescribeIntegrationContext) DESC() antlr.TerminalNode {
	return s.GetToken(SecintParserDESC, 0)
}

func (s *DescribeIntegrationContext) DESCRIBE() antlr.TerminalNode {
	return s.GetToken(SecintParserDESCRIBE, 0)
}

func (s *DescribeIntegrationContext) IntegrationKind() IIntegrationKindContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IIntegrationKindContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IIntegrationKindContext)
}

func (s *DescribeIntegrationContext) IF() antlr.TerminalNode {
	return s.GetToken(SecintParserIF, 0)
}

func (s *DescribeIntegrationContext) EXISTS() antlr.TerminalNode {
	return s.GetToken(SecintParserEXISTS, 0)
}

func (s *DescribeIntegrationContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *DescribeIntegrationContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) DescribeIntegration() (localctx IDescribeIntegrationContext) {
	localctx = NewDescribeIntegrationContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 14, SecintParserRULE_describeIntegration)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(161)
		_la = p.GetTokenStream().LA(1)

		if !(_la == SecintParserDESC || _la == SecintParserDESCRIBE) {
			p.GetErrorHandler().RecoverInline(p)
		} else {
			p.GetErrorHandler().ReportMatch(p)
			p.Consume()
		}
	}
	p.SetState(163)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&19007528) != 0 {
		{
			p.SetState(162)
			p.IntegrationKind()
		}

	}
	{
		p.SetState(165)
		p.Match(SecintParserINTEGRATION)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(168)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 22, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(166)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(167)
			p.Match(SecintParserEXISTS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	} else if p.HasError() { // JIM
		goto errorExit
	}
	{
		p.SetState(170)
		p.ObjectName()
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IDropIntegrationContext is an interface to support dynamic dispatch.
type IDropIntegrationContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	DROP() antlr.TerminalNode
	INTEGRATION() antlr.TerminalNode
	ObjectName() IObjectNameContext
	IntegrationKind() IIntegrationKindContext
	IF() antlr.TerminalNode
	EXISTS() antlr.TerminalNode
	CASCADE() antlr.TerminalNode
	RESTRICT() antlr.TerminalNode

	// IsDropIntegrationContext differentiates from other interfaces.
	IsDropIntegrationContext()
}

type DropIntegrationContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyDropIntegrationContext() *DropIntegrationContext {
	var p = new(DropIntegrationContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_dropIntegration
	return p
}

func InitEmptyDropIntegrationContext(p *DropIntegrationContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_dropIntegration
}

func (*DropIntegrationContext) IsDropIntegrationContext() {}

func NewDropIntegrationContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *DropIntegrationContext {
	var p = new(DropIntegrationContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_dropIntegration

	return p
}

func (s *DropIntegrationContext) GetParser() antlr.Parser { return s.parser }

func (s *DropIntegrationContext) DROP() antlr.TerminalNode {
	return s.GetToken(SecintParserDROP, 0)
}

func (s *DropIntegrationContext) INTEGRATION() antlr.TerminalNode {
	return s.GetToken(SecintParserINTEGRATION, 0)
}

func (s *DropIntegrationContext) ObjectName() IObjectNameContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IObjectNameContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IObjectNameContext)
}

func (s *DropIntegrationContext) IntegrationKind() IIntegrationKindContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IIntegrationKindContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IIntegrationKindContext)
}

func (s *DropIntegrationContext) IF() antlr.TerminalNode {
	return s.GetToken(SecintParserIF, 0)
}

func (s *DropIntegrationContext) EXISTS() antlr.TerminalNode {
	return s.GetToken(SecintParserEXISTS, 0)
}

func (s *DropIntegrationContext) CASCADE() antlr.TerminalNode {
	return s.GetToken(SecintParserCASCADE, 0)
}

func (s *DropIntegrationContext) RESTRICT() antlr.TerminalNode {
	return s.GetToken(SecintParserRESTRICT, 0)
}

func (s *DropIntegrationContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *DropIntegrationContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) DropIntegration() (localctx IDropIntegrationContext) {
	localctx = NewDropIntegrationContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 16, SecintParserRULE_dropIntegration)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(172)
		p.Match(SecintParserDROP)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(174)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&19007528) != 0 {
		{
			p.SetState(173)
			p.IntegrationKind()
		}

	}
	{
		p.SetState(176)
		p.Match(SecintParserINTEGRATION)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(179)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 24, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(177)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(178)
			p.Match(SecintParserEXISTS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	} else if p.HasError() { // JIM
		goto errorExit
	}
	{
		p.SetState(181)
		p.ObjectName()
	}
	p.SetState(183)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserCASCADE || _la == SecintParserRESTRICT {
		{
			p.SetState(182)
			_la = p.GetTokenStream().LA(1)

			if !(_la == SecintParserCASCADE || _la == SecintParserRESTRICT) {
				p.GetErrorHandler().RecoverInline(p)
			} else {
				p.GetErrorHandler().ReportMatch(p)
				p.Consume()
			}
		}

	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IShowIntegrationsContext is an interface to support dynamic dispatch.
type IShowIntegrationsContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	SHOW() antlr.TerminalNode
	INTEGRATIONS() antlr.TerminalNode
	IntegrationKind() IIntegrationKindContext
	LIKE() antlr.TerminalNode
	Value() IValueContext

	// IsShowIntegrationsContext differentiates from other interfaces.
	IsShowIntegrationsContext()
}

type ShowIntegrationsContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyShowIntegrationsContext() *ShowIntegrationsContext {
	var p = new(ShowIntegrationsContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_showIntegrations
	return p
}

func InitEmptyShowIntegrationsContext(p *ShowIntegrationsContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_showIntegrations
}

func (*ShowIntegrationsContext) IsShowIntegrationsContext() {}

func NewShowIntegrationsContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ShowIntegrationsContext {
	var p = new(ShowIntegrationsContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_showIntegrations

	return p
}

func (s *ShowIntegrationsContext) GetParser() antlr.Parser { return s.parser }

func (s *ShowIntegrationsContext) SHOW() antlr.TerminalNode {
	return s.GetToken(SecintParserSHOW, 0)
}

func (s *ShowIntegrationsContext) INTEGRATIONS() antlr.TerminalNode {
	return s.GetToken(SecintParserINTEGRATIONS, 0)
}

func (s *ShowIntegrationsContext) IntegrationKind() IIntegrationKindContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IIntegrationKindContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IIntegrationKindContext)
}

func (s *ShowIntegrationsContext) LIKE() antlr.TerminalNode {
	return s.GetToken(SecintParserLIKE, 0)
}

func (s *ShowIntegrationsContext) Value() IValueContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IValueContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IValueContext)
}

func (s *ShowIntegrationsContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ShowIntegrationsContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) ShowIntegrations() (localctx IShowIntegrationsContext) {
	localctx = NewShowIntegrationsContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 18, SecintParserRULE_showIntegrations)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(185)
		p.Match(SecintParserSHOW)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(187)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&19007528) != 0 {
		{
			p.SetState(186)
			p.IntegrationKind()
		}

	}
	{
		p.SetState(189)
		p.Match(SecintParserINTEGRATIONS)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(192)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserLIKE {
		{
			p.SetState(190)
			p.Match(SecintParserLIKE)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(191)
			p.Value()
		}

	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IIntegrationKindContext is an interface to support dynamic dispatch.
type IIntegrationKindContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	SECURITY() antlr.TerminalNode
	API() antlr.TerminalNode
	CATALOG() antlr.TerminalNode
	EXTERNAL() antlr.TerminalNode
	ACCESS() antlr.TerminalNode
	NOTIFICATION() antlr.TerminalNode
	STORAGE() antlr.TerminalNode

	// IsIntegrationKindContext differentiates from other interfaces.
	IsIntegrationKindContext()
}

type IntegrationKindContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyIntegrationKindContext() *IntegrationKindContext {
	var p = new(IntegrationKindContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_integrationKind
	return p
}

func InitEmptyIntegrationKindContext(p *IntegrationKindContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_integrationKind
}

func (*IntegrationKindContext) IsIntegrationKindContext() {}

func NewIntegrationKindContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *IntegrationKindContext {
	var p = new(IntegrationKindContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_integrationKind

	return p
}

func (s *IntegrationKindContext) GetParser() antlr.Parser { return s.parser }

func (s *IntegrationKindContext) SECURITY() antlr.TerminalNode {
	return s.GetToken(SecintParserSECURITY, 0)
}

func (s *IntegrationKindContext) API() antlr.TerminalNode {
	return s.GetToken(SecintParserAPI, 0)
}

func (s *IntegrationKindContext) CATALOG() antlr.TerminalNode {
	return s.GetToken(SecintParserCATALOG, 0)
}

func (s *IntegrationKindContext) EXTERNAL() antlr.TerminalNode {
	return s.GetToken(SecintParserEXTERNAL, 0)
}

func (s *IntegrationKindContext) ACCESS() antlr.TerminalNode {
	return s.GetToken(SecintParserACCESS, 0)
}

func (s *IntegrationKindContext) NOTIFICATION() antlr.TerminalNode {
	return s.GetToken(SecintParserNOTIFICATION, 0)
}

func (s *IntegrationKindContext) STORAGE() antlr.TerminalNode {
	return s.GetToken(SecintParserSTORAGE, 0)
}

func (s *IntegrationKindContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *IntegrationKindContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) IntegrationKind() (localctx IIntegrationKindContext) {
	localctx = NewIntegrationKindContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 20, SecintParserRULE_integrationKind)
	p.SetState(201)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserSECURITY:
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(194)
			p.Match(SecintParserSECURITY)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserAPI:
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(195)
			p.Match(SecintParserAPI)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserCATALOG:
		p.EnterOuterAlt(localctx, 3)
		{
			p.SetState(196)
			p.Match(SecintParserCATALOG)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserEXTERNAL:
		p.EnterOuterAlt(localctx, 4)
		{
			p.SetState(197)
			p.Match(SecintParserEXTERNAL)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(198)
			p.Match(SecintParserACCESS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserNOTIFICATION:
		p.EnterOuterAlt(localctx, 5)
		{
			p.SetState(199)
			p.Match(SecintParserNOTIFICATION)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserSTORAGE:
		p.EnterOuterAlt(localctx, 6)
		{
			p.SetState(200)
			p.Match(SecintParserSTORAGE)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IPropertyListContext is an interface to support dynamic dispatch.
type IPropertyListContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	AllProperty() []IPropertyContext
	Property(i int) IPropertyContext
	AllCOMMA() []antlr.TerminalNode
	COMMA(i int) antlr.TerminalNode

	// IsPropertyListContext differentiates from other interfaces.
	IsPropertyListContext()
}

type PropertyListContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyPropertyListContext() *PropertyListContext {
	var p = new(PropertyListContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_propertyList
	return p
}

func InitEmptyPropertyListContext(p *PropertyListContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_propertyList
}

func (*PropertyListContext) IsPropertyListContext() {}

func NewPropertyListContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *PropertyListContext {
	var p = new(PropertyListContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_propertyList

	return p
}

func (s *PropertyListContext) GetParser() antlr.Parser { return s.parser }

func (s *PropertyListContext) AllProperty() []IPropertyContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IPropertyContext); ok {
			len++
		}
	}

	tst := make([]IPropertyContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IPropertyContext); ok {
			tst[i] = t.(IPropertyContext)
			i++
		}
	}

	return tst
}

func (s *PropertyListContext) Property(i int) IPropertyContext {
	var t antlr.RuleContext
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IPropertyContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext)
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IPropertyContext)
}

func (s *PropertyListContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(SecintParserCOMMA)
}

func (s *PropertyListContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(SecintParserCOMMA, i)
}

func (s *PropertyListContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *PropertyListContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) PropertyList() (localctx IPropertyListContext) {
	localctx = NewPropertyListContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 22, SecintParserRULE_propertyList)
	var _la int

	var _alt int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(203)
		p.Property()
	}
	p.SetState(210)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 30, p.GetParserRuleContext())
	if p.HasError() {
		goto errorExit
	}
	for _alt != 2 && _alt != antlr.ATNInvalidAltNumber {
		if _alt == 1 {
			p.SetState(205)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)

			if _la == SecintParserCOMMA {
				{
					p.SetState(204)
					p.Match(SecintParserCOMMA)
					if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
					}
				}

			}
			{
				p.SetState(207)
				p.Property()
			}

		}
		p.SetState(212)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 30, p.GetParserRuleContext())
		if p.HasError() {
			goto errorExit
		}
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IPropertyContext is an interface to support dynamic dispatch.
type IPropertyContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	Identifier() IIdentifierContext
	EQ() antlr.TerminalNode
	Value() IValueContext

	// IsPropertyContext differentiates from other interfaces.
	IsPropertyContext()
}

type PropertyContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyPropertyContext() *PropertyContext {
	var p = new(PropertyContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_property
	return p
}

func InitEmptyPropertyContext(p *PropertyContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_property
}

func (*PropertyContext) IsPropertyContext() {}

func NewPropertyContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *PropertyContext {
	var p = new(PropertyContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_property

	return p
}

func (s *PropertyContext) GetParser() antlr.Parser { return s.parser }

func (s *PropertyContext) Identifier() IIdentifierContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IIdentifierContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IIdentifierContext)
}

func (s *PropertyContext) EQ() antlr.TerminalNode {
	return s.GetToken(SecintParserEQ, 0)
}

func (s *PropertyContext) Value() IValueContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IValueContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IValueContext)
}

func (s *PropertyContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *PropertyContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) Property() (localctx IPropertyContext) {
	localctx = NewPropertyContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 24, SecintParserRULE_property)
	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(213)
		p.Identifier()
	}
	{
		p.SetState(214)
		p.Match(SecintParserEQ)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	{
		p.SetState(215)
		p.Value()
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IUnsetItemContext is an interface to support dynamic dispatch.
type IUnsetItemContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	Identifier() IIdentifierContext

	// IsUnsetItemContext differentiates from other interfaces.
	IsUnsetItemContext()
}

type UnsetItemContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyUnsetItemContext() *UnsetItemContext {
	var p = new(UnsetItemContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_unsetItem
	return p
}

func InitEmptyUnsetItemContext(p *UnsetItemContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_unsetItem
}

func (*UnsetItemContext) IsUnsetItemContext() {}

func NewUnsetItemContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *UnsetItemContext {
	var p = new(UnsetItemContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_unsetItem

	return p
}

func (s *UnsetItemContext) GetParser() antlr.Parser { return s.parser }

func (s *UnsetItemContext) Identifier() IIdentifierContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IIdentifierContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IIdentifierContext)
}

func (s *UnsetItemContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *UnsetItemContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) UnsetItem() (localctx IUnsetItemContext) {
	localctx = NewUnsetItemContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 26, SecintParserRULE_unsetItem)
	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(217)
		p.Identifier()
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// ITagAssignmentContext is an interface to support dynamic dispatch.
type ITagAssignmentContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	TagName() ITagNameContext
	EQ() antlr.TerminalNode
	Value() IValueContext

	// IsTagAssignmentContext differentiates from other interfaces.
	IsTagAssignmentContext()
}

type TagAssignmentContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyTagAssignmentContext() *TagAssignmentContext {
	var p = new(TagAssignmentContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_tagAssignment
	return p
}

func InitEmptyTagAssignmentContext(p *TagAssignmentContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_tagAssignment
}

func (*TagAssignmentContext) IsTagAssignmentContext() {}

func NewTagAssignmentContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *TagAssignmentContext {
	var p = new(TagAssignmentContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_tagAssignment

	return p
}

func (s *TagAssignmentContext) GetParser() antlr.Parser { return s.parser }

func (s *TagAssignmentContext) TagName() ITagNameContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(ITagNameContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(ITagNameContext)
}

func (s *TagAssignmentContext) EQ() antlr.TerminalNode {
	return s.GetToken(SecintParserEQ, 0)
}

func (s *TagAssignmentContext) Value() IValueContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IValueContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IValueContext)
}

func (s *TagAssignmentContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *TagAssignmentContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) TagAssignment() (localctx ITagAssignmentContext) {
	localctx = NewTagAssignmentContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 28, SecintParserRULE_tagAssignment)
	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(219)
		p.TagName()
	}
	{
		p.SetState(220)
		p.Match(SecintParserEQ)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	{
		p.SetState(221)
		p.Value()
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// ITagNameContext is an interface to support dynamic dispatch.
type ITagNameContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	AllIdentifier() []IIdentifierContext
	Identifier(i int) IIdentifierContext
	AllDOT() []antlr.TerminalNode
	DOT(i int) antlr.TerminalNode

	// IsTagNameContext differentiates from other interfaces.
	IsTagNameContext()
}

type TagNameContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyTagNameContext() *TagNameContext {
	var p = new(TagNameContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_tagName
	return p
}

func InitEmptyTagNameContext(p *TagNameContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_tagName
}

func (*TagNameContext) IsTagNameContext() {}

func NewTagNameContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *TagNameContext {
	var p = new(TagNameContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_tagName

	return p
}

func (s *TagNameContext) GetParser() antlr.Parser { return s.parser }

func (s *TagNameContext) AllIdentifier() []IIdentifierContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IIdentifierContext); ok {
			len++
		}
	}

	tst := make([]IIdentifierContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IIdentifierContext); ok {
			tst[i] = t.(IIdentifierContext)
			i++
		}
	}

	return tst
}

func (s *TagNameContext) Identifier(i int) IIdentifierContext {
	var t antlr.RuleContext
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IIdentifierContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext)
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IIdentifierContext)
}

func (s *TagNameContext) AllDOT() []antlr.TerminalNode {
	return s.GetTokens(SecintParserDOT)
}

func (s *TagNameContext) DOT(i int) antlr.TerminalNode {
	return s.GetToken(SecintParserDOT, i)
}

func (s *TagNameContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *TagNameContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) TagName() (localctx ITagNameContext) {
	localctx = NewTagNameContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 30, SecintParserRULE_tagName)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(223)
		p.Identifier()
	}
	p.SetState(228)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	for _la == SecintParserDOT {
		{
			p.SetState(224)
			p.Match(SecintParserDOT)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(225)
			p.Identifier()
		}

		p.SetState(230)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IObjectNameContext is an interface to support dynamic dispatch.
type IObjectNameContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	IDENTIFIER() antlr.TerminalNode
	LPAREN() antlr.TerminalNode
	RPAREN() antlr.TerminalNode
	STRING() antlr.TerminalNode
	SESSION_VAR() antlr.TerminalNode
	AllIdentifier() []IIdentifierContext
	Identifier(i int) IIdentifierContext
	AllDOT() []antlr.TerminalNode
	DOT(i int) antlr.TerminalNode

	// IsObjectNameContext differentiates from other interfaces.
	IsObjectNameContext()
}

type ObjectNameContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyObjectNameContext() *ObjectNameContext {
	var p = new(ObjectNameContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_objectName
	return p
}

func InitEmptyObjectNameContext(p *ObjectNameContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_objectName
}

func (*ObjectNameContext) IsObjectNameContext() {}

func NewObjectNameContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ObjectNameContext {
	var p = new(ObjectNameContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_objectName

	return p
}

func (s *ObjectNameContext) GetParser() antlr.Parser { return s.parser }

func (s *ObjectNameContext) IDENTIFIER() antlr.TerminalNode {
	return s.GetToken(SecintParserIDENTIFIER, 0)
}

func (s *ObjectNameContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(SecintParserLPAREN, 0)
}

func (s *ObjectNameContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(SecintParserRPAREN, 0)
}

func (s *ObjectNameContext) STRING() antlr.TerminalNode {
	return s.GetToken(SecintParserSTRING, 0)
}

func (s *ObjectNameContext) SESSION_VAR() antlr.TerminalNode {
	return s.GetToken(SecintParserSESSION_VAR, 0)
}

func (s *ObjectNameContext) AllIdentifier() []IIdentifierContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IIdentifierContext); ok {
			len++
		}
	}

	tst := make([]IIdentifierContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IIdentifierContext); ok {
			tst[i] = t.(IIdentifierContext)
			i++
		}
	}

	return tst
}

func (s *ObjectNameContext) Identifier(i int) IIdentifierContext {
	var t antlr.RuleContext
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IIdentifierContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext)
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IIdentifierContext)
}

func (s *ObjectNameContext) AllDOT() []antlr.TerminalNode {
	return s.GetTokens(SecintParserDOT)
}

func (s *ObjectNameContext) DOT(i int) antlr.TerminalNode {
	return s.GetToken(SecintParserDOT, i)
}

func (s *ObjectNameContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ObjectNameContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) ObjectName() (localctx IObjectNameContext) {
	localctx = NewObjectNameContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 32, SecintParserRULE_objectName)
	var _la int

	p.SetState(243)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 33, p.GetParserRuleContext()) {
	case 1:
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(231)
			p.Match(SecintParserIDENTIFIER)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(232)
			p.Match(SecintParserLPAREN)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(233)
			_la = p.GetTokenStream().LA(1)

			if !(_la == SecintParserSTRING || _la == SecintParserSESSION_VAR) {
				p.GetErrorHandler().RecoverInline(p)
			} else {
				p.GetErrorHandler().ReportMatch(p)
				p.Consume()
			}
		}
		{
			p.SetState(234)
			p.Match(SecintParserRPAREN)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case 2:
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(235)
			p.Identifier()
		}
		p.SetState(240)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		for _la == SecintParserDOT {
			{
				p.SetState(236)
				p.Match(SecintParserDOT)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}
			{
				p.SetState(237)
				p.Identifier()
			}

			p.SetState(242)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)
		}

	case antlr.ATNInvalidAltNumber:
		goto errorExit
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IValueContext is an interface to support dynamic dispatch.
type IValueContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser
	// IsValueContext differentiates from other interfaces.
	IsValueContext()
}

type ValueContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyValueContext() *ValueContext {
	var p = new(ValueContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_value
	return p
}

func InitEmptyValueContext(p *ValueContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_value
}

func (*ValueContext) IsValueContext() {}

func NewValueContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ValueContext {
	var p = new(ValueContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_value

	return p
}

func (s *ValueContext) GetParser() antlr.Parser { return s.parser }

func (s *ValueContext) CopyAll(ctx *ValueContext) {
	s.CopyFrom(&ctx.BaseParserRuleContext)
}

func (s *ValueContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ValueContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

type ListValueContext struct {
	ValueContext
}

func NewListValueContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ListValueContext {
	var p = new(ListValueContext)

	InitEmptyValueContext(&p.ValueContext)
	p.parser = parser
	p.CopyAll(ctx.(*ValueContext))

	return p
}

func (s *ListValueContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ListValueContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(SecintParserLPAREN, 0)
}

func (s *ListValueContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(SecintParserRPAREN, 0)
}

func (s *ListValueContext) AllScalar() []IScalarContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IScalarContext); ok {
			len++
		}
	}

	tst := make([]IScalarContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IScalarContext); ok {
			tst[i] = t.(IScalarContext)
			i++
		}
	}

	return tst
}

func (s *ListValueContext) Scalar(i int) IScalarContext {
	var t antlr.RuleContext
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IScalarContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext)
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IScalarContext)
}

func (s *ListValueContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(SecintParserCOMMA)
}

func (s *ListValueContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(SecintParserCOMMA, i)
}

type ScalarValueContext struct {
	ValueContext
}

func NewScalarValueContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ScalarValueContext {
	var p = new(ScalarValueContext)

	InitEmptyValueContext(&p.ValueContext)
	p.parser = parser
	p.CopyAll(ctx.(*ValueContext))

	return p
}

func (s *ScalarValueContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ScalarValueContext) Scalar() IScalarContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IScalarContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IScalarContext)
}

func (p *SecintParser) Value() (localctx IValueContext) {
	localctx = NewValueContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 34, SecintParserRULE_value)
	var _la int

	p.SetState(258)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserACCESS, SecintParserAPI, SecintParserCASCADE, SecintParserCATALOG, SecintParserDESC, SecintParserDESCRIBE, SecintParserEXTERNAL, SecintParserIF, SecintParserINTEGRATION, SecintParserINTEGRATIONS, SecintParserNOTIFICATION, SecintParserREPLACE, SecintParserRESTRICT, SecintParserSECURITY, SecintParserSHOW, SecintParserSTORAGE, SecintParserTAG, SecintParserUNSET, SecintParserIDENTIFIER, SecintParserREFRESH, SecintParserSECRET, SecintParserMINUS, SecintParserSTRING, SecintParserDOLLAR_STRING, SecintParserQUOTED_ID, SecintParserNUMBER, SecintParserID, SecintParserSESSION_VAR:
		localctx = NewScalarValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(245)
			p.Scalar()
		}

	case SecintParserLPAREN:
		localctx = NewListValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(246)
			p.Match(SecintParserLPAREN)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		p.SetState(255)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&17387096799674) != 0 {
			{
				p.SetState(247)
				p.Scalar()
			}
			p.SetState(252)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)

			for _la == SecintParserCOMMA {
				{
					p.SetState(248)
					p.Match(SecintParserCOMMA)
					if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
					}
				}
				{
					p.SetState(249)
					p.Scalar()
				}

				p.SetState(254)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
					goto errorExit
				}
				_la = p.GetTokenStream().LA(1)
			}

		}
		{
			p.SetState(257)
			p.Match(SecintParserRPAREN)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IScalarContext is an interface to support dynamic dispatch.
type IScalarContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser
	// IsScalarContext differentiates from other interfaces.
	IsScalarContext()
}

type ScalarContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyScalarContext() *ScalarContext {
	var p = new(ScalarContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_scalar
	return p
}

func InitEmptyScalarContext(p *ScalarContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_scalar
}

func (*ScalarContext) IsScalarContext() {}

func NewScalarContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ScalarContext {
	var p = new(ScalarContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_scalar

	return p
}

func (s *ScalarContext) GetParser() antlr.Parser { return s.parser }

func (s *ScalarContext) CopyAll(ctx *ScalarContext) {
	s.CopyFrom(&ctx.BaseParserRuleContext)
}

func (s *ScalarContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ScalarContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

type WordValueContext struct {
	ScalarContext
}

func NewWordValueContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *WordValueContext {
	var p = new(WordValueContext)

	InitEmptyScalarContext(&p.ScalarContext)
	p.parser = parser
	p.CopyAll(ctx.(*ScalarContext))

	return p
}

func (s *WordValueContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *WordValueContext) Identifier() IIdentifierContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IIdentifierContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IIdentifierContext)
}

type StringValueContext struct {
	ScalarContext
}

func NewStringValueContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *StringValueContext {
	var p = new(StringValueContext)

	InitEmptyScalarContext(&p.ScalarContext)
	p.parser = parser
	p.CopyAll(ctx.(*ScalarContext))

	return p
}

func (s *StringValueContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *StringValueContext) STRING() antlr.TerminalNode {
	return s.GetToken(SecintParserSTRING, 0)
}

func (s *StringValueContext) DOLLAR_STRING() antlr.TerminalNode {
	return s.GetToken(SecintParserDOLLAR_STRING, 0)
}

type VariableValueContext struct {
	ScalarContext
}

func NewVariableValueContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *VariableValueContext {
	var p = new(VariableValueContext)

	InitEmptyScalarContext(&p.ScalarContext)
	p.parser = parser
	p.CopyAll(ctx.(*ScalarContext))

	return p
}

func (s *VariableValueContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *VariableValueContext) SESSION_VAR() antlr.TerminalNode {
	return s.GetToken(SecintParserSESSION_VAR, 0)
}

type NumberValueContext struct {
	ScalarContext
}

func NewNumberValueContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *NumberValueContext {
	var p = new(NumberValueContext)

	InitEmptyScalarContext(&p.ScalarContext)
	p.parser = parser
	p.CopyAll(ctx.(*ScalarContext))

	return p
}

func (s *NumberValueContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *NumberValueContext) NUMBER() antlr.TerminalNode {
	return s.GetToken(SecintParserNUMBER, 0)
}

func (s *NumberValueContext) MINUS() antlr.TerminalNode {
	return s.GetToken(SecintParserMINUS, 0)
}

func (p *SecintParser) Scalar() (localctx IScalarContext) {
	localctx = NewScalarContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 36, SecintParserRULE_scalar)
	var _la int

	p.SetState(268)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserSTRING:
		localctx = NewStringValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(260)
			p.Match(SecintParserSTRING)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserDOLLAR_STRING:
		localctx = NewStringValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(261)
			p.Match(SecintParserDOLLAR_STRING)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserMINUS, SecintParserNUMBER:
		localctx = NewNumberValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 3)
		p.SetState(263)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		if _la == SecintParserMINUS {
			{
				p.SetState(262)
				p.Match(SecintParserMINUS)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}

		}
		{
			p.SetState(265)
			p.Match(SecintParserNUMBER)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserACCESS, SecintParserAPI, SecintParserCASCADE, SecintParserCATALOG, SecintParserDESC, SecintParserDESCRIBE, SecintParserEXTERNAL, SecintParserIF, SecintParserINTEGRATION, SecintParserINTEGRATIONS, SecintParserNOTIFICATION, SecintParserREPLACE, SecintParserRESTRICT, SecintParserSECURITY, SecintParserSHOW, SecintParserSTORAGE, SecintParserTAG, SecintParserUNSET, SecintParserIDENTIFIER, SecintParserREFRESH, SecintParserSECRET, SecintParserQUOTED_ID, SecintParserID:
		localctx = NewWordValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 4)
		{
			p.SetState(266)
			p.Identifier()
		}

	case SecintParserSESSION_VAR:
		localctx = NewVariableValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 5)
		{
			p.SetState(267)
			p.Match(SecintParserSESSION_VAR)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}

// IIdentifierContext is an interface to support dynamic dispatch.
type IIdentifierContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	ID() antlr.TerminalNode
	QUOTED_ID() antlr.TerminalNode
	ACCESS() antlr.TerminalNode
	API() antlr.TerminalNode
	CASCADE() antlr.TerminalNode
	CATALOG() antlr.TerminalNode
	DESC() antlr.TerminalNode
	DESCRIBE() antlr.TerminalNode
	EXTERNAL() antlr.TerminalNode
	IF() antlr.TerminalNode
	IDENTIFIER() antlr.TerminalNode
	INTEGRATION() antlr.TerminalNode
	INTEGRATIONS() antlr.TerminalNode
	NOTIFICATION() antlr.TerminalNode
	REFRESH() antlr.TerminalNode
	REPLACE() antlr.TerminalNode
	RESTRICT() antlr.TerminalNode
	SECRET() antlr.TerminalNode
	SECURITY() antlr.TerminalNode
	SHOW() antlr.TerminalNode
	STORAGE() antlr.TerminalNode
	TAG() antlr.TerminalNode
	UNSET() antlr.TerminalNode

	// IsIdentifierContext differentiates from other interfaces.
	IsIdentifierContext()
}

type IdentifierContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyIdentifierContext() *IdentifierContext {
	var p = new(IdentifierContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_identifier
	return p
}

func InitEmptyIdentifierContext(p *IdentifierContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_identifier
}

func (*IdentifierContext) IsIdentifierContext() {}

func NewIdentifierContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *IdentifierContext {
	var p = new(IdentifierContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_identifier

	return p
}

func (s *IdentifierContext) GetParser() antlr.Parser { return s.parser }

func (s *IdentifierContext) ID() antlr.TerminalNode {
	return s.GetToken(SecintParserID, 0)
}

func (s *IdentifierContext) QUOTED_ID() antlr.TerminalNode {
	return s.GetToken(SecintParserQUOTED_ID, 0)
}

func (s *IdentifierContext) ACCESS() antlr.TerminalNode {
	return s.GetToken(SecintParserACCESS, 0)
}

func (s *IdentifierContext) API() antlr.TerminalNode {
	return s.GetToken(SecintParserAPI, 0)
}

func (s *IdentifierContext) CASCADE() antlr.TerminalNode {
	return s.GetToken(SecintParserCASCADE, 0)
}

func (s *IdentifierContext) CATALOG() antlr.TerminalNode {
	return s.GetToken(SecintParserCATALOG, 0)
}

func (s *IdentifierContext) DESC() antlr.TerminalNode {
	return s.GetToken(SecintParserDESC, 0)
}

func (s *IdentifierContext) DESCRIBE() antlr.TerminalNode {
	return s.GetToken(SecintParserDESCRIBE, 0)
}

func (s *IdentifierContext) EXTERNAL() antlr.TerminalNode {
	return s.GetToken(SecintParserEXTERNAL, 0)
}

func (s *IdentifierContext) IF() antlr.TerminalNode {
	return s.GetToken(SecintParserIF, 0)
}

func (s *IdentifierContext) IDENTIFIER() antlr.TerminalNode {
	return s.GetToken(SecintParserIDENTIFIER, 0)
}

func (s *IdentifierContext) INTEGRATION() antlr.TerminalNode {
	return s.GetToken(SecintParserINTEGRATION, 0)
}

func (s *IdentifierContext) INTEGRATIONS() antlr.TerminalNode {
	return s.GetToken(SecintParserINTEGRATIONS, 0)
}

func (s *IdentifierContext) NOTIFICATION() antlr.TerminalNode {
	return s.GetToken(SecintParserNOTIFICATION, 0)
}

func (s *IdentifierContext) REFRESH() antlr.TerminalNode {
	return s.GetToken(SecintParserREFRESH, 0)
}

func (s *IdentifierContext) REPLACE() antlr.TerminalNode {
	return s.GetToken(SecintParserREPLACE, 0)
}

func (s *IdentifierContext) RESTRICT() antlr.TerminalNode {
	return s.GetToken(SecintParserRESTRICT, 0)
}

func (s *IdentifierContext) SECRET() antlr.TerminalNode {
	return s.GetToken(SecintParserSECRET, 0)
}

func (s *IdentifierContext) SECURITY() antlr.TerminalNode {
	return s.GetToken(SecintParserSECURITY, 0)
}

func (s *IdentifierContext) SHOW() antlr.TerminalNode {
	return s.GetToken(SecintParserSHOW, 0)
}

func (s *IdentifierContext) STORAGE() antlr.TerminalNode {
	return s.GetToken(SecintParserSTORAGE, 0)
}

func (s *IdentifierContext) TAG() antlr.TerminalNode {
	return s.GetToken(SecintParserTAG, 0)
}

func (s *IdentifierContext) UNSET() antlr.TerminalNode {
	return s.GetToken(SecintParserUNSET, 0)
}

func (s *IdentifierContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *IdentifierContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) Identifier() (localctx IIdentifierContext) {
	localctx = NewIdentifierContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 38, SecintParserRULE_identifier)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(270)
		_la = p.GetTokenStream().LA(1)

		if !((int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&5498627324346) != 0) {
			p.GetErrorHandler().RecoverInline(p)
		} else {
			p.GetErrorHandler().ReportMatch(p)
			p.Consume()
		}
	}

errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}
