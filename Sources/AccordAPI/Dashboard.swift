/// `GET /`: the dashboard, a page of plain HTML with its stylesheet and script served beside
/// it (`/dashboard.css`, `/dashboard.js`) from the binary, with no external requests, so it
/// works offline and under a strict Content-Security-Policy.
enum Dashboard {
    /// No inline script or style, no other origin: what the page may load and where it may connect.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    static let html = #"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Accord: agreements and commitments</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/dashboard.css">
        <script src="/dashboard.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#commitments-heading">Skip to commitments</a>
        <header class="top">
          <div>
            <h1>Accord</h1>
            <p class="muted">Bilateral agreements and what the parties promised, from news reports.</p>
          </div>
          <div class="status" role="status" aria-live="polite">
            <span id="live-dot" class="dot" aria-hidden="true"></span>
            <span id="live-text">connecting…</span>
            <span id="counts" class="muted"></span>
          </div>
        </header>

        <main>
          <section aria-labelledby="charts-heading" class="charts">
            <h2 id="charts-heading">At a glance</h2>
            <div class="chart-row">
              <figure>
                <figcaption>Commitments per party</figcaption>
                <div id="party-chart" class="chart"></div>
              </figure>
              <figure>
                <figcaption>Agreements per topic</figcaption>
                <div id="topic-chart" class="chart"></div>
              </figure>
            </div>
          </section>

          <section aria-labelledby="agreements-heading">
            <h2 id="agreements-heading">Agreements <span id="agreement-total" class="muted"></span></h2>
            <div id="agreements" class="cards"></div>
          </section>

          <section aria-labelledby="deadlines-heading">
            <h2 id="deadlines-heading">Deadlines</h2>
            <p class="muted" id="deadline-summary"></p>
            <div id="timeline" class="timeline"></div>
            <ol id="deadlines" class="deadlines"></ol>
          </section>

          <section aria-labelledby="commitments-heading">
            <h2 id="commitments-heading" tabindex="-1">Commitments <span id="commitment-total" class="muted"></span></h2>
            <form id="filters" class="filters" role="search">
              <label>Party <select id="f-party" name="party"><option value="">all</option></select></label>
              <label>Category <select id="f-category" name="category"><option value="">all</option></select></label>
              <label class="grow">Search <input id="f-q" name="q" type="search" placeholder="e.g. nickel, &quot;tanah jarang&quot;" autocomplete="off"></label>
              <span id="f-agreement" class="chip" hidden></span>
              <button type="button" id="f-clear">Clear filters</button>
            </form>
            <table class="commitments">
              <thead><tr><th scope="col">Parties</th><th scope="col">Category</th><th scope="col">Commitment</th><th scope="col">Amount</th><th scope="col">Due</th><th scope="col"><span class="sr">Evidence</span></th></tr></thead>
              <tbody id="commitments"></tbody>
            </table>
          </section>
        </main>

        <dialog id="evidence" aria-labelledby="evidence-title">
          <div class="dialog-head">
            <h2 id="evidence-title">Evidence</h2>
            <button type="button" id="evidence-close" aria-label="Close evidence">Close</button>
          </div>
          <p id="evidence-source" class="muted"></p>
          <div id="evidence-text" class="article-text" tabindex="0"></div>
        </dialog>

        <footer class="muted">Data: <a href="/agreements">/agreements</a> · <a href="/commitments">/commitments</a> ·
          <a href="/openapi.json">/openapi.json</a> · live updates from <a href="/events">/events</a></footer>
        </body>
        </html>
        """#
}
