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
		"'IN'", "'INTEGRATION'", "'INTEGRATIONS'", "'LIKE'", "'NOT'", "'NOTIFICATION'",
		"'OR'", "'REPLACE'", "'RESTRICT'", "'SECURITY'", "'SET'", "'SHOW'",
		"'STORAGE'", "'TAG'", "'UNSET'", "'IDENTIFIER'", "'REFRESH'", "'SECRET'",
		"'SECRETS'", "'WITH'", "'='", "','", "';'", "'('", "')'", "'.'", "'-'",
		"'->>'",
	}
	staticData.SymbolicNames = []string{
		"", "ACCESS", "ALTER", "API", "CASCADE", "CATALOG", "CREATE", "DESC",
		"DESCRIBE", "DROP", "EXISTS", "EXTERNAL", "IF", "IN", "INTEGRATION",
		"INTEGRATIONS", "LIKE", "NOT", "NOTIFICATION", "OR", "REPLACE", "RESTRICT",
		"SECURITY", "SET", "SHOW", "STORAGE", "TAG", "UNSET", "IDENTIFIER",
		"REFRESH", "SECRET", "SECRETS", "WITH", "EQ", "COMMA", "SEMI", "LPAREN",
		"RPAREN", "DOT", "MINUS", "FLOW", "STRING", "DOLLAR_STRING", "QUOTED_ID",
		"NUMBER", "ID", "SESSION_VAR", "BLOCK_COMMENT", "LINE_COMMENT", "WS",
		"UNTERMINATED_STRING", "UNTERMINATED_DOLLAR_STRING", "UNTERMINATED_QUOTED_ID",
		"UNTERMINATED_COMMENT", "INVISIBLE", "OTHER",
	}
	staticData.RuleNames = []string{
		"statement", "flowTail", "createIntegration", "alterIntegration", "alterAction",
		"createSecret", "withTag", "alterSecret", "describeIntegration", "dropIntegration",
		"showIntegrations", "integrationKind", "propertyList", "property", "unsetItem",
		"tagAssignment", "tagName", "objectName", "value", "scalar", "identifier",
	}
	staticData.PredictionContextCache = antlr.NewPredictionContextCache()
	staticData.serializedATN = []int32{
		4, 1, 55, 330, 2, 0, 7, 0, 2, 1, 7, 1, 2, 2, 7, 2, 2, 3, 7, 3, 2, 4, 7,
		4, 2, 5, 7, 5, 2, 6, 7, 6, 2, 7, 7, 7, 2, 8, 7, 8, 2, 9, 7, 9, 2, 10, 7,
		10, 2, 11, 7, 11, 2, 12, 7, 12, 2, 13, 7, 13, 2, 14, 7, 14, 2, 15, 7, 15,
		2, 16, 7, 16, 2, 17, 7, 17, 2, 18, 7, 18, 2, 19, 7, 19, 2, 20, 7, 20, 1,
		0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 3, 0, 50, 8, 0, 1, 0, 3, 0, 53,
		8, 0, 1, 0, 3, 0, 56, 8, 0, 1, 0, 1, 0, 1, 1, 1, 1, 5, 1, 62, 8, 1, 10,
		1, 12, 1, 65, 9, 1, 1, 2, 1, 2, 1, 2, 3, 2, 70, 8, 2, 1, 2, 1, 2, 1, 2,
		3, 2, 75, 8, 2, 1, 2, 1, 2, 1, 2, 1, 2, 3, 2, 81, 8, 2, 1, 2, 1, 2, 3,
		2, 85, 8, 2, 1, 3, 1, 3, 1, 3, 1, 3, 3, 3, 91, 8, 3, 1, 3, 1, 3, 1, 3,
		3, 3, 96, 8, 3, 1, 3, 1, 3, 4, 3, 100, 8, 3, 11, 3, 12, 3, 101, 1, 4, 1,
		4, 1, 4, 1, 4, 1, 4, 5, 4, 109, 8, 4, 10, 4, 12, 4, 112, 9, 4, 1, 4, 1,
		4, 1, 4, 1, 4, 1, 4, 5, 4, 119, 8, 4, 10, 4, 12, 4, 122, 9, 4, 1, 4, 1,
		4, 3, 4, 126, 8, 4, 1, 4, 1, 4, 1, 4, 1, 4, 5, 4, 132, 8, 4, 10, 4, 12,
		4, 135, 9, 4, 3, 4, 137, 8, 4, 1, 4, 1, 4, 3, 4, 141, 8, 4, 1, 5, 1, 5,
		1, 5, 3, 5, 146, 8, 5, 1, 5, 1, 5, 1, 5, 1, 5, 3, 5, 152, 8, 5, 1, 5, 1,
		5, 3, 5, 156, 8, 5, 1, 5, 3, 5, 159, 8, 5, 1, 6, 3, 6, 162, 8, 6, 1, 6,
		1, 6, 1, 6, 1, 6, 1, 6, 5, 6, 169, 8, 6, 10, 6, 12, 6, 172, 9, 6, 1, 6,
		1, 6, 1, 7, 1, 7, 1, 7, 1, 7, 3, 7, 180, 8, 7, 1, 7, 1, 7, 4, 7, 184, 8,
		7, 11, 7, 12, 7, 185, 1, 8, 1, 8, 3, 8, 190, 8, 8, 1, 8, 1, 8, 1, 8, 3,
		8, 195, 8, 8, 1, 8, 3, 8, 198, 8, 8, 1, 8, 1, 8, 1, 9, 1, 9, 3, 9, 204,
		8, 9, 1, 9, 1, 9, 3, 9, 208, 8, 9, 1, 9, 1, 9, 3, 9, 212, 8, 9, 1, 9, 1,
		9, 3, 9, 216, 8, 9, 1, 10, 1, 10, 3, 10, 220, 8, 10, 1, 10, 1, 10, 3, 10,
		224, 8, 10, 1, 10, 1, 10, 3, 10, 228, 8, 10, 1, 10, 1, 10, 1, 10, 1, 10,
		1, 10, 5, 10, 235, 8, 10, 10, 10, 12, 10, 238, 9, 10, 3, 10, 240, 8, 10,
		1, 11, 1, 11, 1, 11, 1, 11, 1, 11, 1, 11, 1, 11, 3, 11, 249, 8, 11, 1,
		12, 1, 12, 3, 12, 253, 8, 12, 1, 12, 5, 12, 256, 8, 12, 10, 12, 12, 12,
		259, 9, 12, 1, 13, 1, 13, 1, 13, 1, 13, 1, 14, 1, 14, 1, 15, 1, 15, 1,
		15, 1, 15, 1, 16, 1, 16, 1, 16, 5, 16, 274, 8, 16, 10, 16, 12, 16, 277,
		9, 16, 1, 17, 1, 17, 1, 17, 1, 17, 1, 17, 1, 17, 1, 17, 5, 17, 286, 8,
		17, 10, 17, 12, 17, 289, 9, 17, 3, 17, 291, 8, 17, 1, 18, 1, 18, 1, 18,
		1, 18, 1, 18, 5, 18, 298, 8, 18, 10, 18, 12, 18, 301, 9, 18, 1, 18, 3,
		18, 304, 8, 18, 3, 18, 306, 8, 18, 1, 18, 3, 18, 309, 8, 18, 1, 19, 1,
		19, 1, 19, 3, 19, 314, 8, 19, 1, 19, 1, 19, 1, 19, 1, 19, 5, 19, 320, 8,
		19, 10, 19, 12, 19, 323, 9, 19, 1, 19, 3, 19, 326, 8, 19, 1, 20, 1, 20,
		1, 20, 0, 0, 21, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28,
		30, 32, 34, 36, 38, 40, 0, 5, 1, 0, 35, 35, 1, 0, 7, 8, 2, 0, 4, 4, 21,
		21, 2, 0, 41, 41, 46, 46, 10, 0, 1, 1, 3, 5, 7, 8, 11, 12, 14, 15, 18,
		18, 20, 22, 24, 32, 43, 43, 45, 45, 375, 0, 49, 1, 0, 0, 0, 2, 59, 1, 0,
		0, 0, 4, 66, 1, 0, 0, 0, 6, 86, 1, 0, 0, 0, 8, 140, 1, 0, 0, 0, 10, 142,
		1, 0, 0, 0, 12, 161, 1, 0, 0, 0, 14, 175, 1, 0, 0, 0, 16, 187, 1, 0, 0,
		0, 18, 201, 1, 0, 0, 0, 20, 217, 1, 0, 0, 0, 22, 248, 1, 0, 0, 0, 24, 250,
		1, 0, 0, 0, 26, 260, 1, 0, 0, 0, 28, 264, 1, 0, 0, 0, 30, 266, 1, 0, 0,
		0, 32, 270, 1, 0, 0, 0, 34, 290, 1, 0, 0, 0, 36, 308, 1, 0, 0, 0, 38, 325,
		1, 0, 0, 0, 40, 327, 1, 0, 0, 0, 42, 50, 3, 4, 2, 0, 43, 50, 3, 6, 3, 0,
		44, 50, 3, 16, 8, 0, 45, 50, 3, 18, 9, 0, 46, 50, 3, 20, 10, 0, 47, 50,
		3, 10, 5, 0, 48, 50, 3, 14, 7, 0, 49, 42, 1, 0, 0, 0, 49, 43, 1, 0, 0,
		0, 49, 44, 1, 0, 0, 0, 49, 45, 1, 0, 0, 0, 49, 46, 1, 0, 0, 0, 49, 47,
		1, 0, 0, 0, 49, 48, 1, 0, 0, 0, 50, 52, 1, 0, 0, 0, 51, 53, 3, 2, 1, 0,
		52, 51, 1, 0, 0, 0, 52, 53, 1, 0, 0, 0, 53, 55, 1, 0, 0, 0, 54, 56, 5,
		35, 0, 0, 55, 54, 1, 0, 0, 0, 55, 56, 1, 0, 0, 0, 56, 57, 1, 0, 0, 0, 57,
		58, 5, 0, 0, 1, 58, 1, 1, 0, 0, 0, 59, 63, 5, 40, 0, 0, 60, 62, 8, 0, 0,
		0, 61, 60, 1, 0, 0, 0, 62, 65, 1, 0, 0, 0, 63, 61, 1, 0, 0, 0, 63, 64,
		1, 0, 0, 0, 64, 3, 1, 0, 0, 0, 65, 63, 1, 0, 0, 0, 66, 69, 5, 6, 0, 0,
		67, 68, 5, 19, 0, 0, 68, 70, 5, 20, 0, 0, 69, 67, 1, 0, 0, 0, 69, 70, 1,
		0, 0, 0, 70, 74, 1, 0, 0, 0, 71, 75, 5, 22, 0, 0, 72, 73, 5, 11, 0, 0,
		73, 75, 5, 1, 0, 0, 74, 71, 1, 0, 0, 0, 74, 72, 1, 0, 0, 0, 75, 76, 1,
		0, 0, 0, 76, 80, 5, 14, 0, 0, 77, 78, 5, 12, 0, 0, 78, 79, 5, 17, 0, 0,
		79, 81, 5, 10, 0, 0, 80, 77, 1, 0, 0, 0, 80, 81, 1, 0, 0, 0, 81, 82, 1,
		0, 0, 0, 82, 84, 3, 34, 17, 0, 83, 85, 3, 24, 12, 0, 84, 83, 1, 0, 0, 0,
		84, 85, 1, 0, 0, 0, 85, 5, 1, 0, 0, 0, 86, 90, 5, 2, 0, 0, 87, 91, 5, 22,
		0, 0, 88, 89, 5, 11, 0, 0, 89, 91, 5, 1, 0, 0, 90, 87, 1, 0, 0, 0, 90,
		88, 1, 0, 0, 0, 90, 91, 1, 0, 0, 0, 91, 92, 1, 0, 0, 0, 92, 95, 5, 14,
		0, 0, 93, 94, 5, 12, 0, 0, 94, 96, 5, 10, 0, 0, 95, 93, 1, 0, 0, 0, 95,
		96, 1, 0, 0, 0, 96, 97, 1, 0, 0, 0, 97, 99, 3, 34, 17, 0, 98, 100, 3, 8,
		4, 0, 99, 98, 1, 0, 0, 0, 100, 101, 1, 0, 0, 0, 101, 99, 1, 0, 0, 0, 101,
		102, 1, 0, 0, 0, 102, 7, 1, 0, 0, 0, 103, 104, 5, 23, 0, 0, 104, 105, 5,
		26, 0, 0, 105, 110, 3, 30, 15, 0, 106, 107, 5, 34, 0, 0, 107, 109, 3, 30,
		15, 0, 108, 106, 1, 0, 0, 0, 109, 112, 1, 0, 0, 0, 110, 108, 1, 0, 0, 0,
		110, 111, 1, 0, 0, 0, 111, 141, 1, 0, 0, 0, 112, 110, 1, 0, 0, 0, 113,
		114, 5, 27, 0, 0, 114, 115, 5, 26, 0, 0, 115, 120, 3, 32, 16, 0, 116, 117,
		5, 34, 0, 0, 117, 119, 3, 32, 16, 0, 118, 116, 1, 0, 0, 0, 119, 122, 1,
		0, 0, 0, 120, 118, 1, 0, 0, 0, 120, 121, 1, 0, 0, 0, 121, 141, 1, 0, 0,
		0, 122, 120, 1, 0, 0, 0, 123, 125, 5, 23, 0, 0, 124, 126, 3, 24, 12, 0,
		125, 124, 1, 0, 0, 0, 125, 126, 1, 0, 0, 0, 126, 141, 1, 0, 0, 0, 127,
		136, 5, 27, 0, 0, 128, 133, 3, 28, 14, 0, 129, 130, 5, 34, 0, 0, 130, 132,
		3, 28, 14, 0, 131, 129, 1, 0, 0, 0, 132, 135, 1, 0, 0, 0, 133, 131, 1,
		0, 0, 0, 133, 134, 1, 0, 0, 0, 134, 137, 1, 0, 0, 0, 135, 133, 1, 0, 0,
		0, 136, 128, 1, 0, 0, 0, 136, 137, 1, 0, 0, 0, 137, 141, 1, 0, 0, 0, 138,
		139, 5, 29, 0, 0, 139, 141, 3, 40, 20, 0, 140, 103, 1, 0, 0, 0, 140, 113,
		1, 0, 0, 0, 140, 123, 1, 0, 0, 0, 140, 127, 1, 0, 0, 0, 140, 138, 1, 0,
		0, 0, 141, 9, 1, 0, 0, 0, 142, 145, 5, 6, 0, 0, 143, 144, 5, 19, 0, 0,
		144, 146, 5, 20, 0, 0, 145, 143, 1, 0, 0, 0, 145, 146, 1, 0, 0, 0, 146,
		147, 1, 0, 0, 0, 147, 151, 5, 30, 0, 0, 148, 149, 5, 12, 0, 0, 149, 150,
		5, 17, 0, 0, 150, 152, 5, 10, 0, 0, 151, 148, 1, 0, 0, 0, 151, 152, 1,
		0, 0, 0, 152, 153, 1, 0, 0, 0, 153, 155, 3, 34, 17, 0, 154, 156, 3, 24,
		12, 0, 155, 154, 1, 0, 0, 0, 155, 156, 1, 0, 0, 0, 156, 158, 1, 0, 0, 0,
		157, 159, 3, 12, 6, 0, 158, 157, 1, 0, 0, 0, 158, 159, 1, 0, 0, 0, 159,
		11, 1, 0, 0, 0, 160, 162, 5, 32, 0, 0, 161, 160, 1, 0, 0, 0, 161, 162,
		1, 0, 0, 0, 162, 163, 1, 0, 0, 0, 163, 164, 5, 26, 0, 0, 164, 165, 5, 36,
		0, 0, 165, 170, 3, 30, 15, 0, 166, 167, 5, 34, 0, 0, 167, 169, 3, 30, 15,
		0, 168, 166, 1, 0, 0, 0, 169, 172, 1, 0, 0, 0, 170, 168, 1, 0, 0, 0, 170,
		171, 1, 0, 0, 0, 171, 173, 1, 0, 0, 0, 172, 170, 1, 0, 0, 0, 173, 174,
		5, 37, 0, 0, 174, 13, 1, 0, 0, 0, 175, 176, 5, 2, 0, 0, 176, 179, 5, 30,
		0, 0, 177, 178, 5, 12, 0, 0, 178, 180, 5, 10, 0, 0, 179, 177, 1, 0, 0,
		0, 179, 180, 1, 0, 0, 0, 180, 181, 1, 0, 0, 0, 181, 183, 3, 34, 17, 0,
		182, 184, 3, 8, 4, 0, 183, 182, 1, 0, 0, 0, 184, 185, 1, 0, 0, 0, 185,
		183, 1, 0, 0, 0, 185, 186, 1, 0, 0, 0, 186, 15, 1, 0, 0, 0, 187, 197, 7,
		1, 0, 0, 188, 190, 3, 22, 11, 0, 189, 188, 1, 0, 0, 0, 189, 190, 1, 0,
		0, 0, 190, 191, 1, 0, 0, 0, 191, 194, 5, 14, 0, 0, 192, 193, 5, 12, 0,
		0, 193, 195, 5, 10, 0, 0, 194, 192, 1, 0, 0, 0, 194, 195, 1, 0, 0, 0, 195,
		198, 1, 0, 0, 0, 196, 198, 5, 30, 0, 0, 197, 189, 1, 0, 0, 0, 197, 196,
		1, 0, 0, 0, 198, 199, 1, 0, 0, 0, 199, 200, 3, 34, 17, 0, 200, 17, 1, 0,
		0, 0, 201, 207, 5, 9, 0, 0, 202, 204, 3, 22, 11, 0, 203, 202, 1, 0, 0,
		0, 203, 204, 1, 0, 0, 0, 204, 205, 1, 0, 0, 0, 205, 208, 5, 14, 0, 0, 206,
		208, 5, 30, 0, 0, 207, 203, 1, 0, 0, 0, 207, 206, 1, 0, 0, 0, 208, 211,
		1, 0, 0, 0, 209, 210, 5, 12, 0, 0, 210, 212, 5, 10, 0, 0, 211, 209, 1,
		0, 0, 0, 211, 212, 1, 0, 0, 0, 212, 213, 1, 0, 0, 0, 213, 215, 3, 34, 17,
		0, 214, 216, 7, 2, 0, 0, 215, 214, 1, 0, 0, 0, 215, 216, 1, 0, 0, 0, 216,
		19, 1, 0, 0, 0, 217, 223, 5, 24, 0, 0, 218, 220, 3, 22, 11, 0, 219, 218,
		1, 0, 0, 0, 219, 220, 1, 0, 0, 0, 220, 221, 1, 0, 0, 0, 221, 224, 5, 15,
		0, 0, 222, 224, 5, 31, 0, 0, 223, 219, 1, 0, 0, 0, 223, 222, 1, 0, 0, 0,
		224, 227, 1, 0, 0, 0, 225, 226, 5, 16, 0, 0, 226, 228, 3, 36, 18, 0, 227,
		225, 1, 0, 0, 0, 227, 228, 1, 0, 0, 0, 228, 239, 1, 0, 0, 0, 229, 230,
		5, 13, 0, 0, 230, 236, 3, 40, 20, 0, 231, 235, 3, 40, 20, 0, 232, 233,
		5, 38, 0, 0, 233, 235, 3, 40, 20, 0, 234, 231, 1, 0, 0, 0, 234, 232, 1,
		0, 0, 0, 235, 238, 1, 0, 0, 0, 236, 234, 1, 0, 0, 0, 236, 237, 1, 0, 0,
		0, 237, 240, 1, 0, 0, 0, 238, 236, 1, 0, 0, 0, 239, 229, 1, 0, 0, 0, 239,
		240, 1, 0, 0, 0, 240, 21, 1, 0, 0, 0, 241, 249, 5, 22, 0, 0, 242, 249,
		5, 3, 0, 0, 243, 249, 5, 5, 0, 0, 244, 245, 5, 11, 0, 0, 245, 249, 5, 1,
		0, 0, 246, 249, 5, 18, 0, 0, 247, 249, 5, 25, 0, 0, 248, 241, 1, 0, 0,
		0, 248, 242, 1, 0, 0, 0, 248, 243, 1, 0, 0, 0, 248, 244, 1, 0, 0, 0, 248,
		246, 1, 0, 0, 0, 248, 247, 1, 0, 0, 0, 249, 23, 1, 0, 0, 0, 250, 257, 3,
		26, 13, 0, 251, 253, 5, 34, 0, 0, 252, 251, 1, 0, 0, 0, 252, 253, 1, 0,
		0, 0, 253, 254, 1, 0, 0, 0, 254, 256, 3, 26, 13, 0, 255, 252, 1, 0, 0,
		0, 256, 259, 1, 0, 0, 0, 257, 255, 1, 0, 0, 0, 257, 258, 1, 0, 0, 0, 258,
		25, 1, 0, 0, 0, 259, 257, 1, 0, 0, 0, 260, 261, 3, 40, 20, 0, 261, 262,
		5, 33, 0, 0, 262, 263, 3, 36, 18, 0, 263, 27, 1, 0, 0, 0, 264, 265, 3,
		40, 20, 0, 265, 29, 1, 0, 0, 0, 266, 267, 3, 32, 16, 0, 267, 268, 5, 33,
		0, 0, 268, 269, 3, 36, 18, 0, 269, 31, 1, 0, 0, 0, 270, 275, 3, 40, 20,
		0, 271, 272, 5, 38, 0, 0, 272, 274, 3, 40, 20, 0, 273, 271, 1, 0, 0, 0,
		274, 277, 1, 0, 0, 0, 275, 273, 1, 0, 0, 0, 275, 276, 1, 0, 0, 0, 276,
		33, 1, 0, 0, 0, 277, 275, 1, 0, 0, 0, 278, 279, 5, 28, 0, 0, 279, 280,
		5, 36, 0, 0, 280, 281, 7, 3, 0, 0, 281, 291, 5, 37, 0, 0, 282, 287, 3,
		40, 20, 0, 283, 284, 5, 38, 0, 0, 284, 286, 3, 40, 20, 0, 285, 283, 1,
		0, 0, 0, 286, 289, 1, 0, 0, 0, 287, 285, 1, 0, 0, 0, 287, 288, 1, 0, 0,
		0, 288, 291, 1, 0, 0, 0, 289, 287, 1, 0, 0, 0, 290, 278, 1, 0, 0, 0, 290,
		282, 1, 0, 0, 0, 291, 35, 1, 0, 0, 0, 292, 309, 3, 38, 19, 0, 293, 305,
		5, 36, 0, 0, 294, 299, 3, 38, 19, 0, 295, 296, 5, 34, 0, 0, 296, 298, 3,
		38, 19, 0, 297, 295, 1, 0, 0, 0, 298, 301, 1, 0, 0, 0, 299, 297, 1, 0,
		0, 0, 299, 300, 1, 0, 0, 0, 300, 303, 1, 0, 0, 0, 301, 299, 1, 0, 0, 0,
		302, 304, 5, 34, 0, 0, 303, 302, 1, 0, 0, 0, 303, 304, 1, 0, 0, 0, 304,
		306, 1, 0, 0, 0, 305, 294, 1, 0, 0, 0, 305, 306, 1, 0, 0, 0, 306, 307,
		1, 0, 0, 0, 307, 309, 5, 37, 0, 0, 308, 292, 1, 0, 0, 0, 308, 293, 1, 0,
		0, 0, 309, 37, 1, 0, 0, 0, 310, 326, 5, 41, 0, 0, 311, 326, 5, 42, 0, 0,
		312, 314, 5, 39, 0, 0, 313, 312, 1, 0, 0, 0, 313, 314, 1, 0, 0, 0, 314,
		315, 1, 0, 0, 0, 315, 326, 5, 44, 0, 0, 316, 321, 3, 40, 20, 0, 317, 318,
		5, 38, 0, 0, 318, 320, 3, 40, 20, 0, 319, 317, 1, 0, 0, 0, 320, 323, 1,
		0, 0, 0, 321, 319, 1, 0, 0, 0, 321, 322, 1, 0, 0, 0, 322, 326, 1, 0, 0,
		0, 323, 321, 1, 0, 0, 0, 324, 326, 5, 46, 0, 0, 325, 310, 1, 0, 0, 0, 325,
		311, 1, 0, 0, 0, 325, 313, 1, 0, 0, 0, 325, 316, 1, 0, 0, 0, 325, 324,
		1, 0, 0, 0, 326, 39, 1, 0, 0, 0, 327, 328, 7, 4, 0, 0, 328, 41, 1, 0, 0,
		0, 51, 49, 52, 55, 63, 69, 74, 80, 84, 90, 95, 101, 110, 120, 125, 133,
		136, 140, 145, 151, 155, 158, 161, 170, 179, 185, 189, 194, 197, 203, 207,
		211, 215, 219, 223, 227, 234, 236, 239, 248, 252, 257, 275, 287, 290, 299,
		303, 305, 308, 313, 321, 325,
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
	SecintParserIN                         = 13
	SecintParserINTEGRATION                = 14
	SecintParserINTEGRATIONS               = 15
	SecintParserLIKE                       = 16
	SecintParserNOT                        = 17
	SecintParserNOTIFICATION               = 18
	SecintParserOR                         = 19
	SecintParserREPLACE                    = 20
	SecintParserRESTRICT                   = 21
	SecintParserSECURITY                   = 22
	SecintParserSET                        = 23
	SecintParserSHOW                       = 24
	SecintParserSTORAGE                    = 25
	SecintParserTAG                        = 26
	SecintParserUNSET                      = 27
	SecintParserIDENTIFIER                 = 28
	SecintParserREFRESH                    = 29
	SecintParserSECRET                     = 30
	SecintParserSECRETS                    = 31
	SecintParserWITH                       = 32
	SecintParserEQ                         = 33
	SecintParserCOMMA                      = 34
	SecintParserSEMI                       = 35
	SecintParserLPAREN                     = 36
	SecintParserRPAREN                     = 37
	SecintParserDOT                        = 38
	SecintParserMINUS                      = 39
	SecintParserFLOW                       = 40
	SecintParserSTRING                     = 41
	SecintParserDOLLAR_STRING              = 42
	SecintParserQUOTED_ID                  = 43
	SecintParserNUMBER                     = 44
	SecintParserID                         = 45
	SecintParserSESSION_VAR                = 46
	SecintParserBLOCK_COMMENT              = 47
	SecintParserLINE_COMMENT               = 48
	SecintParserWS                         = 49
	SecintParserUNTERMINATED_STRING        = 50
	SecintParserUNTERMINATED_DOLLAR_STRING = 51
	SecintParserUNTERMINATED_QUOTED_ID     = 52
	SecintParserUNTERMINATED_COMMENT       = 53
	SecintParserINVISIBLE                  = 54
	SecintParserOTHER                      = 55
)

// SecintParser rules.
const (
	SecintParserRULE_statement           = 0
	SecintParserRULE_flowTail            = 1
	SecintParserRULE_createIntegration   = 2
	SecintParserRULE_alterIntegration    = 3
	SecintParserRULE_alterAction         = 4
	SecintParserRULE_createSecret        = 5
	SecintParserRULE_withTag             = 6
	SecintParserRULE_alterSecret         = 7
	SecintParserRULE_describeIntegration = 8
	SecintParserRULE_dropIntegration     = 9
	SecintParserRULE_showIntegrations    = 10
	SecintParserRULE_integrationKind     = 11
	SecintParserRULE_propertyList        = 12
	SecintParserRULE_property            = 13
	SecintParserRULE_unsetItem           = 14
	SecintParserRULE_tagAssignment       = 15
	SecintParserRULE_tagName             = 16
	SecintParserRULE_objectName          = 17
	SecintParserRULE_value               = 18
	SecintParserRULE_scalar              = 19
	SecintParserRULE_identifier          = 20
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
	p.SetState(49)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 0, p.GetParserRuleContext()) {
	case 1:
		{
			p.SetState(42)
			p.CreateIntegration()
		}

	case 2:
		{
			p.SetState(43)
			p.AlterIntegration()
		}

	case 3:
		{
			p.SetState(44)
			p.DescribeIntegration()
		}

	case 4:
		{
			p.SetState(45)
			p.DropIntegration()
		}

	case 5:
		{
			p.SetState(46)
			p.ShowIntegrations()
		}

	case 6:
		{
			p.SetState(47)
			p.CreateSecret()
		}

	case 7:
		{
			p.SetState(48)
			p.AlterSecret()
		}

	case antlr.ATNInvalidAltNumber:
		goto errorExit
	}
	p.SetState(52)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserFLOW {
		{
			p.SetState(51)
			p.FlowTail()
		}

	}
	p.SetState(55)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserSEMI {
		{
			p.SetState(54)
			p.Match(SecintParserSEMI)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	}
	{
		p.SetState(57)
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
		p.SetState(59)
		p.Match(SecintParserFLOW)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(63)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	for (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&72057559678189566) != 0 {
		{
			p.SetState(60)
			_la = p.GetTokenStream().LA(1)

			if _la <= 0 || _la == SecintParserSEMI {
				p.GetErrorHandler().RecoverInline(p)
			} else {
				p.GetErrorHandler().ReportMatch(p)
				p.Consume()
			}
		}

		p.SetState(65)
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
	INTEGRATION() antlr.TerminalNode
	ObjectName() IObjectNameContext
	SECURITY() antlr.TerminalNode
	EXTERNAL() antlr.TerminalNode
	ACCESS() antlr.TerminalNode
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

func (s *CreateIntegrationContext) SECURITY() antlr.TerminalNode {
	return s.GetToken(SecintParserSECURITY, 0)
}

func (s *CreateIntegrationContext) EXTERNAL() antlr.TerminalNode {
	return s.GetToken(SecintParserEXTERNAL, 0)
}

func (s *CreateIntegrationContext) ACCESS() antlr.TerminalNode {
	return s.GetToken(SecintParserACCESS, 0)
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
		p.SetState(66)
		p.Match(SecintParserCREATE)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(69)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserOR {
		{
			p.SetState(67)
			p.Match(SecintParserOR)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(68)
			p.Match(SecintParserREPLACE)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	}
	p.SetState(74)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserSECURITY:
		{
			p.SetState(71)
			p.Match(SecintParserSECURITY)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserEXTERNAL:
		{
			p.SetState(72)
			p.Match(SecintParserEXTERNAL)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(73)
			p.Match(SecintParserACCESS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}
	{
		p.SetState(76)
		p.Match(SecintParserINTEGRATION)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(80)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 6, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(77)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(78)
			p.Match(SecintParserNOT)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(79)
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
		p.SetState(82)
		p.ObjectName()
	}
	p.SetState(84)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&43989045926330) != 0 {
		{
			p.SetState(83)
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
	EXTERNAL() antlr.TerminalNode
	ACCESS() antlr.TerminalNode
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

func (s *AlterIntegrationContext) EXTERNAL() antlr.TerminalNode {
	return s.GetToken(SecintParserEXTERNAL, 0)
}

func (s *AlterIntegrationContext) ACCESS() antlr.TerminalNode {
	return s.GetToken(SecintParserACCESS, 0)
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
		p.SetState(86)
		p.Match(SecintParserALTER)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(90)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	switch p.GetTokenStream().LA(1) {
	case SecintParserSECURITY:
		{
			p.SetState(87)
			p.Match(SecintParserSECURITY)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserEXTERNAL:
		{
			p.SetState(88)
			p.Match(SecintParserEXTERNAL)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(89)
			p.Match(SecintParserACCESS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserINTEGRATION:

	default:
	}
	{
		p.SetState(92)
		p.Match(SecintParserINTEGRATION)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(95)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 9, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(93)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(94)
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
		p.SetState(97)
		p.ObjectName()
	}
	p.SetState(99)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	for ok := true; ok; ok = ((int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&679477248) != 0) {
		{
			p.SetState(98)
			p.AlterAction()
		}

		p.SetState(101)
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

	p.SetState(140)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 16, p.GetParserRuleContext()) {
	case 1:
		localctx = NewSetTagContext(p, localctx)
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(103)
			p.Match(SecintParserSET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(104)
			p.Match(SecintParserTAG)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(105)
			p.TagAssignment()
		}
		p.SetState(110)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		for _la == SecintParserCOMMA {
			{
				p.SetState(106)
				p.Match(SecintParserCOMMA)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}
			{
				p.SetState(107)
				p.TagAssignment()
			}

			p.SetState(112)
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
			p.SetState(113)
			p.Match(SecintParserUNSET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(114)
			p.Match(SecintParserTAG)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(115)
			p.TagName()
		}
		p.SetState(120)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		for _la == SecintParserCOMMA {
			{
				p.SetState(116)
				p.Match(SecintParserCOMMA)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}
			{
				p.SetState(117)
				p.TagName()
			}

			p.SetState(122)
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
			p.SetState(123)
			p.Match(SecintParserSET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		p.SetState(125)
		p.GetErrorHandler().Sync(p)

		if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 13, p.GetParserRuleContext()) == 1 {
			{
				p.SetState(124)
				p.PropertyList()
			}

		} else if p.HasError() { // JIM
			goto errorExit
		}

	case 4:
		localctx = NewUnsetPropertiesContext(p, localctx)
		p.EnterOuterAlt(localctx, 4)
		{
			p.SetState(127)
			p.Match(SecintParserUNSET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		p.SetState(136)
		p.GetErrorHandler().Sync(p)

		if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 15, p.GetParserRuleContext()) == 1 {
			{
				p.SetState(128)
				p.UnsetItem()
			}
			p.SetState(133)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)

			for _la == SecintParserCOMMA {
				{
					p.SetState(129)
					p.Match(SecintParserCOMMA)
					if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
					}
				}
				{
					p.SetState(130)
					p.UnsetItem()
				}

				p.SetState(135)
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
			p.SetState(138)
			p.Match(SecintParserREFRESH)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(139)
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
	WithTag() IWithTagContext

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

func (s *CreateSecretContext) WithTag() IWithTagContext {
	var t antlr.RuleContext
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IWithTagContext); ok {
			t = ctx.(antlr.RuleContext)
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IWithTagContext)
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
		p.SetState(142)
		p.Match(SecintParserCREATE)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(145)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserOR {
		{
			p.SetState(143)
			p.Match(SecintParserOR)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(144)
			p.Match(SecintParserREPLACE)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	}
	{
		p.SetState(147)
		p.Match(SecintParserSECRET)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(151)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 18, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(148)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(149)
			p.Match(SecintParserNOT)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(150)
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
		p.SetState(153)
		p.ObjectName()
	}
	p.SetState(155)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 19, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(154)
			p.PropertyList()
		}

	} else if p.HasError() { // JIM
		goto errorExit
	}
	p.SetState(158)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserTAG || _la == SecintParserWITH {
		{
			p.SetState(157)
			p.WithTag()
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

// IWithTagContext is an interface to support dynamic dispatch.
type IWithTagContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	TAG() antlr.TerminalNode
	LPAREN() antlr.TerminalNode
	AllTagAssignment() []ITagAssignmentContext
	TagAssignment(i int) ITagAssignmentContext
	RPAREN() antlr.TerminalNode
	WITH() antlr.TerminalNode
	AllCOMMA() []antlr.TerminalNode
	COMMA(i int) antlr.TerminalNode

	// IsWithTagContext differentiates from other interfaces.
	IsWithTagContext()
}

type WithTagContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyWithTagContext() *WithTagContext {
	var p = new(WithTagContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_withTag
	return p
}

func InitEmptyWithTagContext(p *WithTagContext) {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = SecintParserRULE_withTag
}

func (*WithTagContext) IsWithTagContext() {}

func NewWithTagContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *WithTagContext {
	var p = new(WithTagContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = SecintParserRULE_withTag

	return p
}

func (s *WithTagContext) GetParser() antlr.Parser { return s.parser }

func (s *WithTagContext) TAG() antlr.TerminalNode {
	return s.GetToken(SecintParserTAG, 0)
}

func (s *WithTagContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(SecintParserLPAREN, 0)
}

func (s *WithTagContext) AllTagAssignment() []ITagAssignmentContext {
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

func (s *WithTagContext) TagAssignment(i int) ITagAssignmentContext {
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

func (s *WithTagContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(SecintParserRPAREN, 0)
}

func (s *WithTagContext) WITH() antlr.TerminalNode {
	return s.GetToken(SecintParserWITH, 0)
}

func (s *WithTagContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(SecintParserCOMMA)
}

func (s *WithTagContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(SecintParserCOMMA, i)
}

func (s *WithTagContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *WithTagContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) WithTag() (localctx IWithTagContext) {
	localctx = NewWithTagContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 12, SecintParserRULE_withTag)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	p.SetState(161)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserWITH {
		{
			p.SetState(160)
			p.Match(SecintParserWITH)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	}
	{
		p.SetState(163)
		p.Match(SecintParserTAG)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	{
		p.SetState(164)
		p.Match(SecintParserLPAREN)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	{
		p.SetState(165)
		p.TagAssignment()
	}
	p.SetState(170)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	for _la == SecintParserCOMMA {
		{
			p.SetState(166)
			p.Match(SecintParserCOMMA)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(167)
			p.TagAssignment()
		}

		p.SetState(172)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)
	}
	{
		p.SetState(173)
		p.Match(SecintParserRPAREN)
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
	p.EnterRule(localctx, 14, SecintParserRULE_alterSecret)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(175)
		p.Match(SecintParserALTER)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	{
		p.SetState(176)
		p.Match(SecintParserSECRET)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(179)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 23, p.GetParserRuleContext()) == 1 {
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

	for ok := true; ok; ok = ((int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&679477248) != 0) {
		{
			p.SetState(182)
			p.AlterAction()
		}

		p.SetState(185)
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
	ObjectName() IObjectNameContext
	DESC() antlr.TerminalNode
	DESCRIBE() antlr.TerminalNode
	INTEGRATION() antlr.TerminalNode
	SECRET() antlr.TerminalNode
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

func (s *DescribeIntegrationContext) INTEGRATION() antlr.TerminalNode {
	return s.GetToken(SecintParserINTEGRATION, 0)
}

func (s *DescribeIntegrationContext) SECRET() antlr.TerminalNode {
	return s.GetToken(SecintParserSECRET, 0)
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
	p.EnterRule(localctx, 16, SecintParserRULE_describeIntegration)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(187)
		_la = p.GetTokenStream().LA(1)

		if !(_la == SecintParserDESC || _la == SecintParserDESCRIBE) {
			p.GetErrorHandler().RecoverInline(p)
		} else {
			p.GetErrorHandler().ReportMatch(p)
			p.Consume()
		}
	}
	p.SetState(197)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserAPI, SecintParserCATALOG, SecintParserEXTERNAL, SecintParserINTEGRATION, SecintParserNOTIFICATION, SecintParserSECURITY, SecintParserSTORAGE:
		p.SetState(189)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&38012968) != 0 {
			{
				p.SetState(188)
				p.IntegrationKind()
			}

		}
		{
			p.SetState(191)
			p.Match(SecintParserINTEGRATION)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		p.SetState(194)
		p.GetErrorHandler().Sync(p)

		if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 26, p.GetParserRuleContext()) == 1 {
			{
				p.SetState(192)
				p.Match(SecintParserIF)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}
			{
				p.SetState(193)
				p.Match(SecintParserEXISTS)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}

		} else if p.HasError() { // JIM
			goto errorExit
		}

	case SecintParserSECRET:
		{
			p.SetState(196)
			p.Match(SecintParserSECRET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}
	{
		p.SetState(199)
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
	ObjectName() IObjectNameContext
	INTEGRATION() antlr.TerminalNode
	SECRET() antlr.TerminalNode
	IF() antlr.TerminalNode
	EXISTS() antlr.TerminalNode
	CASCADE() antlr.TerminalNode
	RESTRICT() antlr.TerminalNode
	IntegrationKind() IIntegrationKindContext

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

func (s *DropIntegrationContext) INTEGRATION() antlr.TerminalNode {
	return s.GetToken(SecintParserINTEGRATION, 0)
}

func (s *DropIntegrationContext) SECRET() antlr.TerminalNode {
	return s.GetToken(SecintParserSECRET, 0)
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

func (s *DropIntegrationContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *DropIntegrationContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) DropIntegration() (localctx IDropIntegrationContext) {
	localctx = NewDropIntegrationContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 18, SecintParserRULE_dropIntegration)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(201)
		p.Match(SecintParserDROP)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(207)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserAPI, SecintParserCATALOG, SecintParserEXTERNAL, SecintParserINTEGRATION, SecintParserNOTIFICATION, SecintParserSECURITY, SecintParserSTORAGE:
		p.SetState(203)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&38012968) != 0 {
			{
				p.SetState(202)
				p.IntegrationKind()
			}

		}
		{
			p.SetState(205)
			p.Match(SecintParserINTEGRATION)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserSECRET:
		{
			p.SetState(206)
			p.Match(SecintParserSECRET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}
	p.SetState(211)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 30, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(209)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(210)
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
		p.SetState(213)
		p.ObjectName()
	}
	p.SetState(215)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserCASCADE || _la == SecintParserRESTRICT {
		{
			p.SetState(214)
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
	SECRETS() antlr.TerminalNode
	LIKE() antlr.TerminalNode
	Value() IValueContext
	IN() antlr.TerminalNode
	AllIdentifier() []IIdentifierContext
	Identifier(i int) IIdentifierContext
	IntegrationKind() IIntegrationKindContext
	AllDOT() []antlr.TerminalNode
	DOT(i int) antlr.TerminalNode

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

func (s *ShowIntegrationsContext) SECRETS() antlr.TerminalNode {
	return s.GetToken(SecintParserSECRETS, 0)
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

func (s *ShowIntegrationsContext) IN() antlr.TerminalNode {
	return s.GetToken(SecintParserIN, 0)
}

func (s *ShowIntegrationsContext) AllIdentifier() []IIdentifierContext {
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

func (s *ShowIntegrationsContext) Identifier(i int) IIdentifierContext {
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

func (s *ShowIntegrationsContext) AllDOT() []antlr.TerminalNode {
	return s.GetTokens(SecintParserDOT)
}

func (s *ShowIntegrationsContext) DOT(i int) antlr.TerminalNode {
	return s.GetToken(SecintParserDOT, i)
}

func (s *ShowIntegrationsContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ShowIntegrationsContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}

func (p *SecintParser) ShowIntegrations() (localctx IShowIntegrationsContext) {
	localctx = NewShowIntegrationsContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 20, SecintParserRULE_showIntegrations)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(217)
		p.Match(SecintParserSHOW)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(223)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserAPI, SecintParserCATALOG, SecintParserEXTERNAL, SecintParserINTEGRATIONS, SecintParserNOTIFICATION, SecintParserSECURITY, SecintParserSTORAGE:
		p.SetState(219)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&38012968) != 0 {
			{
				p.SetState(218)
				p.IntegrationKind()
			}

		}
		{
			p.SetState(221)
			p.Match(SecintParserINTEGRATIONS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserSECRETS:
		{
			p.SetState(222)
			p.Match(SecintParserSECRETS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}
	p.SetState(227)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserLIKE {
		{
			p.SetState(225)
			p.Match(SecintParserLIKE)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(226)
			p.Value()
		}

	}
	p.SetState(239)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserIN {
		{
			p.SetState(229)
			p.Match(SecintParserIN)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(230)
			p.Identifier()
		}
		p.SetState(236)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		for (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&44263923833274) != 0 {
			p.SetState(234)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}

			switch p.GetTokenStream().LA(1) {
			case SecintParserACCESS, SecintParserAPI, SecintParserCASCADE, SecintParserCATALOG, SecintParserDESC, SecintParserDESCRIBE, SecintParserEXTERNAL, SecintParserIF, SecintParserINTEGRATION, SecintParserINTEGRATIONS, SecintParserNOTIFICATION, SecintParserREPLACE, SecintParserRESTRICT, SecintParserSECURITY, SecintParserSHOW, SecintParserSTORAGE, SecintParserTAG, SecintParserUNSET, SecintParserIDENTIFIER, SecintParserREFRESH, SecintParserSECRET, SecintParserSECRETS, SecintParserWITH, SecintParserQUOTED_ID, SecintParserID:
				{
					p.SetState(231)
					p.Identifier()
				}

			case SecintParserDOT:
				{
					p.SetState(232)
					p.Match(SecintParserDOT)
					if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
					}
				}
				{
					p.SetState(233)
					p.Identifier()
				}

			default:
				p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
				goto errorExit
			}

			p.SetState(238)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)
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
	p.EnterRule(localctx, 22, SecintParserRULE_integrationKind)
	p.SetState(248)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserSECURITY:
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(241)
			p.Match(SecintParserSECURITY)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserAPI:
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(242)
			p.Match(SecintParserAPI)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserCATALOG:
		p.EnterOuterAlt(localctx, 3)
		{
			p.SetState(243)
			p.Match(SecintParserCATALOG)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserEXTERNAL:
		p.EnterOuterAlt(localctx, 4)
		{
			p.SetState(244)
			p.Match(SecintParserEXTERNAL)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(245)
			p.Match(SecintParserACCESS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserNOTIFICATION:
		p.EnterOuterAlt(localctx, 5)
		{
			p.SetState(246)
			p.Match(SecintParserNOTIFICATION)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserSTORAGE:
		p.EnterOuterAlt(localctx, 6)
		{
			p.SetState(247)
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
	p.EnterRule(localctx, 24, SecintParserRULE_propertyList)
	var _la int

	var _alt int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(250)
		p.Property()
	}
	p.SetState(257)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 40, p.GetParserRuleContext())
	if p.HasError() {
		goto errorExit
	}
	for _alt != 2 && _alt != antlr.ATNInvalidAltNumber {
		if _alt == 1 {
			p.SetState(252)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)

			if _la == SecintParserCOMMA {
				{
					p.SetState(251)
					p.Match(SecintParserCOMMA)
					if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
					}
				}

			}
			{
				p.SetState(254)
				p.Property()
			}

		}
		p.SetState(259)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 40, p.GetParserRuleContext())
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
	p.EnterRule(localctx, 26, SecintParserRULE_property)
	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(260)
		p.Identifier()
	}
	{
		p.SetState(261)
		p.Match(SecintParserEQ)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	{
		p.SetState(262)
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
	p.EnterRule(localctx, 28, SecintParserRULE_unsetItem)
	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(264)
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
	p.EnterRule(localctx, 30, SecintParserRULE_tagAssignment)
	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(266)
		p.TagName()
	}
	{
		p.SetState(267)
		p.Match(SecintParserEQ)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	{
		p.SetState(268)
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
	p.EnterRule(localctx, 32, SecintParserRULE_tagName)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(270)
		p.Identifier()
	}
	p.SetState(275)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	for _la == SecintParserDOT {
		{
			p.SetState(271)
			p.Match(SecintParserDOT)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(272)
			p.Identifier()
		}

		p.SetState(277)
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
	p.EnterRule(localctx, 34, SecintParserRULE_objectName)
	var _la int

	p.SetState(290)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 43, p.GetParserRuleContext()) {
	case 1:
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(278)
			p.Match(SecintParserIDENTIFIER)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(279)
			p.Match(SecintParserLPAREN)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(280)
			_la = p.GetTokenStream().LA(1)

			if !(_la == SecintParserSTRING || _la == SecintParserSESSION_VAR) {
				p.GetErrorHandler().RecoverInline(p)
			} else {
				p.GetErrorHandler().ReportMatch(p)
				p.Consume()
			}
		}
		{
			p.SetState(281)
			p.Match(SecintParserRPAREN)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case 2:
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(282)
			p.Identifier()
		}
		p.SetState(287)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		for _la == SecintParserDOT {
			{
				p.SetState(283)
				p.Match(SecintParserDOT)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}
			{
				p.SetState(284)
				p.Identifier()
			}

			p.SetState(289)
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
	p.EnterRule(localctx, 36, SecintParserRULE_value)
	var _la int

	var _alt int

	p.SetState(308)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserACCESS, SecintParserAPI, SecintParserCASCADE, SecintParserCATALOG, SecintParserDESC, SecintParserDESCRIBE, SecintParserEXTERNAL, SecintParserIF, SecintParserINTEGRATION, SecintParserINTEGRATIONS, SecintParserNOTIFICATION, SecintParserREPLACE, SecintParserRESTRICT, SecintParserSECURITY, SecintParserSHOW, SecintParserSTORAGE, SecintParserTAG, SecintParserUNSET, SecintParserIDENTIFIER, SecintParserREFRESH, SecintParserSECRET, SecintParserSECRETS, SecintParserWITH, SecintParserMINUS, SecintParserSTRING, SecintParserDOLLAR_STRING, SecintParserQUOTED_ID, SecintParserNUMBER, SecintParserID, SecintParserSESSION_VAR:
		localctx = NewScalarValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(292)
			p.Scalar()
		}

	case SecintParserLPAREN:
		localctx = NewListValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(293)
			p.Match(SecintParserLPAREN)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		p.SetState(305)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&139096801728954) != 0 {
			{
				p.SetState(294)
				p.Scalar()
			}
			p.SetState(299)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 44, p.GetParserRuleContext())
			if p.HasError() {
				goto errorExit
			}
			for _alt != 2 && _alt != antlr.ATNInvalidAltNumber {
				if _alt == 1 {
					{
						p.SetState(295)
						p.Match(SecintParserCOMMA)
						if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
						}
					}
					{
						p.SetState(296)
						p.Scalar()
					}

				}
				p.SetState(301)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
					goto errorExit
				}
				_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 44, p.GetParserRuleContext())
				if p.HasError() {
					goto errorExit
				}
			}
			p.SetState(303)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)

			if _la == SecintParserCOMMA {
				{
					p.SetState(302)
					p.Match(SecintParserCOMMA)
					if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
					}
				}

			}

		}
		{
			p.SetState(307)
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

func (s *WordValueContext) AllIdentifier() []IIdentifierContext {
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

func (s *WordValueContext) Identifier(i int) IIdentifierContext {
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

func (s *WordValueContext) AllDOT() []antlr.TerminalNode {
	return s.GetTokens(SecintParserDOT)
}

func (s *WordValueContext) DOT(i int) antlr.TerminalNode {
	return s.GetToken(SecintParserDOT, i)
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
	p.EnterRule(localctx, 38, SecintParserRULE_scalar)
	var _la int

	p.SetState(325)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserSTRING:
		localctx = NewStringValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(310)
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
			p.SetState(311)
			p.Match(SecintParserDOLLAR_STRING)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserMINUS, SecintParserNUMBER:
		localctx = NewNumberValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 3)
		p.SetState(313)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		if _la == SecintParserMINUS {
			{
				p.SetState(312)
				p.Match(SecintParserMINUS)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}

		}
		{
			p.SetState(315)
			p.Match(SecintParserNUMBER)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserACCESS, SecintParserAPI, SecintParserCASCADE, SecintParserCATALOG, SecintParserDESC, SecintParserDESCRIBE, SecintParserEXTERNAL, SecintParserIF, SecintParserINTEGRATION, SecintParserINTEGRATIONS, SecintParserNOTIFICATION, SecintParserREPLACE, SecintParserRESTRICT, SecintParserSECURITY, SecintParserSHOW, SecintParserSTORAGE, SecintParserTAG, SecintParserUNSET, SecintParserIDENTIFIER, SecintParserREFRESH, SecintParserSECRET, SecintParserSECRETS, SecintParserWITH, SecintParserQUOTED_ID, SecintParserID:
		localctx = NewWordValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 4)
		{
			p.SetState(316)
			p.Identifier()
		}
		p.SetState(321)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		for _la == SecintParserDOT {
			{
				p.SetState(317)
				p.Match(SecintParserDOT)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}
			{
				p.SetState(318)
				p.Identifier()
			}

			p.SetState(323)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)
		}

	case SecintParserSESSION_VAR:
		localctx = NewVariableValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 5)
		{
			p.SetState(324)
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
	SECRETS() antlr.TerminalNode
	SECURITY() antlr.TerminalNode
	WITH() antlr.TerminalNode
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

func (s *IdentifierContext) SECRETS() antlr.TerminalNode {
	return s.GetToken(SecintParserSECRETS, 0)
}

func (s *IdentifierContext) SECURITY() antlr.TerminalNode {
	return s.GetToken(SecintParserSECURITY, 0)
}

func (s *IdentifierContext) WITH() antlr.TerminalNode {
	return s.GetToken(SecintParserWITH, 0)
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
	p.EnterRule(localctx, 40, SecintParserRULE_identifier)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(327)
		_la = p.GetTokenStream().LA(1)

		if !((int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&43989045926330) != 0) {
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
