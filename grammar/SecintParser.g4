// Parser for the External API Authentication integration family. It accepts any
// `NAME = value` property and any number of ALTER actions, so that meaning
// (which property, which value, how many actions) is checked in Go, where the
// messages can be precise. Each statement is parsed on its own.
parser grammar SecintParser;

options { tokenVocab = SecintLexer; }

statement
    : ( createIntegration
      | alterIntegration
      | describeIntegration
      | dropIntegration
      | showIntegrations
      | createSecret
      | alterSecret
      ) flowTail? SEMI? EOF
    ;

// ->> hands the statement's result to the next statement of the chain, which
// is not ours to read.
flowTail
    : FLOW ~SEMI*
    ;

// External access integrations take the same property and action lists as
// security integrations; which properties and values each takes is checked
// in Go.
createIntegration
    : CREATE ( OR REPLACE )? ( SECURITY | EXTERNAL ACCESS ) INTEGRATION ( IF NOT EXISTS )? objectName propertyList?
    ;

alterIntegration
    : ALTER ( SECURITY | EXTERNAL ACCESS )? INTEGRATION ( IF EXISTS )? objectName alterAction+
    ;

alterAction
    : SET TAG tagAssignment ( COMMA tagAssignment )*  # setTag
    | UNSET TAG tagName ( COMMA tagName )*            # unsetTag
    | SET propertyList?                               # setProperties
    | UNSET ( unsetItem ( COMMA unsetItem )* )?       # unsetProperties
    // SAML2 and Snowflake OAuth integrations renew a key or a secret that
    // Snowflake made (REFRESH SAML2_SNOWFLAKE_PRIVATE_KEY, REFRESH
    // OAUTH_CLIENT_SECRET): another kind's action, read so that it is no
    // syntax error.
    | REFRESH identifier                              # refresh
    ;

// Secrets are schema objects: their names may be qualified.
createSecret
    : CREATE ( OR REPLACE )? SECRET ( IF NOT EXISTS )? objectName propertyList? withTag?
    ;

// [ WITH ] TAG ( tag = 'value' [ , ... ] ), after the properties.
withTag
    : WITH? TAG LPAREN tagAssignment ( COMMA tagAssignment )* RPAREN
    ;

alterSecret
    : ALTER SECRET ( IF EXISTS )? objectName alterAction+
    ;

// DESC, DROP and SHOW of integrations and of secrets. Secrets are schema
// objects: their names may be qualified (checked in Go, like CASCADE, which
// neither DROP takes), and SHOW SECRETS may say where to look (IN ACCOUNT,
// IN DATABASE db, IN SCHEMA db.s, IN APPLICATION [PACKAGE] name, IN db.s).
describeIntegration
    : ( DESC | DESCRIBE ) ( integrationKind? INTEGRATION ( IF EXISTS )? | SECRET ) objectName
    ;

dropIntegration
    : DROP ( integrationKind? INTEGRATION | SECRET ) ( IF EXISTS )? objectName ( CASCADE | RESTRICT )?
    ;

showIntegrations
    : SHOW ( integrationKind? INTEGRATIONS | SECRETS ) ( LIKE value )? ( IN identifier ( identifier | DOT identifier )* )?
    ;

integrationKind
    : SECURITY | API | CATALOG | EXTERNAL ACCESS | NOTIFICATION | STORAGE
    ;

propertyList
    : property ( COMMA? property )*
    ;

property
    : identifier EQ value
    ;

unsetItem
    : identifier
    ;

tagAssignment
    : tagName EQ value
    ;

tagName
    : identifier ( DOT identifier )*
    ;

objectName
    : IDENTIFIER LPAREN ( STRING | SESSION_VAR ) RPAREN  // IDENTIFIER('my_int'), IDENTIFIER($name)
    | identifier ( DOT identifier )*
    ;

// List items are plain values: no property takes nested lists, and keeping
// lists flat keeps prediction linear on hostile input such as 100,000 '('.
value
    : scalar                                       # scalarValue
    | LPAREN ( scalar ( COMMA scalar )* COMMA? )? RPAREN  # listValue  // a trailing ',' is seen in Snowflake's own samples
    ;

scalar
    : STRING         # stringValue
    | DOLLAR_STRING  # stringValue
    | MINUS? NUMBER  # numberValue
    | identifier ( DOT identifier )*  # wordValue  // a name, possibly qualified (db.schema.rule)
    | SESSION_VAR    # variableValue
    ;

// Words that may stand as names. Snowflake's reserved words among our keywords
// (ALTER, CREATE, DROP, EXISTS, IN, LIKE, NOT, OR, SET) are left out; a reserved word
// outside our keywords lexes as ID and is reported in Go.
identifier
    : ID
    | QUOTED_ID
    | ACCESS | API | CASCADE | CATALOG | DESC | DESCRIBE | EXTERNAL | IF | IDENTIFIER
    | INTEGRATION | INTEGRATIONS | NOTIFICATION | REFRESH | REPLACE | RESTRICT
    | SECRET | SECRETS | SECURITY | WITH | SHOW | STORAGE | TAG | UNSET
    ;
