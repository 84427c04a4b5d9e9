// Lexer for the statements secint checks. It also has to tokenize every other
// statement of a Snowflake worksheet well enough to find where statements end:
// strings, quoted identifiers and comments may hold ';'. It never fails: any
// character it does not know becomes an OTHER token, and an unclosed string,
// identifier or comment becomes an UNTERMINATED_* token running to the end.
lexer grammar SecintLexer;

options { caseInsensitive = true; }

// Keywords (case-insensitive through the option above).
ACCESS       : 'ACCESS';
ALTER        : 'ALTER';
API          : 'API';
CASCADE      : 'CASCADE';
CATALOG      : 'CATALOG';
CREATE       : 'CREATE';
DESC         : 'DESC';
DESCRIBE     : 'DESCRIBE';
DROP         : 'DROP';
EXISTS       : 'EXISTS';
EXTERNAL     : 'EXTERNAL';
IF           : 'IF';
IN           : 'IN';
INTEGRATION  : 'INTEGRATION';
INTEGRATIONS : 'INTEGRATIONS';
LIKE         : 'LIKE';
NOT          : 'NOT';
NOTIFICATION : 'NOTIFICATION';
OR           : 'OR';
REPLACE      : 'REPLACE';
RESTRICT     : 'RESTRICT';
SECURITY     : 'SECURITY';
SET          : 'SET';
SHOW         : 'SHOW';
STORAGE      : 'STORAGE';
TAG          : 'TAG';
UNSET        : 'UNSET';

// Soft keywords: words that are names in most places and that a secret value
// written bare may hold ("my secret phrase"), so they stay outside the
// keyword range the redaction treats as the start of a clause.
IDENTIFIER   : 'IDENTIFIER';
REFRESH      : 'REFRESH';
SECRET       : 'SECRET';
SECRETS      : 'SECRETS';
WITH         : 'WITH';

EQ     : '=';
COMMA  : ',';
SEMI   : ';';
LPAREN : '(';
RPAREN : ')';
DOT    : '.';
MINUS  : '-';
// The flow operator chains statements: SHOW INTEGRATIONS ->> SELECT ... FROM $1.
FLOW   : '->>';

// '...' with '' or backslash escapes; may span lines.
STRING        : '\'' ( ~['\\] | '\\' . | '\'\'' )* '\'';
DOLLAR_STRING : '$$' .*? '$$';
QUOTED_ID     : '"' ( ~'"' | '""' )* '"';
NUMBER        : [0-9]+ ( '.' [0-9]* )? ( 'E' [+-]? [0-9]+ )? | '.' [0-9]+ ( 'E' [+-]? [0-9]+ )?;
ID            : [A-Z_] [A-Z0-9_$]*;
// A session variable ($name), set by SET name = ... and read where a value or,
// through IDENTIFIER($name), a name stands.
SESSION_VAR   : '$' [A-Z_] [A-Z0-9_$]*;

BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
LINE_COMMENT  : ( '--' | '//' ) ~[\r\n]* -> channel(HIDDEN);
WS            : [ \t\r\n\f\u000B]+ -> skip;

// Unclosed forms. Each can only match when no closing delimiter follows, because
// each must reach the end of the input.
UNTERMINATED_STRING        : '\'' ( ~['\\] | '\\' . | '\'\'' )* '\\'? EOF;
UNTERMINATED_DOLLAR_STRING : '$$' ( ~'$' | '$' ~'$' )* '$'? EOF;
UNTERMINATED_QUOTED_ID     : '"' ( ~'"' | '""' )* EOF;
UNTERMINATED_COMMENT       : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF;

// Characters that look like white space, or like nothing, but are not what
// the WS rule takes: no-break and other Unicode spaces, zero-width spaces and
// joiners, and the byte-order mark. They separate tokens like white space,
// on the hidden channel like comments, so that they never hide a statement;
// the engine warns about each one (except a byte-order mark at the start,
// which editors write) and offers a fix. One token per character, so that
// each warning names its character.
INVISIBLE : [\u00A0\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF] -> channel(HIDDEN);

OTHER : .;
