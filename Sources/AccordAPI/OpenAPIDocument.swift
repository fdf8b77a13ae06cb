/// The OpenAPI 3.1 description of every endpoint, served at `/openapi.json`.
/// Kept beside the routes so a change to one is a change to the other in the same commit.
enum OpenAPIDocument {
    static let json = #"""
        {
         "openapi": "3.1.0",
         "info": {
          "title": "Accord",
          "version": "1.0.0",
          "description": "Bilateral agreements and the commitments in them, extracted from news articles in Indonesian and English. Every response carries an X-Request-ID header: the request's own X-Request-ID when it sends one (1 to 128 letters, digits and -._:), else an id made by the server; the server's log line for the request names it."
         },
         "servers": [
          {
           "url": "/"
          }
         ],
         "paths": {
          "/agreements": {
           "get": {
            "summary": "List agreements",
            "operationId": "listAgreements",
            "parameters": [
             {
              "$ref": "#/components/parameters/limit"
             },
             {
              "$ref": "#/components/parameters/offset"
             },
             {
              "$ref": "#/components/parameters/party"
             },
             {
              "name": "topic",
              "in": "query",
              "required": false,
              "description": "Topic slugs, comma-separated; each must be a topic.",
              "schema": {
               "type": "string",
               "pattern": "^(critical-minerals|rare-earths|supply-chain|energy|trade|tariffs|investment|defense|security|agriculture|technology|shipbuilding|infrastructure|finance|diplomacy|culture|migration|climate|health|education)(,(critical-minerals|rare-earths|supply-chain|energy|trade|tariffs|investment|defense|security|agriculture|technology|shipbuilding|infrastructure|finance|diplomacy|culture|migration|climate|health|education))*$"
              }
             },
             {
              "name": "from",
              "in": "query",
              "required": false,
              "description": "Earliest agreement date, inclusive.",
              "schema": {
               "$ref": "#/components/schemas/IsoDate"
              }
             },
             {
              "name": "to",
              "in": "query",
              "required": false,
              "description": "Latest agreement date, inclusive.",
              "schema": {
               "$ref": "#/components/schemas/IsoDate"
              }
             },
             {
              "name": "article",
              "in": "query",
              "required": false,
              "description": "Only agreements reported by this article id.",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "sort",
              "in": "query",
              "required": false,
              "description": "Order.",
              "schema": {
               "type": "string",
               "enum": [
                "date",
                "-date",
                "title"
               ]
              }
             },
             {
              "$ref": "#/components/parameters/q"
             },
             {
              "name": "fields",
              "in": "query",
              "required": false,
              "description": "Comma-separated top-level fields to keep in each item.",
              "schema": {
               "type": "string",
               "pattern": "^(id|articleId|title|summary|date|location|parties|signatories|topics|mentions|language|source|sources|commitmentCount|evidence)(,(id|articleId|title|summary|date|location|parties|signatories|topics|mentions|language|source|sources|commitmentCount|evidence))*$"
              }
             },
             {
              "name": "facets",
              "in": "query",
              "required": false,
              "description": "Comma-separated facets to count over the whole filtered list; adds `facets` to the body.",
              "schema": {
               "type": "string",
               "pattern": "^(party|topic|language)(,(party|topic|language))*$"
              }
             },
             {
              "name": "category",
              "in": "query",
              "required": false,
              "description": "Synonym of `topic`.",
              "schema": {
               "type": "string",
               "pattern": "^(critical-minerals|rare-earths|supply-chain|energy|trade|tariffs|investment|defense|security|agriculture|technology|shipbuilding|infrastructure|finance|diplomacy|culture|migration|climate|health|education)(,(critical-minerals|rare-earths|supply-chain|energy|trade|tariffs|investment|defense|security|agriculture|technology|shipbuilding|infrastructure|finance|diplomacy|culture|migration|climate|health|education))*$"
              }
             },
             {
              "$ref": "#/components/parameters/version"
             }
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/AgreementList"
                }
               }
              },
              "headers": {
               "ETag": {
                "$ref": "#/components/headers/ETag"
               },
               "Link": {
                "schema": {
                 "type": "string"
                },
                "description": "RFC 8288 next, prev, first, last"
               },
               "X-Total-Count": {
                "schema": {
                 "type": "integer"
                }
               },
               "Last-Modified": {
                "$ref": "#/components/headers/Last-Modified"
               },
               "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control"
               }
              }
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "406": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             }
            }
           }
          },
          "/agreements/{id}": {
           "get": {
            "summary": "One agreement with its commitments",
            "operationId": "getAgreement",
            "parameters": [
             {
              "$ref": "#/components/parameters/id"
             },
             {
              "name": "explain",
              "in": "query",
              "required": false,
              "description": "`merge`: which reports this agreement joins and why, instead of the agreement.",
              "schema": {
               "type": "string",
               "enum": [
                "merge"
               ]
              }
             },
             {
              "$ref": "#/components/parameters/asOf"
             }
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "oneOf": [
                  {
                   "$ref": "#/components/schemas/AgreementDetail"
                  },
                  {
                   "$ref": "#/components/schemas/MergeExplanation"
                  }
                 ]
                }
               }
              },
              "headers": {
               "ETag": {
                "$ref": "#/components/headers/ETag"
               },
               "Last-Modified": {
                "$ref": "#/components/headers/Last-Modified"
               },
               "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control"
               }
              }
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "406": {
              "$ref": "#/components/responses/Problem"
             },
             "301": {
              "$ref": "#/components/responses/MovedPermanently"
             }
            },
            "description": "An id merged into another agreement (a later report showed two records were one) answers 301 to the surviving id."
           }
          },
          "/agreements/{id}/timeline": {
           "get": {
            "summary": "The reports of one agreement in order of publication, with what each added",
            "operationId": "getAgreementTimeline",
            "parameters": [
             {
              "$ref": "#/components/parameters/id"
             }
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Timeline"
                }
               }
              },
              "headers": {
               "ETag": {
                "$ref": "#/components/headers/ETag"
               },
               "Last-Modified": {
                "$ref": "#/components/headers/Last-Modified"
               },
               "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control"
               }
              }
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "406": {
              "$ref": "#/components/responses/Problem"
             },
             "301": {
              "$ref": "#/components/responses/MovedPermanently"
             }
            },
            "description": "Merged-away ids answer 301 to the surviving agreement's timeline."
           }
          },
          "/commitments": {
           "get": {
            "summary": "List commitments",
            "operationId": "listCommitments",
            "parameters": [
             {
              "$ref": "#/components/parameters/limit"
             },
             {
              "$ref": "#/components/parameters/offset"
             },
             {
              "$ref": "#/components/parameters/party"
             },
             {
              "name": "category",
              "in": "query",
              "required": false,
              "description": "Topic slugs, comma-separated; any may match.",
              "schema": {
               "type": "string",
               "pattern": "^(critical-minerals|rare-earths|supply-chain|energy|trade|tariffs|investment|defense|security|agriculture|technology|shipbuilding|infrastructure|finance|diplomacy|culture|migration|climate|health|education)(,(critical-minerals|rare-earths|supply-chain|energy|trade|tariffs|investment|defense|security|agriculture|technology|shipbuilding|infrastructure|finance|diplomacy|culture|migration|climate|health|education))*$"
              }
             },
             {
              "name": "agreement",
              "in": "query",
              "required": false,
              "description": "Agreement id.",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "article",
              "in": "query",
              "required": false,
              "description": "Article id.",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "dueBefore",
              "in": "query",
              "required": false,
              "description": "Latest deadline, inclusive.",
              "schema": {
               "$ref": "#/components/schemas/IsoDate"
              }
             },
             {
              "name": "dueAfter",
              "in": "query",
              "required": false,
              "description": "Earliest deadline, inclusive.",
              "schema": {
               "$ref": "#/components/schemas/IsoDate"
              }
             },
             {
              "name": "status",
              "in": "query",
              "required": false,
              "description": "Deadline statuses, comma-separated; any may match.",
              "schema": {
               "type": "string",
               "pattern": "^(upcoming|due-soon|overdue|none)(,(upcoming|due-soon|overdue|none))*$"
              }
             },
             {
              "name": "dueWithin",
              "in": "query",
              "required": false,
              "description": "Deadlines whose last day is between `asOf` and this many days after it, such as `30d`.",
              "schema": {
               "type": "string",
               "pattern": "^[0-9]{1,5}d$"
              }
             },
             {
              "$ref": "#/components/parameters/asOf"
             },
             {
              "name": "sort",
              "in": "query",
              "required": false,
              "description": "Order.",
              "schema": {
               "type": "string",
               "enum": [
                "date",
                "-date",
                "due",
                "-due"
               ]
              }
             },
             {
              "$ref": "#/components/parameters/q"
             },
             {
              "name": "fields",
              "in": "query",
              "required": false,
              "description": "Comma-separated top-level fields to keep in each item.",
              "schema": {
               "type": "string",
               "pattern": "^(id|agreementId|articleId|parties|text|category|due|dueText|amount|evidence|evidences|status)(,(id|agreementId|articleId|parties|text|category|due|dueText|amount|evidence|evidences|status))*$"
              }
             },
             {
              "name": "facets",
              "in": "query",
              "required": false,
              "description": "Comma-separated facets to count over the whole filtered list; adds `facets` to the body.",
              "schema": {
               "type": "string",
               "pattern": "^(party|category|language)(,(party|category|language))*$"
              }
             },
             {
              "name": "topic",
              "in": "query",
              "required": false,
              "description": "Synonym of `category`.",
              "schema": {
               "type": "string",
               "pattern": "^(critical-minerals|rare-earths|supply-chain|energy|trade|tariffs|investment|defense|security|agriculture|technology|shipbuilding|infrastructure|finance|diplomacy|culture|migration|climate|health|education)(,(critical-minerals|rare-earths|supply-chain|energy|trade|tariffs|investment|defense|security|agriculture|technology|shipbuilding|infrastructure|finance|diplomacy|culture|migration|climate|health|education))*$"
              }
             },
             {
              "$ref": "#/components/parameters/version"
             }
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/CommitmentList"
                }
               }
              },
              "headers": {
               "ETag": {
                "$ref": "#/components/headers/ETag"
               },
               "Link": {
                "schema": {
                 "type": "string"
                },
                "description": "RFC 8288 next, prev, first, last"
               },
               "X-Total-Count": {
                "schema": {
                 "type": "integer"
                }
               },
               "Last-Modified": {
                "$ref": "#/components/headers/Last-Modified"
               },
               "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control"
               }
              }
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "406": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             }
            }
           }
          },
          "/commitments/{id}": {
           "get": {
            "summary": "One commitment",
            "operationId": "getCommitment",
            "parameters": [
             {
              "$ref": "#/components/parameters/id"
             },
             {
              "$ref": "#/components/parameters/asOf"
             }
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Commitment"
                }
               }
              },
              "headers": {
               "ETag": {
                "$ref": "#/components/headers/ETag"
               },
               "Last-Modified": {
                "$ref": "#/components/headers/Last-Modified"
               },
               "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control"
               }
              }
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "406": {
              "$ref": "#/components/responses/Problem"
             },
             "301": {
              "$ref": "#/components/responses/MovedPermanently"
             }
            },
            "description": "An id merged into another commitment (the same promise in another report) answers 301 to it."
           }
          },
          "/articles": {
           "get": {
            "summary": "List articles (without text)",
            "operationId": "listArticles",
            "parameters": [
             {
              "$ref": "#/components/parameters/limit"
             },
             {
              "$ref": "#/components/parameters/offset"
             },
             {
              "$ref": "#/components/parameters/q"
             },
             {
              "name": "fields",
              "in": "query",
              "required": false,
              "description": "Comma-separated top-level fields to keep in each item.",
              "schema": {
               "type": "string",
               "pattern": "^(id|title|language|publisher|url|published|ingestedAt|contentHash)(,(id|title|language|publisher|url|published|ingestedAt|contentHash))*$"
              }
             },
             {
              "name": "facets",
              "in": "query",
              "required": false,
              "description": "Comma-separated facets to count over the whole filtered list; adds `facets` to the body.",
              "schema": {
               "type": "string",
               "pattern": "^(language)(,(language))*$"
              }
             },
             {
              "$ref": "#/components/parameters/version"
             },
             {
              "name": "party",
              "in": "query",
              "required": false,
              "description": "Articles reporting an agreement between every one of these (ISO 3166-1 alpha-2 or EU), comma-separated or repeated.",
              "schema": {
               "type": "string",
               "pattern": "^(AD|AE|AF|AG|AI|AL|AM|AO|AQ|AR|AS|AT|AU|AW|AX|AZ|BA|BB|BD|BE|BF|BG|BH|BI|BJ|BL|BM|BN|BO|BQ|BR|BS|BT|BV|BW|BY|BZ|CA|CC|CD|CF|CG|CH|CI|CK|CL|CM|CN|CO|CR|CU|CV|CW|CX|CY|CZ|DE|DJ|DK|DM|DO|DZ|EC|EE|EG|EH|ER|ES|ET|EU|FI|FJ|FK|FM|FO|FR|GA|GB|GD|GE|GF|GG|GH|GI|GL|GM|GN|GP|GQ|GR|GS|GT|GU|GW|GY|HK|HM|HN|HR|HT|HU|ID|IE|IL|IM|IN|IO|IQ|IR|IS|IT|JE|JM|JO|JP|KE|KG|KH|KI|KM|KN|KP|KR|KW|KY|KZ|LA|LB|LC|LI|LK|LR|LS|LT|LU|LV|LY|MA|MC|MD|ME|MF|MG|MH|MK|ML|MM|MN|MO|MP|MQ|MR|MS|MT|MU|MV|MW|MX|MY|MZ|NA|NC|NE|NF|NG|NI|NL|NO|NP|NR|NU|NZ|OM|PA|PE|PF|PG|PH|PK|PL|PM|PN|PR|PS|PT|PW|PY|QA|RE|RO|RS|RU|RW|SA|SB|SC|SD|SE|SG|SH|SI|SJ|SK|SL|SM|SN|SO|SR|SS|ST|SV|SX|SY|SZ|TC|TD|TF|TG|TH|TJ|TK|TL|TM|TN|TO|TR|TT|TV|TW|TZ|UA|UG|UM|US|UY|UZ|VA|VC|VE|VG|VI|VN|VU|WF|WS|YE|YT|ZA|ZM|ZW)(,(AD|AE|AF|AG|AI|AL|AM|AO|AQ|AR|AS|AT|AU|AW|AX|AZ|BA|BB|BD|BE|BF|BG|BH|BI|BJ|BL|BM|BN|BO|BQ|BR|BS|BT|BV|BW|BY|BZ|CA|CC|CD|CF|CG|CH|CI|CK|CL|CM|CN|CO|CR|CU|CV|CW|CX|CY|CZ|DE|DJ|DK|DM|DO|DZ|EC|EE|EG|EH|ER|ES|ET|EU|FI|FJ|FK|FM|FO|FR|GA|GB|GD|GE|GF|GG|GH|GI|GL|GM|GN|GP|GQ|GR|GS|GT|GU|GW|GY|HK|HM|HN|HR|HT|HU|ID|IE|IL|IM|IN|IO|IQ|IR|IS|IT|JE|JM|JO|JP|KE|KG|KH|KI|KM|KN|KP|KR|KW|KY|KZ|LA|LB|LC|LI|LK|LR|LS|LT|LU|LV|LY|MA|MC|MD|ME|MF|MG|MH|MK|ML|MM|MN|MO|MP|MQ|MR|MS|MT|MU|MV|MW|MX|MY|MZ|NA|NC|NE|NF|NG|NI|NL|NO|NP|NR|NU|NZ|OM|PA|PE|PF|PG|PH|PK|PL|PM|PN|PR|PS|PT|PW|PY|QA|RE|RO|RS|RU|RW|SA|SB|SC|SD|SE|SG|SH|SI|SJ|SK|SL|SM|SN|SO|SR|SS|ST|SV|SX|SY|SZ|TC|TD|TF|TG|TH|TJ|TK|TL|TM|TN|TO|TR|TT|TV|TW|TZ|UA|UG|UM|US|UY|UZ|VA|VC|VE|VG|VI|VN|VU|WF|WS|YE|YT|ZA|ZM|ZW))*$"
              }
             },
             {
              "name": "topic",
              "in": "query",
              "required": false,
              "description": "Articles reporting an agreement on any of these topics, comma-separated.",
              "schema": {
               "type": "string",
               "pattern": "^(critical-minerals|rare-earths|supply-chain|energy|trade|tariffs|investment|defense|security|agriculture|technology|shipbuilding|infrastructure|finance|diplomacy|culture|migration|climate|health|education)(,(critical-minerals|rare-earths|supply-chain|energy|trade|tariffs|investment|defense|security|agriculture|technology|shipbuilding|infrastructure|finance|diplomacy|culture|migration|climate|health|education))*$"
              }
             },
             {
              "name": "from",
              "in": "query",
              "required": false,
              "description": "Earliest published date, inclusive.",
              "schema": {
               "$ref": "#/components/schemas/IsoDate"
              }
             },
             {
              "name": "to",
              "in": "query",
              "required": false,
              "description": "Latest published date, inclusive.",
              "schema": {
               "$ref": "#/components/schemas/IsoDate"
              }
             },
             {
              "name": "sort",
              "in": "query",
              "required": false,
              "description": "Order: published date (`date`, `-date`) or `title`.",
              "schema": {
               "type": "string",
               "enum": [
                "date",
                "-date",
                "title"
               ]
              }
             }
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/ArticleList"
                }
               }
              },
              "headers": {
               "ETag": {
                "$ref": "#/components/headers/ETag"
               },
               "Link": {
                "schema": {
                 "type": "string"
                },
                "description": "RFC 8288 next, prev, first, last"
               },
               "X-Total-Count": {
                "schema": {
                 "type": "integer"
                }
               },
               "Last-Modified": {
                "$ref": "#/components/headers/Last-Modified"
               },
               "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control"
               }
              }
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "406": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             }
            }
           },
           "post": {
            "summary": "Ingest one article from the body",
            "operationId": "postArticle",
            "security": [
             {
              "bearer": []
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "text/plain": {
               "schema": {
                "type": "string",
                "pattern": "\\S"
               }
              },
              "text/markdown": {
               "schema": {
                "type": "string",
                "pattern": "\\S"
               }
              },
              "text/html": {
               "schema": {
                "type": "string",
                "pattern": "\\S"
               }
              },
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/ArticleSubmission"
               }
              }
             }
            },
            "responses": {
             "201": {
              "description": "Created",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/IngestResult"
                }
               }
              },
              "headers": {
               "Location": {
                "schema": {
                 "type": "string"
                }
               }
              }
             },
             "200": {
              "$ref": "#/components/responses/IngestResult"
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "415": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/TooManyRequests"
             },
             "503": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             }
            }
           }
          },
          "/articles/{id}": {
           "get": {
            "summary": "One article with its text",
            "operationId": "getArticle",
            "parameters": [
             {
              "$ref": "#/components/parameters/id"
             }
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Article"
                }
               }
              },
              "headers": {
               "ETag": {
                "$ref": "#/components/headers/ETag"
               },
               "Last-Modified": {
                "$ref": "#/components/headers/Last-Modified"
               },
               "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control"
               }
              }
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "406": {
              "$ref": "#/components/responses/Problem"
             }
            }
           }
          },
          "/ingest": {
           "post": {
            "summary": "Fetch a page with libcurl and ingest it",
            "operationId": "ingestURL",
            "security": [
             {
              "bearer": []
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "type": "object",
                "required": [
                 "url"
                ],
                "properties": {
                 "url": {
                  "type": "string",
                  "format": "uri"
                 }
                }
               }
              }
             }
            },
            "responses": {
             "201": {
              "description": "Created",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/IngestResult"
                }
               }
              }
             },
             "200": {
              "$ref": "#/components/responses/IngestResult"
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "415": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/TooManyRequests"
             },
             "503": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "502": {
              "$ref": "#/components/responses/Problem"
             },
             "504": {
              "$ref": "#/components/responses/Problem"
             }
            }
           }
          },
          "/parties": {
           "get": {
            "summary": "Parties with agreement and commitment counts",
            "operationId": "listParties",
            "responses": {
             "200": {
              "$ref": "#/components/responses/FacetList"
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             },
             "406": {
              "$ref": "#/components/responses/Problem"
             }
            }
           }
          },
          "/topics": {
           "get": {
            "summary": "Topics with agreement and commitment counts",
            "operationId": "listTopics",
            "responses": {
             "200": {
              "$ref": "#/components/responses/FacetList"
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             },
             "406": {
              "$ref": "#/components/responses/Problem"
             }
            }
           }
          },
          "/sources": {
           "get": {
            "summary": "Watched feeds and pages with their state",
            "description": "The sources listed in Config/sources.json, each with its last poll, status, error, counts and next poll. Not tied to the store's version: its ETag is a hash of the body.",
            "operationId": "listSources",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/SourceList"
                }
               }
              },
              "headers": {
               "ETag": {
                "$ref": "#/components/headers/ETag"
               },
               "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control"
               }
              }
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             },
             "406": {
              "$ref": "#/components/responses/Problem"
             }
            }
           }
          },
          "/events": {
           "get": {
            "summary": "Server-Sent Events: the store's version whenever it changes",
            "description": "Opens with `retry: 3000` and an event for the current version; then one event per new version, and a `: heartbeat` comment every 15 s. Each event is `id: VERSION`, `event: version`, `data: {\"version\", \"articles\", \"agreements\", \"commitments\", \"since\", \"added\": {\"articles\", \"agreements\", \"commitments\"} or null}`. With `Last-Event-ID` the first event counts what was added since that version (null when it is no longer known). Streams end cleanly when the server stops.",
            "operationId": "events",
            "parameters": [
             {
              "name": "Last-Event-ID",
              "in": "header",
              "required": false,
              "description": "The last version the client saw.",
              "schema": {
               "type": "string"
              }
             }
            ],
            "responses": {
             "200": {
              "description": "An endless event stream",
              "content": {
               "text/event-stream": {
                "schema": {
                 "type": "string"
                },
                "example": "retry: 3000\n\nid: 2\nevent: version\ndata: {\"added\":null,\"agreements\":1,\"articles\":1,\"commitments\":9,\"since\":null,\"version\":2}\n\n"
               }
              }
             },
             "406": {
              "$ref": "#/components/responses/Problem"
             },
             "503": {
              "$ref": "#/components/responses/Problem"
             }
            }
           }
          },
          "/healthz": {
           "get": {
            "summary": "Liveness",
            "operationId": "healthz",
            "responses": {
             "200": {
              "description": "Alive",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             }
            }
           }
          },
          "/readyz": {
           "get": {
            "summary": "Readiness: seeds and data folder loaded",
            "operationId": "readyz",
            "responses": {
             "200": {
              "description": "Ready",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "503": {
              "$ref": "#/components/responses/Problem"
             }
            }
           }
          },
          "/metrics": {
           "get": {
            "summary": "Prometheus metrics",
            "operationId": "metrics",
            "responses": {
             "200": {
              "description": "Text exposition format",
              "content": {
               "text/plain": {
                "schema": {
                 "type": "string"
                }
               }
              }
             }
            }
           }
          },
          "/openapi.json": {
           "get": {
            "summary": "This document",
            "operationId": "openapi",
            "responses": {
             "200": {
              "description": "OpenAPI 3.1",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             }
            }
           }
          },
          "/": {
           "get": {
            "summary": "The dashboard",
            "description": "Agreements, commitments with filters and search, deadlines, charts and evidence, updated live from /events. Filters are in the page's query string (party, category, q, agreement, evidence), read by its script. Served with a strict Content-Security-Policy; it loads only /dashboard.css and /dashboard.js.",
            "operationId": "dashboard",
            "responses": {
             "200": {
              "description": "HTML",
              "content": {
               "text/html": {
                "schema": {
                 "type": "string"
                }
               }
              },
              "headers": {
               "ETag": {
                "$ref": "#/components/headers/ETag"
               },
               "Content-Security-Policy": {
                "schema": {
                 "type": "string"
                }
               }
              }
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             },
             "406": {
              "$ref": "#/components/responses/Problem"
             }
            }
           }
          },
          "/dashboard.css": {
           "get": {
            "summary": "The dashboard's stylesheet",
            "operationId": "dashboardStyle",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "text/css": {
                "schema": {
                 "type": "string"
                }
               }
              },
              "headers": {
               "ETag": {
                "$ref": "#/components/headers/ETag"
               }
              }
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             }
            }
           }
          },
          "/dashboard.js": {
           "get": {
            "summary": "The dashboard's script",
            "operationId": "dashboardScript",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "text/javascript": {
                "schema": {
                 "type": "string"
                }
               }
              },
              "headers": {
               "ETag": {
                "$ref": "#/components/headers/ETag"
               }
              }
             },
             "304": {
              "$ref": "#/components/responses/NotModified"
             }
            }
           }
          }
         },
         "components": {
          "schemas": {
           "SourceList": {
            "type": "object",
            "required": ["data"],
            "additionalProperties": false,
            "properties": {
             "data": {
              "type": "array",
              "items": {
               "$ref": "#/components/schemas/Source"
              }
             }
            }
           },
           "Source": {
            "type": "object",
            "required": ["name", "url", "kind", "intervalSeconds", "enabled", "publisher", "lastFetch", "lastStatus", "lastError", "itemsSeen", "itemsIngested", "consecutiveFailures", "nextPoll"],
            "additionalProperties": false,
            "properties": {
             "name": {
              "type": "string"
             },
             "url": {
              "type": "string"
             },
             "kind": {
              "type": "string",
              "enum": [
               "feed",
               "page"
              ]
             },
             "intervalSeconds": {
              "type": "number",
              "description": "Seconds between polls while all is well; failures back off from it."
             },
             "enabled": {
              "type": "boolean"
             },
             "publisher": {
              "type": [
               "string",
               "null"
              ]
             },
             "lastFetch": {
              "type": [
               "string",
               "null"
              ],
              "format": "date-time"
             },
             "lastStatus": {
              "type": [
               "string",
               "null"
              ],
              "enum": [
               "ok",
               "not-modified",
               "error",
               null
              ]
             },
             "lastError": {
              "type": [
               "string",
               "null"
              ]
             },
             "itemsSeen": {
              "type": "integer",
              "minimum": 0
             },
             "itemsIngested": {
              "type": "integer",
              "minimum": 0
             },
             "consecutiveFailures": {
              "type": "integer",
              "minimum": 0
             },
             "nextPoll": {
              "type": [
               "string",
               "null"
              ],
              "format": "date-time"
             }
            }
           },
           "Evidence": {
            "type": "object",
            "required": [
             "start",
             "end"
            ],
            "properties": {
             "start": {
              "type": "integer",
              "minimum": 0
             },
             "end": {
              "type": "integer",
              "minimum": 0
             }
            },
            "description": "Span of the article text in Unicode scalar values, end exclusive."
           },
           "Amount": {
            "type": "object",
            "required": [
             "value",
             "unit",
             "text"
            ],
            "properties": {
             "value": {
              "type": "number"
             },
             "unit": {
              "type": "string",
              "examples": [
               "USD",
               "EUR",
               "GBP",
               "JPY",
               "IDR",
               "percent",
               "tonnes",
               "count"
              ]
             },
             "text": {
              "type": "string"
             }
            }
           },
           "Signatory": {
            "type": "object",
            "required": [
             "name",
             "role",
             "party"
            ],
            "properties": {
             "name": {
              "type": "string"
             },
             "role": {
              "type": [
               "string",
               "null"
              ]
             },
             "party": {
              "type": "string"
             }
            }
           },
           "ArticleSummary": {
            "allOf": [
             {
              "$ref": "#/components/schemas/ArticleSummaryItem"
             }
            ],
            "type": "object",
            "required": [
             "id",
             "title",
             "language",
             "publisher",
             "url",
             "published",
             "ingestedAt",
             "contentHash"
            ],
            "examples": [
             {
              "contentHash": "sha256:49d0723568d95bd51cc639920d24f8aefe9a1ecb24943d21469c0fc62057a800",
              "id": "000_52dc4f6d0e9271f7",
              "ingestedAt": "2026-11-27T14:15:38Z",
              "language": "id",
              "published": "2025-10-28",
              "publisher": "IDN Times",
              "title": "Jepang-AS Sepakat Bangun Era Emas Aliansi dan Rantai Pasok Mineral",
              "url": null
             }
            ]
           },
           "Article": {
            "allOf": [
             {
              "$ref": "#/components/schemas/ArticleSummary"
             },
             {
              "type": "object",
              "required": [
               "text"
              ],
              "properties": {
               "text": {
                "type": "string"
               }
              }
             }
            ]
           },
           "AgreementSource": {
            "type": "object",
            "required": [
             "publisher",
             "url",
             "published",
             "cites"
            ],
            "properties": {
             "publisher": {
              "type": [
               "string",
               "null"
              ]
             },
             "url": {
              "type": [
               "string",
               "null"
              ]
             },
             "published": {
              "type": [
               "string",
               "null"
              ]
             },
             "cites": {
              "type": "array",
              "items": {
               "type": "string"
              }
             }
            }
           },
           "SourceReport": {
            "type": "object",
            "required": [
             "articleId",
             "publisher",
             "url",
             "published",
             "evidence"
            ],
            "properties": {
             "articleId": {
              "type": "string"
             },
             "publisher": {
              "type": [
               "string",
               "null"
              ]
             },
             "url": {
              "type": [
               "string",
               "null"
              ]
             },
             "published": {
              "type": [
               "string",
               "null"
              ]
             },
             "evidence": {
              "$ref": "#/components/schemas/Evidence"
             }
            }
           },
           "Agreement": {
            "allOf": [
             {
              "$ref": "#/components/schemas/AgreementItem"
             }
            ],
            "type": "object",
            "required": [
             "id",
             "articleId",
             "title",
             "summary",
             "date",
             "location",
             "parties",
             "signatories",
             "topics",
             "mentions",
             "language",
             "source",
             "sources",
             "commitmentCount",
             "evidence"
            ],
            "examples": [
             {
              "articleId": "000_52dc4f6d0e9271f7",
              "commitmentCount": 13,
              "date": "2025-10-28",
              "evidence": {
               "end": 744,
               "start": 573
              },
              "id": "70ff1bf42e04aaa5",
              "language": "id",
              "location": "Tokyo",
              "mentions": [
               "AU",
               "CN",
               "EU",
               "KH",
               "KR",
               "TH"
              ],
              "parties": [
               "JP",
               "US"
              ],
              "signatories": [
               {
                "name": "Sanae Takaichi",
                "party": "JP",
                "role": "Prime Minister"
               },
               {
                "name": "Donald Trump",
                "party": "US",
                "role": "President"
               }
              ],
              "source": {
               "cites": [
                "Gedung Putih",
                "Fox Business",
                "Al Jazeera",
                "The Guardian"
               ],
               "published": "2025-10-28",
               "publisher": "IDN Times",
               "url": null
              },
              "sources": [
               {
                "articleId": "000_52dc4f6d0e9271f7",
                "evidence": {
                 "end": 744,
                 "start": 573
                },
                "published": "2025-10-28",
                "publisher": "IDN Times",
                "url": null
               }
              ],
              "summary": "Kedua pemimpin menandatangani perjanjian kerja sama penggalian dan pengolahan tanah jarang serta mineral penting lain untuk produk seperti ponsel pintar dan mobil listrik.",
              "title": "Jepang-AS Sepakat Bangun Era Emas Aliansi dan Rantai Pasok Mineral",
              "topics": [
               "critical-minerals",
               "culture",
               "defense",
               "diplomacy",
               "energy",
               "investment",
               "rare-earths",
               "supply-chain",
               "tariffs",
               "trade"
              ]
             }
            ]
           },
           "AgreementDetail": {
            "allOf": [
             {
              "$ref": "#/components/schemas/Agreement"
             },
             {
              "type": "object",
              "required": [
               "commitments"
              ],
              "properties": {
               "commitments": {
                "type": "array",
                "items": {
                 "$ref": "#/components/schemas/Commitment"
                }
               }
              }
             }
            ]
           },
           "Commitment": {
            "allOf": [
             {
              "$ref": "#/components/schemas/CommitmentItem"
             }
            ],
            "type": "object",
            "required": [
             "id",
             "agreementId",
             "articleId",
             "parties",
             "text",
             "category",
             "due",
             "dueText",
             "amount",
             "evidence",
             "evidences",
             "status"
            ],
            "examples": [
             {
              "agreementId": "70ff1bf42e04aaa5",
              "amount": null,
              "articleId": "000_52dc4f6d0e9271f7",
              "category": "critical-minerals",
              "due": null,
              "dueText": null,
              "evidence": {
               "end": 1037,
               "start": 834
              },
              "id": "4e16fcf723c2f07d",
              "parties": [
               "JP",
               "US"
              ],
              "text": "Sebagaimana dijelaskan dalam pernyataan Gedung Putih, kedua negara akan memanfaatkan kebijakan ekonomi dan investasi bersama untuk menciptakan pasar terbuka dan adil bagi mineral kritis dan tanah jarang.",
              "evidences": [
               {
                "articleId": "000_52dc4f6d0e9271f7",
                "start": 834,
                "end": 1037,
                "text": "Sebagaimana dijelaskan dalam pernyataan Gedung Putih, kedua negara akan memanfaatkan kebijakan ekonomi dan investasi bersama untuk menciptakan pasar terbuka dan adil bagi mineral kritis dan tanah jarang."
               }
              ],
              "status": "none"
             }
            ]
           },
           "Topic": {
            "type": "string",
            "enum": [
             "critical-minerals",
             "rare-earths",
             "supply-chain",
             "energy",
             "trade",
             "tariffs",
             "investment",
             "defense",
             "security",
             "agriculture",
             "technology",
             "shipbuilding",
             "infrastructure",
             "finance",
             "diplomacy",
             "culture",
             "migration",
             "climate",
             "health",
             "education"
            ]
           },
           "Problem": {
            "type": "object",
            "required": [
             "type",
             "title",
             "status",
             "detail"
            ],
            "properties": {
             "type": {
              "type": "string"
             },
             "title": {
              "type": "string"
             },
             "status": {
              "type": "integer"
             },
             "detail": {
              "type": "string"
             }
            }
           },
           "IngestResult": {
            "type": "object",
            "required": [
             "article",
             "agreements",
             "commitments"
            ],
            "properties": {
             "article": {
              "$ref": "#/components/schemas/Article"
             },
             "agreements": {
              "type": "array",
              "items": {
               "$ref": "#/components/schemas/Agreement"
              }
             },
             "commitments": {
              "type": "array",
              "items": {
               "$ref": "#/components/schemas/Commitment"
              }
             }
            }
           },
           "ArticleSubmission": {
            "type": "object",
            "required": [
             "text"
            ],
            "properties": {
             "text": {
              "type": "string",
              "pattern": "\\S"
             },
             "url": {
              "type": "string"
             },
             "published": {
              "$ref": "#/components/schemas/IsoDate"
             },
             "publisher": {
              "type": "string"
             },
             "title": {
              "type": "string"
             },
             "format": {
              "type": "string",
              "enum": [
               "text",
               "markdown",
               "html"
              ]
             }
            },
            "additionalProperties": true
           },
           "Facets": {
            "type": "object",
            "required": ["data"],
            "properties": {
             "data": {
              "type": "array",
              "items": {
               "type": "object",
               "additionalProperties": {
                "type": [
                 "string",
                 "integer"
                ]
               }
              }
             }
            }
           },
           "AgreementList": {
            "type": "object",
            "required": [
             "data",
             "total",
             "limit",
             "offset",
             "next"
            ],
            "properties": {
             "data": {
              "type": "array",
              "items": {
               "$ref": "#/components/schemas/AgreementItem"
              }
             },
             "total": {
              "type": "integer"
             },
             "limit": {
              "type": "integer"
             },
             "offset": {
              "type": "integer"
             },
             "next": {
              "type": [
               "string",
               "null"
              ]
             },
             "facets": {
              "type": "object",
              "additionalProperties": {
               "type": "object",
               "additionalProperties": {
                "type": "integer"
               }
              }
             }
            }
           },
           "CommitmentList": {
            "type": "object",
            "required": [
             "data",
             "total",
             "limit",
             "offset",
             "next"
            ],
            "properties": {
             "data": {
              "type": "array",
              "items": {
               "$ref": "#/components/schemas/CommitmentItem"
              }
             },
             "total": {
              "type": "integer"
             },
             "limit": {
              "type": "integer"
             },
             "offset": {
              "type": "integer"
             },
             "next": {
              "type": [
               "string",
               "null"
              ]
             },
             "facets": {
              "type": "object",
              "additionalProperties": {
               "type": "object",
               "additionalProperties": {
                "type": "integer"
               }
              }
             }
            }
           },
           "ArticleList": {
            "type": "object",
            "required": [
             "data",
             "total",
             "limit",
             "offset",
             "next"
            ],
            "properties": {
             "data": {
              "type": "array",
              "items": {
               "$ref": "#/components/schemas/ArticleSummaryItem"
              }
             },
             "total": {
              "type": "integer"
             },
             "limit": {
              "type": "integer"
             },
             "offset": {
              "type": "integer"
             },
             "next": {
              "type": [
               "string",
               "null"
              ]
             },
             "facets": {
              "type": "object",
              "additionalProperties": {
               "type": "object",
               "additionalProperties": {
                "type": "integer"
               }
              }
             }
            }
           },
           "AgreementItem": {
            "type": "object",
            "description": "A Agreement as lists show it: every field unless `fields` keeps fewer.",
            "properties": {
             "id": {
              "type": "string"
             },
             "articleId": {
              "type": "string"
             },
             "title": {
              "type": "string"
             },
             "summary": {
              "type": "string"
             },
             "date": {
              "type": [
               "string",
               "null"
              ]
             },
             "location": {
              "type": [
               "string",
               "null"
              ]
             },
             "parties": {
              "type": "array",
              "items": {
               "type": "string"
              }
             },
             "signatories": {
              "type": "array",
              "items": {
               "$ref": "#/components/schemas/Signatory"
              }
             },
             "topics": {
              "type": "array",
              "items": {
               "$ref": "#/components/schemas/Topic"
              }
             },
             "mentions": {
              "type": "array",
              "items": {
               "type": "string"
              }
             },
             "language": {
              "type": "string"
             },
             "source": {
              "$ref": "#/components/schemas/AgreementSource"
             },
             "sources": {
              "type": "array",
              "items": {
               "$ref": "#/components/schemas/SourceReport"
              }
             },
             "commitmentCount": {
              "type": "integer"
             },
             "evidence": {
              "$ref": "#/components/schemas/Evidence"
             }
            }
           },
           "CommitmentItem": {
            "type": "object",
            "description": "A Commitment as lists show it: every field unless `fields` keeps fewer.",
            "properties": {
             "id": {
              "type": "string"
             },
             "agreementId": {
              "type": "string"
             },
             "articleId": {
              "type": "string"
             },
             "parties": {
              "type": "array",
              "items": {
               "type": "string"
              }
             },
             "text": {
              "type": "string"
             },
             "category": {
              "$ref": "#/components/schemas/Topic"
             },
             "due": {
              "type": [
               "string",
               "null"
              ]
             },
             "dueText": {
              "type": [
               "string",
               "null"
              ]
             },
             "amount": {
              "oneOf": [
               {
                "$ref": "#/components/schemas/Amount"
               },
               {
                "type": "null"
               }
              ]
             },
             "evidence": {
              "$ref": "#/components/schemas/Evidence"
             },
             "evidences": {
              "type": "array",
              "description": "Every report that states this commitment, `evidence`'s article first: merged reports of one promise keep one span each.",
              "items": {
               "$ref": "#/components/schemas/SourceEvidence"
              }
             },
             "status": {
              "$ref": "#/components/schemas/DeadlineStatus"
             }
            }
           },
           "ArticleSummaryItem": {
            "type": "object",
            "description": "A ArticleSummary as lists show it: every field unless `fields` keeps fewer.",
            "properties": {
             "id": {
              "type": "string"
             },
             "title": {
              "type": "string"
             },
             "language": {
              "type": "string",
              "enum": [
               "id",
               "en"
              ]
             },
             "publisher": {
              "type": [
               "string",
               "null"
              ]
             },
             "url": {
              "type": [
               "string",
               "null"
              ]
             },
             "published": {
              "type": [
               "string",
               "null"
              ]
             },
             "ingestedAt": {
              "type": "string",
              "format": "date-time"
             },
             "contentHash": {
              "type": "string"
             }
            }
           },
           "IsoDate": {
            "anyOf": [
             {
              "type": "string",
              "format": "date"
             },
             {
              "type": "string",
              "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2]))?$"
             }
            ],
            "description": "An ISO 8601 date, or a reduced precision: 2026-04-28, 2026-04, 2026."
           },
           "SourceEvidence": {
            "type": "object",
            "description": "A span of one article that states the record, with its words.",
            "required": [
             "articleId",
             "start",
             "end",
             "text"
            ],
            "properties": {
             "articleId": {
              "type": "string"
             },
             "start": {
              "type": "integer",
              "minimum": 0
             },
             "end": {
              "type": "integer",
              "minimum": 0
             },
             "text": {
              "type": "string"
             }
            }
           },
           "DeadlineStatus": {
            "type": "string",
            "enum": [
             "upcoming",
             "due-soon",
             "overdue",
             "none"
            ],
            "description": "Where the deadline stands on the request's day (`asOf`, else the server's UTC today): overdue once its last day has passed (\"2026\" runs to 2026-12-31), due-soon when the last day is at most 30 days away (configurable: `api.dueSoonDays`), upcoming beyond, none without a deadline."
           },
           "MergeExplanation": {
            "type": "object",
            "description": "How a merged agreement was formed: the extracted agreements it stands for (its own id first) and each pair of reports judged to be one, with the evidence.",
            "required": [
             "id",
             "members",
             "links",
             "sources"
            ],
            "properties": {
             "id": {
              "type": "string"
             },
             "members": {
              "type": "array",
              "items": {
               "type": "string"
              }
             },
             "links": {
              "type": "array",
              "items": {
               "type": "object",
               "required": [
                "agreements",
                "articles",
                "reasons"
               ],
               "properties": {
                "agreements": {
                 "type": "array",
                 "items": {
                  "type": "string"
                 }
                },
                "articles": {
                 "type": "array",
                 "items": {
                  "type": "string"
                 }
                },
                "reasons": {
                 "type": "array",
                 "items": {
                  "type": "string"
                 }
                }
               }
              }
             },
             "sources": {
              "type": "array",
              "items": {
               "$ref": "#/components/schemas/SourceReport"
              }
             }
            }
           },
           "Timeline": {
            "type": "object",
            "description": "The reports of one agreement in order of publication, with what each added to the earlier ones.",
            "required": [
             "agreementId",
             "data"
            ],
            "properties": {
             "agreementId": {
              "type": "string"
             },
             "data": {
              "type": "array",
              "items": {
               "type": "object",
               "required": [
                "articleId",
                "publisher",
                "url",
                "published",
                "added"
               ],
               "properties": {
                "articleId": {
                 "type": "string"
                },
                "publisher": {
                 "type": [
                  "string",
                  "null"
                 ]
                },
                "url": {
                 "type": [
                  "string",
                  "null"
                 ]
                },
                "published": {
                 "type": [
                  "string",
                  "null"
                 ]
                },
                "added": {
                 "type": "object",
                 "required": [
                  "topics",
                  "commitments",
                  "details"
                 ],
                 "properties": {
                  "topics": {
                   "type": "array",
                   "items": {
                    "type": "string"
                   }
                  },
                  "commitments": {
                   "type": "array",
                   "description": "Ids of the commitments this report stated first.",
                   "items": {
                    "type": "string"
                   }
                  },
                  "details": {
                   "type": "array",
                   "description": "Facts given first or more precisely: `date 2025-10-28`, `location Tokyo`, `amount of <commitment id>`, `deadline of <commitment id>`.",
                   "items": {
                    "type": "string"
                   }
                  }
                 }
                }
               }
              }
             }
            }
           }
          },
          "securitySchemes": {
           "bearer": {
            "type": "http",
            "scheme": "bearer"
           }
          },
          "responses": {
           "Problem": {
            "description": "A problem document (RFC 9457).",
            "content": {
             "application/problem+json": {
              "schema": {
               "$ref": "#/components/schemas/Problem"
              }
             }
            }
           },
           "NotModified": {
            "description": "Not modified (If-None-Match matched)"
           },
           "IngestResult": {
            "description": "Already ingested",
            "content": {
             "application/json": {
              "schema": {
               "$ref": "#/components/schemas/IngestResult"
              }
             }
            }
           },
           "TooManyRequests": {
            "description": "Too many writes from this client; retry after the given seconds",
            "content": {
             "application/problem+json": {
              "schema": {
               "$ref": "#/components/schemas/Problem"
              }
             }
            },
            "headers": {
             "Retry-After": {
              "description": "Seconds until the next write is accepted",
              "schema": {
               "type": "integer",
               "minimum": 1
              }
             }
            }
           },
           "FacetList": {
            "description": "OK",
            "content": {
             "application/json": {
              "schema": {
               "$ref": "#/components/schemas/Facets"
              }
             }
            },
            "headers": {
             "ETag": {
              "$ref": "#/components/headers/ETag"
             },
             "Last-Modified": {
              "$ref": "#/components/headers/Last-Modified"
             },
             "Cache-Control": {
              "$ref": "#/components/headers/Cache-Control"
             }
            }
           },
           "MovedPermanently": {
            "description": "The record was merged into another; `Location` names it (the query is kept).",
            "headers": {
             "Location": {
              "schema": {
               "type": "string"
              }
             }
            },
            "content": {
             "application/json": {
              "schema": {
               "type": "object",
               "required": [
                "movedTo"
               ],
               "properties": {
                "movedTo": {
                 "type": "string"
                }
               }
              }
             }
            }
           }
          },
          "parameters": {
           "limit": {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Page size, 1 to 1000 (default 50).",
            "schema": {
             "type": "integer",
             "minimum": 1,
             "maximum": 1000,
             "default": 50
            }
           },
           "offset": {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "Items to skip.",
            "schema": {
             "type": "integer",
             "minimum": 0,
             "default": 0,
             "maximum": 1000000000
            }
           },
           "party": {
            "name": "party",
            "in": "query",
            "required": false,
            "description": "Country codes (ISO 3166-1 alpha-2, or EU), comma-separated or repeated; every one must be a party.",
            "schema": {
             "type": "string",
             "pattern": "^(AD|AE|AF|AG|AI|AL|AM|AO|AQ|AR|AS|AT|AU|AW|AX|AZ|BA|BB|BD|BE|BF|BG|BH|BI|BJ|BL|BM|BN|BO|BQ|BR|BS|BT|BV|BW|BY|BZ|CA|CC|CD|CF|CG|CH|CI|CK|CL|CM|CN|CO|CR|CU|CV|CW|CX|CY|CZ|DE|DJ|DK|DM|DO|DZ|EC|EE|EG|EH|ER|ES|ET|EU|FI|FJ|FK|FM|FO|FR|GA|GB|GD|GE|GF|GG|GH|GI|GL|GM|GN|GP|GQ|GR|GS|GT|GU|GW|GY|HK|HM|HN|HR|HT|HU|ID|IE|IL|IM|IN|IO|IQ|IR|IS|IT|JE|JM|JO|JP|KE|KG|KH|KI|KM|KN|KP|KR|KW|KY|KZ|LA|LB|LC|LI|LK|LR|LS|LT|LU|LV|LY|MA|MC|MD|ME|MF|MG|MH|MK|ML|MM|MN|MO|MP|MQ|MR|MS|MT|MU|MV|MW|MX|MY|MZ|NA|NC|NE|NF|NG|NI|NL|NO|NP|NR|NU|NZ|OM|PA|PE|PF|PG|PH|PK|PL|PM|PN|PR|PS|PT|PW|PY|QA|RE|RO|RS|RU|RW|SA|SB|SC|SD|SE|SG|SH|SI|SJ|SK|SL|SM|SN|SO|SR|SS|ST|SV|SX|SY|SZ|TC|TD|TF|TG|TH|TJ|TK|TL|TM|TN|TO|TR|TT|TV|TW|TZ|UA|UG|UM|US|UY|UZ|VA|VC|VE|VG|VI|VN|VU|WF|WS|YE|YT|ZA|ZM|ZW)(,(AD|AE|AF|AG|AI|AL|AM|AO|AQ|AR|AS|AT|AU|AW|AX|AZ|BA|BB|BD|BE|BF|BG|BH|BI|BJ|BL|BM|BN|BO|BQ|BR|BS|BT|BV|BW|BY|BZ|CA|CC|CD|CF|CG|CH|CI|CK|CL|CM|CN|CO|CR|CU|CV|CW|CX|CY|CZ|DE|DJ|DK|DM|DO|DZ|EC|EE|EG|EH|ER|ES|ET|EU|FI|FJ|FK|FM|FO|FR|GA|GB|GD|GE|GF|GG|GH|GI|GL|GM|GN|GP|GQ|GR|GS|GT|GU|GW|GY|HK|HM|HN|HR|HT|HU|ID|IE|IL|IM|IN|IO|IQ|IR|IS|IT|JE|JM|JO|JP|KE|KG|KH|KI|KM|KN|KP|KR|KW|KY|KZ|LA|LB|LC|LI|LK|LR|LS|LT|LU|LV|LY|MA|MC|MD|ME|MF|MG|MH|MK|ML|MM|MN|MO|MP|MQ|MR|MS|MT|MU|MV|MW|MX|MY|MZ|NA|NC|NE|NF|NG|NI|NL|NO|NP|NR|NU|NZ|OM|PA|PE|PF|PG|PH|PK|PL|PM|PN|PR|PS|PT|PW|PY|QA|RE|RO|RS|RU|RW|SA|SB|SC|SD|SE|SG|SH|SI|SJ|SK|SL|SM|SN|SO|SR|SS|ST|SV|SX|SY|SZ|TC|TD|TF|TG|TH|TJ|TK|TL|TM|TN|TO|TR|TT|TV|TW|TZ|UA|UG|UM|US|UY|UZ|VA|VC|VE|VG|VI|VN|VU|WF|WS|YE|YT|ZA|ZM|ZW))*$"
            }
           },
           "q": {
            "name": "q",
            "in": "query",
            "required": false,
            "description": "Full-text search, case- and accent-insensitive: every word must occur; \"quoted phrases\" in order. Ordered by relevance unless `sort` is given. Text without letters or digits matches nothing.",
            "schema": {
             "type": "string",
             "minLength": 1
            }
           },
           "version": {
            "name": "version",
            "in": "query",
            "required": false,
            "description": "Read the list as it was at this store version (the `version` in `next` and `Link`), so paging stays consistent while articles arrive. The last few versions are kept; one no longer kept answers 404.",
            "schema": {
             "type": "integer",
             "minimum": 1,
             "maximum": 9007199254740991
            }
           },
           "id": {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
             "type": "string"
            }
           },
           "asOf": {
            "name": "asOf",
            "in": "query",
            "required": false,
            "description": "The day deadline statuses count from (YYYY-MM-DD); the server's UTC today by default.",
            "schema": {
             "type": "string",
             "format": "date"
            }
           }
          },
          "headers": {
           "ETag": {
            "description": "Strong validator; the gzip representation has its own.",
            "schema": {
             "type": "string"
            }
           },
           "Last-Modified": {
            "schema": {
             "type": "string"
            }
           },
           "Cache-Control": {
            "schema": {
             "type": "string",
             "const": "no-cache"
            }
           }
          }
         }
        }
        """#
}
