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
		"'STORAGE'", "'TAG'", "'UNSET'", "'='", "','", "';'", "'('", "')'",
		"'.'", "'-'",
	}
	staticData.SymbolicNames = []string{
		"", "ACCESS", "ALTER", "API", "CASCADE", "CATALOG", "CREATE", "DESC",
		"DESCRIBE", "DROP", "EXISTS", "EXTERNAL", "IF", "INTEGRATION", "INTEGRATIONS",
		"LIKE", "NOT", "NOTIFICATION", "OR", "REPLACE", "RESTRICT", "SECURITY",
		"SET", "SHOW", "STORAGE", "TAG", "UNSET", "EQ", "COMMA", "SEMI", "LPAREN",
		"RPAREN", "DOT", "MINUS", "STRING", "DOLLAR_STRING", "QUOTED_ID", "NUMBER",
		"ID", "BLOCK_COMMENT", "LINE_COMMENT", "WS", "UNTERMINATED_STRING",
		"UNTERMINATED_DOLLAR_STRING", "UNTERMINATED_QUOTED_ID", "UNTERMINATED_COMMENT",
		"INVISIBLE", "OTHER",
	}
	staticData.RuleNames = []string{
		"statement", "createIntegration", "alterIntegration", "alterAction",
		"describeIntegration", "dropIntegration", "showIntegrations", "integrationKind",
		"propertyList", "property", "unsetItem", "tagAssignment", "tagName",
		"objectName", "value", "scalar", "identifier",
	}
	staticData.PredictionContextCache = antlr.NewPredictionContextCache()
	staticData.serializedATN = []int32{
		4, 1, 47, 219, 2, 0, 7, 0, 2, 1, 7, 1, 2, 2, 7, 2, 2, 3, 7, 3, 2, 4, 7,
		4, 2, 5, 7, 5, 2, 6, 7, 6, 2, 7, 7, 7, 2, 8, 7, 8, 2, 9, 7, 9, 2, 10, 7,
		10, 2, 11, 7, 11, 2, 12, 7, 12, 2, 13, 7, 13, 2, 14, 7, 14, 2, 15, 7, 15,
		2, 16, 7, 16, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 3, 0, 40, 8, 0, 1, 0, 3, 0,
		43, 8, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 3, 1, 50, 8, 1, 1, 1, 1, 1, 1,
		1, 1, 1, 1, 1, 3, 1, 57, 8, 1, 1, 1, 1, 1, 3, 1, 61, 8, 1, 1, 2, 1, 2,
		3, 2, 65, 8, 2, 1, 2, 1, 2, 1, 2, 3, 2, 70, 8, 2, 1, 2, 1, 2, 4, 2, 74,
		8, 2, 11, 2, 12, 2, 75, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 5, 3, 83, 8, 3, 10,
		3, 12, 3, 86, 9, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 5, 3, 93, 8, 3, 10, 3,
		12, 3, 96, 9, 3, 1, 3, 1, 3, 3, 3, 100, 8, 3, 1, 3, 1, 3, 1, 3, 1, 3, 5,
		3, 106, 8, 3, 10, 3, 12, 3, 109, 9, 3, 3, 3, 111, 8, 3, 3, 3, 113, 8, 3,
		1, 4, 1, 4, 3, 4, 117, 8, 4, 1, 4, 1, 4, 1, 4, 3, 4, 122, 8, 4, 1, 4, 1,
		4, 1, 5, 1, 5, 3, 5, 128, 8, 5, 1, 5, 1, 5, 1, 5, 3, 5, 133, 8, 5, 1, 5,
		1, 5, 3, 5, 137, 8, 5, 1, 6, 1, 6, 3, 6, 141, 8, 6, 1, 6, 1, 6, 1, 6, 3,
		6, 146, 8, 6, 1, 7, 1, 7, 1, 7, 1, 7, 1, 7, 1, 7, 1, 7, 3, 7, 155, 8, 7,
		1, 8, 1, 8, 3, 8, 159, 8, 8, 1, 8, 5, 8, 162, 8, 8, 10, 8, 12, 8, 165,
		9, 8, 1, 9, 1, 9, 1, 9, 1, 9, 1, 10, 1, 10, 1, 11, 1, 11, 1, 11, 1, 11,
		1, 12, 1, 12, 1, 12, 5, 12, 180, 8, 12, 10, 12, 12, 12, 183, 9, 12, 1,
		13, 1, 13, 1, 13, 5, 13, 188, 8, 13, 10, 13, 12, 13, 191, 9, 13, 1, 14,
		1, 14, 1, 14, 1, 14, 1, 14, 5, 14, 198, 8, 14, 10, 14, 12, 14, 201, 9,
		14, 3, 14, 203, 8, 14, 1, 14, 3, 14, 206, 8, 14, 1, 15, 1, 15, 1, 15, 3,
		15, 211, 8, 15, 1, 15, 1, 15, 3, 15, 215, 8, 15, 1, 16, 1, 16, 1, 16, 0,
		0, 17, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 0,
		3, 1, 0, 7, 8, 2, 0, 4, 4, 20, 20, 9, 0, 1, 1, 3, 5, 7, 8, 11, 14, 17,
		17, 19, 21, 23, 26, 36, 36, 38, 38, 243, 0, 39, 1, 0, 0, 0, 2, 46, 1, 0,
		0, 0, 4, 62, 1, 0, 0, 0, 6, 112, 1, 0, 0, 0, 8, 114, 1, 0, 0, 0, 10, 125,
		1, 0, 0, 0, 12, 138, 1, 0, 0, 0, 14, 154, 1, 0, 0, 0, 16, 156, 1, 0, 0,
		0, 18, 166, 1, 0, 0, 0, 20, 170, 1, 0, 0, 0, 22, 172, 1, 0, 0, 0, 24, 176,
		1, 0, 0, 0, 26, 184, 1, 0, 0, 0, 28, 205, 1, 0, 0, 0, 30, 214, 1, 0, 0,
		0, 32, 216, 1, 0, 0, 0, 34, 40, 3, 2, 1, 0, 35, 40, 3, 4, 2, 0, 36, 40,
		3, 8, 4, 0, 37, 40, 3, 10, 5, 0, 38, 40, 3, 12, 6, 0, 39, 34, 1, 0, 0,
		0, 39, 35, 1, 0, 0, 0, 39, 36, 1, 0, 0, 0, 39, 37, 1, 0, 0, 0, 39, 38,
		1, 0, 0, 0, 40, 42, 1, 0, 0, 0, 41, 43, 5, 29, 0, 0, 42, 41, 1, 0, 0, 0,
		42, 43, 1, 0, 0, 0, 43, 44, 1, 0, 0, 0, 44, 45, 5, 0, 0, 1, 45, 1, 1, 0,
		0, 0, 46, 49, 5, 6, 0, 0, 47, 48, 5, 18, 0, 0, 48, 50, 5, 19, 0, 0, 49,
		47, 1, 0, 0, 0, 49, 50, 1, 0, 0, 0, 50, 51, 1, 0, 0, 0, 51, 52, 5, 21,
		0, 0, 52, 56, 5, 13, 0, 0, 53, 54, 5, 12, 0, 0, 54, 55, 5, 16, 0, 0, 55,
		57, 5, 10, 0, 0, 56, 53, 1, 0, 0, 0, 56, 57, 1, 0, 0, 0, 57, 58, 1, 0,
		0, 0, 58, 60, 3, 26, 13, 0, 59, 61, 3, 16, 8, 0, 60, 59, 1, 0, 0, 0, 60,
		61, 1, 0, 0, 0, 61, 3, 1, 0, 0, 0, 62, 64, 5, 2, 0, 0, 63, 65, 5, 21, 0,
		0, 64, 63, 1, 0, 0, 0, 64, 65, 1, 0, 0, 0, 65, 66, 1, 0, 0, 0, 66, 69,
		5, 13, 0, 0, 67, 68, 5, 12, 0, 0, 68, 70, 5, 10, 0, 0, 69, 67, 1, 0, 0,
		0, 69, 70, 1, 0, 0, 0, 70, 71, 1, 0, 0, 0, 71, 73, 3, 26, 13, 0, 72, 74,
		3, 6, 3, 0, 73, 72, 1, 0, 0, 0, 74, 75, 1, 0, 0, 0, 75, 73, 1, 0, 0, 0,
		75, 76, 1, 0, 0, 0, 76, 5, 1, 0, 0, 0, 77, 78, 5, 22, 0, 0, 78, 79, 5,
		25, 0, 0, 79, 84, 3, 22, 11, 0, 80, 81, 5, 28, 0, 0, 81, 83, 3, 22, 11,
		0, 82, 80, 1, 0, 0, 0, 83, 86, 1, 0, 0, 0, 84, 82, 1, 0, 0, 0, 84, 85,
		1, 0, 0, 0, 85, 113, 1, 0, 0, 0, 86, 84, 1, 0, 0, 0, 87, 88, 5, 26, 0,
		0, 88, 89, 5, 25, 0, 0, 89, 94, 3, 24, 12, 0, 90, 91, 5, 28, 0, 0, 91,
		93, 3, 24, 12, 0, 92, 90, 1, 0, 0, 0, 93, 96, 1, 0, 0, 0, 94, 92, 1, 0,
		0, 0, 94, 95, 1, 0, 0, 0, 95, 113, 1, 0, 0, 0, 96, 94, 1, 0, 0, 0, 97,
		99, 5, 22, 0, 0, 98, 100, 3, 16, 8, 0, 99, 98, 1, 0, 0, 0, 99, 100, 1,
		0, 0, 0, 100, 113, 1, 0, 0, 0, 101, 110, 5, 26, 0, 0, 102, 107, 3, 20,
		10, 0, 103, 104, 5, 28, 0, 0, 104, 106, 3, 20, 10, 0, 105, 103, 1, 0, 0,
		0, 106, 109, 1, 0, 0, 0, 107, 105, 1, 0, 0, 0, 107, 108, 1, 0, 0, 0, 108,
		111, 1, 0, 0, 0, 109, 107, 1, 0, 0, 0, 110, 102, 1, 0, 0, 0, 110, 111,
		1, 0, 0, 0, 111, 113, 1, 0, 0, 0, 112, 77, 1, 0, 0, 0, 112, 87, 1, 0, 0,
		0, 112, 97, 1, 0, 0, 0, 112, 101, 1, 0, 0, 0, 113, 7, 1, 0, 0, 0, 114,
		116, 7, 0, 0, 0, 115, 117, 3, 14, 7, 0, 116, 115, 1, 0, 0, 0, 116, 117,
		1, 0, 0, 0, 117, 118, 1, 0, 0, 0, 118, 121, 5, 13, 0, 0, 119, 120, 5, 12,
		0, 0, 120, 122, 5, 10, 0, 0, 121, 119, 1, 0, 0, 0, 121, 122, 1, 0, 0, 0,
		122, 123, 1, 0, 0, 0, 123, 124, 3, 26, 13, 0, 124, 9, 1, 0, 0, 0, 125,
		127, 5, 9, 0, 0, 126, 128, 3, 14, 7, 0, 127, 126, 1, 0, 0, 0, 127, 128,
		1, 0, 0, 0, 128, 129, 1, 0, 0, 0, 129, 132, 5, 13, 0, 0, 130, 131, 5, 12,
		0, 0, 131, 133, 5, 10, 0, 0, 132, 130, 1, 0, 0, 0, 132, 133, 1, 0, 0, 0,
		133, 134, 1, 0, 0, 0, 134, 136, 3, 26, 13, 0, 135, 137, 7, 1, 0, 0, 136,
		135, 1, 0, 0, 0, 136, 137, 1, 0, 0, 0, 137, 11, 1, 0, 0, 0, 138, 140, 5,
		23, 0, 0, 139, 141, 3, 14, 7, 0, 140, 139, 1, 0, 0, 0, 140, 141, 1, 0,
		0, 0, 141, 142, 1, 0, 0, 0, 142, 145, 5, 14, 0, 0, 143, 144, 5, 15, 0,
		0, 144, 146, 3, 28, 14, 0, 145, 143, 1, 0, 0, 0, 145, 146, 1, 0, 0, 0,
		146, 13, 1, 0, 0, 0, 147, 155, 5, 21, 0, 0, 148, 155, 5, 3, 0, 0, 149,
		155, 5, 5, 0, 0, 150, 151, 5, 11, 0, 0, 151, 155, 5, 1, 0, 0, 152, 155,
		5, 17, 0, 0, 153, 155, 5, 24, 0, 0, 154, 147, 1, 0, 0, 0, 154, 148, 1,
		0, 0, 0, 154, 149, 1, 0, 0, 0, 154, 150, 1, 0, 0, 0, 154, 152, 1, 0, 0,
		0, 154, 153, 1, 0, 0, 0, 155, 15, 1, 0, 0, 0, 156, 163, 3, 18, 9, 0, 157,
		159, 5, 28, 0, 0, 158, 157, 1, 0, 0, 0, 158, 159, 1, 0, 0, 0, 159, 160,
		1, 0, 0, 0, 160, 162, 3, 18, 9, 0, 161, 158, 1, 0, 0, 0, 162, 165, 1, 0,
		0, 0, 163, 161, 1, 0, 0, 0, 163, 164, 1, 0, 0, 0, 164, 17, 1, 0, 0, 0,
		165, 163, 1, 0, 0, 0, 166, 167, 3, 32, 16, 0, 167, 168, 5, 27, 0, 0, 168,
		169, 3, 28, 14, 0, 169, 19, 1, 0, 0, 0, 170, 171, 3, 32, 16, 0, 171, 21,
		1, 0, 0, 0, 172, 173, 3, 24, 12, 0, 173, 174, 5, 27, 0, 0, 174, 175, 3,
		28, 14, 0, 175, 23, 1, 0, 0, 0, 176, 181, 3, 32, 16, 0, 177, 178, 5, 32,
		0, 0, 178, 180, 3, 32, 16, 0, 179, 177, 1, 0, 0, 0, 180, 183, 1, 0, 0,
		0, 181, 179, 1, 0, 0, 0, 181, 182, 1, 0, 0, 0, 182, 25, 1, 0, 0, 0, 183,
		181, 1, 0, 0, 0, 184, 189, 3, 32, 16, 0, 185, 186, 5, 32, 0, 0, 186, 188,
		3, 32, 16, 0, 187, 185, 1, 0, 0, 0, 188, 191, 1, 0, 0, 0, 189, 187, 1,
		0, 0, 0, 189, 190, 1, 0, 0, 0, 190, 27, 1, 0, 0, 0, 191, 189, 1, 0, 0,
		0, 192, 206, 3, 30, 15, 0, 193, 202, 5, 30, 0, 0, 194, 199, 3, 30, 15,
		0, 195, 196, 5, 28, 0, 0, 196, 198, 3, 30, 15, 0, 197, 195, 1, 0, 0, 0,
		198, 201, 1, 0, 0, 0, 199, 197, 1, 0, 0, 0, 199, 200, 1, 0, 0, 0, 200,
		203, 1, 0, 0, 0, 201, 199, 1, 0, 0, 0, 202, 194, 1, 0, 0, 0, 202, 203,
		1, 0, 0, 0, 203, 204, 1, 0, 0, 0, 204, 206, 5, 31, 0, 0, 205, 192, 1, 0,
		0, 0, 205, 193, 1, 0, 0, 0, 206, 29, 1, 0, 0, 0, 207, 215, 5, 34, 0, 0,
		208, 215, 5, 35, 0, 0, 209, 211, 5, 33, 0, 0, 210, 209, 1, 0, 0, 0, 210,
		211, 1, 0, 0, 0, 211, 212, 1, 0, 0, 0, 212, 215, 5, 37, 0, 0, 213, 215,
		3, 32, 16, 0, 214, 207, 1, 0, 0, 0, 214, 208, 1, 0, 0, 0, 214, 210, 1,
		0, 0, 0, 214, 213, 1, 0, 0, 0, 215, 31, 1, 0, 0, 0, 216, 217, 7, 2, 0,
		0, 217, 33, 1, 0, 0, 0, 31, 39, 42, 49, 56, 60, 64, 69, 75, 84, 94, 99,
		107, 110, 112, 116, 121, 127, 132, 136, 140, 145, 154, 158, 163, 181, 189,
		199, 202, 205, 210, 214,
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
	SecintParserEQ                         = 27
	SecintParserCOMMA                      = 28
	SecintParserSEMI                       = 29
	SecintParserLPAREN                     = 30
	SecintParserRPAREN                     = 31
	SecintParserDOT                        = 32
	SecintParserMINUS                      = 33
	SecintParserSTRING                     = 34
	SecintParserDOLLAR_STRING              = 35
	SecintParserQUOTED_ID                  = 36
	SecintParserNUMBER                     = 37
	SecintParserID                         = 38
	SecintParserBLOCK_COMMENT              = 39
	SecintParserLINE_COMMENT               = 40
	SecintParserWS                         = 41
	SecintParserUNTERMINATED_STRING        = 42
	SecintParserUNTERMINATED_DOLLAR_STRING = 43
	SecintParserUNTERMINATED_QUOTED_ID     = 44
	SecintParserUNTERMINATED_COMMENT       = 45
	SecintParserINVISIBLE                  = 46
	SecintParserOTHER                      = 47
)

// SecintParser rules.
const (
	SecintParserRULE_statement           = 0
	SecintParserRULE_createIntegration   = 1
	SecintParserRULE_alterIntegration    = 2
	SecintParserRULE_alterAction         = 3
	SecintParserRULE_describeIntegration = 4
	SecintParserRULE_dropIntegration     = 5
	SecintParserRULE_showIntegrations    = 6
	SecintParserRULE_integrationKind     = 7
	SecintParserRULE_propertyList        = 8
	SecintParserRULE_property            = 9
	SecintParserRULE_unsetItem           = 10
	SecintParserRULE_tagAssignment       = 11
	SecintParserRULE_tagName             = 12
	SecintParserRULE_objectName          = 13
	SecintParserRULE_value               = 14
	SecintParserRULE_scalar              = 15
	SecintParserRULE_identifier          = 16
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
	p.SetState(39)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserCREATE:
		{
			p.SetState(34)
			p.CreateIntegration()
		}

	case SecintParserALTER:
		{
			p.SetState(35)
			p.AlterIntegration()
		}

	case SecintParserDESC, SecintParserDESCRIBE:
		{
			p.SetState(36)
			p.DescribeIntegration()
		}

	case SecintParserDROP:
		{
			p.SetState(37)
			p.DropIntegration()
		}

	case SecintParserSHOW:
		{
			p.SetState(38)
			p.ShowIntegrations()
		}

	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}
	p.SetState(42)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserSEMI {
		{
			p.SetState(41)
			p.Match(SecintParserSEMI)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	}
	{
		p.SetState(44)
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
	p.EnterRule(localctx, 2, SecintParserRULE_createIntegration)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(46)
		p.Match(SecintParserCREATE)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(49)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserOR {
		{
			p.SetState(47)
			p.Match(SecintParserOR)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(48)
			p.Match(SecintParserREPLACE)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	}
	{
		p.SetState(51)
		p.Match(SecintParserSECURITY)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	{
		p.SetState(52)
		p.Match(SecintParserINTEGRATION)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(56)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 3, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(53)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(54)
			p.Match(SecintParserNOT)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(55)
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
		p.SetState(58)
		p.ObjectName()
	}
	p.SetState(60)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&343727045050) != 0 {
		{
			p.SetState(59)
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
	p.EnterRule(localctx, 4, SecintParserRULE_alterIntegration)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(62)
		p.Match(SecintParserALTER)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(64)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserSECURITY {
		{
			p.SetState(63)
			p.Match(SecintParserSECURITY)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	}
	{
		p.SetState(66)
		p.Match(SecintParserINTEGRATION)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(69)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 6, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(67)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(68)
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
		p.SetState(71)
		p.ObjectName()
	}
	p.SetState(73)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	for ok := true; ok; ok = _la == SecintParserSET || _la == SecintParserUNSET {
		{
			p.SetState(72)
			p.AlterAction()
		}

		p.SetState(75)
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
	p.EnterRule(localctx, 6, SecintParserRULE_alterAction)
	var _la int

	p.SetState(112)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 13, p.GetParserRuleContext()) {
	case 1:
		localctx = NewSetTagContext(p, localctx)
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(77)
			p.Match(SecintParserSET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(78)
			p.Match(SecintParserTAG)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(79)
			p.TagAssignment()
		}
		p.SetState(84)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		for _la == SecintParserCOMMA {
			{
				p.SetState(80)
				p.Match(SecintParserCOMMA)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}
			{
				p.SetState(81)
				p.TagAssignment()
			}

			p.SetState(86)
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
			p.SetState(87)
			p.Match(SecintParserUNSET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(88)
			p.Match(SecintParserTAG)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(89)
			p.TagName()
		}
		p.SetState(94)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		for _la == SecintParserCOMMA {
			{
				p.SetState(90)
				p.Match(SecintParserCOMMA)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}
			{
				p.SetState(91)
				p.TagName()
			}

			p.SetState(96)
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
			p.SetState(97)
			p.Match(SecintParserSET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		p.SetState(99)
		p.GetErrorHandler().Sync(p)

		if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 10, p.GetParserRuleContext()) == 1 {
			{
				p.SetState(98)
				p.PropertyList()
			}

		} else if p.HasError() { // JIM
			goto errorExit
		}

	case 4:
		localctx = NewUnsetPropertiesContext(p, localctx)
		p.EnterOuterAlt(localctx, 4)
		{
			p.SetState(101)
			p.Match(SecintParserUNSET)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		p.SetState(110)
		p.GetErrorHandler().Sync(p)

		if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 12, p.GetParserRuleContext()) == 1 {
			{
				p.SetState(102)
				p.UnsetItem()
			}
			p.SetState(107)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)

			for _la == SecintParserCOMMA {
				{
					p.SetState(103)
					p.Match(SecintParserCOMMA)
					if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
					}
				}
				{
					p.SetState(104)
					p.UnsetItem()
				}

				p.SetState(109)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
					goto errorExit
				}
				_la = p.GetTokenStream().LA(1)
			}

		} else if p.HasError() { // JIM
			goto errorExit
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
	p.EnterRule(localctx, 8, SecintParserRULE_describeIntegration)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(114)
		_la = p.GetTokenStream().LA(1)

		if !(_la == SecintParserDESC || _la == SecintParserDESCRIBE) {
			p.GetErrorHandler().RecoverInline(p)
		} else {
			p.GetErrorHandler().ReportMatch(p)
			p.Consume()
		}
	}
	p.SetState(116)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&19007528) != 0 {
		{
			p.SetState(115)
			p.IntegrationKind()
		}

	}
	{
		p.SetState(118)
		p.Match(SecintParserINTEGRATION)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(121)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 15, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(119)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(120)
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
		p.SetState(123)
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
	p.EnterRule(localctx, 10, SecintParserRULE_dropIntegration)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(125)
		p.Match(SecintParserDROP)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(127)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&19007528) != 0 {
		{
			p.SetState(126)
			p.IntegrationKind()
		}

	}
	{
		p.SetState(129)
		p.Match(SecintParserINTEGRATION)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(132)
	p.GetErrorHandler().Sync(p)

	if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 17, p.GetParserRuleContext()) == 1 {
		{
			p.SetState(130)
			p.Match(SecintParserIF)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(131)
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
		p.SetState(134)
		p.ObjectName()
	}
	p.SetState(136)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if _la == SecintParserCASCADE || _la == SecintParserRESTRICT {
		{
			p.SetState(135)
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
	p.EnterRule(localctx, 12, SecintParserRULE_showIntegrations)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(138)
		p.Match(SecintParserSHOW)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	p.SetState(140)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&19007528) != 0 {
		{
			p.SetState(139)
			p.IntegrationKind()
		}

	}
	{
		p.SetState(142)
		p.Match(SecintParserINTEGRATIONS)
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

	if _la == SecintParserLIKE {
		{
			p.SetState(143)
			p.Match(SecintParserLIKE)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(144)
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
	p.EnterRule(localctx, 14, SecintParserRULE_integrationKind)
	p.SetState(154)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserSECURITY:
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(147)
			p.Match(SecintParserSECURITY)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserAPI:
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(148)
			p.Match(SecintParserAPI)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserCATALOG:
		p.EnterOuterAlt(localctx, 3)
		{
			p.SetState(149)
			p.Match(SecintParserCATALOG)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserEXTERNAL:
		p.EnterOuterAlt(localctx, 4)
		{
			p.SetState(150)
			p.Match(SecintParserEXTERNAL)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(151)
			p.Match(SecintParserACCESS)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserNOTIFICATION:
		p.EnterOuterAlt(localctx, 5)
		{
			p.SetState(152)
			p.Match(SecintParserNOTIFICATION)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserSTORAGE:
		p.EnterOuterAlt(localctx, 6)
		{
			p.SetState(153)
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
	p.EnterRule(localctx, 16, SecintParserRULE_propertyList)
	var _la int

	var _alt int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(156)
		p.Property()
	}
	p.SetState(163)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 23, p.GetParserRuleContext())
	if p.HasError() {
		goto errorExit
	}
	for _alt != 2 && _alt != antlr.ATNInvalidAltNumber {
		if _alt == 1 {
			p.SetState(158)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)

			if _la == SecintParserCOMMA {
				{
					p.SetState(157)
					p.Match(SecintParserCOMMA)
					if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
					}
				}

			}
			{
				p.SetState(160)
				p.Property()
			}

		}
		p.SetState(165)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 23, p.GetParserRuleContext())
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
	p.EnterRule(localctx, 18, SecintParserRULE_property)
	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(166)
		p.Identifier()
	}
	{
		p.SetState(167)
		p.Match(SecintParserEQ)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	{
		p.SetState(168)
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
	p.EnterRule(localctx, 20, SecintParserRULE_unsetItem)
	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(170)
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
	p.EnterRule(localctx, 22, SecintParserRULE_tagAssignment)
	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(172)
		p.TagName()
	}
	{
		p.SetState(173)
		p.Match(SecintParserEQ)
		if p.HasError() {
			// Recognition error - abort rule
			goto errorExit
		}
	}
	{
		p.SetState(174)
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
	p.EnterRule(localctx, 24, SecintParserRULE_tagName)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(176)
		p.Identifier()
	}
	p.SetState(181)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	for _la == SecintParserDOT {
		{
			p.SetState(177)
			p.Match(SecintParserDOT)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(178)
			p.Identifier()
		}

		p.SetState(183)
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
	p.EnterRule(localctx, 26, SecintParserRULE_objectName)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(184)
		p.Identifier()
	}
	p.SetState(189)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)

	for _la == SecintParserDOT {
		{
			p.SetState(185)
			p.Match(SecintParserDOT)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		{
			p.SetState(186)
			p.Identifier()
		}

		p.SetState(191)
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
	p.EnterRule(localctx, 28, SecintParserRULE_value)
	var _la int

	p.SetState(205)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserACCESS, SecintParserAPI, SecintParserCASCADE, SecintParserCATALOG, SecintParserDESC, SecintParserDESCRIBE, SecintParserEXTERNAL, SecintParserIF, SecintParserINTEGRATION, SecintParserINTEGRATIONS, SecintParserNOTIFICATION, SecintParserREPLACE, SecintParserRESTRICT, SecintParserSECURITY, SecintParserSHOW, SecintParserSTORAGE, SecintParserTAG, SecintParserUNSET, SecintParserMINUS, SecintParserSTRING, SecintParserDOLLAR_STRING, SecintParserQUOTED_ID, SecintParserNUMBER, SecintParserID:
		localctx = NewScalarValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(192)
			p.Scalar()
		}

	case SecintParserLPAREN:
		localctx = NewListValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(193)
			p.Match(SecintParserLPAREN)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}
		p.SetState(202)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		if (int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&541295540666) != 0 {
			{
				p.SetState(194)
				p.Scalar()
			}
			p.SetState(199)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)

			for _la == SecintParserCOMMA {
				{
					p.SetState(195)
					p.Match(SecintParserCOMMA)
					if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
					}
				}
				{
					p.SetState(196)
					p.Scalar()
				}

				p.SetState(201)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
					goto errorExit
				}
				_la = p.GetTokenStream().LA(1)
			}

		}
		{
			p.SetState(204)
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
	p.EnterRule(localctx, 30, SecintParserRULE_scalar)
	var _la int

	p.SetState(214)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case SecintParserSTRING:
		localctx = NewStringValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(207)
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
			p.SetState(208)
			p.Match(SecintParserDOLLAR_STRING)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserMINUS, SecintParserNUMBER:
		localctx = NewNumberValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 3)
		p.SetState(210)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)

		if _la == SecintParserMINUS {
			{
				p.SetState(209)
				p.Match(SecintParserMINUS)
				if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
				}
			}

		}
		{
			p.SetState(212)
			p.Match(SecintParserNUMBER)
			if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
			}
		}

	case SecintParserACCESS, SecintParserAPI, SecintParserCASCADE, SecintParserCATALOG, SecintParserDESC, SecintParserDESCRIBE, SecintParserEXTERNAL, SecintParserIF, SecintParserINTEGRATION, SecintParserINTEGRATIONS, SecintParserNOTIFICATION, SecintParserREPLACE, SecintParserRESTRICT, SecintParserSECURITY, SecintParserSHOW, SecintParserSTORAGE, SecintParserTAG, SecintParserUNSET, SecintParserQUOTED_ID, SecintParserID:
		localctx = NewWordValueContext(p, localctx)
		p.EnterOuterAlt(localctx, 4)
		{
			p.SetState(213)
			p.Identifier()
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
	INTEGRATION() antlr.TerminalNode
	INTEGRATIONS() antlr.TerminalNode
	NOTIFICATION() antlr.TerminalNode
	REPLACE() antlr.TerminalNode
	RESTRICT() antlr.TerminalNode
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

func (s *IdentifierContext) INTEGRATION() antlr.TerminalNode {
	return s.GetToken(SecintParserINTEGRATION, 0)
}

func (s *IdentifierContext) INTEGRATIONS() antlr.TerminalNode {
	return s.GetToken(SecintParserINTEGRATIONS, 0)
}

func (s *IdentifierContext) NOTIFICATION() antlr.TerminalNode {
	return s.GetToken(SecintParserNOTIFICATION, 0)
}

func (s *IdentifierContext) REPLACE() antlr.TerminalNode {
	return s.GetToken(SecintParserREPLACE, 0)
}

func (s *IdentifierContext) RESTRICT() antlr.TerminalNode {
	return s.GetToken(SecintParserRESTRICT, 0)
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
	p.EnterRule(localctx, 32, SecintParserRULE_identifier)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(216)
		_la = p.GetTokenStream().LA(1)

		if !((int64(_la) & ^0x3f) == 0 && ((int64(1)<<_la)&343727045050) != 0) {
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
