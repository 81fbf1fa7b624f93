// The Shades policy language, version 1. No actions: a visitor (AstBuilder) turns the tree into immutable AST records.
grammar Shades;

file        : header item* EOF ;
header      : SHADES NUMBER ;
item        : importDecl | kindDecl | licenseDecl | definition ;

importDecl  : IMPORT STRING ;
kindDecl    : KIND name STRING IS name (STRING)? ;
licenseDecl : LICENSE name STRING LBRACE licenseField* RBRACE ;
licenseField
            : URL STRING                                   # licenseUrl
            | KIND name                                    # licenseKind
            | SUITED TO nameList                           # licenseSuited
            | TRAITS nameList                              # licenseTraits
            | USERS NUMBER                                 # licenseUsers
            | EXCLUDED nameList                            # licenseExcluded
            | OSI_APPROVED                                 # licenseOsi
            ;

definition  : DEFINITION name STRING? (EXTENDS name)? LBRACE defItem* RBRACE ;
defItem     : VERSION STRING                               # defVersion
            | SOURCE STRING                                # defSource
            | DESCRIPTION STRING                           # defDescription
            | UNKNOWN AS (VIOLATED | NUMBER)               # defUnknown
            | PROGRESS (CUMULATIVE | GATED)                # defProgress
            | SCORE (MEAN | SUM)                           # defScoreTotal
            | LICENSES name EQ licTest                     # defLicenseSet
            | DROP name                                    # defDrop
            | requirement                                  # defRequirement
            | warning                                      # defWarning
            | tier                                         # defTier
            | score                                        # defScore
            | category                                     # defCategory
            | testBlock                                    # defTest
            ;

requirement : REQUIRE (name COLON)? cond (WHEN cond)? clause* ;
clause      : BECAUSE STRING | REMEDY STRING ;
warning     : WARN (name COLON)? UNLESS cond (BECAUSE STRING)? ;
tier        : TIER STRING (EXTENDS STRING)? LBRACE tierItem* RBRACE ;
tierItem    : requirement | warning ;
score       : SCORE LBRACE scoreItem* RBRACE ;
scoreItem   : GROUP STRING LBRACE dimension* RBRACE         # scoreGroup
            | dimension                                    # scoreDimension
            ;
dimension   : DIMENSION name STRING? (WEIGHT NUMBER)? EQ value ;
value       : GRADE OF name                                # gradeValue
            | NUMBER                                       # constantValue
            | valueCase (COMMA valueCase)* COMMA ELSE NUMBER   # choiceValue
            ;
valueCase   : NUMBER WHEN cond ;
category    : CATEGORY STRING (WHEN cond)? (BECAUSE STRING)? ;

testBlock   : TEST STRING LBRACE testItem* RBRACE ;
testItem    : RELEASE STRING                               # testReleaseFile
            | RELEASE LBRACE inlineItem* RBRACE            # testReleaseInline
            | EXPECT expectation                           # testExpect
            ;
expectation : (PASSED | FAILED | UNDETERMINED)                             # expectBinary
            | TIER (STRING | NONE)                                          # expectTier
            | SCORE NUMBER                                                  # expectScore
            | CATEGORY (STRING | NONE)                                      # expectCategory
            | (SATISFIED | VIOLATED | UNKNOWN) ruleRef (COMMA ruleRef)*     # expectOutcome
            | WARNING name                                                  # expectWarning
            ;
inlineItem  : NAME STRING                                   # inlineName
            | LICENSES name STRING                          # inlineDefault
            | FACT name literal                             # inlineFact
            | name name (LICENSE STRING)? (GRADE name)?     # inlineComponent
            ;
literal     : STRING | NUMBER | TRUE | FALSE | name ;
// A rule, dimension or category as an expectation names it; quoted when the name has spaces.
ruleRef     : name | STRING ;

// Conditions on a release. 'and'/'or'/'not' here always combine whole conditions.
cond        : NOT cond                                     # notCond
            | cond AND cond                                # andCond
            | cond OR cond                                 # orCond
            | LPAREN cond RPAREN                           # parenCond
            | selection compTest                           # componentCond
            | FACT name factTest?                          # factCond
            | HAS BASE                                     # hasBaseCond
            | BASE LPAREN cond RPAREN                      # baseCond
            | (TRUE | FALSE)                               # constCond
            ;
selection   : name (IS | ARE | HAS | HAVE)?                                          # oneComponent
            | quantifier OF LBRACK name (COMMA name)* RBRACK (IS | ARE | HAVE | HAS)? # listComponents
            | quantifier name COMPONENTS (ARE | HAVE)?                               # groupComponents
            ;
quantifier  : ALL | ANY | AT LEAST NUMBER ;
factTest    : IS KNOWN                                     # factKnown
            | IS literal                                   # factIs
            | CMP NUMBER                                   # factCompare
            ;

// Tests on one component: 'with' joins them; inside parentheses, 'and'/'or'/'not' combine them.
compTest    : compUnit (WITH compUnit)* ;
compUnit    : NOT compUnit                                 # notComp
            | LPAREN compExpr RPAREN                       # parenComp
            | LICENSE licUnit                              # licenseComp
            | AVAILABILITY IN LBRACK name (COMMA name)* RBRACK   # availabilityComp
            | GRADE AT LEAST name                          # gradeComp
            | DISCLOSES LBRACK name (COMMA name)* RBRACK   # disclosesComp
            | name                                         # wordComp
            ;
compExpr    : NOT compExpr                                 # notCompExpr
            | compExpr AND compExpr                        # andCompExpr
            | compExpr OR compExpr                         # orCompExpr
            | compExpr WITH compExpr                       # withCompExpr
            | compUnit                                     # unitCompExpr
            ;

// Tests on a licence term. After 'license' a single unit; combinations go in parentheses or a named set.
licTest     : NOT licTest                                  # notLic
            | licTest AND licTest                          # andLic
            | licTest OR licTest                           # orLic
            | licUnit                                      # unitLic
            ;
licUnit     : LPAREN licTest RPAREN                        # parenLic
            | HAS name                                     # hasTraitLic
            | KIND IN LBRACK name (COMMA name)* RBRACK     # kindInLic
            | KIND name                                    # kindLic
            | SUITED (TO name)?                            # suitedLic
            | IN LBRACK licItem (COMMA licItem)* RBRACK    # inLic
            | NOT licUnit                                  # notLicUnit
            | name                                         # namedLic
            ;
licItem     : name | STRING ;

nameList    : name (COMMA name)* ;
// Words that are keywords in some places but may also name things.
name        : ID | OPEN | GATED | KIND | NAME | SCORE | TIER | GROUP | TEST | CATEGORY | WARNING | UNKNOWN
            | SATISFIED | VIOLATED | PASSED | FAILED | UNDETERMINED | KNOWN | NONE | LICENSES
            | VERSION | SOURCE | DESCRIPTION | PROGRESS | CUMULATIVE | COMPONENTS | RELEASE | URL | USERS
            | TRAITS | EXCLUDED | SUITED | OSI_APPROVED | DROP | AVAILABILITY | GRADE | WEIGHT | DIMENSION
            | ALL | ANY | LEAST | AT | OF | TO | MEAN | SUM ;

SHADES      : 'shades' ;
IMPORT      : 'import' ;
KIND        : 'kind' ;
LICENSE     : 'license' ;
LICENSES    : 'licenses' ;
URL         : 'url' ;
SUITED      : 'suited' ;
TO          : 'to' ;
TRAITS      : 'traits' ;
USERS       : 'users' ;
EXCLUDED    : 'excluded' ;
OSI_APPROVED: 'osi-approved-by-declaration' ;
DEFINITION  : 'definition' ;
EXTENDS     : 'extends' ;
VERSION     : 'version' ;
SOURCE      : 'source' ;
DESCRIPTION : 'description' ;
UNKNOWN     : 'unknown' ;
AS          : 'as' ;
VIOLATED    : 'violated' ;
SATISFIED   : 'satisfied' ;
PROGRESS    : 'progress' ;
CUMULATIVE  : 'cumulative' ;
GATED       : 'gated' ;
MEAN        : 'mean' ;
SUM         : 'sum' ;
OPEN        : 'open' ;
DROP        : 'drop' ;
REQUIRE     : 'require' ;
WHEN        : 'when' ;
BECAUSE     : 'because' ;
REMEDY      : 'remedy' ;
WARN        : 'warn' ;
WARNING     : 'warning' ;
UNLESS      : 'unless' ;
TIER        : 'tier' ;
SCORE       : 'score' ;
GROUP       : 'group' ;
DIMENSION   : 'dimension' ;
WEIGHT      : 'weight' ;
GRADE       : 'grade' ;
ELSE        : 'else' ;
CATEGORY    : 'category' ;
TEST        : 'test' ;
RELEASE     : 'release' ;
EXPECT      : 'expect' ;
PASSED      : 'passed' ;
FAILED      : 'failed' ;
UNDETERMINED: 'undetermined' ;
NONE        : 'none' ;
NAME        : 'name' ;
FACT        : 'fact' ;
TRUE        : 'true' ;
FALSE       : 'false' ;
NOT         : 'not' ;
AND         : 'and' ;
OR          : 'or' ;
IS          : 'is' ;
ARE         : 'are' ;
HAS         : 'has' ;
HAVE        : 'have' ;
BASE        : 'base' ;
ALL         : 'all' ;
ANY         : 'any' ;
AT          : 'at' ;
LEAST       : 'least' ;
OF          : 'of' ;
COMPONENTS  : 'components' ;
KNOWN       : 'known' ;
WITH        : 'with' ;
IN          : 'in' ;
AVAILABILITY: 'availability' ;
DISCLOSES   : 'discloses' ;

LBRACE      : '{' ;
RBRACE      : '}' ;
LPAREN      : '(' ;
RPAREN      : ')' ;
LBRACK      : '[' ;
RBRACK      : ']' ;
COMMA       : ',' ;
COLON       : ':' ;
CMP         : '<=' | '>=' | '==' | '!=' | '<' | '>' ;
EQ          : '=' ;

NUMBER      : [0-9]+ ('.' [0-9]+)? ([eE] [+-]? [0-9]+)? ;
// Names: component kinds, licence ids (Apache-2.0, GPL-2.0+, LicenseRef-x), definition ids, traits.
ID          : [A-Za-z_] [A-Za-z0-9_.+\-]* | [0-9]+ [A-Za-z] [A-Za-z0-9_.+\-]* ;
STRING      : '"' (~["\\\r\n] | '\\' ["\\nt])* '"' ;
COMMENT     : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS          : [ \t\r\n]+ -> channel(HIDDEN) ;
// Anything else is one bad character, so that the lexer never guesses.
BAD_CHAR    : . ;
