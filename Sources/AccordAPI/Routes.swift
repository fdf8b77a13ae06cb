extension Application {
    /// Every endpoint of API.md, in one table.
    static func addRoutes(to router: inout Router<Handler>) {
        router.add(.get, "/agreements") { try $0.listAgreements($1) }
        router.add(.get, "/agreements/{id}") { try $0.agreement($1) }
        router.add(.get, "/agreements/{id}/timeline") { try $0.agreementTimeline($1) }
        router.add(.get, "/commitments") { try $0.listCommitments($1) }
        router.add(.get, "/commitments/{id}") { try $0.commitment($1) }
        router.add(.get, "/articles") { try $0.listArticles($1) }
        router.add(.get, "/articles/{id}") { try $0.article($1) }
        router.add(.post, "/articles") { try await $0.postArticle($1) }
        router.add(.post, "/ingest") { try await $0.postIngest($1) }
        router.add(.get, "/parties") { try $0.parties($1) }
        router.add(.get, "/topics") { try $0.topics($1) }
        router.add(.get, "/sources") { try $0.sources($1) }
        router.add(.get, "/events") { try $0.eventStream($1) }
        router.add(.get, "/healthz") { try $0.healthz($1) }
        router.add(.get, "/readyz") { try $0.readyz($1) }
        router.add(.get, "/metrics") { try $0.prometheusMetrics($1) }
        router.add(.get, "/openapi.json") { try $0.openAPI($1) }
        router.add(.get, "/") { try $0.dashboard($1) }
        router.add(.get, "/dashboard.css") { try $0.dashboardStyle($1) }
        router.add(.get, "/dashboard.js") { try $0.dashboardScript($1) }
    }
}
