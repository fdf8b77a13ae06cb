/// The OpenAPI 3.1 description of every endpoint, served at `/openapi.json`.
/// Kept beside the routes so a change to one is a change to the other in the same commit.
enum OpenAPIDocument {
    static let json = #"""
        {
         "openapi": "3.1.0",
         "info": {
          "title": "Accord",
          "version": "1.0.0",
          "description": "Bilateral agreements and the commitments in them, extracted from news articles in Indonesian and English."
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
             {
              "name": "offset",
              "in": "query",
              "required": false,
              "description": "Items to skip.",
              "schema": {
               "type": "integer",
               "minimum": 0,
               "default": 0
              }
             },
             {
              "name": "party",
              "in": "query",
              "required": false,
              "description": "Country codes (ISO 3166-1 alpha-2 or EU), comma-separated; every one must be a party.",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "topic",
              "in": "query",
              "required": false,
              "description": "Topic slugs, comma-separated; each must be a topic.",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "from",
              "in": "query",
              "required": false,
              "description": "Earliest agreement date, inclusive.",
              "schema": {
               "type": "string",
               "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
              }
             },
             {
              "name": "to",
              "in": "query",
              "required": false,
              "description": "Latest agreement date, inclusive.",
              "schema": {
               "type": "string",
               "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
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
                "schema": {
                 "type": "string"
                }
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
               }
              }
             },
             "304": {
              "description": "Not modified (If-None-Match matched)"
             },
             "400": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
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
              "name": "id",
              "in": "path",
              "required": true,
              "schema": {
               "type": "string"
              }
             }
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/AgreementDetail"
                }
               }
              }
             },
             "304": {
              "description": "Not modified (If-None-Match matched)"
             },
             "400": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "404": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             }
            }
           }
          },
          "/commitments": {
           "get": {
            "summary": "List commitments",
            "operationId": "listCommitments",
            "parameters": [
             {
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
             {
              "name": "offset",
              "in": "query",
              "required": false,
              "description": "Items to skip.",
              "schema": {
               "type": "integer",
               "minimum": 0,
               "default": 0
              }
             },
             {
              "name": "party",
              "in": "query",
              "required": false,
              "description": "Country codes (ISO 3166-1 alpha-2 or EU), comma-separated; every one must be a party.",
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "category",
              "in": "query",
              "required": false,
              "description": "Topic slugs, comma-separated; any may match.",
              "schema": {
               "type": "string"
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
               "type": "string",
               "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
              }
             },
             {
              "name": "dueAfter",
              "in": "query",
              "required": false,
              "description": "Earliest deadline, inclusive.",
              "schema": {
               "type": "string",
               "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
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
                "due",
                "-due"
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
                 "$ref": "#/components/schemas/CommitmentList"
                }
               }
              },
              "headers": {
               "ETag": {
                "schema": {
                 "type": "string"
                }
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
               }
              }
             },
             "304": {
              "description": "Not modified (If-None-Match matched)"
             },
             "400": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             }
            }
           }
          },
          "/articles": {
           "get": {
            "summary": "List articles (without text)",
            "operationId": "listArticles",
            "parameters": [
             {
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
             {
              "name": "offset",
              "in": "query",
              "required": false,
              "description": "Items to skip.",
              "schema": {
               "type": "integer",
               "minimum": 0,
               "default": 0
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
                "schema": {
                 "type": "string"
                }
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
               }
              }
             },
             "304": {
              "description": "Not modified (If-None-Match matched)"
             },
             "400": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
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
                "type": "string"
               }
              },
              "text/markdown": {
               "schema": {
                "type": "string"
               }
              },
              "text/html": {
               "schema": {
                "type": "string"
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
              "description": "Already ingested",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/IngestResult"
                }
               }
              }
             },
             "400": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "401": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "403": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "413": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "415": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "422": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
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
              "name": "id",
              "in": "path",
              "required": true,
              "schema": {
               "type": "string"
              }
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
              }
             },
             "304": {
              "description": "Not modified (If-None-Match matched)"
             },
             "400": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "404": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
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
              "description": "Already ingested",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/IngestResult"
                }
               }
              }
             },
             "400": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "401": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "403": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "415": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "422": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "502": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
             },
             "504": {
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
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
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Facets"
                }
               }
              }
             },
             "304": {
              "description": "Not modified (If-None-Match matched)"
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
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Facets"
                }
               }
              }
             },
             "304": {
              "description": "Not modified (If-None-Match matched)"
             }
            }
           }
          },
          "/sources": {
           "get": {
            "summary": "Watched feeds and pages with their state",
            "operationId": "listSources",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Facets"
                }
               }
              }
             },
             "304": {
              "description": "Not modified (If-None-Match matched)"
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
              "description": "Problem",
              "content": {
               "application/problem+json": {
                "schema": {
                 "$ref": "#/components/schemas/Problem"
                }
               }
              }
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
              "description": "Not modified (If-None-Match matched)"
             }
            }
           }
          },
          "/": {
           "get": {
            "summary": "The dashboard",
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
              }
             },
             "304": {
              "description": "Not modified (If-None-Match matched)"
             }
            }
           }
          }
         },
         "components": {
          "schemas": {
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
             "evidence"
            ],
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
             }
            }
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
              "type": "string"
             },
             "url": {
              "type": "string"
             },
             "published": {
              "type": "string"
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
            }
           },
           "Facets": {
            "type": "object",
            "required": [
             "data"
            ],
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
               "$ref": "#/components/schemas/Agreement"
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
               "$ref": "#/components/schemas/Commitment"
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
               "$ref": "#/components/schemas/ArticleSummary"
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
             }
            }
           }
          },
          "securitySchemes": {
           "bearer": {
            "type": "http",
            "scheme": "bearer"
           }
          }
         }
        }
        """#
}
